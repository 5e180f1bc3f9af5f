"""A recorded facilitators session: the (unsigned, cached) list and everything answered from it."""

from __future__ import annotations

import pytest

from .conftest import WireEnv

pytestmark = pytest.mark.vcr


def test_facilitators_session(wire: WireEnv) -> None:
    with wire.client() as client:
        f = client.facilitators
        listed = f.list()
        assert listed and all(x.schemes for x in listed)
        first = listed[0]
        assert f.get(first.id) == first and f.get("nope") is None  # from the cache: no request
        assert f.get_environment() in ("testnet", "mainnet")
        network = f.get_default_network()
        selection = f.select(first.chains[0])
        assert selection is not None and selection.facilitator == first
        assert f.supports(first.id, first.chains[0], network) in (True, False)
        assert f.list(force_refresh=True) == listed  # the second and last request
