"""The payment networks Xache uses, their chain ids, USDC contracts and EIP-712 domain names."""

from __future__ import annotations

from typing import Literal

import attrs

__all__ = ["NETWORKS", "Network", "resolve_network"]


@attrs.frozen
class Network:
    """One payment network as the x402 challenges name it; ``usdc_decimals`` are the USDC token's decimals."""

    name: str
    family: Literal["evm", "svm"]
    usdc: str
    chain_id: int | None = None
    usdc_domain_name: str | None = None
    caip2: str | None = None
    usdc_decimals: int = 6


NETWORKS: dict[str, Network] = {
    n.name: n
    for n in (
        Network("base", "evm", "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913", 8453, "USD Coin", "eip155:8453"),
        Network(
            "base-sepolia", "evm", "0x036CbD53842c5426634e7929541eC2318f3dCF7e", 84532, "USDC", "eip155:84532"
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
    """The network for a short name (``base-sepolia``) or a CAIP-2 id (``eip155:84532``), if known."""
    return NETWORKS.get(name) or _BY_CAIP2.get(name)
