"""Regenerate (or verify) the generated API client in generated/xache_api.

    python scripts/generate.py           # regenerate generated/xache_api from openapi.yaml
    python scripts/generate.py --check   # regenerate into a temp dir and compare byte for byte

The client is produced by openapi-python-client (pinned in pyproject.toml) with the settings in
openapi-generator.yaml and the template override in scripts/templates. The contract itself is copied into
the package as xache_api/openapi.yaml, and an empty py.typed marks it as typed. Nothing hand-written lives in
generated/xache_api. Any generator warning or error fails the run.
"""

from __future__ import annotations

import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "openapi-generator.yaml"
TEMPLATES = ROOT / "scripts" / "templates"
PACKAGE = "xache_api"
TARGET = ROOT / "generated" / PACKAGE
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


def generate_into(workdir: Path) -> Path:
    """Run the generator into ``workdir/xache_api`` and add the contract and py.typed."""
    out = workdir / PACKAGE
    cmd = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(SPEC),
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
    shutil.copyfile(SPEC, out / "openapi.yaml")
    (out / "py.typed").write_bytes(b"")
    return out


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
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="xache-gen-") as tmp:
        try:
            fresh = generate_into(Path(tmp))
        except GenerationError as exc:
            print(exc, file=sys.stderr)
            return 1
        if args.check:
            report = compare(fresh, TARGET)
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
        count = len(_files(TARGET))
        print(f"Generated {TARGET.relative_to(ROOT)} ({count} files).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
