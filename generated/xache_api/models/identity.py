from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="Identity")


@_attrs_define
class Identity:
    """
    Attributes:
        did (str):
        wallet_address (str):
        key_type (str): `evm` or `solana`.
        chain (str): `base` or `solana`.
        reputation_score (float):
        created_at (str): ISO-8601.
        updated_at (str | Unset): ISO-8601.
        name (str | Unset):
        metadata (JsonObject | Unset): A free-form JSON object.
    """

    did: str
    wallet_address: str
    key_type: str
    chain: str
    reputation_score: float
    created_at: str
    updated_at: str | Unset = UNSET
    name: str | Unset = UNSET
    metadata: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        did = self.did

        wallet_address = self.wallet_address

        key_type = self.key_type

        chain = self.chain

        reputation_score = self.reputation_score

        created_at = self.created_at

        updated_at = self.updated_at

        name = self.name

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "did": did,
                "walletAddress": wallet_address,
                "keyType": key_type,
                "chain": chain,
                "reputationScore": reputation_score,
                "createdAt": created_at,
            }
        )
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if name is not UNSET:
            field_dict["name"] = name
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        did = d.pop("did")

        wallet_address = d.pop("walletAddress")

        key_type = d.pop("keyType")

        chain = d.pop("chain")

        reputation_score = d.pop("reputationScore")

        created_at = d.pop("createdAt")

        updated_at = d.pop("updatedAt", UNSET)

        name = d.pop("name", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: JsonObject | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = JsonObject.from_dict(_metadata)

        identity = cls(
            did=did,
            wallet_address=wallet_address,
            key_type=key_type,
            chain=chain,
            reputation_score=reputation_score,
            created_at=created_at,
            updated_at=updated_at,
            name=name,
            metadata=metadata,
        )

        identity.additional_properties = d
        return identity

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
