from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnchorChainStatus")


@_attrs_define
class AnchorChainStatus:
    """
    Attributes:
        tx_hash (str):
        status (str):
        gas_used (Any | Unset): Gas used (type not fixed by the SDKs; string or number).
        anchored_at (str | Unset):
    """

    tx_hash: str
    status: str
    gas_used: Any | Unset = UNSET
    anchored_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tx_hash = self.tx_hash

        status = self.status

        gas_used = self.gas_used

        anchored_at = self.anchored_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "txHash": tx_hash,
                "status": status,
            }
        )
        if gas_used is not UNSET:
            field_dict["gasUsed"] = gas_used
        if anchored_at is not UNSET:
            field_dict["anchoredAt"] = anchored_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tx_hash = d.pop("txHash")

        status = d.pop("status")

        gas_used = d.pop("gasUsed", UNSET)

        anchored_at = d.pop("anchoredAt", UNSET)

        anchor_chain_status = cls(
            tx_hash=tx_hash,
            status=status,
            gas_used=gas_used,
            anchored_at=anchored_at,
        )

        anchor_chain_status.additional_properties = d
        return anchor_chain_status

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
