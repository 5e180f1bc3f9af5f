"""A local, stateful, strict reference server for the Xache API (think stripe-mock, but it verifies).

It checks request signatures and x402 payments like the real server, validates every request and
response against ``openapi.yaml``, and keeps state in SQLite. Install with the ``sandbox`` extra.
"""

from __future__ import annotations

from .app import create_app
from .server import Sandbox, TestIdentity, run_sandbox

__all__ = ["Sandbox", "TestIdentity", "create_app", "run_sandbox"]
