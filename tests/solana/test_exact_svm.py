"""The client's Solana x402 payment: byte-for-byte the TypeScript SDK's, decoded by solders field by field."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from solders.hash import Hash
from solders.keypair import Keypair
from solders.message import to_bytes_versioned
from solders.pubkey import Pubkey
from solders.signature import Signature
from solders.token.associated import get_associated_token_address
from solders.transaction import VersionedTransaction

from xache_ext import InsufficientFundsError, PaymentChallengeError, PaymentError, PaymentUnsupportedError
from xache_ext.chain import svm
from xache_ext.crypto.signers import SolanaPrivateKeySigner
from xache_ext.payments.challenge import PaymentRequirement
from xache_ext.payments.exact_solana import (
    COMPUTE_UNIT_LIMIT,
    COMPUTE_UNIT_PRICE_MICROLAMPORTS,
    build_exact_svm_transaction,
    encode_exact_svm_header,
    exact_svm_payment,
    plan_exact_svm_payment,
)

VECTORS = json.loads((Path(__file__).parent / "vectors" / "exact-svm-ts.json").read_text())["cases"]
DEVNET_USDC = "4zMMC9srt5Ri5X14GAgXhaHii3GnPAEERYPJgZJDncDU"
REPO = Path(__file__).resolve().parents[2]


def requirement(case: dict[str, Any], **changes: Any) -> PaymentRequirement:
    fields: dict[str, Any] = {
        "scheme": "exact",
        "network": case["network"],
        "amount": int(case["amount"]),
        "asset": case["asset"],
        "pay_to": case["payTo"],
        "resource": case["resource"],
        "extra": {"feePayer": case["feePayer"]},
    }
    fields.update(changes)
    return PaymentRequirement(**fields)


@pytest.mark.parametrize("case", VECTORS, ids=lambda c: f"{c['network']}-{c['amount']}")
def test_same_bytes_as_the_typescript_sdk(case: dict[str, Any]) -> None:
    """The vectors come from @solana/web3.js and @solana/spl-token called as SolanaPaymentHandler calls them."""
    signer = SolanaPrivateKeySigner(case["agentSeedHex"])
    assert signer.address == case["agentAddress"]
    plan = plan_exact_svm_payment(signer, requirement(case))
    assert (plan.source, plan.destination) == (case["sourceAta"], case["destinationAta"])
    transaction = build_exact_svm_transaction(signer, plan, case["blockhash"])
    assert base64.b64encode(transaction).decode() == case["transaction"]
    assert encode_exact_svm_header(requirement(case), transaction) == case["header"]


@pytest.mark.parametrize("case", VECTORS, ids=lambda c: f"{c['network']}-{c['amount']}")
def test_transaction_field_by_field_with_solders(case: dict[str, Any]) -> None:
    signer = SolanaPrivateKeySigner(case["agentSeedHex"])
    raw = build_exact_svm_transaction(
        signer, plan_exact_svm_payment(signer, requirement(case)), case["blockhash"]
    )
    tx = VersionedTransaction.from_bytes(raw)
    message = tx.message
    keys = [str(k) for k in message.account_keys]
    assert bytes(tx) == raw
    assert keys[0] == case["feePayer"]  # the fee payer comes first
    assert message.header.num_required_signatures == 2 and message.header.num_readonly_signed_accounts == 1
    assert keys[1] == signer.address
    assert str(message.recent_blockhash) == case["blockhash"]
    assert list(message.address_table_lookups) == []
    assert tx.signatures[0] == Signature.default()  # left for the facilitator
    assert tx.verify_with_results() == [False, True]
    assert (
        Keypair.from_seed(bytes.fromhex(case["agentSeedHex"])).sign_message(to_bytes_versioned(message))
        == (tx.signatures[1])
    )
    limit, price, transfer = message.instructions
    for ix in (limit, price):
        assert keys[ix.program_id_index] == svm.COMPUTE_BUDGET_PROGRAM and bytes(ix.accounts) == b""
    assert bytes(limit.data) == b"\x02" + COMPUTE_UNIT_LIMIT.to_bytes(4, "little")
    assert bytes(price.data) == b"\x03" + COMPUTE_UNIT_PRICE_MICROLAMPORTS.to_bytes(8, "little")
    assert COMPUTE_UNIT_PRICE_MICROLAMPORTS <= svm.MAX_COMPUTE_UNIT_PRICE_MICROLAMPORTS
    assert keys[transfer.program_id_index] == svm.TOKEN_PROGRAM
    data = bytes(transfer.data)
    assert data[0] == 12 and int.from_bytes(data[1:9], "little") == int(case["amount"]) and data[9] == 6
    mint = Pubkey.from_string(case["asset"])
    source, token_mint, destination, authority = (keys[i] for i in transfer.accounts)
    assert source == str(get_associated_token_address(Pubkey.from_string(signer.address), mint))
    assert destination == str(get_associated_token_address(Pubkey.from_string(case["payTo"]), mint))
    assert token_mint == case["asset"] and authority == signer.address
    assert case["feePayer"] not in (source, token_mint, destination, authority)
    assert message.is_maybe_writable(transfer.accounts[0]) and message.is_maybe_writable(transfer.accounts[2])
    assert not message.is_maybe_writable(transfer.accounts[1]) and message.is_signer(transfer.accounts[3])


def test_header_layout() -> None:
    case = VECTORS[0]
    header = json.loads(base64.b64decode(case["header"]))
    assert list(header) == ["x402Version", "paymentPayload", "paymentRequirements"]
    assert header["x402Version"] == 2
    assert header["paymentPayload"] == {
        "scheme": "exact",
        "network": "solana-devnet",
        "payload": {"transaction": case["transaction"]},
    }
    assert header["paymentRequirements"] == {
        "scheme": "exact",
        "network": "solana-devnet",
        "maxAmountRequired": "2000",
        "resource": case["resource"],
        "description": "Payment required",
        "mimeType": "application/json",
        "payTo": case["payTo"],
        "maxTimeoutSeconds": 120,
        "asset": DEVNET_USDC,
    }


@pytest.mark.parametrize(
    ("changes", "error", "match"),
    [
        ({"extra": {}}, PaymentChallengeError, "feePayer"),
        ({"extra": {"feePayer": ""}}, PaymentChallengeError, "feePayer"),
        ({"extra": {"feePayer": "0xnot-solana"}}, PaymentChallengeError, "extra.feePayer"),
        ({"pay_to": "0x" + "11" * 20}, PaymentChallengeError, "payTo"),
        ({"amount": 0}, PaymentChallengeError, "amount"),
        ({"amount": 2**64}, PaymentChallengeError, "amount"),
        ({"asset": "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v"}, PaymentUnsupportedError, "not USDC"),
        ({"network": "base-sepolia"}, PaymentUnsupportedError, "not a Solana network"),
    ],
)
def test_plan_refuses_before_anything_is_read(
    changes: dict[str, Any], error: type[Exception], match: str
) -> None:
    signer = SolanaPrivateKeySigner(VECTORS[0]["agentSeedHex"])
    steps = exact_svm_payment(signer, requirement(VECTORS[0], **changes), "http://127.0.0.1:9/")
    with pytest.raises(error, match=match):
        next(steps)


def test_fee_payer_must_not_be_the_agent() -> None:
    signer = SolanaPrivateKeySigner(VECTORS[0]["agentSeedHex"])
    with pytest.raises(PaymentChallengeError, match="agent itself"):
        plan_exact_svm_payment(signer, requirement(VECTORS[0], extra={"feePayer": signer.address}))


class BadSigner:
    chain = "sol"

    def __init__(self, address: str, signature: bytes) -> None:
        self.address = address
        self.signature = signature

    def sign_message(self, message: bytes) -> bytes:
        return self.signature


@pytest.mark.parametrize("signature", [bytes(64), bytes(63)])
def test_a_signer_that_signs_wrong_is_caught(signature: bytes) -> None:
    case = VECTORS[0]
    signer = BadSigner(case["agentAddress"], signature)
    plan = plan_exact_svm_payment(signer, requirement(case))
    with pytest.raises(PaymentError, match="signature"):
        build_exact_svm_transaction(signer, plan, case["blockhash"])


def _account(data: bytes, owner: str = svm.TOKEN_PROGRAM) -> dict[str, Any]:
    return {
        "data": [base64.b64encode(data).decode(), "base64"],
        "lamports": 1,
        "owner": owner,
        "executable": False,
    }


def _drive(steps: Any, accounts: list[Any], blockhash: str) -> Any:
    """Answer the payment's two reads: both token accounts, then a blockhash; returns the header."""
    call = next(steps)
    assert call.method == "getMultipleAccounts"
    call = steps.send({"context": {"slot": 1}, "value": accounts})
    assert call.method == "getLatestBlockhash"
    with pytest.raises(StopIteration) as done:
        steps.send({"context": {"slot": 1}, "value": {"blockhash": blockhash, "lastValidBlockHeight": 9}})
    return done.value.value


def test_pre_flight_checks_both_token_accounts() -> None:
    case = VECTORS[0]
    signer = SolanaPrivateKeySigner(case["agentSeedHex"])
    req = requirement(case)
    blockhash = str(Hash.new_unique())
    funded = _account(svm.pack_token_account(case["asset"], signer.address, 2000))
    recipient = _account(svm.pack_token_account(case["asset"], case["payTo"], 0))
    expected = build_exact_svm_transaction(signer, plan_exact_svm_payment(signer, req), blockhash)
    header = _drive(exact_svm_payment(signer, req, "http://rpc/"), [funded, recipient], blockhash)
    assert header == encode_exact_svm_header(req, expected)

    def refused(accounts: list[Any]) -> None:
        _drive(exact_svm_payment(signer, req, "http://rpc/"), accounts, blockhash)

    short = _account(svm.pack_token_account(case["asset"], signer.address, 1999))
    with pytest.raises(InsufficientFundsError, match=r"have 0\.001999, need 0\.002000") as caught:
        refused([short, recipient])
    assert (caught.value.balance, caught.value.required) == (1999, 2000)
    with pytest.raises(InsufficientFundsError, match="no USDC token account"):
        refused([None, recipient])
    with pytest.raises(PaymentChallengeError, match="does not exist"):
        refused([funded, None])
    foreign = _account(svm.pack_token_account(case["asset"], case["payTo"], 10**9))
    with pytest.raises(PaymentChallengeError, match="not the agent's USDC token account"):
        refused([foreign, recipient])
    system_owned = _account(svm.pack_token_account(case["asset"], signer.address, 10**9), svm.SYSTEM_PROGRAM)
    with pytest.raises(PaymentChallengeError, match="not the agent's"):
        refused([system_owned, recipient])
    with pytest.raises(PaymentChallengeError, match="not a token account"):
        refused([_account(b"\x01" * 10), recipient])
    frozen = bytearray(svm.pack_token_account(case["asset"], signer.address, 10**9))
    frozen[108] = 2
    with pytest.raises(PaymentChallengeError, match="frozen"):
        refused([_account(bytes(frozen)), recipient])


def test_a_second_payment_in_the_same_slot_is_a_transaction_of_its_own() -> None:
    """Same amount, recipient and blockhash: Solana would drop an identical second transaction as a duplicate."""
    case = VECTORS[0]
    signer = SolanaPrivateKeySigner(bytes(Keypair().secret()).hex())
    req = requirement(case)
    blockhash = str(Hash.new_unique())
    funded = _account(svm.pack_token_account(case["asset"], signer.address, 10**9))
    recipient = _account(svm.pack_token_account(case["asset"], case["payTo"], 0))
    headers = [
        _drive(exact_svm_payment(signer, req, "http://rpc/"), [funded, recipient], blockhash)
        for _ in range(3)
    ]
    prices = []
    for header in headers:
        tx = VersionedTransaction.from_bytes(
            base64.b64decode(json.loads(base64.b64decode(header))["paymentPayload"]["payload"]["transaction"])
        )
        prices.append(int.from_bytes(bytes(tx.message.instructions[1].data)[1:], "little"))
        assert int.from_bytes(bytes(tx.message.instructions[2].data)[1:9], "little") == 2000
    assert prices == [1000, 1001, 1002] and len(set(headers)) == 3
    other = _drive(exact_svm_payment(signer, req, "http://rpc/"), [funded, recipient], str(Hash.new_unique()))
    other_tx = VersionedTransaction.from_bytes(
        base64.b64decode(json.loads(base64.b64decode(other))["paymentPayload"]["payload"]["transaction"])
    )
    assert bytes(other_tx.message.instructions[1].data) == b"\x03" + (1000).to_bytes(8, "little")
    with pytest.raises(ValueError):
        build_exact_svm_transaction(
            signer, plan_exact_svm_payment(signer, req), blockhash, compute_unit_price=5_000_001
        )


def test_core_install_works_without_solders_and_the_solana_module_names_the_extra() -> None:
    script = """
import sys
sys.modules["solders"] = None  # as if the solana extra were not installed
import xache_ext, xache_ext.client, xache_ext.services.wallet, xache_ext.sandbox
from xache_ext.crypto.signers import EvmPrivateKeySigner
from xache_ext.payments.challenge import PaymentRequirement
from xache_ext.payments.exact_evm import build_exact_evm_payment
build_exact_evm_payment(EvmPrivateKeySigner("11" * 32), PaymentRequirement(
    "exact", "base-sepolia", 1, "0x036CbD53842c5426634e7929541eC2318f3dCF7e", "0x" + "22" * 20))
try:
    import xache_ext.payments.exact_solana
except ImportError as exc:
    print("IMPORT-ERROR:", exc)
from xache_ext.chain.endpoints import ChainSettings
from xache_ext.crypto.signers import SolanaPrivateKeySigner
from xache_ext.errors import PaymentUnsupportedError
from xache_ext.payments.onchain import payment_header
requirement = PaymentRequirement(
    "exact", "solana-devnet", 1, "4zMMC9srt5Ri5X14GAgXhaHii3GnPAEERYPJgZJDncDU", "11111111111111111111111111111111")
try:
    next(payment_header(SolanaPrivateKeySigner("11" * 32), requirement, None, ChainSettings()))
except PaymentUnsupportedError as exc:  # a Solana payment without the extra is a typed XacheError
    print("TYPED:", exc)
import httpx
from xache_ext.payments.challenge import parse_challenge
from xache_ext.pipeline.payment import Payer
offer = {"network": "solana-devnet", "asset": requirement.asset, "maxAmountRequired": "1", "payTo": requirement.pay_to,
         "extra": {"feePayer": requirement.pay_to}}
challenge = parse_challenge(httpx.Response(402, json={"x402Version": 1, "accepts": [offer], "error": "pay"}))
from xache_ext import PaymentPolicy
from xache_ext.contract import operation as spec_operation
asked = []
payer = Payer(signer=SolanaPrivateKeySigner("11" * 32), policy=PaymentPolicy(approve=asked.append))
request = httpx.Request("POST", "http://127.0.0.1:9/v1/memory/store")
try:
    next(payer.pay(request, httpx.Response(402, json={"x402Version": 1, "accepts": [offer]}), spec_operation("storeMemory")))
except PaymentUnsupportedError as exc:
    print("BEFORE-APPROVAL:", exc, asked)
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "IMPORT-ERROR:" in done.stdout and "pip install 'xache-sdk[solana]'" in done.stdout
    assert "TYPED: Solana payments need the 'solana' extra" in done.stdout
    assert "BEFORE-APPROVAL: Solana payments need the 'solana' extra" in done.stdout and "[]" in done.stdout
