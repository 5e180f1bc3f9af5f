from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.owner_register_request_entity_type import (
    OwnerRegisterRequestEntityType,
    check_owner_register_request_entity_type,
)
from ..models.owner_register_request_wallet_chain import (
    OwnerRegisterRequestWalletChain,
    check_owner_register_request_wallet_chain,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OwnerRegisterRequest")


@_attrs_define
class OwnerRegisterRequest:
    """
    Attributes:
        wallet_address (str): The owner's wallet. An EVM (`0x` + 40 hex) or Solana (32–44 base58) address, the formats
            of reference §1.7.
        wallet_chain (OwnerRegisterRequestWalletChain):
        entity_type (OwnerRegisterRequestEntityType):
        display_name (str | Unset): Display name. No SDK states a limit: 256 characters is generous for a display name.
        organization_name (str | Unset): Organization name. No SDK states a limit: 256 characters is generous for a
            display name.
        email (str | Unset): Contact email: `local@domain`, at most 254 characters (the SMTP limit of RFC 5321; no SDK
            checks it).
        supabase_user_id (str | Unset): Supabase user id (a UUID). No SDK states a limit: 256 characters.
    """

    wallet_address: str
    wallet_chain: OwnerRegisterRequestWalletChain
    entity_type: OwnerRegisterRequestEntityType
    display_name: str | Unset = UNSET
    organization_name: str | Unset = UNSET
    email: str | Unset = UNSET
    supabase_user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallet_address = self.wallet_address

        wallet_chain: str = self.wallet_chain

        entity_type: str = self.entity_type

        display_name = self.display_name

        organization_name = self.organization_name

        email = self.email

        supabase_user_id = self.supabase_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
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
        if supabase_user_id is not UNSET:
            field_dict["supabaseUserId"] = supabase_user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        wallet_address = d.pop("walletAddress")

        wallet_chain = check_owner_register_request_wallet_chain(d.pop("walletChain"))

        entity_type = check_owner_register_request_entity_type(d.pop("entityType"))

        display_name = d.pop("displayName", UNSET)

        organization_name = d.pop("organizationName", UNSET)

        email = d.pop("email", UNSET)

        supabase_user_id = d.pop("supabaseUserId", UNSET)

        owner_register_request = cls(
            wallet_address=wallet_address,
            wallet_chain=wallet_chain,
            entity_type=entity_type,
            display_name=display_name,
            organization_name=organization_name,
            email=email,
            supabase_user_id=supabase_user_id,
        )

        owner_register_request.additional_properties = d
        return owner_register_request

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
