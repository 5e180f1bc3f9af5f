from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClaimProcessRequest")


@_attrs_define
class ClaimProcessRequest:
    """
    Attributes:
        owner_did (str): Owner whose claim is processed. DID as the TS SDK's `validateDID` accepts it (reference §1.7):
            `did:<agent|owner>:evm:0x` + 40 hex, or `did:<agent|owner>:sol:` + a 32–44-character base58 address.
        approved (bool): Approve (`true`) or reject (`false`).
        owner_signature (str | Unset): Owner signature; required client-side when approving. Format not defined by the
            SDKs; 1,024 characters is generous (an EVM signature is 132, a base58 ed25519 signature at most 88).
        agent_signature (str | Unset): Agent signature; required client-side when approving. Format not defined by the
            SDKs; 1,024 characters is generous (an EVM signature is 132, a base58 ed25519 signature at most 88).
        message (str | Unset): Signed message. No SDK states a limit: 10,000 characters is generous.
        timestamp (float | Unset): Timestamp (examples use Unix milliseconds), not negative.
        rejection_reason (str | Unset): Why the claim is rejected. No SDK states a limit: 1,000 characters is generous.
    """

    owner_did: str
    approved: bool
    owner_signature: str | Unset = UNSET
    agent_signature: str | Unset = UNSET
    message: str | Unset = UNSET
    timestamp: float | Unset = UNSET
    rejection_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner_did = self.owner_did

        approved = self.approved

        owner_signature = self.owner_signature

        agent_signature = self.agent_signature

        message = self.message

        timestamp = self.timestamp

        rejection_reason = self.rejection_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ownerDID": owner_did,
                "approved": approved,
            }
        )
        if owner_signature is not UNSET:
            field_dict["ownerSignature"] = owner_signature
        if agent_signature is not UNSET:
            field_dict["agentSignature"] = agent_signature
        if message is not UNSET:
            field_dict["message"] = message
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if rejection_reason is not UNSET:
            field_dict["rejectionReason"] = rejection_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        owner_did = d.pop("ownerDID")

        approved = d.pop("approved")

        owner_signature = d.pop("ownerSignature", UNSET)

        agent_signature = d.pop("agentSignature", UNSET)

        message = d.pop("message", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        rejection_reason = d.pop("rejectionReason", UNSET)

        claim_process_request = cls(
            owner_did=owner_did,
            approved=approved,
            owner_signature=owner_signature,
            agent_signature=agent_signature,
            message=message,
            timestamp=timestamp,
            rejection_reason=rejection_reason,
        )

        claim_process_request.additional_properties = d
        return claim_process_request

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
