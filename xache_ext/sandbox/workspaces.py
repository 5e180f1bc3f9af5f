"""Workspaces (owner-only): an owner's named groups of registered agents, with a budget and analytics.

Semantics chosen for the sandbox:

* every endpoint needs an owner DID (403 for an agent DID); a workspace belongs to the owner that created it
  and any other caller gets 404 for it;
* names are unique among an owner's *enabled* workspaces (409);
* delete disables (``enabled: false``); a disabled workspace is still listed and readable, can be
  re-enabled with an update, and refuses new members (409);
* members must be registered (not deleted) agents (404 otherwise); adding one twice is a 409;
* analytics and budget are computed over the current calendar month (UTC) from the current members'
  receipts (spending, operations by type) and their live memories.
"""

from __future__ import annotations

import datetime as dt
import math
import secrets
from typing import Any

from .handlers import Context, Result, route
from .ledger import CREATED_UPDATED, ApiError, iso, micro_to_usd
from .store import Column, Row, add_schema, wire_fields

__all__: list[str] = []

add_schema(
    """
CREATE TABLE IF NOT EXISTS workspaces (
    workspace_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, owner_did TEXT NOT NULL, name TEXT NOT NULL,
    description TEXT, budget_limit_cents INTEGER, enabled_chains TEXT, enabled INTEGER NOT NULL,
    created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS workspaces_owner ON workspaces (owner_did, seq);
CREATE TABLE IF NOT EXISTS workspace_members (
    workspace_id TEXT NOT NULL, agent_did TEXT NOT NULL, role TEXT NOT NULL, added_ms INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, agent_did));
""",
    json_columns=["enabled_chains"],
)


def _require_owner(ctx: Context) -> None:
    if ctx.did is None or ctx.did.role != "owner":
        raise ApiError(403, "FORBIDDEN", "workspaces need an owner DID (did:owner:...)")


def _workspace(ctx: Context) -> Row:
    _require_owner(ctx)
    row = ctx.store.one(
        "SELECT * FROM workspaces WHERE workspace_id = ? AND owner_did = ?", [ctx.path[0], ctx.agent]
    )
    if row is None:
        raise ApiError(404, "NOT_FOUND", f"workspace {ctx.path[0]} not found")
    return row


_WORKSPACE: list[Column] = [
    *("workspaceId", "ownerDID", ("workspaceName", "name"), "description", "budgetLimitCents"),
    ("enabled", "enabled", bool),
    *CREATED_UPDATED,
]


def _data(row: Row) -> dict[str, Any]:
    return wire_fields(row, _WORKSPACE, ("enabledChains",))


def _check_name_free(ctx: Context, name: str, except_id: str | None = None) -> None:
    taken = ctx.store.scalar(
        "SELECT 1 FROM workspaces WHERE owner_did = ? AND name = ? AND enabled = 1 AND workspace_id != ?",
        [ctx.agent, name, except_id or ""],
    )
    if taken:
        raise ApiError(409, "CONFLICT", f"an enabled workspace named {name!r} already exists")


def _check_name(name: Any) -> str:
    if not isinstance(name, str) or not name.strip():
        raise ApiError(
            400, "INVALID_INPUT", "workspaceName must be a non-empty string", {"field": "workspaceName"}
        )
    return name


@route("createWorkspace")
def create(ctx: Context) -> Result:
    """Create an enabled workspace for the calling owner."""
    _require_owner(ctx)
    b = ctx.json
    name = _check_name(b.get("workspaceName"))
    _check_name_free(ctx, name)
    workspace_id = "ws_" + secrets.token_hex(8)
    seq = int(ctx.store.scalar("SELECT COALESCE(MAX(seq), 0) + 1 FROM workspaces") or 1)
    ctx.store.insert(
        "workspaces",
        {
            "workspace_id": workspace_id,
            "seq": seq,
            "owner_did": ctx.agent,
            "name": name,
            "description": b.get("description"),
            "budget_limit_cents": b.get("budgetLimitCents"),
            "enabled_chains": b.get("enabledChains"),
            "enabled": 1,
            "created_ms": ctx.now_ms,
            "updated_ms": ctx.now_ms,
        },
    )
    return 200, {
        "workspace": _data(ctx.store.row("SELECT * FROM workspaces WHERE workspace_id = ?", [workspace_id]))
    }


@route("listWorkspaces")
def list_all(ctx: Context) -> Result:
    """The calling owner's workspaces, oldest first."""
    _require_owner(ctx)
    rows = ctx.store.all("SELECT * FROM workspaces WHERE owner_did = ? ORDER BY seq", [ctx.agent])
    return 200, {"workspaces": [_data(r) for r in rows], "count": len(rows)}


@route("getWorkspace")
def get(ctx: Context) -> Result:
    """One workspace of the calling owner."""
    return 200, {"workspace": _data(_workspace(ctx))}


@route("updateWorkspace")
def update(ctx: Context) -> Result:
    """Change the given fields (``enabled`` disables or re-enables)."""
    row = _workspace(ctx)
    b = ctx.json
    columns = {
        "workspaceName": "name",
        "description": "description",
        "budgetLimitCents": "budget_limit_cents",
        "enabledChains": "enabled_chains",
        "enabled": "enabled",
    }
    changes: dict[str, Any] = {col: b[key] for key, col in columns.items() if key in b}
    if "name" in changes:
        _check_name(changes["name"])
    if "enabled" in changes:
        changes["enabled"] = 1 if changes["enabled"] else 0
    enabled = changes.get("enabled", row["enabled"])
    if enabled:
        _check_name_free(ctx, str(changes.get("name", row["name"])), row["workspace_id"])
    changes["updated_ms"] = ctx.now_ms
    sets = ", ".join(f"{col} = ?" for col in changes)
    ctx.store.execute(
        f"UPDATE workspaces SET {sets} WHERE workspace_id = ?",
        [*changes.values(), row["workspace_id"]],
    )
    return 200, {"workspace": _data(_workspace(ctx))}


@route("deleteWorkspace")
def delete(ctx: Context) -> Result:
    """Disable a workspace (idempotent: disabling a disabled workspace succeeds again)."""
    row = _workspace(ctx)
    ctx.store.execute(
        "UPDATE workspaces SET enabled = 0, updated_ms = ? WHERE workspace_id = ?",
        [ctx.now_ms, row["workspace_id"]],
    )
    return 200, {"message": f"workspace {row['workspace_id']} disabled"}


@route("addWorkspaceAgent")
def add_agent(ctx: Context) -> Result:
    """Add a registered agent to an enabled workspace."""
    row = _workspace(ctx)
    if not row["enabled"]:
        raise ApiError(409, "CONFLICT", "the workspace is disabled")
    agent, role = ctx.json.get("agentDID"), ctx.json.get("role") or "member"
    known = ctx.store.scalar("SELECT 1 FROM identities WHERE did = ? AND deleted_at IS NULL", [agent])
    if not known:
        raise ApiError(404, "NOT_FOUND", f"{agent} is not a registered agent", {"field": "agentDID"})
    exists = ctx.store.scalar(
        "SELECT 1 FROM workspace_members WHERE workspace_id = ? AND agent_did = ?",
        [row["workspace_id"], agent],
    )
    if exists:
        raise ApiError(409, "CONFLICT", f"{agent} is already a member of the workspace")
    ctx.store.insert(
        "workspace_members",
        {"workspace_id": row["workspace_id"], "agent_did": agent, "role": role, "added_ms": ctx.now_ms},
    )
    return 200, {
        "member": {
            "workspaceId": row["workspace_id"],
            "agentDID": agent,
            "role": role,
            "addedAt": iso(ctx.now_ms),
        }
    }


@route("removeWorkspaceAgent")
def remove_agent(ctx: Context) -> Result:
    """Remove a member."""
    row = _workspace(ctx)
    agent = ctx.path[1]
    removed = ctx.store.execute(
        "DELETE FROM workspace_members WHERE workspace_id = ? AND agent_did = ?", [row["workspace_id"], agent]
    )
    if not removed:
        raise ApiError(404, "NOT_FOUND", f"{agent} is not a member of the workspace")
    return 200, {"message": f"{agent} removed from workspace {row['workspace_id']}"}


def _members(ctx: Context, workspace_id: str) -> list[str]:
    rows = ctx.store.all(
        "SELECT agent_did FROM workspace_members WHERE workspace_id = ? ORDER BY added_ms, agent_did",
        [workspace_id],
    )
    return [r["agent_did"] for r in rows]


def _month(now_ms: int) -> tuple[int, int]:
    now = dt.datetime.fromtimestamp(now_ms / 1000, dt.UTC)
    start = dt.datetime(now.year, now.month, 1, tzinfo=dt.UTC)
    end = dt.datetime(now.year + (now.month == 12), now.month % 12 + 1, 1, tzinfo=dt.UTC)
    return int(start.timestamp() * 1000), int(end.timestamp() * 1000)


def _spent_micro(ctx: Context, did: str, start: int, end: int) -> int:
    value = ctx.store.scalar(
        "SELECT COALESCE(SUM(amount_micro), 0) FROM receipts WHERE agent_did = ? AND ts_ms >= ? AND ts_ms < ?",
        [did, start, end],
    )
    return int(value or 0)


@route("getWorkspaceAnalytics")
def analytics(ctx: Context) -> Result:
    """This month's operations and spending of the current members, and their live memories."""
    row = _workspace(ctx)
    members = _members(ctx, row["workspace_id"])
    start, end = _month(ctx.now_ms)
    by_type: dict[str, int] = {}
    spent = memories = 0
    for did in members:
        spent += _spent_micro(ctx, did, start, end)
        memories += int(
            ctx.store.scalar(
                "SELECT COUNT(*) FROM memories WHERE agent_did = ? AND deleted_ms IS NULL", [did]
            )
            or 0
        )
        for r in ctx.store.all(
            "SELECT operation, COUNT(*) AS n FROM receipts WHERE agent_did = ? AND ts_ms >= ? AND ts_ms < ? "
            "GROUP BY operation",
            [did, start, end],
        ):
            by_type[r["operation"]] = by_type.get(r["operation"], 0) + int(r["n"])
    return 200, {
        "analytics": {
            "workspaceId": row["workspace_id"],
            "totalAgents": len(members),
            "totalMemories": memories,
            "totalSpentUSD": micro_to_usd(spent),
            "totalOperations": sum(by_type.values()),
            "operationsByType": by_type,
            "periodStart": iso(start),
            "periodEnd": iso(end),
        }
    }


@route("getWorkspaceBudget")
def budget(ctx: Context) -> Result:
    """The workspace limit against this month's spending of the current members (cents rounded up)."""
    row = _workspace(ctx)
    start, end = _month(ctx.now_ms)
    spent = {
        did: math.ceil(_spent_micro(ctx, did, start, end) / 10_000)
        for did in _members(ctx, row["workspace_id"])
    }
    total = sum(spent.values())
    limit = row["budget_limit_cents"]
    return 200, {
        "budget": {
            "workspaceId": row["workspace_id"],
            "budgetLimitCents": limit,
            "totalSpentCents": total,
            "remainingCents": None if limit is None else max(limit - total, 0),
            "percentageUsed": None if limit is None else (round(total / limit * 100, 4) if limit else 0.0),
            "agentBudgets": [
                {
                    "agentDID": did,
                    "spentCents": cents,
                    "percentageOfTotal": round(cents / total * 100, 4) if total else 0.0,
                }
                for did, cents in spent.items()
            ],
        }
    }
