"""The in-memory graph: look-ups by name or key, neighbours, shortest paths and subgraphs. No I/O."""

from __future__ import annotations

import collections
from collections.abc import Iterable, Sequence
from typing import Any, Literal, get_args

from .model import Entity, Relationship

__all__ = ["Direction", "Graph"]

Direction = Literal["outgoing", "incoming", "both"]
_DIRECTIONS: tuple[Direction, ...] = get_args(Direction)


class Graph:
    """Entities and the relationships between them, with adjacency lists in both directions.

    Entities are addressed by key or by name (case-insensitive). When several versions of one key are
    given, the highest version is kept. Relationships whose endpoints are not in the graph are kept in
    :attr:`relationships` but are not traversed.
    """

    def __init__(self, entities: Iterable[Entity], relationships: Iterable[Relationship]) -> None:
        self._entities: dict[str, Entity] = {}
        for entity in entities:
            held = self._entities.get(entity.key)
            if held is None or entity.version >= held.version:
                self._entities[entity.key] = entity
        self._names = {e.name.strip().lower(): e.key for e in self._entities.values()}
        self._relationships = list(relationships)
        self._outgoing: dict[str, list[Relationship]] = {k: [] for k in self._entities}
        self._incoming: dict[str, list[Relationship]] = {k: [] for k in self._entities}
        for rel in self._relationships:
            if rel.from_key in self._outgoing and rel.to_key in self._incoming:
                self._outgoing[rel.from_key].append(rel)
                self._incoming[rel.to_key].append(rel)

    def __repr__(self) -> str:
        return f"<Graph {self.entity_count} entities, {self.relationship_count} relationships>"

    @property
    def entities(self) -> list[Entity]:
        """Every entity (one version per key)."""
        return list(self._entities.values())

    @property
    def relationships(self) -> list[Relationship]:
        """Every relationship."""
        return list(self._relationships)

    @property
    def entity_count(self) -> int:
        """The number of entities."""
        return len(self._entities)

    @property
    def relationship_count(self) -> int:
        """The number of relationships."""
        return len(self._relationships)

    def _key(self, name_or_key: str) -> str | None:
        if name_or_key in self._entities:
            return name_or_key
        return self._names.get(name_or_key.strip().lower())

    def get_entity(self, name_or_key: str) -> Entity | None:
        """The entity with this key or name, or None."""
        key = self._key(name_or_key)
        return None if key is None else self._entities[key]

    def has_entity(self, name_or_key: str) -> bool:
        """Whether an entity has this key or name."""
        return self._key(name_or_key) is not None

    def _edges(self, key: str, rel_type: str | None, direction: str) -> list[tuple[Relationship, str]]:
        """(edge, the entity at its other end) for the edges of ``key``."""
        if direction not in _DIRECTIONS:
            raise ValueError(f"direction must be one of {', '.join(_DIRECTIONS)}; got {direction!r}")
        found: list[tuple[Relationship, str]] = []
        if direction in ("outgoing", "both"):
            found += [(r, r.to_key) for r in self._outgoing[key] if rel_type is None or r.type == rel_type]
        if direction in ("incoming", "both"):
            found += [(r, r.from_key) for r in self._incoming[key] if rel_type is None or r.type == rel_type]
        return found

    def neighbors(
        self, name_or_key: str, rel_type: str | None = None, direction: Direction = "both"
    ) -> list[Entity]:
        """The entities one edge away (optionally of one type, one direction), each once."""
        key = self._key(name_or_key)
        if key is None:
            return []
        seen: dict[str, Entity] = {}
        for _, other in self._edges(key, rel_type, direction):
            if other != key and other not in seen:
                seen[other] = self._entities[other]
        return list(seen.values())

    def edges_of(
        self, name_or_key: str, rel_type: str | None = None, direction: Direction = "both"
    ) -> list[Relationship]:
        """The relationships touching an entity (optionally of one type, one direction)."""
        key = self._key(name_or_key)
        return [] if key is None else [r for r, _ in self._edges(key, rel_type, direction)]

    def _walk(
        self, start: str, rel_types: Sequence[str] | None = None, max_depth: int | None = None
    ) -> Iterable[tuple[str, Relationship, str]]:
        """Breadth-first (from, edge, newly reached entity) steps over edges in either direction, up to
        ``max_depth`` hops from ``start``."""
        allowed = None if rel_types is None else set(rel_types)
        hops, queue = {start: 0}, collections.deque([start])
        while queue:
            current = queue.popleft()
            if max_depth is not None and hops[current] >= max_depth:
                continue
            for rel, other in self._edges(current, None, "both"):
                if other in hops or (allowed is not None and rel.type not in allowed):
                    continue
                hops[other] = hops[current] + 1
                queue.append(other)
                yield current, rel, other

    def path(self, from_name_or_key: str, to_name_or_key: str) -> list[Relationship]:
        """The relationships of a shortest path between two entities (edges in either direction);
        empty if they are not connected or are the same entity."""
        start, goal = self._key(from_name_or_key), self._key(to_name_or_key)
        if start is None or goal is None or start == goal:
            return []
        came_by: dict[str, tuple[str, Relationship]] = {}
        for parent, rel, node in self._walk(start):
            came_by[node] = (parent, rel)
            if node == goal:
                steps: list[Relationship] = []
                while node != start:
                    node, edge = came_by[node]
                    steps.append(edge)
                return steps[::-1]
        return []

    def path_entities(self, from_name_or_key: str, to_name_or_key: str) -> list[Entity]:
        """The entities along :meth:`path`, both ends included (empty if there is no path)."""
        start = self._key(from_name_or_key)
        steps = self.path(from_name_or_key, to_name_or_key)
        if start is None or not steps:
            return []
        nodes = [start]
        for rel in steps:
            nodes.append(rel.to_key if rel.from_key == nodes[-1] else rel.from_key)
        return [self._entities[k] for k in nodes]

    def subgraph(
        self, center_name_or_key: str, depth: int, *, rel_types: Sequence[str] | None = None
    ) -> Graph:
        """The entities within ``depth`` hops of an entity (optionally over edges of ``rel_types`` only)
        and the relationships among them."""
        center = self._key(center_name_or_key)
        if center is None:
            return Graph([], [])
        hops = {center} | {node for _, _, node in self._walk(center, rel_types, max(depth, 0))}
        allowed = None if rel_types is None else set(rel_types)
        return Graph(
            [self._entities[k] for k in hops],
            [
                r
                for r in self._relationships
                if r.from_key in hops and r.to_key in hops and (allowed is None or r.type in allowed)
            ],
        )

    def entities_of_type(self, entity_type: str) -> list[Entity]:
        """The entities of one type."""
        return [e for e in self._entities.values() if e.type == entity_type]

    def relationships_of_type(self, rel_type: str) -> list[Relationship]:
        """The relationships of one type."""
        return [r for r in self._relationships if r.type == rel_type]

    def search_entities(self, query: str) -> list[Entity]:
        """Entities whose name or summary contains ``query`` (case-insensitive)."""
        needle = query.lower()
        return [e for e in self._entities.values() if needle in e.name.lower() or needle in e.summary.lower()]

    def to_dict(self) -> dict[str, Any]:
        """The entities and relationships as plain JSON-ready dicts."""
        return {
            "entities": [e.to_dict() for e in self._entities.values()],
            "relationships": [r.to_dict() for r in self._relationships],
        }
