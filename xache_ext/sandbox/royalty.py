"""Royalties: what contributors earn when their heuristics answer collective queries.

Semantics of the sandbox (documented here because the live server's are not public):

* Every match a paid ``POST /v1/collective/query`` returns is recorded as one use of that heuristic
  (``royalty_events``), through :func:`record_query_royalties`, called by the query handler.
* Half of what the query paid (``ROYALTY_SHARE``) is shared equally, in integer micro-USD, among the matches
  whose contributor is not the querier (nobody earns from their own queries); the remainder of the division
  goes to the best match. A query priced at $0 records uses that earn nothing.
* The sandbox never settles payouts, so everything earned is pending: ``pendingPayouts`` lists each heuristic
  with earnings, its query count and its last use.
* Revenue and payouts of an agent are readable by that agent and by its owner (403 otherwise); the agent must
  be registered (404). Platform totals and top earners are readable by any signed caller.
"""

from __future__ import annotations

import secrets
from decimal import Decimal
from typing import Any

from .handlers import Context, Result, route
from .ledger import ApiError, iso, micro_to_usd
from .store import Store, add_schema

__all__ = ["ROYALTY_SHARE", "earnings_by_agent", "record_query_royalties"]

#: The share of a query's price paid out to the contributors of its matches.
ROYALTY_SHARE = Decimal("0.5")

add_schema(
    """
CREATE TABLE IF NOT EXISTS royalty_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, query_id TEXT NOT NULL, heuristic_id TEXT NOT NULL,
    contributor_did TEXT NOT NULL, querier_did TEXT NOT NULL, amount_micro INTEGER NOT NULL,
    ts_ms INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS royalty_events_contributor ON royalty_events (contributor_did, heuristic_id);
"""
)


def record_query_royalties(ctx: Context, matches: list[dict[str, Any]]) -> str:
    """Record one use per match, set each match's ``royaltyAmount``; returns the total royalties (USD)."""
    price_micro = int(Decimal(ctx.price_usd or "0") * 1_000_000)
    pool = int(price_micro * ROYALTY_SHARE)
    querier = str(ctx.did) if ctx.did is not None else ""
    paid = [m for m in matches if m.get("contributorDID") != querier]
    share, rest = divmod(pool, len(paid)) if paid else (0, 0)
    query_id = ctx.receipt_id or "query_" + secrets.token_hex(8)
    total = 0
    for m in matches:
        amount = 0
        if m.get("contributorDID") != querier:
            amount = share + (rest if m is paid[0] else 0)
        total += amount
        m["royaltyAmount"] = micro_to_usd(amount)
        ctx.store.insert(
            "royalty_events",
            {
                "query_id": query_id,
                "heuristic_id": m["heuristicId"],
                "contributor_did": m["contributorDID"],
                "querier_did": querier,
                "amount_micro": amount,
                "ts_ms": ctx.now_ms,
            },
        )
    return micro_to_usd(total)


def earnings_by_agent(store: Store, did: str | None = None) -> dict[str, tuple[int, int]]:
    """Contributor DID → (micro-USD earned, uses of their heuristics), for one agent or all of them."""
    where, params = ("WHERE contributor_did = ?", [did]) if did else ("", [])
    rows = store.all(
        "SELECT contributor_did AS did, SUM(amount_micro) AS earned, COUNT(*) AS uses "
        f"FROM royalty_events {where} GROUP BY contributor_did",
        params,
    )
    return {r["did"]: (int(r["earned"] or 0), int(r["uses"] or 0)) for r in rows}


def _readable_agent(ctx: Context, did: str) -> None:
    row = ctx.store.one("SELECT owner_did FROM identities WHERE did = ? AND deleted_at IS NULL", [did])
    if row is None:
        raise ApiError(404, "NOT_FOUND", f"{did} is not a registered agent")
    if ctx.agent != did and ctx.agent != row["owner_did"]:
        raise ApiError(403, "FORBIDDEN", "royalties are readable by the agent and its owner only")


def _per_heuristic(store: Store, did: str) -> list[dict[str, Any]]:
    return store.all(
        "SELECT e.heuristic_id, h.pattern, h.domain, SUM(e.amount_micro) AS earned, COUNT(*) AS uses, "
        "MAX(e.ts_ms) AS last_ms FROM royalty_events e LEFT JOIN heuristics h USING (heuristic_id) "
        "WHERE e.contributor_did = ? GROUP BY e.heuristic_id ORDER BY earned DESC, uses DESC, e.heuristic_id",
        [did],
    )


@route("getRevenueStats")
def revenue(ctx: Context) -> Result:
    """An agent's royalty revenue: total, per heuristic (top 10), per domain and per month."""
    did = ctx.path[0]
    _readable_agent(ctx, did)
    rows = _per_heuristic(ctx.store, did)
    by_domain: dict[str, int] = {}
    for r in rows:
        domain = r["domain"] or "unknown"
        by_domain[domain] = by_domain.get(domain, 0) + int(r["earned"] or 0)
    months = ctx.store.all(
        "SELECT strftime('%Y-%m', ts_ms / 1000, 'unixepoch') AS month, SUM(amount_micro) AS earned "
        "FROM royalty_events WHERE contributor_did = ? GROUP BY month ORDER BY month",
        [did],
    )
    contributed = int(
        ctx.store.scalar("SELECT COUNT(*) FROM heuristics WHERE contributor_did = ?", [did]) or 0
    )
    return 200, {
        "agentDID": did,
        "totalEarnedUSD": micro_to_usd(sum(int(r["earned"] or 0) for r in rows)),
        "heuristicCount": contributed,
        "topHeuristics": [
            {
                "heuristicId": r["heuristic_id"],
                "pattern": r["pattern"] or "",
                "domain": r["domain"] or "",
                "earnedUSD": micro_to_usd(int(r["earned"] or 0)),
                "usageCount": int(r["uses"]),
            }
            for r in rows[:10]
        ],
        "earningsByDomain": {d: micro_to_usd(v) for d, v in sorted(by_domain.items())},
        "monthlyEarnings": [
            {"month": m["month"], "earnedUSD": micro_to_usd(int(m["earned"] or 0))} for m in months
        ],
    }


@route("getPendingPayouts")
def payouts(ctx: Context) -> Result:
    """Earnings not yet paid out (in the sandbox: all of them), per heuristic."""
    did = ctx.path[0]
    _readable_agent(ctx, did)
    pending = [r for r in _per_heuristic(ctx.store, did) if int(r["earned"] or 0) > 0]
    return 200, {
        "agentDID": did,
        "pendingPayouts": [
            {
                "heuristicId": r["heuristic_id"],
                "heuristicKey": r["heuristic_id"],
                "pendingAmount": micro_to_usd(int(r["earned"])),
                "lastQueryAt": iso(int(r["last_ms"])),
                "queryCount": int(r["uses"]),
            }
            for r in pending
        ],
        "totalPendingCount": len(pending),
        "totalPendingAmount": micro_to_usd(sum(int(r["earned"]) for r in pending)),
    }


@route("getPlatformRevenue")
def platform(ctx: Context) -> Result:
    """Platform totals: royalties paid, earning agents, heuristics, queries that matched."""
    earned = int(ctx.store.scalar("SELECT SUM(amount_micro) FROM royalty_events") or 0)
    agents = int(
        ctx.store.scalar("SELECT COUNT(DISTINCT contributor_did) FROM royalty_events WHERE amount_micro > 0")
        or 0
    )
    heuristics = int(ctx.store.scalar("SELECT COUNT(*) FROM heuristics") or 0)
    queries = int(ctx.store.scalar("SELECT COUNT(DISTINCT query_id) FROM royalty_events") or 0)
    return 200, {
        "totalRevenue": micro_to_usd(earned),
        "totalAgents": agents,
        "totalHeuristics": heuristics,
        "totalQueries": queries,
        "averageRevenuePerAgent": micro_to_usd(earned // agents if agents else 0),
    }


@route("getTopEarners")
def top_earners(ctx: Context) -> Result:
    """Agents ranked by royalties earned (ties: more uses first, then DID)."""
    try:
        limit = int(ctx.query.get("limit", 20))
    except (TypeError, ValueError):
        raise ApiError(400, "INVALID_INPUT", "limit must be an integer", {"field": "limit"}) from None
    limit = max(1, limit)
    earners = sorted(
        ((did, e, u) for did, (e, u) in earnings_by_agent(ctx.store).items() if e > 0),
        key=lambda t: (-t[1], -t[2], t[0]),
    )
    counts = {
        r["contributor_did"]: int(r["n"])
        for r in ctx.store.all(
            "SELECT contributor_did, COUNT(*) AS n FROM heuristics GROUP BY contributor_did"
        )
    }
    scores = {
        r["did"]: float(r["reputation"]) for r in ctx.store.all("SELECT did, reputation FROM identities")
    }
    return 200, {
        "topEarners": [
            {
                "rank": rank,
                "agentDID": did,
                "totalEarnedUSD": micro_to_usd(earned),
                "heuristicCount": counts.get(did, 0),
                "reputationScore": scores.get(did, 0.0),
            }
            for rank, (did, earned, _) in enumerate(earners[:limit], start=1)
        ],
        "total": len(earners),
    }
