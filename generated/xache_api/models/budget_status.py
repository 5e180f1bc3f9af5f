from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BudgetStatus")


@_attrs_define
class BudgetStatus:
    """
    Attributes:
        limit_cents (int):
        spent_cents (int):
        remaining_cents (int):
        percentage_used (float):
        current_period (str): Budget period, e.g. `2024-01`.
    """

    limit_cents: int
    spent_cents: int
    remaining_cents: int
    percentage_used: float
    current_period: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit_cents = self.limit_cents

        spent_cents = self.spent_cents

        remaining_cents = self.remaining_cents

        percentage_used = self.percentage_used

        current_period = self.current_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limitCents": limit_cents,
                "spentCents": spent_cents,
                "remainingCents": remaining_cents,
                "percentageUsed": percentage_used,
                "currentPeriod": current_period,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        limit_cents = d.pop("limitCents")

        spent_cents = d.pop("spentCents")

        remaining_cents = d.pop("remainingCents")

        percentage_used = d.pop("percentageUsed")

        current_period = d.pop("currentPeriod")

        budget_status = cls(
            limit_cents=limit_cents,
            spent_cents=spent_cents,
            remaining_cents=remaining_cents,
            percentage_used=percentage_used,
            current_period=current_period,
        )

        budget_status.additional_properties = d
        return budget_status

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
