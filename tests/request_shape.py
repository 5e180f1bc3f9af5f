"""The shape of a request: what must stay stable on the wire, with every volatile value left out.

Used by the interop tests (our SDK against the official one) and by the wire-cassette matcher: two requests
have the same shape when they have the same method, path, query parameter names, JSON body fields with
their JSON types, content type, and the same signature / idempotency / payment headers present. Values
(signatures, timestamps, nonces, ciphertexts, client-generated storage keys) do not count.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import attrs

__all__ = [
    "PAYMENT_HEADERS",
    "SIGNATURE_HEADERS",
    "Shape",
    "json_fields",
    "request_shape",
    "shape_differences",
]

SIGNATURE_HEADERS = ("x-agent-did", "x-sig", "x-ts")
PAYMENT_HEADERS = ("payment-signature", "x-payment")
#: Client-generated storage keys (``mem_<ms>_<base36>``) and DIDs vary between runs; a path keeps only
#: their form (so a percent-encoded DID is still a different path).
_STORAGE_KEY = re.compile(r"mem_\d+_[0-9a-z]+")
_DID = re.compile(r"did:(agent|owner):(evm|sol):[0-9A-Za-z]+")


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def json_fields(value: Any, prefix: str = "") -> set[tuple[str, str]]:
    """Every field of a JSON document as ``(dotted.path, json type)``; array items are merged under ``[]``."""
    fields: set[tuple[str, str]] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            name = f"{prefix}.{key}" if prefix else str(key)
            fields.add((name, _json_type(item)))
            fields |= json_fields(item, name)
    elif isinstance(value, list):
        for item in value:
            name = f"{prefix}[]"
            if isinstance(item, dict):
                fields |= json_fields(item, name)
            else:
                fields.add((name, _json_type(item)))
    return fields


@attrs.frozen
class Shape:
    """The stable part of one request."""

    method: str
    path: str
    query: tuple[str, ...]
    body: frozenset[tuple[str, str]]
    content_type: str
    signed: bool
    idempotency_key: bool
    paid: bool

    def describe(self) -> str:
        query = "?" + "&".join(self.query) if self.query else ""
        return f"{self.method} {self.path}{query}"


def request_shape(method: str, url: str, headers: Mapping[str, Any], body: bytes | str | None) -> Shape:
    """The shape of a request; ``url`` may be absolute or a request target (``/v1/...?...``)."""
    lowered = {k.lower(): v for k, v in headers.items()}
    parts = urlsplit(url)
    raw = body.encode() if isinstance(body, str) else (body or b"")
    fields: frozenset[tuple[str, str]] = frozenset()
    if raw.strip():
        try:
            fields = frozenset(json_fields(json.loads(raw)) | {("", "json")})
        except ValueError:
            fields = frozenset({("", "not-json")})
    content_type = lowered.get("content-type", "")
    if isinstance(content_type, list):  # vcrpy keeps header values as lists
        content_type = content_type[0] if content_type else ""
    return Shape(
        method=method.upper(),
        path=_DID.sub(r"did:\1:\2:*", _STORAGE_KEY.sub("mem_*", parts.path)),
        query=tuple(sorted(name for name, _ in parse_qsl(parts.query, keep_blank_values=True))),
        body=fields,
        content_type=str(content_type).split(";")[0].strip(),
        signed=all(lowered.get(h) for h in SIGNATURE_HEADERS),
        idempotency_key=bool(lowered.get("idempotency-key")),
        paid=any(lowered.get(h) for h in PAYMENT_HEADERS),
    )


def _types_by_field(fields: frozenset[tuple[str, str]]) -> dict[str, str]:
    types: dict[str, set[str]] = {}
    for field, kind in fields:
        types.setdefault(field, set()).add(kind)
    return {field: "|".join(sorted(kinds)) for field, kinds in types.items()}


def shape_differences(
    ours: Shape, theirs: Shape, *, compare: Iterable[str] = ("method", "path", "query", "body", "signed")
) -> list[str]:
    """Readable differences between two shapes, one string each (``"body +name:type"`` = only ours has it)."""
    diffs: list[str] = []
    for name in compare:
        a, b = getattr(ours, name), getattr(theirs, name)
        if a == b:
            continue
        if name == "query":
            diffs += [f"query +{q}" for q in sorted(set(a) - set(b))]
            diffs += [f"query -{q}" for q in sorted(set(b) - set(a))]
        elif name == "body":
            a_types, b_types = _types_by_field(a), _types_by_field(b)
            for field in sorted(set(a_types) | set(b_types)):
                if field not in b_types:
                    diffs.append(f"body +{field}:{a_types[field]}")
                elif field not in a_types:
                    diffs.append(f"body -{field}:{b_types[field]}")
                elif a_types[field] != b_types[field]:
                    diffs.append(f"body {field}: ours={a_types[field]} official={b_types[field]}")
        else:
            diffs.append(f"{name}: ours={a} official={b}")
    return diffs
