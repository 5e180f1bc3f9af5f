"""Request parity with the official ``xache`` 5.13.0 SDK for the services added after the seed five.

Reputation, royalty, sessions, ephemeral, extraction, facilitators and the two unsigned owner operations,
compared exactly as in :mod:`test_request_parity` (same machinery, same rules: every difference is listed with
its reason, and a listed difference that no longer occurs fails). The official Python SDK only accepts
``did:agent:`` DIDs, so the owner-only endpoints cannot be driven by it; they are listed in
``NOT_COMPARABLE`` with that reason, as are the methods that send no request in either SDK.
"""

from __future__ import annotations

import inspect
import secrets
import time
from collections.abc import Iterator
from typing import Any

import pytest
from harness import fake_llm, personal_sign

from xache_ext import XacheClient
from xache_ext.crypto.evm import private_key_to_address

from .conftest import InteropServer
from .test_request_parity import IDEMPOTENCY, Case, Env, check_parity, run_case, same

xache = pytest.importorskip("xache")

pytestmark = pytest.mark.interop

# -- the reasons ----------------------------------------------------------------------------------------------
TS_SESSION_AGENT = (
    "we send the client's agentDID on session create, as the TypeScript SDK does; the Python SDK never does"
)
TS_SESSION_SCOPE = (
    'we send scope ["*"] when none is given, as the TypeScript SDK does; the Python SDK leaves it out'
)
PY_SESSION_DURATION = "the Python SDK always sends durationSeconds (default 3600); like TypeScript we send it only when given (the server's default is 3600)"
PY_NO_FACILITATORS = "the Python SDK calls a non-existent client._request, swallows the AttributeError and uses its hard-coded CDP list: it never sends this request (reference §4.8, §4.16.9)"
TS_EPHEMERAL_EMPTY_BODY = (
    "we send {} when no option is given, as the TypeScript SDK does; the Python SDK sends no body"
)
TS_EXTRACT_OPTIONS = "our convenience wrappers always send options (an empty object when nothing is set), as the TypeScript SDK's do; the Python SDK leaves options out when nothing is set"
PY_ENCODED_DID = "the Python SDK signs the percent-encoded DID path (did%3Aagent%3A...) but aiohttp/yarl sends it decoded (did:agent:...), so its signature never verifies: every royalty call with a DID fails with 401 (an official-SDK defect); we send and sign the encoded path, as the TypeScript SDK does"

NOT_COMPARABLE = {
    **{
        f"workspaces.{name}": "not comparable: the official Python SDK rejects did:owner DIDs (workspaces are owner-only)"
        for name in [
            "create",
            "list",
            "get",
            "update",
            "delete",
            "add_agent",
            "remove_agent",
            "get_analytics",
            "get_budget",
        ]
    },
    **{
        f"owner.{name}": "not comparable: the official Python SDK rejects did:owner DIDs (signed owner-only endpoint)"
        for name in ["get_profile", "update_profile", "get_owned_agents", "purge_subject"]
    },
    **{
        f"facilitators.{name}": "client-side only: neither SDK sends a request"
        for name in ["set_preferences", "get_preferences", "clear_preferences", "clear_cache"]
    },
}
SERVICES = (
    "reputation",
    "royalty",
    "sessions",
    "ephemeral",
    "extraction",
    "facilitators",
    "owner",
    "workspaces",
)


# -- helpers and preparations (made with our client before recording starts) ----------------------------------
def evm_wallet() -> tuple[bytes, str]:
    key = secrets.token_bytes(32)
    return key, private_key_to_address(key)


async def wallet_signature(c: XacheClient, env: Env) -> None:
    """An EVM wallet (independent of the agent's chain) and its signature of a sign-in message."""
    key, address = evm_wallet()
    message = f"xache.test wants you to sign in with your Ethereum account:\n{address}"
    env.values.update(wallet=address, message=message, signature=personal_sign(key, message))


async def wallet_session(c: XacheClient, env: Env) -> None:
    await wallet_signature(c, env)
    v = env.values
    session = await c.sessions.create(v["wallet"], "evm", "base", v["message"], v["signature"])
    v["session"] = session.session_id


def session_options(sdk: Any, env: Env, **extra: Any) -> Any:
    v = env.values
    args = (v["wallet"], "evm", "base", v["message"], v["signature"])
    if isinstance(sdk, XacheClient):
        from xache_ext.types.sessions import CreateSessionOptions

        return CreateSessionOptions(*args, **extra)
    return xache.services.sessions.CreateSessionOptions(*args, **extra)


async def erc8004_signed(c: XacheClient, env: Env) -> None:
    request = await c.reputation.build_erc8004_authorization(env.agent.address, 30, 5, "base")
    env.values["authorization"] = request.authorization.to_wire()
    env.values["signature"] = c.reputation.sign_erc8004_authorization(request.typed_data)


async def erc8004_enabled(c: XacheClient, env: Env) -> None:
    await erc8004_signed(c, env)
    await c.reputation.submit_erc8004_authorization(
        env.values["authorization"], env.values["signature"], "base"
    )


def feedback_auth(sdk: Any, wire: dict[str, Any]) -> Any:
    if isinstance(sdk, XacheClient):
        return wire
    return xache.types.ERC8004FeedbackAuth(
        agent_id=wire["agentId"],
        client_address=wire["clientAddress"],
        index_limit=wire["indexLimit"],
        expiry=wire["expiry"],
        chain_id=wire["chainId"],
        identity_registry=wire["identityRegistry"],
        signer_address=wire["signerAddress"],
    )


async def ephemeral_session(c: XacheClient, env: Env) -> None:
    key = (await c.ephemeral.create_session()).session_key
    await c.ephemeral.write_slot(key, "facts", {"items": ["Alice works at Acme"]})
    env.values["session"] = key


async def registered_owner(c: XacheClient, env: Env) -> None:
    key, address = evm_wallet()
    owner = await c.owner.register(address, "evm", "human")
    message = "I own this wallet"
    env.values.update(owner=owner.owner_did, message=message, signature=personal_sign(key, message))


# -- a fake OpenAI-compatible LLM on loopback, for extraction --------------------------------------------------
LLM: dict[str, str] = {}


@pytest.fixture(scope="module", autouse=True)
def llm_url() -> Iterator[str]:
    with fake_llm() as url:
        LLM["url"] = url
        yield url


def endpoint_config(sdk: Any) -> Any:
    if isinstance(sdk, XacheClient):
        from xache_ext.services.extraction import LLMConfigEndpoint

        return LLMConfigEndpoint(url=LLM["url"], model="llama", auth_token="tok")
    return xache.services.extraction.LLMConfigEndpoint(url=LLM["url"], model="llama", auth_token="tok")


def extraction_options(sdk: Any) -> Any:
    values = {"confidence_threshold": 0.5, "context_hint": "ui", "auto_store": True}
    if isinstance(sdk, XacheClient):
        from xache_ext.services.extraction import ExtractionOptions

        return ExtractionOptions(**values)
    return xache.services.extraction.ExtractionOptions(**values)


TRACE = "User: I prefer dark mode\nAgent: noted"
WRAPPER_OPTIONS = {"body +options:object": TS_EXTRACT_OPTIONS}
ENCODED_DID = {"status: ours=200 official=401": PY_ENCODED_DID}

CASES: list[Case] = [
    # -- reputation ---------------------------------------------------------------------------------------
    Case("reputation.get_reputation", *same(lambda c, e: c.reputation.get_reputation())),
    Case("reputation.get_reputation (by DID)", *same(lambda c, e: c.reputation.get_reputation(e.other.did))),
    Case("reputation.get_history", *same(lambda c, e: c.reputation.get_history())),
    Case("reputation.get_history (by DID)", *same(lambda c, e: c.reputation.get_history(e.other.did, 5))),
    Case("reputation.get_top_agents", *same(lambda c, e: c.reputation.get_top_agents(5))),
    Case("reputation.get_top_agents (defaults)", *same(lambda c, e: c.reputation.get_top_agents())),
    Case(
        "reputation.get_domain_reputation", *same(lambda c, e: c.reputation.get_domain_reputation("ethereum"))
    ),
    Case(
        "reputation.get_domain_reputation (by DID)",
        *same(lambda c, e: c.reputation.get_domain_reputation("ethereum", e.other.did)),
    ),
    Case(
        "reputation.get_all_domain_reputations", *same(lambda c, e: c.reputation.get_all_domain_reputations())
    ),
    Case(
        "reputation.get_all_domain_reputations (by DID)",
        *same(lambda c, e: c.reputation.get_all_domain_reputations(e.other.did)),
    ),
    Case(
        "reputation.build_erc8004_authorization",
        *same(lambda c, e: c.reputation.build_erc8004_authorization(evm_wallet()[1], 30, 5, "base")),
    ),
    Case(
        "reputation.build_erc8004_authorization (defaults)",
        *same(lambda c, e: c.reputation.build_erc8004_authorization(evm_wallet()[1])),
    ),
    Case(
        "reputation.submit_erc8004_authorization",
        *same(
            lambda c, e: c.reputation.submit_erc8004_authorization(
                feedback_auth(c, e.values["authorization"]), e.values["signature"], "base"
            )
        ),
        prepare=erc8004_signed,
        chains=("evm",),  # signing the EIP-712 authorization needs an EVM key
        expected={"idempotency_key: ours=True official=False": IDEMPOTENCY},
    ),
    Case(
        "reputation.disable_erc8004_export",
        *same(lambda c, e: c.reputation.disable_erc8004_export()),
        prepare=erc8004_enabled,
        chains=("evm",),
    ),
    Case("reputation.get_erc8004_status", *same(lambda c, e: c.reputation.get_erc8004_status())),
    # -- royalty ------------------------------------------------------------------------------------------
    Case(
        "royalty.get_revenue_stats",
        *same(lambda c, e: c.royalty.get_revenue_stats(e.agent.did)),
        expected=ENCODED_DID,
    ),
    Case(
        "royalty.get_pending_payouts",
        *same(lambda c, e: c.royalty.get_pending_payouts(e.agent.did)),
        expected=ENCODED_DID,
    ),
    Case("royalty.get_platform_revenue", *same(lambda c, e: c.royalty.get_platform_revenue())),
    Case("royalty.get_top_earners", *same(lambda c, e: c.royalty.get_top_earners(5))),
    Case("royalty.get_top_earners (defaults)", *same(lambda c, e: c.royalty.get_top_earners())),
    Case("royalty.get_my_revenue", *same(lambda c, e: c.royalty.get_my_revenue()), expected=ENCODED_DID),
    Case(
        "royalty.get_my_pending_payouts",
        *same(lambda c, e: c.royalty.get_my_pending_payouts()),
        expected=ENCODED_DID,
    ),
    # -- sessions (an EVM wallet for either agent chain) ----------------------------------------------------
    Case(
        "sessions.create",
        *same(
            lambda c, e: c.sessions.create(
                session_options(c, e, duration_seconds=600, max_amount="1000", scope=["memory:store"])
            )
        ),
        prepare=wallet_signature,
        expected={
            "body +agentDID:string": TS_SESSION_AGENT,
            "idempotency_key: ours=True official=False": IDEMPOTENCY,
        },
    ),
    Case(
        "sessions.create (defaults)",
        *same(lambda c, e: c.sessions.create(session_options(c, e))),
        prepare=wallet_signature,
        expected={
            "body +agentDID:string": TS_SESSION_AGENT,
            "body +scope:array": TS_SESSION_SCOPE,
            "body +scope[]:string": TS_SESSION_SCOPE,
            "body -durationSeconds:integer": PY_SESSION_DURATION,
            "idempotency_key: ours=True official=False": IDEMPOTENCY,
        },
    ),
    Case(
        "sessions.create_and_activate",
        *same(lambda c, e: c.sessions.create_and_activate(session_options(c, e, duration_seconds=600))),
        prepare=wallet_signature,
        expected={
            "body +agentDID:string": TS_SESSION_AGENT,
            "body +scope:array": TS_SESSION_SCOPE,
            "body +scope[]:string": TS_SESSION_SCOPE,
            "idempotency_key: ours=True official=False": IDEMPOTENCY,
        },
    ),
    Case(
        "sessions.get",
        *same(lambda c, e: c.sessions.get(e.values["session"], e.values["wallet"])),
        prepare=wallet_session,
    ),
    Case(
        "sessions.validate",
        *same(
            lambda c, e: c.sessions.validate(e.values["session"], e.values["wallet"], "1000", "memory:store")
        ),
        prepare=wallet_session,
        expected={"idempotency_key: ours=True official=False": IDEMPOTENCY},
    ),
    Case(
        "sessions.revoke",
        *same(lambda c, e: c.sessions.revoke(e.values["session"], e.values["wallet"])),
        prepare=wallet_session,
    ),
    Case(
        "sessions.list_by_wallet",
        *same(lambda c, e: c.sessions.list_by_wallet(e.values["wallet"])),
        prepare=wallet_session,
    ),
    # -- ephemeral ----------------------------------------------------------------------------------------
    Case(
        "ephemeral.create_session",
        *same(
            lambda c, e: c.ephemeral.create_session(ttl_seconds=600, max_windows=3, metadata={"task": "t"})
        ),
        expected={"idempotency_key: ours=True official=False": IDEMPOTENCY},
    ),
    Case(
        "ephemeral.create_session (defaults)",
        *same(lambda c, e: c.ephemeral.create_session()),
        expected={
            "body +:json": TS_EPHEMERAL_EMPTY_BODY,
            "idempotency_key: ours=True official=False": IDEMPOTENCY,
        },
    ),
    Case(
        "ephemeral.get_session",
        *same(lambda c, e: c.ephemeral.get_session(e.values["session"])),
        prepare=ephemeral_session,
    ),
    Case(
        "ephemeral.renew_session",
        *same(lambda c, e: c.ephemeral.renew_session(e.values["session"])),
        prepare=ephemeral_session,
        expected={"idempotency_key: ours=True official=False": IDEMPOTENCY},
    ),
    Case(
        "ephemeral.promote_session",
        *same(lambda c, e: c.ephemeral.promote_session(e.values["session"])),
        prepare=ephemeral_session,
        expected={"idempotency_key: ours=True official=False": IDEMPOTENCY},
    ),
    Case(
        "ephemeral.terminate_session",
        *same(lambda c, e: c.ephemeral.terminate_session(e.values["session"])),
        prepare=ephemeral_session,
    ),
    Case(
        "ephemeral.write_slot",
        *same(
            lambda c, e: c.ephemeral.write_slot(e.values["session"], "tasks", {"todo": ["a", "b"], "n": 2})
        ),
        prepare=ephemeral_session,
        expected={"idempotency_key: ours=True official=False": IDEMPOTENCY},
    ),
    Case(
        "ephemeral.read_slot",
        *same(lambda c, e: c.ephemeral.read_slot(e.values["session"], "facts")),
        prepare=ephemeral_session,
    ),
    Case(
        "ephemeral.read_all_slots",
        *same(lambda c, e: c.ephemeral.read_all_slots(e.values["session"])),
        prepare=ephemeral_session,
    ),
    Case(
        "ephemeral.clear_slot",
        *same(lambda c, e: c.ephemeral.clear_slot(e.values["session"], "facts")),
        prepare=ephemeral_session,
    ),
    Case(
        "ephemeral.get_structured",
        *same(lambda c, e: c.ephemeral.get_structured(e.values["session"])),
        prepare=ephemeral_session,
    ),
    Case(
        "ephemeral.export_session",
        *same(lambda c, e: c.ephemeral.export_session(e.values["session"], "markdown")),
        prepare=ephemeral_session,
    ),
    Case(
        "ephemeral.export_session (defaults)",
        *same(lambda c, e: c.ephemeral.export_session(e.values["session"])),
        prepare=ephemeral_session,
    ),
    Case(
        "ephemeral.list_sessions",
        *same(lambda c, e: c.ephemeral.list_sessions(status="active", limit=10, offset=0)),
        prepare=ephemeral_session,
    ),
    Case("ephemeral.list_sessions (defaults)", *same(lambda c, e: c.ephemeral.list_sessions())),
    Case("ephemeral.get_stats", *same(lambda c, e: c.ephemeral.get_stats()), prepare=ephemeral_session),
    # -- extraction (a loopback OpenAI-compatible endpoint; the others fail upstream in both SDKs) ----------
    Case(
        "extraction.extract",
        *same(lambda c, e: c.extraction.extract(TRACE, endpoint_config(c), extraction_options(c))),
        expected={"idempotency_key: ours=True official=False": IDEMPOTENCY},
    ),
    Case(
        "extraction.extract (no options)",
        *same(lambda c, e: c.extraction.extract({"messages": [TRACE]}, endpoint_config(c))),
        expected={"idempotency_key: ours=True official=False": IDEMPOTENCY},
    ),
    Case(
        "extraction.extract_with_endpoint",
        *same(
            lambda c, e: c.extraction.extract_with_endpoint(
                TRACE, LLM["url"], "llama", auth_token="tok", confidence_threshold=0.5, context_hint="ui"
            )
        ),
        expected={"idempotency_key: ours=True official=False": IDEMPOTENCY},
    ),
    Case(
        "extraction.extract_with_ollama",
        *same(lambda c, e: c.extraction.extract_with_ollama(TRACE, LLM["url"], "llama", auto_store=True)),
        expected={"idempotency_key: ours=True official=False": IDEMPOTENCY},
    ),
    Case(
        "extraction.extract_with_anthropic",
        *same(lambda c, e: c.extraction.extract_with_anthropic(TRACE, "sk-ant-test", model="claude")),
        expected={**WRAPPER_OPTIONS, "idempotency_key: ours=True official=False": IDEMPOTENCY},
    ),
    Case(
        "extraction.extract_with_openai",
        *same(lambda c, e: c.extraction.extract_with_openai(TRACE, "sk-test", context_hint="ui")),
        expected={"idempotency_key: ours=True official=False": IDEMPOTENCY},
    ),
    Case(
        "extraction.extract_with_xache_llm",
        *same(lambda c, e: c.extraction.extract_with_xache_llm(TRACE, "openai")),
        expected={**WRAPPER_OPTIONS, "idempotency_key: ours=True official=False": IDEMPOTENCY},
    ),
    # -- facilitators: the official SDK never sends its one request ------------------------------------------
    *(
        Case(
            f"facilitators.{name}",
            *same(call),
            expected={"request +GET /v1/facilitators": PY_NO_FACILITATORS},
        )
        for name, call in [
            ("list", lambda c, e: c.facilitators.list()),
            ("list (force_refresh)", lambda c, e: c.facilitators.list(force_refresh=True)),
            ("get", lambda c, e: c.facilitators.get("cdp")),
            ("select", lambda c, e: c.facilitators.select("evm")),
            ("supports", lambda c, e: c.facilitators.supports("cdp", "evm", "base-sepolia")),
            ("get_environment", lambda c, e: c.facilitators.get_environment()),
            ("get_default_network", lambda c, e: c.facilitators.get_default_network()),
        ]
    ),
    # -- owner: the two unsigned operations ---------------------------------------------------------------
    Case(
        "owner.register",
        *same(
            lambda c, e: c.owner.register(
                evm_wallet()[1],
                "evm",
                "organization",
                display_name="Ada",
                organization_name="Acme",
                email="a@b.io",
            )
        ),
        expected={"idempotency_key: ours=True official=False": IDEMPOTENCY},
    ),
    Case(
        "owner.register (no optionals)",
        *same(lambda c, e: c.owner.register(evm_wallet()[1], "evm", "human")),
        expected={"idempotency_key: ours=True official=False": IDEMPOTENCY},
    ),
    Case(
        "owner.verify_wallet",
        *same(
            lambda c, e: c.owner.verify_wallet(
                e.values["owner"], e.values["message"], e.values["signature"], int(time.time() * 1000)
            )
        ),
        prepare=registered_owner,
        expected={"idempotency_key: ours=True official=False": IDEMPOTENCY},
    ),
]

#: Every case runs for an EVM agent. The agent's chain only changes how requests are signed (the seed table
#: covers that for every operation), so a Solana agent runs the signed cases of one operation per service:
#: the suite stays fast and each service's Solana signing is still compared.
SOLANA_TOO = {
    "reputation.get_history (by DID)",
    "reputation.build_erc8004_authorization",
    "royalty.get_revenue_stats",
    "sessions.create",
    "sessions.validate",
    "ephemeral.create_session",
    "ephemeral.write_slot",
    "ephemeral.export_session",
    "extraction.extract",
    "facilitators.list",
    "owner.verify_wallet",
}
RUNS = [
    pytest.param(case, chain, id=f"{case}-{chain}")
    for case in CASES
    for chain in case.chains
    if chain == "evm" or case.name in SOLANA_TOO
]


@pytest.mark.parametrize(("case", "chain"), RUNS)
def test_request_parity(interop_server: InteropServer, case: Case, chain: str) -> None:
    ours, official = run_case(interop_server, case, chain)
    check_parity(case, ours, official)


def official_methods() -> set[str]:
    """Every public method of the official SDK's services covered here."""
    did = "did:agent:evm:0x19e7e376e7c213b7e7e7e46cc70a5dd086daff2a"
    official = xache.XacheClient(api_url="http://127.0.0.1:9", did=did, private_key="0x" + "11" * 32)
    return {
        f"{service}.{name}"
        for service in SERVICES
        for name, _ in inspect.getmembers(type(getattr(official, service)), predicate=inspect.isfunction)
        if not name.startswith("_")
    }


def test_every_solana_run_names_a_case() -> None:
    assert {case.name for case in CASES if "sol" in case.chains} >= SOLANA_TOO


def test_every_official_method_is_compared_or_listed() -> None:
    """Each official method of these services is a case, or is listed as not comparable with its reason."""
    covered = {case.name.split(" ")[0] for case in CASES}
    assert not covered & set(NOT_COMPARABLE), "a method is both compared and listed as not comparable"
    assert covered | set(NOT_COMPARABLE) == official_methods()
