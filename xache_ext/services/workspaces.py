"""Workspaces: an owner's groups of agents with a shared budget, membership and analytics (owner-only).

Every endpoint needs an owner DID (``did:owner:...``); an agent DID gets 403. The update is sent as PATCH,
as the TypeScript SDK does (the official Python SDK sends PUT to the same path with the same body).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from xache_api.api.workspaces import (
    add_workspace_agent,
    create_workspace,
    delete_workspace,
    get_workspace,
    get_workspace_analytics,
    get_workspace_budget,
    list_workspaces,
    remove_workspace_agent,
    update_workspace,
)
from xache_api.models import WorkspaceAddAgentRequest, WorkspaceCreateRequest, WorkspaceUpdateRequest
from xache_api.models.workspace_add_agent_request_role import WorkspaceAddAgentRequestRole as Role
from xache_api.models.workspace_create_request_enabled_chains_item import (
    WorkspaceCreateRequestEnabledChainsItem as Chain,
)

from ..errors import ValidationError
from ..facade.operations import M, Op, Service, build, given, operation
from ..facade.validation import require_text
from ..types.base import Result, read, result
from ..types.workspaces import Workspace, WorkspaceAnalytics, WorkspaceBudget, WorkspaceList, WorkspaceMember

__all__ = ["WorkspacesService"]


@result
class _WorkspaceReply(Result):
    workspace: Workspace


@result
class _MemberReply(Result):
    member: WorkspaceMember


@result
class _AnalyticsReply(Result):
    analytics: WorkspaceAnalytics


@result
class _BudgetReply(Result):
    budget: WorkspaceBudget


def _chains(chains: Sequence[str]) -> list[str]:
    if isinstance(chains, str) or not isinstance(chains, Sequence):
        raise ValidationError("enabled_chains must be a list of 'evm'/'solana'", field="enabled_chains")
    return list(chains)


def _settings(
    workspace_name: str | None,
    description: str | None,
    budget_limit_cents: int | None,
    enabled_chains: Sequence[str] | None,
) -> dict[str, Any]:
    """The settings given as request-model arguments (the others stay UNSET: TS leaves them out)."""
    if workspace_name is not None:
        require_text("workspace_name", workspace_name)
    given = {
        "workspace_name": workspace_name,
        "description": description,
        "budget_limit_cents": budget_limit_cents,
        "enabled_chains": None if enabled_chains is None else _chains(enabled_chains),
    }
    return {name: value for name, value in given.items() if value is not None}


class WorkspacesService(Service[M]):
    """Owner-only workspace management: create, update, disable, members, analytics and budget."""

    @operation
    def create(
        self,
        workspace_name: str,
        description: str | None = None,
        budget_limit_cents: int | None = None,
        enabled_chains: Sequence[Chain] | None = None,
    ) -> Op[Workspace]:
        """Create a workspace owned by the calling owner DID."""
        require_text("workspace_name", workspace_name)
        body = _settings(workspace_name, description, budget_limit_cents, enabled_chains)
        reply = yield build(create_workspace._get_kwargs, body=WorkspaceCreateRequest(**body))
        return read(_WorkspaceReply, reply).workspace

    @operation
    def list(self) -> Op[WorkspaceList]:
        """Every workspace of the calling owner (disabled ones included)."""
        return read(WorkspaceList, (yield build(list_workspaces._get_kwargs)))

    @operation
    def get(self, workspace_id: str) -> Op[Workspace]:
        """One workspace of the calling owner."""
        reply = yield build(get_workspace._get_kwargs, workspace_id)
        return read(_WorkspaceReply, reply).workspace

    @operation
    def update(
        self,
        workspace_id: str,
        workspace_name: str | None = None,
        description: str | None = None,
        budget_limit_cents: int | None = None,
        enabled_chains: Sequence[Chain] | None = None,
        enabled: bool | None = None,
    ) -> Op[Workspace]:
        """Change the given settings (``enabled=True`` re-enables a deleted workspace); sent as PATCH."""
        require_text("workspace_id", workspace_id)
        settings = _settings(workspace_name, description, budget_limit_cents, enabled_chains)
        body = WorkspaceUpdateRequest(**settings, enabled=given(enabled))
        reply = yield build(update_workspace._get_kwargs, workspace_id, body=body)
        return read(_WorkspaceReply, reply).workspace

    @operation
    def delete(self, workspace_id: str) -> Op[None]:
        """Delete (disable) a workspace."""
        yield build(delete_workspace._get_kwargs, workspace_id)

    @operation
    def add_agent(self, workspace_id: str, agent_did: str, role: Role = "member") -> Op[WorkspaceMember]:
        """Add a registered agent to a workspace as ``member`` or ``admin`` (``role`` is always sent)."""
        require_text("workspace_id", workspace_id)
        body = WorkspaceAddAgentRequest(agent_did=agent_did, role=role)
        reply = yield build(add_workspace_agent._get_kwargs, workspace_id, body=body)
        return read(_MemberReply, reply).member

    @operation
    def remove_agent(self, workspace_id: str, agent_did: str) -> Op[None]:
        """Remove an agent from a workspace (the DID is percent-encoded in the path)."""
        yield build(remove_workspace_agent._get_kwargs, workspace_id, agent_did)

    @operation
    def get_analytics(self, workspace_id: str) -> Op[WorkspaceAnalytics]:
        """Members, memories, spending and operations of a workspace."""
        reply = yield build(get_workspace_analytics._get_kwargs, workspace_id)
        return read(_AnalyticsReply, reply).analytics

    @operation
    def get_budget(self, workspace_id: str) -> Op[WorkspaceBudget]:
        """A workspace's limit and its members' spending."""
        reply = yield build(get_workspace_budget._get_kwargs, workspace_id)
        return read(_BudgetReply, reply).budget
