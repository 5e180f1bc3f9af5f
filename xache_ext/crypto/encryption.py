"""Client-side memory encryption: key derivation and XSalsa20-Poly1305 in both SDK wire layouts.

The memory key travels as a :class:`~xache_ext.crypto.secret.Secret` (:data:`MemoryKey`); raw 32-byte keys are
accepted too and wrapped on entry. The plain key is revealed only in the call to libsodium itself, and no
libsodium exception (whose frames hold the key) outlives the function that called it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from collections.abc import Callable
from typing import Any, TypedDict, Unpack

import attrs
from nacl.bindings import crypto_secretbox, crypto_secretbox_open
from nacl.exceptions import CryptoError
from nacl.utils import random as _random_bytes

from ..errors import DecryptionError, InvalidKeyError
from ..types.base import declared
from .secret import Secret

__all__ = [
    "KEY_SIZE",
    "NONCE_SIZE",
    "Ciphertext",
    "EncryptedPayload",
    "KeyInput",
    "MemoryKey",
    "decrypt",
    "decrypt_json",
    "derive_encryption_key",
    "derive_memory_key",
    "encrypt_bytes",
    "encrypt_json",
    "encrypt_python_layout",
    "memory_key",
    "payload_checksum",
]

KEY_SIZE = 32
NONCE_SIZE = 24
_MAC_SIZE = 16

MemoryKey = Secret[bytes]
"""The 32-byte memory encryption key, wrapped so that no repr or captured frame shows it."""
KeyInput = Secret[bytes] | bytes | bytearray


@attrs.frozen
class EncryptedPayload:
    """The TypeScript SDK layout: base64url-no-pad ``mac||ciphertext``, base64url-no-pad nonce, and
    the lowercase hex BLAKE2b-256 checksum of ``mac||ciphertext``."""

    encrypted_payload: str
    encryption_nonce: str
    checksum: str

    def to_wire(self) -> dict[str, str]:
        """The camelCase request fields ``encryptedPayload``, ``encryptionNonce`` and ``checksum``."""
        return declared(self, wire_names=True)


def derive_encryption_key(seed: str, did: str) -> bytes:
    """The 32-byte memory key: unkeyed BLAKE2b-256 of UTF-8(seed + did), the seed used verbatim as text.

    The plain-bytes primitive (for test vectors); the SDK itself uses :func:`derive_memory_key`.
    """
    return derive_memory_key(seed, did).reveal()


def _blake2b_of_seed(seed: Secret[str], did: str) -> Secret[bytes] | None:
    try:
        return Secret(hashlib.blake2b((seed.reveal() + did).encode("utf-8"), digest_size=32).digest())
    except (TypeError, UnicodeEncodeError):
        return None


def derive_memory_key(seed: Secret[str] | str, did: str) -> MemoryKey:
    """:func:`derive_encryption_key` with the seed and the result in a :class:`Secret`."""
    secret = Secret.wrap(seed)
    del seed
    derived = _blake2b_of_seed(secret, str(did))
    if derived is None:
        raise InvalidKeyError("the encryption key seed must be a text string (valid UTF-8)")
    return derived


def memory_key(key: KeyInput) -> MemoryKey:
    """``key`` (a :class:`Secret` or raw bytes) checked to be 32 bytes, as a :class:`Secret`."""
    secret: Secret[bytes] = Secret.wrap(bytes(key) if isinstance(key, bytearray) else key)
    del key
    if secret is None or not _is_key(secret.reveal()):
        raise InvalidKeyError(f"the encryption key must be {KEY_SIZE} raw bytes")
    return secret


def _is_key(value: object) -> bool:
    return isinstance(value, bytes) and len(value) == KEY_SIZE


def payload_checksum(mac_and_ciphertext: bytes) -> str:
    """Lowercase hex BLAKE2b-256 of the raw ``mac||ciphertext`` bytes (the TS ``checksum`` field)."""
    return hashlib.blake2b(mac_and_ciphertext, digest_size=32).hexdigest()


def _secretbox(
    box: Callable[[bytes, bytes, bytes], bytes],
    data: bytes,
    nonce: bytes,
    key: MemoryKey,
    fails: type[Exception],
) -> bytes | None:
    """libsodium's ``box(data, nonce, key)`` (seal or open), or None where it raises ``fails``."""
    try:
        return box(data, nonce, key.reveal())
    except fails:
        return None  # libsodium's exception, whose frames hold the key, ends here


def _seal(key: KeyInput, plaintext: bytes, nonce: bytes | None) -> tuple[bytes, bytes]:
    secret = memory_key(key)
    del key
    if nonce is None:
        nonce = _random_bytes(NONCE_SIZE)
    elif len(nonce) != NONCE_SIZE:
        raise ValueError(f"the nonce must be {NONCE_SIZE} bytes")
    sealed = _secretbox(crypto_secretbox, bytes(plaintext), bytes(nonce), secret, Exception)
    if sealed is None:
        raise ValueError("encryption failed: the plaintext must be bytes")
    return bytes(nonce), sealed


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def encrypt_bytes(key: KeyInput, plaintext: bytes, *, nonce: bytes | None = None) -> EncryptedPayload:
    """Encrypt ``plaintext`` in the TypeScript layout (a random nonce unless one is given)."""
    used_nonce, sealed = _seal(key, plaintext, nonce)
    return EncryptedPayload(
        encrypted_payload=_b64url(sealed),
        encryption_nonce=_b64url(used_nonce),
        checksum=payload_checksum(sealed),
    )


def _compact_json(data: Any) -> bytes:
    try:
        return json.dumps(data, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8")
    except RecursionError:
        raise ValueError("the data is nested too deeply to serialize as JSON") from None


def encrypt_json(key: KeyInput, data: Any, *, nonce: bytes | None = None) -> EncryptedPayload:
    """Encrypt compact JSON of ``data`` (like JS ``JSON.stringify``) in the TypeScript layout."""
    return encrypt_bytes(key, _compact_json(data), nonce=nonce)


def encrypt_python_layout(key: KeyInput, plaintext: bytes, *, nonce: bytes | None = None) -> str:
    """Encrypt in the official Python SDK layout: standard padded base64 of ``nonce||mac||ciphertext``
    (its ``encryptedData`` field)."""
    used_nonce, sealed = _seal(key, plaintext, nonce)
    return base64.b64encode(used_nonce + sealed).decode("ascii")


def _b64decode_any(text: str, field: str) -> bytes:
    """Decode standard or URL-safe base64, padded or not."""
    if not isinstance(text, str):
        raise DecryptionError(f"{field} must be a base64 string")
    cleaned = "".join(text.split()).rstrip("=").replace("-", "+").replace("_", "/")
    if len(cleaned) % 4 == 1:
        raise DecryptionError(f"{field} is not valid base64")
    try:
        return base64.b64decode(cleaned + "=" * (-len(cleaned) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise DecryptionError(f"{field} is not valid base64") from None


def decrypt(
    key: KeyInput,
    *,
    encrypted_payload: str | None = None,
    encryption_nonce: str | None = None,
    encrypted_data: str | None = None,
    checksum: str | None = None,
) -> bytes:
    """Decrypt either layout and return the plaintext bytes.

    TypeScript layout: ``encrypted_payload`` + ``encryption_nonce``. Python layout: ``encrypted_data``
    (nonce-prefixed); an ``encrypted_payload`` without a nonce is also read as nonce-prefixed, as the
    official Python graph module does. ``checksum``, when given, must match. Any failure (wrong key,
    tampering, bad base64, missing field, checksum mismatch) raises :class:`DecryptionError`.
    """
    secret = memory_key(key)
    del key
    if encrypted_payload is not None and encryption_nonce is not None:
        sealed = _b64decode_any(encrypted_payload, "encryptedPayload")
        nonce = _b64decode_any(encryption_nonce, "encryptionNonce")
        if len(nonce) != NONCE_SIZE:
            raise DecryptionError(f"encryptionNonce must decode to {NONCE_SIZE} bytes")
    elif encryption_nonce is not None:
        raise DecryptionError("encryptionNonce was given without encryptedPayload")
    else:
        combined_field = "encryptedData" if encrypted_data is not None else "encryptedPayload"
        combined = encrypted_data if encrypted_data is not None else encrypted_payload
        if combined is None:
            raise DecryptionError(
                "nothing to decrypt: give encrypted_payload + encryption_nonce or encrypted_data"
            )
        raw = _b64decode_any(combined, combined_field)
        nonce, sealed = raw[:NONCE_SIZE], raw[NONCE_SIZE:]
    if len(sealed) < _MAC_SIZE:
        raise DecryptionError("ciphertext is too short")
    if checksum is not None and not hmac.compare_digest(
        payload_checksum(sealed), checksum.strip().lower() if isinstance(checksum, str) else ""
    ):
        raise DecryptionError("checksum does not match the ciphertext")
    plaintext = _secretbox(crypto_secretbox_open, sealed, nonce, secret, CryptoError)
    if plaintext is None:
        raise DecryptionError("decryption failed: wrong key or tampered ciphertext")
    return plaintext


class Ciphertext(TypedDict, total=False):
    """The ciphertext fields :func:`decrypt` reads (either layout), for passing them on."""

    encrypted_payload: str | None
    encryption_nonce: str | None
    encrypted_data: str | None
    checksum: str | None


def decrypt_json(key: KeyInput, **ciphertext: Unpack[Ciphertext]) -> Any:
    """:func:`decrypt`, then parse the plaintext as UTF-8 JSON (:class:`DecryptionError` if it is not)."""
    secret = memory_key(key)
    del key
    plaintext = decrypt(secret, **ciphertext)
    parsed = _json_or_missing(plaintext)
    if parsed is _NOT_JSON:
        raise DecryptionError("the decrypted plaintext is not UTF-8 JSON")
    return parsed


_NOT_JSON = object()


def _json_or_missing(plaintext: bytes) -> Any:
    try:
        return json.loads(plaintext.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return _NOT_JSON  # the parser's exception carries the plaintext; it ends here
