"""The Concurrently step: flows side by side on the async runner (at most ``limit`` at a time), in turn on the
blocking one; after a failure no new flow starts, and the running ones finish."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from xache_ext.pipeline.callbacks import Callback
from xache_ext.pipeline.runner import run_async, run_sync
from xache_ext.pipeline.steps import NOT_STARTED, Concurrently, Flow


class Tracker:
    def __init__(self) -> None:
        self.running = 0
        self.most = 0
        self.started: list[int] = []

    async def work(self, n: int) -> int:
        self.running += 1
        self.most = max(self.most, self.running)
        self.started.append(n)
        await asyncio.sleep(0.01)
        self.running -= 1
        if n == 3:
            raise ValueError("three")
        return n * 10

    def work_blocking(self, n: int) -> int:
        self.started.append(n)
        if n == 3:
            raise ValueError("three")
        return n * 10


def _parent(tracker: Tracker, count: int, limit: int, blocking: bool) -> Flow[list[Any]]:
    def child(n: int) -> Flow[int]:
        value: int = yield Callback(tracker.work_blocking if blocking else tracker.work, (n,))
        return value

    outcomes: list[Any] = yield Concurrently(tuple(child(n) for n in range(count)), limit)
    return outcomes


def test_async_runs_at_most_limit_at_a_time_and_stops_after_a_failure() -> None:
    tracker = Tracker()

    async def main() -> list[Any]:
        async with httpx.AsyncClient() as http:
            return await run_async(http, _parent(tracker, 10, 3, blocking=False))

    outcomes = asyncio.run(main())
    assert tracker.most == 3  # side by side, bounded
    assert outcomes[:3] == [0, 10, 20] and isinstance(outcomes[3], ValueError)
    started = set(tracker.started)
    assert {0, 1, 2, 3} <= started and len(started) < 10  # flows queued behind the failure never started
    for n, outcome in enumerate(outcomes):
        assert (outcome is NOT_STARTED) == (n not in started)


def test_blocking_runs_in_turn_and_stops_after_a_failure() -> None:
    tracker = Tracker()
    with httpx.Client() as http:
        outcomes = run_sync(http, _parent(tracker, 6, 3, blocking=True))
    assert tracker.started == [0, 1, 2, 3]
    assert outcomes[:3] == [0, 10, 20] and isinstance(outcomes[3], ValueError)
    assert outcomes[4:] == [NOT_STARTED, NOT_STARTED]
