"""Checked by ``make typecheck`` (mypy --strict), never run: the raw generated endpoints through ``client.api``
as a user sees them, typed by their success response only (an error status raises, it is never returned), so
``.data`` needs no isinstance or None check.
"""

from __future__ import annotations

from typing import assert_type

from xache_api.api.memory import store_memory
from xache_api.api.reputation import get_reputation
from xache_api.models import (
    MemoryStoreRequest,
    MemoryStoreResponse,
    MemoryStoreResult,
    ReputationSnapshot,
    ReputationSnapshotResponse,
)
from xache_api.types import Response

from xache_ext import XacheClient, XacheClientSync


def blocking(client: XacheClientSync, body: MemoryStoreRequest) -> None:
    snapshot = get_reputation.sync(client=client.api)
    assert_type(snapshot, ReputationSnapshotResponse)
    assert_type(get_reputation.sync(client=client.api).data, ReputationSnapshot)
    assert_type(get_reputation.sync(client=client.api).data.overall, float)
    detailed = get_reputation.sync_detailed(client=client.api)
    assert_type(detailed, Response[ReputationSnapshotResponse])
    assert_type(detailed.parsed.data, ReputationSnapshot)
    assert_type(store_memory.sync(client=client.api, body=body).data, MemoryStoreResult)


async def non_blocking(client: XacheClient, body: MemoryStoreRequest) -> None:
    assert_type((await get_reputation.asyncio(client=client.api)).data, ReputationSnapshot)
    detailed = await get_reputation.asyncio_detailed(client=client.api)
    assert_type(detailed.parsed, ReputationSnapshotResponse)
    assert_type(await store_memory.asyncio(client=client.api, body=body), MemoryStoreResponse)
