"""Operations of the spec, and matching a request's method and path to one of them."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any
from urllib.parse import unquote

import attrs
from xache_api.operations_table import OPERATIONS

__all__ = ["OperationInfo", "ParameterInfo", "all_operations", "match_operation", "operation"]


@attrs.frozen
class ParameterInfo:
    """A path or query parameter and its reduced JSON schema."""

    name: str
    location: str
    required: bool
    schema: Mapping[str, Any]


@attrs.frozen
class OperationInfo:
    """One operation of the spec: route, signing, payment and price, parameters, body and answer shape."""

    operation_id: str
    method: str
    path: str
    tag: str
    module: str
    signed: bool
    paid: bool
    price: Decimal | None
    price_per_item: Decimal | None
    owner_only: bool
    parameters: tuple[ParameterInfo, ...]
    body: Mapping[str, Any] | None
    body_required: bool
    max_body_bytes: int | None
    envelope: str | None

    @property
    def key(self) -> str:
        """``"METHOD /template"``."""
        return f"{self.method} {self.path}"

    @property
    def list_price(self) -> Decimal | None:
        """The price in USD of one call (or of one item, for batch operations)."""
        return self.price if self.price is not None else self.price_per_item


def _decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


@functools.cache
def all_operations() -> Mapping[str, OperationInfo]:
    """Every operation of the spec, by operation id."""
    return {
        op_id: OperationInfo(
            operation_id=op_id,
            method=row["method"],
            path=row["path"],
            tag=row["tag"],
            module=row["module"],
            signed=row["signed"],
            paid=row["paid"],
            price=_decimal(row["price"]),
            price_per_item=_decimal(row["price_per_item"]),
            owner_only=row["owner_only"],
            parameters=tuple(
                ParameterInfo(p["name"], p["in"], p["required"], p["schema"]) for p in row["parameters"]
            ),
            body=row["body"],
            body_required=row["body_required"],
            max_body_bytes=row["max_body_bytes"],
            envelope=row["envelope"],
        )
        for op_id, row in OPERATIONS.items()
    }


def operation(operation_id: str) -> OperationInfo:
    """The operation with this id (``KeyError`` for an id the spec does not have)."""
    return all_operations()[operation_id]


_SEGMENT = re.compile(r"\{([^}]+)\}")


@functools.cache
def _routes() -> dict[tuple[str, int], list[tuple[re.Pattern[str], tuple[str, ...], OperationInfo]]]:
    """Route regexes grouped by method and segment count, most literal segments first."""
    routes: dict[tuple[str, int], list[tuple[int, re.Pattern[str], tuple[str, ...], OperationInfo]]] = {}
    for info in all_operations().values():
        segments = info.path.lstrip("/").split("/")
        names = tuple(_SEGMENT.findall(info.path))
        pattern = "/".join("([^/]*)" if _SEGMENT.fullmatch(s) else re.escape(s) for s in segments)
        literals = sum(1 for s in segments if not _SEGMENT.fullmatch(s))
        routes.setdefault((info.method, len(segments)), []).append(
            (literals, re.compile(pattern), names, info)
        )
    return {
        key: [(rx, names, info) for _, rx, names, info in sorted(rows, key=lambda r: -r[0])]
        for key, rows in routes.items()
    }


def _decoded(value: str) -> str:
    """A percent-encoded path value as text; a lone surrogate quoted as its bytes comes back as itself, other bytes
    that are not UTF-8 as surrogates (``surrogateescape``), so that the path check refuses either by name."""
    try:
        return unquote(value, errors="surrogatepass")
    except UnicodeDecodeError:
        return unquote(value, errors="surrogateescape")


@functools.lru_cache(maxsize=2048)
def match_operation(method: str, path: str) -> tuple[OperationInfo, tuple[tuple[str, str], ...]] | None:
    """The operation a request path (without query; percent-encoded as sent) belongs to, and its path values.

    Empty segments and dot segments still match a template, so that the caller can refuse them by name; bytes
    that are not UTF-8 (a lone surrogate quoted as its bytes) decode to surrogates, which the caller refuses too.
    """
    trimmed = path[1:] if path.startswith("/") else path
    for rx, names, info in _routes().get((method.upper(), trimmed.count("/") + 1), ()):
        found = rx.fullmatch(trimmed)
        if found is not None:
            return info, tuple(zip(names, (_decoded(v) for v in found.groups()), strict=True))
    return None
