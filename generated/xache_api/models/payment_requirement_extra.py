from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentRequirementExtra")


@_attrs_define
class PaymentRequirementExtra:
    """Scheme-specific extra data; unknown keys are allowed.

    Attributes:
        name (str | Unset): EIP-712 domain name of the asset (e.g. `USDC`, `USD Coin`).
        version (str | Unset): EIP-712 domain version of the asset (e.g. `2`).
        fee_payer (str | Unset): Solana fee payer (facilitator) public key; required by the TS SDK for Solana networks.
    """

    name: str | Unset = UNSET
    version: str | Unset = UNSET
    fee_payer: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        version = self.version

        fee_payer = self.fee_payer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if version is not UNSET:
            field_dict["version"] = version
        if fee_payer is not UNSET:
            field_dict["feePayer"] = fee_payer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        version = d.pop("version", UNSET)

        fee_payer = d.pop("feePayer", UNSET)

        payment_requirement_extra = cls(
            name=name,
            version=version,
            fee_payer=fee_payer,
        )

        payment_requirement_extra.additional_properties = d
        return payment_requirement_extra

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
