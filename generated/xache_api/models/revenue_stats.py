from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.monthly_earning import MonthlyEarning
    from ..models.revenue_stats_earnings_by_domain import RevenueStatsEarningsByDomain
    from ..models.top_heuristic import TopHeuristic


T = TypeVar("T", bound="RevenueStats")


@_attrs_define
class RevenueStats:
    """
    Attributes:
        agent_did (str):
        total_earned_usd (str):
        heuristic_count (int):
        top_heuristics (list[TopHeuristic] | Unset):
        earnings_by_domain (RevenueStatsEarningsByDomain | Unset): domain → USD decimal string
        monthly_earnings (list[MonthlyEarning] | Unset):
    """

    agent_did: str
    total_earned_usd: str
    heuristic_count: int
    top_heuristics: list[TopHeuristic] | Unset = UNSET
    earnings_by_domain: RevenueStatsEarningsByDomain | Unset = UNSET
    monthly_earnings: list[MonthlyEarning] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_did = self.agent_did

        total_earned_usd = self.total_earned_usd

        heuristic_count = self.heuristic_count

        top_heuristics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.top_heuristics, Unset):
            top_heuristics = []
            for top_heuristics_item_data in self.top_heuristics:
                top_heuristics_item = top_heuristics_item_data.to_dict()
                top_heuristics.append(top_heuristics_item)

        earnings_by_domain: dict[str, Any] | Unset = UNSET
        if not isinstance(self.earnings_by_domain, Unset):
            earnings_by_domain = self.earnings_by_domain.to_dict()

        monthly_earnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.monthly_earnings, Unset):
            monthly_earnings = []
            for monthly_earnings_item_data in self.monthly_earnings:
                monthly_earnings_item = monthly_earnings_item_data.to_dict()
                monthly_earnings.append(monthly_earnings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agentDID": agent_did,
                "totalEarnedUSD": total_earned_usd,
                "heuristicCount": heuristic_count,
            }
        )
        if top_heuristics is not UNSET:
            field_dict["topHeuristics"] = top_heuristics
        if earnings_by_domain is not UNSET:
            field_dict["earningsByDomain"] = earnings_by_domain
        if monthly_earnings is not UNSET:
            field_dict["monthlyEarnings"] = monthly_earnings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.monthly_earning import MonthlyEarning
        from ..models.revenue_stats_earnings_by_domain import (
            RevenueStatsEarningsByDomain,
        )
        from ..models.top_heuristic import TopHeuristic

        d = dict(src_dict)
        agent_did = d.pop("agentDID")

        total_earned_usd = d.pop("totalEarnedUSD")

        heuristic_count = d.pop("heuristicCount")

        _top_heuristics = d.pop("topHeuristics", UNSET)
        top_heuristics: list[TopHeuristic] | Unset = UNSET
        if _top_heuristics is not UNSET:
            top_heuristics = []
            for top_heuristics_item_data in _top_heuristics:
                top_heuristics_item = TopHeuristic.from_dict(top_heuristics_item_data)

                top_heuristics.append(top_heuristics_item)

        _earnings_by_domain = d.pop("earningsByDomain", UNSET)
        earnings_by_domain: RevenueStatsEarningsByDomain | Unset
        if isinstance(_earnings_by_domain, Unset):
            earnings_by_domain = UNSET
        else:
            earnings_by_domain = RevenueStatsEarningsByDomain.from_dict(
                _earnings_by_domain
            )

        _monthly_earnings = d.pop("monthlyEarnings", UNSET)
        monthly_earnings: list[MonthlyEarning] | Unset = UNSET
        if _monthly_earnings is not UNSET:
            monthly_earnings = []
            for monthly_earnings_item_data in _monthly_earnings:
                monthly_earnings_item = MonthlyEarning.from_dict(
                    monthly_earnings_item_data
                )

                monthly_earnings.append(monthly_earnings_item)

        revenue_stats = cls(
            agent_did=agent_did,
            total_earned_usd=total_earned_usd,
            heuristic_count=heuristic_count,
            top_heuristics=top_heuristics,
            earnings_by_domain=earnings_by_domain,
            monthly_earnings=monthly_earnings,
        )

        revenue_stats.additional_properties = d
        return revenue_stats

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
