"""The pipeline signs exactly what goes on the wire, and only what the spec marks signed."""

from __future__ import annotations

import itertools

import httpx
import pytest

from xache_ext import MissingSignerError, XacheClientSync
from xache_ext.contract import all_operations
from xache_ext.crypto.did import parse_did
from xache_ext.crypto.signers import EvmPrivateKeySigner, SolanaPrivateKeySigner
from xache_ext.crypto.signing import verify_request

EVM_KEY = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
EVM_DID = f"did:agent:evm:{EvmPrivateKeySigner(EVM_KEY).address}"
SOL_KEY = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"
SOL_DID = f"did:agent:sol:{SolanaPrivateKeySigner(SOL_KEY).address}"
LIST = {"success": True, "data": {"memories": [], "total": 0, "limit": 50, "offset": 0}}
HEURISTICS = {"success": True, "data": {"heuristics": [], "total": 0, "limit": 50, "offset": 0}}


def capture(api_url: str, did: str | None, key: str | None) -> tuple[XacheClientSync, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=HEURISTICS if "heuristics" in request.url.path else LIST)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    return XacheClientSync(api_url, did, key, http_client=http), seen


@pytest.mark.parametrize(("did", "key"), [(EVM_DID, EVM_KEY), (SOL_DID, SOL_KEY)])
def test_signature_covers_the_raw_target_and_body(did: str, key: str) -> None:
    client, seen = capture("http://xache.test/base/path", did, key)
    client.memory.list(context="a b:c/é", tier="hot", limit=5)
    (request,) = seen
    raw = request.url.raw_path.decode()
    assert raw.startswith("/base/path/v1/memory?")
    signed_target = raw[len("/base/path") :]
    ok = verify_request(
        parse_did(did),
        "GET",
        signed_target,
        request.content,
        request.headers["X-Ts"],
        request.headers["X-Sig"],
    )
    assert ok and request.headers["X-Agent-DID"] == did
    assert not verify_request(
        parse_did(did),
        "GET",
        signed_target.replace("hot", "warm"),
        b"",
        request.headers["X-Ts"],
        request.headers["X-Sig"],
    )


def test_unsigned_operations_carry_no_auth_headers() -> None:
    client, seen = capture("http://xache.test", None, None)
    client.collective.list_heuristics()
    assert not {"X-Agent-DID", "X-Sig", "X-Ts"} & set(seen[0].headers)
    with pytest.raises(MissingSignerError, match="must be signed"):
        client.budget.get_status()
    assert len(seen) == 1  # nothing was sent for the signed call


def test_every_attempt_is_signed_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("xache_ext.pipeline.runner._sleep", lambda _: None)
    clock = itertools.count(1_700_000_000.0, 1.5)
    seen: list[dict[str, str]] = []  # the headers of each attempt as sent

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(dict(request.headers))
        status = 503 if len(seen) == 1 else 200
        return httpx.Response(status, json={"success": True, "data": {"limitCents": 1, "updated": True}})

    client = XacheClientSync(
        "http://xache.test",
        EVM_DID,
        EVM_KEY,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    client._settings.pipeline._clock = lambda: next(clock)
    client.budget.update_limit(1)
    first, second = seen
    assert second["x-ts"] != first["x-ts"] and second["x-sig"] != first["x-sig"]
    for headers in seen:
        assert verify_request(
            parse_did(EVM_DID), "PUT", "/v1/budget", b'{"limitCents":1}', headers["x-ts"], headers["x-sig"]
        )


def test_unsigned_operations_are_the_contract_ones() -> None:
    from importlib.resources import files

    import yaml

    spec = yaml.safe_load(files("xache_api").joinpath("openapi.yaml").read_text(encoding="utf-8"))
    unsigned = {
        (method.upper(), path)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and op.get("security") == []
    }
    table = {(op.method, op.path) for op in all_operations().values() if not op.signed}
    assert unsigned == table and unsigned
