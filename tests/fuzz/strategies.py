"""Argument strategies for the facade fuzz test, derived from each parameter's annotation and name.

Every parameter draws either a plausible value of its annotated type (a valid-looking DID for ``agent_did``,
one of the ``Literal`` values, a small JSON object for a ``Mapping``...) or a hostile one: control characters,
dot segments, lone surrogates, huge strings, numbers and nestings, and values of the wrong type. Large values
are drawn as :class:`Big` placeholders (short to print, built only when the call is made), so a failing
example prints in one line.
"""

from __future__ import annotations

import collections.abc as cabc
import datetime as dt
import decimal
import enum
import functools
import inspect
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs
from hypothesis import strategies as st

__all__ = ["Big", "UnfuzzableParameter", "arguments", "materialize"]

DEPTH = 100_000
HUGE = 100_000


class Big:
    """A value too large to print, made when the call is made."""

    def __init__(self, label: str, make: Callable[[], Any]) -> None:
        self.label = label
        self.make = functools.cache(make)  # built once: the library must not change its arguments

    def __repr__(self) -> str:
        return f"<{self.label}>"


def _nested_dict() -> Any:
    value: Any = {}
    for _ in range(DEPTH):
        value = {"k": value}
    return value


def _nested_list() -> Any:
    value: Any = []
    for _ in range(DEPTH):
        value = [value]
    return value


def materialize(value: Any) -> Any:
    """``value`` with its :class:`Big` placeholders made (in the containers the strategies build)."""
    if isinstance(value, Big):
        return value.make()
    if type(value) is dict:
        return {materialize(k): materialize(v) for k, v in value.items()}
    if type(value) is list:
        return [materialize(v) for v in value]
    return value


class _Opaque:
    """An object of no JSON type at all."""

    def __repr__(self) -> str:
        return "<opaque object>"


HOSTILE_TEXT = [
    "",
    " ",
    ".",
    "..",
    "/",
    "a/../b",
    "a\\b",
    "%2e%2e",
    "?x=1#frag",
    "\x00",
    "nul\x00inside",
    "line\r\nX-Injected: 1",
    "\n",
    "\t",
    "\x1b[31mred",
    "\x7f",
    "\x85",
    "\u2028",
    "\ud800",
    "lone \udfff surrogate",
    "\ufeff",
    "émoji 🦊",
    Big(f"{HUGE:,} x", lambda: "x" * HUGE),
    Big(f"{HUGE:,} é", lambda: "é" * HUGE),
    Big(f"{HUGE:,} 🦊", lambda: "🦊" * HUGE),
]
HOSTILE_NUMBERS = [
    0,
    -1,
    -(2**31),
    2**53 + 1,
    2**64,
    -(2**200),
    Big("an int of 5,000 digits", lambda: 10**5000),
    0.5,
    -0.0,
    1e308,
    float("nan"),
    float("inf"),
    float("-inf"),
    True,
    False,
    decimal.Decimal("1.5"),
    complex(1, 2),
]
HOSTILE_OTHER = [
    None,
    b"bytes",
    b"\xff\xfe",
    bytearray(b"x"),
    [],
    [None],
    ["a", 1, None],
    [[]],
    {},
    {"k": "v"},
    {1: "int key"},
    {"k": {1, 2}},
    {"k": float("nan")},
    {"k": b"bytes"},
    {"\x00": "nul key"},
    set(),
    frozenset({"a"}),
    ("tu", "ple"),
    _Opaque(),
    dt.datetime(2030, 1, 1),
    Big(f"a dict nested {DEPTH:,} deep", _nested_dict),
    Big(f"a list nested {DEPTH:,} deep", _nested_list),
    Big(f"a list of {HUGE:,} strings", lambda: ["x"] * HUGE),
    Big(f"a dict of {HUGE:,} keys", lambda: {str(i): i for i in range(HUGE)}),
    Big("a 2 MB string in a dict", lambda: {"k": "x" * 2_000_000}),
]
_ALL_HOSTILE = [*HOSTILE_TEXT, *HOSTILE_NUMBERS, *HOSTILE_OTHER]
#: The large values are drawn as often as all the small ones together: they find the size limits.
HOSTILE = st.sampled_from([v for v in _ALL_HOSTILE if not isinstance(v, Big)]) | st.sampled_from(
    [v for v in _ALL_HOSTILE if isinstance(v, Big)]
)

DID = "did:agent:evm:0x" + "1" * 40
SOL_DID = "did:agent:sol:" + "2" * 43
OWNER_DID = "did:owner:evm:0x" + "2" * 40
ADDRESS = "0x" + "3" * 40
HEX64 = "ab" * 32

#: Plausible values of string parameters, by name (a valid request reaches the sandbox, which judges it).
NAMED: dict[str, list[Any]] = {
    "did": [DID, SOL_DID],
    "agent_did": [DID, SOL_DID],
    "owner_did": [OWNER_DID],
    "wallet_address": [ADDRESS, "2" * 43],
    "pattern_hash": [HEX64],
    "subject_id": [HEX64],
    "raw_subject_id": ["user-42"],
    "tx_hash": ["0x" + HEX64],
    "signature": ["0x" + "ab" * 65],
    "owner_signature": ["0x" + "ab" * 65],
    "agent_signature": ["0x" + "ab" * 65],
    "url": ["http://127.0.0.1:9/v1"],
    "webhook_url": ["https://example.com/hook"],
    "email": ["ops@example.com"],
    "max_amount": ["1000"],
    "amount": ["1000"],
    "start_date": ["2030-01-01"],
    "end_date": ["2030-01-01"],
    "from_date": ["2030-01-01"],
    "to_date": ["2030-01-01"],
    "at": ["2030-01-01T00:00:00Z"],
    "valid_at": ["2030-01-01T00:00:00Z"],
    "expires_at": ["2030-01-01T00:00:00Z"],
    "memory_id": ["mem_1"],
    "storage_key": ["mem_1"],
    "session_key": ["eph_1"],
    "session_id": ["sess_1"],
    "workspace_id": ["ws_1"],
    "receipt_id": ["rcpt_1"],
    "facilitator_id": ["cdp"],
    "domain": ["python", "gas"],
    "network": ["base-sepolia", "solana-devnet"],
}
_WORDS = st.sampled_from(["a", "agent", "gas", "Ada", "mem_1", "python", "team", "x-1", "hello world"])
TEXT = st.one_of(_WORDS, st.text(max_size=20))
JSON_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-1000, 1000), st.floats(-1e6, 1e6), TEXT)
JSON = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=6,
)


class UnfuzzableParameter(TypeError):
    """A parameter's annotation has no strategy: extend :func:`for_annotation` (never skip it)."""


def _text(name: str) -> st.SearchStrategy[Any]:
    named = NAMED.get(name)
    return TEXT if named is None else st.one_of(st.sampled_from(named), TEXT)


def _attrs_class(cls: type, name: str) -> st.SearchStrategy[Any]:
    hints = typing.get_type_hints(cls)
    fields = {
        field.name: for_annotation(hints[field.name], field.name, hostile=False)
        for field in attrs.fields(cls)
        if field.init
    }
    return st.builds(cls, **fields)


def for_annotation(tp: Any, name: str, *, hostile: bool = True) -> st.SearchStrategy[Any]:
    """A strategy for a parameter annotated ``tp`` (hostile values mixed in unless ``hostile=False``)."""
    plausible = _plausible(tp, name)
    return st.one_of(plausible, HOSTILE) if hostile else plausible


def _plausible(tp: Any, name: str) -> st.SearchStrategy[Any]:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp is Any:
        return JSON
    if tp is type(None) or tp is None:
        return st.none()
    if origin in (typing.Union, types.UnionType):
        return st.one_of([_plausible(arg, name) for arg in args])
    if origin is typing.Literal:
        return st.sampled_from(args)
    if tp is str:
        return _text(name)
    if tp is bool:
        return st.booleans()
    if tp is int:
        return st.integers(-10, 10_000)
    if tp is float:
        return st.floats(-10, 10_000, allow_nan=False)
    if tp is bytes:
        return st.binary(min_size=0, max_size=40)
    if tp is dt.datetime:
        return st.datetimes(timezones=st.none() | st.just(dt.UTC))
    if tp is dt.date:  # a date parameter also takes a datetime (its subclass)
        return st.dates() | st.datetimes(timezones=st.none() | st.just(dt.UTC))
    if origin in (cabc.Mapping, dict):
        key, value = args or (str, Any)
        return st.dictionaries(_plausible(key, name), _plausible(value, name), max_size=4)
    if origin in (cabc.Sequence, list):
        (item,) = args or (Any,)
        return st.lists(_plausible(item, name.removesuffix("s")), max_size=4)
    if origin is cabc.Callable:
        return st.just(_noop)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return st.sampled_from(list(tp))
    if isinstance(tp, type) and attrs.has(tp):
        return _attrs_class(tp, name)
    raise UnfuzzableParameter(f"{name}: no strategy for the annotation {tp!r}")


def _noop(*args: Any) -> None:
    return None


def arguments(method: Callable[..., Any]) -> st.SearchStrategy[dict[str, Any]]:
    """Keyword arguments for ``method``: its required parameters always, each optional one sometimes, and for
    ``**changes`` a few keywords."""
    hints = typing.get_type_hints(method)
    required: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    extra: st.SearchStrategy[dict[str, Any]] = st.just({})
    for parameter in inspect.signature(method).parameters.values():
        if parameter.kind is parameter.VAR_KEYWORD:
            extra = st.dictionaries(st.sampled_from(_keywords(method)) | TEXT, JSON | HOSTILE, max_size=3)
            continue
        if parameter.kind is parameter.VAR_POSITIONAL:
            raise UnfuzzableParameter(f"*{parameter.name}: positional varargs are not fuzzed")
        strategy = for_annotation(hints.get(parameter.name, Any), parameter.name)
        target = required if parameter.default is parameter.empty else optional
        target[parameter.name] = strategy
    return st.builds(
        lambda fixed, maybe, more: {**more, **fixed, **maybe},
        st.fixed_dictionaries(required),
        st.fixed_dictionaries({}, optional=optional),
        extra,
    )


def _keywords(method: Callable[..., Any]) -> list[str]:
    """The keyword names a ``**changes`` method documents (the attrs class it updates), else a placeholder."""
    owner = getattr(method, "__self__", None)
    config = getattr(owner, "config", None)
    if config is not None and attrs.has(type(config)):
        return [field.name for field in attrs.fields(type(config))]
    return ["option"]
