"""One plain example per defect the facade fuzz test found: each call raises ``XacheInputError`` (a
``ValidationError``) naming the argument, with no request sent."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from input_errors import names_field

from xache_ext import XacheClientSync
from xache_ext.errors import ValidationError, XacheInputError
from xache_ext.sandbox.server import unregistered_identity

IDENT = unregistered_identity()
HEX64 = "ab" * 32
ADDRESS = "0x" + "3" * 40
HUGE = 10**5000  # str() of it raises ValueError (Python's 4,300-digit limit)


class Offline:
    """A blocking client whose transport records each request and answers 200 with ``data``."""

    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []
        self.data: Any = {}
        transport = httpx.MockTransport(self._answer)
        self.client = XacheClientSync(
            "http://127.0.0.1:9", IDENT.did, IDENT.private_key, http_client=httpx.Client(transport=transport)
        )

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return httpx.Response(200, json={"success": True, "data": self.data})

    def refused(self, call: Callable[[XacheClientSync], Any], field: str) -> ValidationError:
        self.sent.clear()
        with pytest.raises(ValidationError) as caught:
            call(self.client)
        assert self.sent == [], "a request was sent"
        assert names_field(caught.value, field), (caught.value.field, str(caught.value))
        return caught.value


@pytest.fixture
def offline() -> Iterator[Offline]:
    clients = Offline()
    yield clients
    clients.client.close()


def test_a_list_argument_that_is_not_a_list(offline: Offline) -> None:
    contribute = {
        "pattern": "p",
        "pattern_hash": HEX64,
        "domain": "gas",
        "metrics": {},
        "encrypted_content_ref": "m",
    }
    offline.refused(lambda c: c.collective.contribute(**contribute, tags=5), "tags")
    offline.refused(lambda c: c.memory.remember_conversation("s", key_points=7), "key_points")
    offline.refused(lambda c: c.memory.store({"a": 1}, "hot", tags={"a"}), "tags")  # a set has no order


def test_set_preferences_needs_a_dict(offline: Offline) -> None:
    offline.refused(lambda c: c.facilitators.set_preferences(0), "preferences")


def test_conversation_times_are_integers(offline: Offline) -> None:
    offline.refused(lambda c: c.memory.remember_conversation("s", start_time=""), "start_time")
    offline.refused(lambda c: c.memory.remember_conversation("s", end_time=1.5), "end_time")


def test_values_too_large_to_print_are_refused_typed(offline: Offline) -> None:
    offline.refused(lambda c: c.collective.list_heuristics(limit=HUGE), "limit")
    offline.refused(lambda c: c.facilitators.select(HUGE), "chain")
    offline.refused(lambda c: c.ephemeral.read_slot("eph_1", HUGE), "slot")
    error = offline.refused(lambda c: c.facilitators.select([]), "chain")  # unhashable
    assert "got []" in str(error)


def test_path_values_must_be_text(offline: Offline) -> None:
    offline.refused(lambda c: c.ephemeral.export_session("\ud800"), "session_key")
    offline.refused(lambda c: c.ephemeral.clear_slot("eph_1", 7), "slot")
    offline.refused(lambda c: c.workspaces.get(["ws"]), "workspace_id")


def test_lone_surrogates_in_hashed_names(offline: Offline) -> None:
    offline.refused(lambda c: c.graph.query("a\ud800"), "start_entity")
    offline.refused(lambda c: c.graph.get_entity_history("\udfff"), "name")
    with pytest.raises(ValidationError):
        offline.client.derive_subject_id("\ud800")


def test_erc8004_typed_data_that_cannot_be_signed(offline: Offline) -> None:
    typed = {
        "domain": {"name": "ERC8004", "version": "1", "chainId": 84532, "verifyingContract": "nope"},
        "types": {"FeedbackAuth": [{"name": "agentId", "type": "uint256"}]},
        "primaryType": "FeedbackAuth",
        "message": {"agentId": 1},
    }
    with pytest.raises(ValidationError) as caught:
        offline.client.reputation.sign_erc8004_authorization(typed)
    assert caught.value.field == "typed_data"


def test_erc8004_chain_id_must_be_the_networks(offline: Offline) -> None:
    auth = {
        "agentId": "0",
        "clientAddress": ADDRESS,
        "indexLimit": 5,
        "expiry": 1,
        "chainId": 8453,
        "identityRegistry": ADDRESS,
        "signerAddress": ADDRESS,
    }
    call = offline.client.reputation.submit_erc8004_authorization
    offline.refused(lambda c: call(auth, "0x" + "ab" * 65, network="base-sepolia"), "chain_id")
    offline.refused(lambda c: call({**auth, "chainId": 84532, "signerAddress": "me"}, "0x"), "signerAddress")


def test_limits_the_sandbox_enforced_are_in_the_spec(offline: Offline) -> None:
    offline.refused(lambda c: c.ephemeral.create_session(ttl_seconds=86_401), "ttlSeconds")
    offline.refused(lambda c: c.ephemeral.create_session(max_windows=101), "maxWindows")
    offline.refused(lambda c: c.ephemeral.list_sessions(limit=101), "limit")
    offline.refused(lambda c: c.receipts.list(offset=10**9 + 1), "offset")


def test_date_times_are_rfc_3339(offline: Offline) -> None:
    offline.refused(lambda c: c.receipts.list_anchors(from_date="2030-01-01"), "from")
    offline.refused(lambda c: c.receipts.list_anchors(to_date="2030-01-01T00:00"), "to")
    offline.data = {"storageKey": "mem_1", "storageTier": "hot", "size": 1, "receiptId": "rcpt_1"}
    offline.client.memory.store({"a": 1}, "hot", expires_at=dt.datetime(2030, 1, 1))  # naive: UTC
    assert json.loads(offline.sent[-1].content)["expiresAt"] == "2030-01-01T00:00:00+00:00"


def test_more_untyped_failures_found_by_fuzzing(offline: Offline) -> None:
    offline.refused(lambda c: c.budget.update_fleet_cap(HUGE), "fleetCapCents")  # JSON cannot write it
    offline.refused(lambda c: c.royalty.get_top_earners(HUGE), "limit")
    offline.refused(lambda c: c.graph.load(valid_at=HUGE), "valid_at")
    offline.refused(lambda c: c.memory.recall_patterns(success_only=bytearray(b"x")), "success_only")
    trace = {"k": {1, 2}}
    offline.refused(lambda c: c.extraction.extract_with_ollama(trace, "http://127.0.0.1:9", "m"), "trace")
    offline.refused(lambda c: c.graph.ask("why\x7f", llm_config={"type": "xache-managed"}), "question")
    with pytest.raises(XacheInputError):
        offline.client.memory.set_encryption_key(None)  # type: ignore[arg-type]


def test_a_body_over_the_specs_size_limit_is_not_sent(offline: Offline) -> None:
    big = {"k": "x" * 1_100_000}
    error = offline.refused(lambda c: c.identity.update(IDENT.did, metadata=big), "body")
    assert "at most 1,048,576" in str(error)
    offline.refused(lambda c: c.ephemeral.write_slot("eph_1", "cache", big), "body")
