"""budget.* and receipts.* against the sandbox, blocking and async."""

from __future__ import annotations

import datetime as dt
import secrets

import pytest
from harness import Connect

from xache_ext import BudgetExceededError, ValidationError
from xache_ext.crypto.evm import private_key_to_address
from xache_ext.types.budget import BudgetAlert, BudgetAlertLevel


def test_budget_status_limit_and_affordability(connect: Connect) -> None:
    h = connect()
    status = h(h.client.budget.get_status())
    assert status.limit_cents > 0 and status.spent_cents == 0
    assert status.remaining_cents == status.limit_cents
    assert h(h.client.budget.update_limit(2500)) == 2500
    assert h(h.client.budget.get_status()).limit_cents == 2500
    assert h(h.client.budget.can_afford(2500)) is True
    assert h(h.client.budget.can_afford(2501)) is False
    for bad in (-1, 1_000_001, 1.5, True):
        with pytest.raises(ValidationError):
            h(h.client.budget.update_limit(bad))


def test_alerts_fire_once_per_threshold(connect: Connect) -> None:
    h = connect()
    heard: list[BudgetAlert] = []
    if h.is_async:

        async def handler(alert: BudgetAlert) -> None:
            heard.append(alert)

        h.client.budget.on_alert(handler)
    else:
        h.client.budget.on_alert(heard.append)
    h(h.client.budget.update_limit(1))  # one cent: each paid store ($0.002) spends 20 % of it
    for _ in range(3):
        h(h.client.memory.store(data={"k": "v"}, storage_tier="hot"))
    assert h(h.client.budget.is_threshold_crossed(50)) is True
    assert h(h.client.budget.is_threshold_crossed(80)) is False
    h(h.client.budget.get_status())
    h(h.client.budget.get_status())
    assert [a.level for a in heard] == [BudgetAlertLevel.WARN_50]
    for _ in range(2):
        h(h.client.memory.store(data={"k": "v"}, storage_tier="hot"))
    h(h.client.budget.get_status())
    assert [a.level for a in heard] == [BudgetAlertLevel.WARN_50, BudgetAlertLevel.CRITICAL_100]
    assert [a.threshold for a in h(h.client.budget.get_active_alerts())] == [50.0, 80.0, 100.0]


def test_budget_exceeded(connect: Connect) -> None:
    h = connect()
    h(h.client.budget.update_limit(0))
    with pytest.raises(BudgetExceededError) as caught:
        h(h.client.memory.store(data={"k": "v"}, storage_tier="hot"))
    assert caught.value.code == "BUDGET_EXCEEDED"


def test_fleet_budget_for_an_owner(connect: Connect) -> None:
    owner_key = secrets.token_bytes(32)
    owner_did = f"did:owner:evm:{private_key_to_address(owner_key)}"
    owner = connect(with_key=False, did=owner_did, private_key=owner_key.hex())
    agent = connect()
    agent(agent.client.memory.store(data={"k": 1}, storage_tier="hot"))
    owner(owner.client.identity.claim_on_chain(agent.identity.did, tx_hash="0x" + "cd" * 32, chain="base"))
    assert owner(owner.client.budget.update_fleet_cap(5000)) == 5000
    fleet = owner(owner.client.budget.get_fleet_status())
    assert fleet.owner_did == owner_did and fleet.fleet_budget_cap_cents == 5000
    assert [a.agent_did for a in fleet.agents] == [agent.identity.did]
    assert fleet.total_spent_cents == 1 and fleet.remaining_cents == 4999 and fleet.agent_count == 1
    assert owner(owner.client.budget.update_fleet_cap(None)) is None
    with pytest.raises(ValidationError):
        owner(owner.client.budget.update_fleet_cap(-5))


def test_receipts_proofs_analytics_and_anchors(connect: Connect) -> None:
    h = connect()
    for i in range(3):
        h(h.client.memory.store(data={"i": i}, storage_tier="hot"))
    h(h.client.collective.query(query_text="anything at all"))
    receipts = h.collect(h(h.client.receipts.list(limit=2)))
    assert len(receipts) == 4
    assert {r.operation for r in receipts} >= {"memory.store"} or len({r.operation for r in receipts}) == 2
    proof = h(h.client.receipts.get_proof(receipts[0].receipt_id))
    assert proof.verified and proof.merkle_root.startswith("0x")
    stores = h(h.client.receipts.get_by_operation(receipts[-1].operation))
    assert stores and all(r.operation == receipts[-1].operation for r in stores)
    total = h(h.client.receipts.get_total_spending())
    assert total == pytest.approx(3 * 0.002 + 0.011)
    analytics = h(h.client.receipts.get_analytics())
    assert sum(o.count for o in analytics.operations) == 4
    # a calendar date and an RFC 3339 date-time, as the TypeScript SDK sends them (its getAnalytics passes the
    # strings through; its own example sends a date-time as endDate)
    today, now = (
        dt.datetime.now(dt.UTC).date().isoformat(),
        dt.datetime.now(dt.UTC).isoformat().replace("+00:00", "Z"),
    )
    ranged = h(h.client.receipts.get_analytics(start_date="2020-01-01", end_date=now))
    assert sum(o.count for o in ranged.operations) == 4
    assert (
        sum(o.count for o in h(h.client.receipts.get_analytics(start_date=today, end_date=today)).operations)
        == 4
    )
    for bad in ("2024-13-45", "yesterday", "2024-01-01T25:00:00Z"):
        with pytest.raises(ValidationError, match="endDate"):
            h(h.client.receipts.get_analytics(end_date=bad))
    # date and datetime objects, as memory.store(expires_at=) and graph.load(valid_at=) take them
    dated = h(
        h.client.receipts.get_analytics(start_date=dt.date(2020, 1, 1), end_date=dt.datetime.now(dt.UTC))
    )
    assert sum(o.count for o in dated.operations) == 4
    with pytest.raises(ValidationError, match=r"end_date .* is before start_date") as reversed_range:
        h(h.client.receipts.get_analytics(start_date="2026-12-31", end_date="2026-12-01"))
    assert reversed_range.value.field == "end_date"
    same_day = dt.datetime.now(dt.UTC).date()
    h(
        h.client.receipts.get_analytics(start_date=f"{same_day}T10:00:00Z", end_date=same_day)
    )  # to the day's end
    with pytest.raises(ValidationError, match="to_date"):
        h(h.client.receipts.list_anchors(from_date=dt.datetime(2026, 1, 2), to_date=dt.datetime(2026, 1, 1)))
    anchors = h(h.client.receipts.list_anchors())
    assert anchors.total >= 1 and sum(a.receipt_count for a in anchors.anchors) >= 4
    with pytest.raises(ValidationError):
        h(h.client.receipts.list(limit=0))
