from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_requirement import PaymentRequirement


T = TypeVar("T", bound="X402PaymentRequired")


@_attrs_define
class X402PaymentRequired:
    """x402 402 body. Recognised when `x402Version` is 1 or 2 and `accepts` is a non-empty array.

    Attributes:
        x_402_version (int): x402 protocol version, `1` or `2`.
        accepts (list[PaymentRequirement]): Accepted payment options (non-empty).
        error (str | Unset): Error message, e.g. `Payment required` (a string in this format).
    """

    x_402_version: int
    accepts: list[PaymentRequirement]
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x_402_version = self.x_402_version

        accepts = []
        for accepts_item_data in self.accepts:
            accepts_item = accepts_item_data.to_dict()
            accepts.append(accepts_item)

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "x402Version": x_402_version,
                "accepts": accepts,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payment_requirement import PaymentRequirement

        d = dict(src_dict)
        x_402_version = d.pop("x402Version")

        accepts = []
        _accepts = d.pop("accepts")
        for accepts_item_data in _accepts:
            accepts_item = PaymentRequirement.from_dict(accepts_item_data)

            accepts.append(accepts_item)

        error = d.pop("error", UNSET)

        x402_payment_required = cls(
            x_402_version=x_402_version,
            accepts=accepts,
            error=error,
        )

        x402_payment_required.additional_properties = d
        return x402_payment_required

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
