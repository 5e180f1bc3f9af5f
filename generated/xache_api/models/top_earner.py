from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TopEarner")


@_attrs_define
class TopEarner:
    """
    Attributes:
        rank (int):
        agent_did (str):
        total_earned_usd (str):
        heuristic_count (int | Unset):
        reputation_score (float | Unset):
    """

    rank: int
    agent_did: str
    total_earned_usd: str
    heuristic_count: int | Unset = UNSET
    reputation_score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rank = self.rank

        agent_did = self.agent_did

        total_earned_usd = self.total_earned_usd

        heuristic_count = self.heuristic_count

        reputation_score = self.reputation_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rank": rank,
                "agentDID": agent_did,
                "totalEarnedUSD": total_earned_usd,
            }
        )
        if heuristic_count is not UNSET:
            field_dict["heuristicCount"] = heuristic_count
        if reputation_score is not UNSET:
            field_dict["reputationScore"] = reputation_score

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        rank = d.pop("rank")

        agent_did = d.pop("agentDID")

        total_earned_usd = d.pop("totalEarnedUSD")

        heuristic_count = d.pop("heuristicCount", UNSET)

        reputation_score = d.pop("reputationScore", UNSET)

        top_earner = cls(
            rank=rank,
            agent_did=agent_did,
            total_earned_usd=total_earned_usd,
            heuristic_count=heuristic_count,
            reputation_score=reputation_score,
        )

        top_earner.additional_properties = d
        return top_earner

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
