"""Refuse a request the spec forbids before it is built, signed or sent (``XacheInputError`` naming the field)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..contract import OperationInfo, SchemaViolation, check_depth, check_value
from ..errors import ValidationError, XacheInputError

__all__ = ["MAX_PATH_VALUE", "check_request"]

#: The longest path value sent (a DID, a storage key, a session key are far shorter).
MAX_PATH_VALUE = 512
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _refuse(where: str, reason: str) -> XacheInputError:
    return XacheInputError(f"{where} {reason}")


def check_path_value(name: str, value: str) -> None:
    """A path value must be a real segment: not empty, not a dot segment, no slash or control character."""
    if value in ("", ".", ".."):
        raise _refuse(name, f"must be a non-empty id, not {value!r}")
    if len(value) > MAX_PATH_VALUE:
        raise _refuse(name, f"takes at most {MAX_PATH_VALUE} characters, got {len(value)}")
    if "/" in value or _CONTROL.search(value):
        raise _refuse(name, "must not contain '/' or control characters")


def _query_value(raw: Any, schema: Mapping[str, Any]) -> Any:
    """A query value as the schema types it (query strings are text on the wire)."""
    kind = schema.get("type")
    if kind == "integer" and isinstance(raw, str) and re.fullmatch(r"-?[0-9]+", raw):
        return int(raw)
    if kind == "boolean" and raw in ("true", "false"):
        return raw == "true"
    return raw


def check_request(
    info: OperationInfo, path_values: tuple[tuple[str, str], ...], args: Mapping[str, Any]
) -> None:
    """Check path values, query parameters and the JSON body of one request against the spec."""
    schemas = {(p.location, p.name): p.schema for p in info.parameters}
    try:
        for name, value in path_values:
            check_path_value(name, value)
            check_value(value, schemas.get(("path", name), {}), name)
        params = args.get("params") or {}
        for param in info.parameters:
            if param.location != "query":
                continue
            if param.name not in params:
                if param.required:
                    raise SchemaViolation(param.name, "is required")
                continue
            raw = params[param.name]
            if isinstance(raw, str) and _CONTROL.search(raw):
                raise SchemaViolation(param.name, "must not contain control characters")
            check_value(_query_value(raw, param.schema), param.schema, param.name)
        body = args.get("json")
        if body is None:
            if info.body_required and "content" not in args:
                raise SchemaViolation("body", "is required")
            return
        check_depth(body, "body")
        if info.body is not None:
            check_value(body, info.body, "body")
    except SchemaViolation as exc:
        raise ValidationError(f"{info.operation_id}: {exc.where} {exc.reason}", field=exc.where) from None
