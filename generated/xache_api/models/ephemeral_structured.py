from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ephemeral_entity import EphemeralEntity
    from ..models.ephemeral_relationship import EphemeralRelationship


T = TypeVar("T", bound="EphemeralStructured")


@_attrs_define
class EphemeralStructured:
    """
    Attributes:
        session_key (str):
        entities (list[EphemeralEntity]):
        relationships (list[EphemeralRelationship]):
        summary (str | Unset):
    """

    session_key: str
    entities: list[EphemeralEntity]
    relationships: list[EphemeralRelationship]
    summary: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_key = self.session_key

        entities = []
        for entities_item_data in self.entities:
            entities_item = entities_item_data.to_dict()
            entities.append(entities_item)

        relationships = []
        for relationships_item_data in self.relationships:
            relationships_item = relationships_item_data.to_dict()
            relationships.append(relationships_item)

        summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sessionKey": session_key,
                "entities": entities,
                "relationships": relationships,
            }
        )
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ephemeral_entity import EphemeralEntity
        from ..models.ephemeral_relationship import EphemeralRelationship

        d = dict(src_dict)
        session_key = d.pop("sessionKey")

        entities = []
        _entities = d.pop("entities")
        for entities_item_data in _entities:
            entities_item = EphemeralEntity.from_dict(entities_item_data)

            entities.append(entities_item)

        relationships = []
        _relationships = d.pop("relationships")
        for relationships_item_data in _relationships:
            relationships_item = EphemeralRelationship.from_dict(
                relationships_item_data
            )

            relationships.append(relationships_item)

        summary = d.pop("summary", UNSET)

        ephemeral_structured = cls(
            session_key=session_key,
            entities=entities,
            relationships=relationships,
            summary=summary,
        )

        ephemeral_structured.additional_properties = d
        return ephemeral_structured

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
