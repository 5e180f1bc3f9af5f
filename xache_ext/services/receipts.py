"""Receipts: the record of paid operations, their Merkle proofs, usage analytics and on-chain anchors."""

from __future__ import annotations

import builtins
import datetime as dt
from decimal import Decimal, InvalidOperation

import attrs
from xache_api.api.receipts import get_receipt_proof, get_usage_analytics, list_anchors, list_receipts

from ..crypto.merkle import from_hex, leaf_hash, verify_proof
from ..facade.operations import M, Op, Service, build, operation, paginated
from ..facade.pagination import PageData
from ..facade.validation import check_int_range, require_text, time_range
from ..logs import logger
from ..types.base import Result, read, result
from ..types.receipts import AnchorList, Receipt, ReceiptProof, UsageAnalytics

__all__ = ["ReceiptsService"]


@result
class _Receipts(Result):
    receipts: list[Receipt]
    total: int
    limit: int


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
        reply = yield build(list_receipts._get_kwargs, limit=limit, offset=offset)
        page = read(_Receipts, reply)
        return PageData(page.receipts, page.total, page.limit, offset)

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
        reply = yield build(get_receipt_proof._get_kwargs, receipt_id)
        proof = read(ReceiptProof, reply)
        verified = _verify(proof.receipt_id, proof.merkle_proof, proof.merkle_root)
        if not verified:
            logger.warning(
                "the Merkle proof of receipt %s does not lead to root %s", receipt_id, proof.merkle_root
            )
        return attrs.evolve(proof, verified=verified)

    @operation
    def get_analytics(
        self, start_date: str | dt.date | None = None, end_date: str | dt.date | None = None
    ) -> Op[UsageAnalytics]:
        """Spending per operation between two dates (``YYYY-MM-DD``, RFC 3339 date-times, or ``date``/``datetime``
        objects, a naive ``datetime`` being UTC), by default the current period."""
        start, end = time_range("start_date", start_date, "end_date", end_date)
        reply = yield build(get_usage_analytics._get_kwargs, start_date=start, end_date=end)
        return read(UsageAnalytics, reply)

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
        self,
        from_date: str | dt.datetime | None = None,
        to_date: str | dt.datetime | None = None,
        limit: int | None = None,
    ) -> Op[AnchorList]:
        """Hourly Merkle roots and their Base/Solana anchoring transactions between two RFC 3339 times (strings or
        ``datetime`` objects, a naive one being UTC)."""
        start, end = time_range("from_date", from_date, "to_date", to_date)
        reply = yield build(list_anchors._get_kwargs, from_=start, to=end, limit=limit)
        return read(AnchorList, reply)
