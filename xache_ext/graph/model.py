"""The decrypted knowledge graph's values: entities and relationships (the results of ``extract`` and ``ask``
are in :mod:`xache_ext.types.graph`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import attrs

__all__ = ["Entity", "Relationship"]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _plain(value: Entity | Relationship) -> dict[str, Any]:
    """The fields of ``value`` as JSON-ready values (times as ISO-8601 strings)."""
    return attrs.asdict(
        value, value_serializer=lambda _, __, v: v.isoformat() if isinstance(v, dt.datetime) else v
    )


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
        return _plain(self)


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
        return _plain(self)
