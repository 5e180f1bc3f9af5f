"""How the knowledge graph is laid out in memories (the TypeScript SDK's conventions), and its versions.

An entity version is a ``hot`` memory with context ``xache.graph.entity``, tags ``et:<type>`` and
``ek:<entityKey>``, metadata ``{entityType, entityKey, validFrom, validTo, version[, supersededBy]}`` and the
encrypted data ``{name, summary, attributes}``. A relationship version has context
``xache.graph.relationship``, tags ``rt:<type>``, ``from:<key>``, ``to:<key>``, metadata ``{relationType,
fromEntityKey, toEntityKey, validFrom, validTo, version}`` and the encrypted data ``{description,
attributes}``. Times are written as JavaScript's ``toISOString()`` does (``2025-01-31T12:00:00.000Z``);
the Python SDK's ``isoformat()`` times are read as well.

Memories are never rewritten, so versions accumulate. The version of a key in force at a time ``t`` is the
highest version whose interval ``[validFrom, end)`` contains ``t``, where ``end`` is its own ``validTo`` or,
when that is null, the ``validFrom`` of the next version. A merge (both SDKs) stores a last version of the
source entity that ends at the merge and names the target's new version in ``supersededBy``: after the
merge the source has no version in force, and relationships that name it are read as naming the target.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol, TypeVar

import attrs

from ..types.base import Result, read, result

__all__ = [
    "GRAPH_ENTITY",
    "GRAPH_RELATIONSHIP",
    "EntityRecord",
    "GraphWrite",
    "ListedMemory",
    "RelationshipRecord",
    "current_or_at",
    "entity_write",
    "format_time",
    "history",
    "merge_redirects",
    "next_valid_from",
    "relationship_write",
]

GRAPH_ENTITY = "xache.graph.entity"
GRAPH_RELATIONSHIP = "xache.graph.relationship"
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_MS = dt.timedelta(milliseconds=1)
MetaT = TypeVar("MetaT", bound="_VersionMetadata")


class ListedMemory(Protocol):
    """The plaintext of a listed memory that the graph reads (a ``memory.list`` item)."""

    @property
    def storage_key(self) -> str: ...
    @property
    def tags(self) -> list[str]: ...
    @property
    def metadata(self) -> Mapping[str, Any] | None: ...
    @property
    def created_at(self) -> dt.datetime | None: ...


def format_time(when: dt.datetime) -> str:
    """``when`` in UTC as JavaScript's ``Date.toISOString()`` writes it (milliseconds, ``Z``)."""
    utc = when.astimezone(dt.UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def _truncate_ms(when: dt.datetime) -> dt.datetime:
    return when.astimezone(dt.UTC).replace(microsecond=when.microsecond // 1000 * 1000)


def next_valid_from(now: dt.datetime, after: Iterable[dt.datetime]) -> dt.datetime:
    """The ``validFrom`` of a new version: ``now``, but at least 1 ms after every time in ``after`` (so a new
    version never starts before what it follows, even within one millisecond), in milliseconds."""
    start = _truncate_ms(now)
    for earlier in after:
        start = max(start, _truncate_ms(earlier + _MS))
    return start


def _tag(tags: Sequence[str], prefix: str) -> str | None:
    return next((t[len(prefix) :] for t in tags if t.startswith(prefix)), None)


@result
class _VersionMetadata(Result):
    """What the plaintext metadata of every version carries; a value of the wrong type is a
    :class:`~xache_ext.types.base.ResultShapeError` (a malformed listing), never a silent default."""

    version: int = 1
    valid_from: dt.datetime | None = None
    valid_to: dt.datetime | None = None


@result
class _EntityMetadata(_VersionMetadata):
    entity_type: str | None = None
    entity_key: str | None = None
    superseded_by: str | None = None


@result
class _RelationshipMetadata(_VersionMetadata):
    relation_type: str | None = None
    from_entity_key: str | None = None
    to_entity_key: str | None = None


def _metadata(cls: type[MetaT], item: ListedMemory) -> MetaT:
    return read(cls, item.metadata or {}, f"memory {item.storage_key}: metadata")


@attrs.frozen
class EntityRecord:
    """One stored entity version, read from the plaintext of its listing (no decryption)."""

    storage_key: str
    key: str
    type: str
    version: int
    valid_from: dt.datetime
    valid_to: dt.datetime | None
    superseded_by: str | None

    @classmethod
    def from_listing(cls, item: ListedMemory) -> EntityRecord | None:
        """The record of a ``xache.graph.entity`` list item, or None if it carries no entity key (metadata of
        the wrong shape raises :class:`~xache_ext.types.base.ResultShapeError`)."""
        meta, tags = _metadata(_EntityMetadata, item), list(item.tags or [])
        key = meta.entity_key or _tag(tags, "ek:")
        if not key:
            return None
        return cls(
            storage_key=item.storage_key,
            key=key,
            type=meta.entity_type or _tag(tags, "et:") or "concept",
            version=meta.version,
            valid_from=meta.valid_from or item.created_at or _EPOCH,
            valid_to=meta.valid_to,
            superseded_by=meta.superseded_by or None,
        )


@attrs.frozen
class RelationshipRecord:
    """One stored relationship version, read from the plaintext of its listing."""

    storage_key: str
    from_key: str
    to_key: str
    type: str
    version: int
    valid_from: dt.datetime
    valid_to: dt.datetime | None

    @property
    def key(self) -> tuple[str, str, str]:
        """What identifies the relationship across its versions: (from, to, type)."""
        return (self.from_key, self.to_key, self.type)

    @classmethod
    def from_listing(cls, item: ListedMemory) -> RelationshipRecord | None:
        """The record of a ``xache.graph.relationship`` list item, or None without both endpoints (metadata
        of the wrong shape raises :class:`~xache_ext.types.base.ResultShapeError`)."""
        meta, tags = _metadata(_RelationshipMetadata, item), list(item.tags or [])
        source = meta.from_entity_key or _tag(tags, "from:")
        target = meta.to_entity_key or _tag(tags, "to:")
        if not (source and target):
            return None
        return cls(
            storage_key=item.storage_key,
            from_key=source,
            to_key=target,
            type=meta.relation_type or _tag(tags, "rt:") or "related_to",
            version=meta.version,
            valid_from=meta.valid_from or item.created_at or _EPOCH,
            valid_to=meta.valid_to,
        )


Record = EntityRecord | RelationshipRecord


def history(versions: Iterable[Record]) -> list[tuple[Record, dt.datetime | None]]:
    """The versions of one key, oldest first, each with the end of its interval (None: open)."""
    ordered = sorted(versions, key=lambda r: (r.version, r.valid_from))
    spans: list[tuple[Record, dt.datetime | None]] = []
    for index, record in enumerate(ordered):
        end = record.valid_to
        if end is None and index + 1 < len(ordered):
            end = ordered[index + 1].valid_from
        spans.append((record, end))
    return spans


def current_or_at(versions: Iterable[Record], at: dt.datetime | None, now: dt.datetime) -> Record | None:
    """The version in force at ``at``; with ``at`` None the latest version, unless it has ended by ``now``."""
    spans = history(versions)
    if not spans:
        return None
    if at is None:
        latest = spans[-1][0]
        return None if latest.valid_to is not None and latest.valid_to <= now else latest
    chosen = None
    for record, end in spans:
        if record.valid_from <= at and (end is None or at < end):
            chosen = record
    return chosen


def merge_redirects(
    versions_by_key: Mapping[str, Sequence[EntityRecord]], in_force: set[str], at: dt.datetime
) -> dict[str, str]:
    """For each entity key merged away by ``at`` (no version in force, a ``supersededBy`` that has ended),
    the key it was merged into, following chains of merges to an entity in force."""
    key_of_storage = {r.storage_key: r.key for rs in versions_by_key.values() for r in rs}
    direct: dict[str, str] = {}
    for key, records in versions_by_key.items():
        if key in in_force:
            continue
        merged = [r for r in records if r.superseded_by and r.valid_to is not None and r.valid_to <= at]
        if merged:
            last = max(merged, key=lambda r: (r.version, r.valid_from))
            target = key_of_storage.get(last.superseded_by or "")
            if target is not None and target != key:
                direct[key] = target
    resolved: dict[str, str] = {}
    for key in direct:
        seen, target = {key}, direct[key]
        while target in direct and target not in seen:
            seen.add(target)
            target = direct[target]
        if target in in_force:
            resolved[key] = target
    return resolved


@attrs.frozen
class GraphWrite:
    """One entity or relationship version as a memory: its data (encrypted), context, tags and metadata."""

    data: dict[str, Any]
    context: str
    tags: list[str]
    metadata: dict[str, Any]

    def store_item(self, subject: Mapping[str, Any]) -> dict[str, Any]:
        """The keyword arguments of ``memory.store`` (and a ``store_batch`` item): hot tier, the subject's fields."""
        return {
            "data": self.data,
            "storage_tier": "hot",
            "context": self.context,
            "tags": self.tags,
            "metadata": self.metadata,
            **subject,
        }


def entity_write(
    data: dict[str, Any],
    entity_type: str,
    key: str,
    valid_from: dt.datetime,
    version: int,
    *,
    valid_to: dt.datetime | None = None,
    superseded_by: str | None = None,
) -> GraphWrite:
    """An entity version to store: tags and metadata as the TypeScript SDK writes them (its key order)."""
    metadata: dict[str, Any] = {
        "entityType": entity_type,
        "entityKey": key,
        "validFrom": format_time(valid_from),
        "validTo": None if valid_to is None else format_time(valid_to),
        "version": version,
    }
    if superseded_by is not None:
        metadata["supersededBy"] = superseded_by
    return GraphWrite(data, GRAPH_ENTITY, [f"et:{entity_type}", f"ek:{key}"], metadata)


def relationship_write(
    data: dict[str, Any], rel_type: str, from_key: str, to_key: str, valid_from: dt.datetime, version: int
) -> GraphWrite:
    """A relationship version to store: tags and metadata as the TypeScript SDK writes them."""
    metadata = {
        "relationType": rel_type,
        "fromEntityKey": from_key,
        "toEntityKey": to_key,
        "validFrom": format_time(valid_from),
        "validTo": None,
        "version": version,
    }
    return GraphWrite(
        data, GRAPH_RELATIONSHIP, [f"rt:{rel_type}", f"from:{from_key}", f"to:{to_key}"], metadata
    )
