from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReceiptProof")


@_attrs_define
class ReceiptProof:
    """
    Attributes:
        receipt_id (str):
        merkle_proof (list[str]): Sibling hashes.
        merkle_root (str):
    """

    receipt_id: str
    merkle_proof: list[str]
    merkle_root: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        receipt_id = self.receipt_id

        merkle_proof = self.merkle_proof

        merkle_root = self.merkle_root

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "receiptId": receipt_id,
                "merkleProof": merkle_proof,
                "merkleRoot": merkle_root,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        receipt_id = d.pop("receiptId")

        merkle_proof = cast(list[str], d.pop("merkleProof"))

        merkle_root = d.pop("merkleRoot")

        receipt_proof = cls(
            receipt_id=receipt_id,
            merkle_proof=merkle_proof,
            merkle_root=merkle_root,
        )

        receipt_proof.additional_properties = d
        return receipt_proof

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
