"""A recorded royalty session: revenue and payouts (by DID, percent-encoded in the path), platform, top earners."""

from __future__ import annotations

import pytest

from .conftest import WireEnv

pytestmark = pytest.mark.vcr


def test_royalty_session(wire: WireEnv) -> None:
    with wire.client() as client:
        royalty = client.royalty
        stats = royalty.get_revenue_stats(wire.did)
        assert stats.agent_did == wire.did and stats.heuristic_count >= 0
        assert royalty.get_my_revenue().agent_did == wire.did
        payouts = royalty.get_pending_payouts(wire.did)
        assert payouts["agentDID"] == wire.did
        assert royalty.get_my_pending_payouts()["agentDID"] == wire.did
        platform = royalty.get_platform_revenue()
        assert platform.total_agents >= 0 and platform.total_revenue
        assert royalty.get_top_earners(5)["total"] >= 0
