from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FleetBudgetUpdateResult")


@_attrs_define
class FleetBudgetUpdateResult:
    """
    Attributes:
        owner_did (str):
        fleet_budget_cap_cents (int | None):
        updated (bool):
    """

    owner_did: str
    fleet_budget_cap_cents: int | None
    updated: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner_did = self.owner_did

        fleet_budget_cap_cents: int | None
        fleet_budget_cap_cents = self.fleet_budget_cap_cents

        updated = self.updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ownerDID": owner_did,
                "fleetBudgetCapCents": fleet_budget_cap_cents,
                "updated": updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        owner_did = d.pop("ownerDID")

        def _parse_fleet_budget_cap_cents(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        fleet_budget_cap_cents = _parse_fleet_budget_cap_cents(
            d.pop("fleetBudgetCapCents")
        )

        updated = d.pop("updated")

        fleet_budget_update_result = cls(
            owner_did=owner_did,
            fleet_budget_cap_cents=fleet_budget_cap_cents,
            updated=updated,
        )

        fleet_budget_update_result.additional_properties = d
        return fleet_budget_update_result

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
