"""Receipts: the record of paid operations, their Merkle proofs, usage analytics and on-chain anchors."""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

import attrs
from xache_api.api.receipts import get_receipt_proof, get_usage_analytics, list_anchors, list_receipts

from ..crypto.merkle import from_hex, leaf_hash, verify_proof
from ..facade.operations import M, Op, Service, build, operation, paginated
from ..facade.pagination import PageData
from ..facade.validation import check_int_range, require_text
from ..logs import logger
from ..types.wire import as_mapping, first, to_datetime, to_int, to_str

__all__ = [
    "Anchor",
    "AnchorList",
    "ChainAnchor",
    "OperationUsage",
    "Receipt",
    "ReceiptProof",
    "ReceiptsService",
    "UsageAnalytics",
]


@attrs.frozen
class Receipt:
    """One paid operation."""

    receipt_id: str
    agent_did: str
    operation: str
    amount_usd: str
    timestamp: dt.datetime | None
    metadata: Mapping[str, Any] | None = None

    @classmethod
    def from_wire(cls, item: Any) -> Receipt:
        """Read a receipt in either casing."""
        d = as_mapping(item)
        return cls(
            receipt_id=to_str(first(d, "receiptId", "receipt_id")),
            agent_did=to_str(first(d, "agentDID", "agent_did")),
            operation=to_str(d.get("operation")),
            amount_usd=to_str(first(d, "amountUSD", "amount_usd"), "0"),
            timestamp=to_datetime(d.get("timestamp")),
            metadata=d.get("metadata"),
        )


@attrs.frozen
class ReceiptProof:
    """A receipt's Merkle proof; ``verified`` tells whether it leads to ``merkle_root`` on this machine."""

    receipt_id: str
    merkle_proof: list[str]
    merkle_root: str
    verified: bool


@attrs.frozen
class OperationUsage:
    """Usage of one operation over a period."""

    operation: str
    count: int
    total_cost: str


@attrs.frozen
class UsageAnalytics:
    """Spending per operation over a period."""

    operations: list[OperationUsage]
    total_spent: str
    period_start: str
    period_end: str


@attrs.frozen
class ChainAnchor:
    """A Merkle root anchored on one chain."""

    tx_hash: str
    status: str
    gas_used: int | None = None
    anchored_at: dt.datetime | None = None


@attrs.frozen
class Anchor:
    """One hourly batch of receipts and where its root was anchored."""

    hour: str
    merkle_root: str
    receipt_count: int
    base: ChainAnchor | None
    solana: ChainAnchor | None
    dual_anchored: bool


@attrs.frozen
class AnchorList:
    """Anchors over a period."""

    anchors: list[Anchor]
    total: int
    period_from: str
    period_to: str


def _chain_anchor(value: Any) -> ChainAnchor | None:
    if not isinstance(value, Mapping):
        return None
    gas = value.get("gasUsed")
    return ChainAnchor(
        tx_hash=to_str(value.get("txHash")),
        status=to_str(value.get("status")),
        gas_used=None if gas is None else to_int(gas),
        anchored_at=to_datetime(value.get("anchoredAt")),
    )


def _verify(receipt_id: str, proof: list[str], root: str) -> bool:
    try:
        return verify_proof(leaf_hash(receipt_id), [from_hex(p) for p in proof], from_hex(root))
    except ValueError:
        return False


def _usd(value: str) -> Decimal:
    try:
        return Decimal(value)
    except InvalidOperation:
        return Decimal(0)


class ReceiptsService(Service[M]):
    """Receipts of paid operations, with proofs and analytics."""

    def _page(self, limit: int, offset: int) -> Op[PageData[Receipt]]:
        check_int_range("limit", limit, 1, 100)
        check_int_range("offset", offset, 0)
        reply = yield build(list_receipts._get_kwargs, limit=limit, offset=offset)
        d = as_mapping(reply)
        items = [Receipt.from_wire(r) for r in d.get("receipts") or []]
        return PageData(items, to_int(d.get("total"), len(items)), to_int(d.get("limit"), limit), offset)

    def _all(self, page_size: int = 100) -> Op[list[Receipt]]:
        receipts: list[Receipt] = []
        offset: int | None = 0
        while offset is not None:
            page = yield from self._page(page_size, offset)
            receipts.extend(page.items)
            offset = page.next_offset()
        return receipts

    @paginated
    def list(self, limit: int = 50, offset: int = 0) -> Op[PageData[Receipt]]:
        """Receipts, newest first; iterate the page to walk every page."""
        return (yield from self._page(limit, offset))

    @operation
    def get_proof(self, receipt_id: str) -> Op[ReceiptProof]:
        """A receipt's Merkle proof, verified locally against its root."""
        require_text("receipt_id", receipt_id)
        reply = yield build(get_receipt_proof._get_kwargs, receipt_id)
        d = as_mapping(reply)
        proof = [str(p) for p in d.get("merkleProof") or []]
        root = to_str(d.get("merkleRoot"))
        verified = _verify(to_str(d.get("receiptId"), receipt_id), proof, root)
        if not verified:
            logger.warning("the Merkle proof of receipt %s does not lead to root %s", receipt_id, root)
        return ReceiptProof(to_str(d.get("receiptId"), receipt_id), proof, root, verified)

    @operation
    def get_analytics(self, start_date: str | None = None, end_date: str | None = None) -> Op[UsageAnalytics]:
        """Spending per operation between two dates (``YYYY-MM-DD``), by default the current period."""
        reply = yield build(get_usage_analytics._get_kwargs, start_date=start_date, end_date=end_date)
        d = as_mapping(reply)
        period = as_mapping(d.get("period"))
        return UsageAnalytics(
            operations=[
                OperationUsage(
                    to_str(o.get("operation")), to_int(o.get("count")), to_str(o.get("totalCost"), "0")
                )
                for o in map(as_mapping, d.get("operations") or [])
            ],
            total_spent=to_str(d.get("totalSpent"), "0"),
            period_start=to_str(period.get("start")),
            period_end=to_str(period.get("end")),
        )

    @operation
    def get_by_operation(self, operation: str, limit: int = 50) -> Op[builtins.list[Receipt]]:
        """Receipts of one operation (e.g. ``memory.store``), up to ``limit``."""
        require_text("operation", operation)
        check_int_range("limit", limit, 1)
        receipts = yield from self._all()
        return [r for r in receipts if r.operation == operation][:limit]

    @operation
    def get_total_spending(self) -> Op[float]:
        """The sum of every receipt's amount, in USD."""
        receipts = yield from self._all()
        return float(sum((_usd(r.amount_usd) for r in receipts), Decimal(0)))

    @operation
    def list_anchors(
        self, from_date: str | None = None, to_date: str | None = None, limit: int | None = None
    ) -> Op[AnchorList]:
        """Hourly Merkle roots and their Base/Solana anchoring transactions between two ISO times."""
        if limit is not None:
            check_int_range("limit", limit, 1, 1000)
        reply = yield build(list_anchors._get_kwargs, from_=from_date, to=to_date, limit=limit)
        d = as_mapping(reply)
        period = as_mapping(d.get("period"))
        anchors = [
            Anchor(
                hour=to_str(a.get("hour")),
                merkle_root=to_str(a.get("merkleRoot")),
                receipt_count=to_int(a.get("receiptCount")),
                base=_chain_anchor(a.get("base")),
                solana=_chain_anchor(a.get("solana")),
                dual_anchored=bool(a.get("dualAnchored")),
            )
            for a in map(as_mapping, d.get("anchors") or [])
        ]
        return AnchorList(
            anchors,
            to_int(d.get("total"), len(anchors)),
            to_str(period.get("from")),
            to_str(period.get("to")),
        )
