"""The payment networks Xache uses: chain ids, USDC contracts and their EIP-712 domains.

This table, not the server's 402, is the source of truth for what the SDK signs: the USDC contract a
challenge may ask for on each network, and the EIP-712 domain of that contract.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = ["NETWORKS", "Network", "address_key", "resolve_network"]


@attrs.frozen
class Network:
    """One payment network as the x402 challenges name it (short name, and its CAIP-2 id); ``usdc_decimals``
    are the USDC token's decimals."""

    name: str
    family: Literal["evm", "svm"]
    usdc: str
    chain_id: int | None = None
    usdc_domain_name: str | None = None
    caip2: str | None = None
    usdc_domain_version: str | None = None
    usdc_decimals: int = 6

    def usdc_domain(self) -> dict[str, Any]:
        """The EIP-712 domain of this network's USDC contract (EVM networks only)."""
        if self.family != "evm" or self.chain_id is None or self.usdc_domain_name is None:
            raise ValueError(f"{self.name} has no EIP-712 USDC domain")
        return {
            "name": self.usdc_domain_name,
            "version": self.usdc_domain_version or "2",
            "chainId": self.chain_id,
            "verifyingContract": self.usdc,
        }


NETWORKS: dict[str, Network] = {
    n.name: n
    for n in (
        Network(
            "base", "evm", "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913", 8453, "USD Coin", "eip155:8453", "2"
        ),
        Network(
            "base-sepolia",
            "evm",
            "0x036CbD53842c5426634e7929541eC2318f3dCF7e",
            84532,
            "USDC",
            "eip155:84532",
            "2",
        ),
        Network(
            "solana",
            "svm",
            "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v",
            caip2="solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp",
        ),
        Network(
            "solana-devnet",
            "svm",
            "4zMMC9srt5Ri5X14GAgXhaHii3GnPAEERYPJgZJDncDU",
            caip2="solana:EtWTRABZaYq6iMfeYKouRu166VU2xqa1",
        ),
    )
}
_BY_CAIP2 = {n.caip2: n for n in NETWORKS.values() if n.caip2}


def resolve_network(name: str) -> Network | None:
    """The network for a short name (``base-sepolia``) or a CAIP-2 id (``eip155:84532``), if known.

    Short names and ``eip155:`` ids match case-insensitively; a ``solana:`` id is base58, so exactly.
    """
    if not isinstance(name, str):
        return None
    found = NETWORKS.get(name) or _BY_CAIP2.get(name)
    if found is None and not name.startswith("solana:"):
        found = NETWORKS.get(name.lower()) or _BY_CAIP2.get(name.lower())
    return found


def address_key(address: str) -> str:
    """``address`` in the form addresses are compared in: EVM hex lower-cased, base58 (case-sensitive) as is."""
    if len(address) == 42 and address[:2] in ("0x", "0X"):
        return address.lower()
    return address
