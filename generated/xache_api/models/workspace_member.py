from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceMember")


@_attrs_define
class WorkspaceMember:
    """
    Attributes:
        workspace_id (str):
        agent_did (str):
        role (str):
        added_at (str | Unset):
    """

    workspace_id: str
    agent_did: str
    role: str
    added_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        agent_did = self.agent_did

        role = self.role

        added_at = self.added_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspaceId": workspace_id,
                "agentDID": agent_did,
                "role": role,
            }
        )
        if added_at is not UNSET:
            field_dict["addedAt"] = added_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        workspace_id = d.pop("workspaceId")

        agent_did = d.pop("agentDID")

        role = d.pop("role")

        added_at = d.pop("addedAt", UNSET)

        workspace_member = cls(
            workspace_id=workspace_id,
            agent_did=agent_did,
            role=role,
            added_at=added_at,
        )

        workspace_member.additional_properties = d
        return workspace_member

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
