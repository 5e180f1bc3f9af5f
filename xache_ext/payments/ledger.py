"""The client's record of every payment it signed."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, Literal

import attrs

from .networks import address_key, resolve_network

__all__ = ["PaymentLedger", "PaymentRecord"]

#: Decimals of USDC, the only asset the SDK pays in.
USDC_DECIMALS = 6

PaymentStatus = Literal["sent", "accepted", "rejected", "failed", "unknown"]
"""``sent``: signed and sent, no answer yet; ``accepted``/``rejected``: the server said so about this payment;
``failed``: the server answered the paid request with a client error (an x402 server settles only after success,
but the client cannot verify that, so it counts toward the totals and ``max_total``); ``unknown``: it may have
charged: a 5xx answer, no answer, a cancelled call, or any error or refusal after an attempt that may have been
settled."""


@attrs.define
class PaymentRecord:
    """One payment: what was paid, for which request, and what the server answered.

    ``header_name``/``header_value`` are the payment header re-sent verbatim on a retry of the same call;
    the value is a signed authorization, so it is kept out of the repr.
    """

    challenge_id: str | None
    network: str
    asset: str
    amount: int
    pay_to: str
    resource: str
    header_name: str = attrs.field(repr=False)
    header_value: str = attrs.field(repr=False)
    created_at: dt.datetime = attrs.field(factory=lambda: dt.datetime.now(dt.UTC))
    status: PaymentStatus = "sent"
    receipt_id: str | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        raise TypeError("a PaymentRecord holds a signed payment authorization and is not pickled")

    @property
    def amount_usd(self) -> Decimal:
        """The amount in USD (USDC has 6 decimals on every network the SDK pays on)."""
        return Decimal(self.amount).scaleb(-USDC_DECIMALS)


class PaymentLedger:
    """A thread-safe list of the payments one client made, with the running total."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._records: list[PaymentRecord] = []

    def add(self, record: PaymentRecord) -> None:
        """Record a payment as soon as it is signed (it may be settled even if the answer is lost)."""
        with self._lock:
            self._records.append(record)

    @property
    def records(self) -> tuple[PaymentRecord, ...]:
        """Every payment so far, oldest first."""
        with self._lock:
            return tuple(self._records)

    @property
    def total_amount(self) -> int:
        """Atomic units of every payment not rejected by the server (``failed`` and ``unknown`` ones count: they
        may be charged)."""
        with self._lock:
            return sum(r.amount for r in self._records if r.status != "rejected")

    @property
    def total_usd(self) -> Decimal:
        """:attr:`total_amount` in USD."""
        return Decimal(self.total_amount).scaleb(-USDC_DECIMALS)

    def __iter__(self) -> Iterator[PaymentRecord]:
        """Every payment so far, oldest first (a snapshot: payments made meanwhile are not included)."""
        return iter(self.records)

    def recipients(self, network: str) -> frozenset[str]:
        """The ``payTo`` of every payment signed on ``network`` (short or CAIP-2 name), in comparable form
        (see :func:`~xache_ext.payments.networks.address_key`)."""
        wanted = resolve_network(network)
        with self._lock:
            records = list(self._records)
        return frozenset(
            address_key(r.pay_to)
            for r in records
            if (resolve_network(r.network) or r.network) == (wanted or network)
        )

    def __len__(self) -> int:
        with self._lock:
            return len(self._records)

    def __repr__(self) -> str:
        return f"PaymentLedger(payments={len(self)}, total_amount={self.total_amount}, total_usd={self.total_usd})"
