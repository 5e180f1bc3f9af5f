from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExtractionMetadata")


@_attrs_define
class ExtractionMetadata:
    """
    Attributes:
        extraction_time (float | Unset): Milliseconds.
        llm_provider (str | Unset):
        llm_model (str | Unset):
        total_extractions (int | Unset):
        stored_count (int | Unset):
        payment_receipt_id (str | Unset):
    """

    extraction_time: float | Unset = UNSET
    llm_provider: str | Unset = UNSET
    llm_model: str | Unset = UNSET
    total_extractions: int | Unset = UNSET
    stored_count: int | Unset = UNSET
    payment_receipt_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extraction_time = self.extraction_time

        llm_provider = self.llm_provider

        llm_model = self.llm_model

        total_extractions = self.total_extractions

        stored_count = self.stored_count

        payment_receipt_id = self.payment_receipt_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if extraction_time is not UNSET:
            field_dict["extractionTime"] = extraction_time
        if llm_provider is not UNSET:
            field_dict["llmProvider"] = llm_provider
        if llm_model is not UNSET:
            field_dict["llmModel"] = llm_model
        if total_extractions is not UNSET:
            field_dict["totalExtractions"] = total_extractions
        if stored_count is not UNSET:
            field_dict["storedCount"] = stored_count
        if payment_receipt_id is not UNSET:
            field_dict["paymentReceiptId"] = payment_receipt_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        extraction_time = d.pop("extractionTime", UNSET)

        llm_provider = d.pop("llmProvider", UNSET)

        llm_model = d.pop("llmModel", UNSET)

        total_extractions = d.pop("totalExtractions", UNSET)

        stored_count = d.pop("storedCount", UNSET)

        payment_receipt_id = d.pop("paymentReceiptId", UNSET)

        extraction_metadata = cls(
            extraction_time=extraction_time,
            llm_provider=llm_provider,
            llm_model=llm_model,
            total_extractions=total_extractions,
            stored_count=stored_count,
            payment_receipt_id=payment_receipt_id,
        )

        extraction_metadata.additional_properties = d
        return extraction_metadata

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
