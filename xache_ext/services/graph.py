"""Knowledge graph: entities and relationships as encrypted memories, versioned, merged and traversed.

The official Python SDK's methods and arguments, on the TypeScript SDK's memory layout (see
:mod:`xache_ext.graph.conventions`), so a graph written by either official SDK loads here and ours loads in
TypeScript. Beyond both official SDKs: ``extract`` stores what it extracts (one batch payment), versions
accumulate (``add_entity`` on a known name records its next version), reads pick the version in force at a
time, merged entities' relationships follow the merge, listings are read past their first 100 items, and
only the memories a call needs are retrieved (one paid batch per 50 memories). Listing is free.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar

import attrs
from dateutil import parser as date_parser

from ..contract.schema import shown
from ..crypto.subject import (
    SubjectContext,
    SubjectLike,
    coerce_subject_context,
    derive_entity_key,
    subject_fields,
)
from ..errors import DecryptionError, NotFoundError, ValidationError
from ..facade.compose import compose
from ..facade.context import ClientContext
from ..facade.operations import AsyncExecutor, M, Op, Service, SyncExecutor, operation
from ..facade.validation import (
    MULTILINE_BAD,
    check_field,
    check_fields,
    check_int_range,
    check_json_value,
    check_text,
    check_text_list,
    require_text,
)
from ..graph.conventions import (
    GRAPH_ENTITY,
    GRAPH_RELATIONSHIP,
    EntityRecord,
    GraphWrite,
    RelationshipRecord,
    current_or_at,
    entity_write,
    history,
    merge_redirects,
    next_valid_from,
    relationship_write,
)
from ..graph.engine import Graph
from ..graph.keys import candidate_keys
from ..graph.model import Entity, Relationship
from ..logs import logger
from ..types.base import Result, read, result, wire
from ..types.graph import (
    ExtractedEntity,
    ExtractedRelationship,
    GraphAnswer,
    GraphExtractionResult,
    GraphSource,
    TemporalUpdate,
)
from ..types.memory import MemorySummary
from .extraction import ExtractionOptions, ExtractionService, LLMConfig, _llm_config
from .memory import MemoryService, store_item
from .memory_helpers import RETRIEVE_BATCH

__all__ = ["GraphService"]

PAGE = 100  # the largest memory list page and store batch
CLOCK_SKEW = dt.timedelta(minutes=5)  # the signing window: other writers' clocks may run this far ahead


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _moment(value: dt.datetime | str | None, field: str) -> dt.datetime | None:
    """An ISO-8601 string or a datetime (naive = UTC) as an aware datetime."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    try:
        parsed = date_parser.isoparse(value) if isinstance(value, str) and value.strip() else None
    except (ValueError, OverflowError):
        parsed = None
    if parsed is None:
        raise ValidationError(
            f"{field} must be an ISO-8601 time or a datetime; got {shown(value)}", field=field
        )
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _attributes(value: Mapping[str, Any] | None, field: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ValidationError(f"{field} must be a dict", field=field)
    return dict(value)


def _text(value: Any, field: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(f"{field} must be a string", field=field)
    return value


def _readable(value: Any) -> Any:
    """``value`` (decrypted JSON) with the control characters a request's text may not carry replaced by
    spaces: what an entity's name or summary may hold encrypted, but the LLM is shown as plain text."""
    if isinstance(value, str):
        return MULTILINE_BAD.sub(" ", value)
    if isinstance(value, Mapping):
        return {_readable(k): _readable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_readable(v) for v in value]
    return value


def _compact(data: Any) -> str:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


@attrs.frozen
class _Snapshot:
    """The graph's plaintext as listed: every stored version of every entity and relationship."""

    entities: dict[str, list[EntityRecord]]
    relationships: dict[tuple[str, str, str], list[RelationshipRecord]]

    def times(self) -> list[dt.datetime]:
        """Every ``validFrom`` and ``validTo`` listed, except times beyond the clock-skew allowance (a new
        version starts after these)."""
        horizon = _now() + CLOCK_SKEW
        records: list[EntityRecord | RelationshipRecord] = [r for rs in self.entities.values() for r in rs]
        records += [r for rs in self.relationships.values() for r in rs]
        return [t for r in records for t in (r.valid_from, r.valid_to) if t is not None and t <= horizon]


def _ends(versions: Sequence[EntityRecord | RelationshipRecord]) -> dict[str, dt.datetime | None]:
    return {record.storage_key: end for record, end in history(versions)}


@result
class _EntityData(Result):
    """The decrypted data of an entity version (both SDKs write all three)."""

    name: str = ""
    summary: str = ""
    attributes: dict[str, Any] = wire(factory=dict)


@result
class _RelationshipData(Result):
    """The decrypted data of a relationship version."""

    description: str = ""
    attributes: dict[str, Any] = wire(factory=dict)


@result
class _GraphItem(Result):
    """The data of one item of a graph extraction: an entity (``name``, ``entityType`` or ``type``) or a
    relationship (``fromEntity``, ``toEntity``, ``relationType`` or ``type``)."""

    name: str | None = None
    entity_type: str | None = None
    type: str | None = None
    summary: str | None = None
    attributes: dict[str, Any] = wire(factory=dict)
    from_entity: str | None = None
    to_entity: str | None = None
    relation_type: str | None = None
    description: str | None = None


@result
class _Answer(Result):
    """The data of a graph question's answer."""

    answer: str | None = None


D = TypeVar("D", _EntityData, _RelationshipData)


def _version(
    record: EntityRecord | RelationshipRecord, data: Mapping[str, Any], cls: type[D], end: dt.datetime | None
) -> tuple[D, dict[str, Any]]:
    """A version's decrypted data, and the fields an entity and a relationship version share."""
    decrypted = read(cls, data, f"memory {record.storage_key}: data")
    return decrypted, {
        "attributes": decrypted.attributes,
        "storage_key": record.storage_key,
        "valid_from": record.valid_from,
        "valid_to": end,
        "version": record.version,
    }


def _entity(record: EntityRecord, data: Mapping[str, Any], end: dt.datetime | None) -> Entity:
    decrypted, shared = _version(record, data, _EntityData, end)
    return Entity(
        record.key,
        decrypted.name,
        record.type,
        decrypted.summary,
        superseded_by=record.superseded_by,
        **shared,
    )


def _relationship(
    record: RelationshipRecord, data: Mapping[str, Any], end: dt.datetime | None, from_key: str, to_key: str
) -> Relationship:
    decrypted, shared = _version(record, data, _RelationshipData, end)
    return Relationship(from_key, to_key, record.type, description=decrypted.description, **shared)


def _next_version(versions: Iterable[EntityRecord | RelationshipRecord]) -> int:
    return max((r.version for r in versions), default=0) + 1


@attrs.define
class _PlannedEntity:
    key: str
    name: str
    type: str | None
    summary: str
    attributes: dict[str, Any]
    evidence: str | None


class GraphService(Service[M]):
    """The agent's knowledge graph (``client.graph``). ``subject`` scopes every call (a
    :class:`SubjectContext` or a dict with ``subject_id``/``scope``/``segment_id``/``tenant_id``)."""

    def __init__(self, executor: SyncExecutor | AsyncExecutor, context: ClientContext) -> None:
        super().__init__(executor, context)
        self._memory: MemoryService[Any] = MemoryService(executor, context)
        self._extraction: ExtractionService[Any] = ExtractionService(executor, context)

    # -- reading ------------------------------------------------------------------------------------------

    def _list(self, context: str, subject: SubjectContext | None) -> Op[list[MemorySummary]]:
        """Every memory listed under ``context`` (and the subject), across pages."""
        listing = compose(MemoryService.list, self._memory)
        items: list[MemorySummary] = []
        offset: int | None = 0
        while offset is not None:
            page = yield from listing(
                context=context,
                limit=PAGE,
                offset=offset,
                **subject_fields(subject),
            )
            items.extend(page.items)
            offset = page.next_offset()
        return items

    def _snapshot(self, subject: SubjectContext | None, *, relationships: bool = True) -> Op[_Snapshot]:
        entities: dict[str, list[EntityRecord]] = {}
        for item in (yield from self._list(GRAPH_ENTITY, subject)):
            if (record := EntityRecord.from_listing(item)) is not None:
                entities.setdefault(record.key, []).append(record)
        rels: dict[tuple[str, str, str], list[RelationshipRecord]] = {}
        if relationships:
            for item in (yield from self._list(GRAPH_RELATIONSHIP, subject)):
                if (rel := RelationshipRecord.from_listing(item)) is not None:
                    rels.setdefault(rel.key, []).append(rel)
        return _Snapshot(entities, rels)

    def _retrieve(self, storage_keys: Sequence[str]) -> Op[dict[str, Mapping[str, Any]]]:
        """The decrypted data of memories, by storage key (one paid batch per 50); unreadable ones are
        left out with a warning."""
        batch_op = compose(MemoryService.retrieve_batch, self._memory)
        found: dict[str, Mapping[str, Any]] = {}
        for start in range(0, len(storage_keys), RETRIEVE_BATCH):
            chunk = list(storage_keys[start : start + RETRIEVE_BATCH])
            batch = yield from batch_op(chunk)
            for index, (key, memory) in enumerate(zip(chunk, batch.results, strict=True)):
                if memory is None or not isinstance(memory.data, Mapping):
                    reason = batch.errors.get(index, "its data is not a JSON object")
                    logger.warning("graph memory %s is skipped: %s", key, reason)
                    continue
                found[key] = memory.data
        return found

    def _key_for(self, name_or_key: str, snapshot: _Snapshot) -> str:
        """The key of an entity given by name or key: the stored one among both HMAC variants, else ours."""
        candidates = self._candidates(name_or_key)
        return next((k for k in candidates if k in snapshot.entities), candidates[0])

    def _candidates(self, name_or_key: str) -> list[str]:
        return candidate_keys(self._context.require_key(), name_or_key, self._context.subject_variant)

    @staticmethod
    def _require_entity(snapshot: _Snapshot, field: str, name: str, key: str) -> EntityRecord:
        """The version of an entity in force now, or :class:`NotFoundError` (found out by reading: not an input
        error) before anything is paid."""
        record = current_or_at(snapshot.entities.get(key, []), None, _now())
        if not isinstance(record, EntityRecord):
            raise NotFoundError(
                f'entity "{name}" is not in the graph (never added, or merged into another)',
                status_code=404,
                code="NOT_FOUND",
                details={"field": field},
            )
        return record

    def _check_write(self, write: GraphWrite) -> None:
        """A graph write checked before the graph is read: one the API refuses (a control character or an
        over-long type in a tag, data too large once encrypted) must fail before the first request."""
        check_fields("MemoryStoreRequest", {"tags": write.tags, "metadata": write.metadata})
        store_item(
            self._context.require_key(),
            write.data,
            "hot",
            context=write.context,
            tags=write.tags,
            metadata=write.metadata,
            expires_at=None,
            subject={},
            component="MemoryStoreRequest",
        )

    def _graph(
        self, subject: SubjectContext | None, entity_types: Sequence[str] | None, at: dt.datetime | None
    ) -> Op[Graph]:
        snapshot = yield from self._snapshot(subject)
        now = _now()
        in_force: dict[str, EntityRecord] = {}
        for key, versions in snapshot.entities.items():
            record = current_or_at(versions, at, now)
            if isinstance(record, EntityRecord):
                in_force[key] = record
        redirects = merge_redirects(snapshot.entities, set(in_force), at or now)
        if entity_types is not None:
            wanted = set(entity_types)
            in_force = {k: r for k, r in in_force.items() if r.type in wanted}
        chosen: dict[tuple[str, str, str], tuple[RelationshipRecord, str, str]] = {}
        for rel_versions in snapshot.relationships.values():
            rel = current_or_at(rel_versions, at, now)
            if not isinstance(rel, RelationshipRecord):
                continue
            source = redirects.get(rel.from_key, rel.from_key)
            target = redirects.get(rel.to_key, rel.to_key)
            if source == target and rel.from_key != rel.to_key:
                continue  # the merge joined its two ends
            if entity_types is not None and not (source in in_force and target in in_force):
                continue
            held = chosen.get((source, target, rel.type))
            if held is None or held[0].valid_from < rel.valid_from:
                chosen[(source, target, rel.type)] = (rel, source, target)
        data = yield from self._retrieve(
            [r.storage_key for r in in_force.values()] + [r.storage_key for r, _, _ in chosen.values()]
        )
        entities = [
            _entity(r, data[r.storage_key], _ends(snapshot.entities[k])[r.storage_key])
            for k, r in in_force.items()
            if r.storage_key in data
        ]
        relationships = [
            _relationship(r, data[r.storage_key], _ends(snapshot.relationships[r.key])[r.storage_key], s, t)
            for r, s, t in chosen.values()
            if r.storage_key in data
        ]
        return Graph(entities, relationships)

    @operation
    def load(
        self,
        subject: SubjectLike | None = None,
        entity_types: Sequence[str] | None = None,
        valid_at: dt.datetime | str | None = None,
    ) -> Op[Graph]:
        """The graph as it is now, or as it was at ``valid_at``, optionally of some entity types only."""
        context = coerce_subject_context(subject)
        if entity_types is not None:
            check_text_list("entity_types", entity_types)
        return (yield from self._graph(context, entity_types, _moment(valid_at, "valid_at")))

    @operation
    def query(
        self,
        start_entity: str,
        subject: SubjectLike | None = None,
        depth: int = 2,
        valid_at: dt.datetime | str | None = None,
        *,
        relationship_types: Sequence[str] | None = None,
    ) -> Op[Graph]:
        """The subgraph within ``depth`` hops of ``start_entity`` (a name or key), optionally over the
        ``relationship_types`` only."""
        require_text("start_entity", start_entity)
        check_int_range("depth", depth, 0)
        context = coerce_subject_context(subject)
        keys = self._candidates(start_entity)
        graph = yield from self._graph(context, None, _moment(valid_at, "valid_at"))
        start = next((k for k in keys if graph.has_entity(k)), start_entity)
        return graph.subgraph(start, depth, rel_types=relationship_types)

    def _versions(self, name: str, subject: SubjectContext | None) -> Op[tuple[str, list[EntityRecord]]]:
        snapshot = yield from self._snapshot(subject, relationships=False)
        key = self._key_for(name, snapshot)
        return key, snapshot.entities.get(key, [])

    @operation
    def get_entity_history(self, name: str, subject: SubjectLike | None = None) -> Op[list[Entity]]:
        """Every version of an entity (by name or key), oldest first; each ``valid_to`` is when the next
        version (or a merge) ended it."""
        require_text("name", name)
        _, versions = yield from self._versions(name, coerce_subject_context(subject))
        spans = history(versions)
        data = yield from self._retrieve([r.storage_key for r, _ in spans])
        return [
            _entity(r, data[r.storage_key], end)
            for r, end in spans
            if isinstance(r, EntityRecord) and r.storage_key in data
        ]

    @operation
    def get_entity_at(
        self, name: str, at: dt.datetime | str, subject: SubjectLike | None = None
    ) -> Op[Entity | None]:
        """The version of an entity (by name or key) in force at ``at``; None before it existed or after
        it was merged away."""
        require_text("name", name)
        moment = _moment(at, "at")
        if moment is None:
            raise ValidationError("at is required", field="at")
        _, versions = yield from self._versions(name, coerce_subject_context(subject))
        record = current_or_at(versions, moment, _now())
        if not isinstance(record, EntityRecord):
            return None
        data = yield from self._retrieve([record.storage_key])
        if record.storage_key not in data:
            return None
        return _entity(record, data[record.storage_key], _ends(versions)[record.storage_key])

    # -- writing ------------------------------------------------------------------------------------------

    def _store(self, write: GraphWrite, subject: SubjectContext | None) -> Op[str]:
        stored = yield from compose(MemoryService.store, self._memory)(
            **write.store_item(subject_fields(subject))
        )
        return stored.storage_key

    @operation
    def add_entity(
        self,
        name: str,
        entity_type: str,
        subject: SubjectLike | None = None,
        summary: str = "",
        attributes: Mapping[str, Any] | None = None,
    ) -> Op[Entity]:
        """Store an entity (paid). A name already in the graph gets its next version, in force from now."""
        require_text("name", name)
        require_text("entity_type", entity_type)
        summary = _text(summary, "summary")
        attrs_ = _attributes(attributes, "attributes")
        context = coerce_subject_context(subject)
        data = {"name": name, "summary": summary, "attributes": attrs_}
        self._check_write(entity_write(data, entity_type, self._candidates(name)[0], _now(), 1))
        snapshot = yield from self._snapshot(context)
        key = self._key_for(name, snapshot)
        valid_from = next_valid_from(_now(), snapshot.times())  # after everything it has seen
        version = _next_version(snapshot.entities.get(key, []))
        storage_key = yield from self._store(
            entity_write(data, entity_type, key, valid_from, version), context
        )
        return Entity(key, name, entity_type, summary, attrs_, storage_key, valid_from, None, version)

    @operation
    def add_relationship(
        self,
        from_name: str,
        to_name: str,
        rel_type: str,
        subject: SubjectLike | None = None,
        description: str = "",
        attributes: Mapping[str, Any] | None = None,
    ) -> Op[Relationship]:
        """Store a relationship between two entities of the graph, given by name or key (paid); one that already
        exists gets its next version. An end that is not in the graph raises :class:`NotFoundError` before anything
        is paid (both official SDKs would store an edge to nothing)."""
        require_text("from_name", from_name)
        require_text("to_name", to_name)
        require_text("rel_type", rel_type)
        description = _text(description, "description")
        attrs_ = _attributes(attributes, "attributes")
        context = coerce_subject_context(subject)
        data = {"description": description, "attributes": attrs_}
        ends = self._candidates(from_name)[0], self._candidates(to_name)[0]
        self._check_write(relationship_write(data, rel_type, *ends, _now(), 1))
        snapshot = yield from self._snapshot(context)
        source, target = self._key_for(from_name, snapshot), self._key_for(to_name, snapshot)
        for field, name, key in (("from_name", from_name, source), ("to_name", to_name, target)):
            self._require_entity(snapshot, field, name, key)
        valid_from = next_valid_from(_now(), snapshot.times())
        version = _next_version(snapshot.relationships.get((source, target, rel_type), []))
        write = relationship_write(data, rel_type, source, target, valid_from, version)
        storage_key = yield from self._store(write, context)
        return Relationship(
            source, target, rel_type, description, attrs_, storage_key, valid_from, None, version
        )

    @operation
    def merge_entities(
        self, source_name: str, target_name: str, subject: SubjectLike | None = None
    ) -> Op[Entity]:
        """Merge ``source_name`` into ``target_name`` (paid, two stores): the target's next version takes
        the source's attributes where it has none (and its summary if it has none); the source ends now,
        and its relationships are read as the target's from then on. Returns the target's new version."""
        require_text("source_name", source_name)
        require_text("target_name", target_name)
        context = coerce_subject_context(subject)
        if set(self._candidates(source_name)) & set(self._candidates(target_name)):
            raise ValidationError("an entity cannot be merged into itself", field="target_name")
        snapshot = yield from self._snapshot(context)
        source_key, target_key = self._key_for(source_name, snapshot), self._key_for(target_name, snapshot)
        now = _now()
        records = {
            field: self._require_entity(snapshot, field, name, key)
            for field, name, key in (
                ("source_name", source_name, source_key),
                ("target_name", target_name, target_key),
            )
        }
        data = yield from self._retrieve(
            [records["source_name"].storage_key, records["target_name"].storage_key]
        )
        for field, record in records.items():
            if record.storage_key not in data:
                raise DecryptionError(f"{field.split('_')[0]} entity {record.storage_key} cannot be read")
        found = {f: _entity(r, data[r.storage_key], None) for f, r in records.items()}
        source, target = found["source_name"], found["target_name"]
        attributes = {**source.attributes, **target.attributes}
        summary = target.summary or source.summary
        moment = next_valid_from(now, snapshot.times())  # after everything the merge has seen
        version = _next_version(snapshot.entities[target_key])
        target_data = {"name": target.name, "summary": summary, "attributes": attributes}
        write = entity_write(target_data, target.type, target_key, moment, version)
        storage_key = yield from self._store(write, context)
        source_data = {"name": source.name, "summary": source.summary, "attributes": dict(source.attributes)}
        source_version = _next_version(snapshot.entities[source_key])
        ended = entity_write(
            source_data,
            source.type,
            source_key,
            source.valid_from,
            source_version,
            valid_to=moment,
            superseded_by=storage_key,
        )
        yield from self._store(ended, context)
        return Entity(
            target_key, target.name, target.type, summary, attributes, storage_key, moment, None, version
        )

    # -- LLM ----------------------------------------------------------------------------------------------

    @operation
    def extract(
        self,
        trace: str | Mapping[str, Any],
        llm_config: LLMConfig | Mapping[str, Any] | Any,
        subject: SubjectLike | None = None,
        context_hint: str | None = None,
        confidence_threshold: float = 0.5,
        *,
        max_entities: int | None = None,
    ) -> Op[GraphExtractionResult]:
        """Extract entities and relationships from an agent trace with an LLM (paid) and store them (one
        batch payment per 100): new entities and relationships, and the next version of entities whose
        type, summary or attributes changed (recorded in ``temporal_updates``). Unchanged ones are not
        stored again. The known entities are sent to the LLM so that it can resolve names against them."""
        if isinstance(trace, str):
            check_text("trace", require_text("trace", trace), multiline=True)
        elif isinstance(trace, Mapping):
            check_json_value("trace", trace)
        else:
            raise ValidationError("trace must be a string or a JSON object", field="trace")
        _llm_config(llm_config)
        # the extraction request comes after paid reads of the graph: its options are checked first
        check_field("confidence_threshold", confidence_threshold, "ExtractOptions", "confidenceThreshold")
        if context_hint is not None:
            require_text("context_hint", context_hint)
            check_field("context_hint", f"graph-extraction:{context_hint}", "ExtractOptions", "contextHint")
        if max_entities is not None:
            check_int_range("max_entities", max_entities, 1)
        context = coerce_subject_context(subject)

        snapshot = yield from self._snapshot(context)
        now = _now()
        current = {
            k: r
            for k, versions in snapshot.entities.items()
            if isinstance(r := current_or_at(versions, None, now), EntityRecord)
        }
        data = yield from self._retrieve([r.storage_key for r in current.values()])
        known = {
            k: _entity(r, data[r.storage_key], None) for k, r in current.items() if r.storage_key in data
        }
        graph_trace = {
            "_graphExtraction": True,
            "trace": trace if isinstance(trace, str) else _compact(dict(trace)),
            "knownEntities": [
                _readable(
                    {
                        "key": e.key,
                        "type": e.type,
                        "name": e.name,
                        "summary": e.summary,
                        "attributes": dict(e.attributes),
                    }
                )
                for e in known.values()
            ],
        }
        hint = f"graph-extraction:{context_hint}" if context_hint else "graph-extraction"
        options = ExtractionOptions(
            confidence_threshold=confidence_threshold, context_hint=hint, auto_store=False
        )
        response = yield from compose(ExtractionService.extract, self._extraction)(
            graph_trace, llm_config, options
        )

        names = {e.name.strip().lower(): k for k, e in known.items()}
        seen_times = snapshot.times()

        def resolve(name: str) -> str:
            return names.get(name.strip().lower()) or self._key_for(name, snapshot)

        found = [
            (item.reasoning, read(_GraphItem, item.data, f"data.extractions[{index}].data"))
            for index, item in enumerate(response.extractions)
        ]
        planned: dict[str, _PlannedEntity] = {}
        for reasoning, d in found:
            name = d.name
            if not name or not name.strip():
                continue
            key = resolve(name)
            if key not in planned and max_entities is not None and len(planned) >= max_entities:
                continue
            previous = planned.get(key)
            planned[key] = _PlannedEntity(
                key=key,
                name=known[key].name if key in known else name.strip(),
                type=d.entity_type or d.type or (previous.type if previous else None),
                summary=d.summary or (previous.summary if previous else ""),
                attributes={**(previous.attributes if previous else {}), **d.attributes},
                evidence=reasoning,
            )
            names.setdefault(name.strip().lower(), key)

        items: list[dict[str, Any]] = []
        subject_kwargs = subject_fields(context)
        # (plan, is new, updated, storage key if not stored now, index of its store item)
        entity_rows: list[tuple[_PlannedEntity, bool, bool, str, int | None]] = []
        updates: list[TemporalUpdate] = []
        for plan in planned.values():
            existing = known.get(plan.key)
            kind = plan.type = plan.type or (existing.type if existing else "concept")
            summary = plan.summary or (existing.summary if existing else "")
            attributes = {**(dict(existing.attributes) if existing else {}), **plan.attributes}
            if existing is not None and (kind, summary, attributes) == (
                existing.type,
                existing.summary,
                dict(existing.attributes),
            ):
                entity_rows.append((plan, False, False, existing.storage_key, None))
                continue
            versions = snapshot.entities.get(plan.key, [])
            valid_from = next_valid_from(now, seen_times)
            if existing is not None:
                changes: list[tuple[str, Any, Any]] = [
                    ("type", existing.type, kind),
                    ("summary", existing.summary, summary),
                ]
                changes += [
                    (f"attributes.{k}", existing.attributes.get(k), attributes.get(k))
                    for k in sorted(set(existing.attributes) | set(attributes))
                ]
                updates += [
                    TemporalUpdate(
                        entity_key=plan.key,
                        field=f,
                        old_value=old,
                        new_value=new,
                        effective_date=valid_from,
                        evidence=plan.evidence,
                    )
                    for f, old, new in changes
                    if old != new
                ]
            entity_rows.append((plan, existing is None, existing is not None, "", len(items)))
            content = {"name": plan.name, "summary": summary, "attributes": attributes}
            write = entity_write(content, kind, plan.key, valid_from, _next_version(versions))
            items.append(write.store_item(subject_kwargs))

        # (from, to, type, is new, storage key if not stored now, index of its store item)
        rel_rows: list[tuple[str, str, str, bool, str, int | None]] = []
        seen: set[tuple[str, str, str]] = set()
        for _, d in found:
            source_name, target_name = d.from_entity, d.to_entity
            if not (source_name and source_name.strip() and target_name and target_name.strip()):
                continue
            rel_type = d.relation_type or d.type or "related_to"
            rel_key: tuple[str, str, str] = (resolve(source_name), resolve(target_name), rel_type)
            if rel_key in seen:
                continue
            seen.add(rel_key)
            if not all(
                end in current or end in planned for end in rel_key[:2]
            ):  # as add_relationship refuses
                logger.warning(
                    "graph extraction: relationship %s -[%s]-> %s is not stored: an end is not an entity",
                    source_name,
                    rel_type,
                    target_name,
                )
                continue
            rel_versions = snapshot.relationships.get(rel_key, [])
            in_force = current_or_at(rel_versions, None, now)
            if in_force is not None:
                rel_rows.append((*rel_key, False, in_force.storage_key, None))
                continue
            valid_from = next_valid_from(now, seen_times)
            rel_rows.append((*rel_key, True, "", len(items)))
            content = {"description": d.description or "", "attributes": dict(d.attributes)}
            write = relationship_write(
                content, rel_type, rel_key[0], rel_key[1], valid_from, _next_version(rel_versions)
            )
            items.append(write.store_item(subject_kwargs))

        stored_keys: dict[int, str] = {}
        receipts: list[str] = []
        store_batch = compose(MemoryService.store_batch, self._memory)
        for start in range(0, len(items), PAGE):
            batch = yield from store_batch(items[start : start + PAGE])
            for outcome in batch.results:
                if outcome.storage_key and not outcome.error:
                    stored_keys[start + outcome.index] = outcome.storage_key
                else:
                    logger.warning(
                        "graph extraction item %d was not stored: %s", start + outcome.index, outcome.error
                    )
            if batch.batch_receipt_id:
                receipts.append(batch.batch_receipt_id)

        entities = [
            ExtractedEntity(
                key=plan.key,
                type=plan.type or "concept",
                name=plan.name,
                is_new=new,
                updated=updated,
                storage_key=key if index is None else stored_keys.get(index, ""),
            )
            for plan, new, updated, key, index in entity_rows
        ]
        relationships = [
            ExtractedRelationship(
                from_key=source,
                to_key=target,
                type=rel_type,
                is_new=new,
                storage_key=key if index is None else stored_keys.get(index, ""),
            )
            for source, target, rel_type, new, key, index in rel_rows
        ]
        return GraphExtractionResult(
            entities=entities,
            relationships=relationships,
            temporal_updates=updates,
            stored=len(stored_keys),
            receipts=receipts,
        )

    @operation
    def ask(
        self,
        question: str,
        subject: SubjectLike | None = None,
        llm_config: LLMConfig | Mapping[str, Any] | Any = None,
    ) -> Op[GraphAnswer]:
        """Answer a question from the current graph with an LLM (paid; the graph's text is sent to it)."""
        check_text("question", require_text("question", question), multiline=True)
        if llm_config is None:
            raise ValidationError("llm_config is required", field="llm_config")
        _llm_config(llm_config)
        graph: Graph = yield from self._graph(coerce_subject_context(subject), None, None)
        if graph.entity_count == 0:
            return GraphAnswer(answer="No knowledge graph data found for this subject.")
        lines = [
            "ENTITIES:",
            *(f"- {e.name} ({e.type}): {e.summary}" for e in graph.entities),
            "",
            "RELATIONSHIPS:",
        ]
        for rel in graph.relationships:
            source, target = graph.get_entity(rel.from_key), graph.get_entity(rel.to_key)
            lines.append(
                f"- {source.name if source else rel.from_key} --[{rel.type}]--> "
                f"{target.name if target else rel.to_key}: {rel.description}"
            )
        trace = _compact(
            _readable({"_graphAsk": True, "question": question, "graphContext": "\n".join(lines)})
        )
        options = ExtractionOptions(context_hint="graph-ask", auto_store=False)
        response = yield from compose(ExtractionService.extract, self._extraction)(trace, llm_config, options)
        if not response.extractions:
            return GraphAnswer(answer="Unable to answer based on the available knowledge graph.")
        first = response.extractions[0]
        answer = read(_Answer, first.data, "data.extractions[0].data").answer
        text = answer or first.reasoning or "Unable to answer."
        mentioned = (answer or "").lower()
        sources = [
            GraphSource(key=e.key, name=e.name, type=e.type)
            for e in graph.entities
            if e.name and e.name.lower() in mentioned
        ]
        return GraphAnswer(answer=text, sources=sources, confidence=first.confidence or 0.5)

    @operation
    def derive_entity_key(self, name: str) -> Op[str]:
        """The entity key of ``name`` under this client's key and subject-id variant (no request is sent)."""
        require_text("name", name)
        return derive_entity_key(self._context.require_key(), name, variant=self._context.subject_variant)
        yield  # an operation that needs no request
