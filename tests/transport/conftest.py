"""Fixtures that run the transport tests over both async transports: ours (aiohttp) and httpx's own pool.

:class:`WireServer` is a loopback HTTP/1.1 server that records every request exactly as it arrived (request
line, header lines, body bytes) and answers from a script, so tests can compare what each transport put on
the wire with what was signed.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager, suppress
from typing import Any

import attrs
import httpx
import pytest

from xache_ext import XacheClient
from xache_ext.pipeline.aiohttp_transport import AiohttpTransport
from xache_ext.sandbox import Sandbox

TRANSPORTS = ("aiohttp", "httpx")
BUDGET = {
    "limitCents": 100,
    "spentCents": 0,
    "remainingCents": 100,
    "percentageUsed": 0,
    "currentPeriod": "p",
    "updated": True,  # so the same answer also fits PUT /v1/budget
}


def response_bytes(
    status: int = 200, document: Any = None, headers: dict[str, str] | None = None, body: bytes | None = None
) -> bytes:
    """One raw HTTP/1.1 response (JSON ``document`` by default: the budget envelope)."""
    if body is None:
        body = json.dumps(
            document
            if document is not None
            else {"success": True, "data": BUDGET, "meta": {"requestId": "r"}}
        ).encode()
    lines = [f"HTTP/1.1 {status} {'OK' if status < 400 else 'Error'}", "Content-Type: application/json"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


@attrs.frozen
class Answer:
    """A scripted answer: raw bytes, then optionally hang up."""

    data: bytes
    close: bool = False


@attrs.define
class Received:
    """One request as it arrived."""

    request_line: bytes
    header_lines: list[bytes]
    body: bytes

    @property
    def method(self) -> str:
        return self.request_line.split(b" ")[0].decode()

    @property
    def target(self) -> str:
        return self.request_line.split(b" ")[1].decode("ascii")

    def header(self, name: str) -> str | None:
        for line in self.header_lines:
            key, _, value = line.partition(b":")
            if key.strip().lower() == name.lower().encode():
                return value.strip().decode()
        return None

    @property
    def header_names(self) -> list[str]:
        return [line.partition(b":")[0].decode() for line in self.header_lines]


class WireServer:
    """A threaded keep-alive HTTP/1.1 server on loopback; ``answers`` are sent in turn (the last one repeats)."""

    def __init__(self) -> None:
        self.answers: list[bytes | Answer] = [response_bytes()]
        self.received: list[Received] = []
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._listener.settimeout(0.1)
        self._stop = threading.Event()
        self._conns: list[socket.socket] = []
        self._threads = [threading.Thread(target=self._accept, daemon=True)]
        self._threads[0].start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._conns.append(conn)
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(0.1)
        buffer = b""
        while not self._stop.is_set():
            end = buffer.find(b"\r\n\r\n")
            if end >= 0:
                lines = buffer[:end].split(b"\r\n")
                request_line, header_lines = lines[0], lines[1:]
                length = 0
                for line in header_lines:
                    key, _, value = line.partition(b":")
                    if key.strip().lower() == b"content-length":
                        length = int(value)
                if len(buffer) >= end + 4 + length:
                    body = buffer[end + 4 : end + 4 + length]
                    buffer = buffer[end + 4 + length :]
                    self.received.append(Received(request_line, header_lines, body))
                    answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
                    if isinstance(answer, bytes):
                        answer = Answer(answer)
                    conn.sendall(answer.data)
                    if answer.close:
                        conn.close()
                        return
                    continue
            try:
                chunk = conn.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return
            if not chunk:
                return
            buffer += chunk

    def close(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join()
        for conn in self._conns:
            conn.close()
        self._listener.close()


@pytest.fixture
def wire_server() -> Iterator[WireServer]:
    server = WireServer()
    yield server
    server.close()


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A loopback server that accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    listener.settimeout(0.1)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            with suppress(TimeoutError):
                accepted.append(listener.accept()[0])

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join()
    for conn in accepted:
        conn.close()
    listener.close()


@pytest.fixture
def refused_url() -> str:
    """A loopback URL nothing listens on (the port was just free)."""
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def xache_sandbox(xache_sandbox_session: Sandbox) -> Sandbox:
    """One sandbox for all transport tests: each test works as fresh identities."""
    return xache_sandbox_session


@pytest.fixture(params=TRANSPORTS)
def transport(request: pytest.FixtureRequest) -> str:
    return str(request.param)


OpenClient = Callable[..., AbstractAsyncContextManager[XacheClient]]


@pytest.fixture
def open_client(transport: str) -> OpenClient:
    """``open_client(api_url, did=None, private_key=None, timeout=None, max_retries=None)``: an
    ``XacheClient`` over the ``transport`` under test.

    aiohttp: the client the SDK builds by default (its transport is checked). httpx: an injected
    a plain ``httpx.AsyncClient`` over ``httpx.AsyncHTTPTransport``.
    """

    @asynccontextmanager
    async def make(
        api_url: str,
        did: str | None = None,
        private_key: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[XacheClient]:
        options: dict[str, Any] = {}
        if timeout is not None:
            options["timeout"] = timeout
        if max_retries is not None:
            options["max_retries"] = max_retries
        if transport == "aiohttp":
            async with XacheClient(api_url, did, private_key, **options) as client:
                assert isinstance(client._executor.http._transport, AiohttpTransport)
                yield client
            return
        http_options: dict[str, Any] = {"transport": httpx.AsyncHTTPTransport()}
        if timeout is not None:
            http_options["timeout"] = timeout
        retries = {} if max_retries is None else {"max_retries": max_retries}
        async with (
            httpx.AsyncClient(**http_options) as http,
            XacheClient(api_url, did, private_key, http_client=http, **retries) as client,
        ):
            yield client

    return make
