"""Workspaces: an owner's groups of agents with a shared budget, membership and analytics (owner-only).

Every endpoint needs an owner DID (``did:owner:...``); an agent DID gets 403. The update is sent as PATCH,
as the TypeScript SDK does (the official Python SDK sends PUT to the same path with the same body).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from typing import Any, Literal

import attrs
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

from ..errors import ValidationError
from ..facade.operations import M, Op, Service, build, operation
from ..facade.validation import check_int_range, check_one_of, check_pattern, require_text
from ..types.wire import KeyedResult, as_mapping, first, to_datetime, to_float, to_int, to_str

__all__ = [
    "AgentBudget",
    "Workspace",
    "WorkspaceAnalytics",
    "WorkspaceBudget",
    "WorkspaceList",
    "WorkspaceMember",
    "WorkspacesService",
]

Role = Literal["admin", "member"]
Chain = Literal["evm", "solana"]
ROLES = ("admin", "member")
CHAINS = ("evm", "solana")
_DID = re.compile(r"^did:(agent|owner):(evm|sol):[^:]+$")


def _optional_int(value: Any) -> int | None:
    return None if value is None else to_int(value)


@attrs.frozen
class Workspace:
    """A workspace (``enabled`` is false once deleted: delete disables)."""

    workspace_id: str
    owner_did: str
    workspace_name: str
    description: str | None = None
    budget_limit_cents: int | None = None
    enabled_chains: list[str] | None = None
    enabled: bool = True
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None

    @classmethod
    def from_wire(cls, data: Any) -> Workspace:
        """Read a workspace, wrapped in ``workspace`` (TypeScript) or not (accepted by the Python SDK)."""
        d = as_mapping(data)
        d = as_mapping(d.get("workspace")) or d
        chains = d.get("enabledChains")
        return cls(
            workspace_id=to_str(first(d, "workspaceId", "workspace_id")),
            owner_did=to_str(first(d, "ownerDID", "ownerDid", "owner_did")),
            workspace_name=to_str(first(d, "workspaceName", "workspace_name")),
            description=d.get("description"),
            budget_limit_cents=_optional_int(first(d, "budgetLimitCents", "budget_limit_cents")),
            enabled_chains=None if chains is None else [str(c) for c in chains],
            enabled=bool(d.get("enabled", True)),
            created_at=to_datetime(first(d, "createdAt", "created_at")),
            updated_at=to_datetime(first(d, "updatedAt", "updated_at")),
        )


@attrs.frozen
class WorkspaceList(KeyedResult):
    """The owner's workspaces. Iterable; ``result["workspaces"]`` / ``["count"]`` work as in the Python SDK."""

    workspaces: list[Workspace]
    count: int

    def __iter__(self) -> Iterator[Workspace]:
        return iter(self.workspaces)

    def __len__(self) -> int:
        return len(self.workspaces)


@attrs.frozen
class WorkspaceMember:
    """An agent's membership of a workspace."""

    workspace_id: str
    agent_did: str
    role: str
    added_at: dt.datetime | None = None

    @classmethod
    def from_wire(cls, data: Any) -> WorkspaceMember:
        """Read ``{member: {...}}`` or the member itself."""
        d = as_mapping(data)
        d = as_mapping(d.get("member")) or d
        return cls(
            workspace_id=to_str(first(d, "workspaceId", "workspace_id")),
            agent_did=to_str(first(d, "agentDID", "agentDid", "agent_did")),
            role=to_str(d.get("role"), "member"),
            added_at=to_datetime(first(d, "addedAt", "added_at")),
        )


@attrs.frozen
class WorkspaceAnalytics:
    """Usage of a workspace's members over the period (``total_spent_usd`` is a decimal string)."""

    workspace_id: str
    total_agents: int
    total_memories: int
    total_spent_usd: str
    total_operations: int
    operations_by_type: dict[str, int]
    period_start: dt.datetime | None
    period_end: dt.datetime | None

    @classmethod
    def from_wire(cls, data: Any) -> WorkspaceAnalytics:
        """Read ``{analytics: {...}}`` or the analytics themselves."""
        d = as_mapping(data)
        d = as_mapping(d.get("analytics")) or d
        by_type = as_mapping(d.get("operationsByType"))
        return cls(
            workspace_id=to_str(d.get("workspaceId")),
            total_agents=to_int(d.get("totalAgents")),
            total_memories=to_int(d.get("totalMemories")),
            total_spent_usd=to_str(first(d, "totalSpentUSD", "totalSpentUsd"), "0"),
            total_operations=to_int(d.get("totalOperations")),
            operations_by_type={str(k): to_int(v) for k, v in by_type.items()},
            period_start=to_datetime(d.get("periodStart")),
            period_end=to_datetime(d.get("periodEnd")),
        )


@attrs.frozen
class AgentBudget:
    """One member's spending and its share of the workspace total (percent)."""

    agent_did: str
    spent_cents: int
    percentage_of_total: float


@attrs.frozen
class WorkspaceBudget:
    """A workspace's limit and its members' spending, in cents (``None`` limit means unlimited)."""

    workspace_id: str
    budget_limit_cents: int | None
    total_spent_cents: int
    remaining_cents: int | None
    percentage_used: float | None
    agent_budgets: list[AgentBudget]

    @classmethod
    def from_wire(cls, data: Any) -> WorkspaceBudget:
        """Read ``{budget: {...}}`` or the budget itself."""
        d = as_mapping(data)
        d = as_mapping(d.get("budget")) or d
        used = d.get("percentageUsed")
        return cls(
            workspace_id=to_str(d.get("workspaceId")),
            budget_limit_cents=_optional_int(d.get("budgetLimitCents")),
            total_spent_cents=to_int(d.get("totalSpentCents")),
            remaining_cents=_optional_int(d.get("remainingCents")),
            percentage_used=None if used is None else to_float(used),
            agent_budgets=[
                AgentBudget(
                    agent_did=to_str(first(a, "agentDID", "agentDid")),
                    spent_cents=to_int(a.get("spentCents")),
                    percentage_of_total=to_float(a.get("percentageOfTotal")),
                )
                for a in map(as_mapping, d.get("agentBudgets") or [])
            ],
        )


def _check_chains(chains: Sequence[str]) -> list[str]:
    if isinstance(chains, str) or not isinstance(chains, Sequence):
        raise ValidationError("enabled_chains must be a list of 'evm'/'solana'", field="enabled_chains")
    for chain in chains:
        check_one_of("enabled_chains", chain, CHAINS)
    return list(chains)


def _settings(
    workspace_name: str | None,
    description: str | None,
    budget_limit_cents: int | None,
    enabled_chains: Sequence[str] | None,
) -> dict[str, Any]:
    """The camelCase body fields that were given, validated (TS drops undefined ones)."""
    body: dict[str, Any] = {}
    if workspace_name is not None:
        body["workspaceName"] = require_text("workspace_name", workspace_name)
    if description is not None:
        if not isinstance(description, str):
            raise ValidationError("description must be a string", field="description")
        body["description"] = description
    if budget_limit_cents is not None:
        check_int_range("budget_limit_cents", budget_limit_cents, 0)
        body["budgetLimitCents"] = budget_limit_cents
    if enabled_chains is not None:
        body["enabledChains"] = _check_chains(enabled_chains)
    return body


def _workspace_id(workspace_id: str) -> str:
    return require_text("workspace_id", workspace_id)


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
        reply = yield build(create_workspace._get_kwargs, body=WorkspaceCreateRequest.from_dict(body))
        return Workspace.from_wire(reply)

    @operation
    def list(self) -> Op[WorkspaceList]:
        """Every workspace of the calling owner (disabled ones included)."""
        reply = yield build(list_workspaces._get_kwargs)
        d = as_mapping(reply)
        workspaces = [Workspace.from_wire(w) for w in d.get("workspaces") or []]
        return WorkspaceList(workspaces=workspaces, count=to_int(d.get("count"), len(workspaces)))

    @operation
    def get(self, workspace_id: str) -> Op[Workspace]:
        """One workspace of the calling owner."""
        reply = yield build(get_workspace._get_kwargs, _workspace_id(workspace_id))
        return Workspace.from_wire(reply)

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
        _workspace_id(workspace_id)
        body = _settings(workspace_name, description, budget_limit_cents, enabled_chains)
        if enabled is not None:
            if not isinstance(enabled, bool):
                raise ValidationError("enabled must be a boolean", field="enabled")
            body["enabled"] = enabled
        reply = yield build(
            update_workspace._get_kwargs, workspace_id, body=WorkspaceUpdateRequest.from_dict(body)
        )
        return Workspace.from_wire(reply)

    @operation
    def delete(self, workspace_id: str) -> Op[None]:
        """Delete (disable) a workspace."""
        yield build(delete_workspace._get_kwargs, _workspace_id(workspace_id))

    @operation
    def add_agent(self, workspace_id: str, agent_did: str, role: Role = "member") -> Op[WorkspaceMember]:
        """Add a registered agent to a workspace as ``member`` or ``admin`` (``role`` is always sent)."""
        _workspace_id(workspace_id)
        check_pattern("agent_did", agent_did, _DID, "a DID did:<agent|owner>:<evm|sol>:<address>")
        check_one_of("role", role, ROLES)
        body = WorkspaceAddAgentRequest.from_dict({"agentDID": agent_did, "role": role})
        reply = yield build(add_workspace_agent._get_kwargs, workspace_id, body=body)
        return WorkspaceMember.from_wire(reply)

    @operation
    def remove_agent(self, workspace_id: str, agent_did: str) -> Op[None]:
        """Remove an agent from a workspace (the DID is percent-encoded in the path)."""
        _workspace_id(workspace_id)
        check_pattern("agent_did", agent_did, _DID, "a DID did:<agent|owner>:<evm|sol>:<address>")
        yield build(remove_workspace_agent._get_kwargs, workspace_id, agent_did)

    @operation
    def get_analytics(self, workspace_id: str) -> Op[WorkspaceAnalytics]:
        """Members, memories, spending and operations of a workspace."""
        reply = yield build(get_workspace_analytics._get_kwargs, _workspace_id(workspace_id))
        return WorkspaceAnalytics.from_wire(reply)

    @operation
    def get_budget(self, workspace_id: str) -> Op[WorkspaceBudget]:
        """A workspace's limit and its members' spending."""
        reply = yield build(get_workspace_budget._get_kwargs, _workspace_id(workspace_id))
        return WorkspaceBudget.from_wire(reply)
