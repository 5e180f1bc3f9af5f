"""Run facade calls the same way for the blocking and the async client."""

from __future__ import annotations

import asyncio
import hashlib
import inspect
import secrets
from collections.abc import Callable
from typing import Any

from xache_ext import AsyncPage, XacheClient, XacheClientSync
from xache_ext.sandbox.server import TestIdentity
from xache_ext.services.collective import ContributedHeuristic


class Harness:
    """One client plus the means to run its calls, blocking or async, the same way."""

    def __init__(
        self, client: XacheClient | XacheClientSync, loop: asyncio.AbstractEventLoop, ident: TestIdentity
    ):
        self.client = client
        self.loop = loop
        self.identity = ident

    @property
    def is_async(self) -> bool:
        return isinstance(self.client, XacheClient)

    def __call__(self, value: Any) -> Any:
        """The result of a facade call (awaited on the harness's loop for the async client)."""
        if inspect.isawaitable(value):
            return self.loop.run_until_complete(value)
        return value

    def collect(self, page: Any) -> list[Any]:
        """Every item of a paginated result, across all pages."""
        if isinstance(page, AsyncPage):

            async def gather() -> list[Any]:
                return [item async for item in page]

            return self.loop.run_until_complete(gather())
        return list(page)

    def next_page(self, page: Any) -> Any:
        return self(page.next_page())


Connect = Callable[..., Harness]


def unique_domain(prefix: str = "test") -> str:
    """A collective domain no other test uses (the facade tests share one sandbox)."""
    return f"{prefix}-{secrets.token_hex(4)}"


def contribute(
    h: Harness, pattern: str, domain: str, tags: tuple[str, ...] = ("gas", "optimization")
) -> ContributedHeuristic:
    """Contribute ``pattern`` to the collective as ``h``'s agent (paid)."""
    digest = hashlib.sha256(pattern.encode()).hexdigest()
    result = h(
        h.client.collective.contribute(
            pattern=pattern,
            pattern_hash=digest,
            domain=domain,
            tags=list(tags),
            metrics={"success_rate": 0.9, "sample_size": 12, "confidence": 0.8},
            encrypted_content_ref="r2://bucket/" + digest,
        )
    )
    assert isinstance(result, ContributedHeuristic)
    return result
