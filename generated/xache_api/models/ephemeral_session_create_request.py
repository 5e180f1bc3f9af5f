from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="EphemeralSessionCreateRequest")


@_attrs_define
class EphemeralSessionCreateRequest:
    """Only the keys that were set. TS sends `{}` when none; Python sends no body.

    Attributes:
        ttl_seconds (int | Unset): Session TTL (server default 3600, at most a day).
        max_windows (int | Unset): Maximum renewal windows (server default 5).
        metadata (JsonObject | Unset): A free-form JSON object.
    """

    ttl_seconds: int | Unset = UNSET
    max_windows: int | Unset = UNSET
    metadata: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ttl_seconds = self.ttl_seconds

        max_windows = self.max_windows

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ttl_seconds is not UNSET:
            field_dict["ttlSeconds"] = ttl_seconds
        if max_windows is not UNSET:
            field_dict["maxWindows"] = max_windows
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        ttl_seconds = d.pop("ttlSeconds", UNSET)

        max_windows = d.pop("maxWindows", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: JsonObject | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = JsonObject.from_dict(_metadata)

        ephemeral_session_create_request = cls(
            ttl_seconds=ttl_seconds,
            max_windows=max_windows,
            metadata=metadata,
        )

        ephemeral_session_create_request.additional_properties = d
        return ephemeral_session_create_request

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
