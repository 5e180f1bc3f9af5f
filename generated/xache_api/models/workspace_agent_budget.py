from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceAgentBudget")


@_attrs_define
class WorkspaceAgentBudget:
    """
    Attributes:
        agent_did (str):
        spent_cents (int):
        percentage_of_total (float | Unset):
    """

    agent_did: str
    spent_cents: int
    percentage_of_total: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_did = self.agent_did

        spent_cents = self.spent_cents

        percentage_of_total = self.percentage_of_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agentDID": agent_did,
                "spentCents": spent_cents,
            }
        )
        if percentage_of_total is not UNSET:
            field_dict["percentageOfTotal"] = percentage_of_total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agent_did = d.pop("agentDID")

        spent_cents = d.pop("spentCents")

        percentage_of_total = d.pop("percentageOfTotal", UNSET)

        workspace_agent_budget = cls(
            agent_did=agent_did,
            spent_cents=spent_cents,
            percentage_of_total=percentage_of_total,
        )

        workspace_agent_budget.additional_properties = d
        return workspace_agent_budget

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
