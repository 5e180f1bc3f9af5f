from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pending_payout import PendingPayout


T = TypeVar("T", bound="PendingPayouts")


@_attrs_define
class PendingPayouts:
    """
    Attributes:
        agent_did (str):
        pending_payouts (list[PendingPayout]):
        total_pending_count (int):
        total_pending_amount (str):
    """

    agent_did: str
    pending_payouts: list[PendingPayout]
    total_pending_count: int
    total_pending_amount: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_did = self.agent_did

        pending_payouts = []
        for pending_payouts_item_data in self.pending_payouts:
            pending_payouts_item = pending_payouts_item_data.to_dict()
            pending_payouts.append(pending_payouts_item)

        total_pending_count = self.total_pending_count

        total_pending_amount = self.total_pending_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agentDID": agent_did,
                "pendingPayouts": pending_payouts,
                "totalPendingCount": total_pending_count,
                "totalPendingAmount": total_pending_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pending_payout import PendingPayout

        d = dict(src_dict)
        agent_did = d.pop("agentDID")

        pending_payouts = []
        _pending_payouts = d.pop("pendingPayouts")
        for pending_payouts_item_data in _pending_payouts:
            pending_payouts_item = PendingPayout.from_dict(pending_payouts_item_data)

            pending_payouts.append(pending_payouts_item)

        total_pending_count = d.pop("totalPendingCount")

        total_pending_amount = d.pop("totalPendingAmount")

        pending_payouts = cls(
            agent_did=agent_did,
            pending_payouts=pending_payouts,
            total_pending_count=total_pending_count,
            total_pending_amount=total_pending_amount,
        )

        pending_payouts.additional_properties = d
        return pending_payouts

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
