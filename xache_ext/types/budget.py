"""Results of the budget service."""

from __future__ import annotations

import datetime as dt
import enum

from .base import Result, result, wire

__all__ = ["BudgetAlert", "BudgetAlertLevel", "BudgetStatus", "FleetAgentBudget", "FleetBudgetStatus"]


class BudgetAlertLevel(enum.Enum):
    """How serious a budget alert is."""

    WARN_50 = "WARN_50"
    WARN_80 = "WARN_80"
    CRITICAL_100 = "CRITICAL_100"


@result
class BudgetStatus(Result):
    """This month's limit and spending, in cents."""

    limit_cents: int
    spent_cents: int
    remaining_cents: int
    percentage_used: float
    current_period: str


@result
class BudgetAlert(Result):
    """A crossed spending threshold (50, 80 or 100 % of the limit), computed by the client."""

    level: BudgetAlertLevel
    threshold: float
    percentage_used: float
    spent_cents: int
    limit_cents: int
    remaining_cents: int
    message: str
    timestamp: dt.datetime


@result
class FleetAgentBudget(Result):
    """One agent's share of an owner's fleet."""

    agent_did: str = wire("agentDID")
    name: str | None = None
    spent_cents: int
    limit_cents: int | None = None


@result
class FleetBudgetStatus(Result):
    """An owner's fleet cap and spending across its agents (``None`` cap means unlimited)."""

    owner_did: str = wire("ownerDID", "ownerDid")
    fleet_budget_cap_cents: int | None = None
    total_spent_cents: int
    remaining_cents: int | None = None
    percentage_used: float | None = None
    agent_count: int
    total_agent_limits_cents: int = 0
    agents: list[FleetAgentBudget] = wire(factory=list)
