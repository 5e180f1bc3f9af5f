"""Answering a 402: choose a requirement the policy allows, ask for approval, sign, and record the payment."""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx

from ..chain.endpoints import ChainSettings
from ..chain.rpc import relay
from ..contract import OperationInfo
from ..contract.schema import loads_bounded
from ..crypto.signers import Signer
from ..errors import PaymentRefusedError, PaymentUnsupportedError
from ..logs import logger
from ..payments.challenge import PaymentChallenge, PaymentRequirement, parse_challenge
from ..payments.checks import check_challenge
from ..payments.header import PAYMENT_HEADER
from ..payments.ledger import PaymentLedger, PaymentRecord
from ..payments.networks import resolve_network
from ..payments.onchain import can_pay, payment_header, require_solana_extra
from ..payments.policy import PaymentPolicy
from .callbacks import Callback
from .steps import Flow

__all__ = ["PAYMENT_HEADER", "Payer", "receipt_id"]


def receipt_id(response: httpx.Response) -> str | None:
    """The receipt id of a paid call's success answer, if it names one."""
    try:
        data = loads_bounded(response.content).get("data")
    except (ValueError, AttributeError):
        return None
    if not isinstance(data, dict):
        return None
    found = data.get("receiptId") or data.get("batchReceiptId")
    return found if isinstance(found, str) else None


def _list_price(info: OperationInfo) -> str:
    if info.price_per_item is not None:
        return f" (list price of {info.operation_id}: {info.price_per_item} USD per item)"
    if info.price is not None:
        return f" (list price of {info.operation_id}: {info.price} USD)"
    return ""


class Payer:
    """Pays x402 challenges within a :class:`PaymentPolicy` and records each payment in the ledger."""

    def __init__(
        self,
        *,
        signer: Signer | None,
        policy: PaymentPolicy | None = None,
        ledger: PaymentLedger | None = None,
        autopay: bool = True,
        clock: Callable[[], float] = time.time,
        chain: ChainSettings | None = None,
    ) -> None:
        self._signer = signer
        self.chain = chain or ChainSettings()
        self.policy = policy or PaymentPolicy()
        self.ledger = ledger if ledger is not None else PaymentLedger()
        self.autopay = autopay
        self._clock = clock

    @property
    def can_pay(self) -> bool:
        """Whether this client pays 402 challenges by itself."""
        return self.autopay and (self._signer is not None or self.policy.external_payer is not None)

    def _choose(self, challenge: PaymentChallenge) -> PaymentRequirement:
        allowed = [r for r in challenge.requirements if self.policy.allows(r)]
        if not allowed:
            offered = ", ".join(f"{r.network}/{r.asset}" for r in challenge.requirements) or "nothing"
            raise PaymentUnsupportedError(
                f"the server asks for payment on {offered}, which the payment policy does not allow",
                challenge=challenge,
            )
        if self.policy.external_payer is not None:
            return allowed[0]
        for requirement in allowed:
            if can_pay(self._signer, requirement):
                network = resolve_network(requirement.network)
                if network is not None and network.family == "svm":
                    require_solana_extra(challenge)  # before the approval callback is asked
                return requirement
        offered = ", ".join(f"{r.scheme} on {r.network}" for r in allowed)
        raise PaymentUnsupportedError(
            f"this client's signer cannot pay any allowed requirement ({offered}); "
            "pay out of band with PaymentPolicy(external_payer=...)",
            challenge=challenge,
        )

    def _check(
        self, challenge: PaymentChallenge, requirement: PaymentRequirement, info: OperationInfo
    ) -> None:
        try:
            self.policy.check(challenge, requirement, self.ledger.total_amount)
        except PaymentRefusedError as exc:
            raise PaymentRefusedError(f"{exc}{_list_price(info)}", challenge=challenge) from None

    def pay(
        self, request: httpx.Request, response: httpx.Response, info: OperationInfo
    ) -> Flow[PaymentRecord]:
        """Pay the challenge of ``response`` (a 402 to ``request`` of ``info``) and return the recorded payment."""
        challenge = parse_challenge(response)
        requirement = self._choose(challenge)
        check_challenge(challenge, requirement, request.url, self.policy, self.ledger)
        self._check(challenge, requirement, info)
        if self.policy.approve is not None and not (yield Callback(self.policy.approve, (requirement,))):
            raise PaymentRefusedError(
                f"the approval callback declined the payment{_list_price(info)}", challenge=challenge
            )
        if self.policy.external_payer is not None:
            header = yield Callback(self.policy.external_payer, (challenge, requirement))
        else:
            # The chain reads a payment needs (EVM pre-flight; Solana accounts and blockhash) are steps too.
            steps = payment_header(self._signer, requirement, challenge, self.chain, now=self._clock())
            header = yield from relay(steps)
        # Checked again just before recording: a concurrent call may have spent in the meantime.
        self._check(challenge, requirement, info)
        record = PaymentRecord(
            challenge_id=challenge.challenge_id,
            network=requirement.network,
            asset=requirement.asset,
            amount=requirement.amount,
            pay_to=requirement.pay_to,
            resource=requirement.resource or str(request.url),
            header_name=PAYMENT_HEADER,
            header_value=str(header),
        )
        self.ledger.add(record)
        logger.info(
            "paying %s atomic units (%s USD) on %s for %s (challenge %s)",
            record.amount,
            requirement.amount_usd,
            record.network,
            record.resource,
            record.challenge_id,
        )
        return record
