from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MemoryRetrieveBatchRequest")


@_attrs_define
class MemoryRetrieveBatchRequest:
    """Exactly one of `storageKeys` (TS) or `memoryIds` (Python SDK) must be present, 1–100 non-empty strings.

    Attributes:
        storage_keys (list[str] | Unset): Keys to retrieve (TS layout, also the Python graph module).
        memory_ids (list[str] | Unset): Keys to retrieve (Python-SDK layout).
    """

    storage_keys: list[str] | Unset = UNSET
    memory_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        storage_keys: list[str] | Unset = UNSET
        if not isinstance(self.storage_keys, Unset):
            storage_keys = self.storage_keys

        memory_ids: list[str] | Unset = UNSET
        if not isinstance(self.memory_ids, Unset):
            memory_ids = self.memory_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if storage_keys is not UNSET:
            field_dict["storageKeys"] = storage_keys
        if memory_ids is not UNSET:
            field_dict["memoryIds"] = memory_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        storage_keys = cast(list[str], d.pop("storageKeys", UNSET))

        memory_ids = cast(list[str], d.pop("memoryIds", UNSET))

        memory_retrieve_batch_request = cls(
            storage_keys=storage_keys,
            memory_ids=memory_ids,
        )

        memory_retrieve_batch_request.additional_properties = d
        return memory_retrieve_batch_request

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
