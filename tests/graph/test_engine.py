"""The in-memory Graph: look-ups, neighbours, shortest paths, subgraphs (no I/O)."""

from __future__ import annotations

import datetime as dt

import pytest

from xache_ext.graph import Entity, Graph, Relationship

T0 = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


def entity(name: str, kind: str = "person", version: int = 1, summary: str = "") -> Entity:
    return Entity(name.lower().replace(" ", "-"), name, kind, summary, {}, f"mem_{name}", T0, None, version)


def rel(source: str, target: str, kind: str) -> Relationship:
    return Relationship(source, target, kind, f"{source} {kind} {target}", {}, f"mem_{source}_{target}", T0)


@pytest.fixture
def graph() -> Graph:
    #  alice -works_at-> acme <-works_at- bob -knows-> carol ; dave -manages-> alice ; eve isolated
    return Graph(
        [
            entity("Alice"),
            entity("Acme", "organization", summary="A tech company"),
            entity("Bob"),
            entity("Carol"),
            entity("Dave"),
            entity("Eve"),
        ],
        [
            rel("alice", "acme", "works_at"),
            rel("bob", "acme", "works_at"),
            rel("bob", "carol", "knows"),
            rel("dave", "alice", "manages"),
            rel("alice", "ghost", "knows"),  # the other end is not in the graph
        ],
    )


def names(entities: list[Entity]) -> list[str]:
    return [e.name for e in entities]


def test_look_ups_by_key_or_name(graph: Graph) -> None:
    assert graph.entity_count == 6 and graph.relationship_count == 5
    assert graph.get_entity("acme") is graph.get_entity("  ACME ")
    assert graph.has_entity("Carol") and not graph.has_entity("ghost") and graph.get_entity("nobody") is None
    assert names(graph.entities_of_type("organization")) == ["Acme"]
    assert len(graph.relationships_of_type("works_at")) == 2
    assert names(graph.search_entities("tech")) == ["Acme"] and names(graph.search_entities("AL")) == [
        "Alice"
    ]


def test_neighbours_by_direction_and_type(graph: Graph) -> None:
    assert names(graph.neighbors("Alice")) == ["Acme", "Dave"]
    assert names(graph.neighbors("Alice", direction="outgoing")) == ["Acme"]
    assert names(graph.neighbors("Alice", direction="incoming")) == ["Dave"]
    assert names(graph.neighbors("Acme", rel_type="works_at")) == ["Alice", "Bob"]
    assert names(graph.neighbors("Bob", rel_type="manages")) == []
    assert graph.neighbors("Eve") == [] and graph.neighbors("nobody") == []
    assert [r.type for r in graph.edges_of("Bob")] == ["works_at", "knows"]
    assert [r.type for r in graph.edges_of("Bob", "knows", "incoming")] == []
    with pytest.raises(ValueError):
        graph.neighbors("Alice", direction="sideways")  # type: ignore[arg-type]


def test_shortest_path_follows_edges_both_ways(graph: Graph) -> None:
    steps = graph.path("Dave", "Carol")
    assert [(r.from_key, r.to_key) for r in steps] == [
        ("dave", "alice"),
        ("alice", "acme"),
        ("bob", "acme"),
        ("bob", "carol"),
    ]
    assert names(graph.path_entities("Dave", "Carol")) == ["Dave", "Alice", "Acme", "Bob", "Carol"]
    assert names(graph.path_entities("Carol", "Dave")) == ["Carol", "Bob", "Acme", "Alice", "Dave"]
    assert (
        graph.path("Alice", "Eve") == []
        and graph.path("Alice", "Alice") == []
        and graph.path("x", "Alice") == []
    )
    assert graph.path_entities("Alice", "Eve") == []


def test_subgraph_by_depth_and_relationship_type(graph: Graph) -> None:
    assert graph.subgraph("Alice", 0).entity_count == 1
    one = graph.subgraph("Alice", 1)
    assert sorted(names(one.entities)) == ["Acme", "Alice", "Dave"]
    assert sorted(r.type for r in one.relationships) == ["manages", "works_at"]
    two = graph.subgraph("Alice", 2)
    assert sorted(names(two.entities)) == ["Acme", "Alice", "Bob", "Dave"]
    assert sorted(names(graph.subgraph("Alice", 5).entities)) == ["Acme", "Alice", "Bob", "Carol", "Dave"]
    works = graph.subgraph("Alice", 5, rel_types=["works_at"])
    assert sorted(names(works.entities)) == ["Acme", "Alice", "Bob"]
    assert {r.type for r in works.relationships} == {"works_at"}
    assert graph.subgraph("nobody", 3).entity_count == 0


def test_the_highest_version_of_a_key_is_kept() -> None:
    old, new = entity("Alice", version=1, summary="old"), entity("Alice", version=2, summary="new")
    assert Graph([new, old], []).get_entity("alice") == new
    assert Graph([old, new], []).get_entity("Alice") == new


def test_to_dict_is_plain_json(graph: Graph) -> None:
    import json

    data = json.loads(json.dumps(graph.to_dict()))
    assert len(data["entities"]) == 6 and data["entities"][0]["valid_from"] == "2025-01-01T00:00:00+00:00"
    assert data["relationships"][0]["from_key"] == "alice"
