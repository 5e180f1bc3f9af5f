from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workspace_analytics_operations_by_type import (
        WorkspaceAnalyticsOperationsByType,
    )


T = TypeVar("T", bound="WorkspaceAnalytics")


@_attrs_define
class WorkspaceAnalytics:
    """
    Attributes:
        workspace_id (str):
        total_agents (int | Unset):
        total_memories (int | Unset):
        total_spent_usd (str | Unset):
        total_operations (int | Unset):
        operations_by_type (WorkspaceAnalyticsOperationsByType | Unset): operation → count
        period_start (str | Unset):
        period_end (str | Unset):
    """

    workspace_id: str
    total_agents: int | Unset = UNSET
    total_memories: int | Unset = UNSET
    total_spent_usd: str | Unset = UNSET
    total_operations: int | Unset = UNSET
    operations_by_type: WorkspaceAnalyticsOperationsByType | Unset = UNSET
    period_start: str | Unset = UNSET
    period_end: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        total_agents = self.total_agents

        total_memories = self.total_memories

        total_spent_usd = self.total_spent_usd

        total_operations = self.total_operations

        operations_by_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operations_by_type, Unset):
            operations_by_type = self.operations_by_type.to_dict()

        period_start = self.period_start

        period_end = self.period_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspaceId": workspace_id,
            }
        )
        if total_agents is not UNSET:
            field_dict["totalAgents"] = total_agents
        if total_memories is not UNSET:
            field_dict["totalMemories"] = total_memories
        if total_spent_usd is not UNSET:
            field_dict["totalSpentUSD"] = total_spent_usd
        if total_operations is not UNSET:
            field_dict["totalOperations"] = total_operations
        if operations_by_type is not UNSET:
            field_dict["operationsByType"] = operations_by_type
        if period_start is not UNSET:
            field_dict["periodStart"] = period_start
        if period_end is not UNSET:
            field_dict["periodEnd"] = period_end

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workspace_analytics_operations_by_type import (
            WorkspaceAnalyticsOperationsByType,
        )

        d = dict(src_dict)
        workspace_id = d.pop("workspaceId")

        total_agents = d.pop("totalAgents", UNSET)

        total_memories = d.pop("totalMemories", UNSET)

        total_spent_usd = d.pop("totalSpentUSD", UNSET)

        total_operations = d.pop("totalOperations", UNSET)

        _operations_by_type = d.pop("operationsByType", UNSET)
        operations_by_type: WorkspaceAnalyticsOperationsByType | Unset
        if isinstance(_operations_by_type, Unset):
            operations_by_type = UNSET
        else:
            operations_by_type = WorkspaceAnalyticsOperationsByType.from_dict(
                _operations_by_type
            )

        period_start = d.pop("periodStart", UNSET)

        period_end = d.pop("periodEnd", UNSET)

        workspace_analytics = cls(
            workspace_id=workspace_id,
            total_agents=total_agents,
            total_memories=total_memories,
            total_spent_usd=total_spent_usd,
            total_operations=total_operations,
            operations_by_type=operations_by_type,
            period_start=period_start,
            period_end=period_end,
        )

        workspace_analytics.additional_properties = d
        return workspace_analytics

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
