"""Merkle trees over receipt ids, as used by the Xache sandbox's receipt proofs.

This is the **sandbox's convention**; the live server's leaf encoding is not published, so proofs from the
live API may not verify with it.

* leaf = ``sha256(utf8(receipt_id))``;
* an inner node = ``sha256(min(a, b) || max(a, b))`` (sorted pair), so a proof is a plain list of sibling
  hashes with no left/right flags;
* on a level with an odd number of nodes, the last node is promoted unchanged to the next level;
* the root of a single leaf is the leaf itself; an empty tree has no root.

In the API, hashes are ``0x``-prefixed lowercase hex strings (``merkleProof``: str[], ``merkleRoot``: str);
:func:`to_hex` and :func:`from_hex` convert.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

__all__ = ["from_hex", "leaf_hash", "merkle_proof", "merkle_root", "node_hash", "to_hex", "verify_proof"]


def leaf_hash(receipt_id: str) -> bytes:
    """The leaf hash of a receipt id: SHA-256 of its UTF-8 bytes."""
    return hashlib.sha256(receipt_id.encode("utf-8")).digest()


def node_hash(a: bytes, b: bytes) -> bytes:
    """The parent of two nodes: SHA-256 of the two hashes in ascending byte order."""
    lo, hi = (a, b) if a <= b else (b, a)
    return hashlib.sha256(lo + hi).digest()


def _next_level(level: Sequence[bytes]) -> list[bytes]:
    nxt = [node_hash(level[i], level[i + 1]) for i in range(0, len(level) - 1, 2)]
    if len(level) % 2:
        nxt.append(level[-1])
    return nxt


def merkle_root(leaves: Sequence[bytes]) -> bytes:
    """The root over ``leaves`` (in order). Raises ``ValueError`` for an empty sequence."""
    if not leaves:
        raise ValueError("a Merkle tree needs at least one leaf")
    level = list(leaves)
    while len(level) > 1:
        level = _next_level(level)
    return level[0]


def merkle_proof(leaves: Sequence[bytes], index: int) -> list[bytes]:
    """The sibling hashes from leaf ``index`` up to the root (promoted levels contribute nothing)."""
    if not 0 <= index < len(leaves):
        raise IndexError(f"leaf index {index} out of range for {len(leaves)} leaves")
    proof: list[bytes] = []
    level = list(leaves)
    while len(level) > 1:
        sibling = index ^ 1
        if sibling < len(level):
            proof.append(level[sibling])
        level = _next_level(level)
        index //= 2
    return proof


def verify_proof(leaf: bytes, proof: Sequence[bytes], root: bytes) -> bool:
    """Whether folding ``proof`` into ``leaf`` with sorted-pair hashing yields ``root``."""
    node = leaf
    for sibling in proof:
        node = node_hash(node, sibling)
    return node == root


def to_hex(h: bytes) -> str:
    """``0x``-prefixed lowercase hex, the API's encoding of a hash."""
    return "0x" + h.hex()


def from_hex(s: str) -> bytes:
    """Decode a hash given as hex, with or without ``0x``."""
    return bytes.fromhex(s[2:] if s[:2].lower() == "0x" else s)
