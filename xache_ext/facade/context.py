"""What the services of one client share: the DID, the encryption key and the subject-id variant."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, TypeVar

import attrs

from ..chain.endpoints import ChainSettings
from ..crypto.did import DID
from ..crypto.encryption import KeyInput, MemoryKey, memory_key
from ..crypto.secret import Secret
from ..errors import DecryptionError, MissingSignerError, XacheInputError
from ..logs import logger

T = TypeVar("T")

if TYPE_CHECKING:
    from ..crypto.signers import Signer

__all__ = ["ClientContext"]


@attrs.define
class ClientContext:
    """The identity and key material services need; the key is a :class:`Secret`, never in a repr."""

    did: DID | None
    encryption_key: MemoryKey | None = attrs.field(default=None, repr=False)
    subject_variant: Literal["typescript", "python"] = "typescript"
    signer: Signer | None = attrs.field(default=None, repr=False)
    #: Why there is no memory key (raised by :meth:`require_key`), when that is a configuration choice.
    key_problem: str | None = None
    #: Keys derived from other spellings of the same private key: (how it is spelled, key).
    alternate_keys: tuple[tuple[str, MemoryKey], ...] = attrs.field(default=(), repr=False)
    #: The JSON-RPC endpoints of the chains (payments' and ``client.wallet``'s reads).
    chain: ChainSettings = attrs.field(factory=ChainSettings, repr=False)

    def require_did(self) -> DID:
        """The client's DID, or a clear error for a client configured without one."""
        if self.did is None:
            raise MissingSignerError("this operation needs the client's DID; pass did= or set XACHE_DID")
        return self.did

    def set_encryption_key(self, key: KeyInput) -> None:
        """Use ``key`` (32 raw bytes, or a :class:`Secret` of them) for memory encryption from now on,
        e.g. one from a key manager."""
        secret: Secret[bytes] = Secret.wrap(bytes(key) if isinstance(key, bytearray) else key)
        del key
        self.encryption_key = memory_key(secret)
        self.alternate_keys = ()

    def require_key(self) -> MemoryKey:
        """The memory encryption key, or a clear error for a client that cannot derive one."""
        if self.encryption_key is None and self.key_problem is not None:
            raise XacheInputError(self.key_problem)
        if self.encryption_key is None:
            raise MissingSignerError(
                "memory encryption needs a key: pass private_key=, encryption_key= or a signer with a DID"
            )
        return self.encryption_key

    def open(self, decrypt: Callable[[MemoryKey], T]) -> T:
        """``decrypt(key)`` with the memory key; if that fails, with the keys of the private key's other spellings.

        The official SDKs derive the memory key from the private key *text*, so ``0xABC…`` and ``abc…`` give
        different keys. A memory that opens only with another spelling is returned, with a warning that names the
        spelling to configure (never the key).
        """
        key = self.require_key()
        try:
            return decrypt(key)
        except DecryptionError:
            for spelling, alternate in self.alternate_keys:
                try:
                    value = decrypt(alternate)
                except DecryptionError:
                    continue
                logger.warning(
                    "this memory was encrypted with the memory key of the private key spelled %s; configure the "
                    "client with the key spelled that way (or encryption_key=) to read it without retrying",
                    spelling,
                )
                return value
            raise
