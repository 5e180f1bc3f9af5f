"""A Solana agent pays the sandbox's Solana facilitator; the sandbox verifies, refuses and settles on its chain."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from harness import Harness
from solders.compute_budget import set_compute_unit_limit, set_compute_unit_price
from solders.hash import Hash
from solders.instruction import AccountMeta, Instruction
from solders.keypair import Keypair
from solders.message import Message, MessageV0, to_bytes_versioned
from solders.pubkey import Pubkey
from solders.signature import Signature
from solders.token.associated import get_associated_token_address
from solders.transaction import Transaction, VersionedTransaction

from xache_ext import (
    InsufficientFundsError,
    PaymentChallengeError,
    PaymentError,
    PaymentPolicy,
    XacheClientSync,
)
from xache_ext.chain import svm
from xache_ext.crypto.signers import SolanaPrivateKeySigner
from xache_ext.payments.challenge import PaymentChallenge, PaymentRequirement
from xache_ext.payments.exact_solana import (
    build_exact_svm_transaction,
    encode_exact_svm_header,
    plan_exact_svm_payment,
)
from xache_ext.sandbox import Sandbox, create_app
from xache_ext.sandbox.chain import BLOCKHASH_VALIDITY_SLOTS, DEFAULT_FUNDING, SVM_FEE_PAYER, SVM_TREASURY
from xache_ext.sandbox.server import TestIdentity, new_identity, rpc_urls, serve
from xache_ext.sandbox.store import Store

from .conftest import PAY, Connect, Spy

DEVNET = "solana-devnet"
DEVNET_USDC = "4zMMC9srt5Ri5X14GAgXhaHii3GnPAEERYPJgZJDncDU"
MAINNET_USDC = "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v"
STORE, RETRIEVE, QUERY, STORE_ITEM, RETRIEVE_ITEM = 2000, 3000, 11000, 900, 1600


def receipts(sandbox: Sandbox, did: str) -> int:
    return int(sandbox.store.scalar("SELECT COUNT(*) FROM receipts WHERE agent_did = ?", [did]))


def decoded(header: str) -> tuple[dict[str, Any], VersionedTransaction]:
    doc = json.loads(base64.b64decode(header))
    return doc, VersionedTransaction.from_bytes(
        base64.b64decode(doc["paymentPayload"]["payload"]["transaction"])
    )


def check_transaction(sandbox: Sandbox, header: str, agent: str, amount: int) -> None:
    """Decode a payment the client sent with solders and check every field against the sandbox's challenge."""
    doc, tx = decoded(header)
    assert doc["x402Version"] == 2 and doc["paymentPayload"]["network"] == DEVNET
    assert doc["paymentRequirements"]["maxAmountRequired"] == str(amount)
    assert (
        doc["paymentRequirements"]["payTo"] == SVM_TREASURY
        and doc["paymentRequirements"]["asset"] == DEVNET_USDC
    )
    message = tx.message
    keys = [str(k) for k in message.account_keys]
    assert keys[0] == SVM_FEE_PAYER and keys[1] == agent
    assert tx.verify_with_results() == [False, True] and tx.signatures[0] == Signature.default()
    assert sandbox.chain.blockhash_is_recent(DEVNET, str(message.recent_blockhash))
    limit, price, transfer = message.instructions
    assert [keys[ix.program_id_index] for ix in message.instructions] == [
        svm.COMPUTE_BUDGET_PROGRAM,
        svm.COMPUTE_BUDGET_PROGRAM,
        svm.TOKEN_PROGRAM,
    ]
    assert bytes(limit.data) == bytes(set_compute_unit_limit(200_000).data)
    assert bytes(price.data) == bytes(set_compute_unit_price(1_000).data)
    mint = Pubkey.from_string(DEVNET_USDC)
    assert [keys[i] for i in transfer.accounts] == [
        str(get_associated_token_address(Pubkey.from_string(agent), mint)),
        DEVNET_USDC,
        str(get_associated_token_address(Pubkey.from_string(SVM_TREASURY), mint)),
        agent,
    ]
    assert bytes(transfer.data) == b"\x0c" + amount.to_bytes(8, "little") + b"\x06"


def test_pays_store_retrieve_query_and_batches(connect: Connect, sandbox: Sandbox) -> None:
    spy = Spy()
    h = connect(spy=spy)
    chain, agent = sandbox.chain, h.identity.address
    start, treasury = chain.balance(DEVNET, agent), chain.balance(DEVNET, SVM_TREASURY)
    assert h(h.client.wallet.get_balance()).balance_raw == str(start)

    stored = h(h.client.memory.store(data={"note": "paid on Solana"}, storage_tier="hot"))
    assert chain.balance(DEVNET, agent) == start - STORE
    assert h(h.client.memory.retrieve(stored.storage_key)).data == {"note": "paid on Solana"}
    assert chain.balance(DEVNET, agent) == start - STORE - RETRIEVE
    h(h.client.collective.query(query_text="gas optimization tips"))
    after_query = start - STORE - RETRIEVE - QUERY
    assert chain.balance(DEVNET, agent) == after_query
    batch = h(h.client.memory.store_batch([{"data": {"i": i}, "storage_tier": "hot"} for i in range(3)]))
    assert batch.success_count == 3
    assert chain.balance(DEVNET, agent) == after_query - 3 * STORE_ITEM
    keys = [r.storage_key for r in batch.results]
    fetched = h(h.client.memory.retrieve_batch(keys[:2]))
    assert fetched.success_count == 2
    spent = STORE + RETRIEVE + QUERY + 3 * STORE_ITEM + 2 * RETRIEVE_ITEM
    assert chain.balance(DEVNET, agent) == start - spent
    assert chain.balance(DEVNET, SVM_TREASURY) == treasury + spent
    assert h(h.client.wallet.get_balance()).balance_raw == str(start - spent)

    amounts = [STORE, RETRIEVE, QUERY, 3 * STORE_ITEM, 2 * RETRIEVE_ITEM]
    records = h.client.payments.records
    assert [(r.network, r.amount, r.status, r.pay_to) for r in records] == [
        (DEVNET, a, "accepted", SVM_TREASURY) for a in amounts
    ]
    assert all(r.receipt_id for r in records)
    assert receipts(sandbox, h.identity.did) == 5
    assert [len(spy.paid), len(spy.rpc("getMultipleAccounts")), len(spy.rpc("getLatestBlockhash"))] == [
        5,
        5,
        5,
    ]
    for seen, amount in zip(spy.paid, amounts, strict=True):
        check_transaction(sandbox, seen.headers[PAY], agent, amount)
    for seen in spy.rpc():
        assert "x-agent-did" not in seen.headers and "x-sig" not in seen.headers and PAY not in seen.headers


def test_paid_once_across_a_dropped_answer(connect: Connect, sandbox: Sandbox) -> None:
    spy = Spy(drop_paid=lambda n: n == 1)
    h = connect(spy=spy)
    start = sandbox.chain.balance(DEVNET, h.identity.address)
    stored = h(h.client.memory.store(data={"a": 1}, storage_tier="hot"))
    assert stored.storage_key
    first, second = spy.paid
    assert first.headers[PAY] == second.headers[PAY]
    assert first.headers["Idempotency-Key"] == second.headers["Idempotency-Key"] != ""
    assert first.content == second.content
    assert len(spy.rpc("getLatestBlockhash")) == 1  # signed once
    assert [(r.status, bool(r.receipt_id)) for r in h.client.payments.records] == [("accepted", True)]
    assert receipts(sandbox, h.identity.did) == 1
    assert sandbox.chain.balance(DEVNET, h.identity.address) == start - STORE


def test_insufficient_funds_are_refused_before_signing(connect: Connect, sandbox: Sandbox) -> None:
    spy = Spy()
    h = connect(spy=spy)
    sandbox.chain.set_balance(DEVNET, h.identity.address, STORE - 1)
    with pytest.raises(InsufficientFundsError, match=r"have 0\.001999, need 0\.002000") as caught:
        h(h.client.memory.store(data={"a": 1}, storage_tier="hot"))
    assert (caught.value.balance, caught.value.required) == (STORE - 1, STORE)
    assert spy.paid == [] and len(h.client.payments) == 0
    assert len(spy.rpc("getLatestBlockhash")) == 0
    assert sandbox.chain.balance(DEVNET, h.identity.address) == STORE - 1
    assert h(h.client.wallet.needs_funding(threshold=0.002)).needs_funding is True


def test_missing_token_accounts(xache_sandbox: Sandbox) -> None:
    """On a fresh sandbox: no agent token account, then no recipient token account; nothing is signed."""
    ident = xache_sandbox.new_identity("sol")
    xache_sandbox.chain.balance(DEVNET, ident.address)  # funds it
    xache_sandbox.store.execute("DELETE FROM chain_accounts WHERE owner = ?", [ident.address])
    with xache_sandbox.client_sync(ident) as client:
        with pytest.raises(InsufficientFundsError, match="no USDC token"):
            client.memory.store(data={"a": 1}, storage_tier="hot")
        assert len(client.payments) == 0
    funded = xache_sandbox.new_identity("sol")
    xache_sandbox.store.execute("DELETE FROM chain_accounts WHERE owner = ?", [SVM_TREASURY])
    with xache_sandbox.client_sync(funded) as client:
        with pytest.raises(PaymentChallengeError, match="does not exist"):
            client.memory.store(data={"a": 1}, storage_tier="hot")
        assert len(client.payments) == 0
    assert receipts(xache_sandbox, ident.did) == receipts(xache_sandbox, funded.did) == 0


# -- the facilitator's refusals --------------------------------------------------------------------------


def keypair(ident: TestIdentity) -> Keypair:
    return Keypair.from_bytes(bytes.fromhex(ident.private_key))


def solders_payment(
    agent: Keypair,
    blockhash: str,
    *,
    amount: int = STORE,
    mint: str = DEVNET_USDC,
    recipient: str = SVM_TREASURY,
    fee_payer: str = SVM_FEE_PAYER,
    price: int = 1_000,
    decimals: int = 6,
    extra: tuple[Instruction, ...] = (),
    signer: Keypair | None = None,
    legacy: bool = False,
) -> bytes:
    """A payment compiled by solders' own ``try_compile`` (not the client's code), with any field changed."""
    mint_key = Pubkey.from_string(mint)
    owner = (signer or agent).pubkey()
    metas = [
        AccountMeta(get_associated_token_address(agent.pubkey(), mint_key), False, True),
        AccountMeta(mint_key, False, False),
        AccountMeta(get_associated_token_address(Pubkey.from_string(recipient), mint_key), False, True),
        AccountMeta(owner, True, False),
    ]
    data = b"\x0c" + amount.to_bytes(8, "little") + bytes((decimals,))
    instructions = [
        set_compute_unit_limit(200_000),
        set_compute_unit_price(price),
        Instruction(Pubkey.from_string(svm.TOKEN_PROGRAM), data, metas),
        *extra,
    ]
    signing = signer or agent
    if legacy:
        old = Message.new_with_blockhash(
            instructions, Pubkey.from_string(fee_payer), Hash.from_string(blockhash)
        )
        keys = old.account_keys[: old.header.num_required_signatures]
        sigs = [
            signing.sign_message(bytes(old)) if k == signing.pubkey() else Signature.default() for k in keys
        ]
        return bytes(Transaction.populate(old, sigs))
    message = MessageV0.try_compile(
        Pubkey.from_string(fee_payer), instructions, [], Hash.from_string(blockhash)
    )
    signatures = [
        signing.sign_message(to_bytes_versioned(message)) if key == signing.pubkey() else Signature.default()
        for key in message.account_keys[: message.header.num_required_signatures]
    ]
    return bytes(VersionedTransaction.populate(message, signatures))


def paying_with(make: Callable[[PaymentRequirement], bytes | str]) -> PaymentPolicy:
    """A policy whose external payer answers the challenge with ``make(requirement)`` (tx bytes or a header)."""

    def pay(challenge: PaymentChallenge, requirement: PaymentRequirement) -> str:
        made = make(requirement)
        return made if isinstance(made, str) else encode_exact_svm_header(requirement, made)

    return PaymentPolicy(external_payer=pay)


def current(sandbox: Sandbox) -> str:
    return sandbox.chain.blockhash(DEVNET, sandbox.chain.slot())


def refused(sandbox: Sandbox, h: Harness, reason: str) -> None:
    start = sandbox.chain.balance(DEVNET, h.identity.address)
    with pytest.raises(PaymentError, match="the server refused the payment") as caught:
        h(h.client.memory.store(data={"a": 1}, storage_tier="hot"))
    assert caught.value.challenge is not None and reason in (caught.value.challenge.error or "")
    assert receipts(sandbox, h.identity.did) == 0
    assert sandbox.chain.balance(DEVNET, h.identity.address) == start
    assert [r.status for r in h.client.payments.records] == ["rejected"]


TAMPERED: dict[str, tuple[dict[str, Any], str]] = {
    "amount-short": ({"amount": STORE - 1}, "amount must be exactly 2000"),
    "amount-over": ({"amount": STORE + 1}, "amount must be exactly 2000"),
    "wrong-mint": ({"mint": MAINNET_USDC}, "mint must be"),
    "wrong-destination": (
        {"recipient": str(Keypair().pubkey())},
        "destination is not the token account of payTo",
    ),
    "missing-fee-payer": ({"fee_payer": "agent"}, "fee payer must be extra.feePayer"),
    "other-fee-payer": ({"fee_payer": str(Keypair().pubkey())}, "fee payer must be extra.feePayer"),
    "compute-price": ({"price": 5_000_001}, "compute unit price above"),
    "fourth-instruction": ({"extra": (set_compute_unit_limit(1),)}, "exactly 3 instructions"),
    "decimals": ({"decimals": 9}, "decimals"),
    "someone-else-signs": ({"signer": "other"}, "not from the agent's wallet"),
    "stale-blockhash": ({"blockhash": "stale"}, "blockhash is not recent"),
    "unknown-blockhash": ({"blockhash": "unknown"}, "blockhash is not recent"),
}


@pytest.mark.parametrize("mode", ["sync"])  # the refusals are the sandbox's: one client suffices
@pytest.mark.parametrize("case", list(TAMPERED))
def test_sandbox_refuses_a_tampered_payment(case: str, connect: Connect, sandbox: Sandbox, mode: str) -> None:
    changes, reason = TAMPERED[case]
    ident = sandbox.new_identity("sol")
    agent = keypair(ident)

    def make(requirement: PaymentRequirement) -> bytes:
        options = dict(changes)
        blockhash = options.pop("blockhash", current(sandbox))
        if blockhash == "stale":
            blockhash = sandbox.chain.blockhash(DEVNET, sandbox.chain.slot() - BLOCKHASH_VALIDITY_SLOTS - 10)
        elif blockhash == "unknown":
            blockhash = str(Hash.new_unique())
        if options.get("fee_payer") == "agent":
            options["fee_payer"] = str(agent.pubkey())
        if options.get("signer") == "other":
            options["signer"] = Keypair()
        return solders_payment(agent, blockhash, **options)

    refused(sandbox, connect(ident, payment_policy=paying_with(make)), reason)


def test_sandbox_refuses_a_bad_signature_and_a_legacy_transaction(connect: Connect, sandbox: Sandbox) -> None:
    ident = sandbox.new_identity("sol")
    agent = keypair(ident)

    def forged(requirement: PaymentRequirement) -> bytes:
        raw = bytearray(solders_payment(agent, current(sandbox)))
        raw[1 + 64 : 1 + 128] = bytes(64)  # the agent's signature slot
        return bytes(raw)

    refused(sandbox, connect(ident, payment_policy=paying_with(forged)), "signature invalid")

    legacy_ident = sandbox.new_identity("sol")

    def legacy(requirement: PaymentRequirement) -> bytes:
        return solders_payment(keypair(legacy_ident), current(sandbox), legacy=True)

    refused(sandbox, connect(legacy_ident, payment_policy=paying_with(legacy)), "v0 transaction")
    refused(
        sandbox, connect(sandbox.new_identity("sol"), payment_policy=paying_with(lambda r: "%%%")), "base64"
    )


def test_a_solders_compiled_payment_is_accepted(connect: Connect, sandbox: Sandbox, mode: str) -> None:
    """The facilitator checks fields, not the byte layout: solders orders the accounts unlike web3.js."""
    ident = sandbox.new_identity("sol")
    h = connect(
        ident, payment_policy=paying_with(lambda r: solders_payment(keypair(ident), current(sandbox)))
    )
    start = sandbox.chain.balance(DEVNET, ident.address)
    h(h.client.memory.store(data={"a": 1}, storage_tier="hot"))
    assert sandbox.chain.balance(DEVNET, ident.address) == start - STORE


def test_sandbox_refuses_a_replayed_transaction_or_signature(
    connect: Connect, sandbox: Sandbox, mode: str
) -> None:
    spy = Spy()
    payer = connect(spy=spy)
    payer(payer.client.memory.store(data={"a": 1}, storage_tier="hot"))
    (paid,) = spy.paid
    header = paid.headers[PAY]
    replay = connect(payer.identity, payment_policy=paying_with(lambda r: header))
    refused_before = sandbox.chain.balance(DEVNET, payer.identity.address)
    with pytest.raises(PaymentError, match="already used"):
        replay(replay.client.memory.store(data={"b": 2}, storage_tier="hot"))
    _, tx = decoded(header)
    signatures = [
        Signature.from_bytes(b"\x01" * 64),
        tx.signatures[1],
    ]  # another fee-payer slot, same agent signature
    resigned = bytes(VersionedTransaction.populate(tx.message, signatures))
    other = connect(
        payer.identity, payment_policy=paying_with(lambda r: encode_exact_svm_header(r, resigned))
    )
    with pytest.raises(PaymentError, match="already used"):
        other(other.client.memory.store(data={"c": 3}, storage_tier="hot"))
    assert sandbox.chain.balance(DEVNET, payer.identity.address) == refused_before
    assert receipts(sandbox, payer.identity.did) == 1


def test_sandbox_refuses_a_payment_over_the_balance(connect: Connect, sandbox: Sandbox, mode: str) -> None:
    """The facilitator's own balance check, with the client's pre-flight bypassed by an external payer."""
    ident = sandbox.new_identity("sol")
    signer = SolanaPrivateKeySigner(ident.private_key)

    def make(requirement: PaymentRequirement) -> bytes:
        return build_exact_svm_transaction(
            signer, plan_exact_svm_payment(signer, requirement), current(sandbox)
        )

    h = connect(ident, payment_policy=paying_with(make))
    sandbox.chain.set_balance(DEVNET, ident.address, STORE - 1)
    refused(sandbox, h, "insufficient funds")


def test_payments_within_one_slot_are_all_accepted() -> None:
    """With the sandbox clock stopped every payment sees the same blockhash; none is taken for a replay."""
    stopped = time.time()
    store = Store(":memory:")
    try:
        with serve(create_app(store=store, clock=lambda: stopped)) as url:
            ident = new_identity(store, "sol")
            spy = Spy()
            http = httpx.Client(transport=spy)
            with XacheClientSync(
                url, ident.did, ident.private_key, http_client=http, rpc_urls=rpc_urls(url)
            ) as c:
                for i in range(3):
                    c.memory.store(data={"i": i}, storage_tier="hot")
                assert [r.status for r in c.payments.records] == ["accepted"] * 3
            http.close()
            blockhashes = {str(decoded(r.headers[PAY])[1].message.recent_blockhash) for r in spy.paid}
            assert len(blockhashes) == 1 and len({r.headers[PAY] for r in spy.paid}) == 3
            row = store.scalar(
                "SELECT amount FROM chain_accounts WHERE network = ? AND owner = ?", [DEVNET, ident.address]
            )
            assert row == DEFAULT_FUNDING - 3 * STORE
    finally:
        store.close()
