"""Checked by ``make typecheck`` (mypy --strict), never run: the facade's types as a user sees them.

The same operation is a plain method on ``XacheClientSync`` and a coroutine on ``XacheClient``.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import assert_type

from xache_ext import AsyncPage, AsyncPager, Page, XacheClient, XacheClientSync
from xache_ext.services.wallet import FundingStatus, WalletBalance
from xache_ext.types.budget import BudgetStatus
from xache_ext.types.ephemeral import EphemeralSession
from xache_ext.types.memory import MemorySummary, RetrievedMemory, StoredMemory
from xache_ext.types.reputation import ReputationSnapshot
from xache_ext.types.workspaces import WorkspaceList


def blocking(client: XacheClientSync) -> None:
    stored = client.memory.store(data={"a": 1}, storage_tier="hot")
    assert_type(stored, StoredMemory)
    assert_type(client.memory.retrieve(stored.memory_id), RetrievedMemory)
    assert_type(client.memory.list(limit=10), Page[MemorySummary])
    assert_type(client.budget.get_status(), BudgetStatus)
    assert_type(client.budget.can_afford(10), bool)
    assert_type(client.reputation.get_reputation(), ReputationSnapshot)
    assert_type(client.workspaces.list(), WorkspaceList)
    assert_type(client.ephemeral.list_sessions(), Page[EphemeralSession])
    assert_type(client.wallet.get_balance("base-sepolia"), WalletBalance)
    assert_type(client.wallet.get_onramp_url(amount=10), str)


async def non_blocking(client: XacheClient) -> None:
    pending = client.memory.store(data={"a": 1}, storage_tier="hot")
    assert_type(pending, Awaitable[StoredMemory])
    stored = await pending
    assert_type(await client.memory.retrieve(stored.memory_id), RetrievedMemory)
    assert_type(client.memory.list(), AsyncPager[MemorySummary])
    page = await client.memory.list()
    assert_type(page, AsyncPage[MemorySummary])
    async for item in page:
        assert_type(item, MemorySummary)
    async for item in client.memory.list(context="x"):  # every item of every page, no await needed
        assert_type(item, MemorySummary)
    assert_type(await client.budget.get_status(), BudgetStatus)
    assert_type(await client.reputation.get_reputation(), ReputationSnapshot)
    assert_type(await client.ephemeral.list_sessions(), AsyncPage[EphemeralSession])
    assert_type(await client.wallet.get_all_balances(), list[WalletBalance])
    assert_type(await client.wallet.needs_funding(threshold=5), FundingStatus)
