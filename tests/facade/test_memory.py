"""memory.*: every operation against the sandbox over loopback, blocking and async."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from harness import Connect
from input_errors import names_field

from xache_ext import (
    APIResponseValidationError,
    DecryptionError,
    InvalidKeyError,
    LastPageError,
    NotFoundError,
    ValidationError,
    XacheClientSync,
    XacheError,
)
from xache_ext.crypto.encryption import derive_encryption_key
from xache_ext.crypto.evm import private_key_to_address
from xache_ext.sandbox import Sandbox
from xache_ext.types.base import read
from xache_ext.types.memory import ProbeResult
from xache_ext.types.reputation import ERC8004EnableResponse


def test_store_and_retrieve_round_trip(connect: Connect) -> None:
    h = connect()
    stored = h(
        h.client.memory.store(data={"key": "value", "n": 1}, storage_tier="hot", context="prefs", tags=["a"])
    )
    assert stored.storage_key.startswith("mem_")
    assert stored.memory_id == stored.storage_key
    assert stored.receipt_id
    got = h(h.client.memory.retrieve(stored.memory_id))
    assert got.data == {"key": "value", "n": 1}
    assert got.storage_tier == "hot"
    assert h(h.client.memory.retrieve(storage_key=stored.storage_key)).data == got.data
    # one payment per paid call, each with a receipt
    assert [r.status for r in h.client.payments.records] == ["accepted", "accepted", "accepted"]
    assert all(r.receipt_id for r in h.client.payments.records)


def test_memory_is_encrypted_on_the_client(connect: Connect, xache_sandbox: Sandbox) -> None:
    h = connect()
    h(h.client.memory.store(data={"secret": "plaintext-marker-123"}, storage_tier="warm"))
    dump = "\n".join(str(row) for row in xache_sandbox.store.all("SELECT * FROM memories"))
    assert "plaintext-marker-123" not in dump


def test_delete_restore_purge_and_list_deleted(connect: Connect) -> None:
    h = connect()
    key = h(h.client.memory.store(data={"k": 1}, storage_tier="cold")).storage_key
    assert h(h.client.memory.delete(key)) is True
    deleted = h.collect(h(h.client.memory.list_deleted()))
    assert [m.storage_key for m in deleted] == [key]
    assert deleted[0].deleted_at is not None
    assert h(h.client.memory.restore(key)) is True
    assert h.collect(h(h.client.memory.list_deleted())) == []
    assert h(h.client.memory.retrieve(key)).data == {"k": 1}
    h(h.client.memory.delete(key))
    assert h(h.client.memory.purge(key)) is True
    with pytest.raises(NotFoundError) as caught:
        h(h.client.memory.retrieve(key))
    assert caught.value.status_code == 404
    assert caught.value.request_id


def test_list_filters_and_paginates(connect: Connect) -> None:
    h = connect()
    keys = [
        h(
            h.client.memory.store(data={"i": i}, storage_tier="hot" if i % 2 else "warm", context="ctx")
        ).storage_key
        for i in range(5)
    ]
    first = h(h.client.memory.list(limit=2))
    assert len(first.items) == 2 and first.total == 5
    assert first.has_next_page()
    second = h.next_page(first)
    assert second.offset == 2 and len(second.items) == 2
    last = h.next_page(second)
    assert not last.has_next_page()
    with pytest.raises(LastPageError, match="has_next_page"):  # an XacheError, and still a LookupError
        h.next_page(last)
    assert issubclass(LastPageError, XacheError) and issubclass(LastPageError, LookupError)
    everything = h.collect(h(h.client.memory.list(limit=2)))
    assert sorted(m.storage_key for m in everything) == sorted(keys)
    positional = h.collect(h(h.client.memory.list("ctx", None, 2, 1)))  # offset passed positionally
    assert [m.storage_key for m in positional] == [m.storage_key for m in everything][1:]
    hot = h.collect(h(h.client.memory.list(tier="hot")))
    assert len(hot) == 2 and {m.storage_tier for m in hot} == {"hot"}
    assert h.collect(h(h.client.memory.list(context="other"))) == []


def test_store_batch_and_retrieve_batch(connect: Connect) -> None:
    h = connect()
    items = [{"data": {"n": n}, "storage_tier": "hot", "tags": [f"t{n}"]} for n in range(3)]
    result = h(h.client.memory.store_batch(items))
    assert result.success_count == 3 and result.failure_count == 0
    keys = [r.storage_key for r in result.results]
    assert all(keys)
    fetched = h(h.client.memory.retrieve_batch([*keys, "mem_missing"]))
    assert [m.data for m in fetched.memories] == [{"n": 0}, {"n": 1}, {"n": 2}]
    assert fetched.failure_count == 1 and 3 in fetched.errors
    assert len(h.client.payments) == 2  # one payment per batch, not per item


def test_probe_finds_and_decrypts(connect: Connect) -> None:
    h = connect()
    h(h.client.memory.store(data={"preference": "dark mode theme"}, storage_tier="hot"))
    h(h.client.memory.store(data={"weather": "sunny afternoon"}, storage_tier="hot"))
    result = h(h.client.memory.probe("dark mode theme preference"))
    assert result.matches
    assert result.matches[0].data == {"preference": "dark mode theme"}
    bare = h(h.client.memory.probe("dark mode theme preference", retrieve=False))
    assert bare.matches[0].data is None


def test_get_current_encryption_key(connect: Connect) -> None:
    h = connect()
    key = h(h.client.memory.get_current_encryption_key())
    assert key == derive_encryption_key(h.identity.private_key, h.identity.did)


def test_another_key_cannot_read(connect: Connect) -> None:
    h = connect()
    key = h(h.client.memory.store(data={"k": "v"}, storage_tier="hot")).storage_key
    other = connect(h.identity, encryption_key="a different seed")
    with pytest.raises(DecryptionError):
        h(other.client.memory.retrieve(key))


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"data": {"a": 1}, "storage_tier": "lukewarm"}, "storage_tier"),
        ({"data": ["not", "a", "dict"], "storage_tier": "hot"}, "data"),
        ({"data": {"big": "x" * 3000}, "storage_tier": "hot"}, "data"),
        ({"data": {"a": 1}, "storage_tier": "hot", "subject_id": "nothex"}, "subject_id"),
        ({"data": {"a": 1}, "storage_tier": "hot", "scope": "WORLD"}, "scope"),
        ({"data": {"when": object()}, "storage_tier": "hot"}, "data"),
        ({"data": {"nan": float("nan")}, "storage_tier": "hot"}, "data"),
    ],
)
def test_store_validates_before_sending(connect: Connect, kwargs: dict, field: str) -> None:
    h = connect()
    with pytest.raises(ValidationError) as caught:
        h(h.client.memory.store(**kwargs))
    assert names_field(caught.value, field), caught.value.field
    assert len(h.client.payments) == 0


def test_batch_limits(connect: Connect) -> None:
    h = connect()
    with pytest.raises(ValidationError):
        h(h.client.memory.store_batch([]))
    with pytest.raises(ValidationError):
        h(h.client.memory.store_batch([{"data": {"i": i}, "storage_tier": "hot"} for i in range(101)]))
    # the tier is required, as in store()
    for call in (h.client.memory.store_batch, h.client.memory.store_many):
        with pytest.raises(ValidationError, match="storage_tier") as caught:
            h(call([{"data": {"a": 1}, "storage_tier": "hot"}, {"data": {"b": 2}}]))
        assert caught.value.field == "items[1].storage_tier"
    assert len(h.client.payments) == 0
    with pytest.raises(ValidationError):
        h(h.client.memory.retrieve_batch([]))
    with pytest.raises(ValidationError):
        h(h.client.memory.list(limit=101))
    for wrong in ("5", 2.5, True):  # a query value is checked as given, not as it reads on the wire
        with pytest.raises(ValidationError) as caught:
            h(h.client.memory.list(limit=wrong))  # type: ignore[arg-type]
        assert names_field(caught.value, "limit")


def test_subject_ids_scope_memories(connect: Connect) -> None:
    h = connect()
    subject = h.client.memory.derive_subject_id("customer-42")
    assert len(subject) == 64 and subject == h.client.memory.derive_subject_id("customer-42")
    python_style = connect(h.identity, subject_id_variant="python")
    assert python_style.client.memory.derive_subject_id("customer-42") != subject
    h(h.client.memory.store(data={"k": 1}, storage_tier="hot", subject_id=subject, scope="SUBJECT"))
    h(h.client.memory.store(data={"k": 2}, storage_tier="hot"))
    scoped = h.collect(h(h.client.memory.list(subject_id=subject)))
    assert len(scoped) == 1


def test_set_encryption_key(connect: Connect) -> None:
    h = connect()
    key = bytes(range(32))
    h.client.memory.set_encryption_key(key)
    assert h(h.client.memory.get_current_encryption_key()) == key
    stored = h(h.client.memory.store(data={"kms": True}, storage_tier="hot"))
    other = connect(h.identity, encryption_key="unrelated seed")
    other.client.memory.set_encryption_key(key)
    assert other(other.client.memory.retrieve(stored.memory_id)).data == {"kms": True}
    with pytest.raises(InvalidKeyError):
        h.client.memory.set_encryption_key(b"short")


KEY = "11" * 32
DID = f"did:agent:evm:{private_key_to_address(bytes.fromhex(KEY))}"
PAGE = {"total": 1, "limit": 50, "offset": 0}


def answering(data: Any) -> XacheClientSync:
    """A blocking client whose every call gets a 200 envelope carrying ``data``."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"success": True, "data": data, "meta": {"requestId": "req_1"}})

    return XacheClientSync(
        "http://xache.test", DID, KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )


@pytest.mark.parametrize(
    ("call", "data", "where"),
    [
        (lambda c: c.memory.store(data={"a": 1}, storage_tier="hot"), {}, "data.storageTier"),
        (
            lambda c: c.memory.store(data={"a": 1}, storage_tier="hot"),
            {"storageKey": "k", "size": 1},
            "data.",
        ),
        (lambda c: c.memory.store(data={"a": 1}, storage_tier="hot"), "stored", "data"),
        (lambda c: c.memory.retrieve("mem_1_a"), {}, "data."),
        (lambda c: c.memory.delete("mem_1_a"), {}, "data.deleted"),
        (lambda c: c.memory.restore("mem_1_a"), {"storageKey": "k"}, "data.restored"),
        (lambda c: c.memory.purge("mem_1_a"), ["purged"], "data"),
        (lambda c: c.memory.list(), {"memories": "none", **PAGE}, "data.memories"),
        (
            lambda c: c.memory.store_batch([{"data": {"a": 1}, "storage_tier": "hot"}]),
            {"results": []},
            "data.",
        ),
        (
            lambda c: c.memory.retrieve_batch(["mem_1_a"]),
            {"successCount": 0, "failureCount": 0},
            "data.results",
        ),
        (
            lambda c: c.memory.probe("dark mode", retrieve=False),
            {"matches": [{"category": "fact"}], "total": 1},
            "data.matches[0].storageKey",
        ),
        # shapes the spec lets through but the result types cannot hold (checked by the converter)
        (
            lambda c: c.memory.list(),
            {"memories": [{"createdAt": "last week"}], **PAGE},
            "data.memories[0].createdAt",
        ),
        (
            lambda c: c.memory.list_deleted(),
            {"memories": [{"storageKey": "k", "deletedAt": "soon"}], **PAGE},
            "data.memories[0].deletedAt",
        ),
    ],
)
def test_a_malformed_success_raises(call: Callable[[XacheClientSync], Any], data: Any, where: str) -> None:
    with answering(data) as client, pytest.raises(APIResponseValidationError) as caught:
        call(client)
    assert caught.value.status_code == 200 and caught.value.request_id == "req_1"
    assert where in str(caught.value)


def test_answers_are_read_in_either_sdks_spelling() -> None:
    python_sdk_layout = {"memoryId": "mem_py", "storageTier": "hot", "size": 10, "receiptId": "r", "extra": 7}
    with answering(python_sdk_layout) as client:
        stored = client.memory.store(data={"a": 1}, storage_tier="hot")
    assert (stored.storage_key, stored.memory_id, stored.storage_tier, stored.size) == (
        "mem_py",
        "mem_py",
        "hot",
        10,
    )
    assert stored["storageKey"] == "mem_py" and stored["receipt_id"] == "r" and stored.get("extra") == 7
    assert stored.to_dict() == python_sdk_layout
    # read as the official SDK's dict results are: membership, iteration, items
    assert "memoryId" in stored and "storage_tier" in stored and "extra" in stored
    assert "nothing" not in stored and 0 not in stored
    assert list(stored) == list(python_sdk_layout) and dict(stored) == python_sdk_layout
    assert stored.items() == list(python_sdk_layout.items()) and stored.values()[-1] == 7
    assert stored.keys() == list(python_sdk_layout) and bool(stored)
    assert (
        "anchoringTier" not in stored and "anchoring_tier" not in stored
    )  # declared, but not in this answer
    with pytest.raises(KeyError):
        stored[0]  # type: ignore[index]


def test_a_list_result_holds_its_items_and_its_fields() -> None:
    from xache_ext.types.royalty import TopEarners

    earners = read(
        TopEarners, {"topEarners": [{"rank": 1, "agentDID": DID, "totalEarnedUSD": "2"}], "total": 1}
    )
    (first,) = earners
    assert first in earners and "total" in earners and "topEarners" in earners and len(earners) == 1
    assert "nothing" not in earners and object() not in earners
    built = TopEarners(
        top_earners=[], total=0
    )  # a result the SDK builds itself (no answer): its declared fields
    assert "topEarners" in built and built.keys() == ["topEarners", "total"] and dict(built)["total"] == 0
    assert bool(read(ProbeResult, {"matches": [], "total": 0}))  # never falsy (a list result: by its items)
    assert read(ERC8004EnableResponse, {}).keys() == []  # an empty answer has no fields, whatever is declared


def test_a_retrieved_memory_holds_its_decrypted_data(connect: Connect) -> None:
    """``data`` is set by the SDK after reading (the answer carries only ciphertext): it is in the result."""
    h = connect()
    stored = h(h.client.memory.store(data={"theme": "dark"}, storage_tier="hot"))
    got = h(h.client.memory.retrieve(stored.memory_id))
    assert "data" in got and dict(got)["data"] == {"theme": "dark"} and "encryptedPayload" in got
    item = {
        "storage_key": "k1",
        "agentDID": DID,
        "storageTier": "cold",
        "encryptedSize": 9,
        "created_at": "2026-01-02T03:04:05Z",
    }
    with answering({"memories": [item], **PAGE}) as client:
        (summary,) = client.memory.list().items
    assert (summary.storage_key, summary.agent_did, summary.storage_tier, summary.size_bytes) == (
        "k1",
        DID,
        "cold",
        9,
    )
    assert summary.created_at == dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC) and summary.tags == []


def test_a_store_answer_without_a_key_keeps_the_key_we_chose() -> None:
    seen: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content))
        return httpx.Response(200, json={"success": True, "data": {"storageTier": "hot", "receiptId": "r"}})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with XacheClientSync("http://xache.test", DID, KEY, http_client=http) as client:
        stored = client.memory.store(data={"a": 1}, storage_tier="hot")
    assert stored.storage_key == seen[0]["storageKey"] and stored.size == 0
