"""The API contract: loads ``openapi.yaml``, matches routes and validates requests and responses against it."""

from __future__ import annotations

import functools
import importlib.resources
import logging
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import attrs
import yaml
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from jsonschema.exceptions import ValidationError as SchemaError  # type: ignore[import-untyped]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ..contract import all_operations

__all__ = [
    "ERROR_ENVELOPE_SCHEMA",
    "Contract",
    "ContractViolation",
    "Operation",
    "RouteMatch",
    "load_spec",
    "spec_path",
]

log = logging.getLogger(__name__)

_SPEC_URI = "urn:xache:openapi"
_HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


#: The sandbox's documented fallback for error responses whose status the spec does not list
#: (e.g. 501 NOT_IMPLEMENTED, 405, 413): the plain error envelope.
ERROR_ENVELOPE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["success", "error", "meta"],
    "properties": {
        "success": {"const": False},
        "error": {
            "type": "object",
            "required": ["code", "message"],
            "properties": {
                "code": {"type": "string"},
                "message": {"type": "string"},
                "details": {"type": "object"},
            },
        },
        "meta": {
            "type": "object",
            "required": ["requestId", "timestamp", "duration"],
            "properties": {
                "requestId": {"type": "string"},
                "timestamp": {"type": "string"},
                "duration": {"type": "number"},
            },
        },
    },
}
_FALLBACK_402_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["x402Version", "accepts", "error"],
    "properties": {"x402Version": {"const": 1}, "accepts": {"type": "array", "minItems": 1}},
}


class ContractViolation(Exception):
    """A request or response breaks the schema; ``field`` is the JSON path of the failing value."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field or '<root>'}: {reason}")
        self.field = field
        self.reason = reason


def spec_path() -> Path:
    """Where ``openapi.yaml`` is: the installed ``xache_api`` package, else the repository root."""
    try:
        res = importlib.resources.files("xache_api").joinpath("openapi.yaml")
        if res.is_file():
            return Path(str(res))
    except (ModuleNotFoundError, TypeError):
        pass
    root = Path(__file__).resolve().parents[2] / "openapi.yaml"
    if root.is_file():
        return root
    raise FileNotFoundError("openapi.yaml not found in the xache_api package nor at the repository root")


def load_spec(path: str | Path | None = None) -> dict[str, Any]:
    """Parse the OpenAPI document (parsed once per file version; treat the result as read-only)."""
    resolved = Path(path or spec_path()).resolve()
    return _parse_spec(resolved, resolved.stat().st_mtime_ns)


@functools.lru_cache(maxsize=4)
def _parse_spec(path: Path, mtime_ns: int) -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is ~10x faster when built
    with open(path, encoding="utf-8") as fh:
        spec: dict[str, Any] = yaml.load(fh, Loader=loader)
    return spec


def _pointer(*parts: str | int) -> str:
    return "#/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def _json_path(path: Iterable[Any]) -> str:
    out = ""
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


@attrs.define
class Operation:
    """One operation (method + path template) of the spec."""

    method: str
    template: str
    op: dict[str, Any]
    params: list[tuple[dict[str, Any], str]]
    pointer: tuple[str, ...]
    regex: re.Pattern[str]
    literal_segments: int

    @property
    def key(self) -> str:
        """``"METHOD /template"``."""
        return f"{self.method} {self.template}"

    @property
    def operation_id(self) -> str | None:
        """The spec's operationId."""
        value = self.op.get("operationId")
        return str(value) if value is not None else None

    @property
    def signed(self) -> bool:
        """Whether requests must carry the signature headers."""
        return bool(self.op["x-xache-signed"])

    @property
    def paid(self) -> bool:
        """Whether the operation goes through the 402 payment flow."""
        return bool(self.op.get("x-xache-paid"))

    def spec_price(self) -> tuple[Decimal, bool] | None:
        """The list price in USD from the operations table, and whether it is per item."""
        if self.operation_id is None or self.operation_id not in all_operations():
            return None
        info = all_operations()[self.operation_id]
        if info.price_per_item is not None:
            return info.price_per_item, True
        if info.price is not None:
            return info.price, False
        return None


@attrs.frozen
class RouteMatch:
    """A matched request: the operation (``None`` if only the path matched) and the path parameters."""

    operation: Operation | None
    path_params: dict[str, str]
    allowed: tuple[str, ...]


class Contract:
    """Route matching and schema validation over one OpenAPI document."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = dict(spec)
        resource: Resource[Any] = Resource.from_contents(self.spec, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)
        self._validators: dict[str, Draft202012Validator] = {}
        self.operations: list[Operation] = []
        for template, item in (self.spec.get("paths") or {}).items():
            shared = self._params(item.get("parameters") or [], ("paths", template, "parameters"))
            regex, literals = self._compile(template)
            for method in _HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                own = self._params(op.get("parameters") or [], ("paths", template, method, "parameters"))
                names = {(p.get("in"), p.get("name")) for p, _ in own}
                params = own + [(p, ptr) for p, ptr in shared if (p.get("in"), p.get("name")) not in names]
                self.operations.append(
                    Operation(
                        method.upper(), template, op, params, ("paths", template, method), regex, literals
                    )
                )
        self.operations.sort(key=lambda o: -o.literal_segments)

    def _params(self, raw: list[Any], base: tuple[str, ...]) -> list[tuple[dict[str, Any], str]]:
        out: list[tuple[dict[str, Any], str]] = []
        for i, p in enumerate(raw):
            if isinstance(p, dict) and isinstance(p.get("$ref"), str):
                ptr = p["$ref"] + "/schema"
            else:
                ptr = _pointer(*base, i, "schema")
            resolved = self.deref(p)
            if isinstance(resolved, dict):
                out.append((resolved, ptr))
        return out

    @staticmethod
    def _compile(template: str) -> tuple[re.Pattern[str], int]:
        out, literals = "", 0
        for seg in template.strip("/").split("/"):
            if seg.startswith("{") and seg.endswith("}"):
                group = re.sub(r"\W", "_", seg[1:-1])
                out += f"/(?P<{group}>[^/]+)"
            else:
                out += "/" + re.escape(seg)
                literals += 1
        return re.compile(out + "/?"), literals

    def deref(self, node: Any) -> Any:
        """Resolve a local ``$ref`` (one level at a time, repeatedly)."""
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 20:
            ref: str = node["$ref"]
            node = self._registry.resolver(_SPEC_URI).lookup(ref).contents
            seen += 1
        return node

    @cached_property
    def templates(self) -> set[str]:
        """All path templates."""
        return {o.template for o in self.operations}

    def match(self, method: str, path: str) -> RouteMatch | None:
        """The operation for ``method path``; ``None`` if no template matches the path at all."""
        hits = [(o, m) for o in self.operations if (m := o.regex.fullmatch(path))]
        if not hits:
            return None
        best = max(o.literal_segments for o, _ in hits)
        hits = [(o, m) for o, m in hits if o.literal_segments == best]
        allowed = tuple(sorted({o.method for o, _ in hits}))
        for op, m in hits:
            if op.method == method:
                names = re.findall(r"\{([^}]+)\}", op.template)
                values = m.groups()
                return RouteMatch(op, dict(zip(names, values, strict=True)), allowed)
        return RouteMatch(None, {}, allowed)

    def _validator(self, pointer: str) -> Draft202012Validator:
        v = self._validators.get(pointer)
        if v is None:
            v = Draft202012Validator(
                {"$ref": _SPEC_URI + pointer},
                registry=self._registry,
                format_checker=Draft202012Validator.FORMAT_CHECKER,
            )
            self._validators[pointer] = v
        return v

    def _raise_first(self, validator: Draft202012Validator, instance: Any, prefix: str = "") -> None:
        errors = list(validator.iter_errors(instance))
        if not errors:
            return
        err: SchemaError = min(errors, key=lambda e: (len(e.absolute_path), str(e.message)))
        field = _json_path(err.absolute_path)
        if err.validator == "required" and isinstance(err.validator_value, list):
            missing = [
                k for k in err.validator_value if isinstance(err.instance, dict) and k not in err.instance
            ]
            if missing:
                field = f"{field}.{missing[0]}" if field else missing[0]
        raise ContractViolation(f"{prefix}{field}" if field else prefix.rstrip("."), err.message)

    # -- requests ---------------------------------------------------------------------------------------

    def parse_query(self, op: Operation, query_string: str) -> dict[str, Any]:
        """Parse and validate the query string against the operation's query parameters."""
        pairs = parse_qsl(query_string, keep_blank_values=True)
        raw: dict[str, list[str]] = {}
        for k, v in pairs:
            raw.setdefault(k, []).append(v)
        out: dict[str, Any] = {}
        for param, pointer in op.params:
            if param.get("in") != "query":
                continue
            name = str(param.get("name"))
            schema = self.deref(param.get("schema") or {})
            if name not in raw:
                if param.get("required"):
                    raise ContractViolation(name, "required query parameter is missing")
                continue
            values = raw[name]
            value: Any = (
                [self._coerce(name, v, self.deref(schema.get("items") or {})) for v in values]
                if schema.get("type") == "array"
                else self._coerce(name, values[-1], schema)
            )
            if "schema" in param:
                self._raise_first(self._validator(pointer), value, prefix=name + ".")
            out[name] = value
        for k, values in raw.items():
            out.setdefault(k, values[-1])
        return out

    def path_params_valid(self, op: Operation, params: Mapping[str, str]) -> None:
        """Validate path parameters against their schemas."""
        for param, pointer in op.params:
            if param.get("in") == "path" and param.get("name") in params and "schema" in param:
                schema = self.deref(param["schema"])
                value = self._coerce(str(param["name"]), params[str(param["name"])], schema)
                self._raise_first(self._validator(pointer), value, prefix=str(param["name"]) + ".")

    @staticmethod
    def _coerce(name: str, value: str, schema: Mapping[str, Any]) -> Any:
        types = schema.get("type")
        kinds = [types] if isinstance(types, str) else list(types or [])
        try:
            if "integer" in kinds:
                return int(value)
            if "number" in kinds:
                return float(value) if any(c in value for c in ".eE") else int(value)
            if "boolean" in kinds:
                if value in ("true", "false"):
                    return value == "true"
                raise ValueError(value)
        except ValueError:
            raise ContractViolation(name, f"{value!r} is not a valid {kinds[0]}") from None
        return value

    def request_body_required(self, op: Operation) -> bool:
        """Whether the operation declares a required JSON body."""
        body = self.deref(op.op.get("requestBody") or {})
        return bool(body.get("required"))

    def validate_body(self, op: Operation, body: Any) -> None:
        """Validate a parsed JSON body against the operation's ``application/json`` schema."""
        rb = op.op.get("requestBody")
        if rb is None:
            return
        pointer = [*op.pointer, "requestBody"]
        rb_resolved = self.deref(rb)
        if "$ref" in rb:
            pointer = rb["$ref"].lstrip("#/").split("/")
            pointer = [p.replace("~1", "/").replace("~0", "~") for p in pointer]
        content = rb_resolved.get("content") or {}
        if "application/json" not in content or "schema" not in content["application/json"]:
            return
        self._raise_first(self._validator(_pointer(*pointer, "content", "application/json", "schema")), body)

    # -- responses --------------------------------------------------------------------------------------

    def validate_response(self, op: Operation | None, status: int, body: Any) -> None:
        """Validate a response body; undocumented error statuses must be the plain error envelope."""
        if op is not None:
            responses = op.op.get("responses") or {}
            for code in (str(status), f"{str(status)[0]}XX", "default"):
                if code not in responses:
                    continue
                resp = self.deref(responses[code])
                base = [*op.pointer, "responses", code]
                if "$ref" in responses[code]:
                    base = [
                        p.replace("~1", "/").replace("~0", "~")
                        for p in responses[code]["$ref"].lstrip("#/").split("/")
                    ]
                content = resp.get("content") or {}
                if "application/json" in content and "schema" in content["application/json"]:
                    self._raise_first(
                        self._validator(_pointer(*base, "content", "application/json", "schema")), body
                    )
                return
        if status == 402:
            self._raise_first(Draft202012Validator(_FALLBACK_402_SCHEMA), body)
        elif status >= 400:
            self._raise_first(Draft202012Validator(ERROR_ENVELOPE_SCHEMA), body)
        else:
            raise ContractViolation("", f"status {status} is not documented for {op.key if op else 'route'}")
