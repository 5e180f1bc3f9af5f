"""Budget: the agent's monthly spending limit, threshold alerts, and an owner's fleet cap."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Awaitable, Callable

import attrs
from xache_api.api.budget import get_budget, get_fleet_budget, update_budget, update_fleet_budget
from xache_api.models import BudgetUpdateRequest, FleetBudgetUpdateRequest

from ..facade.context import ClientContext
from ..facade.operations import AsyncExecutor, M, Op, Service, SyncExecutor, build, operation
from ..facade.validation import check_int_range, check_number_range
from ..pipeline.callbacks import Callback
from ..types.wire import as_mapping, first, to_float, to_int, to_str

__all__ = [
    "BudgetAlert",
    "BudgetAlertLevel",
    "BudgetService",
    "BudgetStatus",
    "FleetAgentBudget",
    "FleetBudgetStatus",
]

MAX_LIMIT_CENTS = 1_000_000
THRESHOLDS = (50.0, 80.0, 100.0)


class BudgetAlertLevel(enum.Enum):
    """How serious a budget alert is."""

    WARN_50 = "WARN_50"
    WARN_80 = "WARN_80"
    CRITICAL_100 = "CRITICAL_100"


@attrs.frozen
class BudgetStatus:
    """This month's limit and spending, in cents."""

    limit_cents: int
    spent_cents: int
    remaining_cents: int
    percentage_used: float
    current_period: str


@attrs.frozen
class BudgetAlert:
    """A crossed spending threshold (50, 80 or 100 % of the limit)."""

    level: BudgetAlertLevel
    threshold: float
    percentage_used: float
    spent_cents: int
    limit_cents: int
    remaining_cents: int
    message: str
    timestamp: dt.datetime


AlertHandler = Callable[[BudgetAlert], Awaitable[None] | None]

_MESSAGES = {
    BudgetAlertLevel.WARN_50: "Half of the monthly budget is spent (50%).",
    BudgetAlertLevel.WARN_80: "The monthly budget is nearly spent (80%).",
    BudgetAlertLevel.CRITICAL_100: "The monthly budget is spent (100%); paid operations will be refused.",
}


def _alert(status: BudgetStatus, threshold: float) -> BudgetAlert:
    level = (
        BudgetAlertLevel.CRITICAL_100
        if threshold >= 100
        else BudgetAlertLevel.WARN_80
        if threshold >= 80
        else BudgetAlertLevel.WARN_50
    )
    return BudgetAlert(
        level=level,
        threshold=threshold,
        percentage_used=status.percentage_used,
        spent_cents=status.spent_cents,
        limit_cents=status.limit_cents,
        remaining_cents=status.remaining_cents,
        message=_MESSAGES[level],
        timestamp=dt.datetime.now(dt.UTC),
    )


@attrs.frozen
class FleetAgentBudget:
    """One agent's share of an owner's fleet."""

    agent_did: str
    name: str | None
    spent_cents: int
    limit_cents: int | None


@attrs.frozen
class FleetBudgetStatus:
    """An owner's fleet cap and spending across its agents (``None`` cap means unlimited)."""

    owner_did: str
    fleet_budget_cap_cents: int | None
    total_spent_cents: int
    remaining_cents: int | None
    percentage_used: float | None
    agent_count: int
    total_agent_limits_cents: int
    agents: list[FleetAgentBudget]


class BudgetService(Service[M]):
    """Read and set the monthly budget; get alerts when thresholds are crossed."""

    def __init__(self, executor: SyncExecutor | AsyncExecutor, context: ClientContext) -> None:
        super().__init__(executor, context)
        self._handlers: list[AlertHandler] = []
        self._last_alerted = 0.0

    def on_alert(self, handler: AlertHandler) -> None:
        """Call ``handler`` (sync, or async on the async client) when ``get_status`` sees a new threshold."""
        self._handlers.append(handler)

    def _fetch_status(self) -> Op[BudgetStatus]:
        reply = yield build(get_budget._get_kwargs)
        d = as_mapping(reply)
        return BudgetStatus(
            limit_cents=to_int(d.get("limitCents")),
            spent_cents=to_int(d.get("spentCents")),
            remaining_cents=to_int(d.get("remainingCents")),
            percentage_used=to_float(d.get("percentageUsed")),
            current_period=to_str(d.get("currentPeriod")),
        )

    @operation
    def get_status(self) -> Op[BudgetStatus]:
        """This month's budget; alert handlers hear of a newly crossed threshold."""
        status = yield from self._fetch_status()
        crossed = max((t for t in THRESHOLDS if status.percentage_used >= t), default=0.0)
        if crossed > self._last_alerted:
            self._last_alerted = crossed
            alert = _alert(status, crossed)
            for handler in list(self._handlers):
                yield Callback(handler, (alert,))
        return status

    @operation
    def update_limit(self, limit_cents: int) -> Op[int]:
        """Set the monthly limit in cents (0 to 1,000,000 = $10,000); returns the new limit."""
        check_int_range("limit_cents", limit_cents, 0, MAX_LIMIT_CENTS)
        body = BudgetUpdateRequest.from_dict({"limitCents": limit_cents})
        reply = yield build(update_budget._get_kwargs, body=body)
        return to_int(as_mapping(reply).get("limitCents"), limit_cents)

    @operation
    def can_afford(self, operation_cost_cents: int | float) -> Op[bool]:
        """Whether the remaining budget covers a cost in cents."""
        check_number_range("operation_cost_cents", operation_cost_cents, 0.0)
        status = yield from self._fetch_status()
        return status.remaining_cents >= operation_cost_cents

    @operation
    def get_active_alerts(self) -> Op[list[BudgetAlert]]:
        """An alert for every threshold the current spending has crossed."""
        status = yield from self._fetch_status()
        return [_alert(status, t) for t in THRESHOLDS if status.percentage_used >= t]

    @operation
    def is_threshold_crossed(self, threshold: float) -> Op[bool]:
        """Whether spending has reached ``threshold`` percent of the limit."""
        check_number_range("threshold", threshold, 0.0)
        status = yield from self._fetch_status()
        return status.percentage_used >= threshold

    @operation
    def get_fleet_status(self) -> Op[FleetBudgetStatus]:
        """The fleet cap and spending of the owner this client signs as."""
        reply = yield build(get_fleet_budget._get_kwargs)
        d = as_mapping(reply)
        agents = [
            FleetAgentBudget(
                agent_did=to_str(a.get("agentDID")),
                name=a.get("name"),
                spent_cents=to_int(a.get("spentCents")),
                limit_cents=None if a.get("limitCents") is None else to_int(a.get("limitCents")),
            )
            for a in map(as_mapping, d.get("agents") or [])
        ]
        cap = d.get("fleetBudgetCapCents")
        remaining = d.get("remainingCents")
        used = d.get("percentageUsed")
        return FleetBudgetStatus(
            owner_did=to_str(first(d, "ownerDID", "ownerDid")),
            fleet_budget_cap_cents=None if cap is None else to_int(cap),
            total_spent_cents=to_int(d.get("totalSpentCents")),
            remaining_cents=None if remaining is None else to_int(remaining),
            percentage_used=None if used is None else to_float(used),
            agent_count=to_int(d.get("agentCount"), len(agents)),
            total_agent_limits_cents=to_int(d.get("totalAgentLimitsCents")),
            agents=agents,
        )

    @operation
    def update_fleet_cap(self, fleet_cap_cents: int | None) -> Op[int | None]:
        """Set the owner's fleet cap in cents (``None`` removes the cap); returns the new cap."""
        if fleet_cap_cents is not None:
            check_int_range("fleet_cap_cents", fleet_cap_cents, 0)
        body = FleetBudgetUpdateRequest.from_dict({"fleetCapCents": fleet_cap_cents})
        reply = yield build(update_fleet_budget._get_kwargs, body=body)
        cap = as_mapping(reply).get("fleetBudgetCapCents", fleet_cap_cents)
        return None if cap is None else to_int(cap)
