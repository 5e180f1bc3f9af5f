from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MemoryDeleteResult")


@_attrs_define
class MemoryDeleteResult:
    """
    Attributes:
        deleted (bool):
        storage_key (str | Unset):
        memory_id (str | Unset): Python-SDK name of the key.
    """

    deleted: bool
    storage_key: str | Unset = UNSET
    memory_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted = self.deleted

        storage_key = self.storage_key

        memory_id = self.memory_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deleted": deleted,
            }
        )
        if storage_key is not UNSET:
            field_dict["storageKey"] = storage_key
        if memory_id is not UNSET:
            field_dict["memoryId"] = memory_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        deleted = d.pop("deleted")

        storage_key = d.pop("storageKey", UNSET)

        memory_id = d.pop("memoryId", UNSET)

        memory_delete_result = cls(
            deleted=deleted,
            storage_key=storage_key,
            memory_id=memory_id,
        )

        memory_delete_result.additional_properties = d
        return memory_delete_result

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
