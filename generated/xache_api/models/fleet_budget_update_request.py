from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FleetBudgetUpdateRequest")


@_attrs_define
class FleetBudgetUpdateRequest:
    """
    Attributes:
        fleet_cap_cents (float | None): Fleet cap in cents (≥ 0), or `null` for unlimited; the key is always present. A
            number in TS, an int in the Python SDK: TS is followed on the wire.
    """

    fleet_cap_cents: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fleet_cap_cents: float | None
        fleet_cap_cents = self.fleet_cap_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fleetCapCents": fleet_cap_cents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_fleet_cap_cents(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        fleet_cap_cents = _parse_fleet_cap_cents(d.pop("fleetCapCents"))

        fleet_budget_update_request = cls(
            fleet_cap_cents=fleet_cap_cents,
        )

        fleet_budget_update_request.additional_properties = d
        return fleet_budget_update_request

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
