"""The sandbox over real loopback HTTP: auth, payments, budget, idempotency, receipts, persistence, layouts."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Iterator

import httpx
import pytest
from helpers import call, paid_call, payment_header, ts_memory
from nacl.secret import SecretBox

from xache_ext.crypto import merkle
from xache_ext.sandbox import Sandbox, run_sandbox
from xache_ext.sandbox.payments import ASSET, TREASURY


@pytest.fixture
def client(xache_sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=xache_sandbox.url, timeout=10) as c:
        yield c


def _envelope_ok(r: httpx.Response) -> dict:
    doc = r.json()
    assert r.headers["X-Request-ID"] == doc["meta"]["requestId"]
    assert set(doc["meta"]) == {"requestId", "timestamp", "duration"}
    return doc


def test_signed_request_evm_and_solana(xache_sandbox: Sandbox, client: httpx.Client) -> None:
    for ident in (xache_sandbox.test_identity, xache_sandbox.new_identity("sol")):
        r = call(client, ident, "GET", "/v1/budget")
        assert r.status_code == 200, r.text
        assert _envelope_ok(r)["data"]["limitCents"] == 10_000
        r = call(client, ident, "GET", f"/v1/identity/{ident.did}")
        assert r.status_code == 200 and r.json()["data"]["did"] == ident.did


def test_auth_failures(xache_sandbox: Sandbox, client: httpx.Client) -> None:
    me = xache_sandbox.test_identity
    other = xache_sandbox.new_identity()
    # tampered body
    body = json.dumps({"limitCents": 5}).encode()
    from helpers import signed_headers

    hdrs = signed_headers(me, "PUT", "/v1/budget", body)
    r = client.put("/v1/budget", content=b'{"limitCents":6}', headers=hdrs)
    assert r.status_code == 401 and r.json()["error"]["code"] == "UNAUTHENTICATED"
    # timestamp 10 minutes old
    r = call(client, me, "GET", "/v1/budget", ts_ms=int(time.time() * 1000) - 600_000)
    assert r.status_code == 401 and "window" in r.json()["error"]["message"]
    # foreign DID: signed by another key
    hdrs = signed_headers(other, "GET", "/v1/budget")
    hdrs["X-Agent-DID"] = me.did
    r = client.get("/v1/budget", headers=hdrs)
    assert r.status_code == 401
    # missing headers, malformed DID
    assert client.get("/v1/budget").status_code == 401
    hdrs = signed_headers(me, "GET", "/v1/budget")
    hdrs["X-Agent-DID"] = "did:agent:evm:nothex"
    assert client.get("/v1/budget", headers=hdrs).status_code == 401
    # query string is part of the signature
    hdrs = signed_headers(me, "GET", "/v1/receipts?limit=5&offset=0")
    assert client.get("/v1/receipts?limit=6&offset=0", headers=hdrs).status_code == 401


def test_official_python_sdk_style_request(xache_sandbox: Sandbox, client: httpx.Client) -> None:
    """Py SDK: json.dumps default separators, raw unencoded query values, Content-Type on GET."""
    me = xache_sandbox.test_identity
    target = "/v1/anchors?from=2024-01-01T00:00:00Z&to=2030-01-01T00:00:00Z&limit=100"
    r = call(client, me, "GET", target)
    assert r.status_code == 200, r.text
    box = SecretBox(b"p" * 32)
    enc = base64.b64encode(bytes(box.encrypt(b'{"a": 1}'))).decode()
    payload = {"encryptedData": enc, "storageTier": "warm", "metadata": None, "context": "py"}
    body = json.dumps(payload).encode()  # ", " and ": " separators
    first = call(client, me, "POST", "/v1/memory/store", raw=body)
    assert first.status_code == 402
    amount = first.json()["accepts"][0]["maxAmountRequired"]
    r = call(
        client,
        me,
        "POST",
        "/v1/memory/store",
        raw=body,
        headers={
            "PAYMENT-SIGNATURE": payment_header(me, amount),
            "Idempotency-Key": first.headers["X-Challenge-ID"],
        },
    )
    assert r.status_code == 200, r.text
    key = r.json()["data"]["memoryId"]
    assert key.startswith("mem_")
    # retrieve in Python layout, decrypt both layouts
    got = paid_call(client, me, "POST", "/v1/memory/retrieve", {"memoryId": key}).json()["data"]
    assert got["encryptedData"] == enc
    assert box.decrypt(base64.b64decode(got["encryptedData"])) == b'{"a": 1}'
    nonce = base64.urlsafe_b64decode(got["encryptionNonce"] + "==")
    payload_ct = base64.urlsafe_b64decode(got["encryptedPayload"] + "==")
    assert box.decrypt(payload_ct, nonce) == b'{"a": 1}'


def test_ts_layout_retrievable_in_py_layout(xache_sandbox: Sandbox, client: httpx.Client) -> None:
    me = xache_sandbox.test_identity
    item = ts_memory(data=b'{"x":2}')
    assert paid_call(client, me, "POST", "/v1/memory/store", item).status_code == 200
    got = paid_call(client, me, "POST", "/v1/memory/retrieve/batch", {"memoryIds": [item["storageKey"]]})
    res = got.json()["data"]["results"][0]
    assert SecretBox(b"k" * 32).decrypt(base64.b64decode(res["encryptedData"])) == b'{"x":2}'
    # bad checksum is refused
    bad = ts_memory(checksum="0" * 64)
    r = paid_call(client, me, "POST", "/v1/memory/store", bad)
    assert r.status_code == 400 and r.json()["error"]["details"]["field"] == "checksum"


def test_402_shape(xache_sandbox: Sandbox, client: httpx.Client) -> None:
    r = call(client, xache_sandbox.test_identity, "POST", "/v1/memory/store", ts_memory())
    assert r.status_code == 402
    assert r.json() == {
        "x402Version": 1,
        "error": "Payment required",
        "accepts": [
            {
                "scheme": "exact",
                "network": "base-sepolia",
                "maxAmountRequired": "2000",
                "asset": ASSET,
                "payTo": TREASURY,
                "resource": f"{xache_sandbox.url}/v1/memory/store",
                "description": "Xache Protocol payment: 0.002 USD",
                "mimeType": "application/json",
                "maxTimeoutSeconds": 60,
                "extra": {"name": "USDC", "version": "2"},
            }
        ],
    }
    assert r.headers["X-Challenge-ID"].startswith("chal_") and r.headers["X-Request-ID"]
    v2 = json.loads(base64.b64decode(r.headers["PAYMENT-REQUIRED"]))
    assert v2["x402Version"] == 2 and v2["accepts"][0]["amount"] == "2000"
    batch = call(
        client, xache_sandbox.test_identity, "POST", "/v1/memory/retrieve/batch", {"storageKeys": ["a", "b"]}
    )
    assert batch.json()["accepts"][0]["maxAmountRequired"] == "3200"


@pytest.mark.parametrize("form", ["ts", "v2", "v1"])
def test_payment_forms_accepted(xache_sandbox: Sandbox, client: httpx.Client, form: str) -> None:
    r = paid_call(client, xache_sandbox.test_identity, "POST", "/v1/memory/store", ts_memory(), form=form)
    assert r.status_code == 200 and r.json()["data"]["receiptId"].startswith("rcpt_")


def test_payment_refusals(xache_sandbox: Sandbox, client: httpx.Client) -> None:
    me = xache_sandbox.test_identity
    other = xache_sandbox.new_identity()

    def pay(header: str) -> httpx.Response:
        return call(
            client, me, "POST", "/v1/memory/store", ts_memory(), headers={"PAYMENT-SIGNATURE": header}
        )

    cases = [
        (payment_header(me, 2000, signer_key=other.private_key), "signature invalid"),
        (payment_header(me, 1999), "underpaid"),
        (payment_header(me, 2000, to=other.address), "recipient"),
        (payment_header(me, 2000, valid_before=int(time.time()) - 1), "expired"),
        (base64.b64encode(b"not json").decode(), "base64"),
    ]
    for header, why in cases:
        r = pay(header)
        assert r.status_code == 402 and why in r.json()["error"], (why, r.text)
        assert r.json()["accepts"][0]["payTo"] == TREASURY
    nonce = "0x" + "ab" * 32
    assert pay(payment_header(me, 2000, nonce=nonce)).status_code == 200
    r = pay(payment_header(me, 2000, nonce=nonce))
    assert r.status_code == 402 and "nonce already used" in r.json()["error"]
    # a Solana agent cannot pay with someone else's EVM wallet
    sol = xache_sandbox.new_identity("sol")
    r = call(
        client,
        sol,
        "POST",
        "/v1/memory/store",
        ts_memory(),
        headers={"PAYMENT-SIGNATURE": payment_header(me, 2000)},
    )
    assert r.status_code == 402


def test_idempotency(xache_sandbox: Sandbox, client: httpx.Client) -> None:
    me = xache_sandbox.test_identity
    item = ts_memory()
    first = paid_call(client, me, "POST", "/v1/memory/store", item)
    assert first.status_code == 200
    key = "idem-1"
    hdrs = {"Idempotency-Key": key, "PAYMENT-SIGNATURE": payment_header(me, 2000)}
    item2 = ts_memory()
    a = call(client, me, "POST", "/v1/memory/store", item2, headers=hdrs)
    assert a.status_code == 200
    budget = call(client, me, "GET", "/v1/budget").json()["data"]
    receipts = call(client, me, "GET", "/v1/receipts").json()["data"]["total"]
    b = call(
        client,
        me,
        "POST",
        "/v1/memory/store",
        item2,
        headers={**hdrs, "PAYMENT-SIGNATURE": payment_header(me, 2000)},
    )
    assert b.status_code == 200 and b.headers["Idempotent-Replayed"] == "true"
    assert b.json()["data"] == a.json()["data"]
    assert call(client, me, "GET", "/v1/budget").json()["data"] == budget
    assert call(client, me, "GET", "/v1/receipts").json()["data"]["total"] == receipts == 2
    c = call(client, me, "POST", "/v1/memory/store", ts_memory(), headers=hdrs)
    assert c.status_code == 409 and c.json()["error"]["code"] == "CONFLICT"


def test_budget_exceeded(xache_sandbox: Sandbox, client: httpx.Client) -> None:
    me = xache_sandbox.test_identity
    assert call(client, me, "PUT", "/v1/budget", {"limitCents": 1}).json()["data"]["updated"] is True
    for _ in range(5):  # 5 x 0.002 USD = 1 cent
        assert paid_call(client, me, "POST", "/v1/memory/store", ts_memory()).status_code == 200
    header = payment_header(me, 2000)
    r = call(client, me, "POST", "/v1/memory/store", ts_memory(), headers={"PAYMENT-SIGNATURE": header})
    assert r.status_code == 400 and r.json()["error"]["code"] == "BUDGET_EXCEEDED"
    status = call(client, me, "GET", "/v1/budget").json()["data"]
    assert status["spentCents"] == 1 and status["remainingCents"] == 0
    assert call(client, me, "PUT", "/v1/budget", {"limitCents": 100}).status_code == 200
    r = call(client, me, "POST", "/v1/memory/store", ts_memory(), headers={"PAYMENT-SIGNATURE": header})
    assert r.status_code == 200  # the refused payment was not consumed


def test_receipt_proof_and_analytics(xache_sandbox: Sandbox, client: httpx.Client) -> None:
    me = xache_sandbox.test_identity
    ids = [
        paid_call(client, me, "POST", "/v1/memory/store", ts_memory()).json()["data"]["receiptId"]
        for _ in range(5)
    ]
    for rid in ids:
        proof = call(client, me, "GET", f"/v1/receipts/{rid}/proof").json()["data"]
        assert merkle.verify_proof(
            merkle.leaf_hash(rid),
            [merkle.from_hex(h) for h in proof["merkleProof"]],
            merkle.from_hex(proof["merkleRoot"]),
        )
    other = xache_sandbox.new_identity()
    assert call(client, other, "GET", f"/v1/receipts/{ids[0]}/proof").status_code == 404
    usage = call(client, me, "GET", "/v1/analytics/usage").json()["data"]
    assert usage["operations"] == [{"operation": "memory.store", "count": 5, "totalCost": "0.01"}]
    anchors = call(client, me, "GET", "/v1/anchors").json()["data"]
    assert anchors["anchors"][0]["receiptCount"] == 5 and anchors["anchors"][0]["dualAnchored"] is False
    page = call(client, me, "GET", "/v1/receipts?limit=2&offset=1").json()["data"]
    assert page["total"] == 5 and len(page["receipts"]) == 2 and page["receipts"][0]["amountUSD"] == "0.002"


def test_memory_lifecycle_and_probe(xache_sandbox: Sandbox, client: httpx.Client) -> None:
    me = xache_sandbox.test_identity
    fp = {
        "topicHashes": ["a" * 64, "b" * 64],
        "category": "fact",
        "embedding64": [1.0] + [0.0] * 63,
        "temporalWeight": 1,
        "version": 1,
    }
    item = ts_memory(fingerprint=fp, context="ctx")
    key = item["storageKey"]
    assert paid_call(client, me, "POST", "/v1/memory/store", item).status_code == 200
    probe = {"topicHashes": ["b" * 64], "embedding64": [1.0] + [0.0] * 63, "version": 1, "limit": 10}
    assert call(client, me, "POST", "/v1/memory/probe", probe).json()["data"] == {
        "matches": [{"storageKey": key, "category": "fact"}],
        "total": 1,
    }
    assert call(client, me, "GET", "/v1/memory?context=ctx&tier=hot").json()["data"]["total"] == 1
    assert call(client, me, "DELETE", f"/v1/memory/{key}").json()["data"]["deleted"] is True
    assert call(client, me, "GET", "/v1/memory").json()["data"]["total"] == 0
    assert call(client, me, "GET", "/v1/memory/deleted").json()["data"]["memories"][0]["storageKey"] == key
    assert call(client, me, "POST", f"/v1/memory/{key}/restore").json()["data"]["restored"] is True
    assert call(client, me, "DELETE", f"/v1/memory/{key}/purge").json()["data"]["purged"] is True
    r = call(client, me, "POST", f"/v1/memory/{key}/restore")
    assert r.status_code == 404 and r.json()["error"]["code"] == "NOT_FOUND"


def test_collective(xache_sandbox: Sandbox, client: httpx.Client) -> None:
    me = xache_sandbox.test_identity
    h = {
        "pattern": "retry flaky network calls with exponential backoff",
        "patternHash": "ab12",
        "domain": "networking",
        "tags": ["retry"],
        "metrics": {"successRate": 0.9, "sampleSize": 10, "confidence": 0.8},
        "encryptedContentRef": "ref",
    }
    assert paid_call(client, me, "POST", "/v1/collective/contribute", h).status_code == 200
    q = paid_call(
        client, me, "POST", "/v1/collective/query", {"queryText": "how to retry network calls", "limit": 5}
    )
    matches = q.json()["data"]["matches"]
    assert matches and matches[0]["pattern"] == h["pattern"]
    listed = call(client, None, "GET", "/v1/collective/heuristics?domain=networking").json()["data"]
    assert listed["total"] == 1


def test_transport_errors_keep_serving(xache_sandbox: Sandbox, client: httpx.Client) -> None:
    me = xache_sandbox.test_identity
    r = call(client, None, "POST", "/v1/identity/register", raw=b"{not json")
    assert r.status_code == 400 and r.json()["error"]["code"] == "INVALID_INPUT"
    r = call(client, me, "GET", "/v2/nothing")
    assert r.status_code == 404 and _envelope_ok(r)["error"]["code"] == "NOT_FOUND"
    r = client.delete("/v1/workspaces/%0A/agents/x")  # a control character no route pattern matches
    assert r.status_code == 404 and _envelope_ok(r)["error"]["code"] == "NOT_FOUND"
    r = call(client, me, "PATCH", "/v1/budget")
    assert r.status_code == 405 and _envelope_ok(r)["success"] is False
    r = client.post("/v1/identity/register", content=b"x" * (1024 * 1024 + 1))
    assert r.status_code == 413 and _envelope_ok(r)["success"] is False
    r = call(client, me, "PUT", "/v1/budget", {"limitCents": "lots"})
    assert r.status_code == 400 and r.json()["error"]["details"]["field"] == "limitCents"
    assert call(client, me, "GET", "/v1/budget").status_code == 200


def test_register_identity_unsigned(client: httpx.Client) -> None:
    addr = "0x" + "12" * 20
    r = call(
        client,
        None,
        "POST",
        "/v1/identity/register",
        {"walletAddress": addr, "keyType": "evm", "chain": "base"},
    )
    assert r.status_code == 200 and r.json()["data"]["did"] == f"did:agent:evm:{addr}"
    r = call(
        client,
        None,
        "POST",
        "/v1/identity/register",
        {"walletAddress": addr, "keyType": "evm", "chain": "base"},
    )
    assert r.status_code == 409


def test_persistence_with_db_file(tmp_path: pytest.TempPathFactory) -> None:
    db = str(tmp_path / "sandbox.db")  # type: ignore[operator]
    with run_sandbox(db=db) as sb, httpx.Client(base_url=sb.url) as c:
        item = ts_memory()
        assert paid_call(c, sb.test_identity, "POST", "/v1/memory/store", item).status_code == 200
        ident = sb.test_identity
    with run_sandbox(db=db) as sb2, httpx.Client(base_url=sb2.url) as c:
        assert sb2.test_identity == ident
        assert (
            call(c, ident, "GET", "/v1/memory").json()["data"]["memories"][0]["storageKey"]
            == item["storageKey"]
        )
        assert call(c, ident, "GET", "/v1/receipts").json()["data"]["total"] == 1
