from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MemoryStoreResult")


@_attrs_define
class MemoryStoreResult:
    """The key is returned as `storageKey` (TS) and/or `memoryId` (Python SDK); servers should send both.

    Attributes:
        storage_tier (str): `hot`, `warm` or `cold`.
        receipt_id (str):
        storage_key (str | Unset): Storage key (read by the TS SDK and Python graph module).
        memory_id (str | Unset): Storage key under the Python-SDK name.
        size (int | Unset): Stored size in bytes.
        anchoring_tier (str | Unset): Anchoring tier, e.g. `daily` or `immediate`.
        anchoring_status (str | Unset): Anchoring status, e.g. `pending` or `anchored`.
        estimated_anchor_time (str | Unset): Estimated anchoring time (ISO-8601).
    """

    storage_tier: str
    receipt_id: str
    storage_key: str | Unset = UNSET
    memory_id: str | Unset = UNSET
    size: int | Unset = UNSET
    anchoring_tier: str | Unset = UNSET
    anchoring_status: str | Unset = UNSET
    estimated_anchor_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        storage_tier = self.storage_tier

        receipt_id = self.receipt_id

        storage_key = self.storage_key

        memory_id = self.memory_id

        size = self.size

        anchoring_tier = self.anchoring_tier

        anchoring_status = self.anchoring_status

        estimated_anchor_time = self.estimated_anchor_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "storageTier": storage_tier,
                "receiptId": receipt_id,
            }
        )
        if storage_key is not UNSET:
            field_dict["storageKey"] = storage_key
        if memory_id is not UNSET:
            field_dict["memoryId"] = memory_id
        if size is not UNSET:
            field_dict["size"] = size
        if anchoring_tier is not UNSET:
            field_dict["anchoringTier"] = anchoring_tier
        if anchoring_status is not UNSET:
            field_dict["anchoringStatus"] = anchoring_status
        if estimated_anchor_time is not UNSET:
            field_dict["estimatedAnchorTime"] = estimated_anchor_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        storage_tier = d.pop("storageTier")

        receipt_id = d.pop("receiptId")

        storage_key = d.pop("storageKey", UNSET)

        memory_id = d.pop("memoryId", UNSET)

        size = d.pop("size", UNSET)

        anchoring_tier = d.pop("anchoringTier", UNSET)

        anchoring_status = d.pop("anchoringStatus", UNSET)

        estimated_anchor_time = d.pop("estimatedAnchorTime", UNSET)

        memory_store_result = cls(
            storage_tier=storage_tier,
            receipt_id=receipt_id,
            storage_key=storage_key,
            memory_id=memory_id,
            size=size,
            anchoring_tier=anchoring_tier,
            anchoring_status=anchoring_status,
            estimated_anchor_time=estimated_anchor_time,
        )

        memory_store_result.additional_properties = d
        return memory_store_result

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
