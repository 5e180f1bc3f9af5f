from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyPaymentChallenge")


@_attrs_define
class LegacyPaymentChallenge:
    """Legacy payment challenge. Missing values default to amount `"0"` / chainHint `base` (TS) or `""` (Python).

    Attributes:
        challenge_id (str | Unset): Challenge id; the client retries with `Idempotency-Key: <challengeId>`.
        amount (str | Unset): Amount to pay (string).
        chain_hint (str | Unset): Chain hint, e.g. `base`, `solana`, or `base:USDC` / `solana:SOL`.
        pay_to (str | Unset): Recipient address.
        description (str | Unset):
    """

    challenge_id: str | Unset = UNSET
    amount: str | Unset = UNSET
    chain_hint: str | Unset = UNSET
    pay_to: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        challenge_id = self.challenge_id

        amount = self.amount

        chain_hint = self.chain_hint

        pay_to = self.pay_to

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if challenge_id is not UNSET:
            field_dict["challengeId"] = challenge_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if chain_hint is not UNSET:
            field_dict["chainHint"] = chain_hint
        if pay_to is not UNSET:
            field_dict["payTo"] = pay_to
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        challenge_id = d.pop("challengeId", UNSET)

        amount = d.pop("amount", UNSET)

        chain_hint = d.pop("chainHint", UNSET)

        pay_to = d.pop("payTo", UNSET)

        description = d.pop("description", UNSET)

        legacy_payment_challenge = cls(
            challenge_id=challenge_id,
            amount=amount,
            chain_hint=chain_hint,
            pay_to=pay_to,
            description=description,
        )

        legacy_payment_challenge.additional_properties = d
        return legacy_payment_challenge

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
