"""Regenerate (or verify) the generated API client in generated/xache_api.

    python scripts/generate.py           # regenerate generated/xache_api from openapi.yaml
    python scripts/generate.py --check   # regenerate into a temp dir and compare byte for byte
    python scripts/generate.py --spec S --out D   # generate D/xache_api from another spec (tests use it)

The client is produced by openapi-python-client (pinned in pyproject.toml) with the settings in
openapi-generator.yaml and the template overrides in scripts/templates. The contract itself is copied into
the package as xache_api/openapi.yaml, and an empty py.typed marks it as typed. The facts the SDK derives
from the spec at run time (each operation's method, path, tag, generated module, signing, payment, price and
the reduced JSON schemas of its parameters, body and success data) are written to xache_api/operations_table.py,
so the SDK needs no YAML parser. Nothing hand-written lives in generated/xache_api. Any generator warning or error
fails the run.
"""

from __future__ import annotations

import argparse
import difflib
import os
import pprint
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "openapi-generator.yaml"
TEMPLATES = ROOT / "scripts" / "templates"
PACKAGE = "xache_api"
TARGET = ROOT / "generated" / PACKAGE
README = ROOT / "README.md"
IGNORED_DIRS = {"__pycache__"}
IGNORED_SUFFIXES = {".pyc", ".pyo"}
MAX_DIFF_LINES = 200


class GenerationError(RuntimeError):
    pass


def _tool_env() -> dict[str, str]:
    """Environment with the project's venv first on PATH, so post-hooks run the pinned ruff."""
    env = dict(os.environ)
    bins = [ROOT / ".venv" / "bin", Path(sys.executable).parent]
    path = [str(b) for b in bins if b.is_dir()]
    env["PATH"] = os.pathsep.join([*dict.fromkeys(path), env.get("PATH", "")])
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


#: String formats the generator would turn into ``datetime``/``date`` objects. They are left out of its input, so
#: request dates stay strings and the caller's ISO-8601 text is sent verbatim, as both official SDKs send it (a
#: datetime round trip would turn ``Z`` into ``+00:00``). The pipeline still checks them from the operations
#: table, and results parse dates by their annotations.
TEXT_FORMATS = frozenset({"date", "date-time"})


def _without_text_formats(node: Any) -> Any:
    """``node`` without the ``format`` of its string schemas listed in :data:`TEXT_FORMATS`."""
    if isinstance(node, list):
        return [_without_text_formats(item) for item in node]
    if not isinstance(node, dict):
        return node
    drop = node.get("type") == "string" and node.get("format") in TEXT_FORMATS
    return {k: _without_text_formats(v) for k, v in node.items() if not (drop and k == "format")}


def check_responses(document: dict[str, Any]) -> None:
    """Refuse what the endpoint template does not type: a ``default`` response, or no success (2xx) response.

    The generated functions return an operation's success models only, and raise ``errors.UnexpectedStatus``
    for any other status (scripts/templates/endpoint_module.py.jinja).
    """
    problems = []
    for path, item in document.get("paths", {}).items():
        for method in _METHODS:
            op = item.get(method)
            if op is None:
                continue
            codes = [str(code) for code in op.get("responses") or {}]
            name = f"{method.upper()} {path}"
            if "default" in codes:
                problems.append(f"{name}: a `default` response (list its statuses instead)")
            if not any(code.startswith("2") for code in codes):
                problems.append(f"{name}: no success (2xx) response")
    if problems:
        raise GenerationError(
            "the spec's responses do not fit the endpoint template:\n" + "\n".join(problems)
        )


def generate_into(workdir: Path, spec: Path = SPEC) -> Path:
    """Run the generator on ``spec`` into ``workdir/xache_api`` and add the contract, the table and py.typed."""
    with tempfile.TemporaryDirectory(prefix="xache-spec-") as tmp:
        generator_input = Path(tmp) / spec.name
        with spec.open(encoding="utf-8") as handle:
            document = _without_text_formats(yaml.safe_load(handle))
        check_responses(document)
        generator_input.write_text(
            yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8"
        )
        return _run_generator(workdir, spec, generator_input)


def _run_generator(workdir: Path, spec: Path, generator_input: Path) -> Path:
    out = workdir / PACKAGE
    cmd = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(generator_input),
        "--meta",
        "none",
        "--fail-on-warning",
        "--overwrite",
        "--config",
        str(CONFIG),
        "--custom-template-path",
        str(TEMPLATES),
        "--output-path",
        str(out),
    ]
    proc = subprocess.run(cmd, cwd=workdir, env=_tool_env(), capture_output=True, text=True, check=False)
    output = proc.stdout + proc.stderr
    # Besides the exit status (--fail-on-warning), reject any reported warning or error; the only line
    # allowed to mention arbitrary text is the "Generating <output path>" banner.
    reported = "\n".join(line for line in output.splitlines() if not line.startswith("Generating "))
    if proc.returncode != 0 or "warning" in reported.lower() or "error" in reported.lower():
        raise GenerationError(f"openapi-python-client failed (exit {proc.returncode}):\n{output}")
    if not (out / "__init__.py").is_file():
        raise GenerationError(f"generator produced no package at {out}:\n{output}")
    shutil.copyfile(spec, out / "openapi.yaml")
    (out / "py.typed").write_bytes(b"")
    return out


# Schema keywords the SDK enforces or reads; descriptions and examples are left out of the table.
_SCHEMA_KEYS = {
    "type",
    "properties",
    "required",
    "items",
    "enum",
    "const",
    "pattern",
    "format",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minItems",
    "maxItems",
    "minProperties",
    "maxProperties",
    "additionalProperties",
    "oneOf",
    "anyOf",
    "allOf",
    "discriminator",
    "$ref",
    "x-xache-max-json-bytes",
}
_METHODS = ("get", "put", "post", "patch", "delete")


def _snake(name: str) -> str:
    """The generator's own module name for a tag or operation id (``getERC8004Status`` -> ``get_erc8004_status``)."""
    from openapi_python_client.strings import snake_case  # the pinned generator, so names always agree

    return snake_case(name)


def _reduce(schema: Any) -> Any:
    """``schema`` with only the enforceable keywords; ``$ref`` kept as the component name."""
    if isinstance(schema, list):
        return [_reduce(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key not in _SCHEMA_KEYS:
            continue
        if key == "$ref":
            out[key] = value.rsplit("/", 1)[-1]
        elif key == "properties":
            out[key] = {name: _reduce(sub) for name, sub in value.items()}
        elif key in ("items", "additionalProperties", "oneOf", "anyOf", "allOf"):
            out[key] = _reduce(value)
        elif key == "discriminator":
            mapping = {tag: ref.rsplit("/", 1)[-1] for tag, ref in value.get("mapping", {}).items()}
            out[key] = {"propertyName": value["propertyName"], "mapping": mapping}
        else:
            out[key] = value
    return out


def _json_schema(content: dict[str, Any] | None) -> Any:
    media = (content or {}).get("application/json") or {}
    return media.get("schema")


def _data_schema(spec: dict[str, Any], op: dict[str, Any]) -> str | None:
    """The component name of the success envelope's ``data``."""
    for status, response in sorted((op.get("responses") or {}).items()):
        if not str(status).startswith("2") or "$ref" in response:
            continue
        envelope = _json_schema(response.get("content"))
        if not isinstance(envelope, dict) or "$ref" not in envelope:
            continue
        name = envelope["$ref"].rsplit("/", 1)[-1]
        data = spec["components"]["schemas"][name].get("properties", {}).get("data")
        return name if data is not None else None
    return None


def operations_table(spec: dict[str, Any]) -> dict[str, Any]:
    """Every operation's facts, keyed by operation id, plus the reduced component schemas they refer to."""
    components = spec.get("components", {})
    shared_params = components.get("parameters", {})
    default_signed = bool(spec.get("security"))
    operations: dict[str, Any] = {}
    for path, item in spec["paths"].items():
        for method in _METHODS:
            op = item.get(method)
            if op is None:
                continue
            params = []
            for param in [*item.get("parameters", []), *op.get("parameters", [])]:
                if "$ref" in param:
                    param = shared_params[param["$ref"].rsplit("/", 1)[-1]]
                params.append(
                    {
                        "name": param["name"],
                        "in": param["in"],
                        "required": bool(param.get("required")),
                        "schema": _reduce(param.get("schema", {})),
                    }
                )
            body = op.get("requestBody")
            security = op.get("security")
            signed = bool(op.get("x-xache-signed", default_signed if security is None else bool(security)))
            tag = op["tags"][0]
            operations[op["operationId"]] = {
                "method": method.upper(),
                "path": path,
                "tag": tag,
                "module": f"{PACKAGE}.api.{_snake(tag)}.{_snake(op['operationId'])}",
                "signed": signed,
                "paid": bool(op.get("x-xache-paid")),
                "price": op.get("x-xache-price"),
                "price_per_item": op.get("x-xache-price-per-item"),
                "owner_only": op.get("x-xache-auth") == "owner",
                "parameters": params,
                "body": None if body is None else _reduce(_json_schema(body.get("content"))),
                "body_required": bool(body and body.get("required")),
                "max_body_bytes": op.get("x-xache-max-body-bytes", spec.get("x-xache-max-body-bytes")),
                "envelope": _data_schema(spec, op),
            }
    schemas = {name: _reduce(schema) for name, schema in components.get("schemas", {}).items()}
    return {"operations": operations, "schemas": schemas}


def write_operations_table(out: Path, spec_path: Path = SPEC) -> dict[str, Any]:
    """Write ``operations_table.py`` (plain literals, deterministic) into the generated package."""
    with spec_path.open(encoding="utf-8") as handle:
        spec = yaml.safe_load(handle)
    table = operations_table(spec)
    for op in table["operations"].values():
        module = out.parent / Path(*op["module"].split("."))
        if not module.with_suffix(".py").is_file():
            raise GenerationError(f"no generated module {op['module']} for {op['method']} {op['path']}")
    text = (
        '"""Facts derived from openapi.yaml by scripts/generate.py (`make generate`); do not edit.\n\n'
        "OPERATIONS maps each operationId to its method, path template, tag, generated module, signing,\n"
        "payment and list price (USD strings), its parameters and body as reduced JSON schemas, the largest\n"
        "body it takes (bytes), and the component name of its success envelope. SCHEMAS holds the reduced\n"
        'component schemas; SCHEMA_KEYWORDS the keywords they keep.\n"""\n\n'
        "from typing import Any\n\n"
        f"OPERATIONS: dict[str, dict[str, Any]] = {pprint.pformat(table['operations'], width=110, sort_dicts=True)}\n\n"
        f"SCHEMAS: dict[str, dict[str, Any]] = {pprint.pformat(table['schemas'], width=110, sort_dicts=True)}\n\n"
        f"SCHEMA_KEYWORDS: tuple[str, ...] = {tuple(sorted(_SCHEMA_KEYS))!r}\n"
    )
    (out / "operations_table.py").write_text(text, encoding="utf-8")
    return table["operations"]


def readme_with_prices(operations: dict[str, Any]) -> str:
    """The README with its price table rendered from ``operations``."""
    sys.path.insert(0, str(ROOT))
    from xache_ext.contract.prices import with_price_table  # pure: needs no generated package

    return with_price_table(README.read_text(encoding="utf-8"), operations)


def _files(root: Path) -> dict[str, Path]:
    files: dict[str, Path] = {}
    if not root.is_dir():
        return files
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if any(part in IGNORED_DIRS for part in rel.parts) or path.suffix in IGNORED_SUFFIXES:
            continue
        if path.is_file():
            files[rel.as_posix()] = path
    return files


def compare(expected_root: Path, actual_root: Path) -> list[str]:
    """Return report lines describing how actual_root differs from expected_root (empty if identical)."""
    expected, actual = _files(expected_root), _files(actual_root)
    report: list[str] = []
    diff_lines: list[str] = []
    for rel in sorted(expected.keys() - actual.keys()):
        report.append(f"missing: {rel}")
    for rel in sorted(actual.keys() - expected.keys()):
        report.append(f"extra:   {rel}")
    for rel in sorted(expected.keys() & actual.keys()):
        want, got = expected[rel].read_bytes(), actual[rel].read_bytes()
        if want == got:
            continue
        report.append(f"differs: {rel}")
        diff_lines.extend(
            difflib.unified_diff(
                got.decode("utf-8", "replace").splitlines(),
                want.decode("utf-8", "replace").splitlines(),
                fromfile=f"committed/{rel}",
                tofile=f"regenerated/{rel}",
                lineterm="",
            )
        )
    if diff_lines:
        if len(diff_lines) > MAX_DIFF_LINES:
            omitted = len(diff_lines) - MAX_DIFF_LINES
            diff_lines = [*diff_lines[:MAX_DIFF_LINES], f"... ({omitted} more diff lines)"]
        report.extend(["", *diff_lines])
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="verify generated/xache_api is up to date")
    parser.add_argument(
        "--spec", type=Path, default=SPEC, help="the OpenAPI document (default: openapi.yaml)"
    )
    parser.add_argument("--out", type=Path, help="write <OUT>/xache_api instead of generated/xache_api")
    args = parser.parse_args(argv)
    if args.out is not None:
        try:
            args.out.mkdir(parents=True, exist_ok=True)
            write_operations_table(
                generate_into(args.out.resolve(), args.spec.resolve()), args.spec.resolve()
            )
        except GenerationError as exc:
            print(exc, file=sys.stderr)
            return 1
        print(f"Generated {args.out / PACKAGE} from {args.spec}.")
        return 0

    with tempfile.TemporaryDirectory(prefix="xache-gen-") as tmp:
        try:
            fresh = generate_into(Path(tmp), args.spec.resolve())
            readme = readme_with_prices(write_operations_table(fresh, args.spec.resolve()))
        except GenerationError as exc:
            print(exc, file=sys.stderr)
            return 1
        if args.check:
            report = compare(fresh, TARGET)
            if readme != README.read_text(encoding="utf-8"):
                report.append("differs: README.md (the price table)")
            if report:
                print(f"{TARGET.relative_to(ROOT)} is out of date with openapi.yaml; run `make generate`.")
                print("\n".join(report))
                return 1
            print(f"{TARGET.relative_to(ROOT)} is up to date.")
            return 0
        if TARGET.exists():
            shutil.rmtree(TARGET)
        TARGET.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(fresh, TARGET)
        README.write_text(readme, encoding="utf-8")
        count = len(_files(TARGET))
        print(f"Generated {TARGET.relative_to(ROOT)} ({count} files).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
