"""The optional aiohttp transport (the ``aiohttp`` extra) runs the whole flow, payments included."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from xache_ext import APIConnectionError, XacheClient
from xache_ext.pipeline.transport import aiohttp_transport
from xache_ext.sandbox import Sandbox


def test_paid_round_trip_over_aiohttp(xache_sandbox: Sandbox) -> None:
    ident = xache_sandbox.new_identity()

    async def main() -> None:
        http = httpx.AsyncClient(transport=aiohttp_transport())
        async with XacheClient(xache_sandbox.url, ident.did, ident.private_key, http_client=http) as client:
            stored = await client.memory.store(data={"over": "aiohttp"}, storage_tier="hot")
            assert (await client.memory.retrieve(stored.memory_id)).data == {"over": "aiohttp"}
            assert [r.status for r in client.payments.records] == ["accepted", "accepted"]
        await http.aclose()

    asyncio.run(main())


def test_connection_errors_are_mapped_over_aiohttp() -> None:
    async def main() -> None:
        http = httpx.AsyncClient(transport=aiohttp_transport())
        async with XacheClient("http://127.0.0.1:9", http_client=http, max_retries=0) as client:
            with pytest.raises(APIConnectionError):
                await client.collective.list_heuristics()
        await http.aclose()

    asyncio.run(main())
