"""Async tests with the pytest plugin's ``xache_async`` marker (no pytest-asyncio needed)."""

from __future__ import annotations

import pytest

from xache_ext import XacheClient
from xache_ext.sandbox import Sandbox

pytest_plugins = ["pytester"]


@pytest.mark.xache_async
async def test_an_async_test_against_the_sandbox(xache_sandbox: Sandbox) -> None:
    ident = xache_sandbox.test_identity
    async with XacheClient(api_url=xache_sandbox.url, did=ident.did, private_key=ident.private_key) as client:
        stored = await client.memory.store(data={"async": True}, storage_tier="hot")
        assert (await client.memory.retrieve(stored.memory_id)).data == {"async": True}
        assert (await client.budget.get_status()).spent_cents == 1


INNER = """
import asyncio
import pytest

pytest_plugins = ["xache_ext.sandbox.pytest_plugin"]
RAN = []


@pytest.mark.xache_async
async def test_runs(xache_sandbox):
    await asyncio.sleep(0)
    RAN.append(xache_sandbox.url)


@pytest.mark.xache_async
async def test_its_failures_count():
    await asyncio.sleep(0)
    assert False, "inside the coroutine"


@pytest.mark.xache_async
def test_not_async():
    pass


def test_the_coroutine_ran():
    assert RAN and RAN[0].startswith("http://127.0.0.1:")
"""


def test_the_marker_runs_the_coroutine_and_reports_its_outcome(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_inner=INNER)
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider", "-p", "no:anyio")
    result.assert_outcomes(passed=2, failed=2)
    result.stdout.fnmatch_lines(["*inside the coroutine*", "*xache_async* is for 'async def' tests*"])
