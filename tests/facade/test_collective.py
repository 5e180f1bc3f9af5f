"""collective.*: contribute, query and list against the sandbox, blocking and async."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from harness import Connect, contribute

from xache_ext import APIResponseValidationError, ValidationError, XacheClientSync
from xache_ext.crypto.evm import private_key_to_address
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


KEY = "22" * 32
DID = f"did:agent:evm:{private_key_to_address(bytes.fromhex(KEY))}"
CONTRIBUTION = {
    "pattern": "Batch storage writes to optimize gas usage",
    "pattern_hash": "h",
    "domain": "ethereum",
    "tags": ["gas"],
    "metrics": {"successRate": 0.9, "sampleSize": 12, "confidence": 0.8},
    "encrypted_content_ref": "ref",
}


def answering(data: Any) -> XacheClientSync:
    """A blocking client whose every call gets a 200 envelope carrying ``data``."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"success": True, "data": data, "meta": {"requestId": "req_2"}})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    return XacheClientSync("http://xache.test", DID, KEY, http_client=http)


@pytest.mark.parametrize(
    ("call", "data", "where"),
    [
        (lambda c: c.collective.contribute(**CONTRIBUTION), {}, "data.heuristicId"),
        (lambda c: c.collective.contribute(**CONTRIBUTION), "accepted", "data"),
        (lambda c: c.collective.query(query_text="gas usage"), {"matches": []}, "data.receiptId"),
        (
            lambda c: c.collective.query(query_text="gas usage"),
            {"matches": [{}], "receiptId": "r"},
            "data.matches",
        ),
        (lambda c: c.collective.list_heuristics(), {"heuristics": [{"heuristicKey": "h"}]}, "data.total"),
        # a shape the spec lets through but the result type cannot hold (checked by the converter)
        (
            lambda c: c.collective.list_heuristics(),
            {"heuristics": [{"heuristicKey": "h", "createdAt": "a while ago"}], "total": 1},
            "data.heuristics[0].createdAt",
        ),
    ],
)
def test_a_malformed_success_raises(call: Callable[[XacheClientSync], Any], data: Any, where: str) -> None:
    with answering(data) as client, pytest.raises(APIResponseValidationError) as caught:
        call(client)
    assert caught.value.status_code == 200 and caught.value.request_id == "req_2"
    assert where in str(caught.value)


def test_answers_in_either_spelling_and_what_a_contribution_answer_leaves_out() -> None:
    with answering({"heuristicId": "heu_1", "receiptId": "r"}) as client:
        got = client.collective.contribute(**CONTRIBUTION)
    assert (got.heuristic_id, got.pattern, got.domain, got.tags) == (
        "heu_1",
        CONTRIBUTION["pattern"],
        "ethereum",
        ["gas"],
    )
    match = {"heuristicId": "heu_1", "pattern": "p", "contributor_did": DID, "relevance_score": 0.5}
    with answering({"matches": [match], "royaltiesUSD": "0.001", "receiptId": "r"}) as client:
        result = client.collective.query(query_text="gas usage")
    (found,) = result.matches
    assert (found.heuristic_id, found.contributor_did, found.relevance_score, found.royalty_amount) == (
        "heu_1",
        DID,
        0.5,
        "0",
    )
    assert (result.royalties_usd, result.total_cost, result["royaltiesUSD"]) == ("0.001", "0", "0.001")
