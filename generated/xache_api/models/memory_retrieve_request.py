from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anchoring_mode import AnchoringMode, check_anchoring_mode
from ..types import UNSET, Unset

T = TypeVar("T", bound="MemoryRetrieveRequest")


@_attrs_define
class MemoryRetrieveRequest:
    """Exactly one of `storageKey` (TS) or `memoryId` (Python SDK) must be present. The subject access-control fields are
    TS-only.

        Attributes:
            storage_key (str | Unset): Key to retrieve (TS layout). Opaque id. No SDK states a limit; the ids the server
                issues are about 30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
            memory_id (str | Unset): Key to retrieve (Python-SDK layout). Opaque id. No SDK states a limit; the ids the
                server issues are about 30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
            anchoring (AnchoringMode | Unset): Request immediate on-chain anchoring of the receipt (adds $0.005 per receipt
                per the TS type docs). Omit for the default daily batch anchoring.
            subject_id (str | Unset): Pseudonymous subject id: 64 lowercase hex chars, an HMAC of the subject derived
                client-side (HMAC-SHA-512/256 in the TS SDK, HMAC-SHA-256 in the Python SDK, so the two never match).
            include_segment (bool | Unset): Include SEGMENT-scope memories (doc default true).
            include_global (bool | Unset): Include GLOBAL-scope memories (doc default true).
            segment_id (str | Unset): Segment id (required when scope is SEGMENT). No SDK states a limit: 256 characters is
                generous for an id.
            tenant_id (str | Unset): Tenant id. No SDK states a limit: 256 characters is generous for an id.
    """

    storage_key: str | Unset = UNSET
    memory_id: str | Unset = UNSET
    anchoring: AnchoringMode | Unset = UNSET
    subject_id: str | Unset = UNSET
    include_segment: bool | Unset = UNSET
    include_global: bool | Unset = UNSET
    segment_id: str | Unset = UNSET
    tenant_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        storage_key = self.storage_key

        memory_id = self.memory_id

        anchoring: str | Unset = UNSET
        if not isinstance(self.anchoring, Unset):
            anchoring = self.anchoring

        subject_id = self.subject_id

        include_segment = self.include_segment

        include_global = self.include_global

        segment_id = self.segment_id

        tenant_id = self.tenant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if storage_key is not UNSET:
            field_dict["storageKey"] = storage_key
        if memory_id is not UNSET:
            field_dict["memoryId"] = memory_id
        if anchoring is not UNSET:
            field_dict["anchoring"] = anchoring
        if subject_id is not UNSET:
            field_dict["subjectId"] = subject_id
        if include_segment is not UNSET:
            field_dict["includeSegment"] = include_segment
        if include_global is not UNSET:
            field_dict["includeGlobal"] = include_global
        if segment_id is not UNSET:
            field_dict["segmentId"] = segment_id
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        storage_key = d.pop("storageKey", UNSET)

        memory_id = d.pop("memoryId", UNSET)

        _anchoring = d.pop("anchoring", UNSET)
        anchoring: AnchoringMode | Unset
        if isinstance(_anchoring, Unset):
            anchoring = UNSET
        else:
            anchoring = check_anchoring_mode(_anchoring)

        subject_id = d.pop("subjectId", UNSET)

        include_segment = d.pop("includeSegment", UNSET)

        include_global = d.pop("includeGlobal", UNSET)

        segment_id = d.pop("segmentId", UNSET)

        tenant_id = d.pop("tenantId", UNSET)

        memory_retrieve_request = cls(
            storage_key=storage_key,
            memory_id=memory_id,
            anchoring=anchoring,
            subject_id=subject_id,
            include_segment=include_segment,
            include_global=include_global,
            segment_id=segment_id,
            tenant_id=tenant_id,
        )

        memory_retrieve_request.additional_properties = d
        return memory_retrieve_request

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
