from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Erc8004FeedbackAuthMessage")


@_attrs_define
class Erc8004FeedbackAuthMessage:
    """All values are decimal/hex strings.

    Attributes:
        agent_id (str | Unset):
        client_address (str | Unset):
        index_limit (str | Unset):
        expiry (str | Unset):
        chain_id (str | Unset):
        identity_registry (str | Unset):
        signer_address (str | Unset):
    """

    agent_id: str | Unset = UNSET
    client_address: str | Unset = UNSET
    index_limit: str | Unset = UNSET
    expiry: str | Unset = UNSET
    chain_id: str | Unset = UNSET
    identity_registry: str | Unset = UNSET
    signer_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        client_address = self.client_address

        index_limit = self.index_limit

        expiry = self.expiry

        chain_id = self.chain_id

        identity_registry = self.identity_registry

        signer_address = self.signer_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if client_address is not UNSET:
            field_dict["clientAddress"] = client_address
        if index_limit is not UNSET:
            field_dict["indexLimit"] = index_limit
        if expiry is not UNSET:
            field_dict["expiry"] = expiry
        if chain_id is not UNSET:
            field_dict["chainId"] = chain_id
        if identity_registry is not UNSET:
            field_dict["identityRegistry"] = identity_registry
        if signer_address is not UNSET:
            field_dict["signerAddress"] = signer_address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agent_id = d.pop("agentId", UNSET)

        client_address = d.pop("clientAddress", UNSET)

        index_limit = d.pop("indexLimit", UNSET)

        expiry = d.pop("expiry", UNSET)

        chain_id = d.pop("chainId", UNSET)

        identity_registry = d.pop("identityRegistry", UNSET)

        signer_address = d.pop("signerAddress", UNSET)

        erc_8004_feedback_auth_message = cls(
            agent_id=agent_id,
            client_address=client_address,
            index_limit=index_limit,
            expiry=expiry,
            chain_id=chain_id,
            identity_registry=identity_registry,
            signer_address=signer_address,
        )

        erc_8004_feedback_auth_message.additional_properties = d
        return erc_8004_feedback_auth_message

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
