"""Drop-in compatibility: every method of the official SDK's services exists on ours, with the same arguments.

A user of ``xache`` 5.13.0 switches by changing one import, so each public method must take the same
parameters in the same order with the same defaults. The few deliberate differences are listed with reasons.
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest
import xache

from xache_ext import XacheClientSync
from xache_ext.crypto.signers import EvmPrivateKeySigner

pytestmark = pytest.mark.interop

KEY = "11" * 32
DID = f"did:agent:evm:{EvmPrivateKeySigner(KEY).address}"
SERVICES = [
    "identity",
    "memory",
    "collective",
    "budget",
    "receipts",
    "reputation",
    "royalty",
    "extraction",
    "facilitators",
    "sessions",
    "workspaces",
    "owner",
    "ephemeral",
]
EXPECTED = {
    "collective.list_heuristics default limit": "same behaviour: a default page size is left out of the query",
    "collective.list_heuristics default offset": "same behaviour: offset 0 is left out of the query",
    "receipts.list_anchors default limit": "the Python SDK always sends limit=100; like TypeScript we send it "
    "only when given, and the server's default applies",
    "sessions.create parameter options": "the Python SDK takes one options object; ours also takes the fields "
    "(TypeScript style), with the object accepted positionally or as options=",
    "sessions.create_and_activate parameter options": "as sessions.create",
}


def differences(official: Any, ours: Any, service: str) -> list[str]:
    found = []
    for name, fn in inspect.getmembers(type(official), predicate=inspect.isfunction):
        if name.startswith("_"):
            continue
        if not hasattr(ours, name):
            found.append(f"{service}.{name} missing")
            continue
        theirs = [p for p in inspect.signature(fn).parameters.values() if p.name != "self"]
        mine = list(inspect.signature(getattr(ours, name)).parameters.values())
        for index, param in enumerate(theirs):
            if index >= len(mine) or mine[index].name != param.name:
                found.append(f"{service}.{name} parameter {param.name}")
            elif param.default is not inspect.Parameter.empty and mine[index].default != param.default:
                found.append(f"{service}.{name} default {param.name}")
    return found


@pytest.fixture(scope="module")
def clients() -> tuple[Any, XacheClientSync]:
    official = xache.XacheClient(api_url="http://127.0.0.1:9", did=DID, private_key="0x" + KEY)
    return official, XacheClientSync("http://127.0.0.1:9", DID, KEY)


@pytest.mark.parametrize("service", SERVICES)
def test_every_official_method_is_there_with_its_arguments(
    clients: tuple[Any, XacheClientSync], service: str
) -> None:
    official, ours = clients
    found = differences(getattr(official, service), getattr(ours, service), service)
    unexpected = [d for d in found if d not in EXPECTED]
    assert unexpected == []


def test_every_listed_difference_still_exists(clients: tuple[Any, XacheClientSync]) -> None:
    official, ours = clients
    found = {d for s in SERVICES for d in differences(getattr(official, s), getattr(ours, s), s)}
    assert found == set(EXPECTED)


def test_the_check_catches_a_renamed_argument(clients: tuple[Any, XacheClientSync]) -> None:
    official, _ = clients

    class Renamed:
        def retrieve(self, storage_id: str, anchoring: str | None = None) -> None: ...

    assert "memory.retrieve parameter memory_id" in differences(official.memory, Renamed(), "memory")
