"""Xache Protocol SDK: signed requests, client-side encryption and x402 payments for AI agents.

from xache_ext import XacheClient

async with XacheClient(api_url=..., did="did:agent:evm:0x…", private_key="0x…") as client:
    memory = await client.memory.store(data={"key": "value"}, storage_tier="hot")
"""

from .client import XacheClient, XacheClientSync
from .crypto.did import DID, parse_did
from .crypto.secret import Secret
from .crypto.signers import (
    EthAccountSigner,
    EvmPrivateKeySigner,
    EvmSigner,
    SolanaPrivateKeySigner,
    SolanaSigner,
)
from .errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BudgetExceededError,
    ChainRpcError,
    ConflictError,
    DecryptionError,
    InsufficientFundsError,
    InternalServerError,
    InvalidDIDError,
    InvalidInputError,
    InvalidKeyError,
    KeyMismatchError,
    MissingSignerError,
    NotFoundError,
    PaymentChallengeError,
    PaymentError,
    PaymentOutcomeUnknownError,
    PaymentRefusedError,
    PaymentRequiredError,
    PaymentUnsupportedError,
    PermissionDeniedError,
    RateLimitedError,
    RetryLaterError,
    UnexpectedPaymentRequestError,
    ValidationError,
    XacheError,
    XacheInputError,
)
from .facade.pagination import AsyncPage, AsyncPager, Page
from .payments import PaymentChallenge, PaymentLedger, PaymentPolicy, PaymentRecord, PaymentRequirement

__version__ = "0.1.0"

__all__ = [
    "DID",
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPage",
    "AsyncPager",
    "AuthenticationError",
    "BudgetExceededError",
    "ChainRpcError",
    "ConflictError",
    "DecryptionError",
    "EthAccountSigner",
    "EvmPrivateKeySigner",
    "EvmSigner",
    "InsufficientFundsError",
    "InternalServerError",
    "InvalidDIDError",
    "InvalidInputError",
    "InvalidKeyError",
    "KeyMismatchError",
    "MissingSignerError",
    "NotFoundError",
    "Page",
    "PaymentChallenge",
    "PaymentChallengeError",
    "PaymentError",
    "PaymentLedger",
    "PaymentOutcomeUnknownError",
    "PaymentPolicy",
    "PaymentRecord",
    "PaymentRefusedError",
    "PaymentRequiredError",
    "PaymentRequirement",
    "PaymentUnsupportedError",
    "PermissionDeniedError",
    "RateLimitedError",
    "RetryLaterError",
    "Secret",
    "SolanaPrivateKeySigner",
    "SolanaSigner",
    "UnexpectedPaymentRequestError",
    "ValidationError",
    "XacheClient",
    "XacheClientSync",
    "XacheError",
    "XacheInputError",
    "__version__",
    "parse_did",
]
