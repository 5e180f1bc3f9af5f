from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.heuristic_match import HeuristicMatch


T = TypeVar("T", bound="CollectiveQueryResult")


@_attrs_define
class CollectiveQueryResult:
    """
    Attributes:
        matches (list[HeuristicMatch]):
        receipt_id (str):
        total_cost (str | Unset): USD decimal string.
        royalties_usd (str | Unset): USD decimal string.
        anchoring_tier (str | Unset): Anchoring tier, e.g. `daily` or `immediate`.
        anchoring_status (str | Unset): Anchoring status, e.g. `pending` or `anchored`.
        estimated_anchor_time (str | Unset): Estimated anchoring time (ISO-8601).
    """

    matches: list[HeuristicMatch]
    receipt_id: str
    total_cost: str | Unset = UNSET
    royalties_usd: str | Unset = UNSET
    anchoring_tier: str | Unset = UNSET
    anchoring_status: str | Unset = UNSET
    estimated_anchor_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        matches = []
        for matches_item_data in self.matches:
            matches_item = matches_item_data.to_dict()
            matches.append(matches_item)

        receipt_id = self.receipt_id

        total_cost = self.total_cost

        royalties_usd = self.royalties_usd

        anchoring_tier = self.anchoring_tier

        anchoring_status = self.anchoring_status

        estimated_anchor_time = self.estimated_anchor_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "matches": matches,
                "receiptId": receipt_id,
            }
        )
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost
        if royalties_usd is not UNSET:
            field_dict["royaltiesUSD"] = royalties_usd
        if anchoring_tier is not UNSET:
            field_dict["anchoringTier"] = anchoring_tier
        if anchoring_status is not UNSET:
            field_dict["anchoringStatus"] = anchoring_status
        if estimated_anchor_time is not UNSET:
            field_dict["estimatedAnchorTime"] = estimated_anchor_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.heuristic_match import HeuristicMatch

        d = dict(src_dict)
        matches = []
        _matches = d.pop("matches")
        for matches_item_data in _matches:
            matches_item = HeuristicMatch.from_dict(matches_item_data)

            matches.append(matches_item)

        receipt_id = d.pop("receiptId")

        total_cost = d.pop("totalCost", UNSET)

        royalties_usd = d.pop("royaltiesUSD", UNSET)

        anchoring_tier = d.pop("anchoringTier", UNSET)

        anchoring_status = d.pop("anchoringStatus", UNSET)

        estimated_anchor_time = d.pop("estimatedAnchorTime", UNSET)

        collective_query_result = cls(
            matches=matches,
            receipt_id=receipt_id,
            total_cost=total_cost,
            royalties_usd=royalties_usd,
            anchoring_tier=anchoring_tier,
            anchoring_status=anchoring_status,
            estimated_anchor_time=estimated_anchor_time,
        )

        collective_query_result.additional_properties = d
        return collective_query_result

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
