"""x402 payments: reading 402 challenges, the payment policy and ledger, and the EIP-3009 "exact" payer."""

from .challenge import PaymentChallenge, PaymentRequirement, parse_challenge
from .ledger import PaymentLedger, PaymentRecord
from .policy import ApprovalCallback, ExternalPayer, PaymentPolicy

__all__ = [
    "ApprovalCallback",
    "ExternalPayer",
    "PaymentChallenge",
    "PaymentLedger",
    "PaymentPolicy",
    "PaymentRecord",
    "PaymentRequirement",
    "parse_challenge",
]
