"""Wallet: the agent's USDC balances over JSON-RPC (no Xache call) and the Coinbase Onramp URL to fund it.

Names and parameters are the official Python SDK's. Balances are read through the client's ``rpc_urls``
(else ``SOLANA_RPC_URL`` / ``SOLANA_DEVNET_RPC_URL``, else the public endpoints), over the client's own httpx
client but unsigned: EVM ``balanceOf`` of the network's USDC contract; Solana ``getTokenAccountsByOwner`` for the
USDC mint, summed over the owner's token accounts (normally just its associated one).
"""

from __future__ import annotations

import json
from collections.abc import Generator
from typing import Any, Literal, TypeVar, get_args
from urllib.parse import urlencode

import attrs

from ..chain import evm, svm
from ..chain.rpc import ChainSteps, relay
from ..errors import ChainRpcError, ValidationError
from ..facade.operations import M, Op, Service, operation
from ..facade.validation import check_number_range, check_one_of
from ..logs import logger
from ..payments.networks import NETWORKS

__all__ = ["ONRAMP_URL", "FundingStatus", "WalletBalance", "WalletNetwork", "WalletService"]

T = TypeVar("T")
WalletNetwork = Literal["base", "base-sepolia", "solana", "solana-devnet"]
ONRAMP_URL = "https://pay.coinbase.com/buy/select-asset"
_FAMILY_NETWORKS: dict[str, tuple[WalletNetwork, WalletNetwork]] = {
    "evm": ("base", "base-sepolia"),
    "sol": ("solana", "solana-devnet"),
}
_DEFAULT_NETWORK: dict[str, WalletNetwork] = {"evm": "base-sepolia", "sol": "solana-devnet"}


@attrs.frozen
class WalletBalance:
    """A USDC balance: ``balance`` in USDC, ``balance_raw`` in atomic units (6 decimals)."""

    balance: float
    balance_raw: str
    address: str
    network: WalletNetwork


@attrs.frozen
class FundingStatus:
    """Whether the balance on ``network`` is below ``threshold`` USD."""

    needs_funding: bool
    balance: float
    threshold: float
    network: WalletNetwork
    address: str


def _chain_op(steps: ChainSteps[T]) -> Op[T]:
    """A chain read as operation steps (unsigned requests to the RPC endpoint, their raw responses)."""
    result: T = yield from relay(steps)
    return result


def _no_io() -> Generator[Any, Any, None]:
    """Makes an operation without any request a generator like the others."""
    yield from ()


class WalletService(Service[M]):
    """USDC balances of the client's wallet, and where to buy more."""

    def _wallet(self) -> tuple[str, str]:
        did = self._context.require_did()
        return did.address, did.chain

    def _network(self, network: str | None, chain: str) -> WalletNetwork:
        if network is None:
            return _DEFAULT_NETWORK[chain]
        check_one_of("network", network, get_args(WalletNetwork))
        for name in _FAMILY_NETWORKS[chain]:
            if name == network:
                return name
        kind = "a Solana" if chain == "sol" else "an EVM"
        raise ValidationError(
            f"cannot use {network!r} with {kind} DID: its address is not an address of that network",
            field="network",
        )

    def _balance(self, address: str, network: WalletNetwork) -> Op[WalletBalance]:
        url = self._context.chain.url(network)
        usdc = NETWORKS[network]
        if usdc.family == "evm":
            raw = yield from _chain_op(evm.erc20_balance(url, usdc.usdc, address))
        else:
            accounts = yield from _chain_op(svm.token_accounts_by_owner(url, address, usdc.usdc))
            raw = sum(amount for _, amount in accounts)
        return WalletBalance(
            balance=raw / 10**usdc.usdc_decimals, balance_raw=str(raw), address=address, network=network
        )

    @operation
    def get_balance(self, network: WalletNetwork | None = None) -> Op[WalletBalance]:
        """The USDC balance on ``network`` (default: ``base-sepolia`` for EVM DIDs, ``solana-devnet`` for Solana)."""
        address, chain = self._wallet()
        return (yield from self._balance(address, self._network(network, chain)))

    @operation
    def get_all_balances(self) -> Op[list[WalletBalance]]:
        """The balances on the mainnet and the testnet of the DID's chain; a network whose RPC fails is left out."""
        address, chain = self._wallet()
        balances = []
        for network in _FAMILY_NETWORKS[chain]:
            try:
                balances.append((yield from self._balance(address, network)))
            except ChainRpcError as exc:
                logger.info("wallet balance on %s unavailable: %s", network, exc)
        return balances

    @operation
    def needs_funding(
        self, threshold: float = 1.0, network: WalletNetwork | None = None
    ) -> Op[FundingStatus]:
        """Whether the USDC balance on ``network`` is below ``threshold`` USD (default 1.0)."""
        check_number_range("threshold", threshold, 0.0)
        address, chain = self._wallet()
        target = self._network(network, chain)
        found = yield from self._balance(address, target)
        return FundingStatus(
            needs_funding=found.balance < threshold,
            balance=found.balance,
            threshold=threshold,
            network=target,
            address=address,
        )

    @operation
    def get_onramp_url(
        self,
        amount: float | None = None,
        network: Literal["base", "solana"] | None = None,
        currency: Literal["USD", "EUR", "GBP"] = "USD",
    ) -> Op[str]:
        """The Coinbase Onramp URL that buys USDC into this wallet (built locally, as the official Python SDK
        builds it: ``appId=xache-protocol``, ``addresses``, ``assets``, ``presetFiatAmount``, ``fiatCurrency``)."""
        yield from _no_io()
        address, chain = self._wallet()
        own = "solana" if chain == "sol" else "base"
        if network is not None:
            check_one_of("network", network, ("base", "solana"))
            self._network(network, chain)  # USDC bought there must reach an address of that network
        check_one_of("currency", currency, ("USD", "EUR", "GBP"))
        if amount is not None:
            check_number_range("amount", amount, 0.0)
        params = {
            "appId": "xache-protocol",
            "addresses": json.dumps({address: [own]}),
            "assets": json.dumps(["USDC"]),
        }
        if amount:
            params["presetFiatAmount"] = str(amount)
        if currency != "USD":
            params["fiatCurrency"] = currency
        return f"{ONRAMP_URL}?{urlencode(params)}"
