"""Reading 402 challenges in every form, and building the EIP-3009 payment header."""

from __future__ import annotations

import base64
import json
from typing import Any

import attrs
import httpx
import pytest
from vectors import load_vectors

from xache_ext.crypto.eip712 import transfer_with_authorization_digest
from xache_ext.crypto.evm import recover_address
from xache_ext.crypto.signers import EvmPrivateKeySigner
from xache_ext.errors import PaymentUnsupportedError
from xache_ext.payments.challenge import PaymentRequirement, parse_challenge
from xache_ext.payments.exact_evm import build_exact_evm_payment, eip712_domain
from xache_ext.payments.networks import NETWORKS
from xache_ext.payments.policy import PaymentPolicy

ASSET = "0x036CbD53842c5426634e7929541eC2318f3dCF7e"
PAY_TO = "0x" + "ab" * 20


def response_402(body: Any = None, headers: dict[str, str] | None = None) -> httpx.Response:
    request = httpx.Request("POST", "https://api.xache.xyz/v1/memory/store")
    return httpx.Response(402, json=body, headers=headers, request=request)


def test_x402_body() -> None:
    body = {
        "x402Version": 1,
        "error": "Payment required",
        "accepts": [
            {
                "scheme": "exact",
                "network": "base-sepolia",
                "maxAmountRequired": "2000",
                "asset": ASSET,
                "payTo": PAY_TO,
                "resource": "https://api.xache.xyz/v1/memory/store",
                "description": "Xache Protocol payment: 0.002 USD",
                "mimeType": "application/json",
                "maxTimeoutSeconds": 60,
                "extra": {"name": "USDC", "version": "2"},
            }
        ],
    }
    challenge = parse_challenge(response_402(body, {"X-Challenge-ID": "chal_1", "X-Request-ID": "req_9"}))
    assert (
        challenge.x402_version == 1 and challenge.challenge_id == "chal_1" and challenge.request_id == "req_9"
    )
    (req,) = challenge.requirements
    assert (req.network, req.amount, req.asset, req.pay_to) == ("base-sepolia", 2000, ASSET, PAY_TO)
    assert req.extra == {"name": "USDC", "version": "2"} and req.amount_usd == "0.002"


def test_v2_payment_required_header() -> None:
    header = {
        "x402Version": 2,
        "error": "pay me",
        "resource": {"url": "https://api.xache.xyz/v1/x", "description": "d", "mimeType": "application/json"},
        "accepts": [
            {"scheme": "exact", "network": "eip155:8453", "amount": "5", "asset": "0xA", "payTo": PAY_TO},
            {"scheme": "exact", "network": "base", "amount": "7", "asset": "0xB", "payTo": PAY_TO},
        ],
    }
    encoded = base64.b64encode(json.dumps(header).encode()).decode()
    challenge = parse_challenge(response_402({"unrelated": True}, {"PAYMENT-REQUIRED": encoded}))
    assert challenge.x402_version == 2 and challenge.error == "pay me"
    assert [r.amount for r in challenge.requirements] == [5, 7]
    assert challenge.requirements[0].resource == "https://api.xache.xyz/v1/x"


def test_legacy_body() -> None:
    body = {
        "error": {"code": "PAYMENT_REQUIRED", "message": "Pay first"},
        "payment": {"challengeId": "c-9", "amount": "1000", "chainHint": "base", "payTo": PAY_TO},
    }
    challenge = parse_challenge(response_402(body))
    assert (
        challenge.challenge_id == "c-9" and challenge.error == "Pay first" and challenge.x402_version is None
    )
    (req,) = challenge.requirements
    assert req.network == "base" and req.asset == "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913"
    assert (
        parse_challenge(response_402({"payment": {"chainHint": "solana:SOL", "amount": "1"}}))
        .requirements[0]
        .network
        == "solana"
    )


def test_unknown_402_has_no_requirements() -> None:
    assert parse_challenge(response_402({"what": "ever"})).requirements == ()
    assert (
        parse_challenge(
            httpx.Response(402, content=b"not json", request=httpx.Request("GET", "http://x"))
        ).requirements
        == ()
    )


def requirement(network: str = "base-sepolia", **extra: Any) -> PaymentRequirement:
    asset = NETWORKS[network].usdc if network in NETWORKS else ASSET
    return PaymentRequirement(
        "exact", network, 2000, asset, PAY_TO, "https://api.xache.xyz/v1/memory/store", extra=extra
    )


def test_payment_header_recovers_to_the_signer() -> None:
    signer = EvmPrivateKeySigner("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")
    header = build_exact_evm_payment(signer, requirement(), now=1_700_000_000, nonce=b"\x01" * 32)
    payload = json.loads(base64.b64decode(header))
    inner = payload["paymentPayload"]["payload"]
    auth = inner["authorization"]
    assert auth == {
        "from": signer.address,
        "to": PAY_TO,
        "value": "2000",
        "validAfter": "1700000000",
        "validBefore": "1700000300",
        "nonce": "0x" + "01" * 32,
    }
    digest = transfer_with_authorization_digest(inner["domain"], auth)
    assert recover_address(digest, bytes.fromhex(inner["signature"][2:])) == signer.address
    assert payload["paymentRequirements"]["extra"] == inner["domain"]
    assert payload["paymentRequirements"]["description"] == "Payment required"


def test_domains_come_from_the_table_never_from_extra() -> None:
    assert eip712_domain(requirement()) == {
        "name": "USDC",
        "version": "2",
        "chainId": 84532,
        "verifyingContract": ASSET,
    }
    assert eip712_domain(requirement("base"))["name"] == "USD Coin"
    assert eip712_domain(requirement("base"))["chainId"] == 8453
    hostile = requirement("base", name="Evil Token", version="999", chainId=1, verifyingContract=PAY_TO)
    assert eip712_domain(hostile) == eip712_domain(requirement("base"))
    assert eip712_domain(requirement("eip155:84532")) == eip712_domain(requirement())
    with pytest.raises(PaymentUnsupportedError):
        eip712_domain(requirement("solana"))
    mainnet_usdc_on_sepolia = attrs.evolve(requirement(), asset=NETWORKS["base"].usdc)
    with pytest.raises(PaymentUnsupportedError, match="only for the USDC contract of base-sepolia"):
        eip712_domain(mainnet_usdc_on_sepolia)


@pytest.mark.parametrize("case", load_vectors("x402-eip3009"), ids=lambda c: c["network"])
def test_vectors(case: dict[str, Any]) -> None:
    signer = EvmPrivateKeySigner(case["private_key_hex"])
    req = PaymentRequirement(
        "exact",
        case["network"],
        int(case["message"]["value"]),
        case["domain"]["verifyingContract"],
        case["message"]["to"],
    )
    domain = eip712_domain(req)
    assert domain == {**case["domain"], "chainId": int(case["domain"]["chainId"])}
    assert transfer_with_authorization_digest(domain, case["message"]).hex() == case["digest_hex"]
    header = build_exact_evm_payment(
        signer, req, now=int(case["message"]["validAfter"]), nonce=bytes.fromhex(case["message"]["nonce"][2:])
    )
    signature = json.loads(base64.b64decode(header))["paymentPayload"]["payload"]["signature"]
    assert int(case["message"]["validBefore"]) - int(case["message"]["validAfter"]) == 300
    assert signature == case["signature_hex"]


def test_policy_defaults() -> None:
    policy = PaymentPolicy()
    assert policy.max_per_payment == 100_000
    assert policy.allows(requirement())
    assert not policy.allows(PaymentRequirement("exact", "base", 1, "0xdeadbeef", PAY_TO))
    assert "approve" not in repr(PaymentPolicy(approve=lambda r: True))
