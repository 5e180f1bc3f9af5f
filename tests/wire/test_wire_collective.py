"""A recorded collective session: contribute (paid), query (paid) and browse the public heuristics."""

from __future__ import annotations

import pytest

from .conftest import WireEnv

pytestmark = pytest.mark.vcr


def test_collective_session(wire: WireEnv) -> None:
    with wire.client() as client:
        contributed = client.collective.contribute(
            pattern="Batch small writes to save gas on L2 rollups",
            pattern_hash="ab" * 32,
            domain="wire-ethereum",
            tags=["gas", "l2"],
            metrics={"success_rate": 0.9, "sample_size": 12, "confidence": 0.8},
            encrypted_content_ref="wire-ref-1",
            context_type="optimization",
        )
        assert contributed.heuristic_id and contributed.receipt_id
        result = client.collective.query("how to save gas on l2", domain="wire-ethereum", limit=5)
        assert contributed.heuristic_id in [m.heuristic_id for m in result.matches]
        page = client.collective.list_heuristics(domain="wire-ethereum", limit=1)
        assert contributed.heuristic_id in [h.heuristic_key for h in page]  # walks every page
        assert len(client.payments) == 2
