"""A recorded identity session: registration, profile updates and the ownership-claim round trip."""

from __future__ import annotations

import pytest

from xache_ext.errors import APIStatusError

from .conftest import WireEnv

pytestmark = pytest.mark.vcr


def test_identity_session(wire: WireEnv) -> None:
    peer, address = wire.peer()  # a new wallet: registered, claimed and deleted within the session
    with wire.client() as client, peer:
        registered = client.identity.register(wallet_address=address, key_type="evm", chain="base")
        assert registered.wallet_address.lower() == address.lower() or not wire.recording
        me = client.identity.get(wire.did)
        assert me.did == wire.did
        updated = peer.identity.update(registered.did, name="wire-peer", metadata={"team": "wire"})
        assert updated.name == "wire-peer"
        claim = client.identity.submit_claim_request(registered.did, webhook_url="https://example.com/hook")
        assert claim.claim_id
        pending = peer.identity.get_pending_claims_for_agent()
        assert [c.owner_did for c in pending.claims] == [wire.did]
        decision = peer.identity.process_claim_request(wire.did, False, rejection_reason="not this time")
        assert decision.status == "rejected"
        try:  # owner-only: an agent DID may be refused (the recorded answer replays either way)
            client.identity.get_pending_claims_by_owner()
        except APIStatusError as exc:
            assert exc.status_code in (401, 403)
        try:
            client.identity.claim_on_chain(registered.did, "0x" + "ab" * 32, "base")
        except APIStatusError as exc:
            assert exc.status_code in (400, 401, 403, 409)
        assert peer.identity.delete(registered.did)
