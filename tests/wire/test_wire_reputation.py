"""A recorded reputation session: snapshots, history, leaderboard, domains and the ERC-8004 export."""

from __future__ import annotations

import pytest

from .conftest import WireEnv

pytestmark = pytest.mark.vcr


def test_reputation_session(wire: WireEnv) -> None:
    with wire.client() as client:
        rep = client.reputation
        mine = rep.get_reputation()
        assert mine.agent_did == wire.did and 0 <= mine.overall <= 100
        assert rep.get_reputation(wire.did).agent_did == wire.did
        assert isinstance(rep.get_history(), list)
        assert isinstance(rep.get_history(wire.did, 5), list)
        assert isinstance(rep.get_top_agents(5), list)
        assert rep.get_domain_reputation("ethereum") is None  # no activity in that domain
        assert rep.get_domain_reputation("ethereum", wire.did) is None
        assert rep.get_all_domain_reputations() == []
        assert rep.get_all_domain_reputations(wire.did) == []
        assert rep.get_erc8004_status().enabled is False
        request = rep.build_erc8004_authorization(wire.did.split(":")[3], 30, 5, "base")
        assert request.typed_data.primary_type == "FeedbackAuth"
        signature = rep.sign_erc8004_authorization(request.typed_data)
        enabled = rep.submit_erc8004_authorization(request.authorization, signature, "base")
        assert enabled.success and enabled.index_limit == 5
        assert rep.get_erc8004_status().enabled is True
        assert rep.disable_erc8004_export().success
        assert rep.get_erc8004_status().enabled is False
