"""Checked by ``make typecheck`` (mypy --strict), never run: graph, memory helpers, auto-contribute and the
client's subject helpers as a user sees them, blocking and async."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import assert_type

from xache_ext import XacheClient, XacheClientSync
from xache_ext.crypto.subject import SubjectContext
from xache_ext.graph import Entity, Graph, Relationship
from xache_ext.types.auto_contribute import AutoContributeResult, DelayedContributionResult
from xache_ext.types.graph import GraphExtractionResult
from xache_ext.types.memory_helpers import RecalledMemory


def blocking(client: XacheClientSync) -> None:
    subject = client.create_subject_context(client.derive_subject_id("customer-1"))
    assert_type(subject, SubjectContext)
    assert_type(client.batch_derive_subject_ids(["a"]), dict[str, str])
    assert_type(client.is_read_only(), bool)
    assert_type(client.graph.add_entity("Alice", "person", subject), Entity)
    assert_type(client.graph.add_relationship("Alice", "Acme", "works_at"), Relationship)
    graph = client.graph.load(subject)
    assert_type(graph, Graph)
    assert_type(graph.neighbors("Alice"), list[Entity])
    assert_type(client.graph.get_entity_at("Alice", "2025-01-01T00:00:00Z"), Entity | None)
    assert_type(client.graph.extract("trace", {"type": "xache-managed"}), GraphExtractionResult)
    assert_type(client.memory.remember_preference("theme", "dark"), str)
    assert_type(client.helpers.recall_preferences(), list[RecalledMemory])
    assert_type(client.auto_contribute.evaluate([]), AutoContributeResult)
    assert_type(client.auto_contribute.get_remaining_contributions(), int)


async def non_blocking(client: XacheClient) -> None:
    pending = client.derive_subject_id("customer-1")
    assert_type(pending, Awaitable[str])
    subject = client.create_subject_context(await pending)
    assert_type(await client.batch_derive_subject_ids(["a"]), dict[str, str])
    assert_type(client.graph.load(subject), Awaitable[Graph])
    assert_type(await client.graph.get_entity_history("Alice", subject), list[Entity])
    assert_type(await client.memory.remember_fix("E", "fix"), str)
    assert_type(await client.auto_contribute.process_delayed(), DelayedContributionResult)
