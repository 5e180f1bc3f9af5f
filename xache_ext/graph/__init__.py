"""The knowledge graph: entities and relationships stored as encrypted memories, traversed client-side.

:class:`Graph` is the in-memory engine; ``client.graph`` (:class:`~xache_ext.services.graph.GraphService`)
stores, versions, merges and loads graphs with the memory conventions of :mod:`.conventions`. The results of
``extract`` and ``ask`` are in :mod:`xache_ext.types.graph`.
"""

from .conventions import GRAPH_ENTITY, GRAPH_RELATIONSHIP
from .engine import Direction, Graph
from .keys import candidate_keys, derive_entity_key, is_entity_key
from .model import Entity, Relationship

__all__ = [
    "GRAPH_ENTITY",
    "GRAPH_RELATIONSHIP",
    "Direction",
    "Entity",
    "Graph",
    "Relationship",
    "candidate_keys",
    "derive_entity_key",
    "is_entity_key",
]
