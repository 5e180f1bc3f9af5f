"""A graph written by the official Python SDK 5.13.0 itself (``client.graph.add_*``) loads in ours.

It runs on the interop sandbox (paid operations at $0, since the official SDK cannot pay). The official
SDK cannot read graphs back (its ``load`` decodes ``encryptedPayload`` as padded base64), so only this
direction is checked here; the other is covered by the TypeScript layout we write.
"""

from __future__ import annotations

import asyncio

import pytest
from interop.conftest import InteropServer, interop_server  # noqa: F401  (fixture)

from xache_ext import XacheClient

xache = pytest.importorskip("xache")

pytestmark = pytest.mark.interop


def test_the_official_python_sdk_writes_ours_loads(interop_server: InteropServer) -> None:  # noqa: F811
    async def scenario() -> None:
        ident = interop_server.new_identity("evm")
        official = xache.XacheClient(api_url=interop_server.url, did=ident.did, private_key=ident.private_key)
        ours = XacheClient(api_url=interop_server.url, did=ident.did, private_key=ident.private_key)
        async with official, ours:
            subject = {"subject_id": await official.derive_subject_id("customer"), "scope": "SUBJECT"}
            alice = await official.graph.add_entity("Alice Chen", "person", subject, "CTO", {"level": 2})
            await official.graph.add_entity("Acme Corp", "organization", subject, "A company")
            await official.graph.add_relationship(
                "Alice Chen", "Acme Corp", "works_at", subject, "since 2020"
            )
            graph = await ours.graph.load(subject)
            assert sorted(e.name for e in graph.entities) == ["Acme Corp", "Alice Chen"]
            entity = graph.get_entity("Alice Chen")
            assert entity is not None and entity.key == alice.key  # the official SDK's HMAC-SHA-256 key
            assert (entity.summary, dict(entity.attributes)) == ("CTO", {"level": 2})
            assert [e.name for e in graph.neighbors("Acme Corp")] == ["Alice Chen"]
            assert graph.relationships[0].description == "since 2020"
            history = await ours.graph.get_entity_history("alice chen", subject)
            assert [e.storage_key for e in history] == [alice.storage_key]
            at = await ours.graph.get_entity_at("Alice Chen", alice.valid_from, subject)
            assert at is not None and at.summary == "CTO"

    asyncio.run(scenario())
    writes = [c for c in interop_server.recorder.take() if c.target == "/v1/memory/store"]
    assert len(writes) == 3 and all(b'"encryptedData": "' in c.body for c in writes)  # the official layout
