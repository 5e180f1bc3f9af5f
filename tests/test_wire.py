"""Reading results the way code written for the official Python SDK (plain dicts) does."""

from __future__ import annotations

import attrs
import pytest

from xache_ext.types.wire import KeyedResult


@attrs.frozen
class Sample(KeyedResult):
    agent_did: str
    memories_deleted: int
    total_earned_usd: str


def test_keyed_result_reads_attribute_and_wire_names() -> None:
    sample = Sample("did:agent:evm:0x1", 3, "0.5")
    assert sample["agent_did"] == sample["agentDID"] == "did:agent:evm:0x1"
    assert sample["memoriesDeleted"] == 3 and sample["totalEarnedUSD"] == "0.5"
    with pytest.raises(KeyError):
        sample["nope"]
    assert not hasattr(sample, "__dict__")
