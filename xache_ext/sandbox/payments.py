"""x402 payment challenges (HTTP 402), verification of ``PAYMENT-SIGNATURE`` / ``X-PAYMENT`` headers, settlement.

EVM agents are offered ``base-sepolia`` (an EIP-3009 authorization); Solana agents ``solana-devnet`` (a
partially signed transaction, checked as an x402 ``exact`` SVM facilitator checks it). Settling moves the test
USDC on the sandbox's chain (:mod:`xache_ext.sandbox.chain`) and spends the nonce / transaction for good.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import re
import secrets
from decimal import ROUND_CEILING, Decimal
from typing import Any

import attrs
from nacl.bindings import crypto_sign_open

from ..chain import svm
from ..crypto.base58 import b58decode, b58encode
from ..crypto.did import DID
from ..crypto.eip712 import transfer_with_authorization_digest
from ..crypto.evm import recover_address
from ..payments.networks import NETWORKS
from .auth import SECP256K1_HALF_ORDER
from .chain import EVM_TREASURY, SVM_FEE_PAYER, SVM_TREASURY, Chain, InsufficientBalance
from .ledger import ApiError
from .store import Store

__all__ = [
    "ASSET",
    "CHAIN_ID",
    "NETWORK",
    "SVM_ASSET",
    "SVM_FEE_PAYER",
    "SVM_NETWORK",
    "SVM_TREASURY",
    "TREASURY",
    "PaymentFailure",
    "VerifiedPayment",
    "challenge_body",
    "challenge_headers",
    "new_challenge_id",
    "settle_payment",
    "usd_to_atomic",
    "verify_payment",
]

log = logging.getLogger(__name__)

NETWORK = "base-sepolia"
CHAIN_ID = 84532
ASSET = "0x036CbD53842c5426634e7929541eC2318f3dCF7e"
#: The sandbox's fixed treasury (``payTo``); derived from a label, so no key is known for it.
TREASURY = EVM_TREASURY
SVM_NETWORK = "solana-devnet"
SVM_ASSET = NETWORKS[SVM_NETWORK].usdc
DOMAIN: dict[str, Any] = {"name": "USDC", "version": "2", "chainId": CHAIN_ID, "verifyingContract": ASSET}

_HEX32 = re.compile(r"0x[0-9a-fA-F]{64}")
_ADDRESS = re.compile(r"0x[0-9a-fA-F]{40}")
_UINT = re.compile(r"[0-9]{1,78}")


class PaymentFailure(Exception):
    """A payment header was present but is not acceptable; ``str(exc)`` is the 402's ``error``."""


@attrs.frozen
class VerifiedPayment:
    """A verified payment, not yet settled: an EIP-3009 authorization or a Solana transfer.

    ``nonce`` is what makes it single-use (the EIP-3009 nonce; the agent's transaction signature on Solana),
    ``also_spent`` further single-use keys (the hash of the Solana message), ``source``/``destination`` the
    token accounts the value moves between on the sandbox chain.
    """

    from_address: str
    value: int
    nonce: str
    network: str = NETWORK
    source: str = ""
    destination: str = ""
    also_spent: tuple[str, ...] = ()


def usd_to_atomic(usd: Decimal) -> int:
    """USD → USDC atomic units (6 decimals), rounded up."""
    return int((usd * 1_000_000).to_integral_value(rounding=ROUND_CEILING))


def new_challenge_id() -> str:
    """A fresh challenge id."""
    return "chal_" + secrets.token_hex(12)


def _usd_text(usd: Decimal) -> str:
    text = format(usd.normalize(), "f")
    return text


def requirements(atomic: int, usd: Decimal, resource: str, agent: DID | None = None) -> dict[str, Any]:
    """The single ``accepts`` entry of a challenge: on ``solana-devnet`` for a Solana agent, else ``base-sepolia``."""
    if agent is not None and agent.chain == "sol":
        return {
            "scheme": "exact",
            "network": SVM_NETWORK,
            "maxAmountRequired": str(atomic),
            "asset": SVM_ASSET,
            "payTo": SVM_TREASURY,
            "resource": resource,
            "description": f"Xache Protocol payment: {_usd_text(usd)} USD",
            "mimeType": "application/json",
            "maxTimeoutSeconds": 60,
            "extra": {"feePayer": SVM_FEE_PAYER},
        }
    return {
        "scheme": "exact",
        "network": NETWORK,
        "maxAmountRequired": str(atomic),
        "asset": ASSET,
        "payTo": TREASURY,
        "resource": resource,
        "description": f"Xache Protocol payment: {_usd_text(usd)} USD",
        "mimeType": "application/json",
        "maxTimeoutSeconds": 60,
        "extra": {"name": "USDC", "version": "2"},
    }


def challenge_body(
    atomic: int, usd: Decimal, resource: str, error: str = "Payment required", agent: DID | None = None
) -> dict[str, Any]:
    """The x402 v1 body of a 402 (its requirement on the agent's chain family)."""
    return {"x402Version": 1, "error": error, "accepts": [requirements(atomic, usd, resource, agent)]}


def challenge_headers(body: dict[str, Any], challenge_id: str) -> dict[str, str]:
    """``X-Challenge-ID`` and the x402 v2 ``PAYMENT-REQUIRED`` header (std base64 JSON)."""
    v2 = {
        "x402Version": 2,
        "error": body["error"],
        "accepts": [{**a, "amount": a["maxAmountRequired"]} for a in body["accepts"]],
    }
    encoded = base64.b64encode(json.dumps(v2, separators=(",", ":")).encode()).decode("ascii")
    return {"X-Challenge-ID": challenge_id, "PAYMENT-REQUIRED": encoded}


def _decode_header(value: str) -> dict[str, Any]:
    text = value.strip()
    try:
        raw = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
        doc = json.loads(raw)
    except (binascii.Error, ValueError):
        raise PaymentFailure("payment header is not base64-encoded JSON") from None
    if not isinstance(doc, dict):
        raise PaymentFailure("payment header JSON must be an object")
    return doc


def _extract(doc: dict[str, Any]) -> tuple[str | None, str | None, dict[str, Any]]:
    """(scheme, network, payload) from the TS SDK form, the x402 v2 form or the v1 form."""
    version = doc.get("x402Version")
    pp = doc.get("paymentPayload")
    if isinstance(pp, dict):  # TypeScript SDK form
        payload = pp.get("payload")
        if not isinstance(payload, dict):
            raise PaymentFailure("paymentPayload.payload must be an object")
        return pp.get("scheme"), pp.get("network"), payload
    payload = doc.get("payload")
    if not isinstance(payload, dict):
        raise PaymentFailure("payment payload missing")
    if version == 2:
        accepted = doc.get("accepted")
        if not isinstance(accepted, dict):
            raise PaymentFailure("x402 v2 payment lacks 'accepted'")
        return accepted.get("scheme"), accepted.get("network"), payload
    if version == 1:
        return doc.get("scheme"), doc.get("network"), payload
    raise PaymentFailure("unsupported x402Version")


def verify_payment(
    header: str, *, agent: DID, price_atomic: int, now_s: int, store: Store, chain: Chain | None = None
) -> VerifiedPayment:
    """Verify a payment header for a charge of ``price_atomic``; raises :class:`PaymentFailure`.

    With ``chain``, the payer's balance on the sandbox chain must cover the charge, and Solana payments
    (the agent's family decides which network is expected) are checked against its recent blockhashes.
    """
    doc = _decode_header(header)
    scheme, network, payload = _extract(doc)
    if scheme not in (None, "exact"):
        raise PaymentFailure("payment scheme must be 'exact'")
    if agent.chain == "sol":
        if chain is None:
            raise PaymentFailure("Solana payments need the sandbox chain")
        if network != SVM_NETWORK:
            raise PaymentFailure(f"payment network must be {SVM_NETWORK}")
        return verify_svm_payment(payload, agent=agent, price_atomic=price_atomic, store=store, chain=chain)
    if network != NETWORK:
        raise PaymentFailure(f"payment network must be {NETWORK}")
    auth = payload.get("authorization")
    sig = payload.get("signature")
    if not isinstance(auth, dict) or not isinstance(sig, str):
        raise PaymentFailure("payment payload needs 'authorization' and 'signature'")
    fields = {k: auth.get(k) for k in ("from", "to", "value", "validAfter", "validBefore", "nonce")}
    for k in ("from", "to"):
        if not isinstance(fields[k], str) or not _ADDRESS.fullmatch(str(fields[k])):
            raise PaymentFailure(f"payment authorization.{k} is not an address")
    for k in ("value", "validAfter", "validBefore"):
        v = fields[k]
        if isinstance(v, int) and not isinstance(v, bool) and v >= 0:
            fields[k] = str(v)
        if not isinstance(fields[k], str) or not _UINT.fullmatch(str(fields[k])):
            raise PaymentFailure(f"payment authorization.{k} is not an unsigned integer")
    if not isinstance(fields["nonce"], str) or not _HEX32.fullmatch(fields["nonce"]):
        raise PaymentFailure("payment authorization.nonce must be 0x + 64 hex")
    sig_hex = sig[2:] if sig[:2] in ("0x", "0X") else sig
    try:
        sig_bytes = bytes.fromhex(sig_hex)
        digest = transfer_with_authorization_digest(DOMAIN, fields)
        signer = recover_address(digest, sig_bytes)
    except ValueError:
        raise PaymentFailure("payment signature invalid") from None
    if int.from_bytes(sig_bytes[32:64], "big") > SECP256K1_HALF_ORDER:  # USDC's contract refuses high s too
        raise PaymentFailure("payment signature has a high s value (malleable); sign with low s (EIP-2)")
    frm, to = str(fields["from"]), str(fields["to"])
    if signer.lower() != frm.lower():
        raise PaymentFailure("payment signature invalid")
    if agent.chain != "evm" or frm.lower() != agent.address.lower():
        raise PaymentFailure("payment is not from the agent's wallet")
    if to.lower() != TREASURY.lower():
        raise PaymentFailure("payment recipient (to) is not payTo")
    value = int(str(fields["value"]))
    if value < price_atomic:
        raise PaymentFailure(f"payment underpaid: {value} < {price_atomic}")
    if int(str(fields["validAfter"])) > now_s:
        raise PaymentFailure("payment not yet valid")
    if now_s >= int(str(fields["validBefore"])):
        raise PaymentFailure("payment expired")
    nonce = str(fields["nonce"]).lower()
    if store.scalar("SELECT 1 FROM used_nonces WHERE nonce = ?", [nonce]):
        raise PaymentFailure("payment nonce already used")
    if chain is not None and chain.balance(NETWORK, frm) < value:
        raise PaymentFailure(f"insufficient funds: the payer's USDC on {NETWORK} does not cover {value}")
    return VerifiedPayment(
        from_address=frm,
        value=value,
        nonce=nonce,
        source=frm.lower(),
        destination=TREASURY.lower(),
    )


def _svm_transaction(payload: dict[str, Any]) -> tuple[bytes, svm.DecodedTransaction]:
    encoded = payload.get("transaction")
    if not isinstance(encoded, str):
        raise PaymentFailure("payment payload needs 'transaction' (base64)")
    try:
        raw = base64.b64decode(encoded, validate=True)
        return raw, svm.decode_transaction(raw)
    except (binascii.Error, ValueError) as exc:
        raise PaymentFailure(f"payment transaction cannot be decoded: {exc}") from None


def _check_compute_budget(tx: svm.DecodedTransaction) -> None:
    limit, price = tx.instructions[0], tx.instructions[1]
    for ix in (limit, price):
        if tx.program_id(ix) != svm.COMPUTE_BUDGET_PROGRAM or ix.accounts:
            raise PaymentFailure("instructions 1 and 2 must be ComputeBudget SetComputeUnitLimit / Price")
    if len(limit.data) != 5 or limit.data[0] != 2:
        raise PaymentFailure("instruction 1 must be SetComputeUnitLimit")
    if int.from_bytes(limit.data[1:5], "little") > 1_400_000:
        raise PaymentFailure("compute unit limit above the transaction maximum")
    if len(price.data) != 9 or price.data[0] != 3:
        raise PaymentFailure("instruction 2 must be SetComputeUnitPrice")
    if int.from_bytes(price.data[1:9], "little") > svm.MAX_COMPUTE_UNIT_PRICE_MICROLAMPORTS:
        raise PaymentFailure("compute unit price above 5 lamports per compute unit")


def verify_svm_payment(
    payload: dict[str, Any], *, agent: DID, price_atomic: int, store: Store, chain: Chain
) -> VerifiedPayment:
    """Check a Solana ``exact`` payment as a facilitator does before co-signing it as the fee payer."""
    _, tx = _svm_transaction(payload)
    if tx.version != 0:
        raise PaymentFailure("payment transaction must be a v0 transaction")
    if tx.address_table_lookups:
        raise PaymentFailure("payment transaction must not use address lookup tables")
    if not tx.account_keys or tx.account_keys[0] != SVM_FEE_PAYER:
        raise PaymentFailure("payment transaction fee payer must be extra.feePayer")
    if tx.num_required_signatures != 2 or tx.num_readonly_signed != 1:
        raise PaymentFailure(
            "payment transaction must need exactly the fee payer's and the agent's signatures"
        )
    if len(tx.instructions) != 3:
        raise PaymentFailure("payment transaction must have exactly 3 instructions")
    _check_compute_budget(tx)
    transfer = tx.instructions[2]
    if tx.program_id(transfer) != svm.TOKEN_PROGRAM:
        raise PaymentFailure("instruction 3 must call the SPL Token program")
    if len(transfer.data) != 10 or transfer.data[0] != 12 or len(transfer.accounts) != 4:
        raise PaymentFailure("instruction 3 must be TransferChecked with 4 accounts")
    source, mint, destination, authority = tx.accounts_of(transfer)
    amount, decimals = int.from_bytes(transfer.data[1:9], "little"), transfer.data[9]
    if SVM_FEE_PAYER in tx.accounts_of(transfer):
        raise PaymentFailure("the fee payer must not appear in the transfer")
    if mint != SVM_ASSET:
        raise PaymentFailure(f"payment mint must be {SVM_ASSET}")
    if decimals != NETWORKS[SVM_NETWORK].usdc_decimals:
        raise PaymentFailure("payment decimals do not match the mint")
    if authority != agent.address:
        raise PaymentFailure("payment is not from the agent's wallet")
    if source != svm.associated_token_address(agent.address, SVM_ASSET):
        raise PaymentFailure("payment source is not the agent's USDC token account")
    if destination != svm.associated_token_address(SVM_TREASURY, SVM_ASSET):
        raise PaymentFailure("payment destination is not the token account of payTo")
    src_i, _, dst_i, auth_i = transfer.accounts
    if not (tx.is_writable(src_i) and tx.is_writable(dst_i) and tx.is_signer(auth_i)):
        raise PaymentFailure("transfer accounts have the wrong permissions")
    if amount != price_atomic:
        raise PaymentFailure(f"payment amount must be exactly {price_atomic}; got {amount}")
    signature = tx.signatures[auth_i]
    try:
        crypto_sign_open(signature + tx.message, b58decode(agent.address))
    except Exception:
        raise PaymentFailure("payment signature invalid") from None
    if not chain.blockhash_is_recent(SVM_NETWORK, tx.recent_blockhash):
        raise PaymentFailure("payment transaction blockhash is not recent (expired or unknown)")
    nonce = b58encode(signature)
    message_key = "svm-message:" + hashlib.sha256(tx.message).hexdigest()
    if store.scalar("SELECT 1 FROM used_nonces WHERE nonce IN (?, ?)", [nonce, message_key]):
        raise PaymentFailure("payment transaction already used")
    if not chain.account_exists(SVM_NETWORK, destination):
        raise PaymentFailure("payment destination token account does not exist")
    if chain.balance(SVM_NETWORK, agent.address) < amount:
        raise PaymentFailure(f"insufficient funds: the agent's USDC on {SVM_NETWORK} does not cover {amount}")
    return VerifiedPayment(
        from_address=agent.address,
        value=amount,
        nonce=nonce,
        network=SVM_NETWORK,
        source=source,
        destination=destination,
        also_spent=(message_key,),
    )


def settle_payment(store: Store, chain: Chain, payment: VerifiedPayment, now_ms: int) -> None:
    """Spend the payment's nonce(s) and move its value on the sandbox chain (inside the caller's transaction).

    A balance spent by a concurrent payment since verification is refused with a 402.
    """
    for nonce in (payment.nonce, *payment.also_spent):
        store.insert("used_nonces", {"nonce": nonce, "from_address": payment.from_address, "used_ms": now_ms})
    try:
        chain.transfer(payment.network, payment.source, payment.destination, payment.value)
    except InsufficientBalance as exc:
        raise ApiError(402, "PAYMENT_REQUIRED", f"payment could not be settled: {exc}") from None
