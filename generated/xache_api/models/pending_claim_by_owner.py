from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PendingClaimByOwner")


@_attrs_define
class PendingClaimByOwner:
    """
    Attributes:
        agent_did (str):
        agent_wallet (str):
        requested_at (str):
        status (str):
    """

    agent_did: str
    agent_wallet: str
    requested_at: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_did = self.agent_did

        agent_wallet = self.agent_wallet

        requested_at = self.requested_at

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agentDID": agent_did,
                "agentWallet": agent_wallet,
                "requestedAt": requested_at,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agent_did = d.pop("agentDID")

        agent_wallet = d.pop("agentWallet")

        requested_at = d.pop("requestedAt")

        status = d.pop("status")

        pending_claim_by_owner = cls(
            agent_did=agent_did,
            agent_wallet=agent_wallet,
            requested_at=requested_at,
            status=status,
        )

        pending_claim_by_owner.additional_properties = d
        return pending_claim_by_owner

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
