"""pytest fixtures: ``xache_sandbox`` (fresh server per test) and ``xache_sandbox_session`` (shared)."""

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
