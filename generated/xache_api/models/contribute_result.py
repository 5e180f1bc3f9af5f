from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContributeResult")


@_attrs_define
class ContributeResult:
    """
    Attributes:
        heuristic_id (str):
        receipt_id (str):
        pattern (str | Unset):
        domain (str | Unset):
        tags (list[str] | Unset):
        anchoring_tier (str | Unset): Anchoring tier, e.g. `daily` or `immediate`.
        anchoring_status (str | Unset): Anchoring status, e.g. `pending` or `anchored`.
        estimated_anchor_time (str | Unset): Estimated anchoring time (ISO-8601).
    """

    heuristic_id: str
    receipt_id: str
    pattern: str | Unset = UNSET
    domain: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    anchoring_tier: str | Unset = UNSET
    anchoring_status: str | Unset = UNSET
    estimated_anchor_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        heuristic_id = self.heuristic_id

        receipt_id = self.receipt_id

        pattern = self.pattern

        domain = self.domain

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        anchoring_tier = self.anchoring_tier

        anchoring_status = self.anchoring_status

        estimated_anchor_time = self.estimated_anchor_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "heuristicId": heuristic_id,
                "receiptId": receipt_id,
            }
        )
        if pattern is not UNSET:
            field_dict["pattern"] = pattern
        if domain is not UNSET:
            field_dict["domain"] = domain
        if tags is not UNSET:
            field_dict["tags"] = tags
        if anchoring_tier is not UNSET:
            field_dict["anchoringTier"] = anchoring_tier
        if anchoring_status is not UNSET:
            field_dict["anchoringStatus"] = anchoring_status
        if estimated_anchor_time is not UNSET:
            field_dict["estimatedAnchorTime"] = estimated_anchor_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        heuristic_id = d.pop("heuristicId")

        receipt_id = d.pop("receiptId")

        pattern = d.pop("pattern", UNSET)

        domain = d.pop("domain", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        anchoring_tier = d.pop("anchoringTier", UNSET)

        anchoring_status = d.pop("anchoringStatus", UNSET)

        estimated_anchor_time = d.pop("estimatedAnchorTime", UNSET)

        contribute_result = cls(
            heuristic_id=heuristic_id,
            receipt_id=receipt_id,
            pattern=pattern,
            domain=domain,
            tags=tags,
            anchoring_tier=anchoring_tier,
            anchoring_status=anchoring_status,
            estimated_anchor_time=estimated_anchor_time,
        )

        contribute_result.additional_properties = d
        return contribute_result

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
