"""A recorded ephemeral session: working memory slots, export, renew and promote (paid through 402), terminate."""

from __future__ import annotations

import pytest

from .conftest import WireEnv

pytestmark = pytest.mark.vcr

FACTS = {"items": ["Alice works at Acme", "Acme is in Berlin"]}


def test_ephemeral_session(wire: WireEnv) -> None:
    with wire.client() as client:
        eph = client.ephemeral
        session = eph.create_session(ttl_seconds=600, max_windows=3, metadata={"task": "wire"})
        key = session.session_key
        assert session.status == "active" and session.max_windows == 3
        eph.write_slot(key, "facts", FACTS)
        eph.write_slot(key, "scratch", {"note": "temporary"})
        assert eph.read_slot(key, "facts") == FACTS
        assert set(eph.read_all_slots(key)) >= {"facts", "scratch"}
        eph.clear_slot(key, "scratch")
        assert isinstance(eph.get_structured(key).entities, list)
        assert eph.export_session(key) is not None
        assert eph.export_session(key, "markdown") is not None
        got = eph.get_session(key)
        assert got is not None and got.active_slots == ["facts"]
        assert [s.session_key for s in eph.list_sessions(status="active", limit=10)] == [key]
        renewed = eph.renew_session(key)
        assert renewed.window == session.window + 1
        promoted = eph.promote_session(key)
        assert promoted.memories_created >= 1
        other = eph.create_session()
        assert eph.terminate_session(other.session_key) is True
        assert eph.get_stats().total_sessions == 2
    # Paid through 402 and the paid retry: both creates, the renew and the promote.
    assert len(client.payments) == 4
