from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TopHeuristic")


@_attrs_define
class TopHeuristic:
    """
    Attributes:
        heuristic_id (str):
        earned_usd (str):
        pattern (str | Unset):
        domain (str | Unset):
        usage_count (int | Unset):
    """

    heuristic_id: str
    earned_usd: str
    pattern: str | Unset = UNSET
    domain: str | Unset = UNSET
    usage_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        heuristic_id = self.heuristic_id

        earned_usd = self.earned_usd

        pattern = self.pattern

        domain = self.domain

        usage_count = self.usage_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "heuristicId": heuristic_id,
                "earnedUSD": earned_usd,
            }
        )
        if pattern is not UNSET:
            field_dict["pattern"] = pattern
        if domain is not UNSET:
            field_dict["domain"] = domain
        if usage_count is not UNSET:
            field_dict["usageCount"] = usage_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        heuristic_id = d.pop("heuristicId")

        earned_usd = d.pop("earnedUSD")

        pattern = d.pop("pattern", UNSET)

        domain = d.pop("domain", UNSET)

        usage_count = d.pop("usageCount", UNSET)

        top_heuristic = cls(
            heuristic_id=heuristic_id,
            earned_usd=earned_usd,
            pattern=pattern,
            domain=domain,
            usage_count=usage_count,
        )

        top_heuristic.additional_properties = d
        return top_heuristic

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
