"""The SDK's clients skip cookie extraction for answers without cookies, and still keep the ones that are set."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from xache_ext.pipeline.aiohttp_transport import AiohttpTransport
from xache_ext.pipeline.cookies import SetCookieJar
from xache_ext.pipeline.transport import new_async_client, new_sync_client

from .conftest import WireServer, response_bytes


def test_set_cookies_are_kept_and_sent_back(transport: str, wire_server: WireServer) -> None:
    wire_server.answers = [response_bytes(headers={"Set-Cookie": "session=abc; Path=/"}), response_bytes()]
    made = AiohttpTransport() if transport == "aiohttp" else httpx.AsyncHTTPTransport()

    async def main() -> None:
        async with new_async_client({"transport": made, "base_url": wire_server.url}) as http:
            assert isinstance(http.cookies, SetCookieJar)
            await http.get("/v1/first")
            assert http.cookies.get("session") == "abc"
            await http.get("/v1/second")

    asyncio.run(main())
    assert wire_server.received[0].header("Cookie") is None
    assert wire_server.received[1].header("Cookie") == "session=abc"


def test_the_blocking_client_keeps_cookies_too(wire_server: WireServer) -> None:
    wire_server.answers = [response_bytes(headers={"Set-Cookie": "k=v"}), response_bytes()]
    with new_sync_client({"base_url": wire_server.url, "cookies": {"given": "1"}}) as http:
        assert isinstance(http.cookies, SetCookieJar) and http.cookies.get("given") == "1"
        http.get("/v1/a")
        http.get("/v1/b")
        assert http.cookies.get("k") == "v"
    assert wire_server.received[1].header("Cookie") in ("given=1; k=v", "k=v; given=1")


def test_answers_without_cookies_skip_the_cookie_jar(
    monkeypatch: pytest.MonkeyPatch, wire_server: WireServer
) -> None:
    calls: list[httpx.Response] = []
    original = httpx.Cookies.extract_cookies

    def spy(self: httpx.Cookies, response: httpx.Response) -> None:
        calls.append(response)
        original(self, response)

    monkeypatch.setattr(httpx.Cookies, "extract_cookies", spy)
    wire_server.answers = [response_bytes(), response_bytes(headers={"Set-Cookie": "k=v"})]
    with new_sync_client({"base_url": wire_server.url}) as http:
        http.get("/v1/none")
        assert calls == []
        http.get("/v1/some")
        assert len(calls) == 1 and http.cookies.get("k") == "v"
