"""Clients with httpx's default verification share one TLS context (building one costs about 25 ms)."""

from __future__ import annotations

import asyncio
import ssl

import certifi
import httpx
import pytest

from xache_ext import XacheClient, XacheClientSync
from xache_ext.pipeline.aiohttp_transport import AiohttpTransport
from xache_ext.pipeline.tls import default_ssl_context
from xache_ext.pipeline.transport import new_async_client, new_sync_client

from .test_both_transports import DID, KEY


def _context(client: httpx.Client | httpx.AsyncClient) -> ssl.SSLContext:
    transport = client._transport
    if isinstance(transport, AiohttpTransport):
        asyncio.run(transport._open())  # the context is made with the session, on the first request
        found = transport._ssl
        asyncio.run(transport.aclose())
        assert found is not None
        return found
    context: ssl.SSLContext = transport._pool._ssl_context  # type: ignore[attr-defined]
    return context


def test_sdk_clients_share_the_default_context() -> None:
    shared = default_ssl_context()
    assert shared.verify_mode == ssl.CERT_REQUIRED and shared.check_hostname  # what httpx's default verifies
    with XacheClientSync("https://api.example.test", DID, KEY) as blocking:
        assert _context(blocking._executor.http) is shared
    assert _context(XacheClient("https://api.example.test", DID, KEY)._executor.http) is shared
    assert _context(new_async_client({"proxy": "http://127.0.0.1:9"})) is shared  # httpx's own pool
    assert _context(new_sync_client({})) is shared


@pytest.mark.parametrize(
    "options",
    [{"verify": False}, {"verify": ssl.create_default_context(cafile=certifi.where())}],
    ids=["no-verify", "own-context"],
)
def test_own_verification_gets_its_own_context(options: dict[str, object]) -> None:
    shared = default_ssl_context()
    assert _context(new_sync_client(options)) is not shared
    assert _context(new_async_client(options)) is not shared


def test_environment_changes_make_a_new_context(monkeypatch: pytest.MonkeyPatch) -> None:
    first = default_ssl_context()
    assert default_ssl_context(trust_env=False) is not first
    monkeypatch.setenv("SSL_CERT_FILE", certifi.where())
    other = default_ssl_context()
    assert other is not first and other is default_ssl_context()
    assert _context(new_sync_client({})) is other
    assert _context(new_sync_client({"trust_env": False})) is default_ssl_context(trust_env=False)
