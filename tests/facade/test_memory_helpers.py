"""memory.remember_* / recall_* (also client.helpers) and StandardContexts, blocking and async."""

from __future__ import annotations

from typing import Any

import pytest
from harness import Connect

from xache_ext import ValidationError
from xache_ext.sandbox import Sandbox
from xache_ext.services.memory_helpers import STANDARD_CONTEXT_VALUES, StandardContexts
from xache_ext.types.memory import MemorySummary
from xache_ext.types.memory_helpers import RecalledMemory


def test_the_standard_contexts_are_the_official_ones() -> None:
    official = pytest.importorskip("xache.constants.standard_contexts")
    assert {k: v for k, v in vars(StandardContexts).items() if k.isupper()} == {
        k: v for k, v in vars(official.StandardContexts).items() if k.isupper()
    }
    assert official.STANDARD_CONTEXT_VALUES == STANDARD_CONTEXT_VALUES
    assert StandardContexts.USER_PREFERENCE == "xache.user.preference"
    assert StandardContexts.GRAPH_RELATIONSHIP == "xache.graph.relationship"


def test_every_helper_stores_under_its_context_and_recall_finds_it(
    connect: Connect, xache_sandbox: Sandbox
) -> None:
    h = connect()
    m = h.client.memory
    assert h.client.helpers is m
    stored = {
        "preference": h(m.remember_preference("theme", "dark", user_id="u1")),
        "fix": h(m.remember_fix("TypeError: x is undefined", "guard x", "payments")),
        "success": h(m.remember_pattern("retry with backoff", True, "api", confidence=0.9)),
        "failure": h(m.remember_pattern("retry at once", False)),
        "conversation": h(m.remember_conversation("talked about tea", ["tea"], turns=4, start_time=1000)),
        "tool": h(h.client.helpers.remember_tool_config("weather", {"units": "metric"}, version="2")),
        "heuristic": h(m.remember_heuristic("small batches are cheaper", "gas", confidence=0.7)),
        "optimization": h(
            m.remember_optimization("add an index", "db", operation="query", metrics={"ms": 5.0})
        ),
    }
    contexts = {
        "preference": (StandardContexts.USER_PREFERENCE, "hot"),
        "fix": (StandardContexts.ERROR_FIX, "warm"),
        "success": (StandardContexts.SUCCESSFUL_PATTERN, "warm"),
        "failure": (StandardContexts.FAILED_APPROACH, "warm"),
        "conversation": (StandardContexts.CONVERSATION_SUMMARY, "hot"),
        "tool": (StandardContexts.TOOL_CONFIG, "warm"),
        "heuristic": (StandardContexts.DOMAIN_HEURISTIC, "cold"),
        "optimization": (StandardContexts.OPTIMIZATION_INSIGHT, "warm"),
    }
    rows = {
        r["storage_key"]: r
        for r in xache_sandbox.store.all("SELECT * FROM memories WHERE agent_did = ?", [h.identity.did])
    }
    for kind, key in stored.items():
        assert (rows[key]["context"], rows[key]["storage_tier"]) == contexts[kind], kind

    def recalled(found: list[RecalledMemory]) -> dict[str, Any]:
        assert all(isinstance(r, RecalledMemory) for r in found)
        return {r.storage_key: r.data for r in found}

    prefs = recalled(h(m.recall_preferences()))
    assert prefs[stored["preference"]]["key"] == "theme" and prefs[stored["preference"]]["value"] == "dark"
    assert recalled(h(m.recall_fixes()))[stored["fix"]]["solution"] == "guard x"
    assert set(recalled(h(m.recall_patterns()))) == {stored["success"], stored["failure"]}
    assert set(recalled(h(m.recall_patterns(True)))) == {stored["success"]}
    assert set(recalled(h(m.recall_patterns(success_only=False)))) == {stored["failure"]}
    assert recalled(h(m.recall_conversations()))[stored["conversation"]]["keyPoints"] == ["tea"]
    assert recalled(h(m.recall_tool_configs("weather")))[stored["tool"]]["config"] == {"units": "metric"}
    assert (
        recalled(h(m.recall_heuristics("gas")))[stored["heuristic"]]["insight"] == "small batches are cheaper"
    )
    assert recalled(h(m.recall_optimizations()))[stored["optimization"]]["improvement"] == "add an index"
    assert set(recalled(h(m.recall(StandardContexts.TOOL_CONFIG)))) == {stored["tool"]}
    first = h(m.recall_preferences())[0]
    assert first["storage_key"] == stored["preference"] and first["tags"] == [
        "preference",
        "theme",
    ]  # Py dicts
    assert first.metadata == {"preferenceKey": "theme", "userId": "u1"}
    assert isinstance(first, MemorySummary) and first["storageKey"] == first.memory_id == first.storage_key
    assert first.storage_tier == "hot" and first.created_at is not None and first["data"]["key"] == "theme"


def test_what_the_helpers_store_has_both_sdks_fields_and_tags(
    connect: Connect, xache_sandbox: Sandbox
) -> None:
    h = connect()
    m = h.client.memory
    fix = h(m.remember_fix("ValueError: bad", "check input", "billing"))
    heuristic = h(m.remember_heuristic("prefer calldata", "gas"))
    conversation = h(m.remember_conversation("hello", turns=2, start_time=1_000, end_time=4_000))
    rows = {
        r["storage_key"]: r
        for r in xache_sandbox.store.all("SELECT * FROM memories WHERE agent_did = ?", [h.identity.did])
    }
    assert rows[fix]["tags"] == ["error", "fix", "error-fix", "domain:billing"]
    assert rows[fix]["metadata"] == {"errorType": "ValueError"}
    assert rows[heuristic]["tags"] == ["heuristic", "gas", "domain:gas"]
    assert rows[conversation]["metadata"] == {"turnCount": 2, "duration": 3000}
    got = h(m.retrieve(fix)).data
    assert (got["context"], got["domain"], got["error"]) == ("billing", "billing", "ValueError: bad")
    assert isinstance(got["timestamp"], int)
    assert h(m.retrieve(heuristic)).data["heuristic"] == "prefer calldata"


def test_recall_filters_read_memories_of_either_sdk(connect: Connect) -> None:
    h = connect()
    m = h.client.memory
    ours = h(m.remember_fix("E1", "s1", "payments"))
    h(m.remember_fix("E2", "s2", "search"))
    # The TypeScript SDK's fix: the domain only in the encrypted data's `context`.
    ts = h(
        m.store(
            {"error": "E3", "solution": "s3", "context": "payments"},
            "warm",
            context=StandardContexts.ERROR_FIX,
            tags=["error", "fix"],
        )
    ).storage_key
    # The Python SDK's: tagged `domain:<d>`.
    py = h(
        m.store(
            {"error": "E4", "solution": "s4", "domain": "payments"},
            "warm",
            context=StandardContexts.ERROR_FIX,
            tags=["error-fix", "domain:payments"],
        )
    ).storage_key
    assert [r.storage_key for r in h(m.recall_fixes("payments"))] == [py, ts, ours]  # newest first
    assert [r.data["error"] for r in h(m.recall_fixes(domain="search"))] == ["E2"]
    assert h(m.recall_fixes("nowhere")) == []
    h(
        m.store(
            {"domain": "gas", "heuristic": "ts style", "confidence": 0.5},
            "cold",
            context=StandardContexts.DOMAIN_HEURISTIC,
            tags=["heuristic", "gas"],
        )
    )
    h(m.remember_heuristic("py style", "fees"))
    assert [r.data["heuristic"] for r in h(m.recall_heuristics("gas"))] == ["ts style"]
    h(
        m.store(
            {"toolName": "search", "config": {}},
            "warm",
            context=StandardContexts.TOOL_CONFIG,
            tags=["tool", "search"],
        )
    )
    h(m.remember_tool_config("calc", {"precision": 3}))
    assert [r.data["config"] for r in h(m.recall_tool_configs("calc"))] == [{"precision": 3}]
    assert [r.data["toolName"] for r in h(m.recall_tool_configs("search"))] == ["search"]


def test_recall_is_scoped_limited_and_newest_first(connect: Connect) -> None:
    h = connect()
    m = h.client.memory
    alice = h.client.create_subject_context(h(h.client.derive_subject_id("alice")))
    bob = {"subject_id": h(h.client.derive_subject_id("bob")), "scope": "SUBJECT"}
    keys = [h(m.remember_preference(f"k{i}", i, alice)) for i in range(3)]
    h(m.remember_preference("other", 0, bob))
    assert [r.storage_key for r in h(m.recall_preferences(alice))] == keys[::-1]
    assert [r.storage_key for r in h(m.recall_preferences(subject=alice, limit=2))] == keys[:0:-1]
    assert [r.data["key"] for r in h(m.recall_preferences(bob))] == ["other"]
    assert len(h(m.recall_preferences())) == 4
    success = h(m.remember_pattern("p-old", True, subject=alice))
    failure = h(m.remember_pattern("p-new", False, subject=alice))
    assert [r.storage_key for r in h(m.recall_patterns(None, alice, 1))] == [failure]
    assert [r.storage_key for r in h(m.recall_patterns(None, alice))] == [failure, success]


def test_arguments_are_checked_before_any_request(connect: Connect) -> None:
    h = connect(api_url="http://127.0.0.1:9")
    m = h.client.memory
    bad = [
        (lambda: m.remember_preference("", 1), "key"),
        (lambda: m.remember_fix("e", ""), "solution"),
        (lambda: m.remember_pattern("p", "yes"), "success"),  # type: ignore[arg-type]
        (lambda: m.remember_conversation("s", "one point"), "key_points"),  # type: ignore[arg-type]
        (lambda: m.remember_tool_config("t", ["x"]), "config"),  # type: ignore[arg-type]
        (lambda: m.remember_heuristic("i", ""), "domain"),
        (lambda: m.remember_optimization(""), "insight"),
        (lambda: m.remember_preference("k", 1, {"subject_id": "x"}), "subject_id"),
        (lambda: m.recall_preferences(limit=0), "limit"),
        (lambda: m.recall_patterns("yes"), "success_only"),  # type: ignore[arg-type]
        (lambda: m.recall_fixes(""), "domain"),
        (lambda: m.recall(""), "context"),
    ]
    for call, field in bad:
        with pytest.raises(ValidationError) as caught:
            h(call())
        assert caught.value.field == field
