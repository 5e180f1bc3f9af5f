from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubjectPurgeResult")


@_attrs_define
class SubjectPurgeResult:
    """
    Attributes:
        subject_id (str):
        memories_deleted (int):
        receipts_deleted (int | Unset):
    """

    subject_id: str
    memories_deleted: int
    receipts_deleted: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject_id = self.subject_id

        memories_deleted = self.memories_deleted

        receipts_deleted = self.receipts_deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subjectId": subject_id,
                "memoriesDeleted": memories_deleted,
            }
        )
        if receipts_deleted is not UNSET:
            field_dict["receiptsDeleted"] = receipts_deleted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        subject_id = d.pop("subjectId")

        memories_deleted = d.pop("memoriesDeleted")

        receipts_deleted = d.pop("receiptsDeleted", UNSET)

        subject_purge_result = cls(
            subject_id=subject_id,
            memories_deleted=memories_deleted,
            receipts_deleted=receipts_deleted,
        )

        subject_purge_result.additional_properties = d
        return subject_purge_result

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
