"""Reading response ``data`` whose field names differ between the official SDKs.

The TypeScript SDK (which we follow on the wire) and the Python SDK name some fields differently
(``storageKey``/``memoryId``, camelCase/snake_case list items). Results are read through these helpers so
that either spelling is accepted.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

import attrs
from dateutil import parser as date_parser

_CAMEL_BOUNDARY = re.compile(r"([a-z0-9])([A-Z])")

__all__ = ["KeyedResult", "as_mapping", "first", "to_datetime", "to_float", "to_int", "to_str"]


def as_mapping(value: Any) -> Mapping[str, Any]:
    """``value`` if it is a mapping, else an empty one."""
    return value if isinstance(value, Mapping) else {}


def first(data: Mapping[str, Any], *names: str, default: Any = None) -> Any:
    """The value of the first of ``names`` present (and not None) in ``data``."""
    for name in names:
        value = data.get(name)
        if value is not None:
            return value
    return default


def to_str(value: Any, default: str = "") -> str:
    """``value`` as a string (``default`` for None)."""
    return default if value is None else str(value)


def to_int(value: Any, default: int = 0) -> int:
    """``value`` as an int (``default`` if it is not a number)."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def to_float(value: Any, default: float = 0.0) -> float:
    """``value`` as a float (``default`` if it is not a number)."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return default


def to_datetime(value: Any) -> dt.datetime | None:
    """An ISO-8601 string or a Unix time (seconds or milliseconds) as an aware datetime."""
    if value is None or value == "":
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = value / 1000 if value > 10**11 else value
        return dt.datetime.fromtimestamp(seconds, tz=dt.UTC)
    try:
        parsed = date_parser.isoparse(str(value))
    except (ValueError, OverflowError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


class KeyedResult:
    """Lets an attrs result be read as ``result["key"]`` too, by attribute name or by camelCase wire name.

    For code written against the official Python SDK, whose methods return plain dicts.
    """

    __slots__ = ()

    def __getitem__(self, key: str) -> Any:
        fields = attrs.fields_dict(type(self))  # type: ignore[arg-type]
        name = key if key in fields else _CAMEL_BOUNDARY.sub(r"\1_\2", key).lower()
        if name not in fields:
            raise KeyError(key)
        return getattr(self, name)
