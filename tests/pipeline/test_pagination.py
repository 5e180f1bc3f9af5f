"""Async list methods: ``await`` gives the first page, ``async for`` every item of every page, no extra await."""

from __future__ import annotations

import asyncio

from xache_ext import AsyncPage, XacheClient
from xache_ext.sandbox import Sandbox


def test_async_for_directly_over_a_list_method(xache_sandbox: Sandbox) -> None:
    ident = xache_sandbox.new_identity()

    async def main() -> None:
        async with XacheClient(xache_sandbox.url, ident.did, ident.private_key) as client:
            for n in range(5):
                await client.memory.store(data={"n": n}, storage_tier="hot", context="paged")
            keys = [item.memory_id async for item in client.memory.list(context="paged", limit=2)]
            assert len(keys) == 5 and len(set(keys)) == 5  # three pages of at most 2
            first = await client.memory.list(context="paged", limit=2)
            assert isinstance(first, AsyncPage) and len(first.items) == 2 and first.total == 5

    asyncio.run(main())
