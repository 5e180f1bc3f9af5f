"""Guard rails on spending: caps, allowed networks, assets and recipients, and an approval callback."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import attrs

from ..errors import PaymentRefusedError, XacheInputError
from .challenge import PaymentChallenge, PaymentRequirement
from .networks import NETWORKS, address_key, resolve_network

__all__ = ["ApprovalCallback", "ExternalPayer", "PaymentPolicy"]

ApprovalCallback = Callable[[PaymentRequirement], bool | Awaitable[bool]]
"""Sees a requirement before anything is signed; returns (or resolves to) True to pay."""

ExternalPayer = Callable[[PaymentChallenge, PaymentRequirement], str | Awaitable[str]]
"""Pays out of band and returns the value of the ``PAYMENT-SIGNATURE`` header to send."""

DEFAULT_MAX_PER_PAYMENT = 100_000  # $0.10 in USDC atomic units


def _strings(name: str, values: object) -> list[str]:
    if isinstance(values, str) or not isinstance(values, set | frozenset | list | tuple):
        raise XacheInputError(f"{name} must be a collection of strings (a set, list or tuple)")
    if not all(isinstance(v, str) and v for v in values):
        raise XacheInputError(f"{name} must contain only non-empty strings")
    return list(values)


def _networks(values: object) -> frozenset[str]:
    names = []
    for value in _strings("allowed_networks", values):
        network = resolve_network(value)
        if network is None:
            known = ", ".join(sorted(NETWORKS))
            raise XacheInputError(
                f"allowed_networks: unknown network {value!r}; known: {known} or their CAIP-2 ids"
            )
        names.append(network.name)
    return frozenset(names)


def _addresses(name: str, values: object) -> frozenset[str]:
    return frozenset(address_key(v.strip()) for v in _strings(name, values))


def _assets(values: object) -> frozenset[str]:
    return _addresses("allowed_assets", values)


def _optional_addresses(values: object) -> frozenset[str] | None:
    return None if values is None else _addresses("allowed_pay_to", values)


def _amount(name: str, optional: bool) -> Callable[[Any, Any, Any], None]:
    def check(_instance: Any, _attribute: Any, value: Any) -> None:
        if value is None and optional:
            return
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise XacheInputError(f"{name} must be a non-negative integer of atomic units; got {value!r}")

    return check


@attrs.frozen
class PaymentPolicy:
    """What the client may pay without asking a person.

    Amounts are atomic units of the asset (USDC: 1_000_000 = $1). ``max_total`` caps the sum of all payments of
    one client. ``allowed_networks`` takes short names (``base-sepolia``) or CAIP-2 ids (``eip155:84532``,
    ``solana:<genesis>``); both name the same network. Each network's own USDC contract (from
    :data:`~xache_ext.payments.networks.NETWORKS`) is always accepted on that network and on no other;
    ``allowed_assets`` adds contracts accepted on any allowed network (the built-in signer signs only the
    table's USDC, so other assets need ``external_payer``). ``allowed_pay_to``, when given, is the only set of
    recipients that may be paid; without it, a recipient this client has not paid before on a network it
    has paid on is logged as a warning.
    """

    max_per_payment: int = attrs.field(
        default=DEFAULT_MAX_PER_PAYMENT, validator=_amount("max_per_payment", optional=False)
    )
    max_total: int | None = attrs.field(default=None, validator=_amount("max_total", optional=True))
    allowed_networks: frozenset[str] = attrs.field(default=frozenset(NETWORKS), converter=_networks)
    allowed_assets: frozenset[str] = attrs.field(default=frozenset(), converter=_assets)
    allowed_pay_to: frozenset[str] | None = attrs.field(default=None, converter=_optional_addresses)
    approve: ApprovalCallback | None = attrs.field(default=None, repr=False)
    external_payer: ExternalPayer | None = attrs.field(default=None, repr=False)

    def allows_network(self, name: str) -> bool:
        """Whether ``name`` (short or CAIP-2) is an allowed network."""
        network = resolve_network(name)
        return network is not None and network.name in self.allowed_networks

    def allows_asset(self, network_name: str, asset: str) -> bool:
        """Whether ``asset`` may be paid on ``network_name``: its own USDC, or an allow-listed asset."""
        network = resolve_network(network_name)
        if network is None:
            return False
        key = address_key(asset)
        return key == address_key(network.usdc) or key in self.allowed_assets

    def allows(self, requirement: PaymentRequirement) -> bool:
        """Whether the network and asset are allowed (amounts are checked by :meth:`check`)."""
        return self.allows_network(requirement.network) and self.allows_asset(
            requirement.network, requirement.asset
        )

    def allows_pay_to(self, pay_to: str) -> bool:
        """Whether ``pay_to`` may be paid (always, unless ``allowed_pay_to`` pins the recipients)."""
        return self.allowed_pay_to is None or address_key(pay_to) in self.allowed_pay_to

    def check(self, challenge: PaymentChallenge, requirement: PaymentRequirement, spent: int) -> None:
        """Raise :class:`PaymentRefusedError` if paying ``requirement`` breaks a cap."""
        if requirement.amount > self.max_per_payment:
            raise PaymentRefusedError(
                f"payment of {requirement.amount} atomic units ({requirement.amount_usd} USD) for "
                f"{requirement.resource or 'this request'} exceeds max_per_payment={self.max_per_payment}",
                challenge=challenge,
            )
        if self.max_total is not None and spent + requirement.amount > self.max_total:
            raise PaymentRefusedError(
                f"payment of {requirement.amount} atomic units would bring the total to "
                f"{spent + requirement.amount}, over max_total={self.max_total}",
                challenge=challenge,
            )
