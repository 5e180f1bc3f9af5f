"""The OpenAPI contract (openapi.yaml) and the client generated from it (generated/xache_api)."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
import xache_api
import xache_api.models
import yaml
from openapi_python_client.strings import snake_case
from openapi_spec_validator import OpenAPIV31SpecValidator
from xache_api import errors
from xache_api.api.identity import get_identity, get_pending_claims_by_owner
from xache_api.api.reputation import get_agent_reputation
from xache_api.api.royalty import get_pending_payouts, get_revenue_stats
from xache_api.api.workspaces import remove_workspace_agent
from xache_api.client import Client
from xache_api.models import ErrorEnvelope, LegacyPaymentRequired, X402PaymentRequired

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")

# The reference (a copy of the official SDKs' reference kept in the repository, compared with the original by
# tests/crypto/test_vector_copies.py when it is present) lists every endpoint in its section 4 tables:
# | <id> | `METHOD /path` | signed or UNSIGNED | free or **PAID** | ...
REFERENCE = ROOT / "tests" / "reference" / "xache-api.md"
_ROW = re.compile(r"^\| ([A-Z][0-9]+) \| (.+?) \| (signed|UNSIGNED)[^|]*\| ([^|]*)\|")
_METHOD_PATH = re.compile(r"(?:\*\*TS `(PATCH)`\*\*.*?`|`(GET|POST|PUT|PATCH|DELETE) )(/[^`]+)`")
# Reference section letters and the spec's tags.
SECTIONS = {
    "I": "identity", "M": "memory", "C": "collective", "B": "budget", "R": "receipts", "P": "reputation",
    "E": "extraction", "F": "facilitators", "S": "sessions", "Y": "royalty", "W": "workspaces", "O": "owner",
    "X": "ephemeral",
}  # fmt: skip


def _reference() -> dict[str, tuple[str, str, bool, bool]]:
    """Reference id -> (METHOD, path, signed, paid). W4 and O4 take the TypeScript SDK's PATCH."""
    rows: dict[str, tuple[str, str, bool, bool]] = {}
    for line in REFERENCE.read_text(encoding="utf-8").splitlines():
        row = _ROW.match(line)
        if row is None:
            continue
        ref_id, route, signing, price = row.groups()
        found = _METHOD_PATH.search(route)
        assert found is not None, line
        method = found.group(1) or found.group(2)
        rows[ref_id] = (method, found.group(3), signing == "signed", price.strip().startswith("**PAID"))
    return rows


REFERENCE_ROWS = _reference()
ENDPOINTS = {(method, path) for method, path, _, _ in REFERENCE_ROWS.values()}
UNSIGNED = {(method, path) for method, path, signed, _ in REFERENCE_ROWS.values() if not signed}
PAID = {(method, path) for method, path, _, paid in REFERENCE_ROWS.values() if paid}

DID = "did:agent:evm:0xabc"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def operations(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    ops: dict[tuple[str, str], dict[str, Any]] = {}
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                ops[(method.upper(), path)] = item[method]
    return ops


def test_reference_rows_are_read_whole() -> None:
    assert len(ENDPOINTS) == len(REFERENCE_ROWS)  # no two rows share a route
    assert {ref_id[0] for ref_id in REFERENCE_ROWS} == set(SECTIONS)
    assert UNSIGNED and PAID and UNSIGNED <= ENDPOINTS and PAID <= ENDPOINTS


def test_spec_is_valid_openapi_31(spec: dict[str, Any]) -> None:
    assert spec["openapi"] == "3.1.0"
    OpenAPIV31SpecValidator(spec).validate()


def test_every_reference_endpoint_is_in_the_spec(operations: dict[tuple[str, str], dict[str, Any]]) -> None:
    """The spec has every endpoint of the reference, under its id; an endpoint the spec adds has an id of its own."""
    assert set(operations) >= ENDPOINTS
    for ref_id, (method, path, _, _) in REFERENCE_ROWS.items():
        assert operations[(method, path)]["x-xache-id"] == ref_id
    for key, op in operations.items():
        if key not in ENDPOINTS:
            assert op["x-xache-id"] not in REFERENCE_ROWS, key


def test_servers(spec: dict[str, Any]) -> None:
    assert spec["servers"][0]["url"] == "https://api.xache.xyz"


def test_operation_ids_and_tags(operations: dict[tuple[str, str], dict[str, Any]]) -> None:
    ids = [op["operationId"] for op in operations.values()]
    assert len(set(ids)) == len(ids)
    for op in operations.values():
        assert op["tags"] == [SECTIONS[op["x-xache-id"][0]]], op["operationId"]
        assert op["operationId"][0].islower()
        assert op["summary"] and op["description"]


def test_signing_flags(spec: dict[str, Any], operations: dict[tuple[str, str], dict[str, Any]]) -> None:
    assert spec["security"] == [{"XacheAgentDid": [], "XacheSignature": [], "XacheTimestamp": []}]
    schemes = spec["components"]["securitySchemes"]
    assert {(s["type"], s["in"], s["name"]) for s in schemes.values()} == {
        ("apiKey", "header", "X-Agent-DID"),
        ("apiKey", "header", "X-Sig"),
        ("apiKey", "header", "X-Ts"),
    }
    for key, op in operations.items():
        assert op["x-xache-signed"] is ("security" not in op), key  # unsigned ones say `security: []`
        if "security" in op:
            assert op["security"] == [], key
        if key in ENDPOINTS:
            assert op["x-xache-signed"] is (key not in UNSIGNED), key


def test_paid_flags(operations: dict[tuple[str, str], dict[str, Any]]) -> None:
    for key, op in operations.items():
        if key in ENDPOINTS:
            assert op.get("x-xache-paid", False) is (key in PAID), key
        if op.get("x-xache-paid"):
            assert op["responses"]["402"] == {"$ref": "#/components/responses/PaymentRequired"}, key
            price = op.get("x-xache-price") or op.get("x-xache-price-per-item")
            assert isinstance(price, str) and float(price) > 0, key
        else:
            assert "402" not in op["responses"], key


def test_error_responses_are_shared(operations: dict[tuple[str, str], dict[str, Any]]) -> None:
    for key, op in operations.items():
        for code in ("400", "401", "403", "404", "409", "429", "500", "503"):
            assert op["responses"][code] == {"$ref": "#/components/responses/ErrorEnvelope"}, key
        success = op["responses"]["200"]["content"]["application/json"]["schema"]
        assert success["$ref"].startswith("#/components/schemas/"), key


def test_method_disagreements_documented(operations: dict[tuple[str, str], dict[str, Any]]) -> None:
    for key in (("PATCH", "/v1/workspaces/{workspaceId}"), ("PATCH", "/v1/owners/me")):
        assert "PUT" in operations[key]["description"]
        assert operations[key]["x-xache-python-method"] == "PUT"


def _module(op: dict[str, Any]) -> Any:
    return importlib.import_module(f"xache_api.api.{op['tags'][0]}.{snake_case(op['operationId'])}")


def test_every_operation_has_a_generated_module(operations: dict[tuple[str, str], dict[str, Any]]) -> None:
    for key, op in operations.items():
        module = _module(op)
        for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed", "_get_kwargs"):
            assert callable(getattr(module, name, None)), (key, name)


def test_generated_methods_and_paths(operations: dict[tuple[str, str], dict[str, Any]]) -> None:
    for (method, path), op in operations.items():
        if "{" in path:
            continue
        module = _module(op)
        kwargs = module._get_kwargs.__kwdefaults__ or {}
        call: dict[str, Any] = {}
        if "body" in module._get_kwargs.__code__.co_varnames and "body" not in kwargs:
            call["body"] = None
        required_query = [
            p["name"] for p in op.get("parameters", []) if p["in"] == "query" and p.get("required")
        ]
        for name in required_query:
            call[snake_case(name)] = "x"
        try:
            built = module._get_kwargs(**call)
        except AttributeError:  # body=None has no to_dict(); the method/url checks below need no body
            continue
        assert built["method"] == method.lower()
        assert built["url"] == path


def test_did_path_encoding() -> None:

    assert get_identity._get_kwargs(did=DID)["url"] == "/v1/identity/did:agent:evm:0xabc"
    owner = "did:owner:evm:0xdef"
    assert (
        get_pending_claims_by_owner._get_kwargs(owner_did=owner)["url"]
        == "/v1/ownership/pending-claims/owner/did:owner:evm:0xdef"
    )
    assert get_agent_reputation._get_kwargs(agent_did=DID)["url"] == "/v1/reputation/did:agent:evm:0xabc"
    assert (
        get_revenue_stats._get_kwargs(agent_did=DID)["url"] == "/v1/royalty/revenue/did%3Aagent%3Aevm%3A0xabc"
    )
    assert (
        get_pending_payouts._get_kwargs(agent_did=DID)["url"]
        == "/v1/royalty/payouts/did%3Aagent%3Aevm%3A0xabc"
    )
    assert (
        remove_workspace_agent._get_kwargs(workspace_id="ws/1", agent_did=DID)["url"]
        == "/v1/workspaces/ws%2F1/agents/did%3Aagent%3Aevm%3A0xabc"
    )
    # Only ":" is kept; everything else is still percent-encoded.
    assert get_identity._get_kwargs(did="did:a/b c")["url"] == "/v1/identity/did:a%2Fb%20c"


def test_nonstandard_status_code_does_not_crash() -> None:
    # HTTPStatus(520) would raise ValueError; the generated code raises its typed error for any status but
    # the documented success (tests/test_raw_api_types.py).
    client = Client(base_url="https://api.xache.xyz")
    with pytest.raises(errors.UnexpectedStatus) as caught:
        get_identity._build_response(client=client, response=httpx.Response(520, content=b"oops"))
    assert caught.value.status_code == 520
    assert caught.value.content == b"oops"


def test_payment_required_parses_both_formats() -> None:

    x402 = {
        "x402Version": 2,
        "accepts": [
            {
                "scheme": "exact",
                "network": "base-sepolia",
                "maxAmountRequired": "2000",
                "asset": "0x036CbD53842c5426634e7929541eC2318f3dCF7e",
                "payTo": "0x0000000000000000000000000000000000000001",
                "extra": {"name": "USDC", "version": "2", "unknownKey": 1},
            }
        ],
        "error": "Payment required",
    }
    parsed = X402PaymentRequired.from_dict(x402)
    assert parsed.accepts[0].max_amount_required == "2000"
    legacy = {
        "error": {"code": "PAYMENT_REQUIRED", "message": "pay"},
        "payment": {"challengeId": "ch_1", "amount": "0.002", "chainHint": "base", "payTo": "0x1"},
        "meta": {"requestId": "r", "timestamp": "t", "duration": 1},
    }
    assert LegacyPaymentRequired.from_dict(legacy).payment.challenge_id == "ch_1"


def test_unknown_error_code_parses() -> None:

    body = {
        "success": False,
        "error": {"code": "SOMETHING_NEW", "message": "m", "details": {"resetAt": 1}},
        "meta": {"requestId": "r", "timestamp": "t", "duration": 1},
    }
    assert ErrorEnvelope.from_dict(body).error.code == "SOMETHING_NEW"


def test_generated_package_ships_the_contract() -> None:

    package_dir = Path(xache_api.__file__).resolve().parent
    assert (package_dir / "openapi.yaml").read_bytes() == SPEC_PATH.read_bytes()
    assert (package_dir / "py.typed").read_bytes() == b""


SEED_COMPONENTS = {
    # request bodies
    "IdentityRegisterRequest",
    "IdentityUpdateRequest",
    "ClaimRequestRequest",
    "ClaimProcessRequest",
    "ClaimOnChainRequest",
    "MemoryStoreRequest",
    "MemoryRetrieveRequest",
    "MemoryStoreBatchRequest",
    "MemoryStoreBatchItem",
    "MemoryRetrieveBatchRequest",
    "MemoryProbeRequest",
    "CollectiveContributeRequest",
    "HeuristicMetrics",
    "CollectiveQueryRequest",
    "BudgetUpdateRequest",
    "FleetBudgetUpdateRequest",
    # response data
    "Identity",
    "IdentityRegistration",
    "MemoryStoreResult",
    "MemoryRetrieveResult",
    "MemoryList",
    "MemoryListItem",
    "MemoryBatchStoreResult",
    "MemoryBatchRetrieveResult",
    "MemoryProbeResult",
    "MemoryRestoreResult",
    "MemoryPurgeResult",
    "MemoryDeleteResult",
    "DeletedMemoryList",
    "ContributeResult",
    "CollectiveQueryResult",
    "HeuristicMatch",
    "HeuristicList",
    "BudgetStatus",
    "BudgetUpdateResult",
    "FleetBudgetStatus",
    "FleetBudgetUpdateResult",
    "ReceiptList",
    "Receipt",
    "ReceiptProof",
    "UsageAnalytics",
    "AnchorList",
    "Anchor",
    # shared shapes
    "Meta",
    "ErrorEnvelope",
    "Fingerprint",
    "SubjectScope",
    "ReputationSnapshot",
    "DomainReputation",
    "WalletSession",
    "Workspace",
    "Owner",
    "EphemeralSession",
    "PaymentRequirement",
    "X402PaymentRequired",
    "LegacyPaymentRequired",
}


def test_component_names(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    assert set(schemas) >= SEED_COMPONENTS
    for name in SEED_COMPONENTS:
        assert hasattr(xache_api.models, name), name
    assert schemas["MemoryStoreResponse"]["properties"]["data"] == {
        "$ref": "#/components/schemas/MemoryStoreResult"
    }
