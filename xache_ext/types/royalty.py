"""Results of the royalty service (amounts are USD decimal strings)."""

from __future__ import annotations

import datetime as dt

from .base import ListResult, Result, result, wire

__all__ = [
    "HeuristicRevenue",
    "MonthlyEarning",
    "PendingPayout",
    "PendingPayouts",
    "PlatformRevenue",
    "RevenueStats",
    "TopEarner",
    "TopEarners",
]


@result
class HeuristicRevenue(Result):
    """What one heuristic earned."""

    heuristic_id: str
    pattern: str = ""
    domain: str = ""
    earned_usd: str = wire("earnedUSD")
    usage_count: int = 0


@result
class MonthlyEarning(Result):
    """Earnings of one month (``YYYY-MM``)."""

    month: str
    earned_usd: str = wire("earnedUSD")


@result
class RevenueStats(Result):
    """An agent's royalty revenue: total, top heuristics, per domain and per month."""

    agent_did: str = wire("agentDID")
    total_earned_usd: str = wire("totalEarnedUSD")
    heuristic_count: int
    top_heuristics: list[HeuristicRevenue] = wire(factory=list)
    earnings_by_domain: dict[str, str] = wire(factory=dict)
    monthly_earnings: list[MonthlyEarning] = wire(factory=list)


@result
class PendingPayout(Result):
    """Earnings of one heuristic not yet paid out (``heuristic_key`` falls back to the heuristic's id)."""

    heuristic_id: str
    heuristic_key: str = wire("heuristicKey", "heuristic_key", "heuristicId", "heuristic_id", default="")
    pending_amount: str
    last_query_at: dt.datetime | None = None
    query_count: int = 0


@result
class PendingPayouts(ListResult[PendingPayout]):
    """An agent's pending payouts (also readable as the Python SDK's dict: ``result["pending_payouts"]``)."""

    _items = "pending_payouts"

    agent_did: str = wire("agentDID")
    pending_payouts: list[PendingPayout]
    total_pending_count: int
    total_pending_amount: str


@result
class PlatformRevenue(Result):
    """Platform-wide royalty totals."""

    total_revenue: str
    total_agents: int
    total_heuristics: int
    total_queries: int
    average_revenue_per_agent: str


@result
class TopEarner(Result):
    """A top earner."""

    rank: int
    agent_did: str = wire("agentDID")
    total_earned_usd: str = wire("totalEarnedUSD")
    heuristic_count: int = 0
    reputation_score: float = 0.0


@result
class TopEarners(ListResult[TopEarner]):
    """Top earners and how many agents earned (also readable as the Python SDK's dict: ``result["top_earners"]``)."""

    _items = "top_earners"

    top_earners: list[TopEarner]
    total: int
