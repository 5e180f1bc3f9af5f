from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.identity_register_request_chain import (
    IdentityRegisterRequestChain,
    check_identity_register_request_chain,
)
from ..models.identity_register_request_key_type import (
    IdentityRegisterRequestKeyType,
    check_identity_register_request_key_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="IdentityRegisterRequest")


@_attrs_define
class IdentityRegisterRequest:
    """The TS SDK forwards any extra properties of the caller's object.

    Attributes:
        wallet_address (str): Wallet address: `^0x[a-fA-F0-9]{40}$` when keyType is `evm`, `^[1-9A-HJ-NP-Za-
            km-z]{32,44}$` (base58) otherwise.
        key_type (IdentityRegisterRequestKeyType): Key type.
        chain (IdentityRegisterRequestChain): Chain.
        owner_did (str | Unset): Optional owner DID; the agent is linked to this owner on registration ("Option A"). DID
            as the TS SDK's `validateDID` accepts it (reference §1.7): `did:<agent|owner>:evm:0x` + 40 hex, or
            `did:<agent|owner>:sol:` + a 32–44-character base58 address.
    """

    wallet_address: str
    key_type: IdentityRegisterRequestKeyType
    chain: IdentityRegisterRequestChain
    owner_did: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallet_address = self.wallet_address

        key_type: str = self.key_type

        chain: str = self.chain

        owner_did = self.owner_did

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "walletAddress": wallet_address,
                "keyType": key_type,
                "chain": chain,
            }
        )
        if owner_did is not UNSET:
            field_dict["ownerDID"] = owner_did

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        wallet_address = d.pop("walletAddress")

        key_type = check_identity_register_request_key_type(d.pop("keyType"))

        chain = check_identity_register_request_chain(d.pop("chain"))

        owner_did = d.pop("ownerDID", UNSET)

        identity_register_request = cls(
            wallet_address=wallet_address,
            key_type=key_type,
            chain=chain,
            owner_did=owner_did,
        )

        identity_register_request.additional_properties = d
        return identity_register_request

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
