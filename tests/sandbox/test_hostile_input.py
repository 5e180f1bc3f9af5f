"""Bad input never gets a 5xx: deep or non-strict JSON, non-ASCII X-Ts, short bodies, client disconnects."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import sys
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from helpers import call, signed_headers, signer_for
from hypothesis import given, settings
from hypothesis import strategies as st

from xache_ext.contract.schema import nested_deeper_than
from xache_ext.crypto.evm import keccak256
from xache_ext.crypto.signing import signature_message
from xache_ext.sandbox import Sandbox, create_app, run_sandbox
from xache_ext.sandbox.app import MAX_JSON_DEPTH
from xache_ext.sandbox.auth import AuthFailure, authenticate
from xache_ext.sandbox.server import new_identity


@pytest.fixture
def client(xache_sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=xache_sandbox.url, timeout=10) as c:
        yield c


@pytest.fixture
def sandbox_errors(caplog: pytest.LogCaptureFixture) -> Iterator[list[logging.LogRecord]]:
    """ERROR records the sandbox logs while the test runs (an unhandled exception is logged as one)."""
    with caplog.at_level(logging.INFO, logger="xache_ext.sandbox"):
        yield caplog.records
    caplog.clear()


def errors(records: list[logging.LogRecord]) -> list[str]:
    return [r.getMessage() for r in records if r.levelno >= logging.ERROR and r.name.startswith("xache_ext")]


def nested(depth: int, leaf: str = "1") -> str:
    return '{"a":' * depth + leaf + "}" * depth


def raw_exchange(url: str, request: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send raw bytes on a fresh connection; read until the server closes it (status, headers, body)."""
    host, port = url.removeprefix("http://").rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, v in (h.split(":", 1) for h in header_lines)}
    return int(status_line.split()[1]), headers, body


@pytest.fixture
def raised_recursion_limit() -> Iterator[None]:
    """The recursion limit as py_ecc leaves it (imported by eth-account, so by the official xache SDK): with
    it, json's C parser recurses until the server thread's stack overflows (SIGSEGV) instead of raising."""
    before = sys.getrecursionlimit()
    sys.setrecursionlimit(max(100_000, before))
    yield
    sys.setrecursionlimit(before)


def test_json_nested_deeper_than_the_limit_is_400(
    xache_sandbox: Sandbox,
    client: httpx.Client,
    sandbox_errors: list[logging.LogRecord],
    raised_recursion_limit: None,
) -> None:
    me = xache_sandbox.test_identity
    target = f"/v1/identity/{me.did}"
    # the body object is level 1, "metadata" level 2: MAX_JSON_DEPTH levels in all are accepted
    ok = '{"metadata":' + nested(MAX_JSON_DEPTH - 2, "{}") + "}"
    assert call(client, me, "PUT", target, raw=ok.encode()).status_code == 200
    for body in (
        '{"metadata":' + nested(MAX_JSON_DEPTH - 1, "{}") + "}",
        '{"metadata":' + nested(100_000) + "}",  # deeper than Python's own recursion limit
        "[" * 100_000 + "]" * 100_000,
    ):
        r = call(client, me, "PUT", target, raw=body.encode())
        assert r.status_code == 400, (len(body), r.text[:300])
        assert r.json()["error"]["code"] == "INVALID_INPUT"
        assert f"nested deeper than {MAX_JSON_DEPTH}" in r.json()["error"]["message"]
    r = client.post("/v1/identity/register", content=nested(100_000).encode())  # unsigned operations too
    assert r.status_code == 400 and r.json()["error"]["code"] == "INVALID_INPUT"
    assert errors(sandbox_errors) == []


@pytest.mark.parametrize(
    "metadata",
    ["NaN", "Infinity", "-Infinity", "1e999", '"\\ud800"', '{"\\udfff": 1}', "1" + "0" * 5000],
)
def test_non_strict_json_is_400(
    xache_sandbox: Sandbox, client: httpx.Client, sandbox_errors: list[logging.LogRecord], metadata: str
) -> None:
    me = xache_sandbox.test_identity
    body = ('{"name":"n","metadata":{"v":' + metadata + "}}").encode()
    r = call(client, me, "PUT", f"/v1/identity/{me.did}", raw=body)
    assert r.status_code == 400, r.text[:300]
    assert r.json()["error"]["code"] == "INVALID_INPUT"
    assert errors(sandbox_errors) == []


def _raw_signed_get(url: str, headers: dict[str, str], ts: bytes) -> bytes:
    lines = [
        b"GET /v1/budget HTTP/1.1",
        f"Host: {url.removeprefix('http://')}".encode(),
        b"Connection: close",
    ]
    lines += [f"{k}: {v}".encode() for k, v in headers.items() if k != "X-Ts"]
    lines.append(b"X-Ts: " + ts)
    return b"\r\n".join(lines) + b"\r\n\r\n"


def test_non_ascii_digits_in_x_ts_are_401_on_the_wire(
    xache_sandbox: Sandbox, sandbox_errors: list[logging.LogRecord]
) -> None:
    me = xache_sandbox.test_identity
    now = str(int(time.time() * 1000))
    arabic_indic = "".join(chr(0x0660 + int(d)) for d in now)
    headers = signed_headers(me, "GET", "/v1/budget")
    for ts in (
        arabic_indic.encode("utf-8"),
        "¹²³".encode("latin-1"),  # latin-1 superscripts: str.isdigit() says yes, int() says no
        now.encode() + b"\xb2",
    ):
        status, _, body = raw_exchange(xache_sandbox.url, _raw_signed_get(xache_sandbox.url, headers, ts))
        assert status == 401, (ts, body[:300])
        doc = json.loads(body)
        assert doc["error"]["code"] == "UNAUTHENTICATED" and "ASCII" in doc["error"]["message"]
    assert errors(sandbox_errors) == []


def test_a_well_signed_timestamp_in_arabic_indic_digits_is_refused(xache_sandbox: Sandbox) -> None:
    """``int()`` reads Arabic-Indic digits; a signature over such an X-Ts is refused all the same."""
    me = xache_sandbox.test_identity
    now = int(time.time() * 1000)
    ts = "".join(chr(0x0660 + int(d)) for d in str(now))
    assert int(ts) == now
    message = signature_message("GET", "/v1/budget", b"", ts, me.did)
    sig = signer_for(me).sign_digest(keccak256(message)).hex()  # type: ignore[union-attr]
    headers = {"x-agent-did": me.did, "x-sig": sig, "x-ts": ts}
    with pytest.raises(AuthFailure, match="ASCII"):
        authenticate(headers, "GET", "/v1/budget", b"", now)
    ascii_headers = signed_headers(me, "GET", "/v1/budget", ts_ms=now)
    assert authenticate({k.lower(): v for k, v in ascii_headers.items()}, "GET", "/v1/budget", b"", now)


def test_a_body_shorter_than_its_content_length_is_408(sandbox_errors: list[logging.LogRecord]) -> None:
    with run_sandbox(body_timeout=0.5) as sandbox:
        head = (
            "POST /v1/identity/register HTTP/1.1\r\n"
            f"Host: {sandbox.url.removeprefix('http://')}\r\n"
            "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n"
        ).encode()
        status, headers, body = raw_exchange(sandbox.url, head + b'{"walletAddress":')
        assert status == 408, body[:300]
        assert headers["connection"] == "close" and headers["content-type"] == "application/json"
        doc = json.loads(body)
        assert doc["success"] is False and doc["error"]["code"] == "REQUEST_TIMEOUT"
        assert doc["meta"]["requestId"] == headers["x-request-id"]
        assert "17 bytes received" in doc["error"]["message"]
        # the server is still fine afterwards
        assert httpx.get(f"{sandbox.url}/v1/collective/heuristics", timeout=10).status_code == 200
    assert errors(sandbox_errors) == []


def _asgi_call(app: Any, messages: list[dict[str, Any]], method: str = "POST") -> list[dict[str, Any]]:
    """Run one HTTP request through the ASGI app with the given receive() messages; returns what it sent."""
    scope = {
        "type": "http",
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": "/v1/identity/register",
        "raw_path": b"/v1/identity/register",
        "query_string": b"",
        "headers": [(b"host", b"sandbox.test"), (b"content-length", b"100")],
        "server": ("sandbox.test", 80),
        "client": ("127.0.0.1", 1),
    }
    pending = list(messages)
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        if pending:
            return pending.pop(0)
        await asyncio.Event().wait()  # like a client that never sends the rest
        raise AssertionError("unreachable")

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    return sent


def test_a_client_that_leaves_mid_body_is_not_a_server_error(sandbox_errors: list[logging.LogRecord]) -> None:
    app = create_app()
    sent = _asgi_call(
        app,
        [
            {"type": "http.request", "body": b'{"wallet', "more_body": True},
            {"type": "http.disconnect"},
        ],
    )
    assert sent[0]["status"] == 400
    assert errors(sandbox_errors) == []


def test_a_stalled_body_times_out_in_process_too(sandbox_errors: list[logging.LogRecord]) -> None:
    app = create_app(body_timeout=0.05)
    sent = _asgi_call(app, [{"type": "http.request", "body": b'{"wallet', "more_body": True}])
    assert sent[0]["status"] == 408
    assert json.loads(sent[1]["body"])["error"]["code"] == "REQUEST_TIMEOUT"
    assert errors(sandbox_errors) == []
    new_identity(app.state.store)  # the store is still usable


def _depth(doc: Any) -> int:
    if isinstance(doc, dict):
        return 1 + max((_depth(v) for v in doc.values()), default=0)
    if isinstance(doc, list):
        return 1 + max((_depth(v) for v in doc), default=0)
    return 0


_TRICKY_TEXT = st.text(alphabet='[]{}"\\ua\n', max_size=12)
_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | _TRICKY_TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TRICKY_TEXT, inner, max_size=3),
    max_leaves=12,
)


@settings(max_examples=300, derandomize=True, database=None, deadline=None)
@given(doc=_JSON_VALUES, wrap=st.integers(min_value=MAX_JSON_DEPTH - 8, max_value=MAX_JSON_DEPTH + 2))
def test_the_depth_precheck_agrees_with_the_parsed_depth(doc: Any, wrap: int) -> None:
    for _ in range(wrap):
        doc = {'"[{': doc} if wrap % 2 else [doc]
    for text in (json.dumps(doc), json.dumps(doc, ensure_ascii=False, separators=(",", ":"))):
        assert nested_deeper_than(text.encode(), MAX_JSON_DEPTH) == (_depth(doc) > MAX_JSON_DEPTH)
