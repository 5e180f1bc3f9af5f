"""Royalty: what an agent earns when its heuristics answer other agents' collective queries."""

from __future__ import annotations

from xache_api.api.royalty import (
    get_pending_payouts,
    get_platform_revenue,
    get_revenue_stats,
    get_top_earners,
)

from ..facade.operations import M, Op, Service, build, operation
from ..types.base import read
from ..types.royalty import PendingPayouts, PlatformRevenue, RevenueStats, TopEarners

__all__ = ["RoyaltyService"]


class RoyaltyService(Service[M]):
    """Royalty revenue, pending payouts, platform totals and top earners."""

    def _revenue(self, agent_did: str) -> Op[RevenueStats]:
        reply = yield build(get_revenue_stats._get_kwargs, agent_did)
        return read(RevenueStats, reply)

    def _payouts(self, agent_did: str) -> Op[PendingPayouts]:
        reply = yield build(get_pending_payouts._get_kwargs, agent_did)
        return read(PendingPayouts, reply)

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
        return read(PlatformRevenue, reply)

    @operation
    def get_top_earners(self, limit: int = 20) -> Op[TopEarners]:
        """The ``limit`` (≥ 1) agents that earned most."""
        reply = yield build(get_top_earners._get_kwargs, limit=limit)
        return read(TopEarners, reply)

    @operation
    def get_my_revenue(self) -> Op[RevenueStats]:
        """This agent's royalty revenue."""
        return (yield from self._revenue(str(self._context.require_did())))

    @operation
    def get_my_pending_payouts(self) -> Op[PendingPayouts]:
        """This agent's pending payouts."""
        return (yield from self._payouts(str(self._context.require_did())))
