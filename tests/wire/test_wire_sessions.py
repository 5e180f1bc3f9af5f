"""A recorded wallet-session session: create (with the wallet's signature), activate, get, validate, list, revoke."""

from __future__ import annotations

import pytest
from harness import personal_sign

from xache_ext.crypto.evm import private_key_to_address
from xache_ext.types.sessions import CreateSessionOptions

from .conftest import WireEnv, fixed_key

pytestmark = pytest.mark.vcr


def test_sessions_session(wire: WireEnv) -> None:
    key = fixed_key("session wallet")  # the wallet address is in paths: fixed, so that replay matches
    wallet = private_key_to_address(key)
    message = f"xache.test wants you to sign in with your Ethereum account:\n{wallet}"
    signature = personal_sign(key, message)
    with wire.client() as client:
        sessions = client.sessions
        first = sessions.create(wallet, "evm", "base", message, signature, max_amount="1000")
        assert first.scope == ["*"] and first.max_amount == "1000"
        options = CreateSessionOptions(
            wallet, "evm", "base", message, signature, duration_seconds=600, scope=["memory:store"]
        )
        second = sessions.create_and_activate(options)
        assert sessions.get_current_session_id() == second.session_id
        assert sessions.get(first.session_id, wallet) == first
        ok = sessions.validate(first.session_id, wallet, amount="500", scope="collective:query")
        assert ok.valid and ok.has_budget
        assert not sessions.validate(second.session_id, wallet, scope="memory:retrieve").valid
        listed = {s.session_id for s in sessions.list_by_wallet(wallet)}
        assert listed == {first.session_id, second.session_id}
        assert sessions.revoke(second.session_id, wallet) is True
        assert not sessions.has_active_session()
        assert sessions.get(second.session_id, wallet) is None
