"""Request parity with the official ``xache`` 5.13.0 SDK, operation by operation, for EVM and Solana agents.

Each case calls the same operation with the same arguments through both SDKs against the (free-priced,
recording) sandbox and compares what reached the server: method, path, query parameter names, JSON body
fields and their types, signature headers, the ``Idempotency-Key`` header and the status the strict sandbox
answered. Every difference must be listed in the case's ``expected`` table with its reason; an unlisted
difference fails, and so does a listed one that no longer occurs (the table stays true).
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import attrs
import pytest
from request_shape import request_shape, shape_differences

from xache_ext import XacheClient
from xache_ext.crypto.evm import private_key_to_address
from xache_ext.crypto.signers import SolanaPrivateKeySigner
from xache_ext.errors import APIStatusError
from xache_ext.sandbox.server import TestIdentity

from .conftest import Captured, InteropServer

xache = pytest.importorskip("xache")

pytestmark = pytest.mark.interop

# -- the reasons, shared by several cases ------------------------------------------------------------------
TS_MEMORY = "we follow the TypeScript SDK's memory layout (storageKey/encryptedPayload/encryptionNonce/checksum/encryptedPatterns); the Python SDK sends encryptedData"
TS_FINGERPRINT = "we send the cognitive fingerprint with every store, as the TypeScript SDK does; the Python SDK never does"
TS_KEYS = "we name memories storageKey(s), as the TypeScript SDK does; the Python SDK says memoryId(s)"
PY_NULLS = "the Python SDK sends absent optionals as JSON null; we omit them, as the TypeScript SDK does"
IDEMPOTENCY = "we send an Idempotency-Key on every POST and PUT, as the TypeScript SDK does; the Python SDK only on its paid retry"
PROBE_RETRIEVE = "our probe fetches and decrypts the matches with one batch retrieve; the Python SDK's follow-up call raises TypeError (storage_keys=) and is swallowed, so it sends nothing"
PY_ANCHOR_LIMIT = "the Python SDK always sends limit (its default 100); we send it only when given, as the TypeScript SDK does"

STORE_TS_FIELDS = {
    "body +storageKey:string": TS_MEMORY,
    "body +encryptedPayload:string": TS_MEMORY,
    "body +encryptionNonce:string": TS_MEMORY,
    "body +checksum:string": TS_MEMORY,
    "body +encryptedPatterns:string": TS_MEMORY,
    "body -encryptedData:string": TS_MEMORY,
}
FINGERPRINT_FIELDS = {
    f"body +fingerprint{name}": TS_FINGERPRINT
    for name in (
        ":object",
        ".topicHashes:array",
        ".topicHashes[]:string",
        ".category:string",
        ".embedding64:array",
        ".embedding64[]:number",
        ".temporalWeight:number",
        ".version:integer",
    )
}


@attrs.define
class Env:
    """One side's run: its agent, another registered agent, a wallet nobody registered, prepared values."""

    agent: TestIdentity
    other: TestIdentity
    chain: str
    fresh_wallet: str
    values: dict[str, Any] = attrs.field(factory=dict)

    @property
    def key_type(self) -> str:
        return "evm" if self.chain == "evm" else "solana"

    @property
    def network(self) -> str:
        return "base" if self.chain == "evm" else "solana"


Call = Callable[[Any, Env], Awaitable[Any]]


@attrs.frozen
class Case:
    name: str
    ours: Call
    official: Call
    expected: Mapping[str, str] = attrs.field(factory=dict)
    prepare: Callable[[XacheClient, Env], Awaitable[None]] | None = None
    #: the agent chains the case runs for (some need an EVM key, e.g. to sign EIP-712 data)
    chains: tuple[str, ...] = ("evm", "sol")

    def __str__(self) -> str:
        return self.name


def same(call: Call) -> tuple[Call, Call]:
    """The same call for both SDKs (the signatures agree)."""
    return call, call


# -- preparations (always made with our client, before recording starts) ---------------------------------
async def stored(c: XacheClient, env: Env) -> None:
    env.values["key"] = (await c.memory.store(data={"k": "v"}, storage_tier="hot")).storage_key


async def stored_two(c: XacheClient, env: Env) -> None:
    env.values["keys"] = [
        (await c.memory.store(data={"i": i}, storage_tier="hot")).storage_key for i in range(2)
    ]


async def stored_with_fingerprint(c: XacheClient, env: Env) -> None:
    await c.memory.store(data={"preference": "dark mode theme"}, storage_tier="hot", context="ui")


async def deleted(c: XacheClient, env: Env) -> None:
    await stored(c, env)
    await c.memory.delete(env.values["key"])


async def with_receipt(c: XacheClient, env: Env) -> None:
    env.values["receipt"] = (await c.memory.store(data={"k": "v"}, storage_tier="hot")).receipt_id


def metrics(sdk: Any) -> Any:
    values = {"success_rate": 0.9, "sample_size": 12, "confidence": 0.8}
    if isinstance(sdk, XacheClient):
        return values
    return xache.types.HeuristicMetrics(**values)


NOTE = {"note": "prefers the dark mode theme in every editor"}
CONTRIBUTION: dict[str, Any] = {
    "pattern": "Batch small writes to save gas on L2",
    "pattern_hash": "ab" * 32,
    "domain": "ethereum",
    "tags": ["gas", "l2"],
    "encrypted_content_ref": "ref-1",
}

CASES: list[Case] = [
    # -- identity -----------------------------------------------------------------------------------------
    Case(
        "identity.register",
        *same(
            lambda c, e: c.identity.register(
                wallet_address=e.fresh_wallet, key_type=e.key_type, chain=e.network
            )
        ),
        expected={"idempotency_key: ours=True official=False": IDEMPOTENCY},
    ),
    Case("identity.get", *same(lambda c, e: c.identity.get(e.agent.did))),
    Case(
        "identity.update",
        *same(lambda c, e: c.identity.update(e.agent.did, name="agent-7", metadata={"team": "a"})),
        expected={"idempotency_key: ours=True official=False": IDEMPOTENCY},
    ),
    Case("identity.delete", *same(lambda c, e: c.identity.delete(e.agent.did))),
    Case(
        "identity.submit_claim_request",
        *same(
            lambda c, e: c.identity.submit_claim_request(e.other.did, webhook_url="https://example.com/hook")
        ),
        expected={"idempotency_key: ours=True official=False": IDEMPOTENCY},
    ),
    Case(
        "identity.process_claim_request",
        *same(
            lambda c, e: c.identity.process_claim_request(
                e.other.did, False, message="m", timestamp=1_700_000_000_000, rejection_reason="not mine"
            )
        ),
        expected={"idempotency_key: ours=True official=False": IDEMPOTENCY},
    ),
    Case(
        "identity.get_pending_claims_for_agent", *same(lambda c, e: c.identity.get_pending_claims_for_agent())
    ),
    Case(
        "identity.claim_on_chain",
        *same(lambda c, e: c.identity.claim_on_chain(e.other.did, "0x" + "ab" * 32, e.network)),
        expected={"idempotency_key: ours=True official=False": IDEMPOTENCY},
    ),
    # -- memory -------------------------------------------------------------------------------------------
    Case(
        "memory.store",
        *same(
            lambda c, e: c.memory.store(
                data=NOTE, storage_tier="hot", metadata={"m": 1}, context="ctx", tags=["t"]
            )
        ),
        expected={
            **STORE_TS_FIELDS,
            **FINGERPRINT_FIELDS,
            "idempotency_key: ours=True official=False": IDEMPOTENCY,
        },
    ),
    Case(
        "memory.store (no metadata)",
        *same(lambda c, e: c.memory.store(data=NOTE, storage_tier="cold")),
        expected={
            **STORE_TS_FIELDS,
            **FINGERPRINT_FIELDS,
            "body -metadata:null": PY_NULLS,
            "idempotency_key: ours=True official=False": IDEMPOTENCY,
        },
    ),
    Case(
        "memory.retrieve",
        *same(lambda c, e: c.memory.retrieve(e.values["key"])),
        prepare=stored,
        expected={
            "body +storageKey:string": TS_KEYS,
            "body -memoryId:string": TS_KEYS,
            "idempotency_key: ours=True official=False": IDEMPOTENCY,
        },
    ),
    Case("memory.delete", *same(lambda c, e: c.memory.delete(e.values["key"])), prepare=stored),
    Case(
        "memory.list",
        *same(lambda c, e: c.memory.list(context="ctx", tier="hot", limit=10, offset=5, sort_by="accessed")),
    ),
    Case(
        "memory.list (defaults)",
        *same(lambda c, e: c.memory.list()),
    ),
    Case(
        "memory.store_batch",
        *same(
            lambda c, e: c.memory.store_batch(
                [
                    {"data": {"i": 1}, "storage_tier": "hot", "metadata": {"m": 1}},
                    {"data": {"i": 2}, "storage_tier": "warm", "metadata": {"m": 2}},
                ]
            )
        ),
        expected={
            **{
                k.replace("body +", "body +items[].").replace("body -", "body -items[]."): v
                for k, v in STORE_TS_FIELDS.items()
            },
            "idempotency_key: ours=True official=False": IDEMPOTENCY,
        },
    ),
    Case(
        "memory.retrieve_batch",
        *same(lambda c, e: c.memory.retrieve_batch(e.values["keys"])),
        prepare=stored_two,
        expected={
            "body +storageKeys:array": TS_KEYS,
            "body +storageKeys[]:string": TS_KEYS,
            "body -memoryIds:array": TS_KEYS,
            "body -memoryIds[]:string": TS_KEYS,
            "idempotency_key: ours=True official=False": IDEMPOTENCY,
        },
    ),
    Case(
        "memory.probe",
        *same(lambda c, e: c.memory.probe("dark mode theme preference", category="preference", limit=5)),
        prepare=stored_with_fingerprint,
        expected={
            "request +POST /v1/memory/retrieve/batch": PROBE_RETRIEVE,
            "idempotency_key: ours=True official=False": IDEMPOTENCY,
        },
    ),
    Case(
        "memory.restore",
        *same(lambda c, e: c.memory.restore(e.values["key"])),
        prepare=deleted,
        expected={"idempotency_key: ours=True official=False": IDEMPOTENCY},
    ),
    Case("memory.purge", *same(lambda c, e: c.memory.purge(e.values["key"])), prepare=stored),
    Case("memory.list_deleted", *same(lambda c, e: c.memory.list_deleted(limit=10)), prepare=deleted),
    Case(
        "memory.list_deleted (defaults)",
        *same(lambda c, e: c.memory.list_deleted()),
    ),
    # -- collective ---------------------------------------------------------------------------------------
    Case(
        "collective.contribute",
        *same(
            lambda c, e: c.collective.contribute(
                **CONTRIBUTION, metrics=metrics(c), context_type="optimization", metadata={"v": 1}
            )
        ),
        expected={"idempotency_key: ours=True official=False": IDEMPOTENCY},
    ),
    Case(
        "collective.contribute (no optionals)",
        *same(lambda c, e: c.collective.contribute(**CONTRIBUTION, metrics=metrics(c))),
        expected={
            "body -contextType:null": PY_NULLS,
            "body -metadata:null": PY_NULLS,
            "idempotency_key: ours=True official=False": IDEMPOTENCY,
        },
    ),
    Case(
        "collective.query",
        *same(lambda c, e: c.collective.query("how to optimize gas usage", domain="ethereum", limit=5)),
        expected={"idempotency_key: ours=True official=False": IDEMPOTENCY},
    ),
    Case(
        "collective.query (defaults)",
        *same(lambda c, e: c.collective.query("how to optimize gas usage")),
        expected={"body -domain:null": PY_NULLS, "idempotency_key: ours=True official=False": IDEMPOTENCY},
    ),
    Case(
        "collective.list_heuristics",
        *same(lambda c, e: c.collective.list_heuristics(domain="ethereum", limit=5, offset=0)),
        expected={
            "query -offset": "offset 0 is the default; like the TypeScript SDK we send it only when non-zero"
        },
    ),
    Case(
        "collective.list_heuristics (defaults)",
        *same(lambda c, e: c.collective.list_heuristics()),
    ),
    # -- budget -------------------------------------------------------------------------------------------
    Case("budget.get_status", *same(lambda c, e: c.budget.get_status())),
    Case(
        "budget.update_limit",
        *same(lambda c, e: c.budget.update_limit(5000)),
        expected={"idempotency_key: ours=True official=False": IDEMPOTENCY},
    ),
    Case("budget.get_fleet_status", *same(lambda c, e: c.budget.get_fleet_status())),
    Case(
        "budget.update_fleet_cap",
        *same(lambda c, e: c.budget.update_fleet_cap(10_000)),
        expected={"idempotency_key: ours=True official=False": IDEMPOTENCY},
    ),
    Case(
        "budget.update_fleet_cap (unlimited)",
        *same(lambda c, e: c.budget.update_fleet_cap(None)),
        expected={"idempotency_key: ours=True official=False": IDEMPOTENCY},
    ),
    # -- receipts -----------------------------------------------------------------------------------------
    Case("receipts.list", *same(lambda c, e: c.receipts.list(limit=10, offset=0))),
    Case(
        "receipts.get_proof",
        *same(lambda c, e: c.receipts.get_proof(e.values["receipt"])),
        prepare=with_receipt,
    ),
    Case(
        "receipts.get_analytics",
        *same(lambda c, e: c.receipts.get_analytics(start_date="2024-01-01", end_date="2030-12-31")),
    ),
    Case(
        "receipts.list_anchors",
        *same(
            lambda c, e: c.receipts.list_anchors(
                from_date="2024-01-01T00:00:00Z", to_date="2030-01-01T00:00:00Z", limit=10
            )
        ),
        prepare=with_receipt,
    ),
    Case(
        "receipts.list_anchors (defaults)",
        *same(lambda c, e: c.receipts.list_anchors()),
        expected={"query -limit": PY_ANCHOR_LIMIT},
    ),
]


# -- running and comparing ------------------------------------------------------------------------------------
@attrs.frozen
class Outcome:
    requests: list[Captured]
    error: BaseException | None


def _fresh_wallet(chain: str) -> str:
    key = secrets.token_bytes(32)
    return private_key_to_address(key) if chain == "evm" else SolanaPrivateKeySigner(key.hex()).address


async def _run(server: InteropServer, case: Case, chain: str, side: str) -> Outcome:
    agent = server.new_identity(chain)  # type: ignore[arg-type]
    env = Env(agent, server.new_identity(chain), chain, _fresh_wallet(chain))  # type: ignore[arg-type]
    # max_retries=0: one attempt per call, as the official SDK makes (it never retries a 5xx; we would retry
    # the sandbox's 503 for an unreachable LLM provider twice, with the same Idempotency-Key)
    async with XacheClient(
        api_url=server.url, did=agent.did, private_key=agent.private_key, max_retries=0
    ) as ours:
        if case.prepare is not None:
            await case.prepare(ours, env)
        server.recorder.take()
        error: BaseException | None = None
        if side == "ours":
            try:
                await case.ours(ours, env)
            except Exception as exc:
                error = exc
        else:
            async with xache.XacheClient(
                api_url=server.url, did=agent.did, private_key=agent.private_key
            ) as sdk:
                try:
                    await case.official(sdk, env)
                except Exception as exc:  # the official SDK fails to parse some valid responses (§4.3, §4.5)
                    error = exc
    return Outcome(server.recorder.take(), error)


def wire_differences(ours: list[Captured], official: list[Captured]) -> set[str]:
    """Every difference between two request sequences (see :func:`request_shape.shape_differences`)."""
    diffs: set[str] = set()
    for mine, theirs in zip(ours, official, strict=False):
        a = request_shape(mine.method, mine.target, mine.headers, mine.body)
        b = request_shape(theirs.method, theirs.target, theirs.headers, theirs.body)
        compare = ("method", "query", "body", "content_type", "signed", "idempotency_key")
        diffs.update(shape_differences(a, b, compare=compare))
        if _template(a.method, a.path) != _template(b.method, b.path):
            diffs.add(f"path: ours={a.path} official={b.path}")
        if mine.status != theirs.status:
            diffs.add(f"status: ours={mine.status} official={theirs.status}")
    for extra in ours[len(official) :]:
        diffs.add(f"request +{request_shape(extra.method, extra.target, {}, b'').describe()}")
    for extra in official[len(ours) :]:
        diffs.add(f"request -{request_shape(extra.method, extra.target, {}, b'').describe()}")
    return diffs


def _template(method: str, path: str) -> str:
    """The operation a path belongs to (``GET /v1/identity/{did}``), so that ids may differ."""
    from xache_ext.sandbox.contract import Contract, load_spec

    global _CONTRACT
    if _CONTRACT is None:
        _CONTRACT = Contract(load_spec())
    match = _CONTRACT.match(method, path)
    return match.operation.key if match is not None and match.operation is not None else path


_CONTRACT: Any = None


def check_parity(case: Case, ours: Outcome, official: Outcome) -> None:
    """Fail unless the two SDKs' requests differ exactly as ``case.expected`` says."""
    assert ours.requests, f"{case}: our SDK sent nothing ({ours.error!r})"
    sends_nothing = any(name.startswith("request +") for name in case.expected) and not official.requests
    assert official.requests or sends_nothing, f"{case}: the official SDK sent nothing ({official.error!r})"
    if ours.error is not None:
        assert isinstance(ours.error, APIStatusError), f"{case}: our SDK failed on the client: {ours.error!r}"
    found = wire_differences(ours.requests, official.requests)
    unexpected = sorted(found - set(case.expected))
    stale = sorted(set(case.expected) - found)
    assert not unexpected and not stale, (
        f"{case}: unexpected differences {unexpected}; expected but not seen {stale}"
    )


def run_case(server: InteropServer, case: Case, chain: str) -> tuple[Outcome, Outcome]:
    async def both() -> tuple[Outcome, Outcome]:
        return await _run(server, case, chain, "ours"), await _run(server, case, chain, "official")

    return asyncio.run(both())


@pytest.mark.parametrize("chain", ["evm", "sol"])
@pytest.mark.parametrize("case", CASES, ids=str)
def test_request_parity(interop_server: InteropServer, case: Case, chain: str) -> None:
    ours, official = run_case(interop_server, case, chain)
    check_parity(case, ours, official)


def test_every_seed_operation_is_compared() -> None:
    """The table covers every operation both SDKs offer in the five seed services."""
    wanted = {
        "identity": "register get update delete submit_claim_request process_claim_request "
        "get_pending_claims_for_agent claim_on_chain",
        "memory": "store retrieve delete list store_batch retrieve_batch probe restore purge list_deleted",
        "collective": "contribute query list_heuristics",
        "budget": "get_status update_limit get_fleet_status update_fleet_cap",
        "receipts": "list get_proof get_analytics list_anchors",
    }
    covered = {case.name.split(" ")[0] for case in CASES}
    assert covered == {f"{svc}.{op}" for svc, ops in wanted.items() for op in ops.split()}


# -- the suite catches regressions --------------------------------------------------------------------------
def _case(name: str) -> Case:
    return next(c for c in CASES if c.name == name)


def test_a_renamed_body_field_is_caught(
    interop_server: InteropServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from xache_api.models import CollectiveQueryRequest

    real = CollectiveQueryRequest.to_dict

    def renamed(self: Any) -> dict[str, Any]:
        body = real(self)
        body["query"] = body["queryText"]  # a field the official SDK does not send (the spec allows extras)
        return body

    monkeypatch.setattr(CollectiveQueryRequest, "to_dict", renamed)
    case = _case("collective.query")
    with pytest.raises(AssertionError, match=r"body \+query:string"):
        check_parity(case, *run_case(interop_server, case, "evm"))


def test_a_broken_signature_message_is_caught(
    interop_server: InteropServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    import xache_ext.pipeline.flow

    real = xache_ext.pipeline.flow.sign_request

    def without_query(signer: Any, did: Any, method: str, path: str, body: Any, ts: int) -> dict[str, str]:
        return real(signer, did, method, path.partition("?")[0], body, ts)

    monkeypatch.setattr(xache_ext.pipeline.flow, "sign_request", without_query)
    case = _case("receipts.list_anchors")
    with pytest.raises(AssertionError, match="status: ours=401 official=200"):
        check_parity(case, *run_case(interop_server, case, "sol"))


def test_a_new_unlisted_difference_is_caught(interop_server: InteropServer) -> None:
    """An expectation that no longer holds fails too, so the table cannot rot."""
    case = attrs.evolve(_case("budget.get_status"), expected={"query +limit": "made up"})
    with pytest.raises(AssertionError, match="expected but not seen"):
        check_parity(case, *run_case(interop_server, case, "evm"))
