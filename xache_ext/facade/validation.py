"""Client-side argument checks, as strict as the official SDKs', raised before any request is sent."""

from __future__ import annotations

import re
from collections.abc import Collection, Sized
from typing import Any

from ..errors import ValidationError

__all__ = [
    "EVM_ADDRESS",
    "SOLANA_ADDRESS",
    "check_int_range",
    "check_length",
    "check_number_range",
    "check_one_of",
    "check_pattern",
    "require_text",
]

EVM_ADDRESS = re.compile(r"^0x[a-fA-F0-9]{40}$")
SOLANA_ADDRESS = re.compile(r"^[1-9A-HJ-NP-Za-km-z]{32,44}$")


def require_text(field: str, value: Any) -> str:
    """``value`` as a non-empty string."""
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(f"{field} must be a non-empty string", field=field)
    return value


def check_one_of(field: str, value: Any, allowed: Collection[str]) -> None:
    """``value`` must be one of ``allowed``."""
    if value not in allowed:
        raise ValidationError(
            f"{field} must be one of {', '.join(sorted(allowed))}; got {value!r}", field=field
        )


def check_length(field: str, value: Sized, minimum: int, maximum: int, unit: str = "characters") -> None:
    """``len(value)`` must lie in ``[minimum, maximum]``."""
    if not minimum <= len(value) <= maximum:
        raise ValidationError(
            f"{field} must have {minimum} to {maximum} {unit}; got {len(value)}", field=field
        )


def check_int_range(field: str, value: Any, minimum: int, maximum: int | None = None) -> None:
    """``value`` must be an int (not a bool) in ``[minimum, maximum]``."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(f"{field} must be an integer; got {type(value).__name__}", field=field)
    if value < minimum or (maximum is not None and value > maximum):
        upper = "" if maximum is None else f" and at most {maximum:,}"
        raise ValidationError(f"{field} must be at least {minimum:,}{upper}; got {value:,}", field=field)


def check_number_range(field: str, value: Any, minimum: float, maximum: float | None = None) -> None:
    """``value`` must be a real number in ``[minimum, maximum]``."""
    if not isinstance(value, int | float) or isinstance(value, bool) or value != value:
        raise ValidationError(f"{field} must be a number", field=field)
    if value < minimum or (maximum is not None and value > maximum):
        raise ValidationError(f"{field} must lie in [{minimum}, {maximum}]; got {value}", field=field)


def check_pattern(field: str, value: Any, pattern: re.Pattern[str], what: str) -> None:
    """``value`` must be a string matching ``pattern`` (described as ``what``)."""
    if not isinstance(value, str) or not pattern.match(value):
        raise ValidationError(f"{field} must be {what}; got {value!r}", field=field)
