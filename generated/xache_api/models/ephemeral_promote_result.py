from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EphemeralPromoteResult")


@_attrs_define
class EphemeralPromoteResult:
    """
    Attributes:
        memories_created (int):
        memory_ids (list[str]):
        receipt_id (str | Unset):
    """

    memories_created: int
    memory_ids: list[str]
    receipt_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        memories_created = self.memories_created

        memory_ids = self.memory_ids

        receipt_id = self.receipt_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "memoriesCreated": memories_created,
                "memoryIds": memory_ids,
            }
        )
        if receipt_id is not UNSET:
            field_dict["receiptId"] = receipt_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        memories_created = d.pop("memoriesCreated")

        memory_ids = cast(list[str], d.pop("memoryIds"))

        receipt_id = d.pop("receiptId", UNSET)

        ephemeral_promote_result = cls(
            memories_created=memories_created,
            memory_ids=memory_ids,
            receipt_id=receipt_id,
        )

        ephemeral_promote_result.additional_properties = d
        return ephemeral_promote_result

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
