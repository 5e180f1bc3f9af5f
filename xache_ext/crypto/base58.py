"""Base58 encoding with the Bitcoin alphabet (used for Solana addresses and signatures)."""

from __future__ import annotations

__all__ = ["ALPHABET", "b58decode", "b58encode"]

ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

_INDEX: dict[str, int] = {char: i for i, char in enumerate(ALPHABET)}
# Every two-digit combination, so that encoding emits four digits per big-integer division.
_PAIRS: tuple[str, ...] = tuple(a + b for a in ALPHABET for b in ALPHABET)
_PAIR_BASE = 58 * 58
_QUAD_BASE = _PAIR_BASE * _PAIR_BASE


def b58encode(data: bytes) -> str:
    """Encode ``data`` as base58; each leading zero byte becomes a leading ``1``."""
    body = bytes(data).lstrip(b"\0")
    zeros = len(data) - len(body)
    number = int.from_bytes(body, "big")
    parts: list[str] = []
    append = parts.append
    while number:
        number, rest = divmod(number, _QUAD_BASE)
        high, low = divmod(rest, _PAIR_BASE)
        append(_PAIRS[low])
        append(_PAIRS[high])
    parts.reverse()
    return "1" * zeros + "".join(parts).lstrip("1")


def b58decode(text: str) -> bytes:
    """Decode base58 ``text``; raises ``ValueError`` on a character outside the alphabet."""
    number = 0
    index = _INDEX
    try:
        for char in text:
            number = number * 58 + index[char]
    except KeyError:
        raise ValueError("invalid base58 character") from None
    zeros = len(text) - len(text.lstrip("1"))
    return b"\0" * zeros + number.to_bytes((number.bit_length() + 7) // 8, "big")
