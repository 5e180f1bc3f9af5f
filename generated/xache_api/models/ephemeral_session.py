from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ephemeral_session_slot_sizes import EphemeralSessionSlotSizes


T = TypeVar("T", bound="EphemeralSession")


@_attrs_define
class EphemeralSession:
    """Ephemeral working-memory session (returned unwrapped as `data`).

    Attributes:
        session_key (str):
        status (str): `active`, `expired`, `promoted` or `terminated`.
        agent_did (str | Unset):
        window (int | Unset):
        max_windows (int | Unset):
        ttl_seconds (int | Unset):
        created_at (str | Unset):
        expires_at (str | Unset):
        cumulative_cost (float | Unset):
        active_slots (list[str] | Unset):
        total_size (int | Unset):
        slot_sizes (EphemeralSessionSlotSizes | Unset): slot → size in bytes
    """

    session_key: str
    status: str
    agent_did: str | Unset = UNSET
    window: int | Unset = UNSET
    max_windows: int | Unset = UNSET
    ttl_seconds: int | Unset = UNSET
    created_at: str | Unset = UNSET
    expires_at: str | Unset = UNSET
    cumulative_cost: float | Unset = UNSET
    active_slots: list[str] | Unset = UNSET
    total_size: int | Unset = UNSET
    slot_sizes: EphemeralSessionSlotSizes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_key = self.session_key

        status = self.status

        agent_did = self.agent_did

        window = self.window

        max_windows = self.max_windows

        ttl_seconds = self.ttl_seconds

        created_at = self.created_at

        expires_at = self.expires_at

        cumulative_cost = self.cumulative_cost

        active_slots: list[str] | Unset = UNSET
        if not isinstance(self.active_slots, Unset):
            active_slots = self.active_slots

        total_size = self.total_size

        slot_sizes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.slot_sizes, Unset):
            slot_sizes = self.slot_sizes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sessionKey": session_key,
                "status": status,
            }
        )
        if agent_did is not UNSET:
            field_dict["agentDID"] = agent_did
        if window is not UNSET:
            field_dict["window"] = window
        if max_windows is not UNSET:
            field_dict["maxWindows"] = max_windows
        if ttl_seconds is not UNSET:
            field_dict["ttlSeconds"] = ttl_seconds
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if cumulative_cost is not UNSET:
            field_dict["cumulativeCost"] = cumulative_cost
        if active_slots is not UNSET:
            field_dict["activeSlots"] = active_slots
        if total_size is not UNSET:
            field_dict["totalSize"] = total_size
        if slot_sizes is not UNSET:
            field_dict["slotSizes"] = slot_sizes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ephemeral_session_slot_sizes import EphemeralSessionSlotSizes

        d = dict(src_dict)
        session_key = d.pop("sessionKey")

        status = d.pop("status")

        agent_did = d.pop("agentDID", UNSET)

        window = d.pop("window", UNSET)

        max_windows = d.pop("maxWindows", UNSET)

        ttl_seconds = d.pop("ttlSeconds", UNSET)

        created_at = d.pop("createdAt", UNSET)

        expires_at = d.pop("expiresAt", UNSET)

        cumulative_cost = d.pop("cumulativeCost", UNSET)

        active_slots = cast(list[str], d.pop("activeSlots", UNSET))

        total_size = d.pop("totalSize", UNSET)

        _slot_sizes = d.pop("slotSizes", UNSET)
        slot_sizes: EphemeralSessionSlotSizes | Unset
        if isinstance(_slot_sizes, Unset):
            slot_sizes = UNSET
        else:
            slot_sizes = EphemeralSessionSlotSizes.from_dict(_slot_sizes)

        ephemeral_session = cls(
            session_key=session_key,
            status=status,
            agent_did=agent_did,
            window=window,
            max_windows=max_windows,
            ttl_seconds=ttl_seconds,
            created_at=created_at,
            expires_at=expires_at,
            cumulative_cost=cumulative_cost,
            active_slots=active_slots,
            total_size=total_size,
            slot_sizes=slot_sizes,
        )

        ephemeral_session.additional_properties = d
        return ephemeral_session

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
