from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LeaderboardEntry")


@_attrs_define
class LeaderboardEntry:
    """
    Attributes:
        agent_did (str):
        reputation_score (float):
        wallet_address (str | Unset):
        operation_count (int | Unset):
        total_earned_usd (str | Unset):
    """

    agent_did: str
    reputation_score: float
    wallet_address: str | Unset = UNSET
    operation_count: int | Unset = UNSET
    total_earned_usd: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_did = self.agent_did

        reputation_score = self.reputation_score

        wallet_address = self.wallet_address

        operation_count = self.operation_count

        total_earned_usd = self.total_earned_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agentDID": agent_did,
                "reputationScore": reputation_score,
            }
        )
        if wallet_address is not UNSET:
            field_dict["walletAddress"] = wallet_address
        if operation_count is not UNSET:
            field_dict["operationCount"] = operation_count
        if total_earned_usd is not UNSET:
            field_dict["totalEarnedUSD"] = total_earned_usd

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agent_did = d.pop("agentDID")

        reputation_score = d.pop("reputationScore")

        wallet_address = d.pop("walletAddress", UNSET)

        operation_count = d.pop("operationCount", UNSET)

        total_earned_usd = d.pop("totalEarnedUSD", UNSET)

        leaderboard_entry = cls(
            agent_did=agent_did,
            reputation_score=reputation_score,
            wallet_address=wallet_address,
            operation_count=operation_count,
            total_earned_usd=total_earned_usd,
        )

        leaderboard_entry.additional_properties = d
        return leaderboard_entry

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
