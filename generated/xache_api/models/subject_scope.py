from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.memory_scope import MemoryScope, check_memory_scope
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubjectScope")


@_attrs_define
class SubjectScope:
    """Subject filter of a memory probe.

    Attributes:
        subject_id (str | Unset): Pseudonymous subject id: 64 lowercase hex chars, an HMAC of the subject derived
            client-side (HMAC-SHA-512/256 in the TS SDK, HMAC-SHA-256 in the Python SDK, so the two never match).
        scope (MemoryScope | Unset): Memory visibility scope.
        segment_id (str | Unset): Segment id (required when scope is SEGMENT). No SDK states a limit: 256 characters is
            generous for an id.
        include_global (bool | Unset): Include GLOBAL-scope memories.
    """

    subject_id: str | Unset = UNSET
    scope: MemoryScope | Unset = UNSET
    segment_id: str | Unset = UNSET
    include_global: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject_id = self.subject_id

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        segment_id = self.segment_id

        include_global = self.include_global

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subject_id is not UNSET:
            field_dict["subjectId"] = subject_id
        if scope is not UNSET:
            field_dict["scope"] = scope
        if segment_id is not UNSET:
            field_dict["segmentId"] = segment_id
        if include_global is not UNSET:
            field_dict["includeGlobal"] = include_global

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        subject_id = d.pop("subjectId", UNSET)

        _scope = d.pop("scope", UNSET)
        scope: MemoryScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = check_memory_scope(_scope)

        segment_id = d.pop("segmentId", UNSET)

        include_global = d.pop("includeGlobal", UNSET)

        subject_scope = cls(
            subject_id=subject_id,
            scope=scope,
            segment_id=segment_id,
            include_global=include_global,
        )

        subject_scope.additional_properties = d
        return subject_scope

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
