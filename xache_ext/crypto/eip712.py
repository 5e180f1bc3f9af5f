"""A small EIP-712 typed-data encoder (structs, arrays and the atomic Solidity types) plus EIP-3009."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Final

from .evm import keccak256

__all__ = [
    "DOMAIN_FIELDS",
    "TRANSFER_WITH_AUTHORIZATION_TYPES",
    "domain_separator",
    "domain_type",
    "encode_type",
    "hash_struct",
    "hash_typed_data",
    "struct_fields",
    "transfer_with_authorization_digest",
]

Types = Mapping[str, Sequence[Mapping[str, str]]]

#: The EIP712Domain fields in their standard order; the domain type uses those present in the domain.
DOMAIN_FIELDS: Final[tuple[tuple[str, str], ...]] = (
    ("name", "string"),
    ("version", "string"),
    ("chainId", "uint256"),
    ("verifyingContract", "address"),
    ("salt", "bytes32"),
)


def struct_fields(*declarations: str) -> list[dict[str, str]]:
    """A struct type's fields from Solidity-style declarations: ``struct_fields("address from", ...)``."""
    return [{"name": name, "type": kind} for kind, name in (d.split() for d in declarations)]


#: EIP-3009 ``TransferWithAuthorization`` (the type USDC's x402 "exact" EVM scheme signs).
TRANSFER_WITH_AUTHORIZATION_TYPES: Final[dict[str, list[dict[str, str]]]] = {
    "TransferWithAuthorization": struct_fields(
        "address from",
        "address to",
        "uint256 value",
        "uint256 validAfter",
        "uint256 validBefore",
        "bytes32 nonce",
    )
}

_ARRAY = re.compile(r"^(.+)\[(\d*)\]$")
_INT = re.compile(r"^(u?)int(\d*)$")
_FIXED_BYTES = re.compile(r"^bytes(\d+)$")
_ADDRESS = re.compile(r"^0x[0-9a-fA-F]{40}$")


def _dependencies(primary: str, types: Types, found: set[str]) -> None:
    if primary in found or primary not in types:
        return
    found.add(primary)
    for field in types[primary]:
        _dependencies(_base_type(field["type"]), types, found)


def _base_type(type_name: str) -> str:
    while (match := _ARRAY.match(type_name)) is not None:
        type_name = match.group(1)
    return type_name


def encode_type(primary_type: str, types: Types) -> str:
    """The EIP-712 ``encodeType`` string: the primary type, then its dependencies sorted by name."""
    if primary_type not in types:
        raise ValueError(f"unknown EIP-712 type {primary_type!r}")
    found: set[str] = set()
    _dependencies(primary_type, types, found)
    found.discard(primary_type)
    return "".join(
        name + "(" + ",".join(f"{f['type']} {f['name']}" for f in types[name]) + ")"
        for name in [primary_type, *sorted(found)]
    )


def _to_int(value: Any, field: str) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            if text.lower().startswith(("0x", "-0x")):
                return int(text, 16)
            return int(text, 10)
        except ValueError:
            pass
    raise ValueError(f"EIP-712 field {field!r}: expected an integer or a decimal string")


def _to_bytes(value: Any, field: str) -> bytes:
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    if isinstance(value, str):
        text = value[2:] if value[:2] in ("0x", "0X") else value
        try:
            return bytes.fromhex(text)
        except ValueError:
            pass
    raise ValueError(f"EIP-712 field {field!r}: expected bytes or a 0x-hex string")


def _encode_value(type_name: str, value: Any, types: Types, field: str) -> bytes:
    if type_name in types:
        if not isinstance(value, Mapping):
            raise ValueError(f"EIP-712 field {field!r}: expected an object for struct {type_name}")
        return hash_struct(type_name, value, types)
    array = _ARRAY.match(type_name)
    if array is not None:
        if isinstance(value, str | bytes) or not isinstance(value, Sequence):
            raise ValueError(f"EIP-712 field {field!r}: expected an array")
        if array.group(2) and len(value) != int(array.group(2)):
            raise ValueError(f"EIP-712 field {field!r}: expected {array.group(2)} items")
        inner = array.group(1)
        return keccak256(b"".join(_encode_value(inner, item, types, field) for item in value))
    if type_name == "string":
        if not isinstance(value, str):
            raise ValueError(f"EIP-712 field {field!r}: expected a string")
        return keccak256(value.encode("utf-8"))
    if type_name == "bytes":
        return keccak256(_to_bytes(value, field))
    if type_name == "bool":
        if not isinstance(value, bool):
            raise ValueError(f"EIP-712 field {field!r}: expected a boolean")
        return int(value).to_bytes(32, "big")
    if type_name == "address":
        if isinstance(value, str) and _ADDRESS.match(value):
            return bytes.fromhex(value[2:]).rjust(32, b"\0")
        raw = _to_bytes(value, field) if not isinstance(value, str) else b""
        if len(raw) != 20:
            raise ValueError(f"EIP-712 field {field!r}: expected a 0x + 40 hex address")
        return raw.rjust(32, b"\0")
    integer = _INT.match(type_name)
    if integer is not None:
        bits = int(integer.group(2) or 256)
        number = _to_int(value, field)
        if integer.group(1):
            if not 0 <= number < 1 << bits:
                raise ValueError(f"EIP-712 field {field!r}: out of range for {type_name}")
            return number.to_bytes(32, "big")
        if not -(1 << (bits - 1)) <= number < 1 << (bits - 1):
            raise ValueError(f"EIP-712 field {field!r}: out of range for {type_name}")
        return (number % (1 << 256)).to_bytes(32, "big")
    fixed = _FIXED_BYTES.match(type_name)
    if fixed is not None:
        size = int(fixed.group(1))
        raw = _to_bytes(value, field)
        if not 1 <= size <= 32 or len(raw) != size:
            raise ValueError(f"EIP-712 field {field!r}: expected exactly {size} bytes for {type_name}")
        return raw.ljust(32, b"\0")
    raise ValueError(f"EIP-712 field {field!r}: unsupported type {type_name!r}")


def hash_struct(primary_type: str, message: Mapping[str, Any], types: Types) -> bytes:
    """The EIP-712 ``hashStruct`` of ``message`` as a ``primary_type``."""
    parts = [keccak256(encode_type(primary_type, types).encode("utf-8"))]
    for field in types[primary_type]:
        name = field["name"]
        if name not in message:
            raise ValueError(f"EIP-712 message of type {primary_type} is missing field {name!r}")
        parts.append(_encode_value(field["type"], message[name], types, name))
    return keccak256(b"".join(parts))


def domain_type(domain: Mapping[str, Any]) -> list[dict[str, str]]:
    """The ``EIP712Domain`` type of ``domain``: the standard fields present in it, in the standard order."""
    unknown = set(domain) - {name for name, _ in DOMAIN_FIELDS}
    if unknown:
        raise ValueError(f"unknown EIP-712 domain fields: {sorted(unknown)}")
    return [{"name": name, "type": kind} for name, kind in DOMAIN_FIELDS if name in domain]


def domain_separator(domain: Mapping[str, Any]) -> bytes:
    """The EIP-712 domain separator; the domain type lists the standard fields present in ``domain``."""
    return hash_struct("EIP712Domain", domain, {"EIP712Domain": domain_type(domain)})


def hash_typed_data(
    domain: Mapping[str, Any],
    types: Types,
    primary_type: str,
    message: Mapping[str, Any],
) -> bytes:
    """The 32-byte EIP-712 digest ``keccak256(0x1901 || domainSeparator || hashStruct(message))``.

    Integers may be given as ``int`` or decimal strings, ``bytes``/``bytesN`` as bytes or 0x-hex. An
    ``EIP712Domain`` entry in ``types`` is ignored: the domain type is derived from ``domain``.
    """
    struct_types = {name: fields for name, fields in types.items() if name != "EIP712Domain"}
    if primary_type == "EIP712Domain":
        return keccak256(b"\x19\x01" + domain_separator(domain))
    return keccak256(
        b"\x19\x01" + domain_separator(domain) + hash_struct(primary_type, message, struct_types)
    )


def transfer_with_authorization_digest(domain: Mapping[str, Any], message: Mapping[str, Any]) -> bytes:
    """The EIP-712 digest of an EIP-3009 ``TransferWithAuthorization`` (from, to, value, validAfter,
    validBefore, nonce)."""
    return hash_typed_data(domain, TRANSFER_WITH_AUTHORIZATION_TYPES, "TransferWithAuthorization", message)
