"""PUT aliases of ``PATCH /v1/owners/me`` and ``PATCH /v1/workspaces/{id}``: what the official Python SDK sends."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import xache
import xache.client
import xache.crypto.signing
from helpers import call, signed_headers

from xache_ext.sandbox import Sandbox
from xache_ext.sandbox.server import TestIdentity


@pytest.fixture
def client(xache_sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=xache_sandbox.url, timeout=10) as c:
        yield c


def as_owner(ident: TestIdentity) -> TestIdentity:
    return TestIdentity(ident.did.replace("did:agent:", "did:owner:"), ident.private_key, ident.address)


def status_of(exc: BaseException) -> Any:
    return getattr(exc, "status_code", None)


@pytest.fixture
def owner_dids_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The official SDK refuses ``did:owner:`` DIDs in its own DID check (5.13.0), so it can never call an
    owner-only endpoint; relax that check alone, so that its own request building and signing run unchanged."""
    original = xache.crypto.signing.validate_did

    def validate(did: str) -> bool:
        return original(did.replace("did:owner:", "did:agent:", 1))

    monkeypatch.setattr(xache.crypto.signing, "validate_did", validate)
    monkeypatch.setattr(xache.client, "validate_did", validate)


def test_the_official_sdk_update_calls_are_routed(xache_sandbox: Sandbox) -> None:
    """Unmodified official SDK, agent DID: its PUTs reach the owner-only handlers (403), not a 405."""
    agent = xache_sandbox.new_identity()

    async def main() -> list[Any]:
        async with xache.XacheClient(
            api_url=xache_sandbox.url, did=agent.did, private_key=agent.private_key
        ) as c:
            results = await asyncio.gather(
                c.owner.update_profile(display_name="Jane"),
                c.workspaces.update("ws_0123456789abcdef", workspace_name="renamed"),
                return_exceptions=True,
            )
        return list(results)

    for outcome in asyncio.run(main()):
        assert isinstance(outcome, Exception) and status_of(outcome) == 403, repr(outcome)


def test_the_official_sdk_updates_owner_and_workspace(
    xache_sandbox: Sandbox, client: httpx.Client, owner_dids_allowed: None
) -> None:
    owner = as_owner(xache_sandbox.new_identity())

    async def main() -> tuple[Any, Any, Any]:
        async with xache.XacheClient(
            api_url=xache_sandbox.url, did=owner.did, private_key=owner.private_key
        ) as c:
            await c.owner.register(owner.address, "evm", "human")
            profile = await c.owner.update_profile(display_name="Jane Doe", organization_name="Acme")
            created = await c.workspaces.create("Production")
            updated = await c.workspaces.update(
                created.workspace_id, workspace_name="Production 2", budget_limit_cents=5000
            )
            return profile, created, updated

    profile, created, updated = asyncio.run(main())
    assert (profile.owner_did, profile.display_name, profile.organization_name) == (
        owner.did,
        "Jane Doe",
        "Acme",
    )
    assert updated.workspace_id == created.workspace_id
    assert (updated.workspace_name, updated.budget_limit_cents) == ("Production 2", 5000)
    # what the sandbox now holds, read back with our own signed requests
    me = call(client, owner, "GET", "/v1/owners/me").json()["data"]["owner"]
    assert (me["displayName"], me["organizationName"]) == ("Jane Doe", "Acme")
    ws = call(client, owner, "GET", f"/v1/workspaces/{created.workspace_id}").json()["data"]["workspace"]
    assert (ws["workspaceName"], ws["budgetLimitCents"]) == ("Production 2", 5000)


def test_put_and_patch_are_the_same_operation(xache_sandbox: Sandbox, client: httpx.Client) -> None:
    owner = as_owner(xache_sandbox.new_identity())
    r = client.post(
        "/v1/owners/register",
        json={"walletAddress": owner.address, "walletChain": "evm", "entityType": "human"},
    )
    assert r.status_code == 200, r.text
    for method, name in (("PUT", "by put"), ("PATCH", "by patch")):
        r = call(client, owner, method, "/v1/owners/me", {"displayName": name})
        assert r.status_code == 200 and r.json()["data"]["owner"]["displayName"] == name, r.text
    # the request schema of the PATCH operation applies to the PUT as well
    r = call(client, owner, "PUT", "/v1/owners/me", {"email": "not an email"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "INVALID_INPUT"
    # the signature covers the method actually sent
    body = json.dumps({"displayName": "x"}).encode()
    headers = signed_headers(owner, "PATCH", "/v1/owners/me", body)
    assert client.put("/v1/owners/me", content=body, headers=headers).status_code == 401
    # the methods neither operation has are still 405, and PUT is listed as allowed
    r = call(client, owner, "DELETE", "/v1/owners/me")
    assert r.status_code == 405 and r.headers["Allow"] == "GET, PATCH, PUT"
    r = call(client, owner, "POST", "/v1/workspaces/ws_0123456789abcdef", {})
    assert r.status_code == 405 and r.headers["Allow"] == "DELETE, GET, PATCH, PUT"
