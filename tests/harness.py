"""Run facade calls the same way for the blocking and the async client."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from typing import Any

from xache_ext import AsyncPage, XacheClient, XacheClientSync
from xache_ext.sandbox.server import TestIdentity


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
