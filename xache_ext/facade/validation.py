"""Client-side argument checks, as strict as the official SDKs', raised before any request is sent.

Besides the per-argument checks the services call, three checks apply to every request, from the facade or
from ``client.api`` (the pipeline calls them, see :mod:`xache_ext.pipeline.inputs`):

* **Path parameters** must be non-empty strings, not ``.`` or ``..`` (httpx would collapse them into another
  endpoint), and free of ``/``, ``\\`` and control characters. Their lengths and formats are the spec's
  (every path parameter of ``openapi.yaml`` has a ``maxLength``, a ``pattern`` or an ``enum``).
* **Control characters.** Single-line values (path and query parameters and every string field of a JSON body
  not named in :data:`MULTILINE_FIELDS`: ids, names, labels, ``context``, ``tags``...) refuse all C0 controls
  (U+0000-U+001F, TAB included), DEL, the C1 controls (U+0080-U+009F) and U+2028/U+2029: the server indexes
  and echoes them, and a CR/LF there can forge log lines or headers. Multi-line prose (``trace``,
  ``pattern``, ``queryText``, ``description``, SIWE ``signedMessage``...) and the free-form JSON under
  ``data``/``metadata``/``trace`` accept TAB, LF and CR but refuse NUL (which truncates C strings and
  that Postgres ``text``/``jsonb`` reject) and every other C0 control and DEL. Lone surrogates are refused
  everywhere (they cannot be encoded as UTF-8).
* **Nesting.** JSON bodies nested deeper than :data:`MAX_JSON_DEPTH` containers are refused.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Mapping
from typing import Any

from dateutil import parser as date_parser

from ..contract.schema import (
    MAX_DEPTH,
    SchemaViolation,
    check_value,
    field_schema,
    is_calendar_date,
    is_date_time,
    shown,
    shown_int,
)
from ..errors import ValidationError

__all__ = [
    "EVM_ADDRESS",
    "MAX_JSON_DEPTH",
    "MULTILINE_BAD",
    "MULTILINE_FIELDS",
    "SOLANA_ADDRESS",
    "check_body",
    "check_field",
    "check_fields",
    "check_int_range",
    "check_int_size",
    "check_json_value",
    "check_number_range",
    "check_one_of",
    "check_path_parameter",
    "check_pattern",
    "check_text",
    "check_text_list",
    "json_object",
    "require_text",
    "time_range",
]

MAX_JSON_DEPTH = MAX_DEPTH
"""Deepest nesting of objects/arrays accepted in data, metadata or any request body."""
MULTILINE_FIELDS = frozenset(
    {"trace", "pattern", "queryText", "description", "message", "signedMessage", "rejectionReason"}
)
"""Body fields holding prose, where TAB, LF and CR are allowed."""
FREE_JSON_FIELDS = frozenset({"data", "metadata", "trace"})
"""Body fields holding caller-defined JSON, whose keys and strings follow the multi-line rule."""

MAX_INT_BITS = 14_000
"""Integers longer than this (about 4,200 digits) are refused: Python cannot write them as JSON text."""
_SURROGATE = re.compile("[\ud800-\udfff]")
_SINGLE_LINE_BAD = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
MULTILINE_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")

EVM_ADDRESS = re.compile(r"^0x[a-fA-F0-9]{40}$")
SOLANA_ADDRESS = re.compile(r"^[1-9A-HJ-NP-Za-km-z]{32,44}$")


def require_text(field: str, value: Any) -> str:
    """``value`` as a non-empty string of Unicode text (no lone surrogate: it cannot be encoded as UTF-8)."""
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(f"{field} must be a non-empty string", field=field)
    found = _SURROGATE.search(value)
    if found:
        raise ValidationError(
            f"{field} contains {_describe(found.group())} at position {found.start()}", field=field
        )
    return value


def check_field(field: str, value: Any, component: str, *names: str) -> None:
    """``value`` (wire JSON) checked now against the spec's schema of a request field, for the rare check that
    must come before paid or client-side work; the pipeline applies the same schema when the request is sent,
    and the same control-character and nesting rules (:func:`check_body`, here too). ``names`` walk the
    component's properties (see :func:`xache_ext.contract.field_schema`); the last one tells prose."""
    last = names[-1] if names else ""
    check_body(value, field, prose=last in MULTILINE_FIELDS or last in FREE_JSON_FIELDS)
    try:
        check_value(value, field_schema(component, *names), field)
    except SchemaViolation as exc:
        raise ValidationError(f"{exc.where} {exc.reason}", field=exc.where) from None


def check_text_list(field: str, value: Any) -> list[str]:
    """``value`` as a list of strings: a list or tuple (not a string, a set or any other iterable)."""
    if not isinstance(value, list | tuple) or not all(isinstance(item, str) for item in value):
        raise ValidationError(f"{field} must be a list of strings", field=field)
    return list(value)


def check_fields(component: str, fields: Mapping[str, Any]) -> None:
    """Some top-level fields of a request body (wire names and values) checked now, as the pipeline will check
    them when the request is sent (see :func:`check_field`). For an operation that reads before it writes, so
    that a write the spec forbids is refused before the first request."""
    for name, value in fields.items():
        check_field(name, value, component, name)


def check_one_of(field: str, value: Any, allowed: Collection[str]) -> None:
    """``value`` must be one of ``allowed``."""
    if not isinstance(value, str | int | float | bool | None) or value not in allowed:
        raise ValidationError(
            f"{field} must be one of {', '.join(sorted(allowed))}; got {shown(value)}", field=field
        )


def check_int_range(field: str, value: Any, minimum: int, maximum: int | None = None) -> None:
    """``value`` must be an int (not a bool) in ``[minimum, maximum]``."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(f"{field} must be an integer; got {type(value).__name__}", field=field)
    if value < minimum or (maximum is not None and value > maximum):
        upper = "" if maximum is None else f" and at most {maximum:,}"
        raise ValidationError(
            f"{field} must be at least {minimum:,}{upper}; got {shown_int(value)}", field=field
        )


def check_number_range(field: str, value: Any, minimum: float, maximum: float | None = None) -> None:
    """``value`` must be a real number in ``[minimum, maximum]``."""
    if not isinstance(value, int | float) or isinstance(value, bool) or value != value:
        raise ValidationError(f"{field} must be a number", field=field)
    if value < minimum or (maximum is not None and value > maximum):
        raise ValidationError(f"{field} must lie in [{minimum}, {maximum}]; got {shown(value)}", field=field)


def check_pattern(field: str, value: Any, pattern: re.Pattern[str], what: str) -> None:
    """``value`` must be a string matching ``pattern`` (described as ``what``)."""
    if not isinstance(value, str) or not pattern.match(value):
        raise ValidationError(f"{field} must be {what}; got {shown(value)}", field=field)


def _describe(char: str) -> str:
    names = {"\x00": "NUL", "\t": "TAB", "\n": "LF", "\r": "CR", "\x7f": "DEL"}
    if "\ud800" <= char <= "\udfff":
        return f"a lone surrogate U+{ord(char):04X}"
    return f"the control character {names.get(char, f'U+{ord(char):04X}')}"


def check_text(field: str, value: Any, *, multiline: bool = False) -> str:
    """``value`` as a string without forbidden control characters (see the module docstring)."""
    if not isinstance(value, str):
        raise ValidationError(f"{field} must be a string; got {type(value).__name__}", field=field)
    found = (MULTILINE_BAD if multiline else _SINGLE_LINE_BAD).search(value)
    if found:
        raise ValidationError(
            f"{field} contains {_describe(found.group())} at position {found.start()}", field=field
        )
    return value


def check_path_parameter(field: str, value: Any) -> str:
    """``value`` as a path parameter: a non-empty string, not a dot segment, no ``/``, ``\\`` or controls."""
    if not isinstance(value, str):
        raise ValidationError(f"{field} must be a string; got {type(value).__name__}", field=field)
    if not value:
        raise ValidationError(f"{field} must not be empty", field=field)
    if value in (".", ".."):
        raise ValidationError(f"{field} must not be {value!r} (a dot segment of the URL path)", field=field)
    if "/" in value or "\\" in value:
        raise ValidationError(f"{field} must not contain '/' or '\\'", field=field)
    return check_text(field, value)


def check_int_size(field: str, value: int) -> None:
    """``value`` must be short enough to be written as a JSON number (see :data:`MAX_INT_BITS`)."""
    if value.bit_length() > MAX_INT_BITS:
        raise ValidationError(f"{field} is an integer too large to send ({shown(value)})", field=field)


def check_json_value(
    field: str, value: Any, *, max_depth: int = MAX_JSON_DEPTH, multiline: bool | None = True
) -> None:
    """``value`` must be JSON (dicts with string keys, lists, strings, finite numbers, booleans, None),
    nested at most ``max_depth`` deep. Strings and keys follow the multi-line control-character rule, the
    single-line one with ``multiline=False``, or none with ``None`` (data encrypted before it leaves).
    Iterative: never recurses, whatever the depth."""
    stack: list[tuple[str, Any, int]] = [(field, value, 0)]
    while stack:
        where, item, depth = stack.pop()
        if isinstance(item, str):
            if multiline is not None:
                check_text(where, item, multiline=multiline)
        elif isinstance(item, bool) or item is None:
            continue
        elif isinstance(item, int):
            check_int_size(where, item)
        elif isinstance(item, float):
            if item != item or item in (float("inf"), float("-inf")):
                raise ValidationError(f"{where} must be a finite number; got {item}", field=field)
        elif isinstance(item, Mapping | list | tuple):
            if depth >= max_depth:
                raise ValidationError(f"{field} is nested deeper than {max_depth} levels", field=field)
            if isinstance(item, Mapping):
                for key, child in item.items():
                    if not isinstance(key, str):
                        raise ValidationError(
                            f"{where} has a key of type {type(key).__name__}; JSON keys are strings",
                            field=field,
                        )
                    if multiline is not None:
                        check_text(f"{where} key", key, multiline=multiline)
                    stack.append((f"{where}.{key}", child, depth + 1))
            else:
                stack.extend((f"{where}[{i}]", child, depth + 1) for i, child in enumerate(item))
        else:
            raise ValidationError(f"{where} is a {type(item).__name__}, which is not JSON", field=field)


def json_object(
    field: str, value: Any, *, max_depth: int = MAX_JSON_DEPTH, multiline: bool | None = True
) -> dict[str, Any]:
    """``value`` checked to be a JSON object (a dict; see :func:`check_json_value`), as a shallow copy."""
    if not isinstance(value, Mapping):
        raise ValidationError(
            f"{field} must be a JSON object (a dict); got {type(value).__name__}", field=field
        )
    check_json_value(field, value, max_depth=max_depth, multiline=multiline)
    return dict(value)


def check_body(value: Any, where: str = "", *, prose: bool = False) -> None:
    """Control characters and depth of a JSON request body (wire names), string by string (iterative);
    ``prose`` for a value under a multi-line field (see :data:`MULTILINE_FIELDS`)."""
    stack: list[tuple[str, Any, int, bool]] = [(where, value, 0, prose)]
    while stack:
        path, item, level, prose = stack.pop()
        if isinstance(item, str):
            check_text(path, item, multiline=prose)
        elif isinstance(item, int):
            check_int_size(path, item)
        elif isinstance(item, Mapping | list | tuple):
            if level >= MAX_JSON_DEPTH:
                raise ValidationError(f"{path} is nested deeper than {MAX_JSON_DEPTH} levels", field=path)
            if isinstance(item, Mapping):
                for key, child in item.items():
                    name = str(key)
                    check_text(f"{path} key", name, multiline=prose)
                    child_prose = prose or name in MULTILINE_FIELDS or name in FREE_JSON_FIELDS
                    stack.append((f"{path}.{name}" if path else name, child, level + 1, child_prose))
            else:
                stack.extend((f"{path}[{i}]", child, level + 1, prose) for i, child in enumerate(item))


def time_range(
    start_field: str, start: str | dt.date | None, end_field: str, end: str | dt.date | None
) -> tuple[str | None, str | None]:
    """A range's two ends as the API's strings (a ``date`` as ``YYYY-MM-DD``; a ``datetime`` in UTC as RFC 3339,
    naive = UTC; strings as given, for the spec to check), refusing an end before its start."""

    def text(value: str | dt.date | None) -> str | None:
        if isinstance(value, dt.datetime):
            aware = value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
            return aware.isoformat().replace("+00:00", "Z")
        return value.isoformat() if isinstance(value, dt.date) else value

    def moment(value: str | None, end_of_day: bool) -> dt.datetime | None:
        """The instant ``value`` means, if the spec takes it (else its own check names it)."""
        if not isinstance(value, str):
            return None  # not text at all: the spec's type check names it
        if is_calendar_date(value):  # a calendar date runs from its start to its end
            day = dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC)
            return day + dt.timedelta(days=1, microseconds=-1) if end_of_day else day
        return date_parser.isoparse(value) if is_date_time(value) else None

    first, last = text(start), text(end)
    since, until = moment(first, False), moment(last, True)
    if since is not None and until is not None and until < since:
        raise ValidationError(f"{end_field} ({last}) is before {start_field} ({first})", field=end_field)
    return first, last
