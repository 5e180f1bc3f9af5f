"""EVM primitives: keccak-256, EIP-55 addresses and secp256k1 public-key recovery."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Any

from coincurve import PrivateKey, PublicKey

__all__ = [
    "SECP256K1_ORDER",
    "keccak256",
    "private_key_to_address",
    "public_key_to_address",
    "recover_address",
    "to_checksum_address",
]

_HEX_ADDRESS = re.compile(r"0x[0-9a-fA-F]{40}")

#: The order n of the secp256k1 group; a signature's s must be at most n // 2 (EIP-2).
SECP256K1_ORDER = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141


def _keccak256_portable(data: bytes) -> bytes:
    from Crypto.Hash import keccak as _keccak

    return bytes(_keccak.new(digest_bits=256, data=data).digest())


def _make_fast_keccak256() -> Callable[[bytes], bytes] | None:
    """Drive pycryptodome's C keccak directly with one reusable state per thread.

    ``keccak.new()`` spends most of its time building Python wrapper objects; this path skips them.
    It relies on pycryptodome internals, so it is self-tested and dropped if anything differs.
    """
    try:
        import Crypto.Util._raw_api
        from Crypto.Hash import keccak as _keccak

        raw: Any = Crypto.Util._raw_api
        lib: Any = vars(_keccak)["_raw_keccak_lib"]
        local = threading.local()

        def state() -> tuple[object, object, object]:
            pointer = raw.VoidPointer()
            if lib.keccak_init(pointer.address_of(), raw.c_size_t(64), raw.c_ubyte(24)):
                raise RuntimeError("keccak_init failed")
            smart = raw.SmartPointer(pointer.get(), lib.keccak_destroy)
            local.value = (smart, smart.get(), raw.create_string_buffer(32))
            return local.value  # type: ignore[no-any-return]

        get_raw_buffer = raw.get_raw_buffer
        reset, absorb, digest = lib.keccak_reset, lib.keccak_absorb, lib.keccak_digest

        def fast(data: bytes) -> bytes:
            try:
                _, handle, buffer = local.value
            except AttributeError:
                _, handle, buffer = state()
            if reset(handle) or absorb(handle, data, len(data)) or digest(handle, buffer, 32, 1):
                return _keccak256_portable(data)
            return get_raw_buffer(buffer)  # type: ignore[no-any-return]

        for sample in (b"", b"abc", bytes(range(256)) * 3):
            if fast(sample) != _keccak256_portable(sample):
                return None
        return fast
    except Exception:
        return None


_keccak256_impl: Callable[[bytes], bytes] | None = None


def keccak256(data: bytes) -> bytes:
    """Keccak-256 (the Ethereum hash, not SHA3-256) of ``data``."""
    global _keccak256_impl
    if _keccak256_impl is None:  # loaded on first use: pycryptodome's import is slow
        _keccak256_impl = _make_fast_keccak256() or _keccak256_portable
    return _keccak256_impl(data if type(data) is bytes else bytes(data))


def to_checksum_address(address: str) -> str:
    """Return the EIP-55 checksummed form of a ``0x`` + 40 hex address; ``ValueError`` otherwise."""
    if not isinstance(address, str) or not _HEX_ADDRESS.fullmatch(address):
        raise ValueError("not an EVM address: expected 0x followed by 40 hex characters")
    lower = address[2:].lower()
    hashed = keccak256(lower.encode("ascii")).hex()
    return "0x" + "".join(c.upper() if c > "9" and hashed[i] >= "8" else c for i, c in enumerate(lower))


def public_key_to_address(public_key: bytes | PublicKey) -> str:
    """EIP-55 address of a secp256k1 public key (33/65-byte SEC1 bytes or a coincurve ``PublicKey``)."""
    key = public_key if isinstance(public_key, PublicKey) else PublicKey(bytes(public_key))
    return to_checksum_address("0x" + keccak256(key.format(compressed=False)[1:])[-20:].hex())


def private_key_to_address(key32: bytes) -> str:
    """EIP-55 address of a 32-byte secp256k1 private key; ``ValueError`` if it is not a valid scalar."""
    if len(key32) != 32:
        raise ValueError("an EVM private key must be 32 bytes")
    try:
        key = PrivateKey(bytes(key32))
    except Exception:
        raise ValueError("not a valid secp256k1 private key") from None
    return public_key_to_address(key.public_key)


def recover_address(digest32: bytes, signature65: bytes) -> str:
    """Recover the EIP-55 signer address of a 65-byte ``r||s||v`` signature (v in 27/28 or 0/1)."""
    if len(digest32) != 32:
        raise ValueError("the digest must be 32 bytes")
    if len(signature65) != 65:
        raise ValueError("the signature must be 65 bytes")
    v = signature65[64]
    if v in (27, 28):
        v -= 27
    elif v not in (0, 1):
        raise ValueError("invalid signature recovery byte (v)")
    try:
        public_key = PublicKey.from_signature_and_message(
            bytes(signature65[:64]) + bytes((v,)), bytes(digest32), hasher=None
        )
    except Exception:
        raise ValueError("invalid signature") from None
    return public_key_to_address(public_key)
