"""Declarative results: each result type is declared once as attrs fields, and one converter reads them all.

A field's wire name is its camelCase name (``limit_cents`` → ``limitCents``); the official Python SDK's
snake_case spelling is accepted too, and other spellings are declared with the field (``wire("storageKey",
"memoryId")``). Values are converted by annotation. A field without a default is required: a missing value or one
of the wrong type raises :class:`ResultShapeError`, which the pipeline turns into
:class:`~xache_ext.errors.APIResponseValidationError` with the status and request id. Unknown fields are kept:
``result["wireName"]``, ``result.get(...)`` and attribute access by snake_case name reach them.
"""

from __future__ import annotations

import datetime as dt
import re
import types
from collections.abc import Iterator, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Generic,
    Literal,
    TypeVar,
    Union,
    dataclass_transform,
    get_args,
    get_origin,
    get_type_hints,
)

import attrs
from dateutil import parser as date_parser

__all__ = ["ListResult", "Result", "ResultShapeError", "declared", "read", "read_list", "result", "wire"]

R = TypeVar("R", bound="Result")
T = TypeVar("T")
_WIRE = "xache.wire"
_CAMEL = re.compile(r"_([a-z0-9])")
_SNAKE = re.compile(r"([a-z0-9])([A-Z])")
_MISSING = object()


class ResultShapeError(Exception):
    """A success answer lacks a required field or has one of the wrong type (``where`` is its JSON path)."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where} {reason}")
        self.where = where
        self.reason = reason


def camel(name: str) -> str:
    """``limit_cents`` → ``limitCents``."""
    return _CAMEL.sub(lambda m: m.group(1).upper(), name)


def snake(name: str) -> str:
    """``limitCents`` → ``limit_cents``."""
    return _SNAKE.sub(r"\1_\2", name).lower()


def declared(value: Any, *, wire_names: bool = False) -> dict[str, Any]:
    """The declared attrs fields of ``value`` (not a result's received ones) by name, or by camelCase name."""
    fields = (f.name for f in attrs.fields(type(value)) if f.name != "_wire")
    return {(camel(name) if wire_names else name): getattr(value, name) for name in fields}


def wire(*names: str, default: Any = attrs.NOTHING, factory: Any = None) -> Any:
    """A result field read from the first present of ``names`` (before its camelCase and snake_case names)."""
    if factory is not None:
        return attrs.field(factory=factory, metadata={_WIRE: names})
    return attrs.field(default=default, metadata={_WIRE: names})


@dataclass_transform(frozen_default=True, kw_only_default=True, field_specifiers=(attrs.field, wire))
def result(cls: type[R]) -> type[R]:
    """Declare a result type: a frozen attrs class of :class:`Result`, keyword-only."""
    return attrs.frozen(kw_only=True)(cls)


@attrs.frozen(kw_only=True)
class Result:
    """Base of every result: the declared fields, plus the answer's own fields for anything undeclared."""

    _wire: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False, alias="_wire")

    def __getitem__(self, key: str) -> Any:
        """A field by wire name (``result["limitCents"]``) or attribute name, declared or not."""
        value = self.get(key, _MISSING)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def get(self, key: str, default: Any = None) -> Any:
        """Like ``dict.get`` over the answer's fields, with declared fields converted."""
        if not isinstance(key, str):
            return default
        declared = _layout(type(self)).by_wire_name.get(key)
        if declared is not None:
            return getattr(self, declared)
        for name in (key, camel(key)):
            if name in self._wire:
                return self._wire[name]
        return default

    def __contains__(self, key: object) -> bool:
        """``key in result``: whether the answer has the field (by wire name, attribute name or alias), as for
        the official SDK's dicts; a declared field left out and still at its default is not in it (though
        ``result[key]`` reads the default)."""
        if not isinstance(key, str):
            return False
        fields = self._fields()
        return any(name in fields for name in _layout(type(self)).names_of.get(key, (key, camel(key))))

    def __iter__(self) -> Iterator[Any]:
        """The answer's wire field names, as a dict iterates its keys (a list result iterates its items)."""
        return iter(self._fields())

    def keys(self) -> list[str]:
        """The answer's wire field names."""
        return list(self._fields())

    def items(self) -> list[tuple[str, Any]]:
        """``(wire name, value)`` of the answer's fields, declared ones converted as ``result[name]`` gives them
        (datetimes, nested results); :meth:`to_dict` is the answer as received, plain JSON."""
        return [(key, self[key]) for key in self._fields()]

    def values(self) -> list[Any]:
        """The values of :meth:`items`."""
        return [self[key] for key in self._fields()]

    def _fields(self) -> Mapping[str, Any]:
        """The answer's fields, then (by wire name) each declared field the answer did not carry but the SDK set:
        one it added after reading (a memory's decrypted ``data``), or any of a result it built itself."""
        layout = _layout(type(self))
        fields = dict(self._wire)
        for (name, names, _, _), default in zip(layout.plan, layout.defaults, strict=True):
            if not any(key in self._wire for key in names):
                value = getattr(self, name)
                if default is _MISSING or value != default:
                    fields[names[0]] = value
        return fields

    def to_dict(self) -> dict[str, Any]:
        """The answer's fields as received (wire names)."""
        return dict(self._wire)

    if not TYPE_CHECKING:
        # Fields the spec gained after this type was declared are reached by their snake_case name at run time;
        # type checkers see declared fields only (use result["wireName"] for the others).
        def __getattr__(self, name: str) -> Any:
            if name.startswith("_"):
                raise AttributeError(name)
            wire_data = object.__getattribute__(self, "_wire")
            for key in (camel(name), name):
                if key in wire_data:
                    return wire_data[key]
            raise AttributeError(f"{type(self).__name__} has no field {name!r}")


class ListResult(Result, Generic[T]):
    """A result that is mostly one list: iterating it and ``len()`` reach the field named ``_items``."""

    __slots__ = ()
    _items: ClassVar[str]

    def __iter__(self) -> Iterator[T]:
        items: list[T] = getattr(self, self._items)
        return iter(items)

    def __contains__(self, key: object) -> bool:
        """An item of the list, or (a string) a field of the answer."""
        return Result.__contains__(self, key) or key in getattr(self, self._items)

    def __len__(self) -> int:
        return len(getattr(self, self._items))


@attrs.frozen
class _Layout:
    """How one result type is read: per field its name, wire names to try, annotation and whether required."""

    by_wire_name: Mapping[str, str]
    plan: tuple[tuple[str, tuple[str, ...], Any, bool], ...]
    #: Each name a declared field is read by (wire names, aliases, attribute name) → all of that field's names.
    names_of: Mapping[str, tuple[str, ...]]
    #: Per field of ``plan``: its default value (``_MISSING`` for a required field).
    defaults: tuple[Any, ...]


_LAYOUTS: dict[type[Result], _Layout] = {}


def _layout(cls: type[Result]) -> _Layout:
    found = _LAYOUTS.get(cls)
    if found is not None:
        return found
    hints = get_type_hints(cls)
    plan = []
    by_wire_name: dict[str, str] = {}
    for f in attrs.fields(cls):
        if f.name == "_wire":
            continue
        names = tuple(dict.fromkeys((*f.metadata.get(_WIRE, ()), camel(f.name), f.name)))
        plan.append((f.name, names, hints[f.name], f.default is attrs.NOTHING))
        for key in names:
            by_wire_name.setdefault(key, f.name)
    names_by_field = {name: names for name, names, _, _ in plan}
    names_of = {key: names_by_field[field] for key, field in by_wire_name.items()}  # the field [] reads
    defaults = tuple(_default(f) for f in attrs.fields(cls) if f.name != "_wire")
    layout = _Layout(by_wire_name, tuple(plan), names_of, defaults)
    _LAYOUTS[cls] = layout
    return layout


_FACTORY: type = type(attrs.Factory(list))


def _default(field: attrs.Attribute[Any]) -> Any:
    default: Any = field.default
    if default is attrs.NOTHING:
        return _MISSING
    if isinstance(default, _FACTORY):
        factory: Any = default
        return factory.factory()
    return default


def read(cls: type[R], data: Any, where: str = "data") -> R:
    """``data`` (a JSON object) as ``cls``; raises :class:`ResultShapeError` where it does not fit."""
    if not isinstance(data, dict | Mapping):  # dict first: the ABC check is slow
        raise ResultShapeError(where, f"expected an object, got {type(data).__name__}")
    values: dict[str, Any] = {}
    for name, names, annotation, required in _layout(cls).plan:
        raw = _MISSING
        found = names[0]
        for key in names:
            if data.get(key) is not None:
                raw, found = data[key], key
                break
            if key in data and raw is _MISSING:
                raw, found = None, key
        if raw is _MISSING or (raw is None and not _allows_none(annotation)):
            if required:
                raise ResultShapeError(f"{where}.{names[0]}", "is required")
            continue
        values[name] = _convert(raw, annotation, f"{where}.{found}")
    return cls(**values, _wire=data)


def read_list(cls: type[R], items: Any, where: str) -> list[R]:
    """A JSON array of objects as a list of ``cls``."""
    if not isinstance(items, list):
        raise ResultShapeError(where, f"expected an array, got {type(items).__name__}")
    return [read(cls, item, f"{where}[{index}]") for index, item in enumerate(items)]


def _allows_none(annotation: Any) -> bool:
    return annotation is Any or type(None) in get_args(annotation)


_EXACT = frozenset({str, int, float, bool})


def _convert(value: Any, annotation: Any, where: str) -> Any:
    if annotation is Any or annotation is object or (type(value) is annotation and annotation in _EXACT):
        return value
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        options = [a for a in get_args(annotation) if a is not type(None)]
        if value is None:
            return None
        if len(options) == 1:  # an optional value: its own error, with its own path
            return _convert(value, options[0], where)
        errors = []
        for option in options:
            try:
                return _convert(value, option, where)
            except ResultShapeError as exc:
                errors.append(exc.reason)
        raise ResultShapeError(where, " or ".join(errors))
    if origin is Literal:
        if not isinstance(value, str | int):
            raise ResultShapeError(where, f"expected a string, got {type(value).__name__}")
        return value  # unknown values from a newer server are kept as they are
    if origin is list:
        (item,) = get_args(annotation) or (Any,)
        if not isinstance(value, list):
            raise ResultShapeError(where, f"expected an array, got {type(value).__name__}")
        return [_convert(v, item, f"{where}[{i}]") for i, v in enumerate(value)]
    if origin is dict or annotation is dict:
        if not isinstance(value, Mapping):
            raise ResultShapeError(where, f"expected an object, got {type(value).__name__}")
        args = get_args(annotation)
        return {k: _convert(v, args[1], f"{where}.{k}") for k, v in value.items()} if args else dict(value)
    if isinstance(annotation, type):
        return _scalar(value, annotation, where)
    raise TypeError(f"unsupported result annotation {annotation!r} at {where}")  # a declaration bug


def _scalar(value: Any, annotation: type, where: str) -> Any:
    if issubclass(annotation, Result):
        return read(annotation, value, where)
    if annotation is bool:
        if isinstance(value, bool):
            return value
    elif annotation is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str) and re.fullmatch(r"-?[0-9]+", value.strip()):
            return int(value)
    elif annotation is float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        if isinstance(value, str):
            try:
                return float(value)
            except ValueError:
                pass
    elif annotation is str:
        if isinstance(value, str):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)  # amounts and ids the server sends as numbers
    elif annotation is dt.datetime:
        parsed = _datetime(value)
        if parsed is not None:
            return parsed
    else:
        raise TypeError(f"unsupported result annotation {annotation!r} at {where}")  # a declaration bug
    raise ResultShapeError(where, f"expected {annotation.__name__}, got {type(value).__name__} {value!r:.40}")


def _datetime(value: Any) -> dt.datetime | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = value / 1000 if value > 10**11 else value
        return dt.datetime.fromtimestamp(seconds, tz=dt.UTC)
    if isinstance(value, str) and value:
        try:
            parsed = date_parser.isoparse(value)
        except (ValueError, OverflowError):
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
    return None
