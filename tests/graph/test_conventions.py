"""Versions in force over time, merges and write times, from the listed plaintext alone."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

from xache_ext.graph.conventions import (
    EntityRecord,
    RelationshipRecord,
    current_or_at,
    entity_write,
    format_time,
    history,
    merge_redirects,
    next_valid_from,
)
from xache_ext.types.base import ResultShapeError


def t(day: int, hour: int = 0) -> dt.datetime:
    return dt.datetime(2025, 1, day, hour, tzinfo=dt.UTC)


@attrs.frozen
class Listed:
    storage_key: str
    tags: list[str]
    metadata: dict[str, Any] | None
    created_at: dt.datetime | None = None


def record(
    key: str,
    storage: str,
    version: int,
    start: dt.datetime,
    end: dt.datetime | None = None,
    superseded_by: str | None = None,
) -> EntityRecord:
    meta = entity_write({}, "person", key, start, version, valid_to=end, superseded_by=superseded_by).metadata
    parsed = EntityRecord.from_listing(Listed(storage, ["et:person", f"ek:{key}"], meta))
    assert parsed is not None
    return parsed


def test_times_are_written_as_javascript_does() -> None:
    when = dt.datetime(2025, 3, 4, 5, 6, 7, 891234, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert format_time(when) == "2025-03-04T03:06:07.891Z"
    assert entity_write({}, "person", "k", when, 3).metadata == {
        "entityType": "person",
        "entityKey": "k",
        "validFrom": "2025-03-04T03:06:07.891Z",
        "validTo": None,
        "version": 3,
    }


def test_listings_of_either_sdk_are_read() -> None:
    ts = EntityRecord.from_listing(
        Listed(
            "m1",
            ["et:tool", "ek:abc"],
            {
                "entityType": "tool",
                "entityKey": "abc",
                "validFrom": "2025-01-02T00:00:00.000Z",
                "validTo": None,
                "version": 2,
            },
        )
    )
    py = EntityRecord.from_listing(
        Listed("m2", ["et:tool", "ek:abc"], {"validFrom": "2025-01-02T00:00:00.123456+00:00"}, t(9))
    )
    tags_only = EntityRecord.from_listing(Listed("m3", ["et:place", "ek:xyz"], None, t(5)))
    assert ts is not None and (ts.key, ts.type, ts.version, ts.valid_from) == ("abc", "tool", 2, t(2))
    assert py is not None and py.valid_from == t(2) + dt.timedelta(microseconds=123456) and py.version == 1
    assert tags_only is not None and (tags_only.key, tags_only.type, tags_only.valid_from) == (
        "xyz",
        "place",
        t(5),
    )
    assert EntityRecord.from_listing(Listed("m4", ["other"], {})) is None
    rel = RelationshipRecord.from_listing(Listed("m5", ["rt:knows", "from:a", "to:b"], None, t(3)))
    assert rel is not None and rel.key == ("a", "b", "knows")
    assert RelationshipRecord.from_listing(Listed("m6", ["rt:knows", "from:a"], None)) is None


@pytest.mark.parametrize(
    ("metadata", "where"),
    [
        ({"entityKey": "abc", "version": "two"}, "memory m1: metadata.version"),
        ({"entityKey": "abc", "version": 1.5}, "memory m1: metadata.version"),
        ({"entityKey": "abc", "validFrom": "last week"}, "memory m1: metadata.validFrom"),
        ({"entityKey": "abc", "validTo": ["2025"]}, "memory m1: metadata.validTo"),
        ({"entityKey": {"k": 1}}, "memory m1: metadata.entityKey"),
        ({"entityKey": "abc", "supersededBy": []}, "memory m1: metadata.supersededBy"),
    ],
)
def test_malformed_entity_metadata_is_refused_not_defaulted(metadata: dict[str, Any], where: str) -> None:
    with pytest.raises(ResultShapeError) as caught:
        EntityRecord.from_listing(Listed("m1", ["et:tool", "ek:abc"], metadata, t(1)))
    assert str(caught.value).startswith(where)


def test_malformed_relationship_metadata_is_refused_not_defaulted() -> None:
    listed = Listed("m2", ["rt:knows", "from:a", "to:b"], {"fromEntityKey": 7.5, "version": True})
    with pytest.raises(ResultShapeError) as caught:
        RelationshipRecord.from_listing(listed)
    assert caught.value.where == "memory m2: metadata.version"
    numbers = RelationshipRecord.from_listing(Listed("m3", [], {"fromEntityKey": 7, "toEntityKey": "b"}))
    assert numbers is not None and numbers.key == ("7", "b", "related_to")  # keys sent as numbers


def test_the_version_in_force_is_picked_by_interval() -> None:
    v1, v2 = record("a", "m1", 1, t(1)), record("a", "m2", 2, t(10))
    spans = history([v2, v1])
    assert [(r.storage_key, end) for r, end in spans] == [("m1", t(10)), ("m2", None)]
    assert current_or_at([v1, v2], t(1), t(20)) == v1
    assert current_or_at([v1, v2], t(9, 23), t(20)) == v1
    assert current_or_at([v1, v2], t(10), t(20)) == v2  # intervals are half-open: [from, to)
    assert current_or_at([v1, v2], t(1) - dt.timedelta(seconds=1), t(20)) is None
    assert current_or_at([v1, v2], None, t(20)) == v2
    assert current_or_at([], None, t(20)) is None


def test_a_typescript_merge_ends_the_source_and_redirects_to_the_target() -> None:
    # TS merge: the source's last version keeps the first validFrom, ends at the merge, names the target.
    source = [record("bob", "b1", 1, t(1)), record("bob", "b2", 2, t(1), end=t(5), superseded_by="r2")]
    target = [record("rob", "r1", 1, t(2)), record("rob", "r2", 2, t(5))]
    by_key = {"bob": source, "rob": target}
    assert current_or_at(source, t(3), t(20)) == source[1]  # before the merge the source is there
    assert current_or_at(source, t(5), t(20)) is None and current_or_at(source, None, t(20)) is None
    assert merge_redirects(by_key, {"rob"}, t(6)) == {"bob": "rob"}
    assert merge_redirects(by_key, {"bob", "rob"}, t(3)) == {}


def test_chains_of_merges_end_at_an_entity_in_force() -> None:
    a = [record("a", "a1", 1, t(1)), record("a", "a2", 2, t(1), end=t(3), superseded_by="b2")]
    b = [record("b", "b1", 1, t(1)), record("b", "b2", 2, t(3)), record("b", "b3", 3, t(1), t(4), "c2")]
    c = [record("c", "c1", 1, t(1)), record("c", "c2", 2, t(4))]
    assert merge_redirects({"a": a, "b": b, "c": c}, {"c"}, t(5)) == {"a": "c", "b": "c"}
    assert merge_redirects({"a": a, "b": b}, set(), t(5)) == {}  # the end of the chain is gone too


def test_new_versions_start_after_what_they_have_seen() -> None:
    now = dt.datetime(2025, 1, 1, 12, 0, 0, 500_700, tzinfo=dt.UTC)
    assert next_valid_from(now, []) == now.replace(microsecond=500_000)
    same_ms = now.replace(microsecond=500_000)
    assert next_valid_from(now, [same_ms]) == same_ms + dt.timedelta(milliseconds=1)
    future = now + dt.timedelta(seconds=2, microseconds=250)
    assert next_valid_from(now, [same_ms, future]) > future
    assert next_valid_from(now, [now - dt.timedelta(days=1)]) == same_ms
