"""Reputation: scores computed from an agent's activity, history, leaderboard, domains, ERC-8004 export.

Semantics of the sandbox (the live server's formulas are not public):

* A snapshot is computed on request from the agent's activity. Sub-scores lie in 0-100; each saturates as
  ``100*n/(n+h)`` (50 at ``h``):
  ``memoryQuality`` live memories (h=10); ``contribSuccess`` the mean ``successRate * confidence`` of the
  heuristics it contributed (*100); ``economicValue`` micro-USD spent plus royalties earned (h=$0.05);
  ``networkInfluence`` how often its heuristics matched collective queries (h=10); ``reliability`` its
  receipts, i.e. paid operations (h=20); ``specialization`` the distinct domains it contributed to (h=3).
  ``overall`` is the weighted sum with :data:`WEIGHTS` (sent as ``weights``), rounded to 2 places.
* Computing the snapshot of a registered agent (P1, P2, P3, P4) keeps one history row per agent and UTC day
  (the latest of that day) and stores ``overall`` as the identity's ``reputationScore``. History is newest
  first. The leaderboard (unsigned) ranks every registered agent by ``overall`` without writing history, and
  is answered as a bare array (the shape both official SDKs read).
* Domain reputation comes from the agent's heuristics in that domain: ``contributionCount``, mean
  ``successRate``, royalties earned there, and ``score = 70*mean(successRate * confidence) + 30*min(1, n/10)``.
  No heuristics in the domain → ``data: null``.
* Unknown agents (not registered, or deleted) are 404, for the caller's own DID too.
* ERC-8004: the auth request (unsigned) returns ``FeedbackAuth`` typed data with the sandbox's own
  (deterministic, fictitious) identity-registry and export-service addresses; ``clientAddress`` is the
  export service, ``signerAddress`` the wallet, ``agentId`` the sandbox's number for a registered agent with
  that wallet (``"0"`` otherwise). Authorizing recomputes the EIP-712 digest, requires the signature to recover
  to ``signerAddress``, which must be the calling agent's address or its owner's (403 otherwise), the sandbox
  addresses and chain of ``network`` and an expiry in the future (400 naming the field). A new authorization
  replaces the previous one. Nothing is exported on-chain offline, so ``feedbacksUsed`` stays 0 and
  ``lastExportedAt`` is never set. Disabling without an active authorization is 404.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import secrets
from collections.abc import Callable
from typing import Any

import attrs

from ..crypto.eip712 import domain_type, hash_typed_data, struct_fields
from ..crypto.evm import keccak256, recover_address, to_checksum_address
from ..crypto.signers import normalize_evm_signature
from .handlers import Context, Handler, Result, route
from .ledger import ApiError, iso, micro_to_usd
from .royalty import earnings_by_agent
from .store import Row, Store, add_schema

__all__ = ["CHAIN_IDS", "WEIGHTS", "compute_snapshot", "erc8004_addresses"]

WEIGHTS = {
    "memoryQuality": 0.2,
    "contribSuccess": 0.25,
    "economicValue": 0.15,
    "networkInfluence": 0.15,
    "reliability": 0.15,
    "specialization": 0.1,
}
CHAIN_IDS = {"base": 8453, "base-sepolia": 84532}

add_schema(
    """
CREATE TABLE IF NOT EXISTS reputation_history (
    agent_did TEXT NOT NULL, day TEXT NOT NULL, ts_ms INTEGER NOT NULL, reputation_snapshot TEXT NOT NULL,
    PRIMARY KEY (agent_did, day));
CREATE TABLE IF NOT EXISTS erc8004_authorizations (
    agent_did TEXT PRIMARY KEY, authorization_id TEXT NOT NULL, network TEXT NOT NULL,
    erc8004_agent_id TEXT NOT NULL, signer_address TEXT NOT NULL, index_limit INTEGER NOT NULL,
    expiry_s INTEGER NOT NULL, signature TEXT NOT NULL, enabled INTEGER NOT NULL, created_ms INTEGER NOT NULL);
""",
    json_columns=["reputation_snapshot"],
)

_EVM_ADDRESS = re.compile(r"0x[0-9a-fA-F]{40}")
_FEEDBACK_AUTH = struct_fields(
    "uint256 agentId",
    "address clientAddress",
    "uint256 indexLimit",
    "uint256 expiry",
    "uint256 chainId",
    "address identityRegistry",
    "address signerAddress",
)


# -- scores ------------------------------------------------------------------------------------------------


@attrs.define
class _Activity:
    memories: int = 0
    receipts: int = 0
    spent_micro: int = 0
    earned_micro: int = 0
    matched: int = 0
    heuristics: list[tuple[str, float, float]] = attrs.Factory(list)  # (domain, successRate, confidence)


def _number(metrics: Any, name: str) -> float:
    value = metrics.get(name) if isinstance(metrics, dict) else None
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def _activities(store: Store, did: str | None = None) -> dict[str, _Activity]:
    """Activity of one agent (``did``) or of every agent, in a handful of grouped queries."""
    found: dict[str, _Activity] = {}

    def get(key: str) -> _Activity:
        return found.setdefault(key, _Activity())

    where, params = ("WHERE agent_did = ?", [did]) if did else ("", [])
    for r in store.all(
        f"SELECT agent_did, COUNT(*) AS n, SUM(amount_micro) AS s FROM receipts {where} GROUP BY agent_did",
        params,
    ):
        get(r["agent_did"]).receipts, get(r["agent_did"]).spent_micro = int(r["n"]), int(r["s"] or 0)
    live = "deleted_ms IS NULL" + (" AND agent_did = ?" if did else "")
    for r in store.all(
        f"SELECT agent_did, COUNT(*) AS n FROM memories WHERE {live} GROUP BY agent_did", params
    ):
        get(r["agent_did"]).memories = int(r["n"])
    where = "WHERE contributor_did = ?" if did else ""
    for r in store.all(f"SELECT contributor_did, domain, metrics FROM heuristics {where}", params):
        m = r["metrics"]
        get(r["contributor_did"]).heuristics.append(
            (r["domain"], _number(m, "successRate"), _number(m, "confidence"))
        )
    for key, (earned, uses) in earnings_by_agent(store, did).items():
        get(key).earned_micro, get(key).matched = earned, uses
    return found


def _saturate(n: float, half: float) -> float:
    return 100.0 * n / (n + half) if n > 0 else 0.0


def _scores(a: _Activity) -> dict[str, float]:
    quality = [s * c for _, s, c in a.heuristics]
    scores = {
        "memoryQuality": _saturate(a.memories, 10),
        "contribSuccess": 100.0 * sum(quality) / len(quality) if quality else 0.0,
        "economicValue": _saturate(a.spent_micro + a.earned_micro, 50_000),
        "networkInfluence": _saturate(a.matched, 10),
        "reliability": _saturate(a.receipts, 20),
        "specialization": _saturate(len({d for d, _, _ in a.heuristics}), 3),
    }
    scores = {k: round(min(100.0, max(0.0, v)), 2) for k, v in scores.items()}
    scores["overall"] = round(sum(WEIGHTS[k] * v for k, v in scores.items()), 2)
    return scores


def compute_snapshot(store: Store, did: str, now_ms: int) -> dict[str, Any]:
    """The current snapshot of ``did`` (wire form); records it as today's history row."""
    activity = _activities(store, did).get(did, _Activity())
    scores = _scores(activity)
    snapshot: dict[str, Any] = {"agentDID": did, "timestamp": iso(now_ms), **scores, "weights": dict(WEIGHTS)}
    day = dt.datetime.fromtimestamp(now_ms / 1000, dt.UTC).date().isoformat()
    store.execute(
        "INSERT OR REPLACE INTO reputation_history (agent_did, day, ts_ms, reputation_snapshot) "
        "VALUES (?, ?, ?, ?)",
        [did, day, now_ms, snapshot],
    )
    store.execute("UPDATE identities SET reputation = ? WHERE did = ?", [scores["overall"], did])
    return snapshot


def _agent(ctx: Context, did: str) -> Row:
    row = ctx.store.one("SELECT * FROM identities WHERE did = ? AND deleted_at IS NULL", [did])
    if row is None:
        raise ApiError(404, "NOT_FOUND", f"{did} is not a registered agent")
    return row


def _limit(ctx: Context, default: int) -> int:
    try:
        value = int(ctx.query.get("limit", default))
    except (TypeError, ValueError):
        value = 0
    if not 1 <= value <= 100:
        raise ApiError(400, "INVALID_INPUT", "limit must be between 1 and 100", {"field": "limit"})
    return value


def _snapshot(ctx: Context, did: str) -> Result:
    _agent(ctx, did)
    return 200, compute_snapshot(ctx.store, did, ctx.now_ms)


def _history(ctx: Context, did: str) -> Result:
    _agent(ctx, did)
    limit = _limit(ctx, 30)
    compute_snapshot(ctx.store, did, ctx.now_ms)
    rows = ctx.store.all(
        "SELECT reputation_snapshot FROM reputation_history WHERE agent_did = ? ORDER BY day DESC LIMIT ?",
        [did, limit],
    )
    return 200, [r["reputation_snapshot"] for r in rows]  # type: ignore[return-value]


def _of_caller(read: Callable[[Context, str], Result]) -> Handler:
    return lambda ctx: read(ctx, ctx.agent)


def _of_path_agent(read: Callable[[Context, str], Result]) -> Handler:
    return lambda ctx: read(ctx, ctx.path[0])


# The current snapshot and the daily snapshots (newest first), of the caller or of the agent in the path.
route("getReputation")(_of_caller(_snapshot))
route("getAgentReputation")(_of_path_agent(_snapshot))
route("getReputationHistory")(_of_caller(_history))
route("getAgentReputationHistory")(_of_path_agent(_history))


@route("getReputationLeaderboard")
def leaderboard(ctx: Context) -> Result:
    """Registered agents by overall score (ties: more operations, then older registration)."""
    limit = _limit(ctx, 10)
    activity = _activities(ctx.store)
    entries = []
    for r in ctx.store.all("SELECT did, wallet_address, created_at FROM identities WHERE deleted_at IS NULL"):
        a = activity.get(r["did"], _Activity())
        entries.append((_scores(a)["overall"], a.receipts, r["created_at"], r["did"], r["wallet_address"], a))
    entries.sort(key=lambda e: (-e[0], -e[1], e[2], e[3]))
    board = [
        {
            "agentDID": did,
            "walletAddress": wallet,
            "reputationScore": score,
            "operationCount": ops,
            "totalEarnedUSD": micro_to_usd(a.earned_micro),
        }
        for score, ops, _, did, wallet, a in entries[:limit]
    ]
    return 200, board  # type: ignore[return-value]


def _domains(ctx: Context, did: str) -> dict[str, dict[str, Any]]:
    _agent(ctx, did)
    earned = {
        r["domain"]: int(r["earned"] or 0)
        for r in ctx.store.all(
            "SELECT h.domain, SUM(e.amount_micro) AS earned FROM royalty_events e "
            "JOIN heuristics h USING (heuristic_id) WHERE e.contributor_did = ? GROUP BY h.domain",
            [did],
        )
    }
    grouped: dict[str, list[tuple[float, float]]] = {}
    for domain, success, confidence in _activities(ctx.store, did).get(did, _Activity()).heuristics:
        grouped.setdefault(domain, []).append((success, confidence))
    result = {}
    for domain, items in sorted(grouped.items()):
        n = len(items)
        quality = sum(s * c for s, c in items) / n
        result[domain] = {
            "domain": domain,
            "score": round(70 * quality + 30 * min(1.0, n / 10), 2),
            "contributionCount": n,
            "successRate": round(sum(s for s, _ in items) / n, 4),
            "totalEarnedUSD": micro_to_usd(earned.get(domain, 0)),
        }
    return result


@route("getDomainReputation")
def own_domain(ctx: Context) -> Result:
    """The caller's reputation in one domain (``null`` when it has none)."""
    return 200, _domains(ctx, ctx.agent).get(ctx.path[0])  # type: ignore[return-value]


@route("getAgentDomainReputation")
def agent_domain(ctx: Context) -> Result:
    """An agent's reputation in one domain (``null`` when it has none)."""
    return 200, _domains(ctx, ctx.path[0]).get(ctx.path[1])  # type: ignore[return-value]


@route("listDomainReputations")
def own_domains(ctx: Context) -> Result:
    """The caller's reputation in every domain it contributed to."""
    return 200, list(_domains(ctx, ctx.agent).values())  # type: ignore[return-value]


@route("listAgentDomainReputations")
def agent_domains(ctx: Context) -> Result:
    """An agent's reputation in every domain it contributed to."""
    return 200, list(_domains(ctx, ctx.path[0]).values())  # type: ignore[return-value]


# -- ERC-8004 ----------------------------------------------------------------------------------------------


@functools.cache
def erc8004_addresses(network: str) -> tuple[str, str]:
    """The sandbox's (identity registry, export service) addresses on ``network`` (fictitious, deterministic)."""

    def address(role: str) -> str:
        return to_checksum_address(
            "0x" + keccak256(f"xache-sandbox/erc8004/{role}/{network}".encode())[-20:].hex()
        )

    return address("identity-registry"), address("export-service")


def _erc8004_agent_id(store: Store, wallet: str) -> str:
    row = store.one(
        "SELECT rowid FROM identities WHERE key_type = 'evm' AND lower(wallet_address) = ? "
        "AND deleted_at IS NULL",
        [wallet.lower()],
    )
    return "0" if row is None else str(row["rowid"])


def _typed_data(auth: dict[str, Any]) -> dict[str, Any]:
    domain = {
        "name": "ERC8004ReputationRegistry",
        "version": "1",
        "chainId": auth["chainId"],
        "verifyingContract": auth["identityRegistry"],
    }
    return {
        "domain": domain,
        "types": {"EIP712Domain": domain_type(domain), "FeedbackAuth": _FEEDBACK_AUTH},
        "primaryType": "FeedbackAuth",
        "message": {k: str(v) for k, v in auth.items()},
    }


def _bad(field: str, message: str) -> ApiError:
    return ApiError(400, "INVALID_INPUT", message, {"field": field})


@route("getERC8004AuthRequest")
def erc8004_auth_request(ctx: Context) -> Result:
    """The ``FeedbackAuth`` typed data the wallet signs to allow exporting reputation."""
    wallet = str(ctx.query.get("wallet", ""))
    if not _EVM_ADDRESS.fullmatch(wallet):
        raise _bad("wallet", "wallet must be an EVM address (0x + 40 hex digits)")
    network = str(ctx.query.get("network", "base-sepolia"))
    expiry_days = int(ctx.query.get("expiryDays", 365))
    index_limit = int(ctx.query.get("indexLimit", 100))
    if expiry_days > 3650:
        raise _bad("expiryDays", "expiryDays must be at most 3650")
    registry, service = erc8004_addresses(network)
    auth = {
        "agentId": _erc8004_agent_id(ctx.store, wallet),
        "clientAddress": service,
        "indexLimit": index_limit,
        "expiry": ctx.now_ms // 1000 + expiry_days * 86400,
        "chainId": CHAIN_IDS[network],
        "identityRegistry": registry,
        "signerAddress": to_checksum_address(wallet),
    }
    return 200, {"typedData": _typed_data(auth), "authorization": auth}


@route("submitERC8004Authorization")
def erc8004_authorize(ctx: Context) -> Result:
    """Verify and store a signed ``FeedbackAuth``; enables export for the calling agent."""
    body = ctx.json
    auth = dict(body["authorization"])
    network = str(body.get("network") or "base-sepolia")
    registry, service = erc8004_addresses(network)
    if auth["chainId"] != CHAIN_IDS[network]:
        raise _bad("authorization.chainId", f"chainId must be {CHAIN_IDS[network]} on {network}")
    if auth["identityRegistry"].lower() != registry.lower():
        raise _bad("authorization.identityRegistry", f"not the identity registry on {network}")
    if auth["clientAddress"].lower() != service.lower():
        raise _bad("authorization.clientAddress", "clientAddress must be the Xache export service")
    if not _EVM_ADDRESS.fullmatch(auth["signerAddress"]):
        raise _bad("authorization.signerAddress", "signerAddress must be an EVM address")
    if auth["expiry"] <= ctx.now_ms // 1000:
        raise _bad("authorization.expiry", "the authorization has expired")
    if auth["indexLimit"] < 1:
        raise _bad("authorization.indexLimit", "indexLimit must be at least 1")
    typed = _typed_data(auth)
    try:
        digest = hash_typed_data(typed["domain"], typed["types"], "FeedbackAuth", typed["message"])
        recovered = recover_address(digest, normalize_evm_signature(str(body["signature"])))
    except ValueError as exc:
        raise _bad("signature", f"signature is not valid: {exc}") from None
    if recovered.lower() != auth["signerAddress"].lower():
        raise _bad("signature", "the signature does not recover to signerAddress")
    agent = _agent(ctx, ctx.agent)
    allowed = {ctx.agent.rsplit(":", 1)[1].lower()}
    if agent["owner_did"]:
        allowed.add(str(agent["owner_did"]).rsplit(":", 1)[1].lower())
    if recovered.lower() not in allowed:
        raise ApiError(403, "FORBIDDEN", "signerAddress must be the agent's wallet or its owner's")
    authorization_id = "erc8004_" + secrets.token_hex(8)
    ctx.store.execute(
        "INSERT OR REPLACE INTO erc8004_authorizations (agent_did, authorization_id, network, erc8004_agent_id, "
        "signer_address, index_limit, expiry_s, signature, enabled, created_ms) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
        [
            ctx.agent,
            authorization_id,
            network,
            str(auth["agentId"]),
            recovered,
            auth["indexLimit"],
            auth["expiry"],
            str(body["signature"]),
            ctx.now_ms,
        ],
    )
    expires_at = iso(auth["expiry"] * 1000)
    return 200, {
        "success": True,
        "authorizationId": authorization_id,
        "expiresAt": expires_at,
        "indexLimit": auth["indexLimit"],
        "erc8004AgentId": str(auth["agentId"]),
        "agentId": str(auth["agentId"]),
        "message": f"ERC-8004 export enabled on {network} until {expires_at}",
    }


@route("disableERC8004Export")
def erc8004_disable(ctx: Context) -> Result:
    """Revoke the calling agent's export authorization."""
    changed = ctx.store.execute(
        "UPDATE erc8004_authorizations SET enabled = 0 WHERE agent_did = ? AND enabled = 1", [ctx.agent]
    )
    if not changed:
        raise ApiError(404, "NOT_FOUND", "ERC-8004 export is not enabled")
    return 200, {"success": True, "message": "ERC-8004 export disabled"}


@route("getERC8004Status")
def erc8004_status(ctx: Context) -> Result:
    """Whether export is enabled and still valid, with its limits."""
    row = ctx.store.one("SELECT * FROM erc8004_authorizations WHERE agent_did = ?", [ctx.agent])
    if row is None or not row["enabled"]:
        return 200, {"enabled": False, "isValid": False}
    return 200, {
        "enabled": True,
        "isValid": row["expiry_s"] > ctx.now_ms // 1000,
        "expiresAt": iso(row["expiry_s"] * 1000),
        "feedbacksUsed": 0,
        "feedbacksLimit": row["index_limit"],
        "erc8004AgentId": row["erc8004_agent_id"],
        "network": row["network"],
    }
