from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EphemeralStats")


@_attrs_define
class EphemeralStats:
    """
    Attributes:
        active_sessions (int | Unset):
        total_sessions (int | Unset):
        today_spend (float | Unset):
        avg_duration_minutes (float | Unset):
        promote_rate (float | Unset):
        total_promoted (int | Unset):
    """

    active_sessions: int | Unset = UNSET
    total_sessions: int | Unset = UNSET
    today_spend: float | Unset = UNSET
    avg_duration_minutes: float | Unset = UNSET
    promote_rate: float | Unset = UNSET
    total_promoted: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_sessions = self.active_sessions

        total_sessions = self.total_sessions

        today_spend = self.today_spend

        avg_duration_minutes = self.avg_duration_minutes

        promote_rate = self.promote_rate

        total_promoted = self.total_promoted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_sessions is not UNSET:
            field_dict["activeSessions"] = active_sessions
        if total_sessions is not UNSET:
            field_dict["totalSessions"] = total_sessions
        if today_spend is not UNSET:
            field_dict["todaySpend"] = today_spend
        if avg_duration_minutes is not UNSET:
            field_dict["avgDurationMinutes"] = avg_duration_minutes
        if promote_rate is not UNSET:
            field_dict["promoteRate"] = promote_rate
        if total_promoted is not UNSET:
            field_dict["totalPromoted"] = total_promoted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active_sessions = d.pop("activeSessions", UNSET)

        total_sessions = d.pop("totalSessions", UNSET)

        today_spend = d.pop("todaySpend", UNSET)

        avg_duration_minutes = d.pop("avgDurationMinutes", UNSET)

        promote_rate = d.pop("promoteRate", UNSET)

        total_promoted = d.pop("totalPromoted", UNSET)

        ephemeral_stats = cls(
            active_sessions=active_sessions,
            total_sessions=total_sessions,
            today_spend=today_spend,
            avg_duration_minutes=avg_duration_minutes,
            promote_rate=promote_rate,
            total_promoted=total_promoted,
        )

        ephemeral_stats.additional_properties = d
        return ephemeral_stats

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
