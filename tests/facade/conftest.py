"""Fixtures that run every facade test twice: with the blocking and with the async client."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from harness import Connect, Harness

from xache_ext import XacheClient, XacheClientSync
from xache_ext.sandbox import Sandbox
from xache_ext.sandbox.server import TestIdentity


@pytest.fixture
def xache_sandbox(xache_sandbox_session: Sandbox) -> Sandbox:
    """One sandbox for all facade tests: each test works as fresh identities, so state does not leak."""
    return xache_sandbox_session


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def connect(mode: str, xache_sandbox: Sandbox) -> Iterator[Connect]:
    """``connect(identity=None, **client_kwargs)`` returns a :class:`Harness` on the sandbox."""
    loop = asyncio.new_event_loop()
    made: list[XacheClient | XacheClientSync] = []

    def make(identity: TestIdentity | None = None, *, with_key: bool = True, **kwargs: Any) -> Harness:
        ident = identity or xache_sandbox.new_identity()
        cls = XacheClient if mode == "async" else XacheClientSync
        kwargs.setdefault("api_url", xache_sandbox.url)
        if with_key:
            kwargs.setdefault("did", ident.did)
            kwargs.setdefault("private_key", ident.private_key)
        client = cls(**kwargs)
        made.append(client)
        return Harness(client, loop, ident)

    yield make
    for client in made:
        if isinstance(client, XacheClient):
            loop.run_until_complete(client.close())
        else:
            client.close()
    loop.close()
