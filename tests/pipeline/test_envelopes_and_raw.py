"""Malformed success answers are typed errors, and ``client.api`` runs the same pipeline as the facade."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest
from loopback import Answer, Seen, loopback
from xache_api.api.budget import get_budget
from xache_api.api.collective import list_heuristics
from xache_api.api.identity import get_identity
from xache_api.api.memory import store_memory
from xache_api.models import BudgetStatusResponse, MemoryStoreRequest

from xache_ext import (
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    MissingSignerError,
    NotFoundError,
    WrongFlavourError,
    XacheClient,
    XacheClientSync,
)
from xache_ext.crypto.signers import EvmPrivateKeySigner
from xache_ext.sandbox import Sandbox

KEY = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
DID = f"did:agent:evm:{EvmPrivateKeySigner(KEY).address}"
META = {"requestId": "req_bad", "timestamp": "2026-01-01T00:00:00Z", "duration": 1}

MALFORMED: dict[str, bytes] = {
    "data is a string": json.dumps({"success": True, "data": "ok", "meta": META}).encode(),
    "data is a list": json.dumps({"success": True, "data": [1, 2], "meta": META}).encode(),
    "data is {}": json.dumps({"success": True, "data": {}, "meta": META}).encode(),
    "data is missing": json.dumps({"success": True, "meta": META}).encode(),
    "success false, no error": json.dumps({"success": False, "data": {}, "meta": META}).encode(),
    "not JSON": b"<html>gateway</html>",
    "empty body": b"",
    "a JSON array": b"[]",
    "nested past the parser": b'{"success": true, "data": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
}


def _answer(body: bytes) -> Callable[[Seen], Answer]:
    return lambda _: (200, {"Content-Type": "application/json", "X-Request-ID": "req_bad"}, body)


def _run_both(mode: str, url: str, call: Callable[[Any], Any]) -> Any:
    if mode == "sync":
        with XacheClientSync(url, DID, KEY, max_retries=0) as client:
            return call(client)

    async def main() -> Any:
        async with XacheClient(url, DID, KEY, max_retries=0) as client:
            return await call(client)

    return asyncio.run(main())


FACADE_CALLS: dict[str, Callable[[Any], Any]] = {
    "budget.get_status": lambda c: c.budget.get_status(),
    "identity.get": lambda c: c.identity.get(DID),
    "collective.list_heuristics": lambda c: c.collective.list_heuristics(),
    "receipts.list": lambda c: c.receipts.list(),
    "reputation.get_reputation": lambda c: c.reputation.get_reputation(),
}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", sorted(MALFORMED))
@pytest.mark.parametrize("call", sorted(FACADE_CALLS))
def test_facade_calls_refuse_malformed_success(mode: str, case: str, call: str) -> None:
    with loopback(_answer(MALFORMED[case])) as server, pytest.raises(APIResponseValidationError) as caught:
        _run_both(mode, server.url, FACADE_CALLS[call])
    assert caught.value.status_code == 200
    if case not in ("not JSON", "empty body", "a JSON array", "nested past the parser"):
        assert caught.value.request_id == "req_bad"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_error_body_nested_past_the_parser_is_still_a_typed_error(mode: str) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    answer = (503, {"Content-Type": "application/json", "X-Request-ID": "req_deep"}, deep)
    with loopback(lambda _: answer) as server, pytest.raises(APIStatusError) as caught:
        _run_both(mode, server.url, FACADE_CALLS["budget.get_status"])
    assert caught.value.status_code == 503 and caught.value.request_id == "req_deep"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_undecodable_body_is_a_malformed_answer(mode: str) -> None:
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    with (
        loopback(lambda _: (200, headers, b"this is not gzip")) as server,
        pytest.raises(APIResponseValidationError, match="cannot be decoded"),
    ):
        _run_both(mode, server.url, FACADE_CALLS["budget.get_status"])


RAW_SYNC: dict[str, Callable[[Any], Any]] = {
    "get_budget": lambda api: get_budget.sync_detailed(client=api),
    "get_identity": lambda api: get_identity.sync_detailed(did=DID, client=api),
    "list_heuristics": lambda api: list_heuristics.sync_detailed(client=api),
}
RAW_ASYNC: dict[str, Callable[[Any], Any]] = {
    "get_budget": lambda api: get_budget.asyncio_detailed(client=api),
    "get_identity": lambda api: get_identity.asyncio_detailed(did=DID, client=api),
    "list_heuristics": lambda api: list_heuristics.asyncio_detailed(client=api),
}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", sorted(MALFORMED))
@pytest.mark.parametrize("call", sorted(RAW_SYNC))
def test_raw_calls_refuse_malformed_success(mode: str, case: str, call: str) -> None:
    table = RAW_SYNC if mode == "sync" else RAW_ASYNC
    with loopback(_answer(MALFORMED[case])) as server, pytest.raises(APIResponseValidationError):
        _run_both(mode, server.url, lambda c: table[call](c.api))


def test_raw_calls_of_both_flavours_on_both_clients(xache_sandbox: Sandbox) -> None:
    """Signed (the sandbox verifies), paid where the spec says, typed errors, the wrong flavour refused."""
    ident = xache_sandbox.new_identity()
    body = MemoryStoreRequest.from_dict(
        {
            "storageKey": "mem_raw_1",
            "encryptedPayload": "A" * 43,
            "encryptionNonce": "A" * 32,
            "storageTier": "hot",
        }
    )

    with XacheClientSync(xache_sandbox.url, ident.did, ident.private_key) as client:
        budget = get_budget.sync_detailed(client=client.api)
        assert isinstance(budget.parsed, BudgetStatusResponse)  # signed: the sandbox accepted it
        stored = store_memory.sync_detailed(client=client.api, body=body)
        assert stored.status_code == 200 and len(client.payments) == 1  # paid once
        assert client.payments.records[0].status == "accepted"
        with pytest.raises(NotFoundError):
            get_identity.sync_detailed(did="did:agent:evm:0x" + "0" * 40, client=client.api)
        with pytest.raises(WrongFlavourError, match="XacheClient"):
            asyncio.run(get_budget.asyncio_detailed(client=client.api))

    with pytest.raises(MissingSignerError):  # no key: refused before sending, never sent unsigned
        get_budget.sync_detailed(client=XacheClientSync(xache_sandbox.url).api)

    async def main() -> None:
        async with XacheClient(xache_sandbox.url, ident.did, ident.private_key) as client:
            budget = await get_budget.asyncio_detailed(client=client.api)
            assert isinstance(budget.parsed, BudgetStatusResponse)
            second = MemoryStoreRequest.from_dict({**body.to_dict(), "storageKey": "mem_raw_2"})
            stored = await store_memory.asyncio_detailed(client=client.api, body=second)
            assert stored.status_code == 200 and len(client.payments) == 1
            with pytest.raises(NotFoundError):
                await get_identity.asyncio_detailed(did="did:agent:evm:0x" + "0" * 40, client=client.api)
            with pytest.raises(WrongFlavourError, match="XacheClientSync"):
                get_budget.sync_detailed(client=client.api)

    asyncio.run(main())


def test_raw_call_with_a_wrong_key_is_a_typed_401(xache_sandbox: Sandbox) -> None:
    ident, other = xache_sandbox.new_identity(), xache_sandbox.new_identity()
    with XacheClientSync(xache_sandbox.url, other.did, other.private_key) as client:
        client._settings.pipeline._did = ident.did  # signs as someone else: the server must refuse it
        with pytest.raises(AuthenticationError) as caught:
            get_budget.sync_detailed(client=client.api)
    assert caught.value.status_code == 401 and caught.value.request_id


def test_the_readme_raw_example_on_both_clients(xache_sandbox: Sandbox) -> None:
    from xache_api.api.reputation import get_reputation

    ident = xache_sandbox.new_identity()
    with XacheClientSync(xache_sandbox.url, ident.did, ident.private_key) as client:
        snapshot = get_reputation.sync(client=client.api)
    assert snapshot is not None and snapshot.data.agent_did == ident.did

    async def main() -> Any:
        async with XacheClient(xache_sandbox.url, ident.did, ident.private_key) as client:
            return await get_reputation.asyncio(client=client.api)

    again = asyncio.run(main())
    assert (
        again is not None
        and again.data.agent_did == ident.did
        and again.data.overall == snapshot.data.overall
    )


def test_a_deep_answer_cannot_crash_the_process_even_with_a_raised_recursion_limit() -> None:
    """The C JSON parser recurses once per level and can overflow the stack before a raised recursion limit
    stops it: the SDK never hands it an answer nested deeper than it reads (run in a child process)."""
    script = f"""
import sys, httpx
sys.setrecursionlimit(10**6)
from xache_ext import APIResponseValidationError, APIStatusError, XacheClientSync
deep = b'{{"success": true, "data": ' + b"[" * 500_000 + b"]" * 500_000 + b"}}"
for status in (200, 503):
    transport = httpx.MockTransport(lambda request, status=status: httpx.Response(status, content=deep))
    with XacheClientSync("http://api.test", {DID!r}, {KEY!r}, max_retries=0,
                         http_client=httpx.Client(transport=transport)) as client:
        try:
            client.budget.get_status()
        except (APIResponseValidationError, APIStatusError) as exc:
            print(type(exc).__name__)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["APIResponseValidationError", "RetryLaterError"]
