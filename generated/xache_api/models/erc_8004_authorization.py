from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Erc8004Authorization")


@_attrs_define
class Erc8004Authorization:
    """ERC-8004 feedback authorization (numbers as numbers).

    Attributes:
        agent_id (str): ERC-8004 agent id; `0` if not registered.
        client_address (str): The Xache export service's EVM address (from the auth request).
        index_limit (int):
        expiry (int): Unix timestamp (seconds).
        chain_id (int): 8453 (base) or 84532 (base-sepolia), the chain of the request's `network`.
        identity_registry (str): The ERC-8004 identity registry's EVM address on that chain (from the auth request).
        signer_address (str): The EVM address that signed (the agent's wallet or its owner's).
    """

    agent_id: str
    client_address: str
    index_limit: int
    expiry: int
    chain_id: int
    identity_registry: str
    signer_address: str
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
        field_dict.update(
            {
                "agentId": agent_id,
                "clientAddress": client_address,
                "indexLimit": index_limit,
                "expiry": expiry,
                "chainId": chain_id,
                "identityRegistry": identity_registry,
                "signerAddress": signer_address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agent_id = d.pop("agentId")

        client_address = d.pop("clientAddress")

        index_limit = d.pop("indexLimit")

        expiry = d.pop("expiry")

        chain_id = d.pop("chainId")

        identity_registry = d.pop("identityRegistry")

        signer_address = d.pop("signerAddress")

        erc_8004_authorization = cls(
            agent_id=agent_id,
            client_address=client_address,
            index_limit=index_limit,
            expiry=expiry,
            chain_id=chain_id,
            identity_registry=identity_registry,
            signer_address=signer_address,
        )

        erc_8004_authorization.additional_properties = d
        return erc_8004_authorization

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
