"""Shared pytest fixtures."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest
from vectors import load_vectors as _load_vectors

pytest_plugins = ["xache_ext.sandbox.pytest_plugin"]

# Tests reach no network but loopback: a client without rpc_urls falls back to these (a closed port), never
# to the public Solana endpoints.
for _variable in ("SOLANA_RPC_URL", "SOLANA_DEVNET_RPC_URL"):
    os.environ[_variable] = "http://127.0.0.1:9/"


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    """The client a test runs with: the blocking or the async one (``connect`` fixtures make it)."""
    return str(request.param)


@pytest.fixture
def load_vectors() -> Callable[[str], list[dict[str, Any]]]:
    """The shared test-vector loader (see ``tests/vectors.py``)."""
    return _load_vectors
