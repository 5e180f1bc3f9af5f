"""Whether a 402 challenge may be paid for the request it answers, decided before anything is signed.

:func:`check_challenge` is the one gate between a parsed challenge and a signature. It refuses, with a
typed :class:`~xache_ext.errors.PaymentError` whose message says what was wrong:

* a network the SDK does not know (:class:`PaymentUnsupportedError`) or the policy does not allow
  (:class:`PaymentRefusedError`);
* an amount that is not a base-10 integer string > 0 (JSON numbers included; see
  :func:`~xache_ext.payments.challenge.parse_atomic_amount`), a ``payTo`` that is not a valid, non-zero
  address of the network's family, an asset other than the network's USDC from
  :data:`~xache_ext.payments.networks.NETWORKS` (unless ``PaymentPolicy.allowed_assets`` lists it), and a
  ``resource`` on another origin or path than the request (:class:`PaymentChallengeError`);
* a recipient outside ``PaymentPolicy.allowed_pay_to`` when the policy pins recipients
  (:class:`PaymentRefusedError`).

Two things are logged, not refused:

* **A different EIP-712 domain in ``extra``** (``name``, ``version``, ``chainId`` or ``verifyingContract``
  other than the table's). The SDK never signs the server's domain: it signs the table's domain of the
  network's real USDC contract, so a hostile ``extra`` cannot change what the signature authorizes or where
  it is valid. Refusing would only turn a harmless mislabel (which the official TypeScript SDK does not read
  either) into a failed call; the warning still surfaces a misbehaving server.
* **A new recipient** when no ``allowed_pay_to`` is set: a ``payTo`` this client has not paid before on a
  network it has already paid on (the ledger keeps every past recipient).
"""

from __future__ import annotations

import httpx

from ..crypto.base58 import b58decode
from ..crypto.evm import to_checksum_address
from ..errors import PaymentChallengeError, PaymentRefusedError, PaymentUnsupportedError
from ..logs import logger
from .challenge import MAX_ATOMIC_AMOUNT, PaymentChallenge, PaymentRequirement
from .ledger import PaymentLedger
from .networks import Network, address_key, resolve_network
from .policy import PaymentPolicy

__all__ = ["check_challenge", "check_pay_to", "check_requirement"]

_EVM_ZERO = "0x" + "0" * 40


def _shown(value: object, limit: int = 80) -> str:
    text = str(value)
    return repr(text if len(text) <= limit else text[:limit] + "...")


def check_pay_to(network: Network, pay_to: str) -> str | None:
    """Why ``pay_to`` is not a payable address on ``network``, or None if it is.

    EVM: ``0x`` + 40 hex digits, not the zero address, and a correct EIP-55 checksum when mixed-case.
    Solana: base58 of exactly 32 bytes, not all zero (the system program).
    """
    if network.family == "evm":
        if len(pay_to) != 42 or pay_to[:2] != "0x":
            return "is not an EVM address (0x followed by 40 hex digits)"
        try:
            checksummed = to_checksum_address(pay_to)
        except ValueError:
            return "is not an EVM address (0x followed by 40 hex digits)"
        if pay_to.lower() == _EVM_ZERO:
            return "is the zero address"
        if pay_to not in (pay_to.lower(), "0x" + pay_to[2:].upper()) and pay_to != checksummed:
            return "has a wrong EIP-55 checksum (a mistyped address?)"
        return None
    try:
        raw = b58decode(pay_to) if 32 <= len(pay_to) <= 44 else b""
    except ValueError:
        raw = b""
    if len(raw) != 32:
        return "is not a Solana address (base58 of 32 bytes)"
    if not any(raw):
        return "is the all-zero Solana address"
    return None


def check_requirement(requirement: PaymentRequirement, challenge: PaymentChallenge | None = None) -> Network:
    """The request-independent checks: a known network, a valid amount and ``payTo``. Returns the network."""
    network = resolve_network(requirement.network)
    if network is None:
        raise PaymentUnsupportedError(
            f"the server asks for payment on the unknown network {_shown(requirement.network)}",
            challenge=challenge,
        )
    if requirement.problem is not None:
        raise PaymentChallengeError(
            f"the payment challenge is malformed: {requirement.problem}", challenge=challenge, field="amount"
        )
    amount = requirement.amount
    if not isinstance(amount, int) or isinstance(amount, bool) or not 0 < amount <= MAX_ATOMIC_AMOUNT:
        raise PaymentChallengeError(
            f"the payment amount must be a positive integer of atomic units; got {amount!r}",
            challenge=challenge,
            field="amount",
        )
    problem = check_pay_to(network, requirement.pay_to)
    if problem is not None:
        raise PaymentChallengeError(
            f"the payment recipient payTo={_shown(requirement.pay_to)} {problem} on {network.name}",
            challenge=challenge,
            field="payTo",
        )
    return network


def _origin(url: httpx.URL) -> str:
    port = f":{url.port}" if url.port is not None else ""
    return f"{url.scheme}://{url.host}{port}"


def _check_resource(
    requirement: PaymentRequirement, request_url: httpx.URL, challenge: PaymentChallenge | None
) -> None:
    if not requirement.resource:
        return
    try:
        claimed = httpx.URL(requirement.resource)
        if claimed.is_relative_url:
            claimed = request_url.join(claimed)
    except (httpx.InvalidURL, TypeError, ValueError):
        raise PaymentChallengeError(
            f"the challenge's resource {_shown(requirement.resource)} is not a URL",
            challenge=challenge,
            field="resource",
        ) from None
    if _origin(claimed) != _origin(request_url):
        raise PaymentChallengeError(
            f"the challenge is for {_shown(requirement.resource)}, on another origin than the request "
            f"({_origin(request_url)}); refusing to pay for a resource the client did not ask for",
            challenge=challenge,
            field="resource",
        )
    if claimed.path != request_url.path:
        raise PaymentChallengeError(
            f"the challenge is for the path {_shown(claimed.path)}, but the request was for "
            f"{_shown(request_url.path)}",
            challenge=challenge,
            field="resource",
        )


def _warn_on_foreign_domain(network: Network, requirement: PaymentRequirement) -> None:
    if network.family != "evm" or address_key(requirement.asset) != address_key(network.usdc):
        return
    table = network.usdc_domain()
    extra = requirement.extra
    differs = {
        key: extra[key]
        for key in ("name", "version", "chainId")
        if key in extra and str(extra[key]) != str(table[key])
    }
    contract = extra.get("verifyingContract")
    if contract is not None and address_key(str(contract)) != address_key(network.usdc):
        differs["verifyingContract"] = contract
    if differs:
        logger.warning(
            "the 402 for %s names an EIP-712 domain (%s) other than that of USDC on %s; ignoring it and "
            "signing the SDK's own domain %s",
            _shown(requirement.resource or "this request"),
            ", ".join(f"{k}={_shown(v, 40)}" for k, v in differs.items()),
            network.name,
            {k: table[k] for k in ("name", "version", "chainId")},
        )


def check_challenge(
    challenge: PaymentChallenge,
    requirement: PaymentRequirement,
    request_url: httpx.URL | str,
    policy: PaymentPolicy,
    ledger: PaymentLedger | None = None,
) -> None:
    """Raise unless ``requirement`` (one entry of ``challenge``) may be signed for a request to
    ``request_url`` under ``policy``; ``ledger`` holds the client's past payments. Sends nothing.

    See the module docstring for every rule and for what is only logged.
    """
    network = check_requirement(requirement, challenge)
    if not policy.allows_network(requirement.network):
        raise PaymentRefusedError(
            f"the payment policy does not allow payments on {network.name}", challenge=challenge
        )
    if not policy.allows_asset(requirement.network, requirement.asset):
        raise PaymentChallengeError(
            f"the challenge asks for the asset {_shown(requirement.asset)} on {network.name}, which is not "
            f"the USDC contract of {network.name} ({network.usdc}); list it in PaymentPolicy.allowed_assets "
            "to pay in it",
            challenge=challenge,
            field="asset",
        )
    _check_resource(requirement, httpx.URL(str(request_url)), challenge)
    _warn_on_foreign_domain(network, requirement)
    if not policy.allows_pay_to(requirement.pay_to):
        raise PaymentRefusedError(
            f"the recipient {requirement.pay_to} is not in PaymentPolicy.allowed_pay_to", challenge=challenge
        )
    if policy.allowed_pay_to is None and ledger is not None:
        seen = ledger.recipients(network.name)
        if seen and address_key(requirement.pay_to) not in seen:
            logger.warning(
                "the server asks to pay %s on %s, a recipient this client has not paid before (it paid %s); "
                "pin recipients with PaymentPolicy(allowed_pay_to=...)",
                requirement.pay_to,
                network.name,
                ", ".join(sorted(seen)),
            )
