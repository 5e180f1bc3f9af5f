"""A recorded owner session: register and verify the wallet (unsigned), profile, owned agents, subject purge."""

from __future__ import annotations

import hashlib
import time

import pytest
from harness import personal_sign

from .conftest import WireEnv

pytestmark = pytest.mark.vcr

SUBJECT = hashlib.sha256(b"xache-sdk wire cassettes: subject").hexdigest()  # in the purge path: fixed


def test_owner_session(wire: WireEnv) -> None:
    owner, key, address = wire.owner("owner")
    with owner:
        assert owner.owner.get_profile() is None
        registered = owner.owner.register(address, "evm", "human", display_name="Ada")
        assert registered.owner_did == owner.did and registered.wallet_verified is False
        message = "I own this wallet"
        assert owner.owner.verify_wallet(owner.did, message, personal_sign(key, message), int(time.time()))
        profile = owner.owner.get_profile()
        assert profile is not None and profile.wallet_verified is True
        updated = owner.owner.update_profile(organization_name="Acme", email="ops@acme.io")
        assert (updated.display_name, updated.organization_name) == ("Ada", "Acme")
        assert owner.owner.get_owned_agents().count == 0
        purged = owner.owner.purge_subject(SUBJECT, delete_receipts=True)
        assert purged.subject_id == SUBJECT and purged.memories_deleted == 0
