"""Refuse a request the spec forbids before it is built, signed or sent (``XacheInputError`` naming the field).

Every request goes through here, from the facade or from ``client.api``: its path values, query parameters and
JSON body are checked against the operation's schemas from the spec (types, lengths, patterns, enums, ranges,
formats), and against the rules no schema states (dot segments, control characters, nesting depth; see
:mod:`xache_ext.facade.validation`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..contract import OperationInfo, SchemaViolation, check_value
from ..errors import ValidationError
from ..facade.validation import check_body, check_int_size, check_path_parameter, check_text

__all__ = ["check_request"]


def check_request(
    info: OperationInfo, path_values: tuple[tuple[str, str], ...], args: Mapping[str, Any]
) -> None:
    """Check path values, query parameters and the JSON body of one request against the spec."""
    schemas = {(p.location, p.name): p.schema for p in info.parameters}
    params = args.get("params") or {}
    body = args.get("json")
    try:
        for name, value in path_values:
            check_path_parameter(name, value)
        for name, raw in params.items():
            for item in raw if isinstance(raw, list | tuple) else (raw,):
                if isinstance(item, str):
                    check_text(name, item)
                elif isinstance(item, int):
                    check_int_size(name, item)
        if body is not None:
            check_body(body)
    except ValidationError as exc:
        raise ValidationError(f"{info.operation_id}: {exc}", field=exc.field) from None
    try:
        for name, value in path_values:
            check_value(value, schemas.get(("path", name), {}), name)
        for param in info.parameters:
            if param.location != "query":
                continue
            if param.name not in params:
                if param.required:
                    raise SchemaViolation(param.name, "is required")
                continue
            check_value(params[param.name], param.schema, param.name)  # typed as the caller gave it
        if body is None:
            if info.body_required and "content" not in args:
                raise SchemaViolation("body", "is required")
        elif info.body is not None:
            check_value(body, info.body, "body")
    except SchemaViolation as exc:
        raise ValidationError(f"{info.operation_id}: {exc.where} {exc.reason}", field=exc.where) from None
