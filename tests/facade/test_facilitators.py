"""facilitators.* against the sandbox, blocking and async."""

from __future__ import annotations

import pytest
from harness import Connect

from xache_ext import ValidationError
from xache_ext.sandbox.payments import NETWORK, TREASURY


def test_list_get_select_supports(connect: Connect) -> None:
    h = connect(with_key=False)  # unsigned: a keyless client can list
    f = h.client.facilitators
    listed = h(f.list())
    assert [x.id for x in listed] == ["cdp"]
    cdp = listed[0]
    assert cdp.pay_to == {"evm": {NETWORK: TREASURY}} and cdp.healthy and "exact" in cdp.schemes
    assert h(f.get("cdp")) == cdp and h(f.get("nope")) is None
    assert h(f.get_environment()) == "testnet" and h(f.get_default_network()) == NETWORK
    selection = h(f.select("evm"))
    assert selection is not None and selection.facilitator == cdp and selection.reason == "fallback"
    assert h(f.select("solana")) is None
    f.set_preferences({"preferred_facilitators": ["cdp"]})
    assert h(f.select("evm", NETWORK)).reason == "preference"
    f.set_preferences({"avoid_networks": [NETWORK]})
    assert h(f.select("evm", NETWORK)) is None
    f.clear_preferences()
    assert f.get_preferences().avoid_networks == []
    assert h(f.supports("cdp", "evm", NETWORK)) is True
    assert h(f.supports("cdp", "solana", "solana-devnet")) is False
    assert h(f.supports("nope", "evm", NETWORK)) is False


def test_list_is_cached_for_five_minutes(connect: Connect) -> None:
    h = connect(with_key=False)
    f = h.client.facilitators
    first = h(f.list())
    h.client.close() if not h.is_async else h(h.client.close())  # a request now would fail
    assert h(f.list()) == first and h(f.select("evm")) is not None
    f.clear_cache()
    with pytest.raises(Exception):  # noqa: B017 - the closed client cannot refresh
        h(f.list())


def test_validation_sends_nothing(connect: Connect) -> None:
    h = connect(with_key=False, api_url="http://127.0.0.1:9")
    with pytest.raises(ValidationError):
        h(h.client.facilitators.select("btc"))  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        h(h.client.facilitators.get(""))
