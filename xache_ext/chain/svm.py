"""Solana without a Solana library: addresses, program-derived and associated token accounts, SPL token
account layouts, the wire format of (versioned) transactions, and the JSON-RPC reads the SDK needs.

Everything here is pure Python (``hashlib`` and integers), so the wallet service and the sandbox work without
the optional ``solana`` extra; the tests check it against ``solders`` on random inputs.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
from collections.abc import Sequence
from typing import Any

import attrs

from ..crypto.base58 import b58decode, b58encode
from .rpc import ChainSteps, RpcCall

__all__ = [
    "ASSOCIATED_TOKEN_PROGRAM",
    "COMPUTE_BUDGET_PROGRAM",
    "MAX_COMPUTE_UNIT_PRICE_MICROLAMPORTS",
    "MINT_SIZE",
    "SYSTEM_PROGRAM",
    "TOKEN_2022_PROGRAM",
    "TOKEN_ACCOUNT_SIZE",
    "TOKEN_PROGRAM",
    "AccountInfo",
    "CompiledInstruction",
    "DecodedTransaction",
    "TokenAccount",
    "account_info",
    "associated_token_address",
    "create_program_address",
    "decode_compact_u16",
    "decode_pubkey",
    "decode_transaction",
    "encode_compact_u16",
    "find_program_address",
    "is_on_curve",
    "latest_blockhash",
    "multiple_accounts",
    "pack_mint",
    "pack_token_account",
    "token_accounts_by_owner",
    "unpack_token_account",
]

TOKEN_PROGRAM = "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
TOKEN_2022_PROGRAM = "TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb"
ASSOCIATED_TOKEN_PROGRAM = "ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL"
COMPUTE_BUDGET_PROGRAM = "ComputeBudget111111111111111111111111111111"
SYSTEM_PROGRAM = "11111111111111111111111111111111"
MAX_COMPUTE_UNIT_PRICE_MICROLAMPORTS = 5_000_000
"""The x402 ``exact`` SVM cap on SetComputeUnitPrice: 5 lamports per compute unit."""
TOKEN_ACCOUNT_SIZE = 165
MINT_SIZE = 82

_P = 2**255 - 19
_D = (-121665 * pow(121666, _P - 2, _P)) % _P
_PDA_MARKER = b"ProgramDerivedAddress"


def decode_pubkey(address: str) -> bytes:
    """The 32 bytes of a base58 Solana address; ``ValueError`` if it is not one."""
    if not isinstance(address, str) or not 32 <= len(address) <= 44:
        raise ValueError(f"not a Solana address: {address!r}")
    raw = b58decode(address)
    if len(raw) != 32:
        raise ValueError(f"not a Solana address: {address!r}")
    return raw


def is_on_curve(key: bytes) -> bool:
    """Whether 32 bytes decompress to a point of the ed25519 curve (as ``curve25519-dalek`` decides it)."""
    # x² = u / v with u = y² - 1, v = d·y² + 1 (never 0: -1/d is not a square); u/v is a square iff u·v is.
    y = int.from_bytes(key, "little") & ((1 << 255) - 1)
    yy = y * y % _P
    u = (yy - 1) % _P
    v = (_D * yy + 1) % _P
    return u == 0 or pow(u * v % _P, (_P - 1) // 2, _P) == 1


def create_program_address(seeds: Sequence[bytes], program_id: str) -> str | None:
    """The program address of ``seeds`` (``None`` when the hash falls on the curve, as Solana refuses it)."""
    if len(seeds) > 16 or any(len(seed) > 32 for seed in seeds):
        raise ValueError("at most 16 seeds of at most 32 bytes each")
    digest = hashlib.sha256(b"".join(seeds) + decode_pubkey(program_id) + _PDA_MARKER).digest()
    return None if is_on_curve(digest) else b58encode(digest)


def find_program_address(seeds: Sequence[bytes], program_id: str) -> tuple[str, int]:
    """The canonical program-derived address of ``seeds`` and its bump seed."""
    for bump in range(255, -1, -1):
        address = create_program_address([*seeds, bytes((bump,))], program_id)
        if address is not None:
            return address, bump
    raise ValueError("no viable bump seed")  # pragma: no cover - probability 2**-256


@functools.lru_cache(maxsize=2048)
def associated_token_address(owner: str, mint: str, token_program: str = TOKEN_PROGRAM) -> str:
    """The associated token account of ``owner`` for ``mint`` (cached: payments derive the same ones again)."""
    seeds = [decode_pubkey(owner), decode_pubkey(token_program), decode_pubkey(mint)]
    return find_program_address(seeds, ASSOCIATED_TOKEN_PROGRAM)[0]


# -- SPL token layouts ---------------------------------------------------------------------------------


@attrs.frozen
class TokenAccount:
    """The fields of an SPL token account the SDK reads."""

    mint: str
    owner: str
    amount: int
    state: int = 1

    @property
    def initialized(self) -> bool:
        """State ``Initialized`` (1) or ``Frozen`` (2), not ``Uninitialized`` (0)."""
        return self.state in (1, 2)


def pack_token_account(mint: str, owner: str, amount: int) -> bytes:
    """The 165 bytes of an initialized SPL token account (no delegate, not native, no close authority)."""
    data = decode_pubkey(mint) + decode_pubkey(owner) + amount.to_bytes(8, "little")
    data += bytes(4 + 32) + b"\x01" + bytes(4 + 8) + bytes(8) + bytes(4 + 32)
    return data


def unpack_token_account(data: bytes) -> TokenAccount:
    """Read an SPL token account (``ValueError`` if ``data`` is not one)."""
    if len(data) < TOKEN_ACCOUNT_SIZE:
        raise ValueError("not an SPL token account: too short")
    return TokenAccount(
        mint=b58encode(data[0:32]),
        owner=b58encode(data[32:64]),
        amount=int.from_bytes(data[64:72], "little"),
        state=data[108],
    )


def pack_mint(decimals: int, supply: int, mint_authority: str | None = None) -> bytes:
    """The 82 bytes of an initialized SPL mint."""
    authority = (b"\x01\x00\x00\x00" + decode_pubkey(mint_authority)) if mint_authority else bytes(36)
    return authority + supply.to_bytes(8, "little") + bytes((decimals, 1)) + bytes(36)


# -- Transactions --------------------------------------------------------------------------------------


def encode_compact_u16(value: int) -> bytes:
    """Solana's ``shortvec`` length prefix (1 to 3 bytes)."""
    if not 0 <= value <= 0xFFFF:
        raise ValueError("compact-u16 out of range")
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def decode_compact_u16(data: bytes, offset: int) -> tuple[int, int]:
    """Read a ``shortvec`` length at ``offset``; returns (value, next offset). Rejects non-minimal forms."""
    value = 0
    for i in range(3):
        if offset + i >= len(data):
            raise ValueError("truncated compact-u16")
        byte = data[offset + i]
        value |= (byte & 0x7F) << (7 * i)
        if not byte & 0x80:
            if (i > 0 and byte == 0) or value > 0xFFFF:
                raise ValueError("non-canonical compact-u16")
            return value, offset + i + 1
    raise ValueError("compact-u16 longer than 3 bytes")


@attrs.frozen
class CompiledInstruction:
    """An instruction as the message carries it: indexes into the account keys, and the raw data."""

    program_id_index: int
    accounts: tuple[int, ...]
    data: bytes


@attrs.frozen
class DecodedTransaction:
    """A wire transaction, decoded field by field. ``message`` is the exact signed bytes."""

    signatures: tuple[bytes, ...]
    message: bytes
    version: int | None
    num_required_signatures: int
    num_readonly_signed: int
    num_readonly_unsigned: int
    account_keys: tuple[str, ...]
    recent_blockhash: str
    instructions: tuple[CompiledInstruction, ...]
    address_table_lookups: int

    def is_signer(self, index: int) -> bool:
        """Whether account ``index`` must sign."""
        return index < self.num_required_signatures

    def is_writable(self, index: int) -> bool:
        """Whether account ``index`` is writable (static keys only)."""
        if index < self.num_required_signatures:
            return index < self.num_required_signatures - self.num_readonly_signed
        return index < len(self.account_keys) - self.num_readonly_unsigned

    def program_id(self, instruction: CompiledInstruction) -> str:
        """The program an instruction calls."""
        return self.account_keys[instruction.program_id_index]

    def accounts_of(self, instruction: CompiledInstruction) -> tuple[str, ...]:
        """The addresses an instruction passes."""
        return tuple(self.account_keys[i] for i in instruction.accounts)


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.at = 0

    def take(self, n: int) -> bytes:
        if self.at + n > len(self.data):
            raise ValueError("truncated transaction")
        chunk = self.data[self.at : self.at + n]
        self.at += n
        return chunk

    def length(self) -> int:
        value, self.at = decode_compact_u16(self.data, self.at)
        return value

    def u8(self) -> int:
        return self.take(1)[0]


def decode_transaction(raw: bytes) -> DecodedTransaction:
    """Decode a serialized legacy or v0 transaction; ``ValueError`` on anything malformed or left over."""
    reader = _Reader(bytes(raw))
    signatures = tuple(reader.take(64) for _ in range(reader.length()))
    start = reader.at
    version: int | None = None
    first = reader.u8()
    if first & 0x80:
        version = first & 0x7F
        if version != 0:
            raise ValueError(f"unsupported transaction version {version}")
        header = (reader.u8(), reader.u8(), reader.u8())
    else:
        header = (first, reader.u8(), reader.u8())
    keys = tuple(b58encode(reader.take(32)) for _ in range(reader.length()))
    blockhash = b58encode(reader.take(32))
    instructions = []
    for _ in range(reader.length()):
        program = reader.u8()
        accounts = tuple(reader.u8() for _ in range(reader.length()))
        data = reader.take(reader.length())
        instructions.append(CompiledInstruction(program, accounts, data))
    lookups = 0
    if version is not None:
        lookups = reader.length()
        for _ in range(lookups):
            reader.take(32)
            reader.take(reader.length())
            reader.take(reader.length())
    if reader.at != len(reader.data):
        raise ValueError("trailing bytes after the transaction")
    required, readonly_signed, readonly_unsigned = header
    if len(signatures) != required or required > len(keys) or readonly_signed >= max(required, 1):
        raise ValueError("inconsistent transaction header")
    if required + readonly_unsigned > len(keys):
        raise ValueError("inconsistent transaction header")
    for ix in instructions:
        if lookups == 0 and (ix.program_id_index >= len(keys) or any(i >= len(keys) for i in ix.accounts)):
            raise ValueError("instruction refers to an account that does not exist")
    return DecodedTransaction(
        signatures=signatures,
        message=reader.data[start:],
        version=version,
        num_required_signatures=required,
        num_readonly_signed=readonly_signed,
        num_readonly_unsigned=readonly_unsigned,
        account_keys=keys,
        recent_blockhash=blockhash,
        instructions=tuple(instructions),
        address_table_lookups=lookups,
    )


# -- JSON-RPC reads ------------------------------------------------------------------------------------


@attrs.frozen
class AccountInfo:
    """An account as ``getAccountInfo`` returns it (base64 data decoded)."""

    lamports: int
    owner: str
    data: bytes = attrs.field(repr=False)
    executable: bool = False


def _account(call: RpcCall, value: Any) -> AccountInfo | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise call.fail("malformed account")
    data = value.get("data")
    try:
        if isinstance(data, list) and len(data) == 2 and data[1] == "base64":
            raw = base64.b64decode(str(data[0]), validate=True)
        else:
            raise call.fail("account data is not base64")
        return AccountInfo(
            lamports=int(value.get("lamports", 0)),
            owner=str(value.get("owner", "")),
            data=raw,
            executable=bool(value.get("executable", False)),
        )
    except (binascii.Error, TypeError, ValueError):
        raise call.fail("malformed account") from None


def _value(call: RpcCall, result: Any) -> Any:
    if not isinstance(result, dict) or "value" not in result:
        raise call.fail("the result has no value")
    return result["value"]


def latest_blockhash(url: str, commitment: str = "confirmed") -> ChainSteps[str]:
    """``getLatestBlockhash`` at ``commitment``: the blockhash (base58)."""
    call = RpcCall(url, "getLatestBlockhash", ({"commitment": commitment},))
    value = _value(call, (yield call))
    blockhash = value.get("blockhash") if isinstance(value, dict) else None
    if not isinstance(blockhash, str):
        raise call.fail("no blockhash in the answer")
    try:
        decode_pubkey(blockhash)
    except ValueError:
        raise call.fail("the blockhash is not 32 bytes of base58") from None
    return blockhash


def account_info(url: str, address: str, commitment: str = "confirmed") -> ChainSteps[AccountInfo | None]:
    """``getAccountInfo`` (base64): the account, or ``None`` if it does not exist."""
    call = RpcCall(url, "getAccountInfo", (address, {"encoding": "base64", "commitment": commitment}))
    return _account(call, _value(call, (yield call)))


def multiple_accounts(
    url: str, addresses: Sequence[str], commitment: str = "confirmed"
) -> ChainSteps[list[AccountInfo | None]]:
    """``getMultipleAccounts`` (base64): each account or ``None``, in the order asked."""
    call = RpcCall(
        url, "getMultipleAccounts", (list(addresses), {"encoding": "base64", "commitment": commitment})
    )
    values = _value(call, (yield call))
    if not isinstance(values, list) or len(values) != len(addresses):
        raise call.fail("expected one entry per address")
    return [_account(call, v) for v in values]


def _token_amount(call: RpcCall, account: Any) -> int:
    data = account.get("data") if isinstance(account, dict) else None
    if isinstance(data, dict):
        amount = data.get("parsed", {}).get("info", {}).get("tokenAmount", {}).get("amount")
        if isinstance(amount, str) and amount.isdigit():
            return int(amount)
        raise call.fail("no tokenAmount in the parsed account")
    info = _account(call, account)
    if info is None:
        raise call.fail("missing account")
    return unpack_token_account(info.data).amount


def token_accounts_by_owner(
    url: str, owner: str, mint: str, commitment: str = "confirmed"
) -> ChainSteps[list[tuple[str, int]]]:
    """``getTokenAccountsByOwner`` filtered by ``mint`` (jsonParsed): (token account, amount) pairs."""
    params = (owner, {"mint": mint}, {"encoding": "jsonParsed", "commitment": commitment})
    call = RpcCall(url, "getTokenAccountsByOwner", params)
    values = _value(call, (yield call))
    if not isinstance(values, list):
        raise call.fail("expected a list of token accounts")
    found = []
    for entry in values:
        if not isinstance(entry, dict) or not isinstance(entry.get("pubkey"), str):
            raise call.fail("malformed token account entry")
        found.append((entry["pubkey"], _token_amount(call, entry.get("account"))))
    return found
