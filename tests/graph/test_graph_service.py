"""client.graph against the sandbox, blocking and async: versions, merges, time travel, the stored layout."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from facade.scripted import answering
from harness import Connect

from xache_ext import APIResponseValidationError, NotFoundError, ValidationError
from xache_ext.crypto.subject import create_subject_context
from xache_ext.graph import Entity, Graph
from xache_ext.sandbox import Sandbox

TS_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")


def names(entities: list[Entity]) -> list[str]:
    return sorted(e.name for e in entities)


def test_a_graph_with_versions_and_a_merge_reads_right_now_and_in_the_past(
    connect: Connect, xache_sandbox: Sandbox
) -> None:
    h = connect()
    g = h.client.graph
    subject = create_subject_context(h(h.client.derive_subject_id("customer-7")))
    alice = h(g.add_entity("Alice Chen", "person", subject, "Engineer at Acme", {"level": 1}))
    h(g.add_entity("Acme Corp", "organization", subject, "A tech company"))
    bob = h(g.add_entity("Bob", "person", subject, "Alice's colleague", {"team": "infra", "level": 3}))
    robert = h(
        g.add_entity("Robert Smith", "person", subject, attributes={"email": "rs@example.com", "level": 4})
    )
    works = h(g.add_relationship("Alice Chen", "Acme Corp", "works_at", subject, "since 2020"))
    knows = h(g.add_relationship("Bob", "Alice Chen", "knows", subject))
    before = max(alice.valid_from, bob.valid_from, robert.valid_from, works.valid_from, knows.valid_from)

    alice2 = h(g.add_entity("Alice Chen", "person", subject, "CTO of Acme", {"level": 2}))
    merged = h(g.merge_entities("Bob", "Robert Smith", subject))

    assert (alice2.key, alice2.version, alice.version) == (alice.key, 2, 1)
    assert alice2.valid_from > before and merged.valid_from > alice2.valid_from
    assert alice.key == h(g.derive_entity_key("  ALICE CHEN "))
    assert merged.name == "Robert Smith" and merged.version == 2
    assert merged.summary == "Alice's colleague"  # the target had none
    assert merged.attributes == {"team": "infra", "level": 4, "email": "rs@example.com"}  # the target wins

    now = h(g.load(subject))
    assert isinstance(now, Graph)
    assert names(now.entities) == ["Acme Corp", "Alice Chen", "Robert Smith"]
    assert now.get_entity("Alice Chen").summary == "CTO of Acme"  # type: ignore[union-attr]
    assert names(now.neighbors("Alice Chen")) == ["Acme Corp", "Robert Smith"]  # Bob's edge follows the merge
    assert names(now.neighbors("Robert Smith", direction="outgoing")) == ["Alice Chen"]
    assert [r.type for r in now.path("Robert Smith", "Acme Corp")] == ["knows", "works_at"]
    assert [e.name for e in now.path_entities("Acme Corp", "Robert Smith")] == [
        "Acme Corp",
        "Alice Chen",
        "Robert Smith",
    ]

    then = h(g.load(subject, valid_at=before))
    assert names(then.entities) == ["Acme Corp", "Alice Chen", "Bob", "Robert Smith"]
    assert then.get_entity("Alice Chen").summary == "Engineer at Acme"  # type: ignore[union-attr]
    assert names(then.neighbors("Alice Chen")) == ["Acme Corp", "Bob"]
    assert then.neighbors("Robert Smith") == []
    assert names(h(g.load(subject, entity_types=["organization"])).entities) == ["Acme Corp"]

    history = h(g.get_entity_history("Alice Chen", subject))
    assert [(e.version, e.summary) for e in history] == [(1, "Engineer at Acme"), (2, "CTO of Acme")]
    assert history[0].valid_to == alice2.valid_from and history[1].valid_to is None
    assert h(g.get_entity_at("Alice Chen", alice.valid_from, subject)).summary == "Engineer at Acme"  # type: ignore[union-attr]
    assert h(g.get_entity_at(alice.key, alice2.valid_from.isoformat(), subject)).version == 2  # type: ignore[union-attr]
    assert h(g.get_entity_at("Alice Chen", alice.valid_from - dt.timedelta(seconds=1), subject)) is None
    assert h(g.get_entity_at("Bob", before, subject)).name == "Bob"  # type: ignore[union-attr]
    assert h(g.get_entity_at("Bob", merged.valid_from, subject)) is None
    bob_history = h(g.get_entity_history("Bob", subject))
    assert [e.superseded_by for e in bob_history] == [None, merged.storage_key]

    local = h(g.query("Robert Smith", subject, depth=1))
    assert names(local.entities) == ["Alice Chen", "Robert Smith"]
    assert names(h(g.query("Robert Smith", subject, 1, relationship_types=["works_at"])).entities) == [
        "Robert Smith"
    ]
    assert names(h(g.query("Acme Corp", subject, depth=1, valid_at=before)).entities) == [
        "Acme Corp",
        "Alice Chen",
    ]

    # On the server: the TypeScript layout, nothing readable, every memory under the subject.
    rows = xache_sandbox.store.all(
        "SELECT * FROM memories WHERE agent_did = ? ORDER BY seq", [h.identity.did]
    )
    assert [r["context"] for r in rows] == ["xache.graph.entity"] * 4 + ["xache.graph.relationship"] * 2 + [
        "xache.graph.entity"
    ] * 3
    assert {(r["subject_id"], r["scope"], r["storage_tier"]) for r in rows} == {
        (subject.subject_id, "SUBJECT", "hot")
    }
    first = rows[0]
    assert first["tags"] == ["et:person", f"ek:{alice.key}"]
    assert list(first["metadata"]) == ["entityType", "entityKey", "validFrom", "validTo", "version"]
    assert TS_TIME.match(first["metadata"]["validFrom"]) and first["metadata"]["validTo"] is None
    assert first["checksum"] and first["nonce"] and b"Alice" not in first["payload"]
    rel_row = rows[4]
    assert rel_row["tags"] == ["rt:works_at", f"from:{alice.key}", f"to:{works.to_key}"]
    tombstone = rows[-1]["metadata"]
    assert tombstone["supersededBy"] == merged.storage_key and tombstone["version"] == 2
    assert tombstone["validFrom"] == rows[2]["metadata"]["validFrom"]  # the source's, as the SDKs write it
    assert "Alice" not in str(rows)


def test_relationships_and_re_adds_are_versions_too(connect: Connect) -> None:
    h = connect()
    g = h.client.graph
    subject = {
        "subject_id": h(h.client.derive_subject_id("u-1")),
        "scope": "SUBJECT",
    }  # the official dict form
    h(g.add_entity("Paris", "location", subject))
    h(g.add_entity("France", "location", subject))
    first = h(g.add_relationship("Paris", "France", "located_in", subject, "capital"))
    second = h(g.add_relationship("paris", "FRANCE", "located_in", subject, "capital city"))
    assert (first.version, second.version) == (1, 2) and second.valid_from > first.valid_from
    graph = h(g.load(subject))
    assert [(r.description, r.version) for r in graph.relationships] == [("capital city", 2)]
    assert [r.description for r in h(g.load(subject, valid_at=first.valid_from)).relationships] == ["capital"]
    # Another subject sees none of it.
    assert (
        h(g.load({"subject_id": h(h.client.derive_subject_id("u-2")), "scope": "SUBJECT"})).entity_count == 0
    )


def test_listings_beyond_one_page_are_read(connect: Connect) -> None:
    h = connect()
    g = h.client.graph
    items = [
        {
            "data": {"name": f"Node {i}", "summary": "", "attributes": {}},
            "storage_tier": "hot",
            "context": "xache.graph.entity",
            "tags": ["et:concept", f"ek:{h(g.derive_entity_key(f'Node {i}'))}"],
            "metadata": {
                "entityType": "concept",
                "entityKey": h(g.derive_entity_key(f"Node {i}")),
                "validFrom": "2025-01-01T00:00:00.000Z",
                "validTo": None,
                "version": 1,
            },
        }
        for i in range(105)
    ]
    h(h.client.memory.store_batch(items[:100]))
    h(h.client.memory.store_batch(items[100:]))
    graph = h(g.load())
    assert graph.entity_count == 105 and graph.has_entity("Node 104") and graph.has_entity("node 0")


def test_merge_needs_two_known_entities(connect: Connect) -> None:
    h = connect()
    g = h.client.graph
    h(g.add_entity("Solo", "concept"))
    with pytest.raises(NotFoundError) as missing:  # found out by reading the graph: not an input error
        h(g.merge_entities("Ghost", "Solo"))
    assert missing.value.details == {"field": "source_name"}
    with pytest.raises(ValidationError):
        h(g.merge_entities("Solo", "solo"))


def test_a_relationship_needs_both_entities(connect: Connect) -> None:
    """A typo in an end's name is refused before paying, not stored as an edge to nothing."""
    h = connect()
    g = h.client.graph
    h(g.add_entity("Alice", "person"))
    paid = len(h.client.payments)
    for ends, field in ((("Alice", "Nobody"), "to_name"), (("Nobody", "Alice"), "from_name")):
        with pytest.raises(NotFoundError, match='"Nobody" is not in the graph') as missing:
            h(g.add_relationship(*ends, "knows"))
        assert missing.value.details == {"field": field}
    assert len(h.client.payments) == paid and h(g.load()).relationship_count == 0


def test_arguments_are_checked_before_any_request(connect: Connect) -> None:
    h = connect(api_url="http://127.0.0.1:9")
    g = h.client.graph
    bad = [
        (lambda: g.add_entity("", "person"), "name"),
        (lambda: g.add_entity("A", ""), "entity_type"),
        (lambda: g.add_entity("A", "person", attributes=["x"]), "attributes"),  # type: ignore[arg-type]
        (lambda: g.add_entity("A", "person", {"subject_id": "nothex"}), "subject_id"),
        (lambda: g.add_entity("A", "person", {"scope": "WORLD"}), "scope"),
        (lambda: g.add_relationship("A", "B", ""), "rel_type"),
        # what the write would refuse is refused before the graph is read
        (lambda: g.add_entity("A", "per\x1bson"), "tags[0]"),
        (lambda: g.add_entity("x" * 100_000, "person"), "data"),  # too large once encrypted
        (lambda: g.add_entity("A", "p" * 300), "tags[0]"),
        (lambda: g.add_relationship("A", "B", "kn\x00ows"), "tags[0]"),
        (lambda: g.merge_entities("Solo", " solo "), "target_name"),
        (lambda: g.query("\ud800"), "start_entity"),
        (lambda: g.extract({"turns": {1, 2}}, {"type": "xache-managed"}), "trace"),
        (lambda: g.extract("a\x00b", {"type": "xache-managed"}), "trace"),
        (lambda: g.extract("t", {"type": "xache-managed", "model": "\x1f"}), "llm_config.model"),
        (lambda: g.get_entity_at("A", "not a time"), "at"),
        (lambda: g.load(valid_at="yesterday-ish"), "valid_at"),
        (lambda: g.load(entity_types="person"), "entity_types"),  # type: ignore[arg-type]
        (lambda: g.query("A", depth=-1), "depth"),
        (lambda: g.extract("", {"type": "endpoint", "url": "http://127.0.0.1:1"}), "trace"),
        (lambda: g.extract("t", {"type": "magic"}), "llm_config.type"),
        (
            lambda: g.extract("t", {"type": "endpoint", "url": "http://x"}, confidence_threshold=2),
            "confidence_threshold",
        ),
        (lambda: g.ask("q"), "llm_config"),
        (lambda: g.ask("", llm_config={"type": "xache-managed"}), "question"),
        (lambda: g.derive_entity_key(""), "name"),
    ]
    for call, field in bad:
        with pytest.raises(ValidationError) as caught:
            h(call())
        assert caught.value.field == field


def test_a_malformed_graph_listing_raises_instead_of_defaulting() -> None:
    listing = {
        "memories": [{"storageKey": "m1", "tags": ["et:person", "ek:abc"], "metadata": {"version": "two"}}],
        "total": 1,
        "limit": 100,
        "offset": 0,
    }
    with answering(listing) as client, pytest.raises(APIResponseValidationError) as caught:
        client.graph.load()
    assert caught.value.status_code == 200 and caught.value.request_id == "req_scripted"
    assert "memory m1: metadata.version expected int" in str(caught.value)


def test_malformed_decrypted_graph_data_raises(connect: Connect) -> None:
    h = connect()
    key = h(h.client.graph.derive_entity_key("Odd"))
    stored = h(
        h.client.memory.store(
            {"name": "Odd", "summary": "", "attributes": ["not", "a", "dict"]},
            "hot",
            {
                "entityType": "concept",
                "entityKey": key,
                "validFrom": "2025-01-01T00:00:00.000Z",
                "version": 1,
            },
            context="xache.graph.entity",
            tags=["et:concept", f"ek:{key}"],
        )
    )
    with pytest.raises(APIResponseValidationError) as caught:
        h(h.client.graph.load())
    assert f"memory {stored.storage_key}: data.attributes expected an object" in str(caught.value)
