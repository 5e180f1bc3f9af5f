"""The two runners of a :data:`~xache_ext.pipeline.steps.Flow`: blocking over ``httpx.Client``, async over
``httpx.AsyncClient``. They only perform steps; every decision lives in the flow."""

from __future__ import annotations

import asyncio
import time
from typing import Any, TypeVar

import httpx

from ..errors import APIResponseValidationError, ClientClosedError
from .callbacks import Callback
from .steps import NOT_STARTED, Concurrently, Flow, Send, Sleep
from .transport import async_sender

__all__ = ["CLOSED", "CLOSED_DURING_THE_CALL", "run_async", "run_sync"]

T = TypeVar("T")
CLOSED = (
    "the client is closed: enter it again (`with client:` / `async with client:`) or make a new one; "
    "nothing was sent"
)
CLOSED_DURING_THE_CALL = (
    "the client was closed during the call: an earlier attempt was sent and may have been delivered "
    "(its Idempotency-Key makes a retry of the same call safe)"
)
# Looked up at call time, so tests can make waits instant.
_sleep = time.sleep
_async_sleep = asyncio.sleep


def run_sync(http: httpx.Client, flow: Flow[T]) -> T:
    """Drive ``flow`` to its result with a blocking client."""
    reply: Any = None
    try:
        while True:
            step = flow.send(reply)
            if isinstance(step, Send):
                if http.is_closed:
                    raise ClientClosedError(CLOSED)
                try:
                    if step.foreign:
                        reply = _send_foreign(http, step.request)
                    else:
                        reply = http.send(step.request, follow_redirects=False)
                except httpx.TransportError as exc:
                    reply = exc
                except httpx.DecodingError as exc:
                    raise _undecodable(exc) from exc
            elif isinstance(step, Sleep):
                _sleep(step.seconds)
                reply = None
            elif isinstance(step, Callback):
                reply = step.call_blocking()
            elif isinstance(step, Concurrently):
                reply = _in_turn(http, step)
            else:  # pragma: no cover - a flow yields only steps
                raise TypeError(f"not a flow step: {step!r}")
    except StopIteration as done:
        result: T = done.value
        return result
    finally:
        flow.close()


async def run_async(http: httpx.AsyncClient, flow: Flow[T]) -> T:
    """Drive ``flow`` to its result with an async client."""
    send = async_sender(http)
    reply: Any = None
    try:
        while True:
            step = flow.send(reply)
            if isinstance(step, Send):
                if http.is_closed:
                    raise ClientClosedError(CLOSED)
                try:
                    reply = await (
                        _send_foreign_async(http, step.request) if step.foreign else send(step.request)
                    )
                except httpx.TransportError as exc:
                    reply = exc
                except httpx.DecodingError as exc:
                    raise _undecodable(exc) from exc
            elif isinstance(step, Sleep):
                await _async_sleep(step.seconds)
                reply = None
            elif isinstance(step, Callback):
                reply = await step.call()
            elif isinstance(step, Concurrently):
                reply = await _side_by_side(http, step)
            else:  # pragma: no cover - a flow yields only steps
                raise TypeError(f"not a flow step: {step!r}")
    except StopIteration as done:
        result: T = done.value
        return result
    finally:
        flow.close()


def _send_foreign(http: httpx.Client, request: httpx.Request) -> httpx.Response:
    response = http._transport_for_url(request.url).handle_request(request)
    try:
        response.read()
    finally:
        response.close()
    return response


async def _send_foreign_async(http: httpx.AsyncClient, request: httpx.Request) -> httpx.Response:
    response = await http._transport_for_url(request.url).handle_async_request(request)
    try:
        await response.aread()
    finally:
        await response.aclose()
    return response


def _undecodable(exc: httpx.DecodingError) -> APIResponseValidationError:
    """An answer whose body cannot be decoded (a wrong ``Content-Encoding``, say) is a malformed answer."""
    return APIResponseValidationError(f"the answer's body cannot be decoded: {exc}", status_code=0)


def _in_turn(http: httpx.Client, step: Concurrently) -> list[Any]:
    outcomes: list[Any] = []
    failed = False
    for flow in step.flows:
        if failed:
            flow.close()
            outcomes.append(NOT_STARTED)
            continue
        try:
            outcomes.append(run_sync(http, flow))
        except Exception as exc:
            failed = True
            outcomes.append(exc)
    return outcomes


async def _side_by_side(http: httpx.AsyncClient, step: Concurrently) -> list[Any]:
    gate = asyncio.Semaphore(max(1, step.limit))
    failed = False

    async def one(flow: Flow[Any]) -> Any:
        nonlocal failed
        async with gate:
            if failed:
                flow.close()
                return NOT_STARTED
            try:
                return await run_async(http, flow)
            except Exception as exc:
                failed = True
                return exc

    return list(await asyncio.gather(*(one(flow) for flow in step.flows)))
