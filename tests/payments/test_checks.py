"""check_challenge as a pure function: networks (CAIP-2), amounts, recipients, assets, resources."""

from __future__ import annotations

import logging
from typing import Any

import attrs
import pytest

from xache_ext import PaymentPolicy, PaymentRecord, PaymentRequirement
from xache_ext.errors import PaymentChallengeError, PaymentRefusedError, PaymentUnsupportedError
from xache_ext.payments.challenge import MAX_ATOMIC_AMOUNT, PaymentChallenge, parse_atomic_amount
from xache_ext.payments.checks import check_challenge, check_pay_to
from xache_ext.payments.ledger import PaymentLedger
from xache_ext.payments.networks import NETWORKS, resolve_network

from .conftest import OTHER_TREASURY, TREASURY

URL = "https://api.xache.xyz/v1/memory/store"
SOL_PAY_TO = "9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM"


def req(network: str = "base-sepolia", **changes: Any) -> PaymentRequirement:
    known = resolve_network(network)
    pay_to = SOL_PAY_TO if known is not None and known.family == "svm" else TREASURY
    base = PaymentRequirement("exact", network, 2000, known.usdc if known else "", pay_to, URL)
    return attrs.evolve(base, **changes)


def check(requirement: PaymentRequirement, policy: PaymentPolicy | None = None, **kwargs: Any) -> None:
    challenge = PaymentChallenge((requirement,))
    check_challenge(
        challenge, requirement, kwargs.get("url", URL), policy or PaymentPolicy(), kwargs.get("ledger")
    )


@pytest.mark.parametrize(
    ("legacy", "caip2"),
    [
        ("base", "eip155:8453"),
        ("base-sepolia", "eip155:84532"),
        ("solana", "solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp"),
        ("solana-devnet", "solana:EtWTRABZaYq6iMfeYKouRu166VU2xqa1"),
    ],
)
def test_caip2_names_equal_the_legacy_names(legacy: str, caip2: str) -> None:
    assert resolve_network(caip2) is resolve_network(legacy) is NETWORKS[legacy]
    for allowed in ({legacy}, {caip2}):
        policy = PaymentPolicy(allowed_networks=allowed)
        assert policy.allows(req(legacy)) and policy.allows(req(caip2))
        check(req(caip2), policy)
    other = next(n for n in NETWORKS if n != legacy)
    with pytest.raises(PaymentRefusedError, match="does not allow"):
        check(req(caip2), PaymentPolicy(allowed_networks={other}))


def test_solana_caip2_ids_are_case_sensitive() -> None:
    assert resolve_network("solana:5EYKT4USFV8P8NJDTREPY1VZQKQZKVDP") is None
    assert (
        resolve_network("EIP155:84532") is NETWORKS["base-sepolia"]
        and resolve_network("BASE") is NETWORKS["base"]
    )


@pytest.mark.parametrize("value", ["1", "2000", "007", str(MAX_ATOMIC_AMOUNT)])
def test_amounts_accepted(value: str) -> None:
    assert parse_atomic_amount(value) == int(value)


@pytest.mark.parametrize(
    "value",
    ["0", "0.5", 2000.7, 2000, "1e5", "0x10", "", None, True, "-100", "+5", "1_000", "٣", str(2**256)],
)
def test_amounts_refused(value: Any) -> None:
    with pytest.raises(ValueError, match="amount"):
        parse_atomic_amount(value)


def test_requirements_built_in_code_are_checked_too() -> None:
    for amount in (0, -1, MAX_ATOMIC_AMOUNT + 1):
        with pytest.raises(PaymentChallengeError, match="positive integer") as caught:
            check(req(amount=amount))
        assert caught.value.field == "amount"
    with pytest.raises(PaymentChallengeError, match="malformed") as caught:
        check(req(problem="amount must be a base-10 integer string"))
    assert caught.value.field == "amount"


@pytest.mark.parametrize(
    ("network", "pay_to", "problem"),
    [
        ("base", TREASURY.lower(), None),
        ("base", "0x" + TREASURY[2:].upper(), None),
        ("base", TREASURY, None),
        ("base", TREASURY[:2] + TREASURY[2:].swapcase(), "checksum"),
        ("base", "0X" + TREASURY[2:], "not an EVM address"),
        ("base", "0x" + "0" * 40, "zero"),
        ("base", SOL_PAY_TO, "not an EVM address"),
        ("solana", SOL_PAY_TO, None),
        ("solana", TREASURY, "not a Solana address"),
        ("solana", "1" * 32, "all-zero"),
        ("solana", "0" * 44, "not a Solana address"),
        ("solana", SOL_PAY_TO[:-3], "not a Solana address"),
    ],
)
def test_pay_to_per_family(network: str, pay_to: str, problem: str | None) -> None:
    found = check_pay_to(NETWORKS[network], pay_to)
    assert (found is None) if problem is None else (found is not None and problem in found)


def test_assets_are_the_network_usdc_unless_allow_listed() -> None:
    with pytest.raises(PaymentChallengeError, match="not the USDC contract of base-sepolia") as caught:
        check(req(asset=NETWORKS["base"].usdc))
    assert caught.value.field == "asset"
    check(req(asset=NETWORKS["base"].usdc), PaymentPolicy(allowed_assets={NETWORKS["base"].usdc}))
    check(req(asset=req().asset.lower()))
    with pytest.raises(PaymentChallengeError, match="asset"):  # base58 is case-sensitive
        check(req("solana", asset=NETWORKS["solana"].usdc.lower()))


@pytest.mark.parametrize(
    ("resource", "ok"),
    [
        ("https://api.xache.xyz/v1/memory/store", True),
        ("https://API.xache.xyz:443/v1/memory/store?x=1", True),
        ("/v1/memory/store", True),
        ("", True),
        ("https://api.xache.xyz/v1/memory/store/", False),
        ("https://api.xache.xyz/v1/memory/retrieve", False),
        ("http://api.xache.xyz/v1/memory/store", False),
        ("https://api.xache.xyz:8443/v1/memory/store", False),
        ("https://api.xache.xyz.evil.example/v1/memory/store", False),
        ("https://evil.example/v1/memory/store#api.xache.xyz", False),
        ("//evil.example/v1/memory/store", False),
    ],
)
def test_resource_must_be_the_request(resource: str, ok: bool) -> None:
    if ok:
        check(req(resource=resource))
        return
    with pytest.raises(PaymentChallengeError) as caught:
        check(req(resource=resource))
    assert caught.value.field == "resource"


def test_a_base_path_is_part_of_the_request_path() -> None:
    check(
        req(resource="https://gw.example/xache/v1/memory/store"),
        url="https://gw.example/xache/v1/memory/store",
    )
    with pytest.raises(PaymentChallengeError, match="path"):
        check(
            req(resource="https://gw.example/v1/memory/store"), url="https://gw.example/xache/v1/memory/store"
        )


def _record(pay_to: str, network: str = "base-sepolia") -> PaymentRecord:
    return PaymentRecord(None, network, "", 1, pay_to, URL, "PAYMENT-SIGNATURE", "x")


def test_recipients_are_pinned_or_a_change_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="xache")
    with pytest.raises(PaymentRefusedError, match="allowed_pay_to"):
        check(req(pay_to=OTHER_TREASURY), PaymentPolicy(allowed_pay_to=[TREASURY]))
    check(req(pay_to=TREASURY.lower()), PaymentPolicy(allowed_pay_to=[TREASURY]))
    ledger = PaymentLedger()
    check(req(), ledger=ledger)
    ledger.add(_record(TREASURY, "eip155:84532"))
    ledger.add(_record(SOL_PAY_TO, "solana-devnet"))
    assert ledger.recipients("base-sepolia") == {TREASURY.lower()} == ledger.recipients("eip155:84532")
    check(req(pay_to=TREASURY.lower()), ledger=ledger)
    check(req("solana-devnet"), ledger=ledger)
    assert not caplog.records
    check(req(pay_to=OTHER_TREASURY), ledger=ledger)
    (warning,) = caplog.records
    assert OTHER_TREASURY in warning.getMessage() and "allowed_pay_to" in warning.getMessage()


def test_unknown_networks_are_unsupported() -> None:
    with pytest.raises(PaymentUnsupportedError, match="unknown network"):
        check(req("ethereum"))
