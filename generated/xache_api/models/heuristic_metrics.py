from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="HeuristicMetrics")


@_attrs_define
class HeuristicMetrics:
    """
    Attributes:
        success_rate (float): 0–1.
        sample_size (float): ≥ 1 (a number in TS, an int in the Python SDK).
        confidence (float): 0–1.
    """

    success_rate: float
    sample_size: float
    confidence: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success_rate = self.success_rate

        sample_size = self.sample_size

        confidence = self.confidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "successRate": success_rate,
                "sampleSize": sample_size,
                "confidence": confidence,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        success_rate = d.pop("successRate")

        sample_size = d.pop("sampleSize")

        confidence = d.pop("confidence")

        heuristic_metrics = cls(
            success_rate=success_rate,
            sample_size=sample_size,
            confidence=confidence,
        )

        heuristic_metrics.additional_properties = d
        return heuristic_metrics

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
