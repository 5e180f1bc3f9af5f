"""collective.*: contribute, query and list against the sandbox, blocking and async."""

from __future__ import annotations

import secrets

import pytest
from harness import Connect, contribute

from xache_ext import ValidationError
from xache_ext.services.collective import HeuristicMetrics


def test_contribute_query_and_list(connect: Connect) -> None:
    h = connect()
    # The collective is shared by every agent of the sandbox: unique domains keep this test's own.
    chain, infra = f"ethereum-{secrets.token_hex(4)}", f"infra-{secrets.token_hex(4)}"
    contributed = contribute(h, "Batch storage writes to optimize gas usage on ethereum", domain=chain)
    assert contributed.heuristic_id and contributed.receipt_id
    contribute(h, "Cache RPC answers for a few seconds to cut latency", domain=infra)
    contribute(h, "Prefer calldata over storage to optimize gas usage", domain=chain)
    result = h(h.client.collective.query(query_text="How to optimize gas usage", domain=chain, limit=10))
    assert contributed.heuristic_id in [m.heuristic_id for m in result.matches]
    assert {m.domain for m in result.matches} == {chain}
    assert result.matches[0].relevance_score > 0
    assert result.receipt_id
    everything = h.collect(h(h.client.collective.list_heuristics(domain=chain, limit=1)))
    assert len(everything) == 2
    only_infra = h.collect(h(h.client.collective.list_heuristics(domain=infra)))
    assert [x.domain for x in only_infra] == [infra]


def test_metrics_object_is_accepted(connect: Connect) -> None:
    h = connect()
    result = h(
        h.client.collective.contribute(
            pattern="Always simulate a transaction before sending it",
            pattern_hash="abc123",
            domain="ethereum",
            tags=["safety"],
            metrics=HeuristicMetrics(success_rate=1.0, sample_size=3, confidence=0.5),
            encrypted_content_ref="ref-1",
            context_type="tip",
            metadata={"source": "test"},
        )
    )
    assert result.domain == "ethereum"


@pytest.mark.parametrize(
    "overrides",
    [
        {"pattern": "too short"},
        {"pattern": "x" * 501},
        {"tags": []},
        {"tags": [f"t{i}" for i in range(11)]},
        {"metrics": {"success_rate": 1.5, "sample_size": 1, "confidence": 0.5}},
        {"metrics": {"success_rate": 0.5, "sample_size": 0, "confidence": 0.5}},
        {"metrics": {"success_rate": 0.5}},
        {"encrypted_content_ref": ""},
        {"pattern_hash": ""},
    ],
)
def test_contribute_validates(connect: Connect, overrides: dict) -> None:
    h = connect()
    kwargs = {
        "pattern": "A valid pattern of enough length",
        "pattern_hash": "h",
        "domain": "d",
        "tags": ["t"],
        "metrics": {"success_rate": 0.5, "sample_size": 1, "confidence": 0.5},
        "encrypted_content_ref": "ref",
        **overrides,
    }
    with pytest.raises(ValidationError):
        h(h.client.collective.contribute(**kwargs))
    assert len(h.client.payments) == 0


@pytest.mark.parametrize(
    ("text", "limit"), [("abcd", 10), ("x" * 501, 10), ("valid query", 0), ("valid query", 51)]
)
def test_query_validates(connect: Connect, text: str, limit: int) -> None:
    h = connect()
    with pytest.raises(ValidationError):
        h(h.client.collective.query(query_text=text, limit=limit))
