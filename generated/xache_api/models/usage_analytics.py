from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.operation_usage import OperationUsage
    from ..models.usage_period import UsagePeriod


T = TypeVar("T", bound="UsageAnalytics")


@_attrs_define
class UsageAnalytics:
    """
    Attributes:
        operations (list[OperationUsage]):
        total_spent (str): USD decimal string.
        period (UsagePeriod):
    """

    operations: list[OperationUsage]
    total_spent: str
    period: UsagePeriod
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operations = []
        for operations_item_data in self.operations:
            operations_item = operations_item_data.to_dict()
            operations.append(operations_item)

        total_spent = self.total_spent

        period = self.period.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operations": operations,
                "totalSpent": total_spent,
                "period": period,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.operation_usage import OperationUsage
        from ..models.usage_period import UsagePeriod

        d = dict(src_dict)
        operations = []
        _operations = d.pop("operations")
        for operations_item_data in _operations:
            operations_item = OperationUsage.from_dict(operations_item_data)

            operations.append(operations_item)

        total_spent = d.pop("totalSpent")

        period = UsagePeriod.from_dict(d.pop("period"))

        usage_analytics = cls(
            operations=operations,
            total_spent=total_spent,
            period=period,
        )

        usage_analytics.additional_properties = d
        return usage_analytics

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
