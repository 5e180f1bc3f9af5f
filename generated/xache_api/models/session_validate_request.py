from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_validate_request_scope import (
    SessionValidateRequestScope,
    check_session_validate_request_scope,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionValidateRequest")


@_attrs_define
class SessionValidateRequest:
    """
    Attributes:
        amount (str | Unset): Amount to check, atomic units (required by the Python SDK): a uint256 in decimal (at most
            78 digits).
        scope (SessionValidateRequestScope | Unset): One scope to check.
    """

    amount: str | Unset = UNSET
    scope: SessionValidateRequestScope | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        _scope = d.pop("scope", UNSET)
        scope: SessionValidateRequestScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = check_session_validate_request_scope(_scope)

        session_validate_request = cls(
            amount=amount,
            scope=scope,
        )

        session_validate_request.additional_properties = d
        return session_validate_request

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
