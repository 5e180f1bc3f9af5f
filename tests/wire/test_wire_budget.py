"""A recorded budget session: status, limit, alerts and the (owner-only) fleet budget."""

from __future__ import annotations

import pytest

from xache_ext.errors import APIStatusError

from .conftest import WireEnv

pytestmark = pytest.mark.vcr


def test_budget_session(wire: WireEnv) -> None:
    with wire.client() as client:
        status = client.budget.get_status()
        assert status.limit_cents >= 0
        assert client.budget.update_limit(7_500) == 7_500
        assert client.budget.can_afford(1) in (True, False)
        assert isinstance(client.budget.get_active_alerts(), list)
        assert client.budget.is_threshold_crossed(100) in (True, False)
        fleet_calls = [
            client.budget.get_fleet_status,
            lambda: client.budget.update_fleet_cap(20_000),
            lambda: client.budget.update_fleet_cap(None),
        ]
        for call in fleet_calls:
            try:  # owner-only: an agent DID may be refused (the recorded answer replays either way)
                call()
            except APIStatusError as exc:
                assert exc.status_code in (401, 403)
