"""Clients may be entered again after they exit, as the official SDK's integrations expect; nested blocks
close at the outermost, and a closed client raises a typed error."""

from __future__ import annotations

import asyncio

import pytest

from xache_ext import ClientClosedError, XacheClient, XacheClientSync, XacheError
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


def test_a_closed_client_says_so_and_sends_nothing(xache_sandbox: Sandbox) -> None:
    ident = xache_sandbox.new_identity()
    with XacheClientSync(xache_sandbox.url, ident.did, ident.private_key) as blocking:
        blocking.budget.get_status()
    with pytest.raises(ClientClosedError, match="enter it again"):
        blocking.budget.get_status()

    async def main() -> None:
        async with XacheClient(xache_sandbox.url, ident.did, ident.private_key) as client:
            await client.budget.get_status()
        with pytest.raises(ClientClosedError):
            await client.budget.get_status()

    asyncio.run(main())
    assert issubclass(ClientClosedError, XacheError)


def test_nested_blocks_close_at_the_outermost(xache_sandbox: Sandbox) -> None:
    ident = xache_sandbox.new_identity()
    blocking = XacheClientSync(xache_sandbox.url, ident.did, ident.private_key)
    with blocking:
        with blocking:
            blocking.budget.get_status()
        blocking.budget.get_status()  # still open: the inner block did not close it
    with pytest.raises(ClientClosedError):
        blocking.budget.get_status()
    client = XacheClient(xache_sandbox.url, ident.did, ident.private_key)

    async def main() -> None:
        async with client:
            async with client:
                await client.budget.get_status()
            await client.budget.get_status()
        with pytest.raises(ClientClosedError):
            await client.budget.get_status()

    asyncio.run(main())


def test_the_async_client_in_a_plain_with_names_the_right_form() -> None:
    client = XacheClient("http://127.0.0.1:1", "did:agent:evm:0x" + "1" * 40)
    with pytest.raises(TypeError, match="async with"), client:
        pass
