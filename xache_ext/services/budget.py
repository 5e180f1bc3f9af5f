"""Budget: the agent's monthly spending limit, threshold alerts, and an owner's fleet cap."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable

from xache_api.api.budget import get_budget, get_fleet_budget, update_budget, update_fleet_budget
from xache_api.models import BudgetUpdateRequest, FleetBudgetUpdateRequest

from ..facade.context import ClientContext
from ..facade.operations import AsyncExecutor, M, Op, Service, SyncExecutor, build, operation
from ..facade.validation import check_number_range
from ..pipeline.callbacks import Callback
from ..types.base import Result, read, result
from ..types.budget import BudgetAlert, BudgetAlertLevel, BudgetStatus, FleetBudgetStatus

__all__ = ["BudgetService"]

THRESHOLDS = (50.0, 80.0, 100.0)


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


@result
class _UpdatedLimit(Result):
    limit_cents: int


@result
class _UpdatedFleetCap(Result):
    fleet_budget_cap_cents: int | None


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
        return read(BudgetStatus, reply)

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
        reply = yield build(update_budget._get_kwargs, body=BudgetUpdateRequest(limit_cents=limit_cents))
        return read(_UpdatedLimit, reply).limit_cents

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
        return read(FleetBudgetStatus, reply)

    @operation
    def update_fleet_cap(self, fleet_cap_cents: int | None) -> Op[int | None]:
        """Set the owner's fleet cap in cents (``None`` removes the cap); returns the new cap."""
        body = FleetBudgetUpdateRequest(fleet_cap_cents=fleet_cap_cents)
        reply = yield build(update_fleet_budget._get_kwargs, body=body)
        return read(_UpdatedFleetCap, reply).fleet_budget_cap_cents
