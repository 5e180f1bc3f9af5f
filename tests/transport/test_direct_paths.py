"""The pipeline's shortcuts past httpx's general machinery give exactly what httpx gives.

``build_request`` must build the request ``http.build_request`` builds (URL, headers in order, body bytes,
timeout), or hand the call to it; ``async_sender`` must send as ``AsyncClient.send`` does (closed check,
timeout, cookies, read body, log line), or be ``http.send`` itself where the client needs httpx's machinery.
"""

from __future__ import annotations

import asyncio
import functools
import gzip
import json
import logging
from collections.abc import Mapping
from typing import Any

import httpx
import pytest

from xache_ext.pipeline.aiohttp_transport import AiohttpTransport
from xache_ext.pipeline.transport import async_sender, build_request, new_async_client, new_sync_client

from .conftest import WireServer, response_bytes

BASE = httpx.URL("https://api.example.test/base/")
PATH = BASE.copy_with(raw_path=b"/base/v1/memory/mem%20x/a:b")
ARGS: list[dict[str, Any]] = [
    {"method": "get", "url": PATH},
    {"method": "GET", "url": PATH, "params": {"limit": 5, "q": "å b&c", "tags": ["x y", "z"]}},
    {"method": "post", "url": PATH, "json": {"text": "héllo ✓", "n": [1, 2.5, None], "ok": True}},
    {"method": "post", "url": PATH, "json": {"a": 1}, "headers": {"Content-Type": "application/json"}},
    {"method": "put", "url": PATH, "json": [], "headers": {"content-type": "application/json; v=1"}},
    {"method": "patch", "url": PATH, "content": b'{"raw":1}', "headers": {"Content-Type": "text/plain"}},
    {"method": "post", "url": PATH, "content": "text ✓"},
    {"method": "post", "url": PATH},
    {"method": "post", "url": PATH, "content": b""},
    {"method": "delete", "url": PATH, "headers": {"Idempotency-Key": "k", "X-Other": "v"}},
    {"method": "post", "url": PATH, "json": {}, "headers": {"Content-Length": "2"}},
    # Handed to httpx: a header the client sets too, a relative URL, form data.
    {"method": "get", "url": PATH, "headers": {"User-Agent": "mine"}},
    {"method": "get", "url": "/v1/relative"},
    {"method": "post", "url": PATH, "data": {"form": "1"}},
]
CLIENT_OPTIONS: list[dict[str, Any]] = [
    {},
    {"headers": {"X-Client": "c", "Accept": "application/json"}, "timeout": httpx.Timeout(3.0, read=9.0)},
    {"params": {"client": "param"}},
    {"cookies": {"session": "s"}},
    {"headers": {"Host": "other.test"}},
]


def _built(request: httpx.Request) -> tuple[Any, ...]:
    return (
        request.method,
        str(request.url),
        request.url.raw_path,
        request.headers.raw,
        request.read(),
        dict(request.extensions),
    )


@pytest.mark.parametrize("options", CLIENT_OPTIONS, ids=lambda o: ",".join(o) or "defaults")
@pytest.mark.parametrize(
    "args", ARGS, ids=lambda a: f"{a['method']}-{'-'.join(sorted(set(a) - {'method', 'url'}))}"
)
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_build_request_builds_what_httpx_builds(
    kind: str, args: Mapping[str, Any], options: dict[str, Any]
) -> None:
    http: httpx.Client | httpx.AsyncClient = (
        new_sync_client({"base_url": BASE, **options})
        if kind == "sync"
        else new_async_client({"base_url": BASE, **options})
    )
    assert _built(build_request(http, args)) == _built(http.build_request(**args))


def test_the_sdk_request_is_built_directly() -> None:
    """The shortcut is taken for the SDK's own requests (else this file would compare httpx with itself)."""
    http = new_sync_client({"base_url": BASE})
    calls: list[Any] = []
    original = http.build_request

    def spy(*args: Any, **kwargs: Any) -> httpx.Request:
        calls.append(kwargs)
        return original(*args, **kwargs)

    http.build_request = spy  # type: ignore[method-assign]
    build_request(http, {"method": "post", "url": PATH, "json": {"a": 1}})
    assert calls == []
    build_request(http, {"method": "get", "url": PATH, "headers": {"User-Agent": "mine"}})
    assert len(calls) == 1


# -- async_sender ---------------------------------------------------------------------------------------


async def _hook(_: object) -> None:
    return None


@pytest.mark.parametrize(
    "options",
    [
        {"transport": httpx.AsyncHTTPTransport()},
        {"auth": ("user", "pass")},
        {"event_hooks": {"request": [_hook]}},
        {"event_hooks": {"response": [_hook]}},
        {"mounts": {"https://other.test": httpx.AsyncHTTPTransport()}},
    ],
    ids=["httpx-transport", "auth", "request-hook", "response-hook", "mounts"],
)
def test_clients_that_need_httpx_machinery_send_through_it(options: dict[str, Any]) -> None:
    http = new_async_client(options)
    sender = async_sender(http)
    assert isinstance(sender, functools.partial) and sender.func == http.send
    assert sender.keywords == {"follow_redirects": False}  # a signed request's headers stay on their origin


def test_a_client_that_follows_redirects_still_sends_directly() -> None:
    http = new_async_client({"follow_redirects": True})
    assert not isinstance(async_sender(http), functools.partial)  # the direct path never follows one


def test_the_sdk_client_sends_directly() -> None:
    http = new_async_client({})
    assert isinstance(http._transport, AiohttpTransport)
    assert async_sender(http) != http.send


def test_direct_send_behaves_like_httpx_send(
    wire_server: WireServer, caplog: pytest.LogCaptureFixture
) -> None:
    document = {"success": True, "data": {"big": "é" * 3000}}
    wire_server.answers = [
        response_bytes(headers={"Set-Cookie": "sid=abc; Path=/", "X-Request-ID": "req_1"}),
        response_bytes(
            body=gzip.compress(json.dumps(document).encode()), headers={"Content-Encoding": "gzip"}
        ),
    ]

    async def main() -> None:
        http = new_async_client({"base_url": wire_server.url, "timeout": httpx.Timeout(4.0)})
        send = async_sender(http)
        with caplog.at_level(logging.INFO, logger="httpx"):
            plain = await send(httpx.Request("GET", wire_server.url + "/v1/a"))
        assert plain.status_code == 200 and plain.json()["data"]["limitCents"] == 100
        assert plain.is_closed and plain.elapsed.total_seconds() >= 0
        assert (
            plain.request.extensions["timeout"] == httpx.Timeout(4.0).as_dict()
        )  # the client's, as httpx sets it
        assert http.cookies.get("sid") == "abc"
        assert any(
            record.getMessage().startswith("HTTP Request: GET ")
            and '"HTTP/1.1 200 OK"' in record.getMessage()
            for record in caplog.records
        )
        encoded = await send(http.build_request("GET", "/v1/gz"))
        assert encoded.json() == document and encoded.is_closed
        assert wire_server.received[1].header("Cookie") == "sid=abc"
        await http.aclose()
        with pytest.raises(RuntimeError, match="client has been closed"):
            await send(httpx.Request("GET", wire_server.url + "/v1/a"))

    asyncio.run(main())
