"""memory.store_many: any number of memories in paid batches, checked before the first one is sent."""

from __future__ import annotations

from typing import Any

import pytest
from harness import Connect
from input_errors import names_field

from xache_ext import PaymentError, StoreManyError, ValidationError
from xache_ext.payments.policy import PaymentPolicy


def _items(count: int) -> list[dict[str, Any]]:
    return [{"data": {"n": n}, "storage_tier": "hot", "context": "bulk"} for n in range(count)]


def test_store_many_stores_everything_in_batches(connect: Connect) -> None:
    h = connect()
    progress: list[tuple[int, int]] = []
    result = h(
        h.client.memory.store_many(_items(230), concurrency=3, on_progress=lambda *p: progress.append(p))
    )
    assert result.total == 230 and result.success_count == 230 and result.failure_count == 0
    assert [r.index for r in result.results] == list(range(230))
    assert len(h.client.payments) == 3 == len(result.batch_receipt_ids)  # batches of 100, 100, 30
    assert sorted(progress) == progress and progress[-1] == (230, 230) and len(progress) == 3
    keys = result.storage_keys
    assert all(keys) and len(set(keys)) == 230
    fetched = h(h.client.memory.retrieve_batch([keys[0], keys[150], keys[229]]))
    assert [m.data for m in fetched.memories] == [{"n": 0}, {"n": 150}, {"n": 229}]


def test_chunk_size_and_an_async_progress_callback(connect: Connect) -> None:
    h = connect()
    seen: list[int] = []

    async def record(stored: int, total: int) -> None:
        seen.append(stored)

    def plain(stored: int, total: int) -> None:
        seen.append(stored)

    result = h(
        h.client.memory.store_many(_items(25), chunk_size=10, on_progress=record if h.is_async else plain)
    )
    assert result.success_count == 25 and len(h.client.payments) == 3
    assert sorted(seen) == seen and seen[-1] == 25


@pytest.mark.parametrize(
    ("items", "field"),
    [
        ([*_items(150), {"data": ["not", "a", "dict"], "storage_tier": "hot"}], "items[150].data"),
        ([*_items(120), {"data": {"a": 1}, "storage_tier": "lukewarm"}], "items[120]"),
        ([*_items(3), {"data": {"a": 1}, "color": "red"}], "items[3]"),
        ("not a list", "items"),
    ],
    ids=["bad-data", "bad-tier", "unknown-key", "not-a-list"],
)
def test_a_bad_item_anywhere_is_refused_before_anything_is_paid(
    connect: Connect, items: Any, field: str
) -> None:
    h = connect()
    with pytest.raises(ValidationError) as caught:
        h(h.client.memory.store_many(items))
    assert names_field(caught.value, field), caught.value.field
    assert len(h.client.payments) == 0


@pytest.mark.parametrize(
    "kwargs",
    [{"chunk_size": 0}, {"chunk_size": 101}, {"chunk_size": True}, {"concurrency": 0}, {"on_progress": "no"}],
)
def test_options_are_checked(connect: Connect, kwargs: dict[str, Any]) -> None:
    h = connect()
    with pytest.raises(ValidationError) as caught:
        h(h.client.memory.store_many(_items(2), **kwargs))
    assert names_field(caught.value, next(iter(kwargs)))


def test_a_failed_batch_stops_the_rest_and_keeps_what_was_stored(connect: Connect) -> None:
    """The policy allows two batch payments; the third batch is refused, and nothing stored is lost."""
    per_batch = 90_000  # 100 items at the spec's $0.0009 each, in USDC atomic units
    h = connect(payment_policy=PaymentPolicy(max_total=2 * per_batch))
    with pytest.raises(StoreManyError) as caught:
        h(h.client.memory.store_many(_items(400), concurrency=1))
    error = caught.value
    assert isinstance(error.error, PaymentError) and error.__cause__ is error.error
    partial = error.result
    assert partial.success_count == 200 and partial.failure_count == 200
    assert all(k is not None for k in partial.storage_keys[:200])
    assert [r.error for r in partial.results[200:300]] == [partial.results[200].error] * 100
    assert "batch failed" in (partial.results[200].error or "")
    assert all("not sent" in (r.error or "") for r in partial.results[300:])
    assert len([p for p in h.client.payments if p.status == "accepted"]) == 2


def test_a_failing_progress_callback_stops_further_batches(connect: Connect) -> None:
    h = connect()

    def stop(stored: int, total: int) -> None:
        raise RuntimeError("enough")

    with pytest.raises(StoreManyError) as caught:
        h(h.client.memory.store_many(_items(300), concurrency=1, on_progress=stop))
    assert isinstance(caught.value.error, RuntimeError)
    assert caught.value.result.success_count == 100  # the first batch was stored before its callback ran
    assert len(h.client.payments) == 1


def test_a_failing_callback_is_named_as_the_cause(connect: Connect) -> None:
    h = connect()
    with pytest.raises(StoreManyError, match=r"progress callback raised .*ZeroDivisionError") as caught:
        h(h.client.memory.store_many(_items(1), on_progress=lambda done, total: 1 / 0))
    assert caught.value.result.success_count == 1
