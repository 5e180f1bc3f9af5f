"""Results of the knowledge-graph service's LLM operations (``extract`` and ``ask``), computed by the client.

The graph's own values (:class:`~xache_ext.graph.Entity`, :class:`~xache_ext.graph.Relationship`) are the
in-memory engine's, in :mod:`xache_ext.graph.model`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .base import Result, result, wire

__all__ = [
    "ExtractedEntity",
    "ExtractedRelationship",
    "GraphAnswer",
    "GraphExtractionResult",
    "GraphSource",
    "TemporalUpdate",
]


@result
class ExtractedEntity(Result):
    """An entity found by ``graph.extract``; ``storage_key`` is that of the version stored now, or of the
    current version when nothing changed (``updated`` False and ``is_new`` False)."""

    key: str
    type: str
    name: str
    is_new: bool
    updated: bool
    storage_key: str = ""


@result
class ExtractedRelationship(Result):
    """A relationship found by ``graph.extract`` (``is_new`` False: it was already current)."""

    from_key: str
    to_key: str
    type: str
    is_new: bool
    storage_key: str = ""


@result
class TemporalUpdate(Result):
    """A field of an existing entity that an extraction changed, recorded as a new version."""

    entity_key: str
    field: str
    old_value: Any
    new_value: Any
    effective_date: dt.datetime
    evidence: str | None = None


@result
class GraphExtractionResult(Result):
    """What an extraction found and stored: ``stored`` memories, paid with the batch ``receipts``."""

    entities: list[ExtractedEntity] = wire(factory=list)
    relationships: list[ExtractedRelationship] = wire(factory=list)
    temporal_updates: list[TemporalUpdate] = wire(factory=list)
    stored: int = 0
    receipts: list[str] = wire(factory=list)


@result
class GraphSource(Result):
    """An entity an answer mentions."""

    key: str
    name: str
    type: str


@result
class GraphAnswer(Result):
    """The LLM's answer to a question over the graph, with the entities it names."""

    answer: str = ""
    sources: list[GraphSource] = wire(factory=list)
    confidence: float = 0.0
