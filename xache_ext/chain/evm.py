"""EVM reads over JSON-RPC: chain id, block number and the USDC (ERC-20 / EIP-3009) views the SDKs use."""

from __future__ import annotations

import re

from .rpc import ChainSteps, RpcCall

__all__ = [
    "AUTHORIZATION_STATE",
    "BALANCE_OF",
    "DECIMALS",
    "authorization_state",
    "block_number",
    "chain_id",
    "encode_address",
    "erc20_balance",
    "erc20_decimals",
]

BALANCE_OF = "0x70a08231"
"""Selector of ``balanceOf(address)``."""
AUTHORIZATION_STATE = "0xe94a0102"
"""Selector of ``authorizationState(address,bytes32)`` (EIP-3009)."""
DECIMALS = "0x313ce567"
"""Selector of ``decimals()``."""

_ADDRESS = re.compile(r"0x[0-9a-fA-F]{40}")
_HEX_QUANTITY = re.compile(r"0x[0-9a-fA-F]+")


def encode_address(address: str) -> str:
    """An address as one 32-byte ABI word (64 hex characters, no 0x)."""
    if not _ADDRESS.fullmatch(address):
        raise ValueError(f"not an EVM address: {address!r}")
    return address[2:].lower().rjust(64, "0")


def _word(call: RpcCall, result: object) -> int:
    """The first 32-byte word of an ``eth_call`` result."""
    if not isinstance(result, str) or not result.startswith("0x"):
        raise call.fail("eth_call returned no hex data")
    if result == "0x":
        raise call.fail("eth_call returned no data (is the contract deployed on this network?)")
    try:
        return int(result[2:66], 16)
    except ValueError:
        raise call.fail("eth_call returned malformed hex") from None


def _quantity(call: RpcCall, result: object) -> int:
    if not isinstance(result, str) or not _HEX_QUANTITY.fullmatch(result):
        raise call.fail("expected a hex quantity")
    return int(result, 16)


def _eth_call(url: str, to: str, data: str) -> RpcCall:
    return RpcCall(url, "eth_call", ({"to": to, "data": data}, "latest"))


def chain_id(url: str) -> ChainSteps[int]:
    """``eth_chainId``."""
    call = RpcCall(url, "eth_chainId")
    return _quantity(call, (yield call))


def block_number(url: str) -> ChainSteps[int]:
    """``eth_blockNumber``."""
    call = RpcCall(url, "eth_blockNumber")
    return _quantity(call, (yield call))


def erc20_balance(url: str, token: str, owner: str) -> ChainSteps[int]:
    """``token.balanceOf(owner)`` in atomic units."""
    call = _eth_call(url, token, BALANCE_OF + encode_address(owner))
    return _word(call, (yield call))


def erc20_decimals(url: str, token: str) -> ChainSteps[int]:
    """``token.decimals()``."""
    call = _eth_call(url, token, DECIMALS)
    return _word(call, (yield call))


def authorization_state(url: str, token: str, authorizer: str, nonce: bytes) -> ChainSteps[bool]:
    """``token.authorizationState(authorizer, nonce)``: whether an EIP-3009 nonce is already used."""
    if len(nonce) != 32:
        raise ValueError("an EIP-3009 nonce is 32 bytes")
    call = _eth_call(url, token, AUTHORIZATION_STATE + encode_address(authorizer) + nonce.hex())
    return _word(call, (yield call)) != 0
