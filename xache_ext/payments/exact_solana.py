"""The x402 "exact" scheme on Solana: a partially signed v0 transaction of one SPL ``TransferChecked``.

Built as the official TypeScript SDK builds it (``SolanaPaymentHandler.createPaymentPayload``): the fee payer is
the challenge's ``extra.feePayer``; exactly three instructions (SetComputeUnitLimit 200,000, SetComputeUnitPrice
1,000 micro-lamports, TransferChecked of exactly the required amount from the agent's associated token account
to the associated token account of ``(payTo, asset)``); the message compiled with the account order of
``@solana/web3.js`` (so the bytes equal TypeScript's); signed by the agent only. The header is standard base64 of
``{x402Version: 2, paymentPayload: {scheme, network, payload: {transaction}}, paymentRequirements: {...}}``.

One deliberate difference: two payments of the same amount to the same recipient under the same blockhash (one
slot, ~400 ms) would be byte-identical transactions, and Solana drops the second as a duplicate; the TypeScript
SDK sends it anyway. Here the second one bids one more micro-lamport per compute unit (the third two more, ...),
far below the x402 cap of 5 lamports, so that it is a transaction of its own.

Needs the ``solana`` extra (``solders``).
"""

from __future__ import annotations

import base64
import threading
from collections import OrderedDict

try:
    from solders.hash import Hash
    from solders.instruction import AccountMeta, CompiledInstruction, Instruction
    from solders.message import MessageHeader, MessageV0, to_bytes_versioned
    from solders.pubkey import Pubkey
    from solders.signature import Signature
    from solders.transaction import VersionedTransaction
except ImportError as exc:  # pragma: no cover - exercised in a subprocess without solders
    raise ImportError(
        "Solana payments need the 'solana' extra (solders): pip install 'xache-sdk[solana]'"
    ) from exc

from ..chain import svm
from ..chain.rpc import ChainSteps
from ..crypto.signers import SolanaSigner
from ..errors import InsufficientFundsError, PaymentChallengeError, PaymentError, PaymentUnsupportedError
from .challenge import PaymentChallenge, PaymentRequirement
from .header import encode_payment_header
from .networks import resolve_network

__all__ = [
    "COMPUTE_UNIT_LIMIT",
    "COMPUTE_UNIT_PRICE_MICROLAMPORTS",
    "MAX_TIMEOUT_SECONDS",
    "SvmPaymentPlan",
    "build_exact_svm_transaction",
    "encode_exact_svm_header",
    "exact_svm_payment",
    "plan_exact_svm_payment",
]

COMPUTE_UNIT_LIMIT = 200_000
COMPUTE_UNIT_PRICE_MICROLAMPORTS = 1_000
MAX_TIMEOUT_SECONDS = 120
_COMPUTE_BUDGET = Pubkey.from_string(svm.COMPUTE_BUDGET_PROGRAM)
_TOKEN = Pubkey.from_string(svm.TOKEN_PROGRAM)
_U64_MAX = 2**64 - 1


class SvmPaymentPlan:
    """The checked parts of a Solana requirement: who pays whom, from which token account to which."""

    __slots__ = ("agent", "amount", "decimals", "destination", "fee_payer", "mint", "pay_to", "source")

    def __init__(
        self, signer: SolanaSigner, requirement: PaymentRequirement, challenge: PaymentChallenge | None
    ):
        network = resolve_network(requirement.network)
        if network is None or network.family != "svm":
            raise PaymentUnsupportedError(
                f"network {requirement.network!r} is not a Solana network", challenge=challenge
            )
        if requirement.asset != network.usdc:
            raise PaymentUnsupportedError(
                f"asset {requirement.asset!r} is not USDC on {network.name} ({network.usdc}); its decimals "
                "are unknown",
                challenge=challenge,
            )
        if not 0 < requirement.amount <= _U64_MAX:
            raise PaymentChallengeError(
                f"the amount {requirement.amount} is not a valid SPL token amount", challenge=challenge
            )
        fee_payer = requirement.extra.get("feePayer")
        if not isinstance(fee_payer, str) or not fee_payer:
            raise PaymentChallengeError(
                "the Solana challenge has no extra.feePayer (the facilitator that pays the fee); refusing to pay",
                challenge=challenge,
            )
        for name, value in (("extra.feePayer", fee_payer), ("payTo", requirement.pay_to)):
            try:
                svm.decode_pubkey(value)
            except ValueError:
                raise PaymentChallengeError(f"{name} is not a Solana address", challenge=challenge) from None
        if fee_payer == signer.address:
            raise PaymentChallengeError(
                "extra.feePayer is the agent itself; the facilitator must pay the fee", challenge=challenge
            )
        self.agent = signer.address
        self.fee_payer = fee_payer
        self.mint = requirement.asset
        self.pay_to = requirement.pay_to
        self.amount = requirement.amount
        self.decimals = network.usdc_decimals
        self.source = svm.associated_token_address(self.agent, self.mint)
        self.destination = svm.associated_token_address(self.pay_to, self.mint)


def plan_exact_svm_payment(
    signer: SolanaSigner, requirement: PaymentRequirement, challenge: PaymentChallenge | None = None
) -> SvmPaymentPlan:
    """Check a Solana requirement before anything is read or signed (typed ``PaymentError`` otherwise)."""
    return SvmPaymentPlan(signer, requirement, challenge)


def _transfer_checked(plan: SvmPaymentPlan) -> Instruction:
    data = bytes((12,)) + plan.amount.to_bytes(8, "little") + bytes((plan.decimals,))
    metas = [
        AccountMeta(Pubkey.from_string(plan.source), is_signer=False, is_writable=True),
        AccountMeta(Pubkey.from_string(plan.mint), is_signer=False, is_writable=False),
        AccountMeta(Pubkey.from_string(plan.destination), is_signer=False, is_writable=True),
        AccountMeta(Pubkey.from_string(plan.agent), is_signer=True, is_writable=False),
    ]
    return Instruction(_TOKEN, data, metas)


def _compute_budget(data: bytes) -> Instruction:
    return Instruction(_COMPUTE_BUDGET, data, [])


def _compile_v0(payer: Pubkey, instructions: list[Instruction], blockhash: Hash) -> MessageV0:
    """Compile as ``@solana/web3.js`` does: keys in first-use order (payer, then each program and its accounts),
    grouped writable signers, read-only signers, writable non-signers, read-only non-signers."""
    flags: dict[Pubkey, list[bool]] = {payer: [True, True]}
    for ix in instructions:
        flags.setdefault(ix.program_id, [False, False])
        for meta in ix.accounts:
            entry = flags.setdefault(meta.pubkey, [False, False])
            entry[0] |= meta.is_signer
            entry[1] |= meta.is_writable
    groups: tuple[tuple[bool, bool], ...] = ((True, True), (True, False), (False, True), (False, False))
    keys = [key for group in groups for key, flag in flags.items() if (flag[0], flag[1]) == group]
    index = {key: i for i, key in enumerate(keys)}
    signers = [k for k in keys if flags[k][0]]
    header = MessageHeader(
        num_required_signatures=len(signers),
        num_readonly_signed_accounts=sum(1 for k in signers if not flags[k][1]),
        num_readonly_unsigned_accounts=sum(1 for k in keys if not flags[k][0] and not flags[k][1]),
    )
    compiled = [
        CompiledInstruction(index[ix.program_id], ix.data, bytes(index[m.pubkey] for m in ix.accounts))
        for ix in instructions
    ]
    return MessageV0(header, keys, blockhash, compiled, [])


class _SameSlotPayments:
    """How many transfers were built per (agent, fee payer, destination, amount, blockhash), most recent kept."""

    def __init__(self, size: int = 4096) -> None:
        self._lock = threading.Lock()
        self._seen: OrderedDict[tuple[str, ...], int] = OrderedDict()
        self._size = size

    def count(self, plan: SvmPaymentPlan, blockhash: str) -> int:
        key = (plan.agent, plan.fee_payer, plan.destination, str(plan.amount), blockhash)
        with self._lock:
            seen = self._seen.get(key, 0)
            self._seen[key] = seen + 1
            self._seen.move_to_end(key)
            if len(self._seen) > self._size:
                self._seen.popitem(last=False)
            return seen


_SAME_SLOT = _SameSlotPayments()


def build_exact_svm_transaction(
    signer: SolanaSigner,
    plan: SvmPaymentPlan,
    blockhash: str,
    *,
    compute_unit_price: int = COMPUTE_UNIT_PRICE_MICROLAMPORTS,
) -> bytes:
    """The serialized transaction paying ``plan``, signed by the agent (the fee payer's slot left empty)."""
    if not 0 <= compute_unit_price <= svm.MAX_COMPUTE_UNIT_PRICE_MICROLAMPORTS:
        raise ValueError("the compute unit price must lie within the x402 cap")
    instructions = [
        _compute_budget(bytes((2,)) + COMPUTE_UNIT_LIMIT.to_bytes(4, "little")),
        _compute_budget(bytes((3,)) + compute_unit_price.to_bytes(8, "little")),
        _transfer_checked(plan),
    ]
    message = _compile_v0(Pubkey.from_string(plan.fee_payer), instructions, Hash.from_string(blockhash))
    raw_signature = signer.sign_message(to_bytes_versioned(message))
    if len(raw_signature) != 64:
        raise PaymentError("the Solana signer returned a signature that is not 64 bytes")
    agent = Pubkey.from_string(plan.agent)
    signer_keys = message.account_keys[: message.header.num_required_signatures]
    signatures = [
        Signature.from_bytes(bytes(raw_signature)) if k == agent else Signature.default() for k in signer_keys
    ]
    transaction = VersionedTransaction.populate(message, signatures)
    if not transaction.verify_with_results()[signer_keys.index(agent)]:
        raise PaymentError("the Solana signer's signature does not verify with the agent's public key")
    return bytes(transaction)


def encode_exact_svm_header(requirement: PaymentRequirement, transaction: bytes) -> str:
    """The ``PAYMENT-SIGNATURE`` value for a signed transaction, in the TypeScript SDK's layout."""
    payload = {"transaction": base64.b64encode(transaction).decode("ascii")}
    return encode_payment_header(requirement, payload, max_timeout_seconds=MAX_TIMEOUT_SECONDS)


def exact_svm_payment(
    signer: SolanaSigner,
    requirement: PaymentRequirement,
    rpc_url: str,
    challenge: PaymentChallenge | None = None,
) -> ChainSteps[str]:
    """Pay ``requirement``: check it, read both token accounts and a blockhash over RPC, sign; returns the header.

    Refuses before signing when the agent's USDC account is missing or short (:class:`InsufficientFundsError`)
    or the recipient's token account does not exist (:class:`PaymentChallengeError`).
    """
    plan = plan_exact_svm_payment(signer, requirement, challenge)
    source, destination = yield from svm.multiple_accounts(rpc_url, [plan.source, plan.destination])
    balance = _token_balance(source, plan, challenge)
    if balance < plan.amount:
        raise InsufficientFundsError.short(
            requirement.network, plan.agent, balance, plan.amount, plan.decimals, challenge
        )
    if destination is None or destination.owner != svm.TOKEN_PROGRAM:
        raise PaymentChallengeError(
            f"the recipient's token account {plan.destination} (payTo {plan.pay_to}) does not exist; the x402 "
            "exact scheme does not create it",
            challenge=challenge,
        )
    blockhash = yield from svm.latest_blockhash(rpc_url)
    price = COMPUTE_UNIT_PRICE_MICROLAMPORTS + _SAME_SLOT.count(plan, blockhash)
    transaction = build_exact_svm_transaction(signer, plan, blockhash, compute_unit_price=price)
    return encode_exact_svm_header(requirement, transaction)


def _token_balance(
    account: svm.AccountInfo | None, plan: SvmPaymentPlan, challenge: PaymentChallenge | None
) -> int:
    if account is None:
        raise InsufficientFundsError(
            f"no USDC token account for {plan.agent} (have 0, need {plan.amount / 10**plan.decimals:.6f}); "
            "fund the wallet with USDC",
            balance=0,
            required=plan.amount,
            challenge=challenge,
        )
    try:
        token = svm.unpack_token_account(account.data)
    except ValueError:
        raise PaymentChallengeError(f"{plan.source} is not a token account", challenge=challenge) from None
    if account.owner != svm.TOKEN_PROGRAM or token.mint != plan.mint or token.owner != plan.agent:
        raise PaymentChallengeError(
            f"{plan.source} is not the agent's USDC token account", challenge=challenge
        )
    if token.state != 1:
        raise PaymentChallengeError(
            f"the agent's USDC token account {plan.source} is frozen", challenge=challenge
        )
    return token.amount
