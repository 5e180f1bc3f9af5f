"""receipts.*: answers read into the declared result types, and malformed success answers refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from xache_ext import APIResponseValidationError, XacheClientSync
from xache_ext.crypto.evm import private_key_to_address

KEY = "33" * 32
DID = f"did:agent:evm:{private_key_to_address(bytes.fromhex(KEY))}"
RECEIPT = {"receiptId": "r1", "agentDID": DID, "operation": "memory.store", "amountUSD": "0.002"}
PAGE = {"total": 1, "limit": 50, "offset": 0}


def answering(data: Any) -> XacheClientSync:
    """A blocking client whose every call gets a 200 envelope carrying ``data``."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"success": True, "data": data, "meta": {"requestId": "req_3"}})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    return XacheClientSync("http://xache.test", DID, KEY, http_client=http)


@pytest.mark.parametrize(
    ("call", "data", "where"),
    [
        (lambda c: c.receipts.list(), {}, "data.receipts"),
        (lambda c: c.receipts.list(), "receipts", "data"),
        (lambda c: c.receipts.list(), {"receipts": [RECEIPT], **PAGE}, "data.receipts[0].timestamp"),
        (lambda c: c.receipts.get_proof("r1"), {"receiptId": "r1", "merkleRoot": "0x00"}, "data.merkleProof"),
        (lambda c: c.receipts.get_analytics(), {"operations": [], "totalSpent": "0"}, "data.period"),
        (lambda c: c.receipts.list_anchors(), {"anchors": [{"hour": "h"}], "total": 1}, "data.anchors[0]"),
        # shapes the spec lets through but the result types cannot hold (checked by the converter)
        (
            lambda c: c.receipts.get_total_spending(),
            {"receipts": [{**RECEIPT, "timestamp": "around noon"}], **PAGE},
            "data.receipts[0].timestamp",
        ),
        (
            lambda c: c.receipts.list_anchors(),
            {
                "anchors": [
                    {
                        "hour": "2026-01-01T10:00:00Z",
                        "merkleRoot": "0x00",
                        "receiptCount": 1,
                        "dualAnchored": False,
                        "base": {"txHash": "0x01", "status": "confirmed", "gasUsed": "a lot"},
                    }
                ],
                "total": 1,
            },
            "data.anchors[0].base.gasUsed",
        ),
    ],
)
def test_a_malformed_success_raises(call: Callable[[XacheClientSync], Any], data: Any, where: str) -> None:
    with answering(data) as client, pytest.raises(APIResponseValidationError) as caught:
        call(client)
    assert caught.value.status_code == 200 and caught.value.request_id == "req_3"
    assert where in str(caught.value)


def test_nested_periods_and_wire_names() -> None:
    analytics = {
        "operations": [{"operation": "memory.store", "count": 2, "totalCost": "0.004"}],
        "totalSpent": "0.004",
        "period": {"start": "2026-01-01", "end": "2026-01-31"},
    }
    with answering(analytics) as client:
        usage = client.receipts.get_analytics()
    assert (usage.period_start, usage.period_end, usage.total_spent) == ("2026-01-01", "2026-01-31", "0.004")
    assert usage.operations[0].count == 2 and usage["totalSpent"] == "0.004"
    with answering({"anchors": [], "total": 0, "period": {"from": "a", "to": "b"}}) as client:
        anchors = client.receipts.list_anchors()
    assert (anchors.period_from, anchors.period_to, anchors.anchors) == ("a", "b", [])
    with answering(
        {"receipts": [{**RECEIPT, "timestamp": "2026-01-01T00:00:00Z", "extra": 1}], **PAGE}
    ) as client:
        (receipt,) = client.receipts.list().items
    assert (receipt.receipt_id, receipt.agent_did, receipt.amount_usd, receipt["amountUSD"]) == (
        "r1",
        DID,
        "0.002",
        "0.002",
    )
    assert receipt.timestamp is not None and receipt.timestamp.year == 2026 and receipt.get("extra") == 1
