"""What the services of one client share: the DID, the encryption key and the subject-id variant."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import attrs

from ..crypto.did import DID
from ..errors import InvalidKeyError, MissingSignerError

if TYPE_CHECKING:
    from ..crypto.signers import Signer

__all__ = ["ClientContext"]


@attrs.define
class ClientContext:
    """The identity and key material services need; the key never appears in a repr."""

    did: DID | None
    encryption_key: bytes | None = attrs.field(default=None, repr=False)
    subject_variant: Literal["typescript", "python"] = "typescript"
    signer: Signer | None = attrs.field(default=None, repr=False)

    def require_did(self) -> DID:
        """The client's DID, or a clear error for a client configured without one."""
        if self.did is None:
            raise MissingSignerError("this operation needs the client's DID; pass did= or set XACHE_DID")
        return self.did

    def set_encryption_key(self, key: bytes) -> None:
        """Use ``key`` (32 raw bytes) for memory encryption from now on, e.g. one from a key manager."""
        if not isinstance(key, bytes | bytearray) or len(key) != 32:
            raise InvalidKeyError("the encryption key must be 32 raw bytes")
        self.encryption_key = bytes(key)

    def require_key(self) -> bytes:
        """The memory encryption key, or a clear error for a client that cannot derive one."""
        if self.encryption_key is None:
            raise MissingSignerError(
                "memory encryption needs a key: pass private_key=, encryption_key= or a signer with a DID"
            )
        return self.encryption_key
