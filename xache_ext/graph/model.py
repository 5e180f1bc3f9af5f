"""The decrypted knowledge graph's values: entities, relationships, extraction results and answers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import attrs

from ..types.wire import KeyedResult

__all__ = [
    "Entity",
    "ExtractedEntity",
    "ExtractedRelationship",
    "GraphAnswer",
    "GraphExtractionResult",
    "GraphSource",
    "Relationship",
    "TemporalUpdate",
]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _iso(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


@attrs.frozen
class Entity:
    """One version of an entity. ``key`` is the HMAC of its name; ``valid_to`` None means still current.

    ``superseded_by`` is the storage key of the entity this one was merged into (merged-away versions only).
    """

    key: str
    name: str
    type: str
    summary: str = ""
    attributes: Mapping[str, Any] = attrs.field(factory=dict)
    storage_key: str = ""
    valid_from: dt.datetime = attrs.field(factory=_now)
    valid_to: dt.datetime | None = None
    version: int = 1
    superseded_by: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready fields (times as ISO-8601 strings)."""
        return {
            "key": self.key,
            "name": self.name,
            "type": self.type,
            "summary": self.summary,
            "attributes": dict(self.attributes),
            "storage_key": self.storage_key,
            "valid_from": _iso(self.valid_from),
            "valid_to": _iso(self.valid_to),
            "version": self.version,
            "superseded_by": self.superseded_by,
        }


@attrs.frozen
class Relationship:
    """One version of a directed, typed relationship between two entity keys."""

    from_key: str
    to_key: str
    type: str
    description: str = ""
    attributes: Mapping[str, Any] = attrs.field(factory=dict)
    storage_key: str = ""
    valid_from: dt.datetime = attrs.field(factory=_now)
    valid_to: dt.datetime | None = None
    version: int = 1

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready fields (times as ISO-8601 strings)."""
        return {
            "from_key": self.from_key,
            "to_key": self.to_key,
            "type": self.type,
            "description": self.description,
            "attributes": dict(self.attributes),
            "storage_key": self.storage_key,
            "valid_from": _iso(self.valid_from),
            "valid_to": _iso(self.valid_to),
            "version": self.version,
        }


@attrs.frozen
class ExtractedEntity(KeyedResult):
    """An entity found by :meth:`GraphService.extract`; ``storage_key`` is that of the version stored now,
    or of the current version when nothing changed (``updated`` False and ``is_new`` False)."""

    key: str
    type: str
    name: str
    is_new: bool
    updated: bool
    storage_key: str = ""


@attrs.frozen
class ExtractedRelationship(KeyedResult):
    """A relationship found by :meth:`GraphService.extract` (``is_new`` False: it was already current)."""

    from_key: str
    to_key: str
    type: str
    is_new: bool
    storage_key: str = ""


@attrs.frozen
class TemporalUpdate(KeyedResult):
    """A field of an existing entity that an extraction changed, recorded as a new version."""

    entity_key: str
    field: str
    old_value: Any
    new_value: Any
    effective_date: dt.datetime
    evidence: str | None = None


@attrs.frozen
class GraphExtractionResult(KeyedResult):
    """What an extraction found and stored: ``stored`` memories, paid with the batch ``receipts``."""

    entities: list[ExtractedEntity] = attrs.field(factory=list)
    relationships: list[ExtractedRelationship] = attrs.field(factory=list)
    temporal_updates: list[TemporalUpdate] = attrs.field(factory=list)
    stored: int = 0
    receipts: list[str] = attrs.field(factory=list)


@attrs.frozen
class GraphSource(KeyedResult):
    """An entity an answer mentions."""

    key: str
    name: str
    type: str


@attrs.frozen
class GraphAnswer(KeyedResult):
    """The LLM's answer to a question over the graph, with the entities it names."""

    answer: str = ""
    sources: list[GraphSource] = attrs.field(factory=list)
    confidence: float = 0.0
