from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeletedMemoryItem")


@_attrs_define
class DeletedMemoryItem:
    """
    Attributes:
        storage_key (str):
        deleted_at (str):
        context (None | str | Unset):
        tags (list[str] | Unset):
        created_at (str | Unset):
        storage_tier (str | Unset):
        subject_id (str | Unset):
        scope (str | Unset):
        size_bytes (int | Unset):
    """

    storage_key: str
    deleted_at: str
    context: None | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    created_at: str | Unset = UNSET
    storage_tier: str | Unset = UNSET
    subject_id: str | Unset = UNSET
    scope: str | Unset = UNSET
    size_bytes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        storage_key = self.storage_key

        deleted_at = self.deleted_at

        context: None | str | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        else:
            context = self.context

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        created_at = self.created_at

        storage_tier = self.storage_tier

        subject_id = self.subject_id

        scope = self.scope

        size_bytes = self.size_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "storageKey": storage_key,
                "deletedAt": deleted_at,
            }
        )
        if context is not UNSET:
            field_dict["context"] = context
        if tags is not UNSET:
            field_dict["tags"] = tags
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if storage_tier is not UNSET:
            field_dict["storageTier"] = storage_tier
        if subject_id is not UNSET:
            field_dict["subjectId"] = subject_id
        if scope is not UNSET:
            field_dict["scope"] = scope
        if size_bytes is not UNSET:
            field_dict["sizeBytes"] = size_bytes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        storage_key = d.pop("storageKey")

        deleted_at = d.pop("deletedAt")

        def _parse_context(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        context = _parse_context(d.pop("context", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        created_at = d.pop("createdAt", UNSET)

        storage_tier = d.pop("storageTier", UNSET)

        subject_id = d.pop("subjectId", UNSET)

        scope = d.pop("scope", UNSET)

        size_bytes = d.pop("sizeBytes", UNSET)

        deleted_memory_item = cls(
            storage_key=storage_key,
            deleted_at=deleted_at,
            context=context,
            tags=tags,
            created_at=created_at,
            storage_tier=storage_tier,
            subject_id=subject_id,
            scope=scope,
            size_bytes=size_bytes,
        )

        deleted_memory_item.additional_properties = d
        return deleted_memory_item

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
