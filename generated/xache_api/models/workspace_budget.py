from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workspace_agent_budget import WorkspaceAgentBudget


T = TypeVar("T", bound="WorkspaceBudget")


@_attrs_define
class WorkspaceBudget:
    """
    Attributes:
        workspace_id (str):
        total_spent_cents (int):
        budget_limit_cents (int | None | Unset):
        remaining_cents (int | None | Unset):
        percentage_used (float | None | Unset):
        agent_budgets (list[WorkspaceAgentBudget] | Unset):
    """

    workspace_id: str
    total_spent_cents: int
    budget_limit_cents: int | None | Unset = UNSET
    remaining_cents: int | None | Unset = UNSET
    percentage_used: float | None | Unset = UNSET
    agent_budgets: list[WorkspaceAgentBudget] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        total_spent_cents = self.total_spent_cents

        budget_limit_cents: int | None | Unset
        if isinstance(self.budget_limit_cents, Unset):
            budget_limit_cents = UNSET
        else:
            budget_limit_cents = self.budget_limit_cents

        remaining_cents: int | None | Unset
        if isinstance(self.remaining_cents, Unset):
            remaining_cents = UNSET
        else:
            remaining_cents = self.remaining_cents

        percentage_used: float | None | Unset
        if isinstance(self.percentage_used, Unset):
            percentage_used = UNSET
        else:
            percentage_used = self.percentage_used

        agent_budgets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agent_budgets, Unset):
            agent_budgets = []
            for agent_budgets_item_data in self.agent_budgets:
                agent_budgets_item = agent_budgets_item_data.to_dict()
                agent_budgets.append(agent_budgets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspaceId": workspace_id,
                "totalSpentCents": total_spent_cents,
            }
        )
        if budget_limit_cents is not UNSET:
            field_dict["budgetLimitCents"] = budget_limit_cents
        if remaining_cents is not UNSET:
            field_dict["remainingCents"] = remaining_cents
        if percentage_used is not UNSET:
            field_dict["percentageUsed"] = percentage_used
        if agent_budgets is not UNSET:
            field_dict["agentBudgets"] = agent_budgets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workspace_agent_budget import WorkspaceAgentBudget

        d = dict(src_dict)
        workspace_id = d.pop("workspaceId")

        total_spent_cents = d.pop("totalSpentCents")

        def _parse_budget_limit_cents(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        budget_limit_cents = _parse_budget_limit_cents(d.pop("budgetLimitCents", UNSET))

        def _parse_remaining_cents(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        remaining_cents = _parse_remaining_cents(d.pop("remainingCents", UNSET))

        def _parse_percentage_used(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        percentage_used = _parse_percentage_used(d.pop("percentageUsed", UNSET))

        _agent_budgets = d.pop("agentBudgets", UNSET)
        agent_budgets: list[WorkspaceAgentBudget] | Unset = UNSET
        if _agent_budgets is not UNSET:
            agent_budgets = []
            for agent_budgets_item_data in _agent_budgets:
                agent_budgets_item = WorkspaceAgentBudget.from_dict(
                    agent_budgets_item_data
                )

                agent_budgets.append(agent_budgets_item)

        workspace_budget = cls(
            workspace_id=workspace_id,
            total_spent_cents=total_spent_cents,
            budget_limit_cents=budget_limit_cents,
            remaining_cents=remaining_cents,
            percentage_used=percentage_used,
            agent_budgets=agent_budgets,
        )

        workspace_budget.additional_properties = d
        return workspace_budget

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
