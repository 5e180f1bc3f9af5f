from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="Extraction")


@_attrs_define
class Extraction:
    """
    Attributes:
        type_ (str): Extraction type, e.g. `DOMAIN_HEURISTIC`, `SUCCESSFUL_PATTERN`, `ERROR_FIX`.
        confidence (float):
        data (JsonObject): A free-form JSON object.
        reasoning (str | Unset):
        suggested_method (str | Unset):
        evidence (Any | Unset): Supporting evidence (shape not fixed).
    """

    type_: str
    confidence: float
    data: JsonObject
    reasoning: str | Unset = UNSET
    suggested_method: str | Unset = UNSET
    evidence: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        confidence = self.confidence

        data = self.data.to_dict()

        reasoning = self.reasoning

        suggested_method = self.suggested_method

        evidence = self.evidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "confidence": confidence,
                "data": data,
            }
        )
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if suggested_method is not UNSET:
            field_dict["suggestedMethod"] = suggested_method
        if evidence is not UNSET:
            field_dict["evidence"] = evidence

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        type_ = d.pop("type")

        confidence = d.pop("confidence")

        data = JsonObject.from_dict(d.pop("data"))

        reasoning = d.pop("reasoning", UNSET)

        suggested_method = d.pop("suggestedMethod", UNSET)

        evidence = d.pop("evidence", UNSET)

        extraction = cls(
            type_=type_,
            confidence=confidence,
            data=data,
            reasoning=reasoning,
            suggested_method=suggested_method,
            evidence=evidence,
        )

        extraction.additional_properties = d
        return extraction

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
