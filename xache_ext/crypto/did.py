"""Agent and owner DIDs: ``did:<agent|owner>:<evm|sol>:<address>``."""

from __future__ import annotations

import re
from typing import Literal, cast, get_args

import attrs

from ..errors import InvalidDIDError

__all__ = ["CHAINS", "DID", "ROLES", "Chain", "Role", "parse_did"]

Role = Literal["agent", "owner"]
Chain = Literal["evm", "sol"]
ROLES: tuple[Role, ...] = get_args(Role)
CHAINS: tuple[Chain, ...] = get_args(Chain)

_EVM_ADDRESS = re.compile(r"0x[a-fA-F0-9]{40}")
_SOL_ADDRESS = re.compile(r"[1-9A-HJ-NP-Za-km-z]{32,44}")


@attrs.frozen
class DID:
    """A parsed DID. ``str(did)`` gives back the DID string; the address keeps its case."""

    role: Role
    chain: Chain
    address: str

    def __str__(self) -> str:
        return f"did:{self.role}:{self.chain}:{self.address}"

    def matches_address(self, address: str) -> bool:
        """Whether ``address`` is this DID's address (case-insensitive for EVM, exact for Solana)."""
        if self.chain == "evm":
            return address.lower() == self.address.lower()
        return address == self.address


def parse_did(value: str) -> DID:
    """Parse and validate a DID string; raises :class:`InvalidDIDError` naming what is wrong."""
    if not isinstance(value, str):
        raise InvalidDIDError(f"a DID must be a string, not {type(value).__name__}")
    parts = value.split(":")
    if len(parts) != 4:
        raise InvalidDIDError(
            f"a DID must have exactly 4 colon-separated parts (did:<agent|owner>:<evm|sol>:<address>), "
            f"got {len(parts)}"
        )
    scheme, role, chain, address = parts
    if scheme != "did":
        raise InvalidDIDError("a DID must start with 'did:'")
    if role not in ROLES:
        raise InvalidDIDError(f"unknown DID role {role!r}: expected 'agent' or 'owner'")
    if chain == "evm":
        if not _EVM_ADDRESS.fullmatch(address):
            raise InvalidDIDError("invalid EVM address in DID: expected 0x followed by 40 hex characters")
    elif chain == "sol":
        if not _SOL_ADDRESS.fullmatch(address):
            raise InvalidDIDError("invalid Solana address in DID: expected 32-44 base58 characters")
    else:
        raise InvalidDIDError(f"unknown DID chain {chain!r}: expected 'evm' or 'sol'")
    return DID(role=role, chain=cast(Chain, chain), address=address)
