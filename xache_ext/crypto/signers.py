"""Signers: the EVM and Solana signer protocols, private-key and eth-account implementations,
and signature verification against a DID."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Literal, NoReturn, Protocol, TypeVar, runtime_checkable

from coincurve import PrivateKey
from nacl.bindings import crypto_sign, crypto_sign_open, crypto_sign_seed_keypair

from ..errors import InvalidKeyError, KeyMismatchError
from .base58 import b58decode, b58encode
from .did import CHAINS, DID, Chain
from .eip712 import hash_typed_data
from .evm import SECP256K1_ORDER, keccak256, public_key_to_address, recover_address
from .secret import Secret

__all__ = [
    "EthAccountSigner",
    "EvmPrivateKeySigner",
    "EvmSigner",
    "PrivateKeyInput",
    "Signer",
    "SolanaPrivateKeySigner",
    "SolanaSigner",
    "normalize_evm_signature",
    "sign_typed_data",
    "signer_chain",
    "signer_from_private_key",
    "verify_signature",
]

_HEX = re.compile(r"[0-9a-fA-F]*")


C = TypeVar("C", Literal["evm"], Literal["sol"], covariant=True)


class _WalletSigner(Protocol[C]):
    @property
    def chain(self) -> C:
        """The chain family: always ``"evm"`` or always ``"sol"``."""
        ...

    @property
    def address(self) -> str:
        """The signer's address: 0x EIP-55 (EVM) or the base58 public key (Solana)."""
        ...


@runtime_checkable
class EvmSigner(_WalletSigner[Literal["evm"]], Protocol):
    """Signs 32-byte digests with a secp256k1 key (the X-Sig of ``:evm:`` DIDs, EIP-712 payments)."""

    def sign_digest(self, digest: bytes) -> bytes:
        """Sign a 32-byte digest as-is (no prefix, no hashing); return 65 bytes r||s||v, v in {27, 28}."""
        ...


@runtime_checkable
class SolanaSigner(_WalletSigner[Literal["sol"]], Protocol):
    """Signs messages with an ed25519 key (the X-Sig of ``:sol:`` DIDs)."""

    def sign_message(self, message: bytes) -> bytes:
        """Return the 64-byte detached ed25519 signature of ``message``."""
        ...


Signer = EvmSigner | SolanaSigner


def signer_chain(signer: object) -> Chain:
    """The chain family of ``signer``: its ``chain`` attribute, else inferred from its signing method."""
    chain = getattr(signer, "chain", None)
    if chain in CHAINS:
        return chain  # type: ignore[no-any-return]
    if chain == "solana":
        return "sol"
    if callable(getattr(signer, "sign_digest", None)):
        return "evm"
    if callable(getattr(signer, "sign_message", None)):
        return "sol"
    raise TypeError("not a signer: expected an EvmSigner (sign_digest) or a SolanaSigner (sign_message)")


PrivateKeyInput = str | bytes | Secret[str] | Secret[bytes]
"""A private key as hex text (optionally 0x-prefixed), raw bytes, or either wrapped in a :class:`Secret`."""


def _decode_key(value: object, hex_lengths: tuple[int, ...]) -> Secret[bytes] | None:
    """The key bytes of ``value``, or None if malformed. Never raises, so no frame holding it is kept."""
    if isinstance(value, bytes | bytearray):
        return Secret(bytes(value)) if len(value) * 2 in hex_lengths else None
    if not isinstance(value, str):
        return None
    text = value.strip()
    if text[:2] in ("0x", "0X"):
        text = text[2:]
    if len(text) not in hex_lengths or not _HEX.fullmatch(text):
        return None
    return Secret(bytes.fromhex(text))


def _key_bytes(secret: Secret[Any], hex_lengths: tuple[int, ...], what: str) -> Secret[bytes]:
    """Decode a hex (optionally 0x-prefixed) or raw private key; the message never echoes the key."""
    decoded = _decode_key(secret.reveal(), hex_lengths)
    if decoded is None:
        expected = " or ".join(str(n) for n in hex_lengths)
        raise InvalidKeyError(
            f"{what} private key must be {expected} hex characters (optionally 0x-prefixed)"
        )
    return decoded


def _secp256k1_key(raw: Secret[bytes]) -> PrivateKey | None:
    try:
        return PrivateKey(raw.reveal())
    except Exception:
        return None  # the library's exception (whose frames hold the key) ends here


def _ed25519_keypair(raw: Secret[bytes]) -> tuple[bytes, Secret[bytes]] | None:
    """(public key, 64-byte secret key) for a 32-byte seed or a consistent 64-byte secret key."""
    try:
        public, secret = crypto_sign_seed_keypair(raw.reveal()[:32])
    except Exception:
        return None
    if len(raw.reveal()) == 64 and raw.reveal()[32:] != public:
        return None
    return public, Secret(secret)


class _SecretHolder:
    """Base of key-holding classes: no ``__dict__``, address-only repr, not picklable."""

    __slots__ = ()

    @property
    def address(self) -> str:
        raise NotImplementedError

    def __repr__(self) -> str:
        try:
            address = self.address
        except AttributeError:  # a signer whose constructor failed, shown by a frame-capturing tracker
            return f"<{type(self).__name__} (no key)>"
        return f"{type(self).__name__}(address={address!r})"

    __str__ = __repr__

    def __getstate__(self) -> NoReturn:
        raise TypeError(f"{type(self).__name__} holds a private key and cannot be pickled or copied")

    def __reduce_ex__(self, protocol: Any) -> NoReturn:
        self.__getstate__()


class EvmPrivateKeySigner(_SecretHolder):
    """An :class:`EvmSigner` over a secp256k1 private key (64 hex characters, optional 0x, or 32 bytes),
    plain or in a :class:`Secret`."""

    __slots__ = ("__address", "__key")
    chain: Literal["evm"] = "evm"

    def __init__(self, private_key: PrivateKeyInput) -> None:
        secret: Secret[Any] = Secret.wrap(private_key)
        del private_key
        key = _secp256k1_key(_key_bytes(secret, (64,), "EVM"))
        if key is None:
            raise InvalidKeyError("EVM private key is not a valid secp256k1 scalar")
        self.__key = key
        self.__address = public_key_to_address(key.public_key)

    @property
    def address(self) -> str:
        """The 0x EIP-55 address of the key."""
        return self.__address

    def sign_digest(self, digest: bytes) -> bytes:
        """Sign a 32-byte digest; returns r||s||v with v in {27, 28} (deterministic RFC 6979)."""
        if len(digest) != 32:
            raise ValueError("the digest to sign must be 32 bytes")
        signature: bytes = self.__key.sign_recoverable(digest, hasher=None)
        return signature[:64] + _V_BYTES[signature[64]]


_V_BYTES = (b"\x1b", b"\x1c")


class SolanaPrivateKeySigner(_SecretHolder):
    """A :class:`SolanaSigner` over an ed25519 key: a 32-byte seed (64 hex) or a 64-byte secret key
    (128 hex, seed || public key; the public half must match the seed), plain or in a :class:`Secret`."""

    __slots__ = ("__address", "__secret")
    chain: Literal["sol"] = "sol"

    def __init__(self, private_key: PrivateKeyInput) -> None:
        secret: Secret[Any] = Secret.wrap(private_key)
        del private_key
        pair = _ed25519_keypair(_key_bytes(secret, (64, 128), "Solana"))
        if pair is None:
            raise InvalidKeyError("Solana secret key is inconsistent: its second half is not its public key")
        self.__secret: Secret[bytes] = pair[1]
        self.__address = b58encode(pair[0])

    @property
    def address(self) -> str:
        """The base58 public key."""
        return self.__address

    def sign_message(self, message: bytes) -> bytes:
        """The 64-byte detached ed25519 signature of ``message``."""
        signed: bytes = crypto_sign(message, self.__secret.reveal())
        return signed[:64]


class EthAccountSigner:
    """Adapts an eth-account ``LocalAccount`` (or anything with ``address`` and ``unsafe_sign_hash`` /
    ``signHash``) to :class:`EvmSigner`. eth-account itself is never imported."""

    __slots__ = ("__account",)
    chain: Literal["evm"] = "evm"

    def __init__(self, account: Any) -> None:
        if not isinstance(getattr(account, "address", None), str):
            raise TypeError("account must have an 'address' string attribute")
        if not callable(getattr(account, "unsafe_sign_hash", None)) and not callable(
            getattr(account, "signHash", None)
        ):
            raise TypeError("account must have an 'unsafe_sign_hash' (or legacy 'signHash') method")
        self.__account = account

    @property
    def address(self) -> str:
        """The account's address."""
        return str(self.__account.address)

    def sign_digest(self, digest: bytes) -> bytes:
        """Sign a 32-byte digest with the account (no EIP-191 prefix)."""
        if len(digest) != 32:
            raise ValueError("the digest to sign must be 32 bytes")
        sign = getattr(self.__account, "unsafe_sign_hash", None) or self.__account.signHash
        signed = sign(digest)
        if isinstance(signed, bytes | str):
            return normalize_evm_signature(signed)
        if all(hasattr(signed, name) for name in ("r", "s", "v")) and 0 <= int(signed.v) < 256:
            r, s, v = int(signed.r), int(signed.s), int(signed.v)
            return normalize_evm_signature(r.to_bytes(32, "big") + s.to_bytes(32, "big") + bytes((v,)))
        return normalize_evm_signature(bytes(signed.signature))

    def __repr__(self) -> str:
        try:
            address = self.address
        except AttributeError:
            return f"<{type(self).__name__} (no account)>"
        return f"{type(self).__name__}(address={address!r})"


def normalize_evm_signature(signature: bytes | str) -> bytes:
    """65 raw bytes r||s||v (low s, v in {27, 28}) from bytes or (0x-)hex with v in {0, 1, 27, 28}."""
    if isinstance(signature, str):
        text = signature[2:] if signature[:2] in ("0x", "0X") else signature
        try:
            raw = bytes.fromhex(text)
        except ValueError:
            raise ValueError("signature is not valid hex") from None
    else:
        raw = bytes(signature)
    if len(raw) != 65:
        raise ValueError("an EVM signature must be 65 bytes")
    v = raw[64]
    if v in (0, 1):
        v += 27
    if v not in (27, 28):
        raise ValueError("invalid signature recovery byte (v)")
    s = int.from_bytes(raw[32:64], "big")
    if s > SECP256K1_ORDER // 2:
        # A wallet or KMS may return the high-s twin; servers and the USDC contract accept only low s (EIP-2).
        s, v = SECP256K1_ORDER - s, 55 - v
    return raw[:32] + s.to_bytes(32, "big") + bytes((v,))


def sign_typed_data(
    signer: EvmSigner,
    domain: Mapping[str, Any],
    types: Mapping[str, Sequence[Mapping[str, str]]],
    primary_type: str,
    message: Mapping[str, Any],
) -> bytes:
    """Sign EIP-712 typed data; returns 65 bytes r||s||v (v in {27, 28}).

    A signer with its own ``sign_typed_data(domain, types, primary_type, message)`` is used as is (its
    bytes or hex result is normalised); otherwise the digest is computed here and passed to ``sign_digest``.
    """
    own = getattr(signer, "sign_typed_data", None)
    if callable(own):
        return normalize_evm_signature(own(domain, types, primary_type, message))
    signature = signer.sign_digest(hash_typed_data(domain, types, primary_type, message))
    if len(signature) == 65 and signature[64] in (27, 28):
        return bytes(signature)
    return normalize_evm_signature(signature)


def signer_from_private_key(did: DID, private_key: PrivateKeyInput) -> Signer:
    """Build the signer for ``did`` from a hex private key (plain or in a :class:`Secret`).

    Raises :class:`InvalidKeyError` for a malformed key and :class:`KeyMismatchError` if the key does
    not derive the DID's address. Neither message contains the key, and no frame of the traceback holds it.
    """
    secret: Secret[Any] = Secret.wrap(private_key)
    del private_key
    signer: Signer = EvmPrivateKeySigner(secret) if did.chain == "evm" else SolanaPrivateKeySigner(secret)
    if not did.matches_address(signer.address):
        raise KeyMismatchError(
            f"the private key does not belong to {did}: it derives the address {signer.address}"
        )
    return signer


def verify_signature(did: DID, message: bytes, x_sig: str) -> bool:
    """Whether ``x_sig`` is ``did``'s signature of ``message`` (EVM: 130 hex over keccak256(message),
    address compared case-insensitively; Solana: base58 ed25519). Never raises on malformed input."""
    try:
        if did.chain == "evm":
            text = x_sig[2:] if x_sig[:2] in ("0x", "0X") else x_sig
            if len(text) != 130 or not _HEX.fullmatch(text):
                return False
            recovered = recover_address(keccak256(message), bytes.fromhex(text))
            return recovered.lower() == did.address.lower()
        signature = b58decode(x_sig)
        public_key = b58decode(did.address)
        if len(signature) != 64 or len(public_key) != 32:
            return False
        crypto_sign_open(signature + bytes(message), public_key)
        return True
    except Exception:
        return False
