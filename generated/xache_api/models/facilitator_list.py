from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.facilitator import Facilitator


T = TypeVar("T", bound="FacilitatorList")


@_attrs_define
class FacilitatorList:
    """
    Attributes:
        facilitators (list[Facilitator]):
        default_network (str | Unset):
        environment (str | Unset): `testnet` or `mainnet`.
    """

    facilitators: list[Facilitator]
    default_network: str | Unset = UNSET
    environment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        facilitators = []
        for facilitators_item_data in self.facilitators:
            facilitators_item = facilitators_item_data.to_dict()
            facilitators.append(facilitators_item)

        default_network = self.default_network

        environment = self.environment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "facilitators": facilitators,
            }
        )
        if default_network is not UNSET:
            field_dict["defaultNetwork"] = default_network
        if environment is not UNSET:
            field_dict["environment"] = environment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.facilitator import Facilitator

        d = dict(src_dict)
        facilitators = []
        _facilitators = d.pop("facilitators")
        for facilitators_item_data in _facilitators:
            facilitators_item = Facilitator.from_dict(facilitators_item_data)

            facilitators.append(facilitators_item)

        default_network = d.pop("defaultNetwork", UNSET)

        environment = d.pop("environment", UNSET)

        facilitator_list = cls(
            facilitators=facilitators,
            default_network=default_network,
            environment=environment,
        )

        facilitator_list.additional_properties = d
        return facilitator_list

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
