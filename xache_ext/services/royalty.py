"""Royalty: what an agent earns when its heuristics answer other agents' collective queries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any

import attrs
from xache_api.api.royalty import (
    get_pending_payouts,
    get_platform_revenue,
    get_revenue_stats,
    get_top_earners,
)

from ..facade.operations import M, Op, Service, build, operation
from ..facade.validation import check_int_range, require_text
from ..types.wire import KeyedResult, as_mapping, first, to_datetime, to_float, to_int, to_str

__all__ = [
    "HeuristicRevenue",
    "MonthlyEarning",
    "PendingPayout",
    "PendingPayouts",
    "PlatformRevenue",
    "RevenueStats",
    "RoyaltyService",
    "TopEarner",
    "TopEarners",
]


@attrs.frozen
class HeuristicRevenue:
    """What one heuristic earned."""

    heuristic_id: str
    pattern: str
    domain: str
    earned_usd: str
    usage_count: int


@attrs.frozen
class MonthlyEarning:
    """Earnings of one month (``YYYY-MM``)."""

    month: str
    earned_usd: str


@attrs.frozen
class RevenueStats:
    """An agent's royalty revenue: total, top heuristics, per domain and per month (USD decimal strings)."""

    agent_did: str
    total_earned_usd: str
    heuristic_count: int
    top_heuristics: list[HeuristicRevenue]
    earnings_by_domain: Mapping[str, str]
    monthly_earnings: list[MonthlyEarning]

    @classmethod
    def from_wire(cls, data: Any) -> RevenueStats:
        """Read the ``data`` of a revenue response."""
        d = as_mapping(data)
        return cls(
            agent_did=to_str(first(d, "agentDID", "agentDid", "agent_did")),
            total_earned_usd=to_str(first(d, "totalEarnedUSD", "total_earned_usd"), "0"),
            heuristic_count=to_int(first(d, "heuristicCount", "heuristic_count")),
            top_heuristics=[
                HeuristicRevenue(
                    heuristic_id=to_str(first(h, "heuristicId", "heuristic_id")),
                    pattern=to_str(h.get("pattern")),
                    domain=to_str(h.get("domain")),
                    earned_usd=to_str(first(h, "earnedUSD", "earned_usd"), "0"),
                    usage_count=to_int(first(h, "usageCount", "usage_count")),
                )
                for h in map(as_mapping, first(d, "topHeuristics", "top_heuristics", default=[]))
            ],
            earnings_by_domain={
                str(k): to_str(v, "0")
                for k, v in as_mapping(first(d, "earningsByDomain", "earnings_by_domain")).items()
            },
            monthly_earnings=[
                MonthlyEarning(
                    month=to_str(m.get("month")), earned_usd=to_str(first(m, "earnedUSD", "earned_usd"), "0")
                )
                for m in map(as_mapping, first(d, "monthlyEarnings", "monthly_earnings", default=[]))
            ],
        )


@attrs.frozen
class PendingPayout:
    """Earnings of one heuristic not yet paid out."""

    heuristic_id: str
    heuristic_key: str
    pending_amount: str
    last_query_at: dt.datetime | None
    query_count: int


@attrs.frozen
class PendingPayouts(KeyedResult):
    """An agent's pending payouts (also readable as the Python SDK's dict: ``result["pending_payouts"]``)."""

    agent_did: str
    pending_payouts: list[PendingPayout]
    total_pending_count: int
    total_pending_amount: str

    def __iter__(self) -> Iterator[PendingPayout]:
        return iter(self.pending_payouts)

    def __len__(self) -> int:
        return len(self.pending_payouts)

    @classmethod
    def from_wire(cls, data: Any) -> PendingPayouts:
        """Read the ``data`` of a payouts response."""
        d = as_mapping(data)
        items = [
            PendingPayout(
                heuristic_id=to_str(first(p, "heuristicId", "heuristic_id")),
                heuristic_key=to_str(
                    first(p, "heuristicKey", "heuristic_key", "heuristicId", "heuristic_id")
                ),
                pending_amount=to_str(first(p, "pendingAmount", "pending_amount"), "0"),
                last_query_at=to_datetime(first(p, "lastQueryAt", "last_query_at")),
                query_count=to_int(first(p, "queryCount", "query_count")),
            )
            for p in map(as_mapping, first(d, "pendingPayouts", "pending_payouts", default=[]))
        ]
        return cls(
            agent_did=to_str(first(d, "agentDID", "agentDid", "agent_did")),
            pending_payouts=items,
            total_pending_count=to_int(first(d, "totalPendingCount", "total_pending_count"), len(items)),
            total_pending_amount=to_str(first(d, "totalPendingAmount", "total_pending_amount"), "0"),
        )


@attrs.frozen
class PlatformRevenue:
    """Platform-wide royalty totals."""

    total_revenue: str
    total_agents: int
    total_heuristics: int
    total_queries: int
    average_revenue_per_agent: str


@attrs.frozen
class TopEarner:
    """A top earner."""

    rank: int
    agent_did: str
    total_earned_usd: str
    heuristic_count: int
    reputation_score: float


@attrs.frozen
class TopEarners(KeyedResult):
    """Top earners and how many agents earned (also readable as the Python SDK's dict: ``result["top_earners"]``)."""

    top_earners: list[TopEarner]
    total: int

    def __iter__(self) -> Iterator[TopEarner]:
        return iter(self.top_earners)

    def __len__(self) -> int:
        return len(self.top_earners)


class RoyaltyService(Service[M]):
    """Royalty revenue, pending payouts, platform totals and top earners."""

    def _revenue(self, agent_did: str) -> Op[RevenueStats]:
        require_text("agent_did", agent_did)
        reply = yield build(get_revenue_stats._get_kwargs, agent_did)
        return RevenueStats.from_wire(reply)

    def _payouts(self, agent_did: str) -> Op[PendingPayouts]:
        require_text("agent_did", agent_did)
        reply = yield build(get_pending_payouts._get_kwargs, agent_did)
        return PendingPayouts.from_wire(reply)

    @operation
    def get_revenue_stats(self, agent_did: str) -> Op[RevenueStats]:
        """An agent's royalty revenue (readable by the agent and its owner)."""
        return (yield from self._revenue(agent_did))

    @operation
    def get_pending_payouts(self, agent_did: str) -> Op[PendingPayouts]:
        """An agent's earnings not yet paid out (readable by the agent and its owner)."""
        return (yield from self._payouts(agent_did))

    @operation
    def get_platform_revenue(self) -> Op[PlatformRevenue]:
        """Platform-wide totals."""
        reply = yield build(get_platform_revenue._get_kwargs)
        d = as_mapping(reply)
        return PlatformRevenue(
            total_revenue=to_str(first(d, "totalRevenue", "total_revenue"), "0"),
            total_agents=to_int(first(d, "totalAgents", "total_agents")),
            total_heuristics=to_int(first(d, "totalHeuristics", "total_heuristics")),
            total_queries=to_int(first(d, "totalQueries", "total_queries")),
            average_revenue_per_agent=to_str(
                first(d, "averageRevenuePerAgent", "average_revenue_per_agent"), "0"
            ),
        )

    @operation
    def get_top_earners(self, limit: int = 20) -> Op[TopEarners]:
        """The ``limit`` (≥ 1) agents that earned most."""
        check_int_range("limit", limit, 1)
        reply = yield build(get_top_earners._get_kwargs, limit=limit)
        d = as_mapping(reply)
        earners = [
            TopEarner(
                rank=to_int(e.get("rank")),
                agent_did=to_str(first(e, "agentDID", "agentDid", "agent_did")),
                total_earned_usd=to_str(first(e, "totalEarnedUSD", "total_earned_usd"), "0"),
                heuristic_count=to_int(first(e, "heuristicCount", "heuristic_count")),
                reputation_score=to_float(first(e, "reputationScore", "reputation_score")),
            )
            for e in map(as_mapping, first(d, "topEarners", "top_earners", default=[]))
        ]
        return TopEarners(top_earners=earners, total=to_int(d.get("total"), len(earners)))

    @operation
    def get_my_revenue(self) -> Op[RevenueStats]:
        """This agent's royalty revenue."""
        return (yield from self._revenue(str(self._context.require_did())))

    @operation
    def get_my_pending_payouts(self) -> Op[PendingPayouts]:
        """This agent's pending payouts."""
        return (yield from self._payouts(str(self._context.require_did())))
