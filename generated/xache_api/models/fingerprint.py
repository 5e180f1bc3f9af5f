from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fingerprint_version import FingerprintVersion, check_fingerprint_version
from ..models.memory_category import MemoryCategory, check_memory_category

T = TypeVar("T", bound="Fingerprint")


@_attrs_define
class Fingerprint:
    """Zero-knowledge cognitive fingerprint computed client-side (reference §3.5).

    Attributes:
        topic_hashes (list[str]): Up to 5 keyed BLAKE2b topic hashes (64 hex each).
        category (MemoryCategory): Cognitive memory category (15 values).
        embedding64 (list[float]): 64-dimensional L2-normalised projection, components rounded to 6 decimals.
        temporal_weight (float): Always 1.0 in SDK 5.13.0.
        version (FingerprintVersion): Fingerprint version, 1.
    """

    topic_hashes: list[str]
    category: MemoryCategory
    embedding64: list[float]
    temporal_weight: float
    version: FingerprintVersion
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic_hashes = self.topic_hashes

        category: str = self.category

        embedding64 = self.embedding64

        temporal_weight = self.temporal_weight

        version: int = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topicHashes": topic_hashes,
                "category": category,
                "embedding64": embedding64,
                "temporalWeight": temporal_weight,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        topic_hashes = cast(list[str], d.pop("topicHashes"))

        category = check_memory_category(d.pop("category"))

        embedding64 = cast(list[float], d.pop("embedding64"))

        temporal_weight = d.pop("temporalWeight")

        version = check_fingerprint_version(d.pop("version"))

        fingerprint = cls(
            topic_hashes=topic_hashes,
            category=category,
            embedding64=embedding64,
            temporal_weight=temporal_weight,
            version=version,
        )

        fingerprint.additional_properties = d
        return fingerprint

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
