from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Owner")


@_attrs_define
class Owner:
    """
    Attributes:
        owner_did (str):
        wallet_address (str):
        wallet_chain (str): `evm` or `solana`.
        entity_type (str): `human` or `organization`.
        display_name (None | str | Unset):
        organization_name (None | str | Unset):
        email (None | str | Unset):
        email_verified (bool | Unset):
        wallet_verified (bool | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
    """

    owner_did: str
    wallet_address: str
    wallet_chain: str
    entity_type: str
    display_name: None | str | Unset = UNSET
    organization_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    email_verified: bool | Unset = UNSET
    wallet_verified: bool | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner_did = self.owner_did

        wallet_address = self.wallet_address

        wallet_chain = self.wallet_chain

        entity_type = self.entity_type

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        organization_name: None | str | Unset
        if isinstance(self.organization_name, Unset):
            organization_name = UNSET
        else:
            organization_name = self.organization_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        email_verified = self.email_verified

        wallet_verified = self.wallet_verified

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ownerDID": owner_did,
                "walletAddress": wallet_address,
                "walletChain": wallet_chain,
                "entityType": entity_type,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if organization_name is not UNSET:
            field_dict["organizationName"] = organization_name
        if email is not UNSET:
            field_dict["email"] = email
        if email_verified is not UNSET:
            field_dict["emailVerified"] = email_verified
        if wallet_verified is not UNSET:
            field_dict["walletVerified"] = wallet_verified
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        owner_did = d.pop("ownerDID")

        wallet_address = d.pop("walletAddress")

        wallet_chain = d.pop("walletChain")

        entity_type = d.pop("entityType")

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("displayName", UNSET))

        def _parse_organization_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_name = _parse_organization_name(d.pop("organizationName", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        email_verified = d.pop("emailVerified", UNSET)

        wallet_verified = d.pop("walletVerified", UNSET)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        owner = cls(
            owner_did=owner_did,
            wallet_address=wallet_address,
            wallet_chain=wallet_chain,
            entity_type=entity_type,
            display_name=display_name,
            organization_name=organization_name,
            email=email,
            email_verified=email_verified,
            wallet_verified=wallet_verified,
            created_at=created_at,
            updated_at=updated_at,
        )

        owner.additional_properties = d
        return owner

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
