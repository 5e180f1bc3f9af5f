"""Results of the workspace service (an owner's groups of agents, their members, budget and analytics)."""

from __future__ import annotations

import datetime as dt

from .base import ListResult, Result, result, wire

__all__ = [
    "AgentBudget",
    "Workspace",
    "WorkspaceAnalytics",
    "WorkspaceBudget",
    "WorkspaceList",
    "WorkspaceMember",
]


@result
class Workspace(Result):
    """A workspace (``enabled`` is false once deleted: delete disables)."""

    workspace_id: str
    owner_did: str = wire("ownerDID")
    workspace_name: str
    description: str | None = None
    budget_limit_cents: int | None = None
    enabled_chains: list[str] | None = None
    enabled: bool
    created_at: dt.datetime | None
    updated_at: dt.datetime | None


@result
class WorkspaceList(ListResult[Workspace]):
    """The owner's workspaces. Iterable; ``result["workspaces"]`` / ``["count"]`` work as in the Python SDK."""

    _items = "workspaces"

    workspaces: list[Workspace]
    count: int


@result
class WorkspaceMember(Result):
    """An agent's membership of a workspace."""

    workspace_id: str
    agent_did: str = wire("agentDID")
    role: str
    added_at: dt.datetime | None = None


@result
class WorkspaceAnalytics(Result):
    """Usage of a workspace's members over the period (``total_spent_usd`` is a decimal string)."""

    workspace_id: str
    total_agents: int = 0
    total_memories: int = 0
    total_spent_usd: str = wire("totalSpentUSD", default="0")
    total_operations: int = 0
    operations_by_type: dict[str, int] = wire(factory=dict)
    period_start: dt.datetime | None = None
    period_end: dt.datetime | None = None


@result
class AgentBudget(Result):
    """One member's spending and its share of the workspace total (percent)."""

    agent_did: str = wire("agentDID")
    spent_cents: int
    percentage_of_total: float = 0.0


@result
class WorkspaceBudget(Result):
    """A workspace's limit and its members' spending, in cents (``None`` limit means unlimited)."""

    workspace_id: str
    budget_limit_cents: int | None = None
    total_spent_cents: int
    remaining_cents: int | None = None
    percentage_used: float | None = None
    agent_budgets: list[AgentBudget] = wire(factory=list)
