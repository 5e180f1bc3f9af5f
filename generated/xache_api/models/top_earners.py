from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.top_earner import TopEarner


T = TypeVar("T", bound="TopEarners")


@_attrs_define
class TopEarners:
    """
    Attributes:
        top_earners (list[TopEarner]):
        total (int):
    """

    top_earners: list[TopEarner]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        top_earners = []
        for top_earners_item_data in self.top_earners:
            top_earners_item = top_earners_item_data.to_dict()
            top_earners.append(top_earners_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topEarners": top_earners,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.top_earner import TopEarner

        d = dict(src_dict)
        top_earners = []
        _top_earners = d.pop("topEarners")
        for top_earners_item_data in _top_earners:
            top_earners_item = TopEarner.from_dict(top_earners_item_data)

            top_earners.append(top_earners_item)

        total = d.pop("total")

        top_earners = cls(
            top_earners=top_earners,
            total=total,
        )

        top_earners.additional_properties = d
        return top_earners

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
