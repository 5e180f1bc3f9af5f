"""Blockchain reads over JSON-RPC on the SDK's own httpx clients: EVM (USDC views) and Solana (accounts,
blockhashes, token accounts), plus the resolution of RPC endpoints per network."""

from __future__ import annotations

from .endpoints import DEFAULT_RPC_URLS, RPC_ENV_VARS, ChainSettings, resolve_rpc_url
from .rpc import ChainSteps, RpcCall, run_async, run_sync

__all__ = [
    "DEFAULT_RPC_URLS",
    "RPC_ENV_VARS",
    "ChainSettings",
    "ChainSteps",
    "RpcCall",
    "resolve_rpc_url",
    "run_async",
    "run_sync",
]
