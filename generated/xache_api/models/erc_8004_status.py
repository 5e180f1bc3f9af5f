from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Erc8004Status")


@_attrs_define
class Erc8004Status:
    """
    Attributes:
        enabled (bool):
        is_valid (bool):
        expires_at (Any | Unset): Expiry (type not fixed by the SDKs).
        feedbacks_used (int | Unset):
        feedbacks_limit (int | Unset):
        erc_8004_agent_id (str | Unset):
        last_exported_at (Any | Unset): Last export time (type not fixed by the SDKs).
        last_exported_score (float | Unset):
        network (str | Unset): Read by the Python SDK only.
    """

    enabled: bool
    is_valid: bool
    expires_at: Any | Unset = UNSET
    feedbacks_used: int | Unset = UNSET
    feedbacks_limit: int | Unset = UNSET
    erc_8004_agent_id: str | Unset = UNSET
    last_exported_at: Any | Unset = UNSET
    last_exported_score: float | Unset = UNSET
    network: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        is_valid = self.is_valid

        expires_at = self.expires_at

        feedbacks_used = self.feedbacks_used

        feedbacks_limit = self.feedbacks_limit

        erc_8004_agent_id = self.erc_8004_agent_id

        last_exported_at = self.last_exported_at

        last_exported_score = self.last_exported_score

        network = self.network

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "isValid": is_valid,
            }
        )
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if feedbacks_used is not UNSET:
            field_dict["feedbacksUsed"] = feedbacks_used
        if feedbacks_limit is not UNSET:
            field_dict["feedbacksLimit"] = feedbacks_limit
        if erc_8004_agent_id is not UNSET:
            field_dict["erc8004AgentId"] = erc_8004_agent_id
        if last_exported_at is not UNSET:
            field_dict["lastExportedAt"] = last_exported_at
        if last_exported_score is not UNSET:
            field_dict["lastExportedScore"] = last_exported_score
        if network is not UNSET:
            field_dict["network"] = network

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        is_valid = d.pop("isValid")

        expires_at = d.pop("expiresAt", UNSET)

        feedbacks_used = d.pop("feedbacksUsed", UNSET)

        feedbacks_limit = d.pop("feedbacksLimit", UNSET)

        erc_8004_agent_id = d.pop("erc8004AgentId", UNSET)

        last_exported_at = d.pop("lastExportedAt", UNSET)

        last_exported_score = d.pop("lastExportedScore", UNSET)

        network = d.pop("network", UNSET)

        erc_8004_status = cls(
            enabled=enabled,
            is_valid=is_valid,
            expires_at=expires_at,
            feedbacks_used=feedbacks_used,
            feedbacks_limit=feedbacks_limit,
            erc_8004_agent_id=erc_8004_agent_id,
            last_exported_at=last_exported_at,
            last_exported_score=last_exported_score,
            network=network,
        )

        erc_8004_status.additional_properties = d
        return erc_8004_status

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
