from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OwnerVerifyWalletRequest")


@_attrs_define
class OwnerVerifyWalletRequest:
    """
    Attributes:
        owner_did (str): Owner DID. DID as the TS SDK's `validateDID` accepts it (reference §1.7):
            `did:<agent|owner>:evm:0x` + 40 hex, or `did:<agent|owner>:sol:` + a 32–44-character base58 address.
        message (str): The signed message. No SDK states a limit: 10,000 characters is generous.
        signature (str): Signature of `message`. Format not defined by the SDKs; 1,024 characters is generous (an EVM
            signature is 132, a base58 ed25519 signature at most 88).
        timestamp (float): Timestamp (TS example uses ms, Python example seconds — ambiguous), not negative.
    """

    owner_did: str
    message: str
    signature: str
    timestamp: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner_did = self.owner_did

        message = self.message

        signature = self.signature

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ownerDID": owner_did,
                "message": message,
                "signature": signature,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        owner_did = d.pop("ownerDID")

        message = d.pop("message")

        signature = d.pop("signature")

        timestamp = d.pop("timestamp")

        owner_verify_wallet_request = cls(
            owner_did=owner_did,
            message=message,
            signature=signature,
            timestamp=timestamp,
        )

        owner_verify_wallet_request.additional_properties = d
        return owner_verify_wallet_request

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
