"""The sandbox's chain stand-in: its JSON-RPC (checked with solders' own response parsers) and its ledger."""

from __future__ import annotations

import base64
from typing import Any

import httpx
import pytest
from solders.account import Account
from solders.pubkey import Pubkey
from solders.rpc import responses as rpc
from solders.rpc.errors import InvalidParamsMessage
from solders.token.associated import get_associated_token_address

from xache_ext.chain import evm, run_sync, svm
from xache_ext.payments.networks import NETWORKS
from xache_ext.sandbox import Sandbox
from xache_ext.sandbox.chain import (
    BLOCKHASH_VALIDITY_SLOTS,
    DEFAULT_FUNDING,
    EVM_TREASURY,
    SVM_FEE_PAYER,
    SVM_TREASURY,
    InsufficientBalance,
)

DEVNET_USDC = NETWORKS["solana-devnet"].usdc


@pytest.fixture
def sandbox(xache_sandbox_session: Sandbox) -> Sandbox:
    return xache_sandbox_session


@pytest.fixture
def http() -> Any:
    with httpx.Client() as client:
        yield client


def rpc_call(http: httpx.Client, sandbox: Sandbox, network: str, method: str, *params: Any) -> httpx.Response:
    body = {"jsonrpc": "2.0", "id": 7, "method": method, "params": list(params)}
    return http.post(sandbox.rpc_urls[network], json=body)


def test_rpc_urls(sandbox: Sandbox) -> None:
    assert sandbox.rpc_urls == {
        n: f"{sandbox.url}/rpc/{n}" for n in ("base", "base-sepolia", "solana", "solana-devnet")
    }


def test_evm_rpc(sandbox: Sandbox, http: httpx.Client) -> None:
    ident = sandbox.new_identity()
    url = sandbox.rpc_urls["base-sepolia"]
    assert run_sync(evm.chain_id(url), http) == 84532
    assert run_sync(evm.chain_id(sandbox.rpc_urls["base"]), http) == 8453
    assert run_sync(evm.block_number(url), http) > 0
    usdc = NETWORKS["base-sepolia"].usdc
    assert run_sync(evm.erc20_balance(url, usdc, ident.address), http) == DEFAULT_FUNDING
    assert run_sync(evm.erc20_balance(url, usdc, ident.address.lower()), http) == DEFAULT_FUNDING
    assert run_sync(
        evm.erc20_balance(sandbox.rpc_urls["base"], NETWORKS["base"].usdc, ident.address), http
    ) == (DEFAULT_FUNDING)
    assert run_sync(evm.erc20_decimals(url, usdc), http) == 6
    stranger = "0x" + "12" * 20
    assert run_sync(evm.erc20_balance(url, usdc, stranger), http) == 0
    nonce = bytes.fromhex("ab" * 32)
    assert run_sync(evm.authorization_state(url, usdc, ident.address, nonce), http) is False
    sandbox.store.insert(
        "used_nonces", {"nonce": "0x" + nonce.hex(), "from_address": ident.address, "used_ms": 1}
    )
    assert run_sync(evm.authorization_state(url, usdc, ident.address, nonce), http) is True
    assert run_sync(evm.authorization_state(url, usdc, stranger, nonce), http) is False
    assert (
        rpc_call(http, sandbox, "base-sepolia", "eth_call", {"to": stranger, "data": "0x"}, "latest").json()[
            "result"
        ]
        == "0x"
    )
    reverted = rpc_call(
        http, sandbox, "base-sepolia", "eth_call", {"to": usdc, "data": "0x12345678"}, "latest"
    )
    assert reverted.json()["error"]["code"] == 3
    assert rpc_call(http, sandbox, "base-sepolia", "net_version").json()["result"] == "84532"


def test_json_rpc_envelope(sandbox: Sandbox, http: httpx.Client) -> None:
    url = sandbox.rpc_urls["base-sepolia"]
    batch = http.post(
        url, json=[{"jsonrpc": "2.0", "id": 1, "method": "eth_chainId"}, {"id": 2, "method": "nope"}]
    )
    assert batch.json() == [
        {"jsonrpc": "2.0", "id": 1, "result": "0x14a34"},
        {"jsonrpc": "2.0", "id": 2, "error": {"code": -32601, "message": "Method not found"}},
    ]
    assert http.post(url, content=b"{").json()["error"]["code"] == -32700
    assert http.post(url, json=[]).json()["error"]["code"] == -32600
    assert http.post(url, json={"id": 1}).json()["error"]["code"] == -32600
    assert http.get(url).status_code == 405
    assert http.post(f"{sandbox.url}/rpc/mars", json={"id": 1, "method": "x"}).status_code == 404
    assert rpc_call(http, sandbox, "solana-devnet", "eth_chainId").json()["error"]["code"] == -32601


def test_solana_rpc_parsed_by_solders(sandbox: Sandbox, http: httpx.Client) -> None:
    ident = sandbox.new_identity("sol")
    owner = Pubkey.from_string(ident.address)
    ata = get_associated_token_address(owner, Pubkey.from_string(DEVNET_USDC))
    latest = rpc.GetLatestBlockhashResp.from_json(
        rpc_call(http, sandbox, "solana-devnet", "getLatestBlockhash").text
    )
    assert isinstance(latest, rpc.GetLatestBlockhashResp)
    assert latest.value.last_valid_block_height == latest.context.slot + BLOCKHASH_VALIDITY_SLOTS
    valid = rpc_call(http, sandbox, "solana-devnet", "isBlockhashValid", str(latest.value.blockhash))
    assert rpc.IsBlockhashValidResp.from_json(valid.text).value is True  # type: ignore[union-attr]
    assert (
        rpc_call(http, sandbox, "solana-devnet", "isBlockhashValid", str(owner)).json()["result"]["value"]
        is False
    )

    info = rpc.GetAccountInfoResp.from_json(
        rpc_call(http, sandbox, "solana-devnet", "getAccountInfo", str(ata), {"encoding": "base64"}).text
    )
    assert isinstance(info, rpc.GetAccountInfoResp) and isinstance(info.value, Account)
    assert str(info.value.owner) == svm.TOKEN_PROGRAM and info.value.lamports == 2039280
    token = svm.unpack_token_account(bytes(info.value.data))
    assert (token.mint, token.owner, token.amount) == (DEVNET_USDC, ident.address, DEFAULT_FUNDING)

    parsed = rpc_call(http, sandbox, "solana-devnet", "getAccountInfo", str(ata), {"encoding": "jsonParsed"})
    parsed_info = rpc.GetAccountInfoJsonParsedResp.from_json(parsed.text)
    assert isinstance(parsed_info, rpc.GetAccountInfoJsonParsedResp)
    token_amount = parsed.json()["result"]["value"]["data"]["parsed"]["info"]["tokenAmount"]
    assert token_amount == {"amount": "100000000", "decimals": 6, "uiAmount": 100.0, "uiAmountString": "100"}
    assert DEFAULT_FUNDING == 100_000_000

    mint = rpc_call(
        http, sandbox, "solana-devnet", "getAccountInfo", DEVNET_USDC, {"encoding": "base64"}
    ).json()
    mint_data = base64.b64decode(mint["result"]["value"]["data"][0])
    assert len(mint_data) == svm.MINT_SIZE and mint_data[44] == 6
    b58 = rpc_call(http, sandbox, "solana-devnet", "getAccountInfo", str(ata)).json()["result"]["value"][
        "data"
    ]
    assert b58[1] == "base58"
    assert (
        rpc_call(http, sandbox, "solana-devnet", "getAccountInfo", str(owner)).json()["result"]["value"]
        is None
    )

    many = rpc.GetMultipleAccountsResp.from_json(
        rpc_call(
            http,
            sandbox,
            "solana-devnet",
            "getMultipleAccounts",
            [str(ata), str(owner)],
            {"encoding": "base64"},
        ).text
    )
    assert (
        isinstance(many, rpc.GetMultipleAccountsResp) and many.value[1] is None and many.value[0] is not None
    )

    balance = rpc.GetTokenAccountBalanceResp.from_json(
        rpc_call(http, sandbox, "solana-devnet", "getTokenAccountBalance", str(ata)).text
    )
    assert isinstance(balance, rpc.GetTokenAccountBalanceResp) and balance.value.amount == str(
        DEFAULT_FUNDING
    )
    missing = rpc_call(http, sandbox, "solana-devnet", "getTokenAccountBalance", str(owner)).text
    assert isinstance(rpc.GetTokenAccountBalanceResp.from_json(missing), InvalidParamsMessage)

    by_owner = rpc_call(
        http,
        sandbox,
        "solana-devnet",
        "getTokenAccountsByOwner",
        str(owner),
        {"mint": DEVNET_USDC},
        {"encoding": "jsonParsed"},
    )
    listed = rpc.GetTokenAccountsByOwnerJsonParsedResp.from_json(by_owner.text)
    assert isinstance(listed, rpc.GetTokenAccountsByOwnerJsonParsedResp)
    assert [str(a.pubkey) for a in listed.value] == [str(ata)]
    by_program = rpc_call(
        http,
        sandbox,
        "solana-devnet",
        "getTokenAccountsByOwner",
        str(owner),
        {"programId": svm.TOKEN_PROGRAM},
        {"encoding": "base64"},
    )
    assert isinstance(
        rpc.GetTokenAccountsByOwnerResp.from_json(by_program.text), rpc.GetTokenAccountsByOwnerResp
    )
    assert len(by_program.json()["result"]["value"]) == 1
    other_mint = rpc_call(
        http, sandbox, "solana-devnet", "getTokenAccountsByOwner", str(owner), {"mint": str(owner)}
    )
    assert other_mint.json()["result"]["value"] == []

    lamports = rpc.GetBalanceResp.from_json(
        rpc_call(http, sandbox, "solana-devnet", "getBalance", SVM_FEE_PAYER).text
    )
    assert isinstance(lamports, rpc.GetBalanceResp) and lamports.value == 5_000_000_000
    assert rpc_call(http, sandbox, "solana-devnet", "getBalance", str(owner)).json()["result"]["value"] == 0
    rent = rpc_call(http, sandbox, "solana-devnet", "getMinimumBalanceForRentExemption", 165).json()["result"]
    assert rent == 2039280
    assert rpc_call(http, sandbox, "solana-devnet", "getHealth").json()["result"] == "ok"
    genesis = rpc_call(http, sandbox, "solana-devnet", "getGenesisHash").json()["result"]
    assert genesis.startswith(NETWORKS["solana-devnet"].caip2.split(":")[1])  # type: ignore[union-attr]
    slot = rpc_call(http, sandbox, "solana-devnet", "getSlot").json()["result"]
    assert isinstance(slot, int) and slot > 0
    bad = rpc_call(http, sandbox, "solana-devnet", "getAccountInfo", "not-an-address").json()
    assert bad["error"]["code"] == -32602


def test_ledger_funding_and_transfers(sandbox: Sandbox) -> None:
    chain = sandbox.chain
    evm_ident, sol_ident = sandbox.new_identity(), sandbox.new_identity("sol")
    assert chain.balance("base-sepolia", evm_ident.address) == DEFAULT_FUNDING
    assert chain.balance("base", evm_ident.address) == DEFAULT_FUNDING
    assert chain.balance("solana-devnet", evm_ident.address) == 0
    assert chain.balance("solana", sol_ident.address) == DEFAULT_FUNDING
    assert chain.balance("base-sepolia", "0x" + "99" * 20) == 0
    chain.set_balance("solana-devnet", sol_ident.address, 5)
    assert chain.balance("solana-devnet", sol_ident.address) == 5
    source = chain.token_account("solana-devnet", sol_ident.address)
    treasury = chain.token_account("solana-devnet", SVM_TREASURY)
    before = chain.balance("solana-devnet", SVM_TREASURY)
    chain.transfer("solana-devnet", source, treasury, 5)
    assert chain.balance("solana-devnet", sol_ident.address) == 0
    assert chain.balance("solana-devnet", SVM_TREASURY) == before + 5
    with pytest.raises(InsufficientBalance):
        chain.transfer("solana-devnet", source, treasury, 1)
    assert chain.account_exists("base-sepolia", EVM_TREASURY)
    assert chain.account_exists("solana-devnet", treasury)
    assert not chain.account_exists("solana-devnet", svm.associated_token_address(SVM_FEE_PAYER, DEVNET_USDC))


def test_blockhashes(sandbox: Sandbox) -> None:
    chain = sandbox.chain
    now = chain.slot()
    assert chain.blockhash_is_recent("solana-devnet", chain.blockhash("solana-devnet", now))
    assert chain.blockhash_is_recent(
        "solana-devnet", chain.blockhash("solana-devnet", now - BLOCKHASH_VALIDITY_SLOTS + 5)
    )
    assert not chain.blockhash_is_recent(
        "solana-devnet", chain.blockhash("solana-devnet", now - BLOCKHASH_VALIDITY_SLOTS - 5)
    )
    assert not chain.blockhash_is_recent("solana-devnet", chain.blockhash("solana", now))
    assert not chain.blockhash_is_recent("solana-devnet", "not base58 0OIl")
    assert chain.blockhash("solana-devnet", now) != chain.blockhash("solana-devnet", now - 1)
