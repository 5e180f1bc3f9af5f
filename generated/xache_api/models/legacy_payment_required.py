from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.legacy_payment_challenge import LegacyPaymentChallenge
    from ..models.legacy_payment_error import LegacyPaymentError
    from ..models.meta import Meta


T = TypeVar("T", bound="LegacyPaymentRequired")


@_attrs_define
class LegacyPaymentRequired:
    """Legacy (pre-x402) 402 body: any 402 body that is not in the x402 format.

    Attributes:
        error (LegacyPaymentError):
        payment (LegacyPaymentChallenge): Legacy payment challenge. Missing values default to amount `"0"` / chainHint
            `base` (TS) or `""` (Python).
        meta (Meta | Unset): Response metadata present in every envelope. The Python SDK discards it on success.
    """

    error: LegacyPaymentError
    payment: LegacyPaymentChallenge
    meta: Meta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        payment = self.payment.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "payment": payment,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.legacy_payment_challenge import LegacyPaymentChallenge
        from ..models.legacy_payment_error import LegacyPaymentError
        from ..models.meta import Meta

        d = dict(src_dict)
        error = LegacyPaymentError.from_dict(d.pop("error"))

        payment = LegacyPaymentChallenge.from_dict(d.pop("payment"))

        _meta = d.pop("meta", UNSET)
        meta: Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        legacy_payment_required = cls(
            error=error,
            payment=payment,
            meta=meta,
        )

        legacy_payment_required.additional_properties = d
        return legacy_payment_required

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
