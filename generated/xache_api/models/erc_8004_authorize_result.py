from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Erc8004AuthorizeResult")


@_attrs_define
class Erc8004AuthorizeResult:
    """The TS SDK reads `erc8004AgentId`, the Python SDK `agentId`; servers should send both.

    Attributes:
        success (bool | Unset):
        authorization_id (str | Unset):
        expires_at (Any | Unset): Expiry (type not fixed by the SDKs).
        index_limit (int | Unset):
        erc_8004_agent_id (str | Unset): Agent id as read by the TS SDK.
        agent_id (str | Unset): Agent id as read by the Python SDK.
        message (str | Unset):
    """

    success: bool | Unset = UNSET
    authorization_id: str | Unset = UNSET
    expires_at: Any | Unset = UNSET
    index_limit: int | Unset = UNSET
    erc_8004_agent_id: str | Unset = UNSET
    agent_id: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        authorization_id = self.authorization_id

        expires_at = self.expires_at

        index_limit = self.index_limit

        erc_8004_agent_id = self.erc_8004_agent_id

        agent_id = self.agent_id

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if authorization_id is not UNSET:
            field_dict["authorizationId"] = authorization_id
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if index_limit is not UNSET:
            field_dict["indexLimit"] = index_limit
        if erc_8004_agent_id is not UNSET:
            field_dict["erc8004AgentId"] = erc_8004_agent_id
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        success = d.pop("success", UNSET)

        authorization_id = d.pop("authorizationId", UNSET)

        expires_at = d.pop("expiresAt", UNSET)

        index_limit = d.pop("indexLimit", UNSET)

        erc_8004_agent_id = d.pop("erc8004AgentId", UNSET)

        agent_id = d.pop("agentId", UNSET)

        message = d.pop("message", UNSET)

        erc_8004_authorize_result = cls(
            success=success,
            authorization_id=authorization_id,
            expires_at=expires_at,
            index_limit=index_limit,
            erc_8004_agent_id=erc_8004_agent_id,
            agent_id=agent_id,
            message=message,
        )

        erc_8004_authorize_result.additional_properties = d
        return erc_8004_authorize_result

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
