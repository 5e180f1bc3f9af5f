"""Ownership claims (an owner DID claiming an agent) and owners' fleet budgets."""

from __future__ import annotations

import re
import secrets
from typing import Any

from ..crypto.did import parse_did
from ..errors import InvalidDIDError
from .handlers import Context, Result, route
from .ledger import ApiError, iso, limit_cents, spent_cents
from .store import Row, add_schema

__all__: list[str] = []

add_schema(
    """
CREATE TABLE IF NOT EXISTS claims (
    claim_id TEXT PRIMARY KEY, agent_did TEXT NOT NULL, owner_did TEXT NOT NULL, webhook_url TEXT,
    status TEXT NOT NULL, requested_ms INTEGER NOT NULL, decided_ms INTEGER);
CREATE TABLE IF NOT EXISTS fleet_caps (owner_did TEXT PRIMARY KEY, cap_cents INTEGER);
"""
)

_EVM_TX = re.compile(r"0x[0-9a-fA-F]{64}")
_SOL_TX = re.compile(r"[1-9A-HJ-NP-Za-km-z]{64,88}")


def _identity(ctx: Context, did: Any, field: str) -> Row:
    if not isinstance(did, str):
        raise ApiError(400, "INVALID_INPUT", f"{field} is required", {"field": field})
    row = ctx.store.one("SELECT * FROM identities WHERE did = ? AND deleted_at IS NULL", [did])
    if row is None:
        raise ApiError(404, "NOT_FOUND", f"{did} is not a registered agent")
    return row


def _require_owner(ctx: Context) -> None:
    if ctx.did is None or ctx.did.role != "owner":
        raise ApiError(403, "FORBIDDEN", "this endpoint needs an owner DID (did:owner:...)")


def _require_self(ctx: Context, did: str) -> None:
    if did != ctx.agent:
        raise ApiError(403, "FORBIDDEN", "a DID can only read its own claims")


def _wallet(did: str) -> str:
    try:
        return parse_did(did).address
    except InvalidDIDError:
        return ""


@route("submitClaimRequest")
def claim_request(ctx: Context) -> Result:
    """An owner asks to own an agent; the agent decides later."""
    agent = _identity(ctx, ctx.json.get("agentDID"), "agentDID")
    if agent["owner_did"] == ctx.agent:
        raise ApiError(409, "CONFLICT", "this owner already owns the agent")
    pending = ctx.store.scalar(
        "SELECT 1 FROM claims WHERE agent_did = ? AND owner_did = ? AND status = 'pending'",
        [agent["did"], ctx.agent],
    )
    if pending:
        raise ApiError(409, "CONFLICT", "a claim for this agent is already pending")
    claim_id = "claim_" + secrets.token_hex(8)
    ctx.store.insert(
        "claims",
        {
            "claim_id": claim_id,
            "agent_did": agent["did"],
            "owner_did": ctx.agent,
            "webhook_url": ctx.json.get("webhookUrl"),
            "status": "pending",
            "requested_ms": ctx.now_ms,
        },
    )
    return 200, {"claimId": claim_id, "status": "pending", "message": "the agent must approve the claim"}


@route("processClaimRequest")
def claim_process(ctx: Context) -> Result:
    """The agent approves (with both signatures) or rejects an owner's pending claim."""
    b = ctx.json
    owner = b.get("ownerDID")
    claim = ctx.store.one(
        "SELECT * FROM claims WHERE agent_did = ? AND owner_did = ? AND status = 'pending'",
        [ctx.agent, owner],
    )
    if claim is None:
        raise ApiError(404, "NOT_FOUND", "no pending claim from this owner")
    approved = b.get("approved") is True
    if approved and not (b.get("ownerSignature") and b.get("agentSignature")):
        raise ApiError(400, "INVALID_INPUT", "approval needs ownerSignature and agentSignature")
    status = "approved" if approved else "rejected"
    # The app runs every handler inside one transaction.
    ctx.store.execute(
        "UPDATE claims SET status = ?, decided_ms = ? WHERE claim_id = ?",
        [status, ctx.now_ms, claim["claim_id"]],
    )
    if approved:
        ctx.store.execute("UPDATE identities SET owner_did = ? WHERE did = ?", [owner, ctx.agent])
    return 200, {"status": status, "message": f"claim {status}"}


@route("getPendingClaimsForAgent")
def pending_for_agent(ctx: Context) -> Result:
    """Claims waiting for this agent's decision."""
    _require_self(ctx, ctx.path[0])
    rows = ctx.store.all(
        "SELECT * FROM claims WHERE agent_did = ? AND status = 'pending' ORDER BY requested_ms", [ctx.agent]
    )
    claims = []
    for r in rows:
        item = {
            "claimId": r["claim_id"],
            "ownerDID": r["owner_did"],
            "ownerWallet": _wallet(r["owner_did"]),
            "requestedAt": iso(r["requested_ms"]),
        }
        if r["webhook_url"]:
            item["webhookUrl"] = r["webhook_url"]
        claims.append(item)
    return 200, {"claims": claims, "count": len(claims)}


@route("getPendingClaimsByOwner")
def pending_by_owner(ctx: Context) -> Result:
    """The claims this owner made that are still pending."""
    _require_self(ctx, ctx.path[0])
    rows = ctx.store.all(
        "SELECT * FROM claims WHERE owner_did = ? AND status = 'pending' ORDER BY requested_ms", [ctx.agent]
    )
    claims = [
        {
            "agentDID": r["agent_did"],
            "agentWallet": _wallet(r["agent_did"]),
            "requestedAt": iso(r["requested_ms"]),
            "status": r["status"],
        }
        for r in rows
    ]
    return 200, {"claims": claims, "count": len(claims)}


@route("claimOnChain")
def claim_onchain(ctx: Context) -> Result:
    """An owner claims an agent by pointing at an on-chain transaction (its shape is checked, not the chain)."""
    _require_owner(ctx)
    b = ctx.json
    agent = _identity(ctx, b.get("agentDID"), "agentDID")
    chain, tx_hash = b.get("chain"), b.get("txHash")
    pattern = _EVM_TX if chain == "base" else _SOL_TX
    if not isinstance(tx_hash, str) or not pattern.fullmatch(tx_hash):
        raise ApiError(400, "INVALID_INPUT", f"txHash is not a {chain} transaction id", {"field": "txHash"})
    ctx.store.execute("UPDATE identities SET owner_did = ? WHERE did = ?", [ctx.agent, agent["did"]])
    return 200, {
        "status": "approved",
        "txHash": tx_hash,
        "method": f"onchain-{chain}",
        "message": f"{agent['did']} is now owned by {ctx.agent}",
    }


def _usd(cents: int | None) -> str | None:
    return None if cents is None else f"{cents / 100:.2f}"


@route("getFleetBudget")
def fleet_status(ctx: Context) -> Result:
    """An owner's fleet cap and the spending of every agent it owns, this month."""
    _require_owner(ctx)
    cap_row = ctx.store.one("SELECT cap_cents FROM fleet_caps WHERE owner_did = ?", [ctx.agent])
    cap = None if cap_row is None else cap_row["cap_cents"]
    agents = ctx.store.all(
        "SELECT did, name FROM identities WHERE owner_did = ? AND deleted_at IS NULL ORDER BY did",
        [ctx.agent],
    )
    members = [
        {
            "agentDID": a["did"],
            "name": a["name"],
            "spentCents": spent_cents(ctx.store, a["did"], ctx.now_ms),
            "limitCents": limit_cents(ctx.store, a["did"]),
        }
        for a in agents
    ]
    total = sum(m["spentCents"] for m in members)
    remaining = None if cap is None else max(cap - total, 0)
    return 200, {
        "ownerDID": ctx.agent,
        "fleetBudgetCapCents": cap,
        "fleetBudgetCapUSD": _usd(cap),
        "totalSpentCents": total,
        "totalSpentUSD": _usd(total),
        "remainingCents": remaining,
        "remainingUSD": _usd(remaining),
        "percentageUsed": None if not cap else round(total / cap * 100, 4),
        "agentCount": len(members),
        "totalAgentLimitsCents": sum(m["limitCents"] for m in members),
        "agents": members,
    }


@route("updateFleetBudget")
def fleet_update(ctx: Context) -> Result:
    """Set (or with ``null`` remove) an owner's fleet cap."""
    _require_owner(ctx)
    cap = ctx.json.get("fleetCapCents")
    if cap is not None and (isinstance(cap, bool) or not isinstance(cap, int | float) or cap < 0):
        raise ApiError(
            400, "INVALID_INPUT", "fleetCapCents must be a number >= 0 or null", {"field": "fleetCapCents"}
        )
    value = None if cap is None else int(cap)
    ctx.store.execute(
        "INSERT OR REPLACE INTO fleet_caps (owner_did, cap_cents) VALUES (?, ?)", [ctx.agent, value]
    )
    return 200, {"ownerDID": ctx.agent, "fleetBudgetCapCents": value, "updated": True}
