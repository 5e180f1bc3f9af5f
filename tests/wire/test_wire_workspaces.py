"""A recorded workspaces session, as an owner DID: create, list, get, update, members, analytics, budget, delete."""

from __future__ import annotations

import pytest

from .conftest import WireEnv

pytestmark = pytest.mark.vcr


def test_workspaces_session(wire: WireEnv) -> None:
    owner, _, _ = wire.owner("workspaces owner")
    with owner:
        ws = owner.workspaces
        made = ws.create("Production", description="fleet", budget_limit_cents=5000, enabled_chains=["evm"])
        bare = ws.create("Staging")
        assert made.workspace_name == "Production" and bare.budget_limit_cents is None
        assert [w.workspace_name for w in ws.list()] == ["Production", "Staging"]
        assert ws.get(made.workspace_id) == made
        updated = ws.update(made.workspace_id, workspace_name="Prod", budget_limit_cents=100)
        assert updated.workspace_name == "Prod" and updated.budget_limit_cents == 100
        member = ws.add_agent(made.workspace_id, wire.did, role="admin")
        assert member.agent_did == wire.did and member.role == "admin"
        assert ws.get_analytics(made.workspace_id).total_agents == 1
        assert ws.get_budget(made.workspace_id).budget_limit_cents == 100
        assert ws.remove_agent(made.workspace_id, wire.did) is None
        assert ws.delete(bare.workspace_id) is None
        assert ws.get(bare.workspace_id).enabled is False
