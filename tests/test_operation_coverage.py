"""Every operation of the spec has a facade method and a sandbox handler (or is listed raw-only, with why).

Adding an endpoint is three edits: the spec (then `make generate`), one service method, one sandbox handler.
This test names whichever of the last two is missing.
"""

from __future__ import annotations

import ast
from pathlib import Path

from xache_ext.contract import all_operations
from xache_ext.sandbox.handlers import HANDLERS

SERVICES = Path(__file__).resolve().parents[1] / "xache_ext" / "services"

#: Operations reachable only through ``client.api`` (the generated endpoints), with the reason.
RAW_ONLY: dict[str, str] = {}


def _modules_called_by_services() -> set[str]:
    """``xache_api.api.<tag>.<op>`` for every generated module whose ``_get_kwargs`` a service calls."""
    called: set[str] = set()
    for path in SERVICES.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported: dict[str, str] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("xache_api.api."):
                for alias in node.names:
                    imported[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr == "_get_kwargs"
                and isinstance(node.value, ast.Name)
                and node.value.id in imported
            ):
                called.add(imported[node.value.id])
    return called


def test_every_operation_has_a_facade_method() -> None:
    called = _modules_called_by_services()
    missing = [op.operation_id for op in all_operations().values() if op.module not in called]
    assert sorted(set(missing) - set(RAW_ONLY)) == [], "no service method sends these operations"
    assert set(RAW_ONLY) <= set(missing), "listed raw-only but a service sends it"


def test_every_operation_has_a_sandbox_handler() -> None:
    assert sorted(set(all_operations()) - set(HANDLERS)) == [], "the sandbox has no handler for these"
    assert sorted(set(HANDLERS) - set(all_operations())) == [], "handlers for operations the spec lacks"
