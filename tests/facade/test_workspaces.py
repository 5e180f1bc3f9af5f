"""workspaces.* against the sandbox, blocking and async (every call as an owner DID)."""

from __future__ import annotations

import secrets
from typing import Any

import pytest
from canned import REQUEST_ID, answering
from harness import Connect, Harness
from input_errors import names_field

from xache_ext import APIResponseValidationError, ValidationError
from xache_ext.crypto.evm import private_key_to_address
from xache_ext.errors import ConflictError, NotFoundError, PermissionDeniedError
from xache_ext.types.base import ResultShapeError, read
from xache_ext.types.workspaces import Workspace, WorkspaceBudget, WorkspaceList

UNREACHABLE = "http://127.0.0.1:9"  # nothing listens: a request would fail with a connection error
WORKSPACE = {
    "workspaceId": "ws_1",
    "ownerDID": "did:owner:evm:0x" + "1" * 40,
    "workspaceName": "Team",
    "enabled": True,
    "createdAt": "2026-01-01T00:00:00Z",
    "updatedAt": "2026-01-02T00:00:00Z",
}


def _owner(connect: Connect, **kwargs: Any) -> Harness:
    key = secrets.token_bytes(32)
    did = f"did:owner:evm:{private_key_to_address(key)}"
    return connect(with_key=False, did=did, private_key=key.hex(), **kwargs)


def test_create_get_list_update_delete(connect: Connect) -> None:
    o = _owner(connect)
    ws = o(
        o.client.workspaces.create(
            "Production", description="fleet", budget_limit_cents=5000, enabled_chains=["evm", "solana"]
        )
    )
    assert isinstance(ws, Workspace) and ws.workspace_id.startswith("ws_")
    assert ws.owner_did == o.client.did and ws.workspace_name == "Production" and ws.enabled
    assert ws.budget_limit_cents == 5000 and ws.enabled_chains == ["evm", "solana"]
    assert ws.created_at is not None and ws.updated_at is not None
    assert o(o.client.workspaces.get(ws.workspace_id)) == ws
    bare = o(o.client.workspaces.create("Staging"))
    assert bare.description is None and bare.budget_limit_cents is None and bare.enabled_chains is None

    listed = o(o.client.workspaces.list())
    assert isinstance(listed, WorkspaceList) and listed.count == 2 == len(listed)
    assert [w.workspace_name for w in listed] == ["Production", "Staging"]
    assert listed["workspaces"] == listed.workspaces and listed["count"] == 2

    with pytest.raises(ConflictError):
        o(o.client.workspaces.create("Production"))
    updated = o(o.client.workspaces.update(ws.workspace_id, workspace_name="Prod", budget_limit_cents=0))
    assert updated.workspace_name == "Prod" and updated.budget_limit_cents == 0
    assert updated.description == "fleet" and updated.enabled_chains == ["evm", "solana"]

    assert o(o.client.workspaces.delete(ws.workspace_id)) is None
    assert o(o.client.workspaces.get(ws.workspace_id)).enabled is False
    assert o(o.client.workspaces.delete(ws.workspace_id)) is None  # disabling again is fine
    # a disabled workspace frees its name; re-enabling it needs the name to be free again
    o(o.client.workspaces.create("Prod"))
    with pytest.raises(ConflictError):
        o(o.client.workspaces.update(ws.workspace_id, enabled=True))
    again = o(o.client.workspaces.update(ws.workspace_id, workspace_name="Prod 2", enabled=True))
    assert again.enabled is True and again.workspace_name == "Prod 2"


def test_members_budget_and_analytics(connect: Connect) -> None:
    o = _owner(connect)
    a, b = connect(), connect()
    ws = o(o.client.workspaces.create("Team", budget_limit_cents=100))
    wid = ws.workspace_id
    member = o(o.client.workspaces.add_agent(wid, a.identity.did))
    assert member.workspace_id == wid and member.agent_did == a.identity.did and member.role == "member"
    assert member.added_at is not None
    assert o(o.client.workspaces.add_agent(wid, b.identity.did, role="admin")).role == "admin"
    with pytest.raises(ConflictError):
        o(o.client.workspaces.add_agent(wid, a.identity.did))
    stranger = f"did:agent:evm:0x{secrets.token_hex(20)}"  # never registered
    with pytest.raises(NotFoundError):
        o(o.client.workspaces.add_agent(wid, stranger))

    a(a.client.memory.store(data={"k": "v"}, storage_tier="hot"))  # $0.002
    a(a.client.memory.store(data={"k": "w"}, storage_tier="hot"))
    b(b.client.memory.store(data={"k": "x"}, storage_tier="hot"))

    stats = o(o.client.workspaces.get_analytics(wid))
    assert stats.workspace_id == wid and stats.total_agents == 2 and stats.total_memories == 3
    assert stats.total_operations == 3 and stats.operations_by_type == {"memory.store": 3}
    assert stats.total_spent_usd == "0.006"
    assert stats.period_start is not None and stats.period_end is not None
    assert stats.period_start < stats.period_end

    budget = o(o.client.workspaces.get_budget(wid))
    assert budget.workspace_id == wid and budget.budget_limit_cents == 100
    assert budget.total_spent_cents == 2 and budget.remaining_cents == 98 and budget.percentage_used == 2.0
    shares = {x.agent_did: (x.spent_cents, x.percentage_of_total) for x in budget.agent_budgets}
    assert shares == {a.identity.did: (1, 50.0), b.identity.did: (1, 50.0)}

    assert o(o.client.workspaces.remove_agent(wid, b.identity.did)) is None
    with pytest.raises(NotFoundError):
        o(o.client.workspaces.remove_agent(wid, b.identity.did))
    assert o(o.client.workspaces.get_analytics(wid)).total_agents == 1
    unlimited = o(o.client.workspaces.create("No cap"))
    open_budget = o(o.client.workspaces.get_budget(unlimited.workspace_id))
    assert open_budget.budget_limit_cents is None and open_budget.remaining_cents is None
    assert open_budget.percentage_used is None and open_budget.agent_budgets == []

    o(o.client.workspaces.delete(wid))
    with pytest.raises(ConflictError):
        o(o.client.workspaces.add_agent(wid, b.identity.did))


def test_owner_only_and_ownership(connect: Connect) -> None:
    o, other = _owner(connect), _owner(connect)
    ws = o(o.client.workspaces.create("Mine"))
    agent = connect()
    with pytest.raises(PermissionDeniedError):
        agent(agent.client.workspaces.list())
    with pytest.raises(PermissionDeniedError):
        agent(agent.client.workspaces.create("Agents cannot"))
    assert other(other.client.workspaces.list()).count == 0
    w, wid = other.client.workspaces, ws.workspace_id
    for call in (
        lambda: w.get(wid),
        lambda: w.update(wid, description="x"),
        lambda: w.delete(wid),
        lambda: w.get_budget(wid),
        lambda: w.get_analytics(wid),
        lambda: w.add_agent(wid, agent.identity.did),
        lambda: w.remove_agent(wid, agent.identity.did),
    ):
        with pytest.raises(NotFoundError):
            other(call())
    with pytest.raises(NotFoundError):
        o(o.client.workspaces.get("ws_missing"))


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda w: w.create(""), "workspace_name"),
        (lambda w: w.create("x", budget_limit_cents=-1), "budget_limit_cents"),
        (lambda w: w.create("x", budget_limit_cents=1.5), "budget_limit_cents"),
        (lambda w: w.create("x", enabled_chains=["btc"]), "enabled_chains"),
        (lambda w: w.create("x", enabled_chains="evm"), "enabled_chains"),
        (lambda w: w.create("x", description=3), "description"),
        (lambda w: w.get(""), "workspace_id"),
        (lambda w: w.update("ws_1", workspace_name=" "), "workspace_name"),
        (lambda w: w.update("ws_1", enabled="yes"), "enabled"),
        (lambda w: w.delete(""), "workspace_id"),
        (lambda w: w.add_agent("ws_1", "0xabc"), "agent_did"),
        (lambda w: w.add_agent("ws_1", "did:agent:evm:0x" + "1" * 40, role="owner"), "role"),
        (lambda w: w.remove_agent("ws_1", "nope"), "agent_did"),
        (lambda w: w.get_analytics(""), "workspace_id"),
        (lambda w: w.get_budget(""), "workspace_id"),
    ],
)
def test_validation_sends_nothing(connect: Connect, call: Any, field: str) -> None:
    o = _owner(connect, api_url=UNREACHABLE)
    with pytest.raises(ValidationError) as caught:
        o(call(o.client.workspaces))
    assert names_field(caught.value, field), caught.value.field


@pytest.mark.parametrize(
    ("data", "where"),
    [
        ({}, "data.workspace is required"),
        ("a workspace", "data expected object"),
        ({"workspace": {**WORKSPACE, "enabled": "yes"}}, "data.workspace.enabled expected boolean"),
        ({"workspace": {**WORKSPACE, "createdAt": "soon"}}, "data.workspace.createdAt expected datetime"),
    ],
)
def test_a_malformed_answer_is_a_typed_error(data: Any, where: str) -> None:
    with answering(data) as client, pytest.raises(APIResponseValidationError) as caught:
        client.workspaces.get("ws_1")
    assert where in str(caught.value)
    assert caught.value.status_code == 200 and caught.value.request_id == REQUEST_ID


def test_workspace_results_read_declared_fields_and_keep_the_rest() -> None:
    with answering({"workspaces": [{**WORKSPACE, "plan": "pro"}], "count": 1}) as client:
        listed = client.workspaces.list()
    (ws,) = listed
    assert ws.description is None and ws.enabled_chains is None and ws["plan"] == "pro"
    assert ws.updated_at is not None and ws.updated_at.day == 2
    with answering({"analytics": {"workspaceId": "ws_1"}}) as client:
        stats = client.workspaces.get_analytics("ws_1")
    assert (stats.total_agents, stats.total_spent_usd, stats.operations_by_type) == (0, "0", {})
    assert stats.period_start is None
    budget = read(WorkspaceBudget, {"workspaceId": "ws_1", "totalSpentCents": 3, "agentBudgets": []})
    assert (budget.budget_limit_cents, budget.remaining_cents, budget.percentage_used) == (None, None, None)
    with pytest.raises(ResultShapeError, match=r"data\.agentBudgets\[0\]\.spentCents is required"):
        read(
            WorkspaceBudget,
            {"workspaceId": "ws_1", "totalSpentCents": 3, "agentBudgets": [{"agentDID": "d"}]},
        )
    with pytest.raises(ResultShapeError, match=r"data\.updatedAt is required"):
        read(Workspace, {k: v for k, v in WORKSPACE.items() if k != "updatedAt"})
