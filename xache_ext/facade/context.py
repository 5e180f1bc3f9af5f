"""What the services of one client share: the DID, the encryption key and the subject-id variant."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import attrs

from ..crypto.did import DID
from ..crypto.encryption import KeyInput, MemoryKey, memory_key
from ..crypto.secret import Secret
from ..errors import MissingSignerError

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

    def require_key(self) -> MemoryKey:
        """The memory encryption key, or a clear error for a client that cannot derive one."""
        if self.encryption_key is None:
            raise MissingSignerError(
                "memory encryption needs a key: pass private_key=, encryption_key= or a signer with a DID"
            )
        return self.encryption_key
