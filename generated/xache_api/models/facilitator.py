from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.facilitator_pay_to import FacilitatorPayTo


T = TypeVar("T", bound="Facilitator")


@_attrs_define
class Facilitator:
    """
    Attributes:
        id (str):
        name (str):
        chains (list[str]):
        networks (list[str]):
        schemes (list[str]):
        priority (float):
        healthy (bool | Unset):
        avg_latency_ms (float | Unset):
        last_health_check (float | Unset): Unix milliseconds.
        pay_to (FacilitatorPayTo | Unset):
    """

    id: str
    name: str
    chains: list[str]
    networks: list[str]
    schemes: list[str]
    priority: float
    healthy: bool | Unset = UNSET
    avg_latency_ms: float | Unset = UNSET
    last_health_check: float | Unset = UNSET
    pay_to: FacilitatorPayTo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        chains = self.chains

        networks = self.networks

        schemes = self.schemes

        priority = self.priority

        healthy = self.healthy

        avg_latency_ms = self.avg_latency_ms

        last_health_check = self.last_health_check

        pay_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pay_to, Unset):
            pay_to = self.pay_to.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "chains": chains,
                "networks": networks,
                "schemes": schemes,
                "priority": priority,
            }
        )
        if healthy is not UNSET:
            field_dict["healthy"] = healthy
        if avg_latency_ms is not UNSET:
            field_dict["avgLatencyMs"] = avg_latency_ms
        if last_health_check is not UNSET:
            field_dict["lastHealthCheck"] = last_health_check
        if pay_to is not UNSET:
            field_dict["payTo"] = pay_to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.facilitator_pay_to import FacilitatorPayTo

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        chains = cast(list[str], d.pop("chains"))

        networks = cast(list[str], d.pop("networks"))

        schemes = cast(list[str], d.pop("schemes"))

        priority = d.pop("priority")

        healthy = d.pop("healthy", UNSET)

        avg_latency_ms = d.pop("avgLatencyMs", UNSET)

        last_health_check = d.pop("lastHealthCheck", UNSET)

        _pay_to = d.pop("payTo", UNSET)
        pay_to: FacilitatorPayTo | Unset
        if isinstance(_pay_to, Unset):
            pay_to = UNSET
        else:
            pay_to = FacilitatorPayTo.from_dict(_pay_to)

        facilitator = cls(
            id=id,
            name=name,
            chains=chains,
            networks=networks,
            schemes=schemes,
            priority=priority,
            healthy=healthy,
            avg_latency_ms=avg_latency_ms,
            last_health_check=last_health_check,
            pay_to=pay_to,
        )

        facilitator.additional_properties = d
        return facilitator

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
