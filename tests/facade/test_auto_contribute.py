"""auto_contribute: qualified extractions land in the collective with a real encrypted copy; blocking and async."""

from __future__ import annotations

import secrets
from typing import Any

import pytest
from harness import Connect

from xache_ext import ValidationError
from xache_ext.sandbox import Sandbox
from xache_ext.services.auto_contribute import AUTO_CONTRIBUTION_CONTEXT, AutoContributeConfig, pattern_hash
from xache_ext.types.auto_contribute import AutoContribution
from xache_ext.types.extraction import ExtractedMemory


def insight(
    domain: str, text: str, confidence: float = 0.95, kind: str = "DOMAIN_HEURISTIC"
) -> dict[str, Any]:
    return {
        "type": kind,
        "confidence": confidence,
        "data": {"pattern": text, "domain": domain},
        "reasoning": "seen",
    }


def test_a_qualified_insight_lands_in_the_collective(connect: Connect, xache_sandbox: Sandbox) -> None:
    h = connect()
    auto = h.client.auto_contribute
    heard: list[AutoContribution] = []
    auto.update_config(enabled=True, min_reputation=0, on_contribute=heard.append)
    domain = f"gas-{secrets.token_hex(4)}"
    good = insight(domain, "Batch storage writes to optimize gas usage on rollups")
    weak = insight(domain, "Maybe gas is sometimes cheaper at night", confidence=0.5)
    result = h(auto.evaluate([good, weak], "extraction-1"))
    assert [c.domain for c in result.contributed] == [domain]
    assert [(s.reason, s.extraction.confidence) for s in result.skipped] == [("low_confidence", 0.5)]
    contribution = result.contributed[0]
    assert heard == [contribution] and result.remaining_today == 49 == auto.get_remaining_contributions()
    assert contribution.pattern == "Batch storage writes to optimize gas usage on rollups"
    assert contribution.pattern_hash == pattern_hash(
        ExtractedMemory(type=good["type"], data=good["data"], confidence=0.95)
    )
    assert contribution.receipt_id and contribution.extraction_id == "extraction-1"

    # The reference is a memory of ours holding the encrypted insight.
    copy = h(h.client.memory.retrieve(contribution.encrypted_content_ref))
    assert copy.data["data"] == good["data"] and copy.data["patternHash"] == contribution.pattern_hash
    row = xache_sandbox.store.one(
        "SELECT * FROM memories WHERE storage_key = ?", [contribution.encrypted_content_ref]
    )
    assert (
        row is not None and row["context"] == AUTO_CONTRIBUTION_CONTEXT and b"rollups" not in row["payload"]
    )
    heuristic = xache_sandbox.store.one(
        "SELECT * FROM heuristics WHERE heuristic_id = ?", [contribution.heuristic_id]
    )
    assert heuristic is not None
    assert heuristic["encrypted_content_ref"] == contribution.encrypted_content_ref
    assert (
        heuristic["pattern_hash"] == contribution.pattern_hash
        and heuristic["contributor_did"] == h.identity.did
    )
    assert heuristic["tags"] == ["DOMAIN_HEURISTIC", "auto-contributed", domain]
    assert heuristic["metrics"] == {"successRate": 0.95, "sampleSize": 1, "confidence": 0.95}
    assert (
        heuristic["metadata"]["autoContributed"] is True and heuristic["context_type"] == "DOMAIN_HEURISTIC"
    )

    found = h(h.client.collective.query(query_text="optimize gas usage rollups", domain=domain))
    assert [m.heuristic_id for m in found.matches] == [contribution.heuristic_id]

    again = h(auto.evaluate([good]))
    assert again.contributed == [] and [s.reason for s in again.skipped] == ["duplicate"]
    assert len(h.client.payments) == 4  # the copy, the contribution, then our retrieve and query


def test_disabled_it_only_reports_the_opportunity(connect: Connect) -> None:
    h = connect(api_url="http://127.0.0.1:9")  # nothing is sent
    auto = h.client.auto_contribute
    assert not auto.is_enabled()
    result = h(auto.evaluate([insight("a", "long enough insight text"), insight("b", "too unsure", 0.1)]))
    assert result.contributed == [] and {s.reason for s in result.skipped} == {"disabled"}
    assert result.opportunity is not None and result.opportunity.eligible_count == 1
    assert result.opportunity.domains == ["a"]


def test_thresholds_domains_and_the_daily_cap(connect: Connect) -> None:
    h = connect()
    auto = h.client.auto_contribute
    auto.update_config(enabled=True)  # the official minimum reputation (30): a new agent has less
    low = h(auto.evaluate([insight("x", "an insight from a new agent")]))
    assert [s.reason for s in low.skipped] == ["low_reputation"]
    auto.update_config(min_reputation=0, exclude_domains=["spam"], domains=["ok", "spam"], max_per_day=1)
    tag = secrets.token_hex(3)
    result = h(
        auto.evaluate(
            [
                insight("spam", f"excluded insight {tag}"),
                insight("elsewhere", f"not allowed insight {tag}"),
                insight("ok", f"first allowed insight {tag}"),
                insight("ok", f"second allowed insight {tag}"),
            ]
        )
    )
    assert [s.reason for s in result.skipped] == ["domain_excluded", "domain_not_allowed", "rate_limited"]
    assert len(result.contributed) == 1 and auto.get_remaining_contributions() == 0
    state = auto.get_state()
    assert state.contributed_today == 1 and len(state.seen_hashes) == 1


def test_delayed_insights_wait_for_their_time(connect: Connect) -> None:
    h = connect()
    auto = h.client.auto_contribute
    now = [1_800_000_000.0]
    auto.clock = lambda: now[0]
    auto.update_config(enabled=True, min_reputation=0, delay_hours=2)
    tag = secrets.token_hex(3)
    result = h(auto.evaluate([insight("later", f"an insight worth waiting for {tag}")]))
    assert result.delayed == 1 and [s.reason for s in result.skipped] == ["delayed"]
    assert [
        s.reason for s in h(auto.evaluate([insight("later", f"an insight worth waiting for {tag}")])).skipped
    ] == ["duplicate"]
    early = h(auto.process_delayed())
    assert (early.contributed, early.remaining_delayed) == ([], 1)
    now[0] += 2 * 3600
    ready = h(auto.process_delayed())
    assert [c.domain for c in ready.contributed] == ["later"] and ready.remaining_delayed == 0
    assert ready.remaining_today == 49
    now[0] += 86_400  # a new UTC day
    assert auto.get_remaining_contributions() == 50


def test_an_insight_too_short_to_share_is_reported_and_nothing_is_paid(connect: Connect) -> None:
    h = connect()
    auto = h.client.auto_contribute
    auto.update_config(enabled=True, min_reputation=0)
    short = {"type": "X", "confidence": 0.99, "data": {}}  # "X: {}" is shorter than a pattern may be
    result = h(auto.evaluate([short]))
    assert [(s.reason, s.error is not None) for s in result.skipped] == [("error", True)]
    assert len(h.client.payments) == 0 and auto.get_remaining_contributions() == 50


def test_a_refused_contribution_removes_its_copy(connect: Connect, monkeypatch: pytest.MonkeyPatch) -> None:
    import xache_ext.services.auto_contribute as module

    monkeypatch.setattr(module, "_tags", lambda extraction: [])  # the contribution is then refused
    h = connect()
    auto = h.client.auto_contribute
    auto.update_config(enabled=True, min_reputation=0)
    result = h(auto.evaluate([insight("d", "an insight the collective refuses")]))
    assert [s.reason for s in result.skipped] == ["error"] and "tags" in str(result.skipped[0].error)
    assert len(h.client.payments) == 1  # the copy was stored ...
    assert h.collect(h(h.client.memory.list(context=AUTO_CONTRIBUTION_CONTEXT))) == []  # ... and deleted
    assert len(h.collect(h(h.client.memory.list_deleted()))) == 1
    assert auto.get_state().seen_hashes == set()  # it may be tried again


def test_configuration_is_checked(connect: Connect) -> None:
    h = connect(api_url="http://127.0.0.1:9")
    auto = h.client.auto_contribute
    for changes, field in [
        ({"confidence_threshold": 1.5}, "confidence_threshold"),
        ({"max_per_day": -1}, "max_per_day"),
        ({"domains": "ok"}, "domains"),
        ({"colour": "red"}, "colour"),
    ]:
        with pytest.raises(ValidationError) as caught:
            auto.update_config(**changes)
        assert caught.value.field == field
    assert auto.config == AutoContributeConfig()
    with pytest.raises(ValidationError):
        h(auto.evaluate("not a list"))  # type: ignore[arg-type]


def test_extraction_dicts_are_read_in_either_spelling_and_checked(connect: Connect) -> None:
    h = connect(api_url="http://127.0.0.1:9")  # disabled: nothing is sent
    auto = h.client.auto_contribute
    given = [
        {"type": "X", "confidence": 0.9, "data": {}, "suggestedMethod": "m1"},
        {"type": "X", "confidence": "0.9", "data": {}, "suggested_method": "m2"},
        {"data": {"pattern": "no type and no confidence"}},  # the official SDK's defaults
    ]
    skipped = h(auto.evaluate(given)).skipped
    assert [s.extraction.suggested_method for s in skipped] == ["m1", "m2", None]
    assert [(s.extraction.type, s.extraction.confidence) for s in skipped] == [
        ("X", 0.9),
        ("X", 0.9),
        ("unknown", 0.0),
    ]
    for bad, where in [
        ({"type": "X", "confidence": 0.9, "data": "not a dict"}, "extractions[1].data"),
        ({"type": "X", "confidence": True, "data": {}}, "extractions[1].confidence"),
        ({"type": ["X"], "confidence": 0.9, "data": {}}, "extractions[1].type"),
        ("not a dict", "extractions[1]"),
    ]:
        with pytest.raises(ValidationError) as caught:
            h(auto.evaluate([given[0], bad]))
        assert caught.value.field == "extractions[1]" and str(caught.value).startswith(where)


def test_evaluate_takes_a_list_not_one_extraction(connect: Connect) -> None:
    from xache_ext.types.base import read
    from xache_ext.types.extraction import ExtractedMemory

    h = connect(api_url="http://127.0.0.1:9")
    one = read(ExtractedMemory, insight("gas", "a single extraction, not a list"))
    for wrong in (one, insight("gas", "a dict"), "text"):
        with pytest.raises(ValidationError, match="extractions must be a list"):
            h(h.client.auto_contribute.evaluate(wrong))  # type: ignore[arg-type]
