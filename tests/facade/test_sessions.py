"""sessions.* against the sandbox, blocking and async."""

from __future__ import annotations

import secrets
from typing import Any

import pytest
from canned import REQUEST_ID, answering
from coincurve import PrivateKey
from harness import Connect
from input_errors import names_field

from xache_ext import APIResponseValidationError, ValidationError
from xache_ext.crypto.evm import private_key_to_address
from xache_ext.errors import AuthenticationError, NotFoundError
from xache_ext.sandbox.owner_services import eip191_digest
from xache_ext.types.base import ResultShapeError, read
from xache_ext.types.sessions import CreateSessionOptions, WalletSession

WALLET = "0x" + "2" * 40
SESSION = {
    "sessionId": "sess_1",
    "walletAddress": WALLET,
    "chain": "evm",
    "network": "base",
    "createdAt": 1_000,
    "expiresAt": 2_000,
    "scope": ["*"],
}


def personal_sign(key: bytes, message: str) -> str:
    """EIP-191 personal_sign, 0x + r||s||v hex."""
    sig = PrivateKey(key).sign_recoverable(eip191_digest(message.encode()), hasher=None)
    return "0x" + (sig[:64] + bytes((sig[64] + 27,))).hex()


def wallet() -> tuple[bytes, str]:
    key = secrets.token_bytes(32)
    return key, private_key_to_address(key)


def test_session_lifecycle(connect: Connect) -> None:
    h = connect()
    key, address = wallet()
    msg = f"xache.test wants you to sign in with your Ethereum account:\n{address}"
    sessions = h.client.sessions
    s = h(sessions.create(address, "evm", "base-sepolia", msg, personal_sign(key, msg), max_amount="1000"))
    assert s.scope == ["*"] and s.agent_did == h.client.did and s.wallet_address == address
    assert s.expires_at - s.created_at == 3_600_000 and s.amount_spent == "0" and not s.is_expired
    assert s.remaining_budget == "1000" and 3590 <= s.remaining_time <= 3600
    options = CreateSessionOptions(
        address, "evm", "base", msg, personal_sign(key, msg), duration_seconds=60, scope=["memory:store"]
    )
    s2 = h(sessions.create_and_activate(options))
    assert sessions.get_current_session_id() == s2.session_id and sessions.has_active_session()
    assert sessions.get_session_header() == {"X-Session-Id": s2.session_id}
    assert s2.scope == ["memory:store"] and s2.max_amount is None
    s3 = h(sessions.create(options=options))  # the official SDK's keyword
    assert s3.scope == ["memory:store"] and s3.session_id not in (s.session_id, s2.session_id)
    assert h(sessions.get(s.session_id, address)) == s
    assert h(sessions.get(s.session_id, wallet()[1])) is None  # another wallet
    assert {x.session_id for x in h(sessions.list_by_wallet(address))} == {
        s.session_id,
        s2.session_id,
        s3.session_id,
    }

    ok = h(sessions.validate(s.session_id, address, amount="1000", scope="collective:query"))
    assert ok.valid and ok.has_budget and ok.remaining_amount == "1000" and ok.session == s
    over = h(sessions.validate(s.session_id, address, amount="1001"))
    assert not over.valid and not over.has_budget and over.reason and over.error == over.reason
    scoped = h(sessions.validate(s2.session_id, address, scope="memory:retrieve"))
    assert not scoped.valid and scoped.has_budget and scoped.remaining_amount is None
    assert h(sessions.validate(s2.session_id, address)).valid

    other = connect()  # sessions are private to the DID that created them
    assert other(other.client.sessions.get(s.session_id, address)) is None
    assert other(other.client.sessions.list_by_wallet(address)) == []

    assert h(sessions.revoke(s2.session_id, address)) is True
    assert not sessions.has_active_session()
    assert h(sessions.get(s2.session_id, address)) is None
    with pytest.raises(NotFoundError):
        h(sessions.revoke(s2.session_id, address))
    with pytest.raises(NotFoundError):
        h(sessions.validate(s2.session_id, address))


def test_create_needs_the_wallet_signature(connect: Connect) -> None:
    h = connect()
    key, address = wallet()
    with pytest.raises(AuthenticationError):
        h(h.client.sessions.create(address, "evm", "base", "message", personal_sign(key, "another message")))
    other_key, _ = wallet()
    with pytest.raises(AuthenticationError):
        h(h.client.sessions.create(address, "evm", "base", "m", personal_sign(other_key, "m")))


def test_validation_sends_nothing(connect: Connect) -> None:
    h = connect(api_url="http://127.0.0.1:9")
    _, address = wallet()
    s = h.client.sessions
    bad_calls = [
        (lambda: s.create(address, "btc", "base", "m", "sig"), "chain"),
        (lambda: s.create(address, "evm", "solana", "m", "sig"), "network"),
        (lambda: s.create(address, "evm", "base", "", "sig"), "signed_message"),
        (lambda: s.create(address, "evm", "base", "m", "sig", scope=["memory:delete"]), "scope"),
        (lambda: s.create(address, "evm", "base", "m", "sig", duration_seconds=86_401), "duration_seconds"),
        (lambda: s.create(address, "evm", "base", "m", "sig", max_amount="1.5"), "max_amount"),
        (lambda: s.validate("sess_1", address, amount="-1"), "amount"),
        (lambda: s.validate("sess_1", address, scope="all"), "scope"),
        (lambda: s.get("", address), "session_id"),
        (lambda: s.list_by_wallet(""), "wallet_address"),
    ]
    for call, field in bad_calls:
        with pytest.raises(ValidationError) as caught:
            h(call())
        assert names_field(caught.value, field), caught.value.field


@pytest.mark.parametrize(
    ("data", "where"),
    [
        ({}, "data.session is required"),
        ("a session", "data expected object"),
        ({"session": {**SESSION, "expiresAt": None}}, "data.session.expiresAt expected integer"),
        ({"session": {k: v for k, v in SESSION.items() if k != "scope"}}, "data.session.scope is required"),
    ],
)
def test_a_malformed_answer_is_a_typed_error(data: Any, where: str) -> None:
    with answering(data) as client, pytest.raises(APIResponseValidationError) as caught:
        client.sessions.get("sess_1", WALLET)
    assert where in str(caught.value)
    assert caught.value.status_code == 200 and caught.value.request_id == REQUEST_ID


def test_session_results_read_declared_fields_and_keep_the_rest() -> None:
    with answering({"session": {**SESSION, "maxAmount": "500", "tier": "gold"}}) as client:
        session = client.sessions.get("sess_1", WALLET)
    assert session is not None and (session.amount_spent, session.agent_did) == ("0", None)
    assert session.remaining_budget == "500" and session.is_expired and session["tier"] == "gold"
    with answering({"valid": False, "error": "expired"}) as client:
        validation = client.sessions.validate("sess_1", WALLET)
    assert (validation.valid, validation.session_id, validation.has_budget) == (False, "sess_1", False)
    assert validation.reason == validation.error == validation["error"] == "expired"
    assert validation.session is None and validation.remaining_amount is None
    snake = read(
        WalletSession, {**{k: v for k, v in SESSION.items() if k != "sessionId"}, "session_id": "s2"}
    )
    assert snake.session_id == "s2"
    with pytest.raises(ResultShapeError, match=r"data\.createdAt is required"):
        read(WalletSession, {k: v for k, v in SESSION.items() if k != "createdAt"})


@pytest.mark.parametrize("bad", ["", "  ", 7, ["s"], "\ud800"])
def test_the_current_session_is_a_session_id(connect: Connect, bad: Any) -> None:
    h = connect()
    h.client.sessions.set_current_session("sess_1")
    with pytest.raises(ValidationError) as caught:
        h.client.sessions.set_current_session(bad)
    assert caught.value.field == "session_id"
    assert h.client.sessions.get_current_session_id() == "sess_1"
    h.client.sessions.set_current_session(None)
    assert not h.client.sessions.has_active_session()
