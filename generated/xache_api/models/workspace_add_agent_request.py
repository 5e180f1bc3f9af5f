from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_add_agent_request_role import (
    WorkspaceAddAgentRequestRole,
    check_workspace_add_agent_request_role,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceAddAgentRequest")


@_attrs_define
class WorkspaceAddAgentRequest:
    """
    Attributes:
        agent_did (str): Agent to add. DID as the TS SDK's `validateDID` accepts it (reference §1.7):
            `did:<agent|owner>:evm:0x` + 40 hex, or `did:<agent|owner>:sol:` + a 32–44-character base58 address.
        role (WorkspaceAddAgentRequestRole | Unset): Role (Python always sends, default member).
    """

    agent_did: str
    role: WorkspaceAddAgentRequestRole | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_did = self.agent_did

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agentDID": agent_did,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agent_did = d.pop("agentDID")

        _role = d.pop("role", UNSET)
        role: WorkspaceAddAgentRequestRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = check_workspace_add_agent_request_role(_role)

        workspace_add_agent_request = cls(
            agent_did=agent_did,
            role=role,
        )

        workspace_add_agent_request.additional_properties = d
        return workspace_add_agent_request

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
