"""pytest fixtures for testing against the sandbox: ``xache_sandbox`` (fresh server per test) and
``xache_sandbox_session`` (one server for the session), plus the ``xache_async`` marker for async tests.

Enable it in ``conftest.py`` with ``pytest_plugins = ["xache_ext.sandbox.pytest_plugin"]``.

The fixtures are plain (synchronous) fixtures: the server runs in a background thread on a loopback port, so
they work from blocking tests and from async tests under any event loop. Three ways to write async tests:

* No async plugin needed: mark the test ``@pytest.mark.xache_async`` and this plugin runs the coroutine with
  ``asyncio.run`` (a fresh event loop per test; its fixtures must be synchronous)::

      @pytest.mark.xache_async
      async def test_store(xache_sandbox):
          ident = xache_sandbox.test_identity
          async with XacheClient(xache_sandbox.url, ident.did, ident.private_key) as client:
              stored = await client.memory.store(data={"a": 1}, storage_tier="hot")
              assert (await client.memory.retrieve(stored.memory_id)).data == {"a": 1}

* Or run the coroutine yourself from a plain test: ``asyncio.run(main())``.
* With pytest-asyncio or anyio installed, use their markers (``@pytest.mark.asyncio``,
  ``@pytest.mark.anyio``) as usual; the sandbox fixtures need nothing from them.

The sandbox serves its chain too: ``sandbox.rpc_urls`` are its JSON-RPC URLs, and ``sandbox.client()`` /
``sandbox.client_sync()`` build clients already configured with them (``rpc_urls=``), so payments and
``client.wallet`` read the sandbox's own ledger and never a public RPC.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Iterator

import pytest

from .server import Sandbox, run_sandbox

__all__ = ["pytest_configure", "pytest_pyfunc_call", "xache_sandbox", "xache_sandbox_session"]

_MARKER = "xache_async"


def pytest_configure(config: pytest.Config) -> None:
    """Register the ``xache_async`` marker."""
    config.addinivalue_line(
        "markers",
        f"{_MARKER}: run this 'async def' test with asyncio.run (from xache_ext.sandbox.pytest_plugin)",
    )


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run ``async def`` tests marked ``xache_async`` to completion on a fresh event loop."""
    if pyfuncitem.get_closest_marker(_MARKER) is None:
        return None
    function = pyfuncitem.obj
    if not inspect.iscoroutinefunction(function):
        pytest.fail(
            f"@pytest.mark.{_MARKER} is for 'async def' tests; {pyfuncitem.name} is not one", pytrace=False
        )
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(function(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True


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
