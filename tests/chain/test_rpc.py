"""JSON-RPC steps, their runners and the RPC endpoint resolution (against httpx mock transports)."""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from xache_ext import ChainRpcError, XacheInputError
from xache_ext.chain import (
    DEFAULT_RPC_URLS,
    ChainSettings,
    RpcCall,
    evm,
    resolve_rpc_url,
    run_async,
    run_sync,
    svm,
)
from xache_ext.chain.endpoints import configured_rpc_url, normalize_rpc_urls
from xache_ext.chain.rpc import relay
from xache_ext.pipeline import runner
from xache_ext.pipeline.retry import RetryPolicy
from xache_ext.pipeline.steps import Send

URL = "https://rpc.example/key-123"
USDC = "0x036CbD53842c5426634e7929541eC2318f3dCF7e"
OWNER = "0x7c6E52C45b33DfBC335e17889F95d7f9084b1906"

Handler = Callable[[dict[str, Any]], Any]


def transport(answer: Handler, seen: list[httpx.Request] | None = None) -> httpx.MockTransport:
    """A JSON-RPC server answering each call with ``answer(body)`` (a dict taken as the whole response)."""

    def handle(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        body = json.loads(request.content)
        reply = answer(body)
        if isinstance(reply, httpx.Response):
            return reply
        return httpx.Response(200, json={"jsonrpc": "2.0", "id": body["id"], **reply})

    return httpx.MockTransport(handle)


def result(value: Any) -> Handler:
    return lambda body: {"result": value}


def test_call_body_and_request_shape() -> None:
    seen: list[httpx.Request] = []
    headers = {"X-Secret": "do-not-leak", "Authorization": "Bearer xache"}
    with httpx.Client(transport=transport(result("0x14a34"), seen), headers=headers) as http:
        assert run_sync(evm.chain_id(URL), http) == 84532
    (request,) = seen
    body = json.loads(request.content)
    assert body["jsonrpc"] == "2.0" and body["method"] == "eth_chainId" and body["params"] == []
    assert isinstance(body["id"], int)
    assert request.method == "POST" and str(request.url) == URL
    assert request.headers["content-type"] == "application/json"
    assert "x-secret" not in request.headers and "authorization" not in request.headers
    assert "idempotency-key" not in request.headers


def test_retrying_client_adds_no_idempotency_key_and_retries_a_429() -> None:
    seen: list[httpx.Request] = []
    answers = iter([httpx.Response(429), {"result": "0x1"}])
    http = httpx.Client(transport=transport(lambda body: next(answers), seen))
    with http:
        flow = relay(evm.block_number(URL), retry=RetryPolicy(initial_delay=0))
        assert runner.run_sync(http, flow) == 1
    assert len(seen) == 2 and all("idempotency-key" not in r.headers for r in seen)


@pytest.mark.parametrize(
    ("answer", "match", "code"),
    [
        (lambda body: httpx.Response(503), "HTTP 503", None),
        (lambda body: httpx.Response(200, content=b"<html>"), "not JSON", None),
        (lambda body: httpx.Response(200, json=[1]), "not a JSON-RPC response", None),
        (lambda body: {"error": {"code": -32601, "message": "Method not found"}}, "Method not found", -32601),
        (lambda body: {"error": "boom"}, "boom", None),
        (lambda body: {}, "no result", None),
        (result("12"), "hex quantity", None),
    ],
)
def test_rpc_errors(answer: Handler, match: str, code: int | None) -> None:
    with (
        httpx.Client(transport=transport(answer)) as http,
        pytest.raises(ChainRpcError, match=match) as caught,
    ):
        run_sync(evm.block_number(URL), http)
    assert caught.value.host == "rpc.example" and caught.value.method == "eth_blockNumber"
    assert caught.value.code == code
    assert "key-123" not in str(caught.value)  # the URL path may hold an API key


def test_transport_error_becomes_chain_error() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with (
        httpx.Client(transport=httpx.MockTransport(refuse)) as http,
        pytest.raises(ChainRpcError, match="ConnectError"),
    ):
        run_sync(evm.block_number(URL), http)


def test_run_async() -> None:
    async def main() -> int:
        async with httpx.AsyncClient(transport=transport(result("0x" + "0" * 63 + "5"))) as http:
            return await run_async(evm.erc20_balance(URL, USDC, OWNER), http)

    assert asyncio.run(main()) == 5


def test_relay_as_pipeline_steps() -> None:
    flow = relay(evm.block_number(URL), retry=RetryPolicy(max_retries=0))
    step = next(flow)
    assert isinstance(step, Send) and step.request.extensions["timeout"]["read"] == 15.0
    with pytest.raises(ChainRpcError, match="ReadError"):
        flow.send(httpx.ReadError("gone"))
    flow = relay(evm.block_number(URL))
    body = json.loads(next(flow).request.content)  # type: ignore[union-attr]
    with pytest.raises(StopIteration) as done:
        flow.send(httpx.Response(200, json={"jsonrpc": "2.0", "id": body["id"], "result": "0x2a"}))
    assert done.value.value == 42


def test_evm_calls() -> None:
    calls: list[dict[str, Any]] = []

    def answer(body: dict[str, Any]) -> Any:
        calls.append(body)
        data = body["params"][0]["data"]
        if data.startswith(evm.AUTHORIZATION_STATE):
            return {"result": "0x" + "0" * 63 + "1"}
        if data.startswith(evm.DECIMALS):
            return {"result": "0x" + "0" * 63 + "6"}
        return {"result": "0x" + (10**6).to_bytes(32, "big").hex()}

    with httpx.Client(transport=transport(answer)) as http:
        assert run_sync(evm.erc20_balance(URL, USDC, OWNER), http) == 10**6
        assert run_sync(evm.erc20_decimals(URL, USDC), http) == 6
        assert run_sync(evm.authorization_state(URL, USDC, OWNER, b"\xab" * 32), http) is True
    assert calls[0]["params"] == [
        {"to": USDC, "data": "0x70a08231000000000000000000000000" + OWNER[2:].lower()},
        "latest",
    ]
    assert calls[2]["params"][0]["data"] == "0xe94a0102" + OWNER[2:].lower().rjust(64, "0") + "ab" * 32
    with pytest.raises(ValueError):
        evm.encode_address("0x123")
    with pytest.raises(ValueError):
        next(evm.authorization_state(URL, USDC, OWNER, b"short"))
    with (
        httpx.Client(transport=transport(result("0x"))) as http,
        pytest.raises(ChainRpcError, match="no data"),
    ):
        run_sync(evm.erc20_balance(URL, USDC, OWNER), http)


def test_solana_reads() -> None:
    owner, mint = (
        "3TQoi6q5rhmbiwCcxgBrnEwhzhH3KqwMSfSJBKY5u1uy",
        "4zMMC9srt5Ri5X14GAgXhaHii3GnPAEERYPJgZJDncDU",
    )
    data = svm.pack_token_account(mint, owner, 1234)
    encoded = [base64.b64encode(data).decode(), "base64"]
    account = {"data": encoded, "executable": False, "lamports": 2039280, "owner": svm.TOKEN_PROGRAM}
    parsed = {"data": {"parsed": {"info": {"tokenAmount": {"amount": "99"}}}}}
    answers: dict[str, Any] = {
        "getLatestBlockhash": {
            "context": {"slot": 1},
            "value": {"blockhash": owner, "lastValidBlockHeight": 2},
        },
        "getMultipleAccounts": {"context": {"slot": 1}, "value": [account, None]},
        "getAccountInfo": {"context": {"slot": 1}, "value": None},
        "getTokenAccountsByOwner": {
            "context": {"slot": 1},
            "value": [{"pubkey": "A" * 43, "account": parsed}, {"pubkey": "B" * 43, "account": account}],
        },
    }
    seen: list[httpx.Request] = []
    with httpx.Client(transport=transport(lambda b: {"result": answers[b["method"]]}, seen)) as http:
        assert run_sync(svm.latest_blockhash(URL), http) == owner
        first, second = run_sync(svm.multiple_accounts(URL, ["x", "y"]), http)
        assert second is None and first is not None and svm.unpack_token_account(first.data).amount == 1234
        assert run_sync(svm.account_info(URL, "x"), http) is None
        assert run_sync(svm.token_accounts_by_owner(URL, owner, mint), http) == [
            ("A" * 43, 99),
            ("B" * 43, 1234),
        ]
    params = [json.loads(r.content)["params"] for r in seen]
    assert params[0] == [{"commitment": "confirmed"}]
    assert params[1] == [["x", "y"], {"encoding": "base64", "commitment": "confirmed"}]
    assert params[3] == [owner, {"mint": mint}, {"encoding": "jsonParsed", "commitment": "confirmed"}]
    bad = {"context": {}, "value": {"blockhash": "not-base58!"}}
    with (
        httpx.Client(transport=transport(result(bad))) as http,
        pytest.raises(ChainRpcError, match="blockhash"),
    ):
        run_sync(svm.latest_blockhash(URL), http)
    with httpx.Client(transport=transport(result({"value": [None]}))) as http, pytest.raises(ChainRpcError):
        run_sync(svm.multiple_accounts(URL, ["x", "y"]), http)


def test_resolution_order() -> None:
    env = {"SOLANA_DEVNET_RPC_URL": "http://env-devnet/", "SOLANA_RPC_URL": "http://env-main/"}
    assert resolve_rpc_url("solana-devnet", {"solana-devnet": "http://mine/"}, env) == "http://mine/"
    assert resolve_rpc_url("solana-devnet", None, env) == "http://env-devnet/"
    assert resolve_rpc_url("solana", {"base": "http://b/"}, env) == "http://env-main/"
    assert resolve_rpc_url("solana-devnet", None, {}) == "https://api.devnet.solana.com"
    assert resolve_rpc_url("solana", None, {}) == "https://api.mainnet-beta.solana.com"
    assert resolve_rpc_url("base-sepolia", None, env) == "https://sepolia.base.org"
    assert resolve_rpc_url("eip155:8453", None, {}) == DEFAULT_RPC_URLS["base"] == "https://mainnet.base.org"
    assert configured_rpc_url("base-sepolia", None, env) is None
    assert normalize_rpc_urls({"eip155:84532": "http://x/"}) == {"base-sepolia": "http://x/"}
    for bad in ({"mars": "http://x/"}, {"base": "ftp://x/"}, {"base": 3}, ["base"]):
        with pytest.raises(XacheInputError):
            normalize_rpc_urls(bad)  # type: ignore[arg-type]
    with pytest.raises(XacheInputError, match="SOLANA_RPC_URL"):
        configured_rpc_url("solana", None, {"SOLANA_RPC_URL": "not a url"})


def test_evm_preflight_default_follows_configuration(monkeypatch: pytest.MonkeyPatch) -> None:
    assert ChainSettings().preflight_evm("base-sepolia") is False
    assert ChainSettings({"base-sepolia": "http://x/"}).preflight_evm("base-sepolia") is True
    assert ChainSettings({"base-sepolia": "http://x/"}).preflight_evm("base") is False
    assert (
        ChainSettings({"base-sepolia": "http://x/"}, evm_preflight=False).preflight_evm("base-sepolia")
        is False
    )
    assert ChainSettings(evm_preflight=True).preflight_evm("base") is True
    monkeypatch.setenv("SOLANA_DEVNET_RPC_URL", "http://from-env/")
    assert ChainSettings().url("solana-devnet") == "http://from-env/"
    with pytest.raises(TypeError):
        ChainSettings(evm_preflight="yes")  # type: ignore[arg-type]


def test_rpc_call_host_hides_path() -> None:
    assert RpcCall("https://user:pw@rpc.example:8443/v2/secret", "getSlot").host == "rpc.example"
