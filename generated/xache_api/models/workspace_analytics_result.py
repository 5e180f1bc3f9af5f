from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workspace_analytics import WorkspaceAnalytics


T = TypeVar("T", bound="WorkspaceAnalyticsResult")


@_attrs_define
class WorkspaceAnalyticsResult:
    """
    Attributes:
        analytics (WorkspaceAnalytics):
    """

    analytics: WorkspaceAnalytics
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        analytics = self.analytics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "analytics": analytics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workspace_analytics import WorkspaceAnalytics

        d = dict(src_dict)
        analytics = WorkspaceAnalytics.from_dict(d.pop("analytics"))

        workspace_analytics_result = cls(
            analytics=analytics,
        )

        workspace_analytics_result.additional_properties = d
        return workspace_analytics_result

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
