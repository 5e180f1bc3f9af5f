from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anchor import Anchor
    from ..models.anchor_period import AnchorPeriod


T = TypeVar("T", bound="AnchorList")


@_attrs_define
class AnchorList:
    """
    Attributes:
        anchors (list[Anchor]):
        total (int):
        period (AnchorPeriod | Unset):
    """

    anchors: list[Anchor]
    total: int
    period: AnchorPeriod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anchors = []
        for anchors_item_data in self.anchors:
            anchors_item = anchors_item_data.to_dict()
            anchors.append(anchors_item)

        total = self.total

        period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "anchors": anchors,
                "total": total,
            }
        )
        if period is not UNSET:
            field_dict["period"] = period

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.anchor import Anchor
        from ..models.anchor_period import AnchorPeriod

        d = dict(src_dict)
        anchors = []
        _anchors = d.pop("anchors")
        for anchors_item_data in _anchors:
            anchors_item = Anchor.from_dict(anchors_item_data)

            anchors.append(anchors_item)

        total = d.pop("total")

        _period = d.pop("period", UNSET)
        period: AnchorPeriod | Unset
        if isinstance(_period, Unset):
            period = UNSET
        else:
            period = AnchorPeriod.from_dict(_period)

        anchor_list = cls(
            anchors=anchors,
            total=total,
            period=period,
        )

        anchor_list.additional_properties = d
        return anchor_list

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
