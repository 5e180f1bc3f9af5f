"""Which JSON-RPC endpoint serves which network: client option, then environment, then public default.

The environment variables are the ones the official TypeScript SDK reads (``SOLANA_RPC_URL``,
``SOLANA_DEVNET_RPC_URL``); it reads none for EVM networks, so EVM endpoints come from ``rpc_urls`` or the
public defaults the official SDKs use.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

import attrs
import httpx

from ..errors import XacheInputError
from ..payments.networks import resolve_network

__all__ = [
    "DEFAULT_RPC_URLS",
    "RPC_ENV_VARS",
    "ChainSettings",
    "configured_rpc_url",
    "normalize_rpc_urls",
    "resolve_rpc_url",
]

DEFAULT_RPC_URLS: Mapping[str, str] = {
    "base": "https://mainnet.base.org",
    "base-sepolia": "https://sepolia.base.org",
    "solana": "https://api.mainnet-beta.solana.com",
    "solana-devnet": "https://api.devnet.solana.com",
}
RPC_ENV_VARS: Mapping[str, str] = {"solana": "SOLANA_RPC_URL", "solana-devnet": "SOLANA_DEVNET_RPC_URL"}


def _network_name(network: str) -> str:
    known = resolve_network(network)
    if known is None:
        raise XacheInputError(f"unknown network {network!r}; known: {', '.join(DEFAULT_RPC_URLS)}")
    return known.name


def _check_url(network: str, url: object) -> str:
    if not isinstance(url, str):
        raise XacheInputError(f"rpc_urls[{network!r}] must be a URL string")
    parsed = httpx.URL(url)
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise XacheInputError(f"rpc_urls[{network!r}] must be an http(s) URL")
    return url


def normalize_rpc_urls(rpc_urls: Mapping[str, str] | None) -> dict[str, str]:
    """``rpc_urls`` keyed by short network names (CAIP-2 ids accepted), each checked to be an http(s) URL."""
    if rpc_urls is None:
        return {}
    if not isinstance(rpc_urls, Mapping):
        raise XacheInputError("rpc_urls must be a mapping of network name to RPC URL")
    return {_network_name(str(k)): _check_url(str(k), v) for k, v in rpc_urls.items()}


def configured_rpc_url(
    network: str, rpc_urls: Mapping[str, str] | None = None, environ: Mapping[str, str] | None = None
) -> str | None:
    """The RPC URL set for ``network`` by ``rpc_urls`` or its environment variable, if any (no default)."""
    name = _network_name(network)
    explicit = normalize_rpc_urls(rpc_urls).get(name)
    if explicit:
        return explicit
    variable = RPC_ENV_VARS.get(name)
    env = os.environ if environ is None else environ
    value = env.get(variable) if variable else None
    return _check_url(variable or name, value) if value else None


def resolve_rpc_url(
    network: str, rpc_urls: Mapping[str, str] | None = None, environ: Mapping[str, str] | None = None
) -> str:
    """The RPC URL for ``network``: ``rpc_urls[network]``, else its environment variable, else the public
    default (``https://api.devnet.solana.com`` for ``solana-devnet``, ``https://sepolia.base.org`` for
    ``base-sepolia``, ...)."""
    return configured_rpc_url(network, rpc_urls, environ) or DEFAULT_RPC_URLS[_network_name(network)]


@attrs.frozen
class ChainSettings:
    """A client's chain access: its ``rpc_urls`` and whether EVM payments are checked on chain first.

    ``evm_preflight=None`` (the default) checks the USDC balance and the authorization nonce before signing
    an EVM payment only when an RPC URL is configured for that network; ``True`` always checks (falling back
    to the public endpoint), ``False`` never does. The environment is read when a URL is needed.
    """

    rpc_urls: Mapping[str, str] = attrs.field(factory=dict, converter=normalize_rpc_urls)
    evm_preflight: bool | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(bool))
    )

    def url(self, network: str) -> str:
        """The RPC URL to use for ``network``."""
        return resolve_rpc_url(network, self.rpc_urls)

    def preflight_evm(self, network: str) -> bool:
        """Whether to check an EVM payment on ``network`` on chain before signing it."""
        if self.evm_preflight is not None:
            return self.evm_preflight
        return configured_rpc_url(network, self.rpc_urls) is not None
