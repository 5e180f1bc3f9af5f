"""ephemeral.* against the sandbox, blocking and async."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest
from harness import Connect
from input_errors import names_field

from xache_ext import ValidationError, parse_did
from xache_ext.crypto.signers import signer_from_private_key
from xache_ext.crypto.signing import sign_request
from xache_ext.errors import APIResponseValidationError, ConflictError, NotFoundError
from xache_ext.sandbox import Sandbox
from xache_ext.types.ephemeral import EphemeralSession

from .scripted import answering

UNREACHABLE = "http://127.0.0.1:9"  # nothing listens: a request would fail with a connection error
FACTS = {
    "entities": [{"name": "Alice", "type": "person", "confidence": 0.9}, "Acme"],
    "relationships": [{"from": "Alice", "to": "Acme", "type": "works_at"}, {"from": "x"}],
}


def test_session_lifecycle_and_slots(connect: Connect) -> None:
    h = connect()
    eph = h.client.ephemeral
    s = h(eph.create_session(ttl_seconds=600, max_windows=2, metadata={"task": "t1"}))
    assert isinstance(s, EphemeralSession) and s.session_key.startswith("eph_")
    assert s.agent_did == h.identity.did and s.status == "active" and s.window == 1
    assert s.max_windows == 2 and s.ttl_seconds == 600 and s.cumulative_cost == pytest.approx(0.005)
    assert s.active_slots == [] and s.total_size == 0 and s.slot_sizes == {}
    assert s.created_at is not None and s.expires_at is not None
    assert (s.expires_at - s.created_at).total_seconds() == 600
    key = s.session_key

    assert h(eph.write_slot(key, "facts", FACTS)) is None
    h(eph.write_slot(key, "conversation", {"messages": [{"role": "user", "content": "hi"}]}))
    h(eph.write_slot(key, "handoff", {"summary": "Alice works at Acme"}))
    assert h(eph.read_slot(key, "facts")) == FACTS
    assert h(eph.read_slot(key, "tasks")) == {}
    assert set(h(eph.read_all_slots(key))) == {"facts", "conversation", "handoff"}
    got = h(eph.get_session(key))
    assert got.active_slots == ["conversation", "facts", "handoff"]
    assert got.total_size == sum(got.slot_sizes.values()) > 0
    assert h(eph.clear_slot(key, "conversation")) is None
    h(eph.write_slot(key, "scratch", {}))  # an empty object leaves the slot empty
    assert h(eph.get_session(key)).active_slots == ["facts", "handoff"]

    view = h(eph.get_structured(key))
    assert view.session_key == key and view.summary == "Alice works at Acme"
    assert [(e.name, e.type, e.confidence) for e in view.entities] == [
        ("Alice", "person", 0.9),
        ("Acme", "unknown", 1.0),
    ]
    assert [(r.from_, r.to, r.type) for r in view.relationships] == [("Alice", "Acme", "works_at")]

    renewed = h(eph.renew_session(key))
    assert renewed.window == 2 and renewed.cumulative_cost == pytest.approx(0.01)
    with pytest.raises(ConflictError):
        h(eph.renew_session(key))  # max_windows=2 is used up

    exported = h(eph.export_session(key))
    assert exported["session"]["sessionKey"] == key and exported["metadata"] == {"task": "t1"}
    assert exported["slots"]["facts"] == FACTS
    markdown = h(eph.export_session(key, format="markdown"))
    assert isinstance(markdown, str) and markdown.startswith(f"# Ephemeral session {key}")
    audit = h(eph.export_session(key, "audit"))
    events = [e["event"] for e in audit["events"]]
    assert events[0] == "created" and events.count("renewed") == 1 and "slot_cleared" in events

    result = h(eph.promote_session(key))
    assert result.memories_created == 2 == len(result.memory_ids)
    assert result.receipt_id and result.storage_keys == result.memory_ids
    done = h(eph.get_session(key))
    assert done.status == "promoted" and done.cumulative_cost == pytest.approx(0.06)
    for call in (
        lambda: eph.write_slot(key, "tasks", {"a": 1}),
        lambda: eph.clear_slot(key, "facts"),
        lambda: eph.renew_session(key),
        lambda: eph.promote_session(key),
        lambda: eph.terminate_session(key),
    ):
        with pytest.raises(ConflictError):
            h(call())
    assert h(eph.read_slot(key, "facts")) == FACTS  # still readable after promotion


def test_defaults_terminate_expiry_and_stats(connect: Connect) -> None:
    h = connect()
    eph = h.client.ephemeral
    plain = h(eph.create_session())
    assert plain.ttl_seconds == 3600 and plain.max_windows == 5
    assert h(eph.get_structured(plain.session_key)).entities == []
    assert h(eph.promote_session(plain.session_key)).memories_created == 0
    ended = h(eph.create_session())
    assert h(eph.terminate_session(ended.session_key)) is True
    assert h(eph.get_session(ended.session_key)).status == "terminated"
    with pytest.raises(ConflictError):
        h(eph.write_slot(ended.session_key, "facts", {"a": 1}))
    short = h(eph.create_session(ttl_seconds=1))
    time.sleep(1.05)
    assert h(eph.get_session(short.session_key)).status == "expired"
    with pytest.raises(ConflictError):
        h(eph.renew_session(short.session_key))
    live = h(eph.create_session())

    stats = h(eph.get_stats())
    assert stats.total_sessions == 4 and stats.active_sessions == 1 and stats.total_promoted == 1
    assert stats.promote_rate == 0.25 and stats.today_spend == pytest.approx(0.005 * 4 + 0.05)
    assert stats.avg_duration_minutes >= 0
    assert h(eph.terminate_session(short.session_key)) is True  # an expired session can be ended
    assert h(eph.get_session(live.session_key)).status == "active"


def test_list_sessions_pages_and_filters(connect: Connect) -> None:
    h = connect()
    eph = h.client.ephemeral
    keys = [h(eph.create_session()).session_key for _ in range(5)]
    h(eph.terminate_session(keys[0]))
    page = h(eph.list_sessions(limit=2))
    assert page.total == 5 and len(page.items) == 2 and page.items[0].session_key == keys[-1]
    assert [s.session_key for s in h.collect(page)] == keys[::-1]
    second = h.next_page(page)
    assert second.offset == 2 and [s.session_key for s in second.items] == keys[2:0:-1]
    active = h(eph.list_sessions(status="active"))
    assert active.total == 4 and all(s.status == "active" for s in active.items)
    ended = h(eph.list_sessions("terminated", 10, 0))
    assert [s.session_key for s in ended.items] == [keys[0]]
    assert h(eph.list_sessions(offset=5)).items == []


def test_not_found_and_other_agents(connect: Connect) -> None:
    h, other = connect(), connect()
    key = h(h.client.ephemeral.create_session()).session_key
    assert h(h.client.ephemeral.get_session("eph_missing")) is None
    assert other(other.client.ephemeral.get_session(key)) is None
    e = other.client.ephemeral
    for call in (
        lambda: e.read_slot(key, "facts"),
        lambda: e.write_slot(key, "facts", {"a": 1}),
        lambda: e.read_all_slots(key),
        lambda: e.clear_slot(key, "facts"),
        lambda: e.get_structured(key),
        lambda: e.export_session(key),
        lambda: e.terminate_session(key),
        lambda: e.renew_session(key),
        lambda: e.promote_session(key),
    ):
        with pytest.raises(NotFoundError):
            other(call())
    assert other(e.list_sessions()).total == 0
    assert other(e.get_stats()).total_sessions == 0
    assert other(other.client.budget.get_status()).spent_cents == 0  # refused paid calls cost nothing


def test_server_side_limits(connect: Connect, xache_sandbox: Sandbox) -> None:
    h = connect()
    with pytest.raises(ValidationError) as caught:  # the spec's maximum: refused before sending
        h(h.client.ephemeral.create_session(ttl_seconds=86_401))
    assert caught.value.field == "body.ttlSeconds"
    key = h(h.client.ephemeral.create_session()).session_key
    with pytest.raises(ValidationError) as caught:  # the spec's x-xache-max-json-bytes, before sending
        h(h.client.ephemeral.write_slot(key, "cache", {"blob": "é" * 32_763}))  # 65,537 bytes as UTF-8 JSON
    assert caught.value.field == "body.data"
    h(h.client.ephemeral.write_slot(key, "cache", {"blob": "é" * 32_762}))  # 65,535 bytes: taken
    body = json.dumps({"data": {"blob": "x" * 70_000}}).encode()
    path = f"/v1/ephemeral/sessions/{key}/slots/cache"
    signer = signer_from_private_key(parse_did(h.identity.did), h.identity.private_key)
    signed = sign_request(signer, h.identity.did, "PUT", path, body, int(time.time() * 1000))
    with httpx.Client(base_url=xache_sandbox.url) as raw:
        refused = raw.put(path, content=body, headers={"Content-Type": "application/json", **signed})
    assert refused.status_code == 400  # and the sandbox holds the same limit


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda e: e.create_session(ttl_seconds=0), "ttl_seconds"),
        (lambda e: e.create_session(max_windows=1.5), "max_windows"),
        (lambda e: e.create_session(metadata=["x"]), "metadata"),
        (lambda e: e.get_session(""), "session_key"),
        (lambda e: e.renew_session(" "), "session_key"),
        (lambda e: e.promote_session(""), "session_key"),
        (lambda e: e.terminate_session(""), "session_key"),
        (lambda e: e.write_slot("eph_1", "notes", {}), "slot"),
        (lambda e: e.write_slot("eph_1", "facts", ["x"]), "data"),
        (lambda e: e.read_slot("eph_1", "memory"), "slot"),
        (lambda e: e.read_all_slots(""), "session_key"),
        (lambda e: e.clear_slot("eph_1", ""), "slot"),
        (lambda e: e.get_structured(""), "session_key"),
        (lambda e: e.export_session("eph_1", format="pdf"), "format"),
        (lambda e: e.list_sessions(status="open"), "status"),
        (lambda e: e.list_sessions(limit=0), "limit"),
        (lambda e: e.list_sessions(offset=-1), "offset"),
    ],
)
def test_validation_sends_nothing(connect: Connect, call: Any, field: str) -> None:
    h = connect(api_url=UNREACHABLE)
    with pytest.raises(ValidationError) as caught:
        h(call(h.client.ephemeral))
    assert names_field(caught.value, field), caught.value.field


# -- strict results: a 200 that does not carry what the result needs is an error, never defaults ------------

SESSION = {"sessionKey": "eph_1", "status": "active"}


def test_a_minimal_session_and_an_unknown_status() -> None:
    with answering({**SESSION, "status": "archived", "agentDID": "did:agent:evm:0x1"}) as client:
        session = client.ephemeral.get_session("eph_1")
    assert session is not None and session.status == "archived" and session["agentDID"] == "did:agent:evm:0x1"
    assert (session.window, session.max_windows, session.ttl_seconds, session.created_at) == (
        1,
        5,
        3600,
        None,
    )
    with answering({"memoriesCreated": 1, "memoryIds": ["m1"]}) as client:
        promoted = client.ephemeral.promote_session("eph_1")
    assert promoted.memory_ids == promoted.storage_keys == ["m1"] and promoted.receipt_id is None


@pytest.mark.parametrize(
    ("call", "data", "where"),
    [
        (lambda e: e.create_session(), {}, "data.sessionKey"),
        (lambda e: e.get_session("eph_1"), "a session", "data"),
        (lambda e: e.renew_session("eph_1"), {"sessionKey": "eph_1"}, "data.status"),
        (lambda e: e.promote_session("eph_1"), {"memoryIds": []}, "data.memoriesCreated"),
        (lambda e: e.list_sessions(), {"sessions": [SESSION]}, "data.total"),
        (lambda e: e.get_structured("eph_1"), {"sessionKey": "eph_1", "entities": []}, "data.relationships"),
        (lambda e: e.read_slot("eph_1", "facts"), ["x"], "data"),
        # passes the spec (a string) but is no time
        (lambda e: e.get_session("eph_1"), {**SESSION, "expiresAt": "never"}, "data.expiresAt"),
    ],
)
def test_malformed_answers_raise(call: Any, data: Any, where: str) -> None:
    with answering(data) as client, pytest.raises(APIResponseValidationError) as caught:
        call(client.ephemeral)
    assert where in str(caught.value) and caught.value.status_code == 200
