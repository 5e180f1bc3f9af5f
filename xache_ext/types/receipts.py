"""Results of the receipts service: receipts, Merkle proofs, usage analytics and on-chain anchors."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .base import Result, result, wire

__all__ = [
    "Anchor",
    "AnchorList",
    "AnchorPeriod",
    "Anchored",
    "ChainAnchor",
    "OperationUsage",
    "Receipt",
    "ReceiptProof",
    "UsageAnalytics",
    "UsagePeriod",
]


@result
class Anchored(Result):
    """A paid write's receipt and how it is anchored on chain (a base of such results)."""

    receipt_id: str | None
    anchoring_tier: str | None = None
    anchoring_status: str | None = None
    estimated_anchor_time: str | None = None


@result
class Receipt(Result):
    """One paid operation."""

    receipt_id: str
    agent_did: str = wire("agentDID")
    operation: str
    amount_usd: str = wire("amountUSD")
    timestamp: dt.datetime | None
    metadata: dict[str, Any] | None = None


@result
class ReceiptProof(Result):
    """A receipt's Merkle proof; ``verified`` tells whether it leads to ``merkle_root`` on this machine."""

    receipt_id: str
    merkle_proof: list[str]
    merkle_root: str
    verified: bool = False  # computed by the client


@result
class OperationUsage(Result):
    """Usage of one operation over a period."""

    operation: str
    count: int
    total_cost: str


@result
class UsagePeriod(Result):
    """The period of a usage report."""

    start: str
    end: str


@result
class UsageAnalytics(Result):
    """Spending per operation over a period."""

    operations: list[OperationUsage]
    total_spent: str
    period: UsagePeriod

    @property
    def period_start(self) -> str:
        """The first day of the period."""
        return self.period.start

    @property
    def period_end(self) -> str:
        """The last day of the period."""
        return self.period.end


@result
class ChainAnchor(Result):
    """A Merkle root anchored on one chain."""

    tx_hash: str
    status: str
    gas_used: int | None = None
    anchored_at: dt.datetime | None = None


@result
class Anchor(Result):
    """One hourly batch of receipts and where its root was anchored."""

    hour: str
    merkle_root: str
    receipt_count: int
    base: ChainAnchor | None = None
    solana: ChainAnchor | None = None
    dual_anchored: bool


@result
class AnchorPeriod(Result):
    """The period an anchor listing covers (ISO-8601 times)."""

    from_: str = wire("from")
    to: str


@result
class AnchorList(Result):
    """Anchors over a period."""

    anchors: list[Anchor]
    total: int
    period: AnchorPeriod | None = None

    @property
    def period_from(self) -> str:
        """The start of the period ("" if the answer names none)."""
        return "" if self.period is None else self.period.from_

    @property
    def period_to(self) -> str:
        """The end of the period ("" if the answer names none)."""
        return "" if self.period is None else self.period.to
