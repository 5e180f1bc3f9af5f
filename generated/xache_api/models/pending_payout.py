from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PendingPayout")


@_attrs_define
class PendingPayout:
    """
    Attributes:
        heuristic_id (str):
        pending_amount (str):
        heuristic_key (str | Unset):
        last_query_at (str | Unset):
        query_count (int | Unset):
    """

    heuristic_id: str
    pending_amount: str
    heuristic_key: str | Unset = UNSET
    last_query_at: str | Unset = UNSET
    query_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        heuristic_id = self.heuristic_id

        pending_amount = self.pending_amount

        heuristic_key = self.heuristic_key

        last_query_at = self.last_query_at

        query_count = self.query_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "heuristicId": heuristic_id,
                "pendingAmount": pending_amount,
            }
        )
        if heuristic_key is not UNSET:
            field_dict["heuristicKey"] = heuristic_key
        if last_query_at is not UNSET:
            field_dict["lastQueryAt"] = last_query_at
        if query_count is not UNSET:
            field_dict["queryCount"] = query_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        heuristic_id = d.pop("heuristicId")

        pending_amount = d.pop("pendingAmount")

        heuristic_key = d.pop("heuristicKey", UNSET)

        last_query_at = d.pop("lastQueryAt", UNSET)

        query_count = d.pop("queryCount", UNSET)

        pending_payout = cls(
            heuristic_id=heuristic_id,
            pending_amount=pending_amount,
            heuristic_key=heuristic_key,
            last_query_at=last_query_at,
            query_count=query_count,
        )

        pending_payout.additional_properties = d
        return pending_payout

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
