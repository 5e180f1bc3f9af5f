"""Challenges inconsistent with the request are refused before anything is signed, at the server's word.

Every case runs with the blocking and the async client against a loopback server that answers 402s crafted
to mislead; the server records each request, so "nothing was sent" is asserted where it counts.
"""

from __future__ import annotations

import base64
import json
import logging
from typing import Any

import pytest

from xache_ext import PaymentError, PaymentPolicy, PaymentRefusedError, PaymentUnsupportedError
from xache_ext.crypto.eip712 import transfer_with_authorization_digest
from xache_ext.crypto.evm import recover_address
from xache_ext.errors import PaymentChallengeError
from xache_ext.payments.networks import NETWORKS

from .conftest import (
    BASE_USDC,
    MISSING,
    OTHER_TREASURY,
    TREASURY,
    Clients,
    MisbehavingServer,
    entry,
)

SOLANA_ADDRESS = "9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM"
MIXED_BAD_CHECKSUM = TREASURY[:2] + TREASURY[2:].swapcase()

REFUSED: list[tuple[str, dict[str, Any], type[PaymentError], str]] = [
    ("decimal amount", {"maxAmountRequired": "0.5"}, PaymentChallengeError, "base-10 integer string"),
    ("float amount", {"maxAmountRequired": 2000.7}, PaymentChallengeError, "JSON number 2000.7"),
    ("exponent amount", {"maxAmountRequired": "1e5"}, PaymentChallengeError, "'1e5'"),
    ("hex amount", {"maxAmountRequired": "0x10"}, PaymentChallengeError, "'0x10'"),
    ("empty amount", {"maxAmountRequired": ""}, PaymentChallengeError, "''"),
    ("missing amount", {"maxAmountRequired": MISSING}, PaymentChallengeError, "missing"),
    ("boolean amount", {"maxAmountRequired": True}, PaymentChallengeError, "JSON boolean true"),
    ("negative amount", {"maxAmountRequired": "-100"}, PaymentChallengeError, "'-100'"),
    ("zero amount", {"maxAmountRequired": "0"}, PaymentChallengeError, "greater than 0"),
    ("integral JSON number", {"maxAmountRequired": 2000}, PaymentChallengeError, "JSON number 2000"),
    ("non-ASCII digits", {"maxAmountRequired": "\uff12\uff10\uff10\uff10"}, PaymentChallengeError, "base-10"),
    ("padded amount", {"maxAmountRequired": " 2000"}, PaymentChallengeError, "base-10"),
    ("amount over uint256", {"maxAmountRequired": str(2**256)}, PaymentChallengeError, "uint256"),
    ("conflicting amounts", {"amount": "1"}, PaymentChallengeError, "conflicting amounts"),
    ("empty payTo", {"payTo": ""}, PaymentChallengeError, "payTo=''"),
    ("short payTo", {"payTo": "0x1234"}, PaymentChallengeError, "not an EVM address"),
    ("zero payTo", {"payTo": "0x" + "0" * 40}, PaymentChallengeError, "zero address"),
    ("bad checksum payTo", {"payTo": MIXED_BAD_CHECKSUM}, PaymentChallengeError, "checksum"),
    ("Solana payTo on EVM", {"payTo": SOLANA_ADDRESS}, PaymentChallengeError, "not an EVM address"),
    ("numeric payTo", {"payTo": 12345}, PaymentChallengeError, "payTo='12345'"),
    ("mainnet USDC on sepolia", {"asset": BASE_USDC}, PaymentUnsupportedError, BASE_USDC),
    ("unknown asset", {"asset": OTHER_TREASURY}, PaymentUnsupportedError, OTHER_TREASURY),
    ("unknown network", {"network": "ethereum"}, PaymentUnsupportedError, "ethereum"),
    (
        "resource on another host",
        {"resource": "http://evil.example/v1/memory/store"},
        PaymentChallengeError,
        "origin",
    ),
    ("resource on another path", {"resource": "{base}/v1/collective/query"}, PaymentChallengeError, "path"),
    (
        "resource with another scheme",
        {"resource": "{https}/v1/memory/store"},
        PaymentChallengeError,
        "origin",
    ),
    ("resource on another port", {"resource": "{port}/v1/memory/store"}, PaymentChallengeError, "origin"),
    ("resource that is no URL", {"resource": "http://[::1"}, PaymentChallengeError, "not a URL"),
]


def _resolve(changes: dict[str, Any], base: str) -> dict[str, Any]:
    host, port = base.rsplit(":", 1)
    forms = {
        "{base}": base,
        "{https}": "https" + base[len("http") :],
        "{port}": f"{host}:{int(port) + 1}",
    }
    resolved = {}
    for key, value in changes.items():
        if isinstance(value, str):
            for marker, replacement in forms.items():
                value = value.replace(marker, replacement)
        resolved[key] = value
    return resolved


def assert_nothing_sent(server: MisbehavingServer, client: Any) -> None:
    assert server.seen, "the call never reached the server"
    assert server.paid == [], "a payment header was sent"
    assert len(server.seen) == 1
    assert len(client.payments) == 0 and client.payments.total_amount == 0


@pytest.mark.parametrize(("case", "changes", "error", "message"), REFUSED, ids=[c[0] for c in REFUSED])
def test_inconsistent_challenges_are_refused_unsigned(
    clients: Clients,
    server: MisbehavingServer,
    case: str,
    changes: dict[str, Any],
    error: type[PaymentError],
    message: str,
) -> None:
    server.challenge_with(**_resolve(changes, server.url))
    client = clients()
    with pytest.raises(error) as caught:
        clients.store(client)
    assert message in str(caught.value)
    assert_nothing_sent(server, client)


def test_refused_amounts_in_the_legacy_and_v2_header_forms(
    clients: Clients, server: MisbehavingServer
) -> None:
    client = clients()
    for amount in ("0.5", "", True, "-100", None):
        payment = {"challengeId": "c1", "chainHint": "base-sepolia", "payTo": TREASURY, "amount": amount}
        server.answer_402 = lambda base, request, p=payment: ({"error": "pay", "payment": p}, {})
        with pytest.raises(PaymentChallengeError, match="amount"):
            clients.store(client)
    for amount in ("1e5", 2000.7):
        v2 = {
            "x402Version": 2,
            "accepts": [{**entry(server.url, maxAmountRequired=MISSING), "amount": amount}],
        }
        header = base64.b64encode(json.dumps(v2).encode()).decode()
        server.answer_402 = lambda base, request, h=header: ({"unrelated": True}, {"PAYMENT-REQUIRED": h})
        with pytest.raises(PaymentChallengeError, match="amount"):
            clients.store(client)
    assert server.paid == [] and len(client.payments) == 0 and len(server.seen) == 7


def test_a_consistent_challenge_is_paid_once(clients: Clients, server: MisbehavingServer) -> None:
    """The control for every refusal above: the same server and client pay a well-formed challenge."""
    client = clients()
    stored = clients.store(client)
    assert stored.storage_key == "mem_1_abc"
    (paid,) = server.paid
    inner = paid.payment()["paymentPayload"]["payload"]
    assert inner["authorization"]["to"] == TREASURY and inner["authorization"]["value"] == "2000"
    assert client.payments.records[0].resource == server.url + "/v1/memory/store"


def test_a_foreign_eip712_domain_is_ignored_with_a_warning(
    clients: Clients, server: MisbehavingServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="xache")
    server.challenge_with(extra={"name": "Evil Token", "version": "999", "verifyingContract": OTHER_TREASURY})
    client = clients()
    clients.store(client)
    (paid,) = server.paid
    inner = paid.payment()["paymentPayload"]["payload"]
    table = NETWORKS["base-sepolia"].usdc_domain()
    assert inner["domain"] == table
    digest = transfer_with_authorization_digest(table, inner["authorization"])
    assert recover_address(digest, bytes.fromhex(inner["signature"][2:])) == clients.identity.address
    assert paid.payment()["paymentRequirements"]["extra"] == table
    warning = "\n".join(r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)
    assert "Evil Token" in warning and "ignoring it" in warning


def test_caip2_network_names_are_understood(clients: Clients, server: MisbehavingServer) -> None:
    server.challenge_with(network="eip155:84532")
    client = clients()
    clients.store(client)
    (paid,) = server.paid
    assert paid.payment()["paymentPayload"]["payload"]["domain"]["chainId"] == 84532
    server.reset()
    server.challenge_with(network="eip155:84532")
    refused = clients(payment_policy=PaymentPolicy(allowed_networks={"base"}))
    with pytest.raises(PaymentUnsupportedError):
        clients.store(refused)
    assert server.paid == []


def test_relative_and_absent_resources_mean_the_request_itself(
    clients: Clients, server: MisbehavingServer
) -> None:
    client = clients()
    server.challenge_with(resource="/v1/memory/store")
    clients.store(client)
    server.challenge_with(resource=MISSING)
    clients.store(client)
    assert len(server.paid) == 2


def test_allowed_pay_to_pins_the_recipients(clients: Clients, server: MisbehavingServer) -> None:
    client = clients(payment_policy=PaymentPolicy(allowed_pay_to={TREASURY.lower()}))
    clients.store(client)
    assert len(server.paid) == 1
    server.challenge_with(payTo=OTHER_TREASURY)
    with pytest.raises(PaymentRefusedError, match="allowed_pay_to"):
        clients.store(client)
    assert len(server.paid) == 1 and len(client.payments) == 1


def test_a_new_recipient_is_logged(
    clients: Clients, server: MisbehavingServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="xache")
    client = clients()
    clients.store(client)
    assert not [r for r in caplog.records if "not paid before" in r.getMessage()]
    server.challenge_with(payTo=OTHER_TREASURY)
    clients.store(client)
    (record,) = [r for r in caplog.records if "not paid before" in r.getMessage()]
    assert OTHER_TREASURY in record.getMessage() and TREASURY.lower() in record.getMessage()
    clients.store(client)
    assert len([r for r in caplog.records if "not paid before" in r.getMessage()]) == 1


def test_other_assets_need_the_allow_list_and_an_external_payer(
    clients: Clients, server: MisbehavingServer
) -> None:
    server.challenge_with(asset=OTHER_TREASURY)
    listed = clients(payment_policy=PaymentPolicy(allowed_assets={OTHER_TREASURY}))
    with pytest.raises(PaymentUnsupportedError, match="only for the USDC contract"):
        clients.store(listed)
    assert server.paid == []
    seen: list[str] = []

    def pay(challenge: Any, requirement: Any) -> str:
        seen.append(requirement.asset)
        return "external-authorization"

    external = clients(payment_policy=PaymentPolicy(allowed_assets={OTHER_TREASURY}, external_payer=pay))
    clients.store(external)
    assert seen == [OTHER_TREASURY]
    (paid,) = server.paid
    assert paid.headers["payment-signature"] == "external-authorization"


def test_the_external_payer_never_sees_an_inconsistent_challenge(
    clients: Clients, server: MisbehavingServer
) -> None:
    called: list[Any] = []
    client = clients(payment_policy=PaymentPolicy(external_payer=lambda c, r: called.append(r) or "x"))
    server.challenge_with(resource="http://evil.example/v1/memory/store")
    with pytest.raises(PaymentChallengeError):
        clients.store(client)
    server.challenge_with(maxAmountRequired="0.5")
    with pytest.raises(PaymentChallengeError):
        clients.store(client)
    assert called == [] and server.paid == []
