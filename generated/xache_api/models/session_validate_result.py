from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wallet_session import WalletSession


T = TypeVar("T", bound="SessionValidateResult")


@_attrs_define
class SessionValidateResult:
    """TS reads valid/session/hasBudget/error; Python reads valid/sessionId/hasBudget/remainingAmount/reason.

    Attributes:
        valid (bool):
        session (WalletSession | Unset):
        has_budget (bool | Unset):
        error (str | Unset): Read by the TS SDK.
        session_id (str | Unset): Read by the Python SDK.
        remaining_amount (str | Unset): Read by the Python SDK.
        reason (str | Unset): Read by the Python SDK.
    """

    valid: bool
    session: WalletSession | Unset = UNSET
    has_budget: bool | Unset = UNSET
    error: str | Unset = UNSET
    session_id: str | Unset = UNSET
    remaining_amount: str | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        valid = self.valid

        session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session, Unset):
            session = self.session.to_dict()

        has_budget = self.has_budget

        error = self.error

        session_id = self.session_id

        remaining_amount = self.remaining_amount

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "valid": valid,
            }
        )
        if session is not UNSET:
            field_dict["session"] = session
        if has_budget is not UNSET:
            field_dict["hasBudget"] = has_budget
        if error is not UNSET:
            field_dict["error"] = error
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if remaining_amount is not UNSET:
            field_dict["remainingAmount"] = remaining_amount
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.wallet_session import WalletSession

        d = dict(src_dict)
        valid = d.pop("valid")

        _session = d.pop("session", UNSET)
        session: WalletSession | Unset
        if isinstance(_session, Unset):
            session = UNSET
        else:
            session = WalletSession.from_dict(_session)

        has_budget = d.pop("hasBudget", UNSET)

        error = d.pop("error", UNSET)

        session_id = d.pop("sessionId", UNSET)

        remaining_amount = d.pop("remainingAmount", UNSET)

        reason = d.pop("reason", UNSET)

        session_validate_result = cls(
            valid=valid,
            session=session,
            has_budget=has_budget,
            error=error,
            session_id=session_id,
            remaining_amount=remaining_amount,
            reason=reason,
        )

        session_validate_result.additional_properties = d
        return session_validate_result

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
