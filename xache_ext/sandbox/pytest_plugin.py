"""pytest fixtures: ``xache_sandbox`` (fresh server per test) and ``xache_sandbox_session`` (shared).

The sandbox serves its chain too: ``sandbox.rpc_urls`` are its JSON-RPC URLs, and ``sandbox.client()`` /
``sandbox.client_sync()`` build clients already configured with them (``rpc_urls=``), so payments and
``client.wallet`` read the sandbox's own ledger and never a public RPC.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .server import Sandbox, run_sandbox


@pytest.fixture
def xache_sandbox() -> Iterator[Sandbox]:
    """A sandbox with empty in-memory state, served on a loopback port for one test."""
    with run_sandbox() as sandbox:
        yield sandbox


@pytest.fixture(scope="session")
def xache_sandbox_session() -> Iterator[Sandbox]:
    """One sandbox shared by the whole session (state accumulates across tests)."""
    with run_sandbox() as sandbox:
        yield sandbox
