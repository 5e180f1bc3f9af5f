"""A local, stateful, strict reference server for the Xache API (think stripe-mock, but it verifies).

It checks request signatures and x402 payments like the real server, validates every request and
response against ``openapi.yaml``, and keeps state in SQLite. Install with the ``sandbox`` extra.
"""

from __future__ import annotations

import importlib

#: The modules of the ``sandbox`` extra (import name → distribution name).
_EXTRA_MODULES = {
    "starlette": "starlette",
    "uvicorn": "uvicorn",
    "jsonschema": "jsonschema",
    "yaml": "pyyaml",
}


def _require_extra() -> None:
    for module, distribution in _EXTRA_MODULES.items():
        try:
            importlib.import_module(module)
        except ImportError as exc:
            raise ImportError(
                f"xache_ext.sandbox needs the sandbox extra ({distribution} is missing): "
                "pip install 'xache-sdk[sandbox]'",
                name=module,
            ) from exc


_require_extra()

from .app import create_app  # noqa: E402 - only once the extra is known to be installed
from .server import Sandbox, TestIdentity, run_sandbox  # noqa: E402

__all__ = ["Sandbox", "TestIdentity", "create_app", "run_sandbox"]
