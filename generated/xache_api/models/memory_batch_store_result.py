from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.memory_batch_store_item_result import MemoryBatchStoreItemResult


T = TypeVar("T", bound="MemoryBatchStoreResult")


@_attrs_define
class MemoryBatchStoreResult:
    """
    Attributes:
        results (list[MemoryBatchStoreItemResult]):
        success_count (int):
        failure_count (int):
        batch_receipt_id (str | Unset):
    """

    results: list[MemoryBatchStoreItemResult]
    success_count: int
    failure_count: int
    batch_receipt_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        success_count = self.success_count

        failure_count = self.failure_count

        batch_receipt_id = self.batch_receipt_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
                "successCount": success_count,
                "failureCount": failure_count,
            }
        )
        if batch_receipt_id is not UNSET:
            field_dict["batchReceiptId"] = batch_receipt_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.memory_batch_store_item_result import MemoryBatchStoreItemResult

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = MemoryBatchStoreItemResult.from_dict(results_item_data)

            results.append(results_item)

        success_count = d.pop("successCount")

        failure_count = d.pop("failureCount")

        batch_receipt_id = d.pop("batchReceiptId", UNSET)

        memory_batch_store_result = cls(
            results=results,
            success_count=success_count,
            failure_count=failure_count,
            batch_receipt_id=batch_receipt_id,
        )

        memory_batch_store_result.additional_properties = d
        return memory_batch_store_result

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
