"""The sandbox as a plain ASGI app, in process (no sockets): what ``create_app`` is for."""

from __future__ import annotations

import asyncio

import httpx

from xache_ext import XacheClient
from xache_ext.sandbox import create_app
from xache_ext.sandbox.server import new_identity


def test_facade_against_the_asgi_app() -> None:
    app = create_app()
    ident = new_identity(app.state.store)

    async def main() -> None:
        http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sandbox.test")
        async with XacheClient(
            "http://sandbox.test", ident.did, ident.private_key, http_client=http
        ) as client:
            stored = await client.memory.store(data={"in": "process"}, storage_tier="hot")
            assert (await client.memory.retrieve(stored.memory_id)).data == {"in": "process"}
            assert (await client.budget.get_status()).spent_cents == 1  # $0.005 rounded up
        await http.aclose()

    asyncio.run(main())
