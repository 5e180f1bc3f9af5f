"""Fixtures that run every facade test twice: with the blocking and with the async client."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from harness import Connect, Harness, harnesses

from xache_ext.sandbox import Sandbox
from xache_ext.sandbox.server import TestIdentity


@pytest.fixture
def xache_sandbox(xache_sandbox_session: Sandbox) -> Sandbox:
    """One sandbox for all facade tests: each test works as fresh identities, so state does not leak."""
    return xache_sandbox_session


@pytest.fixture
def connect(mode: str, xache_sandbox: Sandbox) -> Iterator[Connect]:
    """``connect(identity=None, **client_kwargs)`` returns a :class:`Harness` on the sandbox."""
    with harnesses(mode) as (cls, harness):

        def make(identity: TestIdentity | None = None, *, with_key: bool = True, **kwargs: Any) -> Harness:
            ident = identity or xache_sandbox.new_identity()
            kwargs.setdefault("api_url", xache_sandbox.url)
            if with_key:
                kwargs.setdefault("did", ident.did)
                kwargs.setdefault("private_key", ident.private_key)
            return harness(cls(**kwargs), ident)

        yield make
