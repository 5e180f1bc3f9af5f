from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_requirement_extra import PaymentRequirementExtra


T = TypeVar("T", bound="PaymentRequirement")


@_attrs_define
class PaymentRequirement:
    """One x402 `accepts[]` entry. Only `accepts[0]` is used by the SDKs; they read `network`, `asset`,
    `maxAmountRequired`, `payTo`, `description`, `resource` and `extra.feePayer`.

        Attributes:
            network (str): Short network name: `base`, `base-sepolia`, `solana` or `solana-devnet` (CAIP-2 ids would be mis-
                parsed by the TS SDK).
            asset (str): USDC token address/mint on the network.
            pay_to (str): Recipient address.
            scheme (str | Unset): Payment scheme, `exact`.
            max_amount_required (str | Unset): Amount in USDC atomic units (6 decimals), decimal string; `"1000"` = $0.001
                (x402 v1 name).
            amount (str | Unset): Amount in USDC atomic units (x402 v2 name for `maxAmountRequired`).
            resource (str | Unset): Full URL of the paid resource, e.g. `https://api.xache.xyz/v1/memory/store`.
            description (str | Unset): Human-readable description.
            mime_type (str | Unset): Resource MIME type, `application/json`.
            max_timeout_seconds (int | Unset): Maximum settlement time in seconds.
            extra (PaymentRequirementExtra | Unset): Scheme-specific extra data; unknown keys are allowed.
    """

    network: str
    asset: str
    pay_to: str
    scheme: str | Unset = UNSET
    max_amount_required: str | Unset = UNSET
    amount: str | Unset = UNSET
    resource: str | Unset = UNSET
    description: str | Unset = UNSET
    mime_type: str | Unset = UNSET
    max_timeout_seconds: int | Unset = UNSET
    extra: PaymentRequirementExtra | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        network = self.network

        asset = self.asset

        pay_to = self.pay_to

        scheme = self.scheme

        max_amount_required = self.max_amount_required

        amount = self.amount

        resource = self.resource

        description = self.description

        mime_type = self.mime_type

        max_timeout_seconds = self.max_timeout_seconds

        extra: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = self.extra.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "network": network,
                "asset": asset,
                "payTo": pay_to,
            }
        )
        if scheme is not UNSET:
            field_dict["scheme"] = scheme
        if max_amount_required is not UNSET:
            field_dict["maxAmountRequired"] = max_amount_required
        if amount is not UNSET:
            field_dict["amount"] = amount
        if resource is not UNSET:
            field_dict["resource"] = resource
        if description is not UNSET:
            field_dict["description"] = description
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type
        if max_timeout_seconds is not UNSET:
            field_dict["maxTimeoutSeconds"] = max_timeout_seconds
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payment_requirement_extra import PaymentRequirementExtra

        d = dict(src_dict)
        network = d.pop("network")

        asset = d.pop("asset")

        pay_to = d.pop("payTo")

        scheme = d.pop("scheme", UNSET)

        max_amount_required = d.pop("maxAmountRequired", UNSET)

        amount = d.pop("amount", UNSET)

        resource = d.pop("resource", UNSET)

        description = d.pop("description", UNSET)

        mime_type = d.pop("mimeType", UNSET)

        max_timeout_seconds = d.pop("maxTimeoutSeconds", UNSET)

        _extra = d.pop("extra", UNSET)
        extra: PaymentRequirementExtra | Unset
        if isinstance(_extra, Unset):
            extra = UNSET
        else:
            extra = PaymentRequirementExtra.from_dict(_extra)

        payment_requirement = cls(
            network=network,
            asset=asset,
            pay_to=pay_to,
            scheme=scheme,
            max_amount_required=max_amount_required,
            amount=amount,
            resource=resource,
            description=description,
            mime_type=mime_type,
            max_timeout_seconds=max_timeout_seconds,
            extra=extra,
        )

        payment_requirement.additional_properties = d
        return payment_requirement

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
