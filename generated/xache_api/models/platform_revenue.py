from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PlatformRevenue")


@_attrs_define
class PlatformRevenue:
    """
    Attributes:
        total_revenue (str):
        total_agents (int):
        total_heuristics (int):
        total_queries (int):
        average_revenue_per_agent (str):
    """

    total_revenue: str
    total_agents: int
    total_heuristics: int
    total_queries: int
    average_revenue_per_agent: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_revenue = self.total_revenue

        total_agents = self.total_agents

        total_heuristics = self.total_heuristics

        total_queries = self.total_queries

        average_revenue_per_agent = self.average_revenue_per_agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalRevenue": total_revenue,
                "totalAgents": total_agents,
                "totalHeuristics": total_heuristics,
                "totalQueries": total_queries,
                "averageRevenuePerAgent": average_revenue_per_agent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_revenue = d.pop("totalRevenue")

        total_agents = d.pop("totalAgents")

        total_heuristics = d.pop("totalHeuristics")

        total_queries = d.pop("totalQueries")

        average_revenue_per_agent = d.pop("averageRevenuePerAgent")

        platform_revenue = cls(
            total_revenue=total_revenue,
            total_agents=total_agents,
            total_heuristics=total_heuristics,
            total_queries=total_queries,
            average_revenue_per_agent=average_revenue_per_agent,
        )

        platform_revenue.additional_properties = d
        return platform_revenue

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
