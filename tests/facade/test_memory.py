"""memory.*: every operation against the sandbox over loopback, blocking and async."""

from __future__ import annotations

import pytest
from harness import Connect

from xache_ext import DecryptionError, InvalidKeyError, NotFoundError, ValidationError
from xache_ext.crypto.encryption import derive_encryption_key
from xache_ext.sandbox import Sandbox


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
    assert caught.value.field == field
    assert len(h.client.payments) == 0


def test_batch_limits(connect: Connect) -> None:
    h = connect()
    with pytest.raises(ValidationError):
        h(h.client.memory.store_batch([]))
    with pytest.raises(ValidationError):
        h(h.client.memory.store_batch([{"data": {"i": i}, "storage_tier": "hot"} for i in range(101)]))
    with pytest.raises(ValidationError):
        h(h.client.memory.retrieve_batch([]))
    with pytest.raises(ValidationError):
        h(h.client.memory.list(limit=101))


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
