from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fleet_agent_budget import FleetAgentBudget


T = TypeVar("T", bound="FleetBudgetStatus")


@_attrs_define
class FleetBudgetStatus:
    """
    Attributes:
        owner_did (str):
        fleet_budget_cap_cents (int | None): `null` = unlimited.
        total_spent_cents (int):
        agent_count (int):
        agents (list[FleetAgentBudget]):
        fleet_budget_cap_usd (None | str | Unset):
        total_spent_usd (str | Unset):
        remaining_cents (int | None | Unset):
        remaining_usd (None | str | Unset):
        percentage_used (float | None | Unset):
        total_agent_limits_cents (int | Unset):
    """

    owner_did: str
    fleet_budget_cap_cents: int | None
    total_spent_cents: int
    agent_count: int
    agents: list[FleetAgentBudget]
    fleet_budget_cap_usd: None | str | Unset = UNSET
    total_spent_usd: str | Unset = UNSET
    remaining_cents: int | None | Unset = UNSET
    remaining_usd: None | str | Unset = UNSET
    percentage_used: float | None | Unset = UNSET
    total_agent_limits_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner_did = self.owner_did

        fleet_budget_cap_cents: int | None
        fleet_budget_cap_cents = self.fleet_budget_cap_cents

        total_spent_cents = self.total_spent_cents

        agent_count = self.agent_count

        agents = []
        for agents_item_data in self.agents:
            agents_item = agents_item_data.to_dict()
            agents.append(agents_item)

        fleet_budget_cap_usd: None | str | Unset
        if isinstance(self.fleet_budget_cap_usd, Unset):
            fleet_budget_cap_usd = UNSET
        else:
            fleet_budget_cap_usd = self.fleet_budget_cap_usd

        total_spent_usd = self.total_spent_usd

        remaining_cents: int | None | Unset
        if isinstance(self.remaining_cents, Unset):
            remaining_cents = UNSET
        else:
            remaining_cents = self.remaining_cents

        remaining_usd: None | str | Unset
        if isinstance(self.remaining_usd, Unset):
            remaining_usd = UNSET
        else:
            remaining_usd = self.remaining_usd

        percentage_used: float | None | Unset
        if isinstance(self.percentage_used, Unset):
            percentage_used = UNSET
        else:
            percentage_used = self.percentage_used

        total_agent_limits_cents = self.total_agent_limits_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ownerDID": owner_did,
                "fleetBudgetCapCents": fleet_budget_cap_cents,
                "totalSpentCents": total_spent_cents,
                "agentCount": agent_count,
                "agents": agents,
            }
        )
        if fleet_budget_cap_usd is not UNSET:
            field_dict["fleetBudgetCapUSD"] = fleet_budget_cap_usd
        if total_spent_usd is not UNSET:
            field_dict["totalSpentUSD"] = total_spent_usd
        if remaining_cents is not UNSET:
            field_dict["remainingCents"] = remaining_cents
        if remaining_usd is not UNSET:
            field_dict["remainingUSD"] = remaining_usd
        if percentage_used is not UNSET:
            field_dict["percentageUsed"] = percentage_used
        if total_agent_limits_cents is not UNSET:
            field_dict["totalAgentLimitsCents"] = total_agent_limits_cents

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fleet_agent_budget import FleetAgentBudget

        d = dict(src_dict)
        owner_did = d.pop("ownerDID")

        def _parse_fleet_budget_cap_cents(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        fleet_budget_cap_cents = _parse_fleet_budget_cap_cents(
            d.pop("fleetBudgetCapCents")
        )

        total_spent_cents = d.pop("totalSpentCents")

        agent_count = d.pop("agentCount")

        agents = []
        _agents = d.pop("agents")
        for agents_item_data in _agents:
            agents_item = FleetAgentBudget.from_dict(agents_item_data)

            agents.append(agents_item)

        def _parse_fleet_budget_cap_usd(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fleet_budget_cap_usd = _parse_fleet_budget_cap_usd(
            d.pop("fleetBudgetCapUSD", UNSET)
        )

        total_spent_usd = d.pop("totalSpentUSD", UNSET)

        def _parse_remaining_cents(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        remaining_cents = _parse_remaining_cents(d.pop("remainingCents", UNSET))

        def _parse_remaining_usd(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remaining_usd = _parse_remaining_usd(d.pop("remainingUSD", UNSET))

        def _parse_percentage_used(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        percentage_used = _parse_percentage_used(d.pop("percentageUsed", UNSET))

        total_agent_limits_cents = d.pop("totalAgentLimitsCents", UNSET)

        fleet_budget_status = cls(
            owner_did=owner_did,
            fleet_budget_cap_cents=fleet_budget_cap_cents,
            total_spent_cents=total_spent_cents,
            agent_count=agent_count,
            agents=agents,
            fleet_budget_cap_usd=fleet_budget_cap_usd,
            total_spent_usd=total_spent_usd,
            remaining_cents=remaining_cents,
            remaining_usd=remaining_usd,
            percentage_used=percentage_used,
            total_agent_limits_cents=total_agent_limits_cents,
        )

        fleet_budget_status.additional_properties = d
        return fleet_budget_status

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
