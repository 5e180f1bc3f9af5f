from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.extraction import Extraction
    from ..models.extraction_metadata import ExtractionMetadata


T = TypeVar("T", bound="ExtractResult")


@_attrs_define
class ExtractResult:
    """
    Attributes:
        extractions (list[Extraction]):
        stored (list[str] | Unset): Storage keys of auto-stored memories.
        metadata (ExtractionMetadata | Unset):
        success (bool | Unset): Listed in the TS type only.
        error (str | Unset): Listed in the TS type only.
        warnings (list[str] | Unset): Listed in the TS type only.
    """

    extractions: list[Extraction]
    stored: list[str] | Unset = UNSET
    metadata: ExtractionMetadata | Unset = UNSET
    success: bool | Unset = UNSET
    error: str | Unset = UNSET
    warnings: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extractions = []
        for extractions_item_data in self.extractions:
            extractions_item = extractions_item_data.to_dict()
            extractions.append(extractions_item)

        stored: list[str] | Unset = UNSET
        if not isinstance(self.stored, Unset):
            stored = self.stored

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        success = self.success

        error = self.error

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "extractions": extractions,
            }
        )
        if stored is not UNSET:
            field_dict["stored"] = stored
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if success is not UNSET:
            field_dict["success"] = success
        if error is not UNSET:
            field_dict["error"] = error
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.extraction import Extraction
        from ..models.extraction_metadata import ExtractionMetadata

        d = dict(src_dict)
        extractions = []
        _extractions = d.pop("extractions")
        for extractions_item_data in _extractions:
            extractions_item = Extraction.from_dict(extractions_item_data)

            extractions.append(extractions_item)

        stored = cast(list[str], d.pop("stored", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: ExtractionMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ExtractionMetadata.from_dict(_metadata)

        success = d.pop("success", UNSET)

        error = d.pop("error", UNSET)

        warnings = cast(list[str], d.pop("warnings", UNSET))

        extract_result = cls(
            extractions=extractions,
            stored=stored,
            metadata=metadata,
            success=success,
            error=error,
            warnings=warnings,
        )

        extract_result.additional_properties = d
        return extract_result

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
