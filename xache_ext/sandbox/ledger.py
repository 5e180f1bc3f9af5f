"""Money in the sandbox: prices, monthly budgets and receipts (amounts kept as integer micro-USD)."""

from __future__ import annotations

import datetime as dt
import math
import secrets
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from .contract import Operation
from .store import Store

__all__ = [
    "ANCHORING_SURCHARGE_USD",
    "DEFAULT_LIMIT_CENTS",
    "ApiError",
    "budget_status",
    "check_budget",
    "iso",
    "limit_cents",
    "micro_to_usd",
    "new_receipt_id",
    "price_for",
    "record_receipt",
    "spent_cents",
    "spent_micro",
]

#: Monthly budget of an agent that never set one.
DEFAULT_LIMIT_CENTS = 10_000
#: Extra charge per receipt for ``anchoring: "immediate"``.
ANCHORING_SURCHARGE_USD = Decimal("0.005")


class ApiError(Exception):
    """An error answered with the error envelope."""

    def __init__(self, status: int, code: str, message: str, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details


def iso(ms: int | float) -> str:
    """ISO-8601 UTC with milliseconds and ``Z``."""
    stamp = dt.datetime.fromtimestamp(ms / 1000, dt.UTC).isoformat(timespec="milliseconds")
    return stamp.replace("+00:00", "Z")


CREATED_UPDATED: tuple[tuple[str, str, Callable[[Any], Any]], ...] = (
    ("createdAt", "created_ms", iso),
    ("updatedAt", "updated_ms", iso),
)
"""The wire fields of a row's creation and last update times (milliseconds in the database)."""


def micro_to_usd(micro: int) -> str:
    """Integer micro-USD → a plain decimal USD string (``2000`` → ``"0.002"``)."""
    text = format((Decimal(micro) / 1_000_000).normalize(), "f")
    return text


def new_receipt_id() -> str:
    """A fresh receipt id."""
    return "rcpt_" + secrets.token_hex(12)


def price_for(
    op: Operation, body: Any, overrides: Mapping[str, Decimal | str | float] | None
) -> Decimal | None:
    """The USD price of one call of ``op`` with ``body``; ``None`` when the operation is free."""
    base: tuple[Decimal, bool] | None = None
    if overrides:
        for key in (op.key, op.operation_id):
            if key is not None and key in overrides:
                known = op.spec_price() or (Decimal(0), False)
                base = (Decimal(str(overrides[key])), known[1])
                break
    if base is None:
        base = op.spec_price()
    if base is None:
        return None
    price, per_item = base
    if per_item:
        items = 1
        if isinstance(body, dict):
            for name in ("items", "storageKeys", "memoryIds"):
                if isinstance(body.get(name), list):
                    items = len(body[name])
                    break
        return price * items
    if isinstance(body, dict) and body.get("anchoring") == "immediate":
        price += ANCHORING_SURCHARGE_USD
    return price


def _month_bounds(now_ms: int) -> tuple[int, int, str]:
    now = dt.datetime.fromtimestamp(now_ms / 1000, dt.UTC)
    start = dt.datetime(now.year, now.month, 1, tzinfo=dt.UTC)
    end = dt.datetime(now.year + (now.month == 12), now.month % 12 + 1, 1, tzinfo=dt.UTC)
    return int(start.timestamp() * 1000), int(end.timestamp() * 1000), f"{now.year:04d}-{now.month:02d}"


def _limit_cents(store: Store, did: str) -> int:
    value = store.scalar("SELECT limit_cents FROM budgets WHERE agent_did = ?", [did])
    return DEFAULT_LIMIT_CENTS if value is None else int(value)


def _spent_micro(store: Store, did: str, now_ms: int) -> int:
    start, end, _ = _month_bounds(now_ms)
    value = store.scalar(
        "SELECT COALESCE(SUM(amount_micro), 0) FROM receipts WHERE agent_did = ? AND ts_ms >= ? AND ts_ms < ?",
        [did, start, end],
    )
    return int(value or 0)


def spent_micro(store: Store, did: str, now_ms: int) -> int:
    """This month's spending of ``did`` in micro-USD."""
    return _spent_micro(store, did, now_ms)


def spent_cents(store: Store, did: str, now_ms: int) -> int:
    """This month's spending of ``did`` in cents, rounded up."""
    return math.ceil(_spent_micro(store, did, now_ms) / 10_000)


def limit_cents(store: Store, did: str) -> int:
    """The monthly limit of ``did`` in cents."""
    return _limit_cents(store, did)


def budget_status(store: Store, did: str, now_ms: int) -> dict[str, Any]:
    """The ``GET /v1/budget`` data (cents rounded up)."""
    limit = _limit_cents(store, did)
    spent_micro = _spent_micro(store, did, now_ms)
    spent = math.ceil(spent_micro / 10_000)
    pct = round(spent_micro / (limit * 10_000) * 100, 4) if limit else (100.0 if spent_micro else 0.0)
    return {
        "limitCents": limit,
        "spentCents": spent,
        "remainingCents": max(limit - spent, 0),
        "percentageUsed": pct,
        "currentPeriod": _month_bounds(now_ms)[2],
    }


def check_budget(store: Store, did: str, amount_micro: int, now_ms: int) -> None:
    """Raise BUDGET_EXCEEDED if charging ``amount_micro`` would exceed this month's limit."""
    limit_micro = _limit_cents(store, did) * 10_000
    spent = _spent_micro(store, did, now_ms)
    if spent + amount_micro > limit_micro:
        raise ApiError(
            400,
            "BUDGET_EXCEEDED",
            "this operation would exceed the agent's monthly budget",
            {
                "limitCents": limit_micro // 10_000,
                "spentCents": math.ceil(spent / 10_000),
                "requiredCents": math.ceil(amount_micro / 10_000),
            },
        )


def record_receipt(
    store: Store,
    receipt_id: str,
    did: str,
    operation: str,
    amount_micro: int,
    now_ms: int,
    metadata: dict[str, Any] | None = None,
) -> None:
    """Write a receipt (this is what charges the budget)."""
    store.insert(
        "receipts",
        {
            "receipt_id": receipt_id,
            "agent_did": did,
            "operation": operation,
            "amount_micro": amount_micro,
            "ts_ms": now_ms,
            "metadata": metadata or {},
        },
    )
