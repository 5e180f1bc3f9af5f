from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.heuristic_summary import HeuristicSummary


T = TypeVar("T", bound="HeuristicList")


@_attrs_define
class HeuristicList:
    """
    Attributes:
        heuristics (list[HeuristicSummary]):
        total (int):
        limit (int | Unset):
        offset (int | Unset):
    """

    heuristics: list[HeuristicSummary]
    total: int
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        heuristics = []
        for heuristics_item_data in self.heuristics:
            heuristics_item = heuristics_item_data.to_dict()
            heuristics.append(heuristics_item)

        total = self.total

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "heuristics": heuristics,
                "total": total,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.heuristic_summary import HeuristicSummary

        d = dict(src_dict)
        heuristics = []
        _heuristics = d.pop("heuristics")
        for heuristics_item_data in _heuristics:
            heuristics_item = HeuristicSummary.from_dict(heuristics_item_data)

            heuristics.append(heuristics_item)

        total = d.pop("total")

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        heuristic_list = cls(
            heuristics=heuristics,
            total=total,
            limit=limit,
            offset=offset,
        )

        heuristic_list.additional_properties = d
        return heuristic_list

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
