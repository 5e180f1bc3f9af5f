"""royalty.* against the sandbox, blocking and async."""

from __future__ import annotations

import secrets
from typing import Any

import pytest
from harness import Connect, contribute, unique_domain

from xache_ext import ValidationError
from xache_ext.crypto.evm import private_key_to_address
from xache_ext.errors import (
    APIResponseValidationError,
    NotFoundError,
    PermissionDeniedError,
)
from xache_ext.types.royalty import PendingPayouts, TopEarners

from .scripted import DID, answering

# -- royalty ------------------------------------------------------------------------------------------------


def test_royalties_from_collective_queries(connect: Connect) -> None:
    contributor, querier = connect(), connect()
    domain, word = unique_domain("rep"), "zq" + secrets.token_hex(4)
    heuristic_id = contribute(
        contributor, f"Prefer {word} when the {domain} workload grows beyond a few items", domain, (word,)
    ).heuristic_id
    result = querier(querier.client.collective.query(query_text=f"how to use {word}", domain=domain))
    assert [m.heuristic_id for m in result.matches] == [heuristic_id]
    assert result.matches[0].royalty_amount == "0.0055"  # half of the $0.011 query price
    querier(querier.client.collective.query(query_text=f"{word} again please", domain=domain))
    # the contributor's own query counts as a use but earns nothing
    own = contributor(contributor.client.collective.query(query_text=f"{word} for me", domain=domain))
    assert own.matches[0].royalty_amount == "0"

    did = contributor.identity.did
    stats = contributor(contributor.client.royalty.get_revenue_stats(did))
    assert stats.agent_did == did and stats.total_earned_usd == "0.011" and stats.heuristic_count == 1
    assert [(t.heuristic_id, t.usage_count, t.earned_usd, t.domain) for t in stats.top_heuristics] == [
        (heuristic_id, 3, "0.011", domain)
    ]
    assert stats.earnings_by_domain == {domain: "0.011"}
    assert [m.earned_usd for m in stats.monthly_earnings] == ["0.011"]
    assert contributor(contributor.client.royalty.get_my_revenue()) == stats

    payouts = contributor(contributor.client.royalty.get_pending_payouts(did))
    assert payouts.total_pending_amount == "0.011" and payouts.total_pending_count == 1
    assert payouts["pending_payouts"][0].query_count == 3 and payouts.pending_payouts[0].last_query_at
    assert contributor(contributor.client.royalty.get_my_pending_payouts()) == payouts
    assert len(querier(querier.client.royalty.get_my_pending_payouts())) == 0

    with pytest.raises(PermissionDeniedError):
        querier(querier.client.royalty.get_revenue_stats(did))
    with pytest.raises(PermissionDeniedError):
        querier(querier.client.royalty.get_pending_payouts(did))
    with pytest.raises(NotFoundError):
        querier(querier.client.royalty.get_revenue_stats("did:agent:evm:0x" + secrets.token_hex(20)))

    platform = querier(querier.client.royalty.get_platform_revenue())
    assert float(platform.total_revenue) >= 0.011 and platform.total_agents >= 1
    assert platform.total_heuristics >= 1 and platform.total_queries >= 3
    earners = querier(querier.client.royalty.get_top_earners(1000))
    mine = [e for e in earners if e.agent_did == did]
    assert mine and mine[0].total_earned_usd == "0.011" and mine[0].heuristic_count == 1
    assert [e.rank for e in earners] == list(range(1, len(earners) + 1)) and earners["total"] >= len(earners)
    assert len(querier(querier.client.royalty.get_top_earners(1))) == 1
    # the contributor's reputation reflects how often its heuristic matched
    rep = contributor(contributor.client.reputation.get_reputation())
    assert rep.network_influence > 0 and rep.economic_value > 0
    assert (
        contributor(contributor.client.reputation.get_domain_reputation(domain)).total_earned_usd == "0.011"
    )


def test_owner_reads_its_agents_royalties(connect: Connect) -> None:
    agent = connect()
    key = secrets.token_bytes(32)
    owner = connect(with_key=False, did=f"did:owner:evm:{private_key_to_address(key)}", private_key=key.hex())
    with pytest.raises(PermissionDeniedError):
        owner(owner.client.royalty.get_revenue_stats(agent.identity.did))
    owner(owner.client.identity.submit_claim_request(agent.identity.did))
    agent(agent.client.identity.process_claim_request(str(owner.client.did), True, "0xowner", "0xagent"))
    assert owner(owner.client.royalty.get_revenue_stats(agent.identity.did)).total_earned_usd == "0"
    assert owner(owner.client.royalty.get_pending_payouts(agent.identity.did)).total_pending_amount == "0"


# -- validation: nothing is sent (the client points at a closed port) -------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.royalty.get_revenue_stats(""),
        lambda c: c.royalty.get_pending_payouts(" "),
        lambda c: c.royalty.get_top_earners(0),
    ],
)
def test_validation_sends_nothing(connect: Connect, call: Any) -> None:
    h = connect(api_url="http://127.0.0.1:9", max_retries=0)
    with pytest.raises(ValidationError):
        h(call(h.client))


# -- strict results: a 200 that does not carry what the result needs is an error, never defaults ------------

PAYOUT = {"heuristicId": "h1", "pendingAmount": "0.5", "lastQueryAt": "2026-01-02T03:04:05Z", "queryCount": 2}
PAYOUTS = {"agentDID": DID, "pendingPayouts": [PAYOUT], "totalPendingCount": 1, "totalPendingAmount": "0.5"}


def test_results_read_the_wire_names_and_keep_the_rest() -> None:
    with answering(PAYOUTS) as client:
        payouts = client.royalty.get_pending_payouts(DID)
    assert isinstance(payouts, PendingPayouts) and len(payouts) == 1
    (payout,) = payouts
    assert payout.heuristic_key == "h1" and payout.last_query_at is not None and payout.query_count == 2
    assert payouts["totalPendingAmount"] == payouts["total_pending_amount"] == "0.5"
    with answering(
        {"topEarners": [{"rank": 1, "agentDID": DID, "totalEarnedUSD": "2"}], "total": 9}
    ) as client:
        earners = client.royalty.get_top_earners()
    assert (
        isinstance(earners, TopEarners) and earners.total == 9 and earners.top_earners[0].heuristic_count == 0
    )


@pytest.mark.parametrize(
    ("call", "data", "where"),
    [
        (lambda r: r.get_platform_revenue(), {}, "data.totalRevenue"),
        (lambda r: r.get_revenue_stats(DID), "revenue", "data"),
        (lambda r: r.get_revenue_stats(DID), {"agentDID": DID, "totalEarnedUSD": "1"}, "data.heuristicCount"),
        (
            lambda r: r.get_my_pending_payouts(),
            {**PAYOUTS, "pendingPayouts": [{"heuristicId": "h"}]},
            "pendingAmount",
        ),
        (lambda r: r.get_top_earners(), {"topEarners": []}, "data.total"),
        # passes the spec (a string) but is no time
        (
            lambda r: r.get_pending_payouts(DID),
            {**PAYOUTS, "pendingPayouts": [{**PAYOUT, "lastQueryAt": "soon"}]},
            "data.pendingPayouts[0].lastQueryAt",
        ),
    ],
)
def test_malformed_answers_raise(call: Any, data: Any, where: str) -> None:
    with answering(data) as client, pytest.raises(APIResponseValidationError) as caught:
        call(client.royalty)
    assert where in str(caught.value) and caught.value.status_code == 200
