from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workspace_budget import WorkspaceBudget


T = TypeVar("T", bound="WorkspaceBudgetResult")


@_attrs_define
class WorkspaceBudgetResult:
    """
    Attributes:
        budget (WorkspaceBudget):
    """

    budget: WorkspaceBudget
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        budget = self.budget.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "budget": budget,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workspace_budget import WorkspaceBudget

        d = dict(src_dict)
        budget = WorkspaceBudget.from_dict(d.pop("budget"))

        workspace_budget_result = cls(
            budget=budget,
        )

        workspace_budget_result.additional_properties = d
        return workspace_budget_result

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
