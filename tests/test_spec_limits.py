"""Every limit the spec states on a request is enforced before anything is sent, raw and through the facade.

The cases come from the generated operations table: for each constraint keyword of each path, query or body
field (length, pattern, enum, range, format, item and property counts) one value that breaks it. A valid
request is made up from the same schemas, the bad value is put in its place, and the call must raise
``XacheInputError`` naming the field, with no request sent: through ``client.api`` (both flavours) and,
where a facade method takes the field as an argument, through the facade.
"""

from __future__ import annotations

import asyncio
import functools
import importlib
import inspect
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import httpx
import pytest
from input_errors import names_field
from xache_api.operations_table import SCHEMA_KEYWORDS, SCHEMAS

from xache_ext import XacheClient, XacheClientSync, XacheInputError
from xache_ext.contract import OperationInfo, all_operations, check_value, match_operation
from xache_ext.errors import InvalidDIDError, ValidationError
from xache_ext.sandbox.server import unregistered_identity

IDENT = unregistered_identity()
DID = "did:agent:evm:0x" + "1" * 40
OWNER_DID = "did:owner:evm:0x" + "2" * 40
ADDRESS = "0x" + "3" * 40
HEX64 = "ab" * 32

#: A valid example of each pattern the spec uses (a new pattern needs one: the cases cannot be made up without).
PATTERN_SAMPLES: dict[str, str] = {
    "^did:(agent|owner):(evm:0x[a-fA-F0-9]{40}|sol:[1-9A-HJ-NP-Za-km-z]{32,44})$": DID,
    "^(0x[a-fA-F0-9]{40}|[1-9A-HJ-NP-Za-km-z]{32,44})$": ADDRESS,
    "^0x[a-fA-F0-9]{40}$": ADDRESS,
    "^[a-f0-9]{64}$": HEX64,
    "^[a-z0-9-]+$": "python",
    "^[A-Za-z0-9_-]+$": "c2VhbGVk",
    "^[A-Za-z0-9_-]*$": "c2VhbGVk",
    "^[A-Za-z0-9_-]{32}$": "n" * 32,
    "^[A-Za-z0-9+/]+={0,2}$": "c2VhbGVk",
    "^[0-9]+$": "1000",
    "^https?://[^\\s]+$": "https://example.com/hook",
    "^[^\\s@]+@[^\\s@]+$": "ops@example.com",
    "^0x([0-9a-fA-F]{128}|[0-9a-fA-F]{130})$": "0x" + "ab" * 65,
}
#: What shapes a schema rather than limits a value; every other keyword the table keeps is a constraint, and must
#: have a bad value below (a keyword added to the generator without one fails ``test_every_constraint_is_tried``).
STRUCTURE = frozenset(
    {
        "type",
        "properties",
        "required",
        "items",
        "additionalProperties",
        "oneOf",
        "anyOf",
        "allOf",
        "discriminator",
        "$ref",
    }
)
CONSTRAINTS = tuple(k for k in SCHEMA_KEYWORDS if k not in STRUCTURE)

Step = tuple[Any, ...]  # ("prop", name) | ("item",) | ("option", keyword, index)


# -- valid values and bad ones, from the schemas ---------------------------------------------------------------
def resolve(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in schema:
        siblings = {k: v for k, v in schema.items() if k != "$ref"}  # a limit beside a $ref applies too
        schema = {**SCHEMAS[schema["$ref"]], **siblings}
    return schema


def _options(schema: Mapping[str, Any]) -> tuple[str, list[Any]] | None:
    for keyword in ("oneOf", "anyOf"):
        if schema.get(keyword):
            return keyword, schema[keyword]
    return None


def sample(schema: Mapping[str, Any]) -> Any:
    """A value that satisfies ``schema`` (required properties only, the fewest items)."""
    schema = resolve(schema)
    options = _options(schema)
    if options is not None:
        return sample(options[1][0])
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "string":
        if "pattern" in schema:
            if schema["pattern"] not in PATTERN_SAMPLES:
                raise KeyError(f"no sample for the pattern {schema['pattern']}: add one to PATTERN_SAMPLES")
            return PATTERN_SAMPLES[schema["pattern"]]
        if schema.get("format") == "date-time":
            return "2030-01-01T00:00:00Z"
        if schema.get("format") == "date":
            return "2030-01-01"
        return "s" * max(1, schema.get("minLength", 1))
    if kind in ("integer", "number"):
        low = schema["exclusiveMinimum"] + 1 if "exclusiveMinimum" in schema else schema.get("minimum", 1)
        return min(low, schema["maximum"]) if "maximum" in schema else low
    if kind == "boolean":
        return True
    if kind == "array":
        return [sample(schema.get("items", {})) for _ in range(max(1, schema.get("minItems", 0)))]
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        value = {name: sample(properties[name]) for name in schema.get("required", ())}
        for name in properties:
            if len(value) >= schema.get("minProperties", 0):
                break
            value.setdefault(name, sample(properties[name]))
        return value
    return "s"


def bad_values(schema: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    """(keyword, a value breaking only that keyword where possible) for each constraint of ``schema``."""
    if "enum" in schema:
        ints = all(isinstance(v, int) for v in schema["enum"])
        yield "enum", 999 if ints else "not-one-of-them"
    if "const" in schema:
        yield "const", "not-the-constant"
    if schema.get("minLength", 0) > 0:
        yield "minLength", "s" * (schema["minLength"] - 1)
    if "maxLength" in schema:
        yield "maxLength", "s" * (schema["maxLength"] + 1)
    if "pattern" in schema:
        assert re.search(schema["pattern"], "no match!") is None
        yield "pattern", "no match!"
    if schema.get("format") == "date-time":
        yield "format", "not-a-date"
    if schema.get("format") == "date":
        yield "format", "2024-13-45"
    for keyword, delta in (("minimum", -1), ("maximum", 1), ("exclusiveMinimum", 0), ("exclusiveMaximum", 0)):
        if keyword in schema:
            yield keyword, schema[keyword] + delta
    if schema.get("minItems", 0) > 0:
        yield "minItems", []
    if "maxItems" in schema:
        yield "maxItems", [sample(schema.get("items", {}))] * (schema["maxItems"] + 1)
    if schema.get("minProperties", 0) > 0:
        yield "minProperties", {}
    if "x-xache-max-json-bytes" in schema:
        yield "x-xache-max-json-bytes", {"blob": "x" * schema["x-xache-max-json-bytes"]}


def constrained(
    schema: Mapping[str, Any], where: str, steps: tuple[Step, ...], depth: int = 0
) -> Iterator[Any]:
    """(where, steps, schema) of every node under ``schema`` that carries a constraint keyword."""
    assert depth < 20, f"{where}: the request schemas nest too deep"
    schema = resolve(schema)
    if any(k in schema for k in CONSTRAINTS):
        yield where, steps, schema
    options = _options(schema)
    if options is not None:
        keyword, choices = options
        for index, option in enumerate(choices):
            yield from constrained(option, where, (*steps, ("option", keyword, index)), depth + 1)
    for name, sub in schema.get("properties", {}).items():
        yield from constrained(sub, f"{where}.{name}", (*steps, ("prop", name)), depth + 1)
    if isinstance(schema.get("items"), Mapping):
        yield from constrained(schema["items"], f"{where}[0]", (*steps, ("item",)), depth + 1)


def inject(value: Any, schema: Mapping[str, Any], steps: tuple[Step, ...], bad: Any) -> Any:
    """``value`` with ``bad`` at ``steps``; what is missing on the way is made up valid."""
    if not steps:
        return bad
    schema = resolve(schema)
    step, rest = steps[0], steps[1:]
    if step[0] == "option":
        option = schema[step[1]][step[2]]
        return inject(sample(option), option, rest, bad)
    if step[0] == "prop":
        sub = schema["properties"][step[1]]
        container = dict(value) if isinstance(value, Mapping) else sample(schema)
        container[step[1]] = inject(container.get(step[1], sample(sub)), sub, rest, bad)
        return container
    items = list(value) if isinstance(value, list) and value else [sample(schema["items"])]
    items[0] = inject(items[0], schema["items"], rest, bad)
    return items


# -- the cases ---------------------------------------------------------------------------------------------------
class Case:
    """One bad value for one constraint (``keyword`` of ``schema``) of one field of one operation."""

    def __init__(
        self, info: OperationInfo, location: str, name: str, node: Any, keyword: str, bad: Any
    ) -> None:
        self.info, self.location, self.name = info, location, name
        self.where, self.steps, self.schema = node
        self.keyword, self.bad = keyword, bad

    @property
    def id(self) -> str:
        return f"{self.info.operation_id}:{self.where}:{self.keyword}"

    def request(self) -> tuple[dict[str, Any], dict[str, Any], Any]:
        """Path values, query values and the body of the request that carries the bad value."""
        path, query, body = baseline(self.info)
        if self.location == "body":
            body = inject(body, self.info.body or {}, self.steps, self.bad)
        else:
            target = path if self.location == "path" else query
            schema = next(p.schema for p in self.info.parameters if p.name == self.name)
            target[self.name] = inject(target.get(self.name), schema, self.steps, self.bad)
        return path, query, body


def baseline(info: OperationInfo) -> tuple[dict[str, Any], dict[str, Any], Any]:
    """A valid request for ``info``: its path values, required query values and required body fields."""
    path = {p.name: sample(p.schema) for p in info.parameters if p.location == "path"}
    query = {p.name: sample(p.schema) for p in info.parameters if p.location == "query" and p.required}
    body = None if info.body is None else sample(info.body)
    return path, query, body


def cases() -> list[Case]:
    """Every case of every operation of the spec, in a stable order."""
    found: list[Case] = []
    for info in all_operations().values():
        fields = [(p.location, p.name, p.schema) for p in info.parameters]
        if info.body is not None:
            fields.append(("body", "body", info.body))
        for location, name, schema in fields:
            for node in constrained(schema, name, ()):
                found.extend(
                    Case(info, location, name, node, keyword, bad) for keyword, bad in bad_values(node[2])
                )
    return sorted(found, key=lambda c: c.id)


CASES = cases()


# -- the facade methods that send each operation ----------------------------------------------------------------
AUTHORIZATION = {
    "agentId": "0",
    "clientAddress": ADDRESS,
    "indexLimit": 5,
    "expiry": 1,
    "chainId": 84532,
    "identityRegistry": ADDRESS,
    "signerAddress": ADDRESS,
}
#: operationId -> (service.method, valid keyword arguments, {wire field: argument} where the names differ, or
#: ``""`` for a wire field that no argument sets, such as the Python SDK's ``memoryId`` layout).
FACADE: dict[str, tuple[str, dict[str, Any], dict[str, str]]] = {
    "addWorkspaceAgent": ("workspaces.add_agent", {"workspace_id": "ws_1", "agent_did": DID}, {}),
    "claimOnChain": (
        "identity.claim_on_chain",
        {"agent_did": DID, "tx_hash": "0x" + HEX64, "chain": "base"},
        {},
    ),
    "clearEphemeralSlot": ("ephemeral.clear_slot", {"session_key": "eph_1", "slot": "cache"}, {}),
    "contributeHeuristic": (
        "collective.contribute",
        {
            "pattern": "Batch writes to save gas",
            "pattern_hash": HEX64,
            "domain": "gas",
            "tags": ["gas"],
            "metrics": {"success_rate": 0.9, "sample_size": 3, "confidence": 0.8},
            "encrypted_content_ref": "mem_1",
        },
        {},
    ),
    "createEphemeralSession": ("ephemeral.create_session", {}, {}),
    "createWalletSession": (
        "sessions.create",
        {
            "wallet_address": ADDRESS,
            "chain": "evm",
            "network": "base-sepolia",
            "signed_message": "example.com wants you to sign in",
            "signature": "0x" + "ab" * 65,
        },
        {},
    ),
    "createWorkspace": ("workspaces.create", {"workspace_name": "team"}, {}),
    "deleteIdentity": ("identity.delete", {"did": IDENT.did}, {}),
    "deleteMemory": ("memory.delete", {"memory_id": "mem_1"}, {"storageKey": "memory_id"}),
    "deleteWorkspace": ("workspaces.delete", {"workspace_id": "ws_1"}, {}),
    "exportEphemeralSession": ("ephemeral.export_session", {"session_key": "eph_1"}, {}),
    "extractMemories": (
        "extraction.extract",
        {"trace": "a trace", "llm_config": {"type": "api-key", "provider": "anthropic", "apiKey": "k"}},
        {},
    ),
    "getAgentDomainReputation": (
        "reputation.get_domain_reputation",
        {"domain": "python", "agent_did": DID},
        {},
    ),
    "getAgentReputation": ("reputation.get_reputation", {"agent_did": DID}, {}),
    "getAgentReputationHistory": ("reputation.get_history", {"agent_did": DID}, {}),
    "getDomainReputation": ("reputation.get_domain_reputation", {"domain": "python"}, {}),
    "getERC8004AuthRequest": (
        "reputation.build_erc8004_authorization",
        {"wallet_address": ADDRESS},
        {"wallet": "wallet_address"},
    ),
    "getEphemeralSession": ("ephemeral.get_session", {"session_key": "eph_1"}, {}),
    "getEphemeralStructured": ("ephemeral.get_structured", {"session_key": "eph_1"}, {}),
    "getIdentity": ("identity.get", {"did": IDENT.did}, {}),
    "getPendingClaimsByOwner": ("identity.get_pending_claims_by_owner", {}, {}),
    "getPendingClaimsForAgent": ("identity.get_pending_claims_for_agent", {}, {}),
    "getPendingPayouts": ("royalty.get_pending_payouts", {"agent_did": DID}, {}),
    "getReceiptProof": ("receipts.get_proof", {"receipt_id": "rcpt_1"}, {}),
    "getReputationHistory": ("reputation.get_history", {}, {}),
    "getReputationLeaderboard": ("reputation.get_top_agents", {}, {}),
    "getRevenueStats": ("royalty.get_revenue_stats", {"agent_did": DID}, {}),
    "getTopEarners": ("royalty.get_top_earners", {}, {}),
    "getUsageAnalytics": ("receipts.get_analytics", {}, {}),
    "getWalletSession": (
        "sessions.get",
        {"session_id": "sess_1", "wallet_address": ADDRESS},
        {"wallet": "wallet_address"},
    ),
    "getWorkspace": ("workspaces.get", {"workspace_id": "ws_1"}, {}),
    "getWorkspaceAnalytics": ("workspaces.get_analytics", {"workspace_id": "ws_1"}, {}),
    "getWorkspaceBudget": ("workspaces.get_budget", {"workspace_id": "ws_1"}, {}),
    "listAgentDomainReputations": ("reputation.get_all_domain_reputations", {"agent_did": DID}, {}),
    "listAnchors": ("receipts.list_anchors", {}, {"from": "from_date", "to": "to_date"}),
    "listDeletedMemories": ("memory.list_deleted", {}, {}),
    "listEphemeralSessions": ("ephemeral.list_sessions", {}, {}),
    "listHeuristics": ("collective.list_heuristics", {}, {}),
    "listMemories": ("memory.list", {}, {}),
    "listReceipts": ("receipts.list", {}, {}),
    "listWalletSessions": ("sessions.list_by_wallet", {"wallet_address": ADDRESS}, {}),
    "probeMemory": ("memory.probe", {"query": "dark mode theme", "retrieve": False}, {}),
    "processClaimRequest": (
        "identity.process_claim_request",
        {"owner_did": OWNER_DID, "approved": False},
        {},
    ),
    "promoteEphemeralSession": ("ephemeral.promote_session", {"session_key": "eph_1"}, {}),
    "purgeMemory": ("memory.purge", {"storage_key": "mem_1"}, {}),
    "purgeSubject": ("owner.purge_subject", {"subject_id": HEX64}, {}),
    "queryCollective": ("collective.query", {"query_text": "gas tips"}, {}),
    "readAllEphemeralSlots": ("ephemeral.read_all_slots", {"session_key": "eph_1"}, {}),
    "readEphemeralSlot": ("ephemeral.read_slot", {"session_key": "eph_1", "slot": "cache"}, {}),
    "registerIdentity": (
        "identity.register",
        {"wallet_address": ADDRESS, "key_type": "evm", "chain": "base"},
        {},
    ),
    "registerOwner": (
        "owner.register",
        {"wallet_address": ADDRESS, "wallet_chain": "evm", "entity_type": "human"},
        {},
    ),
    "removeWorkspaceAgent": ("workspaces.remove_agent", {"workspace_id": "ws_1", "agent_did": DID}, {}),
    "renewEphemeralSession": ("ephemeral.renew_session", {"session_key": "eph_1"}, {}),
    "restoreMemory": ("memory.restore", {"storage_key": "mem_1"}, {}),
    "retrieveMemory": (
        "memory.retrieve",
        {"memory_id": "mem_1"},
        {"storageKey": "memory_id", "memoryId": ""},
    ),
    "retrieveMemoryBatch": (
        "memory.retrieve_batch",
        {"memory_ids": ["mem_1"]},
        {"storageKeys": "memory_ids", "memoryIds": ""},
    ),
    "revokeWalletSession": (
        "sessions.revoke",
        {"session_id": "sess_1", "wallet_address": ADDRESS},
        {"wallet": "wallet_address"},
    ),
    "storeMemory": ("memory.store", {"data": {"a": 1}, "storage_tier": "hot"}, {}),
    "storeMemoryBatch": ("memory.store_batch", {"items": [{"data": {"a": 1}, "storage_tier": "hot"}]}, {}),
    "submitClaimRequest": ("identity.submit_claim_request", {"agent_did": DID}, {}),
    "submitERC8004Authorization": (
        "reputation.submit_erc8004_authorization",
        {"authorization": AUTHORIZATION, "signature": "0x" + "ab" * 65},
        {},
    ),
    "terminateEphemeralSession": ("ephemeral.terminate_session", {"session_key": "eph_1"}, {}),
    "updateBudget": ("budget.update_limit", {"limit_cents": 100}, {}),
    "updateFleetBudget": ("budget.update_fleet_cap", {"fleet_cap_cents": 100}, {}),
    "updateIdentity": ("identity.update", {"did": IDENT.did, "name": "agent"}, {}),
    "updateOwnerProfile": ("owner.update_profile", {"display_name": "Ada"}, {}),
    "updateWorkspace": ("workspaces.update", {"workspace_id": "ws_1", "workspace_name": "team"}, {}),
    "validateWalletSession": (
        "sessions.validate",
        {"session_id": "sess_1", "wallet_address": ADDRESS},
        {"wallet": "wallet_address"},
    ),
    "verifyOwnerWallet": (
        "owner.verify_wallet",
        {
            "owner_did": OWNER_DID,
            "message": "I own this wallet",
            "signature": "0x" + "ab" * 65,
            "timestamp": 1,
        },
        {},
    ),
    "writeEphemeralSlot": ("ephemeral.write_slot", {"session_key": "eph_1", "slot": "cache", "data": {}}, {}),
}


def _normal(name: str) -> str:
    return name.replace("_", "").lower()


def facade_call(case: Case) -> tuple[str, dict[str, Any], str] | None:
    """(service.method, arguments with the bad value, argument name) when a facade argument carries the field.

    Only fields the caller passes as they go on the wire map: a path or query value, a top-level body field
    (or one item of a top-level list); nested and computed fields (ciphertexts, fingerprints) do not.
    """
    method, arguments, aliases = FACADE[case.info.operation_id]
    if case.location == "body":
        if not case.steps or case.steps[0][0] != "prop":
            return None
        field, rest = case.steps[0][1], case.steps[1:]
    else:
        field, rest = case.name, case.steps
    kinds = [step[0] for step in rest]
    if "prop" in kinds or kinds.count("item") > 1:
        return None
    if field in aliases:
        wanted = aliases[field] or None
    else:
        wanted = next((p for p in _parameters(method) if _normal(p) == _normal(field)), None)
    if wanted is None:
        return None
    value = [case.bad] if "item" in kinds else case.bad
    return method, {**arguments, wanted: value}, wanted


@functools.cache
def _parameters(method: str) -> tuple[str, ...]:
    """The argument names of a facade method (``service.method``)."""
    service, name = method.split(".")
    client = XacheClientSync("http://127.0.0.1:9", IDENT.did, IDENT.private_key)
    try:
        return tuple(inspect.signature(getattr(getattr(client, service), name)).parameters)
    finally:
        client.close()


# -- clients that record what they would send ------------------------------------------------------------------
class Offline:
    """Both clients over a transport that records each request and answers 200 with an empty envelope."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.loop = asyncio.new_event_loop()
        transport = httpx.MockTransport(self._answer)
        self.sync = XacheClientSync(
            "http://127.0.0.1:9", IDENT.did, IDENT.private_key, http_client=httpx.Client(transport=transport)
        )
        self.async_ = XacheClient(
            "http://127.0.0.1:9",
            IDENT.did,
            IDENT.private_key,
            http_client=httpx.AsyncClient(transport=transport),
        )

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={"success": True, "data": {}})

    def run(self, call: Callable[[], Any]) -> None:
        """Run ``call``. The canned answer fits no result, so what fails once a request went out is not the
        point here (the tests look at the requests); a failure before sending is raised."""
        self.requests.clear()
        try:
            result = call()
            if inspect.isawaitable(result):
                self.loop.run_until_complete(result)
        except Exception:
            if not self.requests:
                raise

    def close(self) -> None:
        self.sync.close()
        self.loop.run_until_complete(self.async_.close())
        self.loop.close()


@pytest.fixture(scope="module")
def offline() -> Iterator[Offline]:
    clients = Offline()
    yield clients
    clients.close()


class _Body:
    """A request body as a raw caller's model serialises it."""

    def __init__(self, wire: Any) -> None:
        self.wire = wire

    def to_dict(self) -> Any:
        return self.wire


def raw_call(
    client: Any, info: OperationInfo, flavour: str, request: tuple[dict[str, Any], dict[str, Any], Any]
) -> Callable[[], Any]:
    """The generated endpoint function of ``info`` called on ``client.api`` with ``request``."""
    path, query, body = request
    module = importlib.import_module(info.module)
    function = getattr(module, "sync_detailed" if flavour == "sync" else "asyncio_detailed")
    names = {_normal(n.rstrip("_")): n for n in inspect.signature(function).parameters}
    positional = [path[name] for name in re.findall(r"\{([^}]+)\}", info.path)]
    keywords = {names[_normal(name)]: value for name, value in query.items()}
    if body is not None:
        keywords["body"] = _Body(body)
    return lambda: function(*positional, client=client.api, **keywords)


def facade(client: Any, method: str, arguments: dict[str, Any]) -> Callable[[], Any]:
    service, name = method.split(".")
    return lambda: getattr(getattr(client, service), name)(**arguments)


# -- the tests ---------------------------------------------------------------------------------------------------
def test_the_cases_cover_the_spec() -> None:
    operations = {c.info.operation_id for c in CASES}
    assert len(CASES) > 300 and len(operations) > 60
    assert sorted(operations - set(FACADE)) == [], "operations with limits but no facade entry here"
    mapped = [c for c in CASES if facade_call(c) is not None]
    assert len(mapped) > len(CASES) // 2


def test_every_constraint_is_tried() -> None:
    """Each constraint keyword the spec uses on a request has at least one case (a bad value above)."""
    used = {
        keyword
        for info in all_operations().values()
        for schema in [p.schema for p in info.parameters] + ([info.body] if info.body else [])
        for _, _, node in constrained(schema, "x", ())
        for keyword in CONSTRAINTS
        if keyword in node
        and not (keyword in ("minLength", "minItems", "minProperties") and not node[keyword])
    }
    assert "x-xache-max-json-bytes" in used
    assert used <= {c.keyword for c in CASES}, "a constraint of the spec with no bad value in bad_values"


def test_each_pattern_sample_fits_its_fields() -> None:
    for case in CASES:
        if case.keyword == "pattern":
            value = sample(case.schema)
            check_value(value, case.schema, case.where)  # its pattern and the field's other limits
    assert {c.schema["pattern"] for c in CASES if c.keyword == "pattern"} == set(PATTERN_SAMPLES)


def test_every_path_parameter_is_bounded() -> None:
    """No id goes into a URL without a length limit, a pattern or an enum from the spec."""
    for info in all_operations().values():
        for param in info.parameters:
            if param.location == "path":
                schema = resolve(param.schema)
                assert {"maxLength", "pattern", "enum"} & set(schema), f"{info.operation_id}: {param.name}"


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("operation_id", sorted(all_operations()))
def test_the_made_up_request_is_valid_and_sent(offline: Offline, operation_id: str, flavour: str) -> None:
    info = all_operations()[operation_id]
    path, query, body = baseline(info)
    if body is not None:
        check_value(body, info.body or {}, "body")
    client = offline.sync if flavour == "sync" else offline.async_
    offline.run(raw_call(client, info, flavour, (path, query, body)))
    assert len(offline.requests) == 1


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("operation_id", sorted(FACADE))
def test_each_facade_entry_sends_its_operation(offline: Offline, operation_id: str, flavour: str) -> None:
    method, arguments, _ = FACADE[operation_id]
    offline.run(facade(offline.sync if flavour == "sync" else offline.async_, method, arguments))
    sent = [match_operation(r.method, r.url.raw_path.decode().split("?")[0]) for r in offline.requests]
    assert [None if m is None else m[0].operation_id for m in sent] == [operation_id]


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_a_bad_value_is_refused_by_client_api(offline: Offline, case: Case, flavour: str) -> None:
    client = offline.sync if flavour == "sync" else offline.async_
    with pytest.raises(XacheInputError) as caught:
        offline.run(raw_call(client, case.info, flavour, case.request()))
    assert offline.requests == [], "a request was sent"
    error = caught.value
    assert isinstance(error, ValidationError) and error.field == case.where, str(error)
    assert str(error).startswith(f"{case.info.operation_id}: {case.where} ")


FACADE_CASES = [c for c in CASES if facade_call(c) is not None]


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("case", FACADE_CASES, ids=[c.id for c in FACADE_CASES])
def test_a_bad_value_is_refused_by_the_facade(offline: Offline, case: Case, flavour: str) -> None:
    mapped = facade_call(case)
    assert mapped is not None
    method, arguments, argument = mapped
    with pytest.raises(XacheInputError) as caught:
        offline.run(facade(offline.sync if flavour == "sync" else offline.async_, method, arguments))
    assert offline.requests == [], "a request was sent"
    error = caught.value
    if isinstance(error, InvalidDIDError):  # a DID argument is parsed before it is used
        assert str(case.schema.get("pattern", "")).startswith("^did:"), str(error)
        return
    assert isinstance(error, ValidationError)
    assert names_field(error, argument) or names_field(error, case.where.split(".", 1)[-1]), str(error)
