from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.memory_category import MemoryCategory, check_memory_category
from ..models.memory_probe_request_version import (
    MemoryProbeRequestVersion,
    check_memory_probe_request_version,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subject_scope import SubjectScope


T = TypeVar("T", bound="MemoryProbeRequest")


@_attrs_define
class MemoryProbeRequest:
    """
    Attributes:
        topic_hashes (list[str]): Up to 5 topic hashes of the query.
        embedding64 (list[float]): 64-dimensional query embedding.
        version (MemoryProbeRequestVersion): Fingerprint version, 1.
        limit (int | Unset): Maximum matches (SDK default 10, doc max 50).
        category (MemoryCategory | Unset): Cognitive memory category (15 values).
        scope (SubjectScope | Unset): Subject filter of a memory probe.
    """

    topic_hashes: list[str]
    embedding64: list[float]
    version: MemoryProbeRequestVersion
    limit: int | Unset = UNSET
    category: MemoryCategory | Unset = UNSET
    scope: SubjectScope | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic_hashes = self.topic_hashes

        embedding64 = self.embedding64

        version: int = self.version

        limit = self.limit

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category

        scope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topicHashes": topic_hashes,
                "embedding64": embedding64,
                "version": version,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if category is not UNSET:
            field_dict["category"] = category
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.subject_scope import SubjectScope

        d = dict(src_dict)
        topic_hashes = cast(list[str], d.pop("topicHashes"))

        embedding64 = cast(list[float], d.pop("embedding64"))

        version = check_memory_probe_request_version(d.pop("version"))

        limit = d.pop("limit", UNSET)

        _category = d.pop("category", UNSET)
        category: MemoryCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = check_memory_category(_category)

        _scope = d.pop("scope", UNSET)
        scope: SubjectScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = SubjectScope.from_dict(_scope)

        memory_probe_request = cls(
            topic_hashes=topic_hashes,
            embedding64=embedding64,
            version=version,
            limit=limit,
            category=category,
            scope=scope,
        )

        memory_probe_request.additional_properties = d
        return memory_probe_request

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
