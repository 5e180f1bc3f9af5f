from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MemoryPurgeResult")


@_attrs_define
class MemoryPurgeResult:
    """
    Attributes:
        storage_key (str):
        purged (bool):
        r_2_deleted (bool | Unset): Whether the blob was deleted from object storage.
    """

    storage_key: str
    purged: bool
    r_2_deleted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        storage_key = self.storage_key

        purged = self.purged

        r_2_deleted = self.r_2_deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "storageKey": storage_key,
                "purged": purged,
            }
        )
        if r_2_deleted is not UNSET:
            field_dict["r2Deleted"] = r_2_deleted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        storage_key = d.pop("storageKey")

        purged = d.pop("purged")

        r_2_deleted = d.pop("r2Deleted", UNSET)

        memory_purge_result = cls(
            storage_key=storage_key,
            purged=purged,
            r_2_deleted=r_2_deleted,
        )

        memory_purge_result.additional_properties = d
        return memory_purge_result

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
