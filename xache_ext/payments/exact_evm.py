"""The x402 "exact" scheme on EVM networks: an EIP-3009 TransferWithAuthorization signed as EIP-712.

The EIP-712 domain comes from the SDK's network table, never from the challenge's ``extra``.

The header is encoded as the TypeScript SDK encodes it (standard base64 of compact JSON
``{x402Version: 2, paymentPayload: {scheme, network, payload: {signature, authorization, domain}},
paymentRequirements: {...}}``), which is what the live server accepts from its flagship SDK.
"""

from __future__ import annotations

import secrets
import time
from typing import Any

from ..crypto.eip712 import TRANSFER_WITH_AUTHORIZATION_TYPES
from ..crypto.signers import EvmSigner, sign_typed_data
from ..errors import PaymentUnsupportedError
from .challenge import PaymentChallenge, PaymentRequirement
from .checks import check_requirement
from .header import encode_payment_header
from .networks import address_key, resolve_network

__all__ = ["VALIDITY_SECONDS", "build_exact_evm_payment", "eip712_domain"]

VALIDITY_SECONDS = 300


def eip712_domain(
    requirement: PaymentRequirement, challenge: PaymentChallenge | None = None
) -> dict[str, Any]:
    """The EIP-712 domain to sign for ``requirement``: always the network's USDC domain from
    :data:`~xache_ext.payments.networks.NETWORKS`, never the server's ``extra``.

    Raises :class:`PaymentUnsupportedError` for a non-EVM network or an asset other than that USDC contract
    (whose domain the SDK does not know; pay such assets with ``PaymentPolicy(external_payer=...)``).
    """
    network = resolve_network(requirement.network)
    if network is None or network.family != "evm" or network.chain_id is None:
        raise PaymentUnsupportedError(
            f"network {requirement.network!r} is not an EVM network this client can pay on",
            challenge=challenge,
        )
    if address_key(requirement.asset) != address_key(network.usdc):
        raise PaymentUnsupportedError(
            f"this SDK signs EIP-3009 authorizations only for the USDC contract of {network.name} "
            f"({network.usdc}), not {requirement.asset!r}; pay other assets with "
            "PaymentPolicy(external_payer=...)",
            challenge=challenge,
        )
    return network.usdc_domain()


def build_exact_evm_payment(
    signer: EvmSigner,
    requirement: PaymentRequirement,
    challenge: PaymentChallenge | None = None,
    *,
    now: float | None = None,
    nonce: bytes | None = None,
) -> str:
    """Sign an authorization paying ``requirement`` and return the ``PAYMENT-SIGNATURE`` header value.

    The amount and ``payTo`` are checked first (:func:`~xache_ext.payments.checks.check_requirement`), so a
    malformed requirement raises a :class:`~xache_ext.errors.PaymentError`, never a bare encoder error.
    """
    check_requirement(requirement, challenge)
    domain = eip712_domain(requirement, challenge)
    issued = int(time.time() if now is None else now)
    authorization = {
        "from": signer.address,
        "to": requirement.pay_to,
        "value": str(requirement.amount),
        "validAfter": str(issued),
        "validBefore": str(issued + VALIDITY_SECONDS),
        "nonce": "0x" + (nonce if nonce is not None else secrets.token_bytes(32)).hex(),
    }
    signature = sign_typed_data(
        signer, domain, TRANSFER_WITH_AUTHORIZATION_TYPES, "TransferWithAuthorization", authorization
    )
    payload = {"signature": "0x" + signature.hex(), "authorization": authorization, "domain": domain}
    return encode_payment_header(requirement, payload, max_timeout_seconds=60, extra=domain)
