"""The replay is loose about volatile values and strict about the shape of each request."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import vcr as vcrpy
from vcr.errors import CannotOverwriteExistingCassetteException

from .conftest import CASSETTES, WireEnv, same_shape, scrub_request


@pytest.fixture
def budget_cassette(wire: WireEnv) -> Iterator[Any]:
    """The recorded budget session, opened read-only (never re-recorded from here)."""
    if wire.recording:
        pytest.skip("checks the replay of existing cassettes")
    player = vcrpy.VCR(record_mode="none", match_on=["shape"], before_record_request=scrub_request)
    player.register_matcher("shape", same_shape)
    with player.use_cassette(str(CASSETTES / "test_budget_session.yaml")) as cassette:
        yield cassette


def test_fresh_signatures_and_timestamps_replay(wire: WireEnv, budget_cassette: Any) -> None:
    with wire.client() as client:
        client.budget.get_status()
        assert client.budget.update_limit(7_500) == 7_500
    assert budget_cassette.play_count == 2


def test_a_renamed_body_field_does_not_replay(
    wire: WireEnv, budget_cassette: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from xache_api.models import BudgetUpdateRequest

    monkeypatch.setattr(
        BudgetUpdateRequest,
        "to_dict",
        lambda self: {"limitCents": self.limit_cents, "limit": self.limit_cents},
    )
    with wire.client() as client:
        client.budget.get_status()
        with pytest.raises(CannotOverwriteExistingCassetteException):
            client.budget.update_limit(7_500)


def test_an_unsigned_request_does_not_replay(wire: WireEnv, budget_cassette: Any) -> None:
    """Signature headers count as present or absent: a request that lost them is a different request."""
    import httpx

    with pytest.raises(CannotOverwriteExistingCassetteException):
        httpx.get(f"{wire.api_url}/v1/budget", headers={"Content-Type": "application/json"})
