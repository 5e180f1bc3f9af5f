"""Clients may be entered again after they exit, as the official SDK's integrations expect."""

from __future__ import annotations

import asyncio

from xache_ext import XacheClient, XacheClientSync
from xache_ext.sandbox import Sandbox


def test_blocking_client_reopens(xache_sandbox: Sandbox) -> None:
    ident = xache_sandbox.new_identity()
    client = XacheClientSync(xache_sandbox.url, ident.did, ident.private_key)
    for _ in range(2):
        with client:
            assert client.budget.get_status().limit_cents > 0


def test_async_client_reopens(xache_sandbox: Sandbox) -> None:
    ident = xache_sandbox.new_identity()
    client = XacheClient(xache_sandbox.url, ident.did, ident.private_key)

    async def main() -> None:
        for _ in range(2):
            async with client:
                assert (await client.budget.get_status()).limit_cents > 0

    asyncio.run(main())
    asyncio.run(main())  # and on another event loop
