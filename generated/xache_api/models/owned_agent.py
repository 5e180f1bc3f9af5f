from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OwnedAgent")


@_attrs_define
class OwnedAgent:
    """
    Attributes:
        agent_did (str):
        claim_type (str): `individual` or `workspace`.
        wallet_address (str | Unset):
        chain (str | Unset):
        workspace_id (None | str | Unset):
        workspace_name (None | str | Unset):
        role (None | str | Unset):
        added_at (str | Unset):
    """

    agent_did: str
    claim_type: str
    wallet_address: str | Unset = UNSET
    chain: str | Unset = UNSET
    workspace_id: None | str | Unset = UNSET
    workspace_name: None | str | Unset = UNSET
    role: None | str | Unset = UNSET
    added_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_did = self.agent_did

        claim_type = self.claim_type

        wallet_address = self.wallet_address

        chain = self.chain

        workspace_id: None | str | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        workspace_name: None | str | Unset
        if isinstance(self.workspace_name, Unset):
            workspace_name = UNSET
        else:
            workspace_name = self.workspace_name

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        added_at = self.added_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agentDID": agent_did,
                "claimType": claim_type,
            }
        )
        if wallet_address is not UNSET:
            field_dict["walletAddress"] = wallet_address
        if chain is not UNSET:
            field_dict["chain"] = chain
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id
        if workspace_name is not UNSET:
            field_dict["workspaceName"] = workspace_name
        if role is not UNSET:
            field_dict["role"] = role
        if added_at is not UNSET:
            field_dict["addedAt"] = added_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agent_did = d.pop("agentDID")

        claim_type = d.pop("claimType")

        wallet_address = d.pop("walletAddress", UNSET)

        chain = d.pop("chain", UNSET)

        def _parse_workspace_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workspace_id = _parse_workspace_id(d.pop("workspaceId", UNSET))

        def _parse_workspace_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workspace_name = _parse_workspace_name(d.pop("workspaceName", UNSET))

        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        added_at = d.pop("addedAt", UNSET)

        owned_agent = cls(
            agent_did=agent_did,
            claim_type=claim_type,
            wallet_address=wallet_address,
            chain=chain,
            workspace_id=workspace_id,
            workspace_name=workspace_name,
            role=role,
            added_at=added_at,
        )

        owned_agent.additional_properties = d
        return owned_agent

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
