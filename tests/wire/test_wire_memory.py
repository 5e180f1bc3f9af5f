"""A recorded memory session: every memory operation of the facade, paid ones through 402 and the paid retry."""

from __future__ import annotations

import pytest

from .conftest import WireEnv

pytestmark = pytest.mark.vcr

NOTE = {"note": "prefers the dark mode theme in every editor", "n": 1}


def test_memory_session(wire: WireEnv) -> None:
    with wire.client() as client:
        assert len(client.memory.get_current_encryption_key()) == 32
        subject = client.memory.derive_subject_id("customer-42")
        stored = client.memory.store(data=NOTE, storage_tier="hot", context="wire.memory", tags=["t1"])
        assert stored.storage_key and stored.receipt_id
        got = client.memory.retrieve(stored.storage_key)
        assert got.data == NOTE  # decrypted from the recorded ciphertext
        scoped = client.memory.store(data={"s": 1}, storage_tier="warm", subject_id=subject, scope="SUBJECT")
        listed = list(client.memory.list(context="wire.memory", limit=10))
        assert [m.storage_key for m in listed] == [stored.storage_key]
        batch = client.memory.store_batch([{"data": {"i": i}, "storage_tier": "cold"} for i in range(3)])
        keys = [r.storage_key for r in batch.results]
        assert batch.success_count == 3 and all(keys)
        many = client.memory.retrieve_batch(keys)
        assert [m.data for m in many.memories] == [{"i": i} for i in range(3)]
        probed = client.memory.probe("dark mode theme", limit=5)
        assert NOTE in [m.data for m in probed.matches]
        assert client.memory.delete(keys[0])
        deleted = list(client.memory.list_deleted(limit=10))
        assert [d.storage_key for d in deleted] == [keys[0]]
        assert client.memory.restore(keys[0])
        assert client.memory.purge(scoped.storage_key)
    # Paid through 402 and the paid retry: 2 stores, the retrieve, the batch store and both batch retrieves.
    assert len(client.payments) == 6
