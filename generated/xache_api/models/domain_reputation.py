from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DomainReputation")


@_attrs_define
class DomainReputation:
    """
    Attributes:
        domain (str):
        score (float):
        contribution_count (int | Unset):
        success_rate (float | Unset): 0–1.
        total_earned_usd (str | Unset): USD decimal string.
    """

    domain: str
    score: float
    contribution_count: int | Unset = UNSET
    success_rate: float | Unset = UNSET
    total_earned_usd: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        score = self.score

        contribution_count = self.contribution_count

        success_rate = self.success_rate

        total_earned_usd = self.total_earned_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
                "score": score,
            }
        )
        if contribution_count is not UNSET:
            field_dict["contributionCount"] = contribution_count
        if success_rate is not UNSET:
            field_dict["successRate"] = success_rate
        if total_earned_usd is not UNSET:
            field_dict["totalEarnedUSD"] = total_earned_usd

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        domain = d.pop("domain")

        score = d.pop("score")

        contribution_count = d.pop("contributionCount", UNSET)

        success_rate = d.pop("successRate", UNSET)

        total_earned_usd = d.pop("totalEarnedUSD", UNSET)

        domain_reputation = cls(
            domain=domain,
            score=score,
            contribution_count=contribution_count,
            success_rate=success_rate,
            total_earned_usd=total_earned_usd,
        )

        domain_reputation.additional_properties = d
        return domain_reputation

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
