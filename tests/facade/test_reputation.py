"""reputation.* against the sandbox, blocking and async."""

from __future__ import annotations

import json
import secrets
from typing import Any

import httpx
import pytest
import xache
from harness import Connect, contribute, unique_domain

from xache_ext import ValidationError, XacheClientSync
from xache_ext.errors import (
    APIResponseValidationError,
    InvalidInputError,
    MissingSignerError,
    NotFoundError,
    PermissionDeniedError,
)
from xache_ext.services.reputation import ReputationService
from xache_ext.types.reputation import DomainReputation, ERC8004FeedbackAuth, ReputationSnapshot, TopAgent

from .scripted import DID, answering

# -- reputation ---------------------------------------------------------------------------------------------


def test_snapshot_grows_with_activity_and_keeps_daily_history(connect: Connect) -> None:
    h = connect()
    did = h.identity.did
    before = h(h.client.reputation.get_reputation())
    assert isinstance(before, ReputationSnapshot)
    assert before.agent_did == did and before.overall == 0 and before.timestamp is not None
    assert sum(before.weights.values()) == pytest.approx(1.0)
    h(h.client.memory.store(data={"k": "v"}, storage_tier="hot"))
    contribute(
        h, "Prefer batching when the workload grows beyond a few items", unique_domain("rep"), ("batching",)
    )
    after = h(h.client.reputation.get_reputation())
    assert 0 < after.overall <= 100
    assert after.memory_quality > 0 and after.contrib_success == pytest.approx(72.0)
    assert after.reliability > 0 and after.specialization > 0
    # another agent reads it by DID (raw in the path)
    other = connect()
    assert h(other.client.reputation.get_reputation(did)).overall == after.overall
    # one history row per day: the latest computation of today
    history = h(h.client.reputation.get_history())
    assert [s.overall for s in history] == [after.overall]
    assert h(other.client.reputation.get_history(did, 5))[0].agent_did == did
    # the identity carries the computed score
    assert h(h.client.identity.get(did)).reputation_score == after.overall


def test_unknown_agent_is_404(connect: Connect) -> None:
    h = connect()
    unknown = "did:agent:evm:0x" + secrets.token_hex(20)
    for call in (
        lambda: h.client.reputation.get_reputation(unknown),
        lambda: h.client.reputation.get_history(unknown, 3),
        lambda: h.client.reputation.get_all_domain_reputations(unknown),
        lambda: h.client.reputation.get_domain_reputation("python", unknown),
    ):
        with pytest.raises(NotFoundError):
            h(call())


def test_leaderboard_ranks_registered_agents(connect: Connect) -> None:
    h = connect()
    contribute(
        h, "Prefer caching when the workload grows beyond a few items", unique_domain("rep"), ("caching",)
    )
    h(h.client.reputation.get_reputation())
    board = h(h.client.reputation.get_top_agents(100))
    assert board and all(isinstance(a, TopAgent) for a in board)
    scores = [a.reputation_score for a in board]
    assert scores == sorted(scores, reverse=True)
    assert len(h(h.client.reputation.get_top_agents(1))) == 1
    # unsigned: a keyless client reads it too
    keyless = connect(with_key=False)
    assert len(h(keyless.client.reputation.get_top_agents())) <= 10


def test_leaderboard_reads_both_shapes() -> None:
    service: ReputationService[Any] = XacheClientSync("http://xache.test").reputation
    entry = {"agentDID": "did:agent:evm:0x1", "reputationScore": 7.5, "totalEarnedUSD": "0.1"}
    for reply in ([entry], {"leaderboard": [entry], "total": 1}):
        op = ReputationService.get_top_agents.__wrapped__(service, 5)
        request = next(op)
        assert isinstance(request, dict) and request["params"] == {"limit": 5}
        with pytest.raises(StopIteration) as done:
            op.send(reply)
        expected = TopAgent(
            agent_did="did:agent:evm:0x1",
            wallet_address="",
            reputation_score=7.5,
            operation_count=0,
            total_earned_usd="0.1",
        )
        assert done.value.value == [expected]


def test_domain_reputation(connect: Connect) -> None:
    h = connect()
    domain, other_domain = unique_domain("rep"), unique_domain("rep")
    contribute(h, "Prefer sharding when the workload grows beyond a few items", domain, ("sharding",))
    contribute(h, "Prefer indexing when the workload grows beyond a few items", domain, ("indexing",))
    rep = h(h.client.reputation.get_domain_reputation(domain))
    assert isinstance(rep, DomainReputation)
    assert rep.domain == domain and rep.contribution_count == 2 and rep.success_rate == pytest.approx(0.9)
    assert rep.score == pytest.approx(70 * 0.72 + 30 * 0.2) and rep.total_earned_usd == "0"
    assert h(h.client.reputation.get_domain_reputation(other_domain)) is None
    reader = connect()
    assert h(reader.client.reputation.get_domain_reputation(domain, h.identity.did)) == rep
    assert h(reader.client.reputation.get_domain_reputation(other_domain, h.identity.did)) is None
    assert h(h.client.reputation.get_all_domain_reputations()) == [rep]
    assert h(reader.client.reputation.get_all_domain_reputations(h.identity.did)) == [rep]
    assert h(reader.client.reputation.get_all_domain_reputations()) == []


# -- ERC-8004 -----------------------------------------------------------------------------------------------


def test_erc8004_authorize_status_disable(connect: Connect) -> None:
    h = connect()
    rep = h.client.reputation
    assert h(rep.get_erc8004_status()).enabled is False
    request = h(rep.build_erc8004_authorization(h.identity.address, 30, 5, "base"))
    auth = request.authorization
    assert request["authorization"] is auth and request.typed_data.primary_type == "FeedbackAuth"
    assert auth.chain_id == 8453 and auth.index_limit == 5 and auth.agent_id != "0"
    assert auth.signer_address.lower() == h.identity.address.lower()
    assert request.typed_data.message["expiry"] == str(auth.expiry)
    signature = rep.sign_erc8004_authorization(request.typed_data)
    enabled = h(rep.submit_erc8004_authorization(auth, signature, "base"))
    assert enabled.success and enabled.authorization_id and enabled.agent_id == auth.agent_id
    assert enabled.erc8004_agent_id == auth.agent_id and enabled.index_limit == 5
    status = h(rep.get_erc8004_status())
    assert status.enabled and status.is_valid and status.feedbacks_limit == 5 and status.network == "base"
    assert status.erc8004_agent_id == auth.agent_id and status.feedbacks_used == 0
    disabled = h(rep.disable_erc8004_export())
    assert disabled.success and disabled["success"]
    assert h(rep.get_erc8004_status()).enabled is False
    with pytest.raises(NotFoundError):
        h(rep.disable_erc8004_export())


def test_erc8004_defaults_and_dict_authorization(connect: Connect) -> None:
    h = connect()
    rep = h.client.reputation
    request = h(rep.build_erc8004_authorization(h.identity.address, None, None))
    assert request.authorization.chain_id == 84532 and request.authorization.index_limit == 100
    as_dict = request.typed_data.to_dict()
    signature = rep.sign_erc8004_authorization(as_dict)
    wire = request.authorization.to_wire()
    assert h(rep.submit_erc8004_authorization(wire, signature)).success


def test_erc8004_refuses_bad_signatures(connect: Connect) -> None:
    h = connect()
    rep = h.client.reputation
    request = h(rep.build_erc8004_authorization(h.identity.address))
    signature = rep.sign_erc8004_authorization(request.typed_data)
    tampered = {**request.authorization.to_wire(), "indexLimit": 1000}
    with pytest.raises(InvalidInputError) as caught:
        h(rep.submit_erc8004_authorization(tampered, signature))
    assert caught.value.details["field"] == "signature"
    with pytest.raises(ValidationError) as wrong_chain:  # a base-sepolia authorization sent for base
        h(rep.submit_erc8004_authorization(request.authorization, signature, "base"))
    assert wrong_chain.value.field == "authorization.chain_id"
    # a wallet that is neither the agent's nor its owner's, correctly signed by that wallet
    stranger = connect()
    theirs = h(stranger.client.reputation.build_erc8004_authorization(stranger.identity.address))
    their_signature = stranger.client.reputation.sign_erc8004_authorization(theirs.typed_data)
    with pytest.raises(PermissionDeniedError):
        h(rep.submit_erc8004_authorization(theirs.authorization, their_signature))
    with pytest.raises(ValidationError):  # the spec's EVM address pattern: refused before anything is sent
        h(rep.build_erc8004_authorization("not-a-wallet"))


def test_sign_needs_an_evm_key(connect: Connect) -> None:
    h = connect(with_key=False)
    with pytest.raises(MissingSignerError):
        h.client.reputation.sign_erc8004_authorization({"domain": {}, "types": {}, "message": {}})


# -- validation: nothing is sent (the client points at a closed port) -------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.reputation.get_history(limit=0),
        lambda c: c.reputation.get_history(limit=101),
        lambda c: c.reputation.get_top_agents(0),
        lambda c: c.reputation.get_top_agents(True),
        lambda c: c.reputation.get_reputation("not-a-did"),
        lambda c: c.reputation.get_domain_reputation("a"),
        lambda c: c.reputation.get_domain_reputation("x" * 51),
        lambda c: c.reputation.get_domain_reputation("Python"),
        lambda c: c.reputation.get_domain_reputation("py_thon"),
        lambda c: c.reputation.get_all_domain_reputations("did:agent:evm"),
        lambda c: c.reputation.build_erc8004_authorization(""),
        lambda c: c.reputation.build_erc8004_authorization("0xabc", network="mainnet"),
        lambda c: c.reputation.build_erc8004_authorization("0xabc", 0),
        lambda c: c.reputation.build_erc8004_authorization("0xabc", 30, 0),
        lambda c: c.reputation.submit_erc8004_authorization({}, "0xsig"),
        lambda c: c.reputation.submit_erc8004_authorization({"agentId": "1"}, ""),
        lambda c: c.reputation.submit_erc8004_authorization({"agentId": "1"}, "0xsig"),
    ],
)
def test_validation_sends_nothing(connect: Connect, call: Any) -> None:
    h = connect(api_url="http://127.0.0.1:9", max_retries=0)
    with pytest.raises(ValidationError):
        h(call(h.client))


def test_a_caller_s_malformed_typed_data_is_an_input_error() -> None:
    with answering({}) as client, pytest.raises(ValidationError) as caught:
        client.reputation.sign_erc8004_authorization({"domain": {"name": "x"}, "types": {}, "message": {}})
    assert caught.value.field == "typed_data" and "typed_data.domain.version" in str(caught.value)


def test_submit_takes_our_authorization_a_wire_dict_or_the_python_sdk_s() -> None:
    official = xache.types.ERC8004FeedbackAuth(
        agent_id="0",
        client_address="0x" + "2" * 40,
        index_limit=5,
        expiry=1,
        chain_id=8453,
        identity_registry="0x" + "3" * 40,
        signer_address="0x" + "4" * 40,
    )
    ours = ERC8004FeedbackAuth(**vars(official))
    seen: list[httpx.Request] = []
    with answering({"success": True, "authorizationId": "a1", "agentId": "7"}, seen) as client:
        for auth in (ours, AUTHORIZATION, official):
            enabled = client.reputation.submit_erc8004_authorization(auth, SIGNATURE, "base")
            assert enabled.agent_id == enabled.erc8004_agent_id == "7" and enabled["authorizationId"] == "a1"
    bodies = [json.loads(request.content) for request in seen]
    assert bodies == [{"authorization": AUTHORIZATION, "signature": SIGNATURE, "network": "base"}] * 3


# -- strict results: a 200 that does not carry what the result needs is an error, never defaults ------------

TYPED_DATA = {
    "domain": {"name": "ERC8004", "version": "1", "chainId": "eighty", "verifyingContract": "0x1"},
    "types": {"FeedbackAuth": [{"name": "agentId", "type": "uint256"}]},
    "primaryType": "FeedbackAuth",
    "message": {"agentId": "0"},
}
SIGNATURE = "0x" + "ab" * 65  # an EIP-712 signature's shape (the answer is scripted)
AUTHORIZATION = {
    "agentId": "0",
    "clientAddress": "0x" + "2" * 40,
    "indexLimit": 5,
    "expiry": 1,
    "chainId": 8453,
    "identityRegistry": "0x" + "3" * 40,
    "signerAddress": "0x" + "4" * 40,
}


@pytest.mark.parametrize(
    ("call", "data", "where"),
    [
        (lambda r: r.get_reputation(), {}, "data.agentDID"),
        (lambda r: r.get_reputation(), "a snapshot", "data"),
        (
            lambda r: r.get_reputation(),
            {"agentDID": DID, "overall": 1, "timestamp": "yesterday"},
            "timestamp",
        ),
        (lambda r: r.get_history(), {"agentDID": DID}, "data"),
        (lambda r: r.get_top_agents(), [{"agentDID": DID}], "data"),
        (lambda r: r.get_domain_reputation("python"), {}, "data"),
        (lambda r: r.get_erc8004_status(), {}, "data.enabled"),
        (lambda r: r.disable_erc8004_export(), {"message": "done"}, "data.success"),
        # passes the spec (chainId is untyped there) but is no chain id
        (
            lambda r: r.build_erc8004_authorization("0x" + "ab" * 20),
            {"typedData": TYPED_DATA, "authorization": AUTHORIZATION},
            "data.typedData.domain.chainId",
        ),
    ],
)
def test_malformed_answers_raise(call: Any, data: Any, where: str) -> None:
    with answering(data) as client, pytest.raises(APIResponseValidationError) as caught:
        call(client.reputation)
    assert where in str(caught.value) and caught.value.status_code == 200
