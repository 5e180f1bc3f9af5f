from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HeuristicMatch")


@_attrs_define
class HeuristicMatch:
    """
    Attributes:
        heuristic_id (str):
        pattern (str):
        domain (str | Unset):
        tags (list[str] | Unset):
        contributor_did (str | Unset):
        relevance_score (float | Unset):
        royalty_amount (str | Unset): USD decimal string.
    """

    heuristic_id: str
    pattern: str
    domain: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    contributor_did: str | Unset = UNSET
    relevance_score: float | Unset = UNSET
    royalty_amount: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        heuristic_id = self.heuristic_id

        pattern = self.pattern

        domain = self.domain

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        contributor_did = self.contributor_did

        relevance_score = self.relevance_score

        royalty_amount = self.royalty_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "heuristicId": heuristic_id,
                "pattern": pattern,
            }
        )
        if domain is not UNSET:
            field_dict["domain"] = domain
        if tags is not UNSET:
            field_dict["tags"] = tags
        if contributor_did is not UNSET:
            field_dict["contributorDID"] = contributor_did
        if relevance_score is not UNSET:
            field_dict["relevanceScore"] = relevance_score
        if royalty_amount is not UNSET:
            field_dict["royaltyAmount"] = royalty_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        heuristic_id = d.pop("heuristicId")

        pattern = d.pop("pattern")

        domain = d.pop("domain", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        contributor_did = d.pop("contributorDID", UNSET)

        relevance_score = d.pop("relevanceScore", UNSET)

        royalty_amount = d.pop("royaltyAmount", UNSET)

        heuristic_match = cls(
            heuristic_id=heuristic_id,
            pattern=pattern,
            domain=domain,
            tags=tags,
            contributor_did=contributor_did,
            relevance_score=relevance_score,
            royalty_amount=royalty_amount,
        )

        heuristic_match.additional_properties = d
        return heuristic_match

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
