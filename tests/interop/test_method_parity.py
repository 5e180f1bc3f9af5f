"""Drop-in compatibility: every method of the official SDK's services exists on ours, with the same arguments.

A user of ``xache`` 5.13.0 switches by changing one import, so each public method must take the same
parameters in the same order with the same defaults. The few deliberate differences are listed with reasons.
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest
import xache

from xache_ext import XacheClient, XacheClientSync
from xache_ext.crypto.signers import EvmPrivateKeySigner
from xache_ext.graph import Graph

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
    "graph",
    "auto_contribute",
    "helpers",
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
CLIENT_EXPECTED = {
    "client.request missing": "raw calls go through client.api, the generated low-level client, which signs "
    "and pays like every service",
    "client.request_with_payment missing": "as client.request: every call through client.api is paid",
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


@pytest.fixture(scope="module", params=[XacheClientSync, XacheClient], ids=["sync", "async"])
def clients(request: pytest.FixtureRequest) -> tuple[Any, XacheClientSync | XacheClient]:
    official = xache.XacheClient(api_url="http://127.0.0.1:9", did=DID, private_key="0x" + KEY)
    return official, request.param("http://127.0.0.1:9", DID, KEY)


@pytest.mark.parametrize("service", SERVICES)
def test_every_official_method_is_there_with_its_arguments(
    clients: tuple[Any, XacheClientSync | XacheClient], service: str
) -> None:
    official, ours = clients
    found = differences(getattr(official, service), getattr(ours, service), service)
    unexpected = [d for d in found if d not in EXPECTED]
    assert unexpected == []


def test_every_listed_difference_still_exists(clients: tuple[Any, XacheClientSync | XacheClient]) -> None:
    official, ours = clients
    found = {d for s in SERVICES for d in differences(getattr(official, s), getattr(ours, s), s)}
    assert found == set(EXPECTED)


def test_the_client_has_the_official_client_methods(
    clients: tuple[Any, XacheClientSync | XacheClient],
) -> None:
    """derive_subject_id, batch_derive_subject_ids, create_*_context, is_read_only, close."""
    official, ours = clients
    assert set(differences(official, ours, "client")) == set(CLIENT_EXPECTED)


@pytest.mark.parametrize("service", ["graph", "auto_contribute", "helpers"])
def test_the_async_client_awaits_what_the_official_sdk_awaits(service: str) -> None:
    official = xache.XacheClient(api_url="http://127.0.0.1:9", did=DID, private_key="0x" + KEY)
    ours = XacheClient("http://127.0.0.1:9", DID, KEY)
    theirs = getattr(official, service)
    for name, fn in inspect.getmembers(type(theirs), predicate=inspect.isfunction):
        if not name.startswith("_"):
            mine = getattr(getattr(ours, service), name)
            assert inspect.iscoroutinefunction(fn) == inspect.iscoroutinefunction(mine), name
    for pending in (ours.derive_subject_id("a"), ours.batch_derive_subject_ids(["a"])):
        assert inspect.iscoroutine(pending)
        pending.close()


def test_the_graph_engine_has_the_official_methods() -> None:
    from xache.graph import Graph as OfficialGraph

    assert differences(OfficialGraph([], []), Graph([], []), "Graph") == []


def test_the_check_catches_a_renamed_argument(clients: tuple[Any, XacheClientSync | XacheClient]) -> None:
    official, _ = clients

    class Renamed:
        def retrieve(self, storage_id: str, anchoring: str | None = None) -> None: ...

    assert "memory.retrieve parameter memory_id" in differences(official.memory, Renamed(), "memory")
