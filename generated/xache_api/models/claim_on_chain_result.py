from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClaimOnChainResult")


@_attrs_define
class ClaimOnChainResult:
    """
    Attributes:
        status (str): `approved`.
        tx_hash (str):
        method (str | Unset): How the claim was verified, e.g. `onchain-solana`.
        message (str | Unset):
    """

    status: str
    tx_hash: str
    method: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        tx_hash = self.tx_hash

        method = self.method

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "txHash": tx_hash,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status")

        tx_hash = d.pop("txHash")

        method = d.pop("method", UNSET)

        message = d.pop("message", UNSET)

        claim_on_chain_result = cls(
            status=status,
            tx_hash=tx_hash,
            method=method,
            message=message,
        )

        claim_on_chain_result.additional_properties = d
        return claim_on_chain_result

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
