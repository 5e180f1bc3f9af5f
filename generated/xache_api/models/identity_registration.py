from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IdentityRegistration")


@_attrs_define
class IdentityRegistration:
    """
    Attributes:
        did (str): The new agent DID.
        wallet_address (str):
        key_type (str): `evm` or `solana`.
        chain (str): `base` or `solana`.
        created_at (str): ISO-8601.
    """

    did: str
    wallet_address: str
    key_type: str
    chain: str
    created_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        did = self.did

        wallet_address = self.wallet_address

        key_type = self.key_type

        chain = self.chain

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "did": did,
                "walletAddress": wallet_address,
                "keyType": key_type,
                "chain": chain,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        did = d.pop("did")

        wallet_address = d.pop("walletAddress")

        key_type = d.pop("keyType")

        chain = d.pop("chain")

        created_at = d.pop("createdAt")

        identity_registration = cls(
            did=did,
            wallet_address=wallet_address,
            key_type=key_type,
            chain=chain,
            created_at=created_at,
        )

        identity_registration.additional_properties = d
        return identity_registration

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
