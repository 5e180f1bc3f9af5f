"""A recorded receipts session: a paid call, then receipts, their Merkle proof, analytics and anchors."""

from __future__ import annotations

import pytest

from .conftest import WireEnv

pytestmark = pytest.mark.vcr


def test_receipts_session(wire: WireEnv) -> None:
    with wire.client() as client:
        stored = client.memory.store(data={"receipt": "wanted"}, storage_tier="hot")
        assert stored.receipt_id
        receipts = list(client.receipts.list(limit=10))
        assert stored.receipt_id in [r.receipt_id for r in receipts]
        proof = client.receipts.get_proof(stored.receipt_id)
        assert proof.receipt_id == stored.receipt_id
        analytics = client.receipts.get_analytics(start_date="2024-01-01", end_date="2099-12-31")
        assert analytics is not None
        assert stored.receipt_id in [r.receipt_id for r in client.receipts.get_by_operation("memory.store")]
        assert client.receipts.get_total_spending() > 0
        anchors = client.receipts.list_anchors(from_date="2024-01-01T00:00:00Z", limit=10)
        assert anchors is not None
