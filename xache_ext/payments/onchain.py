"""The payment header for a requirement, with whatever chain reads it needs, as one step generator.

:func:`payment_header` is what the auth flow calls once the policy has allowed a payment. It yields the
JSON-RPC calls it needs (:class:`~xache_ext.chain.rpc.RpcCall`) and returns the ``PAYMENT-SIGNATURE`` value:

* EVM: with the pre-flight on (see :class:`~xache_ext.chain.endpoints.ChainSettings`), the USDC balance and the
  ``authorizationState`` of a fresh nonce are read before signing, as the TypeScript SDK does; then the EIP-3009
  authorization is signed offline.
* Solana: both token accounts and a recent blockhash are read, then the transfer is signed
  (:mod:`xache_ext.payments.exact_solana`, which needs the ``solana`` extra and is imported only here).
"""

from __future__ import annotations

import secrets

from ..chain import evm
from ..chain.endpoints import ChainSettings
from ..chain.rpc import ChainSteps
from ..crypto.signers import EvmSigner, Signer, SolanaSigner
from ..errors import InsufficientFundsError, PaymentError, PaymentUnsupportedError
from .challenge import PaymentChallenge, PaymentRequirement
from .exact_evm import build_exact_evm_payment
from .networks import Network, resolve_network

__all__ = ["can_pay", "payment_header", "require_solana_extra"]


def can_pay(signer: Signer | None, requirement: PaymentRequirement) -> bool:
    """Whether ``signer`` can sign ``requirement`` itself (scheme ``exact`` on a network of its own family)."""
    network = resolve_network(requirement.network)
    if signer is None or requirement.scheme != "exact" or network is None:
        return False
    if network.family == "evm":
        return isinstance(signer, EvmSigner)
    return isinstance(signer, SolanaSigner)


def _evm_preflight(
    signer: EvmSigner,
    requirement: PaymentRequirement,
    network: Network,
    url: str,
    challenge: PaymentChallenge | None,
) -> ChainSteps[bytes]:
    """Check the USDC balance and a fresh nonce on chain; returns the nonce to sign with."""
    balance = yield from evm.erc20_balance(url, requirement.asset, signer.address)
    if balance < requirement.amount:
        raise InsufficientFundsError.short(
            requirement.network, signer.address, balance, requirement.amount, network.usdc_decimals, challenge
        )
    nonce = secrets.token_bytes(32)
    if (yield from evm.authorization_state(url, requirement.asset, signer.address, nonce)):
        raise PaymentError(
            "the fresh EIP-3009 nonce is already used on chain; not signing", challenge=challenge
        )
    return nonce


def require_solana_extra(challenge: PaymentChallenge | None) -> None:
    """Raise :class:`PaymentUnsupportedError` naming the ``solana`` extra when Solana payments cannot be built."""
    try:
        import xache_ext.payments.exact_solana  # noqa: F401  (cached once imported)
    except ImportError as exc:
        raise PaymentUnsupportedError(str(exc), challenge=challenge) from exc


def payment_header(
    signer: Signer | None,
    requirement: PaymentRequirement,
    challenge: PaymentChallenge | None,
    chain: ChainSettings,
    *,
    now: float | None = None,
) -> ChainSteps[str]:
    """Sign ``requirement`` with ``signer`` and return the ``PAYMENT-SIGNATURE`` value (see the module doc)."""
    network = resolve_network(requirement.network)
    if network is not None and network.family == "evm" and isinstance(signer, EvmSigner):
        nonce = None
        if chain.preflight_evm(network.name):
            nonce = yield from _evm_preflight(
                signer, requirement, network, chain.url(network.name), challenge
            )
        return build_exact_evm_payment(signer, requirement, challenge, now=now, nonce=nonce)
    if network is not None and network.family == "svm" and isinstance(signer, SolanaSigner):
        require_solana_extra(challenge)
        from .exact_solana import exact_svm_payment

        return (yield from exact_svm_payment(signer, requirement, chain.url(network.name), challenge))
    family = "no" if signer is None else "an EVM" if isinstance(signer, EvmSigner) else "a Solana"
    raise PaymentUnsupportedError(
        f"a payment on {requirement.network!r} cannot be signed with {family} signer; "
        "pay out of band with PaymentPolicy(external_payer=...)",
        challenge=challenge,
    )
