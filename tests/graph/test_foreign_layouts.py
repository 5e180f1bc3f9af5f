"""Graphs written by the official SDKs load: the TypeScript layout and keys, and the Python SDK's.

The memories are written here byte by byte as reference §3.2-§3.6 describes each SDK's writes, with PyNaCl
and hashlib directly (not the SDK's own crypto), through the generated low-level client: TypeScript's
``encryptedPayload`` (base64url MAC||ciphertext) + ``encryptionNonce`` + BLAKE2b checksum, client storage
keys, HMAC-SHA-512/256 entity keys, ``toISOString`` times and its merge (the source's last version keeps its
first ``validFrom``); the Python SDK's ``encryptedData`` (base64 nonce||MAC||ciphertext of ``json.dumps``),
HMAC-SHA-256 keys and ``isoformat`` times.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from typing import Any

from harness import Connect
from nacl.bindings import crypto_secretbox
from xache_api.api.memory import store_memory
from xache_api.models import MemoryStoreRequest

from xache_ext import XacheClientSync
from xache_ext.crypto.encryption import derive_encryption_key
from xache_ext.graph import Entity
from xache_ext.sandbox import Sandbox

ENTITY, RELATIONSHIP = "xache.graph.entity", "xache.graph.relationship"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class Writer:
    """Stores graph memories as one official SDK would, for one agent."""

    def __init__(self, sandbox: Sandbox, did: str, private_key: str, layout: str) -> None:
        self.client = XacheClientSync(sandbox.url, did, private_key)
        self.key = derive_encryption_key(private_key, did)
        self.layout = layout
        self.hmac_key = hashlib.blake2b(self.key, digest_size=32).digest()

    def entity_key(self, name: str) -> str:
        message = f"xache:entity:v1:{name.strip().lower()}".encode()
        if self.layout == "typescript":
            return hmac.new(self.hmac_key, message, "sha512").digest()[:32].hex()
        return hmac.new(self.hmac_key, message, "sha256").hexdigest()

    def store(
        self,
        data: dict[str, Any],
        context: str,
        tags: list[str],
        metadata: dict[str, Any],
        subject_id: str,
        storage_key: str | None = None,
    ) -> str:
        nonce = secrets.token_bytes(24)
        body: dict[str, Any]
        if self.layout == "typescript":
            sealed = crypto_secretbox(json.dumps(data, separators=(",", ":")).encode(), nonce, self.key)
            patterns = crypto_secretbox(
                b'{"extracted":[],"contributed":[],"quality":0,"domain":"x"}',
                secrets.token_bytes(24),
                self.key,
            )
            body = {
                "storageKey": storage_key or f"mem_1735689600000_{secrets.token_hex(5)}",
                "encryptedPayload": b64url(sealed),
                "encryptedPatterns": b64url(patterns),
                "encryptionNonce": b64url(nonce),
                "checksum": hashlib.blake2b(sealed, digest_size=32).hexdigest(),
            }
        else:
            sealed = crypto_secretbox(json.dumps(data).encode(), nonce, self.key)
            body = {"encryptedData": base64.b64encode(nonce + sealed).decode()}
        body.update(
            storageTier="hot",
            context=context,
            tags=tags,
            metadata=metadata,
            subjectId=subject_id,
            scope="SUBJECT",
        )
        response = store_memory.sync_detailed(client=self.client.api, body=MemoryStoreRequest.from_dict(body))
        assert response.status_code in (200, 201), response.content
        reply = json.loads(response.content)["data"]
        return str(reply.get("storageKey") or reply["memoryId"])

    def entity(
        self,
        name: str,
        kind: str,
        summary: str,
        valid_from: str,
        version: int,
        subject_id: str,
        valid_to: str | None = None,
        superseded_by: str | None = None,
        storage_key: str | None = None,
    ) -> str:
        key = self.entity_key(name)
        meta: dict[str, Any] = {
            "entityType": kind,
            "entityKey": key,
            "validFrom": valid_from,
            "validTo": valid_to,
            "version": version,
        }
        if superseded_by:
            meta["supersededBy"] = superseded_by
        data = {"name": name, "summary": summary, "attributes": {"v": version}}
        return self.store(data, ENTITY, [f"et:{kind}", f"ek:{key}"], meta, subject_id, storage_key)

    def relationship(self, source: str, target: str, kind: str, valid_from: str, subject_id: str) -> str:
        a, b = self.entity_key(source), self.entity_key(target)
        meta = {
            "relationType": kind,
            "fromEntityKey": a,
            "toEntityKey": b,
            "validFrom": valid_from,
            "validTo": None,
            "version": 1,
        }
        return self.store(
            {"description": f"{source} {kind} {target}", "attributes": {}},
            RELATIONSHIP,
            [f"rt:{kind}", f"from:{a}", f"to:{b}"],
            meta,
            subject_id,
        )


def names(entities: list[Entity]) -> list[str]:
    return sorted(e.name for e in entities)


def test_a_graph_written_by_the_typescript_sdk_loads(connect: Connect, xache_sandbox: Sandbox) -> None:
    h = connect()
    ts = Writer(xache_sandbox, h.identity.did, h.identity.private_key, "typescript")
    sid = h(h.client.derive_subject_id("ts-customer"))
    day = "2025-0{}-01T09:30:00.000Z".format
    ts.entity("Alice Chen", "person", "Engineer", day(1), 1, sid)
    ts.entity("Acme Corp", "organization", "A company", day(1), 1, sid)
    ts.entity("Bob", "person", "Colleague", day(1), 1, sid)
    ts.entity("Robert Smith", "person", "", day(1), 1, sid)
    ts.relationship("Alice Chen", "Acme Corp", "works_at", day(1), sid)
    ts.relationship("Bob", "Alice Chen", "knows", day(1), sid)
    ts.entity("Alice Chen", "person", "CTO", day(2), 2, sid)  # what TypeScript's extract writes for an update
    robert2 = f"mem_1740000000000_{secrets.token_hex(5)}"
    ts.entity("Robert Smith", "person", "Colleague", day(3), 2, sid, storage_key=robert2)  # mergeEntities
    ts.entity("Bob", "person", "Colleague", day(1), 2, sid, valid_to=day(3), superseded_by=robert2)

    g = h.client.graph
    assert h(g.derive_entity_key("Alice Chen")) == ts.entity_key("Alice Chen")  # our default keys are TS's
    subject = h.client.create_subject_context(sid)
    now = h(g.load(subject))
    assert names(now.entities) == ["Acme Corp", "Alice Chen", "Robert Smith"]
    assert now.get_entity("alice chen").summary == "CTO"  # type: ignore[union-attr]
    assert names(now.neighbors("Alice Chen")) == ["Acme Corp", "Robert Smith"]
    assert [r.type for r in now.path("Robert Smith", "Acme Corp")] == ["knows", "works_at"]
    then = h(g.load(subject, valid_at="2025-01-15T00:00:00Z"))
    assert names(then.entities) == ["Acme Corp", "Alice Chen", "Bob", "Robert Smith"]
    assert names(then.neighbors("Bob")) == ["Alice Chen"]
    assert h(g.get_entity_at("Alice Chen", "2025-01-15T00:00:00Z", subject)).summary == "Engineer"  # type: ignore[union-attr]
    assert h(g.get_entity_at("Alice Chen", "2025-02-15T00:00:00Z", subject)).summary == "CTO"  # type: ignore[union-attr]
    assert h(g.get_entity_at("Bob", "2025-03-02T00:00:00Z", subject)) is None
    assert [e.summary for e in h(g.get_entity_history("Alice Chen", subject))] == ["Engineer", "CTO"]

    # Ours then writes into the TypeScript graph: the same keys, the next versions.
    added = h(g.add_entity("Alice Chen", "person", subject, "CEO"))
    assert (added.key, added.version) == (ts.entity_key("Alice Chen"), 3)
    assert h(g.load(subject)).get_entity("Alice Chen").summary == "CEO"  # type: ignore[union-attr]


def test_a_graph_written_by_the_python_sdk_loads(connect: Connect, xache_sandbox: Sandbox) -> None:
    h = connect()
    py = Writer(xache_sandbox, h.identity.did, h.identity.private_key, "python")
    sid = h(h.client.derive_subject_id("py-customer"))
    py.entity("Ada", "person", "Mathematician", "2025-01-01T10:00:00.123456+00:00", 1, sid)
    py.entity("Engine", "tool", "Analytical engine", "2025-01-01T10:00:01.000001+00:00", 1, sid)
    py.relationship("Ada", "Engine", "uses", "2025-01-01T10:00:02.5+00:00", sid)
    py.entity("Ada", "person", "Countess", "2025-06-01T10:00:00+00:00", 2, sid)

    g = h.client.graph
    assert h(g.derive_entity_key("Ada")) != py.entity_key("Ada")  # Python SDK keys differ ...
    subject = {"subject_id": sid, "scope": "SUBJECT"}
    graph = h(g.load(subject))
    assert names(graph.neighbors("Ada")) == ["Engine"] and graph.get_entity("ada").summary == "Countess"  # type: ignore[union-attr]
    assert graph.get_entity("Ada").key == py.entity_key("Ada")  # type: ignore[union-attr]
    # ... but look-ups by name find them.
    assert [e.summary for e in h(g.get_entity_history("Ada", subject))] == ["Mathematician", "Countess"]
    assert h(g.get_entity_at("Ada", "2025-03-01T00:00:00Z", subject)).summary == "Mathematician"  # type: ignore[union-attr]
    assert names(h(g.query("Engine", subject, depth=1)).entities) == ["Ada", "Engine"]
    added = h(g.add_entity("Ada", "person", subject, "Programmer"))
    assert (added.key, added.version) == (py.entity_key("Ada"), 3)  # joins the existing entity
