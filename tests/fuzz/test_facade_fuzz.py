"""Fuzz every public method of every service of both clients against the sandbox (issue #12).

Each call, whatever its arguments (hostile strings, huge sizes, wrong types, deep nesting; see
``strategies.py``), must either

* raise :class:`XacheInputError` with no request sent, or
* send requests that the sandbox accepts as well-formed (no 400, 401, 405, 413, 414 or 431, no unknown route,
  no 5xx, every request answered), and then return, or raise a typed :class:`XacheError` for the sandbox's
  domain answer (404, 402, 403, 409...).

Any other exception (``TypeError``, ``RecursionError``, ``UnicodeEncodeError``, ``httpx.InvalidURL``...) fails.
The methods are found by introspection, so a new one is fuzzed without an edit here; one whose parameters have
no strategy fails the test (``UnfuzzableParameter``) rather than being skipped.

Reproducible: hypothesis runs derandomized (its seed comes from the test) with no example database.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import json
import os
import reprlib
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import httpx
import pytest
from hypothesis import HealthCheck, given, settings

from xache_ext import XacheClient, XacheClientSync, XacheError, XacheInputError
from xache_ext.client import SERVICES
from xache_ext.contract import match_operation
from xache_ext.sandbox import Sandbox, run_sandbox
from xache_ext.sandbox.server import unregistered_identity

from .strategies import arguments, materialize

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "10"))
"""Examples per method and client (about 20 s for all; FUZZ_EXAMPLES=60 for a deeper local run)."""

#: Public callables that are not operations, with the reason they are not fuzzed.
EXCLUDED: dict[str, str] = {
    "auto_contribute.clock": "the injectable clock (time.time by default), an attribute tests replace",
    "client.close": "closes the shared client; its lifecycle is tested in tests/pipeline/test_clients.py",
}

#: Sandbox answers that mean "well-formed, but the sandbox cannot do it": it has no internet for LLM calls.
OFFLINE_REASONS = frozenset({"no-internet", "endpoint-failed", "bad-reply", "unsupported-format"})
#: 400s the sandbox answers for what only the server can know (operationId, the field it names): reasons.
DOMAIN_400: dict[tuple[str, str], str] = {
    (
        "submitERC8004Authorization",
        "authorization.identityRegistry",
    ): "the registry's address is the server's",
    (
        "submitERC8004Authorization",
        "authorization.clientAddress",
    ): "the export service's address is the server's",
    ("submitERC8004Authorization", "authorization.expiry"): "expired is judged by the server's clock",
    ("submitERC8004Authorization", "signature"): "whether the signature recovers to signerAddress",
}
#: Statuses that mean the request was malformed (or, 5xx, that it broke the sandbox).
MALFORMED = frozenset({400, 401, 405, 408, 411, 413, 414, 415, 422, 431})


# -- the methods ------------------------------------------------------------------------------------------------
def _services(client: XacheClient | XacheClientSync) -> dict[str, Any]:
    """The client's services by name, and the client itself as ``client``."""
    return {"client": client, **{name: getattr(client, name) for name in SERVICES}}


def _public_methods(obj: Any, services: set[str]) -> list[str]:
    found = []
    for name in dir(obj):
        if name.startswith("_") or name in services:
            continue
        if isinstance(getattr(type(obj), name, None), property | functools.cached_property):
            continue
        value = getattr(obj, name)
        if callable(value) and not inspect.isclass(value):
            found.append(name)
    return found


def methods(client: XacheClient | XacheClientSync) -> list[str]:
    """``service.method`` of every public method of every service of ``client`` (and of the client)."""
    services = _services(client)
    return sorted(
        f"{service}.{name}"
        for service, obj in services.items()
        for name in _public_methods(obj, set(services))
    )


def _enumerate() -> dict[str, list[str]]:
    ident = unregistered_identity()
    sync = XacheClientSync("http://127.0.0.1:9", ident.did, ident.private_key)
    async_ = XacheClient("http://127.0.0.1:9", ident.did, ident.private_key)
    try:
        return {"sync": methods(sync), "async": methods(async_)}
    finally:
        sync.close()
        asyncio.run(async_.close())


METHODS = _enumerate()
CALLS = [(kind, name) for kind, names in METHODS.items() for name in names if name not in EXCLUDED]


def test_the_enumeration_finds_every_method() -> None:
    assert METHODS["sync"] == METHODS["async"], "the two clients differ"
    assert len(METHODS["sync"]) > 140
    for required in ("memory.store", "graph.add_entity", "wallet.get_balance", "client.derive_subject_id"):
        assert required in METHODS["sync"]
    assert set(EXCLUDED) <= set(METHODS["sync"]), "an exclusion names no method"


# -- recording what was sent and answered -----------------------------------------------------------------------
@attrs.define
class Exchange:
    request: httpx.Request
    status: int | None = None
    body: Any = None

    @property
    def api(self) -> bool:
        return self.request.url.path.startswith("/v1/")

    def _operation_id(self) -> str | None:
        matched = match_operation(self.request.method, self.request.url.raw_path.decode().split("?")[0])
        return None if matched is None else matched[0].operation_id

    def problem(self) -> str | None:
        """Why this exchange shows a request the sandbox did not accept as well-formed, or None."""
        where = f"{self.request.method} {self.request.url.path[:120]}"
        if self.status is None:
            return f"{where}: no answer (the connection failed)"
        if not self.api:
            return f"{where}: {self.status}" if self.status >= 500 else None
        error = self.body.get("error") if isinstance(self.body, dict) else None
        error = error if isinstance(error, dict) else {}
        details = error.get("details") if isinstance(error.get("details"), dict) else {}
        text = f"{where}: {self.status} {error.get('code')} {str(error.get('message'))[:300]}"
        if self.status == 400 and (self._operation_id(), details.get("field")) in DOMAIN_400:
            return None
        if self.status in MALFORMED:
            return text
        if self.status in (404, 405) and str(error.get("message", "")).startswith("no route"):
            return text
        if self.status >= 500:
            if error.get("code") == "UPSTREAM_UNAVAILABLE" and details.get("reason") in OFFLINE_REASONS:
                return None
            return text
        return None


def _decoded(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except ValueError:
        return None


class Recorder:
    """httpx event hooks that log each request and its answer."""

    def __init__(self) -> None:
        self.exchanges: list[Exchange] = []

    def _on_request(self, request: httpx.Request) -> None:
        self.exchanges.append(Exchange(request))

    def _on_response(self, response: httpx.Response, body: bytes) -> None:
        for exchange in reversed(self.exchanges):
            if exchange.request is response.request:
                exchange.status = response.status_code
                exchange.body = _decoded(response) if body else None
                return

    def install(self, http: httpx.Client | httpx.AsyncClient) -> None:
        if isinstance(http, httpx.AsyncClient):

            async def on_request(request: httpx.Request) -> None:
                self._on_request(request)

            async def on_response(response: httpx.Response) -> None:
                self._on_response(response, await response.aread())

            http.event_hooks = {"request": [on_request], "response": [on_response]}
        else:

            def on_request_sync(request: httpx.Request) -> None:
                self._on_request(request)

            def on_response_sync(response: httpx.Response) -> None:
                self._on_response(response, response.read())

            http.event_hooks = {"request": [on_request_sync], "response": [on_response_sync]}


# -- the environment ---------------------------------------------------------------------------------------------
@attrs.define
class Env:
    sandbox: Sandbox
    clients: dict[str, XacheClient | XacheClientSync]
    recorder: Recorder
    loop: asyncio.AbstractEventLoop

    def target(self, kind: str, method: str) -> Callable[..., Any]:
        service, name = method.split(".")
        result: Callable[..., Any] = getattr(_services(self.clients[kind])[service], name)
        return result

    def call(self, kind: str, method: str, kwargs: dict[str, Any]) -> Any:
        result = self.target(kind, method)(**kwargs)
        if inspect.isawaitable(result):
            return self.loop.run_until_complete(_awaited(result))
        return result


async def _awaited(result: Any) -> Any:
    return await result


@pytest.fixture(scope="module")
def env() -> Iterator[Env]:
    loop = asyncio.new_event_loop()
    recorder = Recorder()
    with run_sandbox() as sandbox:
        options: dict[str, Any] = {"max_retries": 0, "timeout": 10.0}
        clients: dict[str, XacheClient | XacheClientSync] = {
            "sync": sandbox.client_sync(**options),
            "async": loop.run_until_complete(_make_async(sandbox, options)),
        }
        for client in clients.values():
            recorder.install(client.api.http)
        yield Env(sandbox, clients, recorder, loop)
        clients["sync"].close()
        async_client = clients["async"]
        assert isinstance(async_client, XacheClient)
        loop.run_until_complete(async_client.close())
    loop.close()


async def _make_async(sandbox: Sandbox, options: dict[str, Any]) -> XacheClient:
    return sandbox.client(**options)  # built on the loop that will run it (aiohttp binds its session)


# -- the verdict -------------------------------------------------------------------------------------------------
_SHORT = reprlib.Repr()
_SHORT.maxstring = _SHORT.maxother = 80
_SHORT.maxlevel = 3


def _short(value: Any) -> str:
    try:
        return _SHORT.repr(value)
    except Exception:  # a repr of a hostile value may itself fail
        return f"<{type(value).__name__}>"


def verdict(exchanges: list[Exchange], error: BaseException | None) -> str | None:
    """Why this outcome breaks the rule (see the module docstring), or None."""
    problems = [p for p in (e.problem() for e in exchanges) if p]
    if isinstance(error, XacheInputError):
        if exchanges:
            sent = ", ".join(f"{e.request.method} {e.request.url.path[:80]}" for e in exchanges)
            return f"{type(error).__name__} raised after sending ({sent}): {error}"
        return None
    if problems:
        return "; ".join(problems)
    if error is None:
        return None
    if isinstance(error, XacheError) and exchanges:
        return None
    where = "".join(traceback.format_exception(error, limit=-6))[-3000:]
    sent = "after sending" if exchanges else "with no request sent"
    return f"{type(error).__name__} {sent}: {_short(str(error))}\n{where}"


@pytest.mark.parametrize(("kind", "method"), CALLS, ids=[f"{k}-{m}" for k, m in CALLS])
def test_fuzz(env: Env, kind: str, method: str) -> None:
    strategy = arguments(env.target(kind, method))

    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        print_blob=False,
    )
    @given(drawn=strategy)
    def run(drawn: dict[str, Any]) -> None:
        kwargs = materialize(drawn)
        env.recorder.exchanges.clear()
        error: BaseException | None = None
        try:
            env.call(kind, method, kwargs)
        except Exception as exc:  # judged below: only some exceptions are allowed
            error = exc
        problem = verdict(list(env.recorder.exchanges), error)
        assert problem is None, f"{kind} {method}({_short(drawn)}): {problem}"

    run()


def test_the_verdict_refuses_what_the_rule_forbids() -> None:
    request = httpx.Request("POST", "http://127.0.0.1/v1/memory/store")
    invalid = Exchange(request, 400, {"error": {"code": "INVALID_INPUT", "message": "bad"}})
    not_found = Exchange(request, 404, {"error": {"code": "NOT_FOUND", "message": "no memory"}})
    assert verdict([], XacheInputError("bad")) is None
    assert verdict([not_found], XacheInputError("bad")) is not None, "an input error after sending"
    assert verdict([invalid], None) is not None, "a 400 the call swallowed"
    assert verdict([Exchange(request)], XacheError("lost")) is not None, "an unanswered request"
    assert verdict([not_found], XacheError("404")) is None
    assert verdict([], XacheError("not sent")) is not None
    assert verdict([not_found], TypeError("boom")) is not None
    assert verdict([], None) is None
