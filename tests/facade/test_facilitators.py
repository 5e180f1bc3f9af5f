"""facilitators.* against the sandbox, blocking and async."""

from __future__ import annotations

from typing import Any

import pytest
from canned import REQUEST_ID, answering
from harness import Connect

from xache_ext import APIResponseValidationError, ValidationError
from xache_ext.sandbox.payments import NETWORK, SVM_NETWORK, SVM_TREASURY, TREASURY

CDP = {
    "id": "cdp",
    "name": "CDP",
    "chains": ["evm"],
    "networks": ["base"],
    "schemes": ["exact"],
    "priority": 1,
}


def test_list_get_select_supports(connect: Connect) -> None:
    h = connect(with_key=False)  # unsigned: a keyless client can list
    f = h.client.facilitators
    listed = h(f.list())
    assert [x.id for x in listed] == ["cdp"]
    cdp = listed[0]
    assert cdp.pay_to == {"evm": {NETWORK: TREASURY}, "solana": {SVM_NETWORK: SVM_TREASURY}}
    assert cdp.healthy and "exact" in cdp.schemes
    assert h(f.get("cdp")) == cdp and h(f.get("nope")) is None
    assert h(f.get_environment()) == "testnet" and h(f.get_default_network()) == NETWORK
    selection = h(f.select("evm"))
    assert selection is not None and selection.facilitator == cdp and selection.reason == "fallback"
    solana = h(f.select("solana"))
    assert solana is not None and solana.facilitator == cdp and SVM_NETWORK in cdp.networks
    assert h(f.select("solana", "solana")) is None  # mainnet: not offered by the sandbox
    f.set_preferences({"preferred_facilitators": ["cdp"]})
    assert h(f.select("evm", NETWORK)).reason == "preference"
    f.set_preferences({"avoid_networks": [NETWORK]})
    assert h(f.select("evm", NETWORK)) is None
    f.clear_preferences()
    assert f.get_preferences().avoid_networks == []
    assert h(f.supports("cdp", "evm", NETWORK)) is True
    assert h(f.supports("cdp", "solana", SVM_NETWORK)) is True
    assert h(f.supports("cdp", "solana", "solana")) is False  # mainnet: not offered by the sandbox
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


@pytest.mark.parametrize(
    ("data", "where"),
    [
        ({}, "data.facilitators is required"),
        ("facilitators", "data expected object"),
        ({"facilitators": [{"id": "cdp"}]}, "data.facilitators[0].name is required"),
        # a number, as the spec allows, but not the whole milliseconds the result promises
        (
            {"facilitators": [{**CDP, "lastHealthCheck": 1.5}]},
            "data.facilitators[0].lastHealthCheck expected int",
        ),
    ],
)
def test_a_malformed_answer_is_a_typed_error(data: Any, where: str) -> None:
    with answering(data) as client, pytest.raises(APIResponseValidationError) as caught:
        client.facilitators.list()
    assert where in str(caught.value)
    assert caught.value.status_code == 200 and caught.value.request_id == REQUEST_ID


def test_facilitator_list_reads_declared_fields_and_keeps_the_rest() -> None:
    answer = {"facilitators": [{**CDP, "payTo": {"evm": {"base": "0xabc"}}, "region": "eu"}]}
    with answering(answer) as client:
        (cdp,) = client.facilitators.list()
        assert client.facilitators.get_environment() == "testnet"  # the defaults when the answer names none
        assert client.facilitators.get_default_network() == "base-sepolia"
    assert cdp.healthy is True and cdp.priority == 1.0 and cdp.avg_latency_ms is None
    assert cdp.pay_to == {"evm": {"base": "0xabc"}} and cdp["payTo"] == cdp.pay_to and cdp["region"] == "eu"
