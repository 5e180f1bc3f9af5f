"""Guard rails on spending: caps, allowed networks and assets, and an approval callback."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import attrs

from ..errors import PaymentRefusedError
from .challenge import PaymentChallenge, PaymentRequirement
from .networks import NETWORKS

__all__ = ["ApprovalCallback", "ExternalPayer", "PaymentPolicy"]

ApprovalCallback = Callable[[PaymentRequirement], bool | Awaitable[bool]]
"""Sees a requirement before anything is signed; returns (or resolves to) True to pay."""

ExternalPayer = Callable[[PaymentChallenge, PaymentRequirement], str | Awaitable[str]]
"""Pays out of band and returns the value of the ``PAYMENT-SIGNATURE`` header to send."""

DEFAULT_MAX_PER_PAYMENT = 100_000  # $0.10 in USDC atomic units
_KNOWN_USDC = frozenset(n.usdc.lower() for n in NETWORKS.values())


def _frozen_lower(values: object) -> frozenset[str]:
    if not isinstance(values, set | frozenset | list | tuple):
        raise TypeError("expected a collection of strings")
    return frozenset(str(v).lower() for v in values)


@attrs.frozen
class PaymentPolicy:
    """What the client may pay without asking a person.

    Amounts are atomic units of the asset (USDC: 1_000_000 = $1). ``max_total`` caps the sum of all payments of
    one client. ``allowed_assets`` defaults to the USDC contracts of the known networks.
    """

    max_per_payment: int = attrs.field(default=DEFAULT_MAX_PER_PAYMENT, validator=attrs.validators.ge(0))
    max_total: int | None = None
    allowed_networks: frozenset[str] = attrs.field(default=frozenset(NETWORKS), converter=_frozen_lower)
    allowed_assets: frozenset[str] = attrs.field(default=_KNOWN_USDC, converter=_frozen_lower)
    approve: ApprovalCallback | None = attrs.field(default=None, repr=False)
    external_payer: ExternalPayer | None = attrs.field(default=None, repr=False)

    def allows(self, requirement: PaymentRequirement) -> bool:
        """Whether the network and asset are allowed (amounts are checked by :meth:`check`)."""
        return (
            requirement.network.lower() in self.allowed_networks
            and requirement.asset.lower() in self.allowed_assets
        )

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
