"""client.wallet: USDC balances over the sandbox chain's JSON-RPC, funding checks and the Onramp URL."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from harness import Connect
from xache.services.wallet import WalletService as OfficialWallet

from xache_ext import (
    ChainRpcError,
    MissingSignerError,
    ValidationError,
    XacheClient,
    XacheClientSync,
    XacheError,
)
from xache_ext.sandbox import Sandbox
from xache_ext.sandbox.server import unregistered_identity
from xache_ext.services.wallet import FundingStatus, WalletBalance


def test_balances_equal_the_ledger_and_fall_after_a_paid_call(
    connect: Connect, mode: str, xache_sandbox: Sandbox
) -> None:
    for chain, testnet, mainnet in (("evm", "base-sepolia", "base"), ("sol", "solana-devnet", "solana")):
        ident = xache_sandbox.new_identity(chain)  # type: ignore[arg-type]
        h = connect(ident, rpc_urls=xache_sandbox.rpc_urls)
        ledger = xache_sandbox.chain
        balance = h(h.client.wallet.get_balance())
        assert balance == WalletBalance(
            balance=ledger.balance(testnet, ident.address) / 1e6,
            balance_raw=str(ledger.balance(testnet, ident.address)),
            address=ident.address,
            network=testnet,  # type: ignore[arg-type]
        )
        assert h(h.client.wallet.get_balance(mainnet)).balance_raw == str(
            ledger.balance(mainnet, ident.address)
        )
        h(h.client.memory.store(data={"a": 1}, storage_tier="hot"))
        after = h(h.client.wallet.get_balance(testnet))
        assert (
            int(after.balance_raw)
            == int(balance.balance_raw) - 2000
            == ledger.balance(testnet, ident.address)
        )
        assert after.balance == pytest.approx(balance.balance - 0.002)
        assert [(b.network, b.balance_raw) for b in h(h.client.wallet.get_all_balances())] == [
            (mainnet, balance.balance_raw),
            (testnet, after.balance_raw),
        ]


def test_needs_funding(connect: Connect, mode: str, xache_sandbox: Sandbox) -> None:
    ident = xache_sandbox.new_identity("sol")
    h = connect(ident, rpc_urls=xache_sandbox.rpc_urls)
    xache_sandbox.chain.set_balance("solana-devnet", ident.address, 500_000)
    assert h(h.client.wallet.needs_funding()) == FundingStatus(
        needs_funding=True, balance=0.5, threshold=1.0, network="solana-devnet", address=ident.address
    )
    assert h(h.client.wallet.needs_funding(threshold=0.5)).needs_funding is False
    assert h(h.client.wallet.needs_funding(threshold=20, network="solana")).network == "solana"
    with pytest.raises(ValidationError, match="threshold"):
        h(h.client.wallet.needs_funding(threshold=-1))


def test_an_address_without_token_account_has_zero(
    connect: Connect, mode: str, xache_sandbox: Sandbox
) -> None:
    ident = xache_sandbox.new_identity("sol")
    h = connect(ident, rpc_urls=xache_sandbox.rpc_urls)
    xache_sandbox.chain.balance("solana-devnet", ident.address)
    xache_sandbox.store.execute("DELETE FROM chain_accounts WHERE owner = ?", [ident.address])
    assert h(h.client.wallet.get_balance()).balance_raw == "0"


def test_network_must_match_the_did(connect: Connect, mode: str, xache_sandbox: Sandbox) -> None:
    h = connect(xache_sandbox.new_identity("evm"), rpc_urls=xache_sandbox.rpc_urls)
    with pytest.raises(ValidationError, match="EVM DID"):
        h(h.client.wallet.get_balance("solana-devnet"))
    with pytest.raises(ValidationError, match="network"):
        h(h.client.wallet.get_balance("polygon"))  # type: ignore[arg-type]
    s = connect(xache_sandbox.new_identity("sol"), rpc_urls=xache_sandbox.rpc_urls)
    with pytest.raises(ValidationError, match="Solana DID"):
        h(s.client.wallet.needs_funding(network="base"))


def test_rpc_failures(connect: Connect, mode: str, xache_sandbox: Sandbox) -> None:
    """A network whose RPC fails raises ChainRpcError, and get_all_balances leaves it out."""
    closed = {**xache_sandbox.rpc_urls, "base": "http://127.0.0.1:9/"}
    h = connect(xache_sandbox.new_identity("evm"), rpc_urls=closed, max_retries=0)
    with pytest.raises(ChainRpcError, match=r"127\.0\.0\.1") as caught:
        h(h.client.wallet.get_balance("base"))
    assert caught.value.method == "eth_call"
    assert [b.network for b in h(h.client.wallet.get_all_balances())] == ["base-sepolia"]
    not_rpc = connect(
        xache_sandbox.new_identity("evm"), rpc_urls={"base-sepolia": xache_sandbox.url + "/v1/budget"}
    )
    with pytest.raises(ChainRpcError, match="HTTP 40"):
        not_rpc(not_rpc.client.wallet.get_balance())


def test_rpc_requests_carry_nothing_meant_for_the_api(xache_sandbox: Sandbox) -> None:
    """A chain's JSON-RPC host gets neither the Xache signature headers nor what an injected client adds for the
    API: its auth, its headers, its event hooks."""
    sent: list[httpx.Request] = []
    hooked: list[httpx.Request] = []

    class Recording(httpx.BaseTransport):
        def __init__(self) -> None:
            self.inner = httpx.HTTPTransport()

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            sent.append(request)
            return self.inner.handle_request(request)

    ident = xache_sandbox.new_identity("sol")
    http = httpx.Client(
        transport=Recording(),
        auth=httpx.BasicAuth("api-user", "api-secret"),
        headers={"X-Api-Key": "secret"},
        event_hooks={"request": [hooked.append]},
    )
    with XacheClientSync(
        xache_sandbox.url, ident.did, ident.private_key, http_client=http, rpc_urls=xache_sandbox.rpc_urls
    ) as client:
        client.wallet.get_balance()
    http.close()
    (request,) = sent
    assert request.url.path == "/rpc/solana-devnet" and hooked == []
    assert not {"x-agent-did", "x-sig", "x-ts", "idempotency-key", "authorization", "x-api-key"} & set(
        request.headers
    )


def test_a_client_without_did(xache_sandbox: Sandbox) -> None:
    with XacheClientSync(xache_sandbox.url) as client, pytest.raises(MissingSignerError):
        client.wallet.get_balance()


class _OfficialClient:
    def __init__(self, did: str) -> None:
        self.did = did


ONRAMP_CASES: list[dict[str, Any]] = [
    {},
    {"amount": 10},
    {"amount": 25.5, "network": "base"},
    {"amount": 0},
    {"network": "solana", "currency": "EUR"},
    {"amount": 100, "currency": "GBP"},
    {"currency": "USD"},
]


@pytest.mark.parametrize("chain", ["evm", "sol"])
@pytest.mark.parametrize("kwargs", ONRAMP_CASES, ids=str)
def test_onramp_url_is_the_official_sdks(
    chain: str, kwargs: dict[str, Any], connect: Connect, mode: str, xache_sandbox: Sandbox
) -> None:
    ident = xache_sandbox.new_identity(chain)  # type: ignore[arg-type]
    h = connect(ident)
    official = asyncio.run(OfficialWallet(_OfficialClient(ident.did)).get_onramp_url(**kwargs))
    if kwargs.get("network", "solana" if chain == "sol" else "base") != (
        "solana" if chain == "sol" else "base"
    ):
        # the official SDK builds a URL that buys into an address that cannot exist on that network; we refuse
        with pytest.raises(ValidationError, match="not an address of that network"):
            h(h.client.wallet.get_onramp_url(**kwargs))
        return
    assert h(h.client.wallet.get_onramp_url(**kwargs)) == official
    assert official.startswith("https://pay.coinbase.com/buy/select-asset?appId=xache-protocol&addresses=")


def test_onramp_url_checks_its_arguments(connect: Connect, mode: str) -> None:
    h = connect()
    for kwargs in ({"network": "base-sepolia"}, {"currency": "JPY"}, {"amount": -5}):
        with pytest.raises(ValidationError):
            h(h.client.wallet.get_onramp_url(**kwargs))


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_redirect_is_never_followed_with_signed_headers(mode: str) -> None:
    """An injected client that follows redirects must not carry a signed request to another origin."""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(307, headers={"Location": "http://elsewhere.test/collect"})

    ident = unregistered_identity()
    transport = httpx.MockTransport(answer)
    if mode == "sync":
        http_sync = httpx.Client(transport=transport, follow_redirects=True)
        with (
            XacheClientSync("http://api.test", ident.did, ident.private_key, http_client=http_sync) as client,
            pytest.raises(XacheError),
        ):
            client.budget.get_status()
    else:

        async def main() -> None:
            http = httpx.AsyncClient(transport=transport, follow_redirects=True)
            async with XacheClient(
                "http://api.test", ident.did, ident.private_key, http_client=http
            ) as client:
                with pytest.raises(XacheError):
                    await client.budget.get_status()

        asyncio.run(main())
    assert [r.url.host for r in seen] == ["api.test"]
