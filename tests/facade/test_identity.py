"""identity.*: registration, profile and ownership claims against the sandbox, blocking and async."""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

import pytest
from canned import DID, REQUEST_ID, answering
from harness import Connect

from xache_ext import (
    APIResponseValidationError,
    ConflictError,
    InvalidDIDError,
    NotFoundError,
    ValidationError,
)
from xache_ext.crypto.evm import private_key_to_address
from xache_ext.sandbox import Sandbox
from xache_ext.types.base import ResultShapeError, read
from xache_ext.types.identity import Identity, PendingClaims

IDENTITY = {
    "did": DID,
    "walletAddress": DID.rsplit(":", 1)[1],
    "keyType": "evm",
    "chain": "base",
    "reputationScore": 0.5,
    "createdAt": "2026-01-02T03:04:05Z",
}


def test_register_get_update_delete(connect: Connect) -> None:
    key = secrets.token_bytes(32)
    address = private_key_to_address(key)
    did = f"did:agent:evm:{address}"
    h = connect(with_key=False, did=did, private_key=key.hex())
    identity = h(h.client.identity.register(wallet_address=address, key_type="evm", chain="base"))
    assert identity.did == did
    assert identity.wallet_address.lower() == address.lower()
    assert identity.key_type == "evm" and identity.created_at is not None
    fetched = h(h.client.identity.get(did))
    assert fetched.did == did
    updated = h(h.client.identity.update(did, name="agent-7", metadata={"team": "blue"}))
    assert updated.name == "agent-7" and updated.metadata == {"team": "blue"}
    with pytest.raises(ConflictError):
        h(h.client.identity.register(wallet_address=address, key_type="evm", chain="base"))
    assert isinstance(h(h.client.identity.delete(did)), str)


def test_register_needs_no_key(connect: Connect) -> None:
    h = connect(with_key=False)
    address = private_key_to_address(secrets.token_bytes(32))
    identity = h(h.client.identity.register(wallet_address=address, key_type="evm", chain="base"))
    assert identity.did.endswith(address)


def test_unknown_identity_is_not_found(connect: Connect) -> None:
    h = connect()
    stranger = f"did:agent:evm:{private_key_to_address(secrets.token_bytes(32))}"
    with pytest.raises(NotFoundError):
        h(h.client.identity.get(stranger))


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"wallet_address": "0x123", "key_type": "evm", "chain": "base"}, ValidationError),
        ({"wallet_address": "0x" + "a" * 40, "key_type": "rsa", "chain": "base"}, ValidationError),
        ({"wallet_address": "0x" + "a" * 40, "key_type": "evm", "chain": "ethereum"}, ValidationError),
        ({"wallet_address": "0OIl" * 10, "key_type": "solana", "chain": "solana"}, ValidationError),
        (
            {"wallet_address": "0x" + "a" * 40, "key_type": "evm", "chain": "base", "owner_did": "did:x"},
            InvalidDIDError,
        ),
    ],
)
def test_register_validates_before_sending(connect: Connect, kwargs: dict, error: type[Exception]) -> None:
    h = connect()
    with pytest.raises(error):
        h(h.client.identity.register(**kwargs))


def test_update_needs_a_field(connect: Connect) -> None:
    h = connect()
    with pytest.raises(ValidationError):
        h(h.client.identity.update(h.identity.did))


def test_ownership_claims(connect: Connect, xache_sandbox: Sandbox) -> None:
    agent = connect()
    owner_key = secrets.token_bytes(32)
    owner_did = f"did:owner:evm:{private_key_to_address(owner_key)}"
    owner = connect(agent.identity, did=owner_did, private_key=owner_key.hex())
    submitted = owner(
        owner.client.identity.submit_claim_request(
            agent.identity.did, webhook_url="https://example.test/hook"
        )
    )
    assert submitted.claim_id and submitted.status == "pending"
    by_owner = owner(owner.client.identity.get_pending_claims_by_owner())
    assert by_owner.count == 1 and by_owner.claims[0].agent_did == agent.identity.did
    for_agent = agent(agent.client.identity.get_pending_claims_for_agent())
    assert for_agent.count == 1 and for_agent.claims[0].owner_did == owner_did
    with pytest.raises(ValidationError):
        agent(agent.client.identity.process_claim_request(owner_did, approved=True))
    decision = agent(
        agent.client.identity.process_claim_request(
            owner_did, approved=True, owner_signature="0xowner", agent_signature="0xagent", timestamp=1
        )
    )
    assert decision.status == "approved"
    assert agent(agent.client.identity.get_pending_claims_for_agent()).count == 0
    other = connect()
    onchain = owner(
        owner.client.identity.claim_on_chain(other.identity.did, tx_hash="0x" + "ab" * 32, chain="base")
    )
    assert onchain.status == "approved" and onchain.tx_hash == "0x" + "ab" * 32


@pytest.mark.parametrize(
    ("data", "where"),
    [
        ({}, "data.did is required"),
        ("an identity", "data expected object"),
        ([IDENTITY], "data expected object"),
        (
            {**IDENTITY, "createdAt": "last tuesday"},
            "data.createdAt expected datetime",
        ),  # a string, as the spec says
    ],
)
def test_a_malformed_answer_is_a_typed_error(data: Any, where: str) -> None:
    with answering(data) as client, pytest.raises(APIResponseValidationError) as caught:
        client.identity.get(DID)
    assert where in str(caught.value)
    assert caught.value.status_code == 200 and caught.value.request_id == REQUEST_ID


def test_identity_reads_declared_fields_and_keeps_the_rest() -> None:
    with answering({**IDENTITY, "name": "a7", "tier": "gold"}) as client:
        identity = client.identity.get(DID)
    assert identity.created_at == dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    assert (identity.reputation_score, identity.name, identity.updated_at, identity.metadata) == (
        0.5,
        "a7",
        None,
        None,
    )
    assert identity["walletAddress"] == identity.wallet_address and identity["tier"] == "gold"
    registered = read(Identity, {k: v for k, v in IDENTITY.items() if k != "reputationScore"})
    assert registered.reputation_score is None  # a registration answer carries no score
    snake = read(
        Identity, {"did": DID, "wallet_address": "w", "key_type": "evm", "chain": "base", "created_at": 0}
    )
    assert snake.wallet_address == "w" and snake.created_at == dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    with pytest.raises(ResultShapeError, match=r"data\.createdAt is required"):
        read(Identity, {k: v for k, v in IDENTITY.items() if k != "createdAt"})
    with pytest.raises(ResultShapeError, match=r"data\.claims\[0\]\.requestedAt is required"):
        read(PendingClaims, {"claims": [{"claimId": "c1"}], "count": 1})
