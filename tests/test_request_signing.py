"""The auth flow signs exactly what goes on the wire, and only what must be signed."""

from __future__ import annotations

import itertools

import httpx
import pytest

from xache_ext import MissingSignerError, XacheClientSync, XacheHttpClient
from xache_ext.crypto.did import parse_did
from xache_ext.crypto.signers import EvmPrivateKeySigner, SolanaPrivateKeySigner
from xache_ext.crypto.signing import verify_request
from xache_ext.pipeline.auth import UNSIGNED_OPERATIONS, XacheAuth

EVM_KEY = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
EVM_DID = f"did:agent:evm:{EvmPrivateKeySigner(EVM_KEY).address}"
SOL_KEY = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"
SOL_DID = f"did:agent:sol:{SolanaPrivateKeySigner(SOL_KEY).address}"
LIST = {"success": True, "data": {"memories": [], "total": 0, "limit": 50, "offset": 0}}


def capture(api_url: str, did: str | None, key: str | None) -> tuple[XacheClientSync, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=LIST)

    http = XacheHttpClient(transport=httpx.MockTransport(handler))
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


def test_every_attempt_is_signed_afresh() -> None:
    clock = itertools.count(1_700_000_000.0, 1.5)
    auth = XacheAuth(did=EVM_DID, signer=EvmPrivateKeySigner(EVM_KEY), clock=lambda: next(clock))
    request = httpx.Request("POST", "http://xache.test/v1/memory/store", content=b'{"a":1}')
    flow = auth.sync_auth_flow(request)
    first = next(flow)
    ts1, sig1 = first.headers["X-Ts"], first.headers["X-Sig"]
    flow.close()
    second = next(auth.sync_auth_flow(request))
    assert second.headers["X-Ts"] != ts1 and second.headers["X-Sig"] != sig1


def test_unsigned_table_matches_the_contract() -> None:
    from importlib.resources import files

    import yaml

    spec = yaml.safe_load(files("xache_api").joinpath("openapi.yaml").read_text(encoding="utf-8"))
    unsigned = {
        (method.upper(), path)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and op.get("security") == []
    }
    assert unsigned == set(UNSIGNED_OPERATIONS)
