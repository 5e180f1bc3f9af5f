from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PendingClaimForAgent")


@_attrs_define
class PendingClaimForAgent:
    """
    Attributes:
        claim_id (str):
        owner_did (str):
        owner_wallet (str):
        requested_at (str):
        webhook_url (str | Unset):
    """

    claim_id: str
    owner_did: str
    owner_wallet: str
    requested_at: str
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        claim_id = self.claim_id

        owner_did = self.owner_did

        owner_wallet = self.owner_wallet

        requested_at = self.requested_at

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "claimId": claim_id,
                "ownerDID": owner_did,
                "ownerWallet": owner_wallet,
                "requestedAt": requested_at,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        claim_id = d.pop("claimId")

        owner_did = d.pop("ownerDID")

        owner_wallet = d.pop("ownerWallet")

        requested_at = d.pop("requestedAt")

        webhook_url = d.pop("webhookUrl", UNSET)

        pending_claim_for_agent = cls(
            claim_id=claim_id,
            owner_did=owner_did,
            owner_wallet=owner_wallet,
            requested_at=requested_at,
            webhook_url=webhook_url,
        )

        pending_claim_for_agent.additional_properties = d
        return pending_claim_for_agent

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
