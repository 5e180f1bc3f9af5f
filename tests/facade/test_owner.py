"""owner.* against the sandbox, blocking and async."""

from __future__ import annotations

import secrets
import time
from typing import Any

import pytest
from canned import REQUEST_ID, answering
from coincurve import PrivateKey
from harness import Connect, Harness
from input_errors import names_field

from xache_ext import APIResponseValidationError, ValidationError
from xache_ext.crypto.evm import private_key_to_address
from xache_ext.errors import ConflictError, InvalidInputError, NotFoundError, PermissionDeniedError
from xache_ext.sandbox.owner_services import eip191_digest
from xache_ext.types.base import ResultShapeError, read
from xache_ext.types.owner import OwnedAgents, Owner, SubjectPurgeResult

OWNER = {"ownerDID": "did:owner:evm:0x" + "1" * 40, "walletAddress": "0x" + "1" * 40, "walletChain": "evm"}


def personal_sign(key: bytes, message: str) -> str:
    """EIP-191 personal_sign, 0x + r||s||v hex."""
    sig = PrivateKey(key).sign_recoverable(eip191_digest(message.encode()), hasher=None)
    return "0x" + (sig[:64] + bytes((sig[64] + 27,))).hex()


def owner_client(connect: Connect) -> tuple[Harness, bytes, str]:
    key = secrets.token_bytes(32)
    address = private_key_to_address(key)
    h = connect(with_key=False, did=f"did:owner:evm:{address}", private_key=key.hex())
    return h, key, address


def test_register_verify_profile(connect: Connect) -> None:
    h, key, address = owner_client(connect)
    assert h(h.client.owner.get_profile()) is None
    owner = h(h.client.owner.register(address.lower(), "evm", "human", display_name="Ada", email="a@b.io"))
    assert owner.owner_did == f"did:owner:evm:{address}" == h.client.did
    assert (owner.display_name, owner.email, owner.wallet_verified) == ("Ada", "a@b.io", False)
    with pytest.raises(ConflictError):
        h(h.client.owner.register(address, "evm", "human"))
    now = int(time.time())
    msg = "I own this wallet"
    assert h(h.client.owner.verify_wallet(owner.owner_did, msg, personal_sign(key, "other"), now)) is False
    assert h(h.client.owner.verify_wallet(owner.owner_did, msg, personal_sign(key, msg), now * 1000)) is True
    profile = h(h.client.owner.get_profile())
    assert profile is not None and profile.wallet_verified is True
    updated = h(h.client.owner.update_profile(organization_name="Acme", email="ops@acme.io"))
    assert (updated.display_name, updated.organization_name, updated.email) == ("Ada", "Acme", "ops@acme.io")
    with pytest.raises(InvalidInputError) as stale:  # timestamp outside the 5-minute window
        h(h.client.owner.verify_wallet(owner.owner_did, msg, personal_sign(key, msg), now - 600))
    assert stale.value.details["field"] == "timestamp"


def test_owner_only_and_not_found(connect: Connect) -> None:
    agent = connect()
    with pytest.raises(PermissionDeniedError):
        agent(agent.client.owner.get_profile())
    with pytest.raises(PermissionDeniedError):
        agent(agent.client.owner.purge_subject("a" * 64))
    h, _, address = owner_client(connect)
    with pytest.raises(NotFoundError):
        h(h.client.owner.update_profile(display_name="x"))
    with pytest.raises(NotFoundError):
        h(h.client.owner.verify_wallet(f"did:owner:evm:{address}", "m", "0x" + "11" * 65, int(time.time())))


def test_owned_agents_and_purge(connect: Connect) -> None:
    h, _, address = owner_client(connect)
    h(h.client.owner.register(address, "evm", "organization", organization_name="Fleet"))
    agent = connect()
    assert h(h.client.owner.get_owned_agents()).count == 0
    h(h.client.identity.claim_on_chain(agent.client.did, "0x" + "ab" * 32, "base"))
    owned = h(h.client.owner.get_owned_agents())
    assert owned["count"] == 1 and owned.agents[0].agent_did == agent.client.did
    assert owned.agents[0].claim_type == "individual"
    subject = secrets.token_hex(32)
    keep = agent(agent.client.memory.store(data={"k": "keep"}, storage_tier="hot"))
    for i in range(2):
        agent(
            agent.client.memory.store(data={"k": i}, storage_tier="hot", subject_id=subject, scope="SUBJECT")
        )
    result = h(h.client.owner.purge_subject(subject, delete_receipts=True))
    assert result.subject_id == subject and result["memoriesDeleted"] == 2
    assert result.receipts_deleted is not None and result.receipts_deleted >= 0
    assert h(h.client.owner.purge_subject(subject)).memories_deleted == 0
    assert agent(agent.client.memory.retrieve(keep.storage_key)).data == {"k": "keep"}


def test_validation_sends_nothing(connect: Connect) -> None:
    h = connect(with_key=False, api_url="http://127.0.0.1:9")  # nothing listens: a request would fail
    bad_calls = [
        (lambda: h.client.owner.register("nope", "evm", "human"), "wallet_address"),
        (lambda: h.client.owner.register("0x" + "1" * 40, "btc", "human"), "wallet_chain"),
        (lambda: h.client.owner.register("0x" + "1" * 40, "evm", "robot"), "entity_type"),
        (lambda: h.client.owner.purge_subject("ABC"), "subject_id"),
        (lambda: h.client.owner.purge_subject(""), "subject_id"),
        (lambda: h.client.owner.verify_wallet("did:agent:evm:0x" + "1" * 40, "m", "s", 1), "owner_did"),
    ]
    for call, field in bad_calls:
        with pytest.raises(ValidationError) as caught:
            h(call())
        assert names_field(caught.value, field), caught.value.field


@pytest.mark.parametrize(
    ("data", "where"),
    [
        ({}, "data.owner is required"),
        ("an owner", "data expected object"),
        ({"owner": {}}, "data.owner.ownerDID is required"),
        ({"owner": {**OWNER, "entityType": None}}, "data.owner.entityType expected string"),
    ],
)
def test_a_malformed_answer_is_a_typed_error(data: Any, where: str) -> None:
    with answering(data) as client, pytest.raises(APIResponseValidationError) as caught:
        client.owner.register(OWNER["walletAddress"], "evm", "human")
    assert where in str(caught.value)
    assert caught.value.status_code == 200 and caught.value.request_id == REQUEST_ID


def test_owner_results_read_declared_fields_and_keep_the_rest() -> None:
    with answering({"owner": None}) as client:
        assert client.owner.get_profile() is None
    with answering({"owner": {**OWNER, "entityType": "robot", "plan": "pro"}}) as client:
        owner = client.owner.get_profile()
    assert owner is not None and owner.entity_type == "robot"  # an unknown value stays a plain string
    assert (owner.display_name, owner.email_verified, owner.created_at) == (None, False, "")
    assert owner["ownerDID"] == owner.owner_did and owner["plan"] == "pro"
    snake = read(
        Owner, {"owner_did": "d", "wallet_address": "w", "wallet_chain": "evm", "entity_type": "human"}
    )
    assert (snake.owner_did, snake.wallet_address) == ("d", "w")
    with pytest.raises(ResultShapeError, match=r"data\.walletChain is required"):
        read(Owner, {"ownerDID": "d", "walletAddress": "w", "entityType": "human"})
    agents = read(
        OwnedAgents, {"agents": [{"agentDID": "did:agent:evm:0x1", "claimType": "workspace"}], "count": 1}
    )
    assert agents["count"] == 1 and agents.agents[0].wallet_address == "" and agents.agents[0].role is None
    with pytest.raises(ResultShapeError, match=r"data\.agents\[0\]\.claimType is required"):
        read(OwnedAgents, {"agents": [{"agentDID": "did:agent:evm:0x1"}], "count": 1})
    with pytest.raises(ResultShapeError, match=r"data\.memoriesDeleted is required"):
        read(SubjectPurgeResult, {"subjectId": "a" * 64})
