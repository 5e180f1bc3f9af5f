"""Our aiohttp transport itself: when it is the default, its event-loop lifecycle, its limits and timeouts,
errors that match httpx's own transport, vcrpy cassettes, and a cheap ``import xache_ext``."""

from __future__ import annotations

import asyncio
import gc
import json
import subprocess
import sys
import warnings
import weakref
from pathlib import Path
from typing import Any

import httpx
import pytest
import vcr

from xache_ext import XacheClient
from xache_ext.pipeline import aiohttp_transport
from xache_ext.pipeline.aiohttp_transport import AiohttpTransport, default_async_transport
from xache_ext.pipeline.transport import new_async_client

from .conftest import TRANSPORTS, Answer, WireServer, response_bytes
from .test_both_transports import DID, KEY

ROOT = Path(__file__).resolve().parents[2]


# -- when it is the default -----------------------------------------------------------------------------


def test_the_sdk_sends_over_aiohttp_by_default() -> None:
    client = XacheClient("http://127.0.0.1:1", DID, KEY)
    assert isinstance(client._executor.http._transport, AiohttpTransport)
    assert isinstance(new_async_client({})._transport, AiohttpTransport)


def test_an_explicit_transport_is_kept() -> None:
    mine = httpx.AsyncHTTPTransport()
    assert new_async_client({"transport": mine})._transport is mine


@pytest.mark.parametrize(
    "options",
    [{"http2": True}, {"http1": False, "http2": True}, {"proxy": "http://127.0.0.1:3128"}],
)
def test_httpx_keeps_what_aiohttp_cannot_do(options: dict[str, Any]) -> None:
    assert default_async_transport(options) is None


def test_a_proxy_from_the_environment_keeps_httpx(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
    assert default_async_transport({}) is None
    http = new_async_client({})
    assert isinstance(http._transport, httpx.AsyncHTTPTransport)
    assert any(isinstance(t, httpx.AsyncHTTPTransport) for t in http._mounts.values() if t is not None)
    assert isinstance(default_async_transport({"trust_env": False}), AiohttpTransport)


def test_without_aiohttp_httpx_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aiohttp_transport, "_aiohttp_found", False)
    assert isinstance(new_async_client({})._transport, httpx.AsyncHTTPTransport)


def test_limits_and_tls_options_reach_the_pool(wire_server: WireServer) -> None:
    limits = httpx.Limits(max_connections=7, keepalive_expiry=3.0)
    transport = default_async_transport({"limits": limits, "verify": False})
    assert isinstance(transport, AiohttpTransport)

    async def main() -> None:
        async with httpx.AsyncClient(transport=transport) as http:
            await http.get(wire_server.url + "/v1/budget")
            session = transport._session
            assert session is not None and session.connector is not None
            assert session.connector.limit == 7
            assert transport._ssl is not None and not transport._ssl.check_hostname

    asyncio.run(main())


def test_httpx_timeouts_map_to_aiohttp_timeouts() -> None:
    transport = AiohttpTransport()
    timeout = transport._timeout(httpx.Timeout(30.0, connect=5.0).as_dict())
    assert (timeout.total, timeout.sock_connect, timeout.sock_read, timeout.connect) == (
        None,
        5.0,
        30.0,
        35.0,
    )
    unbounded = transport._timeout(httpx.Timeout(None).as_dict())
    assert (unbounded.total, unbounded.sock_connect, unbounded.sock_read, unbounded.connect) == (None,) * 4
    assert transport._timeout(httpx.Timeout(30.0, connect=5.0).as_dict()) is timeout  # built once


def test_import_and_construction_do_not_import_aiohttp() -> None:
    code = (
        "import sys, xache_ext\n"
        "client = xache_ext.XacheClient('http://127.0.0.1:1')\n"
        "assert type(client._executor.http._transport).__name__ == 'AiohttpTransport'\n"
        "assert 'aiohttp' not in sys.modules, 'aiohttp imported before the first request'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


# -- the event loop ---------------------------------------------------------------------------------------


def test_close_closes_the_pool_and_lets_go_of_the_loop(wire_server: WireServer) -> None:
    client = XacheClient(wire_server.url, DID, KEY)  # built outside any event loop
    transport = client._executor.http._transport
    assert isinstance(transport, AiohttpTransport)
    loop = asyncio.new_event_loop()
    loop.run_until_complete(client.budget.get_status())
    session = transport._session
    assert session is not None and not session.closed
    loop.run_until_complete(client.close())
    assert session.closed and transport._session is None
    loop.close()
    gone = weakref.ref(loop)
    del loop, session  # a closed aiohttp session still names its loop: only the transport's hold counts
    gc.collect()
    assert gone() is None, "the transport still holds the closed event loop"


def test_a_client_works_across_event_loops(wire_server: WireServer) -> None:
    client = XacheClient(wire_server.url, DID, KEY)
    transport = client._executor.http._transport
    assert isinstance(transport, AiohttpTransport)
    asyncio.run(client.budget.get_status())
    first = transport._session
    asyncio.run(client.budget.get_status())  # a new loop: a new session, the stale one closed
    assert first is not None and first.closed and transport._session is not first
    asyncio.run(client.close())
    assert len(wire_server.received) == 2
    del first
    with warnings.catch_warnings():  # the first loop's pooled connection was left open when that loop closed
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


def test_the_transport_reopens_after_aclose(wire_server: WireServer) -> None:
    transport = AiohttpTransport()

    async def main() -> None:
        request = httpx.Request("GET", wire_server.url + "/v1/budget")
        assert (await transport.handle_async_request(request)).status_code == 200
        await transport.aclose()
        assert (await transport.handle_async_request(request)).status_code == 200
        await transport.aclose()

    asyncio.run(main())


# -- errors: the same httpx exception as httpx's own transport -----------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        pytest.param(Answer(b"", close=True), id="hang-up"),
        pytest.param(Answer(response_bytes(body=b"x" * 100)[:-90], close=True), id="truncated-body"),
        pytest.param(Answer(b"NOT HTTP AT ALL\r\n\r\n", close=True), id="garbage"),
    ],
)
def test_broken_answers_raise_what_httpx_raises(answer: Answer, wire_server: WireServer) -> None:
    wire_server.answers = [answer]
    raised: dict[str, type[BaseException]] = {}
    for name in TRANSPORTS:
        made = AiohttpTransport() if name == "aiohttp" else httpx.AsyncHTTPTransport()

        async def main(made: httpx.AsyncBaseTransport = made, name: str = name) -> None:
            async with httpx.AsyncClient(transport=made) as http:
                with pytest.raises(httpx.TransportError) as caught:
                    await http.get(wire_server.url + "/v1/budget")
            raised[name] = type(caught.value)

        asyncio.run(main())
    assert raised["aiohttp"] is raised["httpx"] is httpx.RemoteProtocolError


def test_every_aiohttp_error_becomes_a_transport_error() -> None:
    import aiohttp

    request = httpx.Request("GET", "http://127.0.0.1:1/")
    cases: list[tuple[Exception, type[httpx.TransportError]]] = [
        (aiohttp.ConnectionTimeoutError("pool or connect"), httpx.ConnectTimeout),
        (aiohttp.SocketTimeoutError("read"), httpx.ReadTimeout),
        (aiohttp.ServerTimeoutError("read"), httpx.ReadTimeout),
        (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError),
        (aiohttp.ClientPayloadError("short"), httpx.RemoteProtocolError),
        (aiohttp.ClientOSError(104, "reset"), httpx.ReadError),
        (aiohttp.ClientConnectionResetError("reset"), httpx.ReadError),
        (aiohttp.InvalidURL("nope"), httpx.UnsupportedProtocol),
        (aiohttp.ClientError("other"), httpx.TransportError),
    ]
    for raised, expected in cases:
        mapped = aiohttp_transport._httpx_error(raised, request)
        assert type(mapped) is expected, (raised, mapped)
        assert mapped.request is request and str(mapped)


# -- vcrpy ------------------------------------------------------------------------------------------------


def test_a_recorded_wire_cassette_replays_over_aiohttp() -> None:
    """The budget cassette (recorded by the blocking client over httpx) replays through the async default."""
    from wire.conftest import (
        CASSETTES,
        ENCRYPTION_SEED,
        FIXED_PRIVATE_KEY,
        REPLAY_URL,
        same_shape,
        scrub_request,
    )

    from xache_ext.errors import APIStatusError

    recorded_did = json.loads((CASSETTES / "identity.json").read_text())["did"]
    replayer = vcr.VCR(
        record_mode="none",
        match_on=["shape"],
        before_record_request=scrub_request,
        decode_compressed_response=True,
    )
    replayer.register_matcher("shape", same_shape)

    async def main() -> None:
        async with XacheClient(
            REPLAY_URL, recorded_did, FIXED_PRIVATE_KEY, encryption_key=ENCRYPTION_SEED
        ) as client:
            assert isinstance(client._executor.http._transport, AiohttpTransport)
            assert (await client.budget.get_status()).limit_cents >= 0
            assert await client.budget.update_limit(7_500) == 7_500
            assert await client.budget.can_afford(1) in (True, False)
            assert isinstance(await client.budget.get_active_alerts(), list)
            assert await client.budget.is_threshold_crossed(100) in (True, False)
            for call in (
                client.budget.get_fleet_status,
                lambda: client.budget.update_fleet_cap(20_000),
                lambda: client.budget.update_fleet_cap(None),
            ):
                try:
                    await call()
                except APIStatusError as exc:
                    assert exc.status_code in (401, 403)

    with replayer.use_cassette(
        str(CASSETTES / "test_budget_session.yaml"), allow_playback_repeats=False
    ) as cassette:
        asyncio.run(main())
    assert cassette.all_played


def test_vcr_records_each_call_once_and_replays_without_a_server(tmp_path: Path) -> None:
    server = WireServer()
    url = server.url
    cassette_file = str(tmp_path / "round_trip.yaml")

    async def calls() -> list[int]:
        async with XacheClient(url, DID, KEY) as client:
            status = await client.budget.get_status()
            return [status.limit_cents, await client.budget.update_limit(100)]

    try:
        with vcr.VCR(record_mode="all").use_cassette(cassette_file) as recording:
            recorded = asyncio.run(calls())
        assert len(recording) == 2 == len(server.received)  # recorded once each, not by two patchers
    finally:
        server.close()
    with vcr.VCR(record_mode="none").use_cassette(cassette_file) as replay:
        assert asyncio.run(calls()) == recorded == [100, 100]
    assert replay.all_played
