"""A small checker for the reduced JSON schemas of the operations table.

Requests are checked in full (types, lengths, patterns, enums, ranges, formats) before anything is sent.
Answers are checked for what the SDK relies on (required fields and their types) only: our spec is
reconstructed from the official SDKs, so an unknown enum value or a longer string from the live server must not
break a call, and unknown extra fields are kept.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import re
from collections.abc import Mapping
from typing import Any, TypeGuard

from xache_api.operations_table import SCHEMAS

__all__ = [
    "MAX_DEPTH",
    "SchemaViolation",
    "check_value",
    "data_schema",
    "field_schema",
    "is_calendar_date",
    "is_date_time",
    "loads_bounded",
    "nested_deeper_than",
    "shown",
    "shown_int",
]

_MAX_JSON_BYTES = "x-xache-max-json-bytes"
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# RFC 3339 ``date-time`` (what OpenAPI's format means, and what the server's JSON Schema checks): a full date,
# ``T``, hours, minutes, seconds, an optional fraction, and ``Z`` or an offset.
_DATE_TIME = re.compile(
    r"([0-9]{4}-[0-9]{2}-[0-9]{2})[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]+)?"
    r"([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])",
    re.ASCII,
)

#: Deeper JSON is refused outright, so that no check (ours, json's or the server's) can recurse out of stack.
MAX_DEPTH = 64
_ESCAPE = re.compile(rb"\\.", re.DOTALL)
_NOT_A_BRACKET = bytes(b for b in range(256) if b not in b"[]{}")

_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (dict, Mapping),
    "array": (list, tuple),
    "null": (type(None),),
}


class SchemaViolation(Exception):
    """A value breaks its schema: ``where`` is the JSON path of the value, ``reason`` what is wrong."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


@functools.lru_cache(maxsize=512)
def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(text)


def data_schema(envelope: str | None) -> Mapping[str, Any] | None:
    """The schema of ``data`` inside the named success envelope."""
    if envelope is None:
        return None
    schema: Mapping[str, Any] | None = SCHEMAS[envelope].get("properties", {}).get("data")
    return schema


def field_schema(component: str, *names: str) -> Mapping[str, Any]:
    """The schema of a field of a component schema, for code that must know a limit before it builds a request
    (``names`` walk nested properties, ``"[]"`` steps into an array's items): ``KeyError`` if the spec lacks it."""
    schema: Mapping[str, Any] = SCHEMAS[component]
    for name in names:
        if "$ref" in schema:
            schema = SCHEMAS[schema["$ref"]]
        schema = schema["items"] if name == "[]" else schema["properties"][name]
    return schema


def _is_type(value: Any, name: str) -> bool:
    if name in ("integer", "number") and isinstance(value, bool):
        return False
    if name == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, _TYPES[name])


def _is_mapping(value: Any) -> TypeGuard[Mapping[str, Any]]:
    return isinstance(value, dict | Mapping)  # dict first: the ABC check is slow


def shown(value: Any, limit: int = 80) -> str:
    """``value`` for an error message: its repr cut to ``limit`` characters, and never an exception (an int
    too long to print, a structure too deep to repr, a hostile ``__repr__``)."""
    if isinstance(value, int) and value.bit_length() > 256:
        return f"an integer of {value.bit_length():,} bits"
    try:
        text = repr(value)
    except Exception:  # whatever a caller's object raises, the message must still be made
        return f"a {type(value).__name__}"
    return text if len(text) <= limit else text[: limit - 3] + "..."


def shown_int(value: int) -> str:
    """An integer with thousands separators, or :func:`shown` for one too long to print."""
    return f"{value:,}" if value.bit_length() <= 256 else shown(value)


def check_value(
    value: Any, schema: Mapping[str, Any], where: str, *, full: bool = True, depth: int = 0
) -> None:
    """Raise :class:`SchemaViolation` where ``value`` breaks ``schema`` (``full=False``: shape only)."""
    if depth > MAX_DEPTH:
        raise SchemaViolation(where, f"nested deeper than {MAX_DEPTH} levels")
    get = schema.get
    ref = get("$ref")
    if ref is not None:
        check_value(value, SCHEMAS[ref], where, full=full, depth=depth + 1)
    if "allOf" in schema:
        for sub in schema["allOf"]:
            check_value(value, sub, where, full=full, depth=depth + 1)
    chosen = _discriminated(value, schema, where) if full and "discriminator" in schema else None
    if chosen is not None:
        check_value(value, SCHEMAS[chosen], where, full=full, depth=depth + 1)
    elif "anyOf" in schema or "oneOf" in schema:
        for keyword in ("anyOf", "oneOf"):
            options = get(keyword)
            if options:
                _check_options(value, options, where, full, depth)
    kind = get("type")
    if kind is not None and not (
        _is_type(value, kind) if isinstance(kind, str) else any(_is_type(value, k) for k in kind)
    ):
        kinds = [kind] if isinstance(kind, str) else kind
        raise SchemaViolation(where, f"expected {' or '.join(kinds)}, got {type(value).__name__}")
    if "const" in schema and value != schema["const"]:
        raise SchemaViolation(where, f"must be {schema['const']!r}")
    if isinstance(value, str):
        if full:
            _check_string(value, schema, where)
    elif _is_mapping(value):
        _check_object(value, schema, where, full, depth)
    elif isinstance(value, list | tuple):
        if full:
            _check_size(len(value), schema.get("minItems"), schema.get("maxItems"), where, "items")
        items = schema.get("items")
        if _is_mapping(items):
            for index, item in enumerate(value):
                check_value(item, items, f"{where}[{index}]", full=full, depth=depth + 1)
    elif isinstance(value, int | float) and not isinstance(value, bool) and full:
        _check_number(value, schema, where)
    if full and _MAX_JSON_BYTES in schema:
        _check_json_size(value, schema[_MAX_JSON_BYTES], where)
    if full and "enum" in schema and value not in schema["enum"]:
        raise SchemaViolation(where, f"must be one of {', '.join(map(repr, schema['enum']))}")


def _discriminated(value: Any, schema: Mapping[str, Any], where: str) -> str | None:
    """The component a discriminated ``oneOf`` selects for ``value`` (``None``: no discriminator applies)."""
    discriminator = schema.get("discriminator")
    if discriminator is None or not _is_mapping(value):
        return None
    name = discriminator["propertyName"]
    mapping: Mapping[str, str] = discriminator["mapping"]
    tag = value.get(name)
    if not isinstance(tag, str) or tag not in mapping:
        raise SchemaViolation(f"{where}.{name}", f"must be one of {', '.join(map(repr, mapping))}")
    return mapping[tag]


def _check_options(value: Any, options: list[Any], where: str, full: bool, depth: int) -> None:
    """``value`` must fit one of ``options``; otherwise every option's complaint, each with its place."""
    reasons = []
    for option in options:
        try:
            check_value(value, option, where, full=full, depth=depth + 1)
            return
        except SchemaViolation as exc:
            reasons.append(exc.reason if exc.where == where else f"{exc.where} {exc.reason}")
    raise SchemaViolation(where, " or ".join(dict.fromkeys(reasons)))


def _check_size(size: int, low: int | None, high: int | None, where: str, unit: str) -> None:
    if low is not None and size < low:
        raise SchemaViolation(where, f"needs at least {low} {unit}, got {size}")
    if high is not None and size > high:
        raise SchemaViolation(where, f"takes at most {high} {unit}, got {size}")


def _check_string(value: str, schema: Mapping[str, Any], where: str) -> None:
    _check_size(len(value), schema.get("minLength"), schema.get("maxLength"), where, "characters")
    pattern = schema.get("pattern")
    if pattern is not None and _pattern(pattern).search(value) is None:
        raise SchemaViolation(where, f"does not match {pattern}")
    if schema.get("format") == "date-time" and not is_date_time(value):
        raise SchemaViolation(
            where, "is not an RFC 3339 date-time (YYYY-MM-DDTHH:MM:SS, then Z or an offset)"
        )
    elif schema.get("format") == "date" and not _is_date(value):
        raise SchemaViolation(where, "is not a calendar date YYYY-MM-DD")


def is_date_time(value: str) -> bool:
    """Whether ``value`` is what the spec's ``format: date-time`` takes (RFC 3339)."""
    found = _DATE_TIME.fullmatch(value)
    return found is not None and _is_date(found.group(1))


def is_calendar_date(value: str) -> bool:
    """Whether ``value`` is what the spec's ``format: date`` takes (``YYYY-MM-DD``, a real day)."""
    return _is_date(value)


def _check_json_size(value: Any, limit: int, where: str) -> None:
    """The spec's ``x-xache-max-json-bytes``: the size of ``value`` as compact UTF-8 JSON, as servers count it."""
    try:
        size = len(json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8"))
    except (TypeError, ValueError):
        return  # not JSON at all: said by the type and body checks
    if size > limit:
        raise SchemaViolation(where, f"is {size:,} bytes as JSON; the limit is {limit:,}")


def _is_date(value: str) -> bool:
    if not _DATE.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _check_number(value: float, schema: Mapping[str, Any], where: str) -> None:
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None and value < low:
        raise SchemaViolation(where, f"must be at least {low}, got {shown(value)}")
    if high is not None and value > high:
        raise SchemaViolation(where, f"must be at most {high}, got {shown(value)}")
    above, below = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if above is not None and value <= above:
        raise SchemaViolation(where, f"must be more than {above}, got {shown(value)}")
    if below is not None and value >= below:
        raise SchemaViolation(where, f"must be less than {below}, got {shown(value)}")


def _check_object(
    value: Mapping[str, Any], schema: Mapping[str, Any], where: str, full: bool, depth: int
) -> None:
    for name in schema.get("required", ()):
        if name not in value:
            raise SchemaViolation(f"{where}.{name}", "is required")
    properties: Mapping[str, Any] = schema.get("properties", {})
    extra = schema.get("additionalProperties")
    for name, item in value.items():
        sub = properties.get(name)
        if sub is None:
            if full and extra is False:
                raise SchemaViolation(f"{where}.{name}", "is not a known field")
            sub = extra if _is_mapping(extra) else None
        if sub is not None:
            check_value(item, sub, f"{where}.{name}", full=full, depth=depth + 1)
    if full and schema.get("maxProperties") is not None and len(value) > schema["maxProperties"]:
        raise SchemaViolation(where, f"takes at most {schema['maxProperties']} fields")
    if full and schema.get("minProperties") is not None and len(value) < schema["minProperties"]:
        raise SchemaViolation(where, f"needs at least {schema['minProperties']} field(s)")


def nested_deeper_than(body: bytes, limit: int) -> bool:
    """Whether ``[``/``{`` nest more than ``limit`` deep outside JSON strings in ``body`` (found without parsing:
    the C parser recurses once per level and can overflow a thread's stack before Python's recursion limit,
    which may have been raised, stops it)."""
    if body.count(b"[") + body.count(b"{") <= limit:
        return False
    # Without escapes, every '"' opens or closes a string: the even pieces are what lies outside strings.
    unescaped = _ESCAPE.sub(b"", body) if b"\\" in body else body
    brackets = b"".join(unescaped.split(b'"')[::2]).translate(None, _NOT_A_BRACKET)
    if brackets.count(b"[") + brackets.count(b"{") <= limit:
        return False
    steps = (1 if c in b"[{" else -1 for c in brackets)
    return max(itertools.accumulate(steps)) > limit


def loads_bounded(body: bytes) -> Any:
    """``json.loads(body)``; JSON nested deeper than :data:`MAX_DEPTH` raises ``ValueError`` before any parser
    sees it (an answer from a hostile server must not crash the process)."""
    if nested_deeper_than(body, MAX_DEPTH):
        raise ValueError(f"JSON nested deeper than {MAX_DEPTH} levels")
    return json.loads(body)
