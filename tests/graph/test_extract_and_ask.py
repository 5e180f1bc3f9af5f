"""graph.extract stores what the LLM finds (new versions only for changes); graph.ask answers from the graph.

The LLM is a loopback OpenAI-compatible endpoint; the sandbox sends it its graph prompt and turns its answer
into the extraction shape both official SDKs read.
"""

from __future__ import annotations

import json

import pytest
from harness import Connect

from xache_ext.errors import APIStatusError
from xache_ext.sandbox import Sandbox
from xache_ext.services.extraction import LLMConfigEndpoint

from .conftest import GraphLLM

FIRST = {
    "entities": [
        {"name": "Alice Chen", "type": "person", "summary": "Engineer", "attributes": {"team": "core"}},
        {"name": "Acme Corp", "type": "organization", "summary": "A company", "confidence": 0.9},
        {"name": "Noise", "type": "concept", "confidence": 0.2},
    ],
    "relationships": [
        {"from": "Alice Chen", "to": "Acme Corp", "type": "works_at", "description": "since 2020"},
    ],
}
SECOND = [
    {
        "type": "x",
        "confidence": 0.9,
        "data": {"name": "alice chen", "summary": "CTO", "attributes": {"level": 9}},
    },
    {"type": "x", "confidence": 0.9, "data": {"name": "Acme Corp", "entityType": "organization"}},
    {"type": "x", "confidence": 0.9, "data": {"name": "Bob", "entityType": "person"}},
    {
        "type": "x",
        "confidence": 0.9,
        "data": {"fromEntity": "Alice Chen", "toEntity": "Acme Corp", "relationType": "works_at"},
    },
    {
        "type": "x",
        "confidence": 0.9,
        "data": {"fromEntity": "Bob", "toEntity": "alice chen", "relationType": "knows"},
    },
]


def test_extract_stores_entities_and_relationships_then_only_changes(
    connect: Connect, graph_llm: GraphLLM, xache_sandbox: Sandbox
) -> None:
    h = connect()
    g = h.client.graph
    llm = LLMConfigEndpoint(url=graph_llm.url, model="graph")
    subject = h.client.create_subject_context(h(h.client.derive_subject_id("extract-1")))
    graph_llm.answer(FIRST)
    first = h(g.extract("Alice (core team) joined Acme in 2020.", llm, subject, context_hint="crm"))
    assert [(e.name, e.type, e.is_new) for e in first.entities] == [
        ("Alice Chen", "person", True),
        ("Acme Corp", "organization", True),
    ]  # the low-confidence one was filtered by the server (threshold 0.5)
    assert [(r.type, r.is_new) for r in first.relationships] == [("works_at", True)]
    assert first.stored == 3 and len(first.receipts) == 1 and first.temporal_updates == []
    assert all(e.storage_key.startswith("mem_") for e in first.entities)
    assert first["entities"][0]["isNew"] is True  # the official Python SDK's dict access
    prompt = graph_llm.prompt()
    assert prompt.startswith("Context: graph-extraction:crm") and "Known entities:\n(none)" in prompt

    graph_llm.answer(SECOND)
    second = h(g.extract({"turns": ["Alice is now CTO", "Bob knows her"]}, llm, subject))
    assert "- Alice Chen (person): Engineer" in graph_llm.prompt()  # the known entities went to the LLM
    rows = {e.name: e for e in second.entities}
    assert (rows["Alice Chen"].updated, rows["Alice Chen"].is_new) == (True, False)
    assert (rows["Acme Corp"].updated, rows["Acme Corp"].is_new) == (False, False)
    assert rows["Acme Corp"].storage_key == first.entities[1].storage_key  # unchanged: not stored again
    assert rows["Bob"].is_new and rows["Bob"].type == "person"
    assert [(r.type, r.is_new) for r in second.relationships] == [("works_at", False), ("knows", True)]
    assert second.stored == 3  # Alice's next version, Bob, knows
    assert {(u.field, u.old_value, u.new_value) for u in second.temporal_updates} == {
        ("summary", "Engineer", "CTO"),
        ("attributes.level", None, 9),
    }

    graph = h(g.load(subject))
    assert sorted(e.name for e in graph.entities) == ["Acme Corp", "Alice Chen", "Bob"]
    alice = graph.get_entity("Alice Chen")
    assert alice is not None and (alice.summary, alice.version) == ("CTO", 2)
    assert dict(alice.attributes) == {"team": "core", "level": 9}
    assert [e.name for e in graph.path_entities("Bob", "Acme Corp")] == ["Bob", "Alice Chen", "Acme Corp"]
    history = h(g.get_entity_history("Alice Chen", subject))
    assert [e.summary for e in history] == ["Engineer", "CTO"]
    assert second.temporal_updates[0].effective_date == history[1].valid_from


def test_max_entities_and_an_empty_answer(connect: Connect, graph_llm: GraphLLM) -> None:
    h = connect()
    llm = {"type": "endpoint", "url": graph_llm.url}
    graph_llm.answer(FIRST, {"entities": []})
    capped = h(h.client.graph.extract("trace", llm, max_entities=1, confidence_threshold=0.0))
    assert [e.name for e in capped.entities] == ["Alice Chen"] and capped.stored == 1
    assert capped.relationships == []  # its other end was left out: no edge to nothing, as add_relationship
    assert h(h.client.graph.load()).relationship_count == 0
    nothing = h(h.client.graph.extract("trace", llm))
    assert (nothing.entities, nothing.relationships, nothing.stored, nothing.receipts) == ([], [], 0, [])


def test_ask_answers_from_the_graph(connect: Connect, graph_llm: GraphLLM) -> None:
    h = connect()
    g = h.client.graph
    llm = LLMConfigEndpoint(url=graph_llm.url)
    empty = h(g.ask("Who works at Acme?", llm_config=llm))
    assert empty.confidence == 0 and empty.sources == [] and graph_llm.seen == []  # no LLM call, no charge
    h(g.add_entity("Alice Chen", "person", summary="CTO"))
    h(g.add_entity("Acme Corp", "organization"))
    h(g.add_relationship("Alice Chen", "Acme Corp", "works_at", description="since 2020"))
    graph_llm.answer({"answer": "Alice Chen works at Acme Corp.", "confidence": 0.8})
    answer = h(g.ask("Who works at Acme?", None, llm))
    assert answer.answer == "Alice Chen works at Acme Corp." and answer.confidence == 0.8
    assert sorted(s.name for s in answer.sources) == ["Acme Corp", "Alice Chen"]
    prompt = graph_llm.prompt()
    assert prompt.startswith("Context: graph-ask") and "Question: Who works at Acme?" in prompt
    assert "- Alice Chen --[works_at]--> Acme Corp: since 2020" in prompt
    assert "- Alice Chen (person): CTO" in prompt


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        ("not json", "the LLM endpoint did not answer with JSON"),
        ({"entities": [{"summary": "no name"}]}, "an entity in the LLM's graph has no name"),
        ({"relationships": [{"from": "A"}]}, "lacks its from or to entity"),
        ({"entities": [{"name": "A", "confidence": 3}]}, "not a number in [0, 1]"),
        ({"something": "else"}, "did not answer with a graph"),
    ],
)
def test_the_sandbox_refuses_an_llm_answer_of_another_shape(
    connect: Connect, graph_llm: GraphLLM, reply: object, reason: str
) -> None:
    h = connect(max_retries=0)  # a 503 would be retried
    graph_llm.answer(reply)
    with pytest.raises(APIStatusError) as caught:
        h(h.client.graph.extract("trace", LLMConfigEndpoint(url=graph_llm.url)))
    assert caught.value.status_code == 503 and reason in str(caught.value)
    assert [r.operation for r in h.collect(h(h.client.receipts.list()))] == []  # not charged


def test_the_sandbox_checks_graph_traces(connect: Connect, graph_llm: GraphLLM) -> None:
    h = connect(max_retries=0)
    llm = LLMConfigEndpoint(url=graph_llm.url)
    bad = [
        ({"_graphExtraction": True, "trace": "", "knownEntities": []}, "trace.trace"),
        (
            {
                "_graphExtraction": True,
                "trace": "t",
                "knownEntities": [{"key": "k", "name": "n", "type": "t"}],
            },
            "trace.knownEntities[0].key",
        ),
        ({"_graphExtraction": True, "trace": "t", "knownEntities": {}}, "trace.knownEntities"),
        (json.dumps({"_graphAsk": True, "question": "", "graphContext": ""}), "trace.question"),
        (json.dumps({"_graphAsk": True, "question": "q", "graphContext": 5}), "trace.graphContext"),
    ]
    for trace, field in bad:
        with pytest.raises(APIStatusError) as caught:
            h(h.client.extraction.extract(trace, llm))
        assert caught.value.status_code == 400 and caught.value.details["field"] == field  # type: ignore[index]
    graph_llm.answer("no answer here")
    with pytest.raises(APIStatusError) as refused:
        h(
            h.client.extraction.extract(
                json.dumps({"_graphAsk": True, "question": "q", "graphContext": ""}), llm
            )
        )
    assert refused.value.status_code == 503
    assert graph_llm.seen[-1]["messages"][0]["content"].startswith(
        "Answer the question from the knowledge graph"
    )


def test_known_entities_reach_the_llm_without_control_characters(
    connect: Connect, graph_llm: GraphLLM
) -> None:
    """A summary may hold any text encrypted; shown to the LLM as plain text, its control characters are
    replaced (the extraction request would be refused after the paid reads of the graph otherwise)."""
    h = connect()
    h(h.client.graph.add_entity("Alice", "person", summary="line\x0bbreak\x7f"))
    h(h.client.graph.extract("Alice is here.", {"type": "endpoint", "url": graph_llm.url}))
    assert "Alice (person): line break " in graph_llm.prompt()
    graph_llm.answer({"answer": "Alice."})
    h(h.client.graph.ask("Who is here?", llm_config={"type": "endpoint", "url": graph_llm.url}))
    assert "line break " in graph_llm.prompt() and "\x7f" not in graph_llm.prompt()
