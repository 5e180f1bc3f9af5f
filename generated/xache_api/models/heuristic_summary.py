from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HeuristicSummary")


@_attrs_define
class HeuristicSummary:
    """
    Attributes:
        heuristic_key (str):
        description (str | Unset):
        domain (str | Unset):
        tags (list[str] | Unset):
        contributor_did (str | Unset):
        created_at (str | Unset):
    """

    heuristic_key: str
    description: str | Unset = UNSET
    domain: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    contributor_did: str | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        heuristic_key = self.heuristic_key

        description = self.description

        domain = self.domain

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        contributor_did = self.contributor_did

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "heuristicKey": heuristic_key,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if domain is not UNSET:
            field_dict["domain"] = domain
        if tags is not UNSET:
            field_dict["tags"] = tags
        if contributor_did is not UNSET:
            field_dict["contributorDID"] = contributor_did
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        heuristic_key = d.pop("heuristicKey")

        description = d.pop("description", UNSET)

        domain = d.pop("domain", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        contributor_did = d.pop("contributorDID", UNSET)

        created_at = d.pop("createdAt", UNSET)

        heuristic_summary = cls(
            heuristic_key=heuristic_key,
            description=description,
            domain=domain,
            tags=tags,
            contributor_did=contributor_did,
            created_at=created_at,
        )

        heuristic_summary.additional_properties = d
        return heuristic_summary

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
