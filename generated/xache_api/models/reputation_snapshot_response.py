from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.meta import Meta
    from ..models.reputation_snapshot import ReputationSnapshot


T = TypeVar("T", bound="ReputationSnapshotResponse")


@_attrs_define
class ReputationSnapshotResponse:
    """Success envelope.

    Attributes:
        success (bool): Always `true` on success.
        data (ReputationSnapshot): Reputation snapshot. The Python SDK defaults missing sub-scores to 0.
        meta (Meta): Response metadata present in every envelope. The Python SDK discards it on success.
    """

    success: bool
    data: ReputationSnapshot
    meta: Meta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = self.data.to_dict()

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "data": data,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meta import Meta
        from ..models.reputation_snapshot import ReputationSnapshot

        d = dict(src_dict)
        success = d.pop("success")

        data = ReputationSnapshot.from_dict(d.pop("data"))

        meta = Meta.from_dict(d.pop("meta"))

        reputation_snapshot_response = cls(
            success=success,
            data=data,
            meta=meta,
        )

        reputation_snapshot_response.additional_properties = d
        return reputation_snapshot_response

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
