"""Xache Protocol SDK: signed requests, client-side encryption and x402 payments for AI agents.

from xache_ext import XacheClient

async with XacheClient(api_url=..., did="did:agent:evm:0x…", private_key="0x…") as client:
    memory = await client.memory.store(data={"key": "value"}, storage_tier="hot")
"""

from . import errors
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
from .errors import *  # noqa: F403  (every error: errors.__all__)
from .facade.pagination import AsyncPage, AsyncPager, Page
from .payments import PaymentChallenge, PaymentLedger, PaymentPolicy, PaymentRecord, PaymentRequirement

__version__ = "0.1.0"

__all__ = [
    "DID",
    "AsyncPage",
    "AsyncPager",
    "EthAccountSigner",
    "EvmPrivateKeySigner",
    "EvmSigner",
    "Page",
    "PaymentChallenge",
    "PaymentLedger",
    "PaymentPolicy",
    "PaymentRecord",
    "PaymentRequirement",
    "Secret",
    "SolanaPrivateKeySigner",
    "SolanaSigner",
    "XacheClient",
    "XacheClientSync",
    "__version__",
    "parse_did",
]
__all__ += errors.__all__
