"""EVM DIDs in any letter case are one agent (MCP builds lower-case DIDs); the signature still decides who calls."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from helpers import call, paid_call, signed_headers, ts_memory

from xache_ext.sandbox import Sandbox
from xache_ext.sandbox.auth import canonical_did_text
from xache_ext.sandbox.contract import Contract, load_spec
from xache_ext.sandbox.server import TestIdentity, unregistered_identity


@pytest.fixture
def client(xache_sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=xache_sandbox.url, timeout=10) as c:
        yield c


def spelled(ident: TestIdentity, how: str) -> TestIdentity:
    """The same key with its DID (and wallet address) written in another letter case."""
    hexpart = ident.address[2:]
    address = "0x" + (hexpart.lower() if how == "lower" else hexpart.upper())
    prefix = ident.did.rsplit(":", 1)[0]
    return TestIdentity(did=f"{prefix}:{address}", private_key=ident.private_key, address=address)


def owner_of(ident: TestIdentity) -> TestIdentity:
    return TestIdentity(ident.did.replace("did:agent:", "did:owner:"), ident.private_key, ident.address)


def test_canonical_spelling() -> None:
    did = "did:agent:evm:0x" + "ab" * 20
    assert canonical_did_text(did) == canonical_did_text(
        did.upper().replace("DID:AGENT:EVM:0X", "did:agent:evm:0x")
    )
    assert canonical_did_text("did:agent:sol:AbC") == "did:agent:sol:AbC"  # not an EVM DID: untouched
    assert canonical_did_text(42) == 42


def test_a_lower_case_did_is_the_registered_agent(xache_sandbox: Sandbox, client: httpx.Client) -> None:
    me = xache_sandbox.test_identity  # registered with its EIP-55 address
    for how in ("lower", "upper"):
        alias = spelled(me, how)
        assert alias.did != me.did
        r = call(client, alias, "GET", f"/v1/identity/{alias.did}")
        assert r.status_code == 200, r.text
        assert r.json()["data"]["did"] == me.did
        r = call(client, alias, "PUT", f"/v1/identity/{alias.did}", {"name": f"renamed {how}"})
        assert r.status_code == 200, r.text
        assert call(client, me, "GET", f"/v1/identity/{me.did}").json()["data"]["name"] == f"renamed {how}"


def test_memories_budget_and_receipts_are_shared_by_every_spelling(
    xache_sandbox: Sandbox, client: httpx.Client
) -> None:
    me = xache_sandbox.test_identity
    low = spelled(me, "lower")
    stored = paid_call(client, me, "POST", "/v1/memory/store", ts_memory())
    assert stored.status_code == 200, stored.text
    key = stored.json()["data"]["storageKey"]
    listed = call(client, low, "GET", "/v1/memory").json()["data"]
    assert [m["storageKey"] for m in listed["memories"]] == [key]
    assert listed["memories"][0]["agentDID"] == me.did
    got = paid_call(client, low, "POST", "/v1/memory/retrieve", {"storageKey": key})
    assert got.status_code == 200, got.text
    assert call(client, low, "PUT", "/v1/budget", {"limitCents": 4321}).status_code == 200
    status = call(client, me, "GET", "/v1/budget").json()["data"]
    assert status["limitCents"] == 4321 and status["spentCents"] == 1  # $0.002 + $0.003, rounded up
    receipts = call(client, me, "GET", "/v1/receipts").json()["data"]
    assert receipts["total"] == 2 and {r["agentDID"] for r in receipts["receipts"]} == {me.did}
    reputation = call(client, me, "GET", f"/v1/reputation/{low.did}")
    assert reputation.status_code == 200, reputation.text
    by_low = {k: v for k, v in reputation.json()["data"].items() if k != "timestamp"}
    by_me = call(client, me, "GET", f"/v1/reputation/{me.did}").json()["data"]
    assert by_low["agentDID"] == me.did and by_low == {k: v for k, v in by_me.items() if k != "timestamp"}


def test_registering_a_lower_case_wallet_is_the_same_agent(
    xache_sandbox: Sandbox, client: httpx.Client
) -> None:
    new = unregistered_identity()
    low = spelled(new, "lower")
    body = {"walletAddress": low.address, "keyType": "evm", "chain": "base"}
    r = client.post("/v1/identity/register", json=body)
    assert r.status_code == 200, r.text
    assert r.json()["data"]["did"] == new.did and r.json()["data"]["walletAddress"] == low.address
    again = client.post("/v1/identity/register", json={**body, "walletAddress": new.address})
    assert again.status_code == 409, again.text
    assert call(client, new, "GET", f"/v1/identity/{low.did}").status_code == 200


def test_did_fields_in_bodies_and_paths_match_in_any_case(
    xache_sandbox: Sandbox, client: httpx.Client
) -> None:
    agent = xache_sandbox.new_identity()
    owner = owner_of(xache_sandbox.new_identity())
    low_agent, low_owner = spelled(agent, "lower"), spelled(owner, "lower")
    ws = call(client, owner, "POST", "/v1/workspaces", {"workspaceName": "case"})
    assert ws.status_code == 200, ws.text
    ws_id = ws.json()["data"]["workspace"]["workspaceId"]
    added = call(client, low_owner, "POST", f"/v1/workspaces/{ws_id}/agents", {"agentDID": low_agent.did})
    assert added.status_code == 200, added.text
    assert added.json()["data"]["member"]["agentDID"] == agent.did
    dup = call(client, owner, "POST", f"/v1/workspaces/{ws_id}/agents", {"agentDID": agent.did})
    assert dup.status_code == 409, dup.text
    removed = call(client, owner, "DELETE", f"/v1/workspaces/{ws_id}/agents/{spelled(agent, 'upper').did}")
    assert removed.status_code == 200, removed.text
    claim = call(client, low_owner, "POST", "/v1/ownership/claim-request", {"agentDID": low_agent.did})
    assert claim.status_code in (200, 201), claim.text
    pending = call(client, low_agent, "GET", f"/v1/ownership/pending-claims/{low_agent.did}")
    assert pending.status_code == 200, pending.text
    claims = pending.json()["data"]["claims"]
    assert [c["ownerDID"] for c in claims] == [owner.did]


def test_the_signature_still_decides_who_is_calling(xache_sandbox: Sandbox, client: httpx.Client) -> None:
    me = xache_sandbox.test_identity
    other = xache_sandbox.new_identity()
    # other's key, my DID in lower case: the address recovered from X-Sig is not mine
    hdrs = signed_headers(other, "GET", "/v1/budget")
    forged = signed_headers(
        TestIdentity(spelled(me, "lower").did, other.private_key, other.address), "GET", "/v1/budget"
    )
    assert client.get("/v1/budget", headers=forged).status_code == 401
    # the DID is part of the signed message: a signature over one spelling does not verify for another
    hdrs["X-Agent-DID"] = spelled(other, "lower").did
    r = client.get("/v1/budget", headers=hdrs)
    assert r.status_code == 401 and r.json()["error"]["code"] == "UNAUTHENTICATED"


def test_every_did_field_of_the_spec_is_one_the_sandbox_canonicalizes() -> None:
    """The sandbox canonicalizes top-level body fields, path and query parameters named ``did``/``…DID``."""
    contract = Contract(load_spec())
    nested: list[str] = []

    def walk(node: Any, path: list[str], depth: int) -> None:
        node = contract.deref(node)
        if not isinstance(node, dict) or depth > 10:
            return
        for name, sub in (node.get("properties") or {}).items():
            if name.lower().endswith("did") and path:
                nested.append(".".join([*path, name]))
            walk(sub, [*path, name], depth + 1)
        if "items" in node:
            walk(node["items"], [*path, "[]"], depth + 1)
        for key in ("allOf", "anyOf", "oneOf"):
            for sub in node.get(key) or []:
                walk(sub, path, depth + 1)

    top_level = 0
    for op in contract.operations:
        body = contract.deref(op.op.get("requestBody") or {})
        schema = ((body.get("content") or {}).get("application/json") or {}).get("schema")
        if schema is not None:
            walk(schema, [], 0)
            props = contract.deref(schema).get("properties") or {}
            top_level += sum(name.lower().endswith("did") for name in props)
    assert nested == []
    assert top_level == 7  # agentDID / ownerDID: identity, ownership (3), owner, workspace and session bodies
