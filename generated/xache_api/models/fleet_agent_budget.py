from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FleetAgentBudget")


@_attrs_define
class FleetAgentBudget:
    """
    Attributes:
        agent_did (str):
        spent_cents (int):
        limit_cents (int):
        name (None | str | Unset):
    """

    agent_did: str
    spent_cents: int
    limit_cents: int
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_did = self.agent_did

        spent_cents = self.spent_cents

        limit_cents = self.limit_cents

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agentDID": agent_did,
                "spentCents": spent_cents,
                "limitCents": limit_cents,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agent_did = d.pop("agentDID")

        spent_cents = d.pop("spentCents")

        limit_cents = d.pop("limitCents")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        fleet_agent_budget = cls(
            agent_did=agent_did,
            spent_cents=spent_cents,
            limit_cents=limit_cents,
            name=name,
        )

        fleet_agent_budget.additional_properties = d
        return fleet_agent_budget

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
