"""JSON-RPC calls as steps: a chain read is a generator that yields :class:`RpcCall` and receives each result.

The same step generator runs on a blocking client (:func:`run_sync`), an async client (:func:`run_async`), inside
an ``httpx.Auth`` flow (:func:`in_auth_flow`, for the pre-flight of a payment) or inside a facade operation, so
every read is written once and sent over the SDK's own httpx client (no web3 stack).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Generator
from typing import Any, TypeVar

import attrs
import httpx

from ..errors import APIConnectionError, ChainRpcError
from ..pipeline.call_state import EXTENSION_KEY, CallState

__all__ = ["RPC_TIMEOUT", "ChainSteps", "RpcCall", "in_auth_flow", "relay", "run_async", "run_sync"]

T = TypeVar("T")
ChainSteps = Generator["RpcCall", Any, T]
"""A chain read: yields the JSON-RPC calls it needs, receives each ``result``, returns its value."""

RPC_TIMEOUT = httpx.Timeout(15.0, connect=5.0)
_ids = itertools.count(1)


@attrs.frozen
class RpcCall:
    """One JSON-RPC 2.0 call to ``url``."""

    url: str
    method: str
    params: tuple[Any, ...] = ()

    @property
    def host(self) -> str:
        """The RPC host (what errors and logs show: full RPC URLs often embed an API key)."""
        return httpx.URL(self.url).host or "?"

    def request_args(self) -> dict[str, Any]:
        """``httpx`` request arguments: a POST of the JSON-RPC body, outside the Xache pipeline."""
        body = {"jsonrpc": "2.0", "id": next(_ids), "method": self.method, "params": list(self.params)}
        return {
            "method": "POST",
            "url": self.url,
            "content": json.dumps(body, separators=(",", ":")).encode(),
            "headers": {"Content-Type": "application/json", "Accept": "application/json"},
            # An empty call state: the retrying clients then add no Idempotency-Key to a chain read.
            "extensions": {EXTENSION_KEY: CallState()},
        }

    def request(self, timeout: httpx.Timeout = RPC_TIMEOUT) -> httpx.Request:
        """The call as a standalone ``httpx.Request``: no client headers (nothing of the Xache client leaks to
        the RPC provider), the given timeout."""
        args = self.request_args()
        args["extensions"] = {**args["extensions"], "timeout": timeout.as_dict()}
        return httpx.Request(**args)

    def fail(self, message: str, code: int | None = None) -> ChainRpcError:
        """A :class:`ChainRpcError` about this call."""
        return ChainRpcError(
            f"{self.method} on {self.host}: {message}", host=self.host, method=self.method, code=code
        )

    def result(self, response: httpx.Response) -> Any:
        """The ``result`` of the answer, or :class:`ChainRpcError` for an HTTP or JSON-RPC error."""
        if response.status_code != 200:
            raise self.fail(f"HTTP {response.status_code}")
        try:
            body = json.loads(response.content)
        except ValueError:
            raise self.fail("the answer is not JSON") from None
        if not isinstance(body, dict):
            raise self.fail("the answer is not a JSON-RPC response")
        error = body.get("error")
        if error is not None:
            code = error.get("code") if isinstance(error, dict) else None
            message = error.get("message") if isinstance(error, dict) else None
            raise self.fail(str(message or error), code if isinstance(code, int) else None)
        if "result" not in body:
            raise self.fail("the answer has no result")
        return body["result"]


def run_sync(steps: ChainSteps[T], http: httpx.Client) -> T:
    """Run a chain read on a blocking httpx client (its transport, timeout and retries; not its auth or
    default headers)."""
    reply: Any = None
    while True:
        try:
            call = steps.send(reply)
        except StopIteration as done:
            value: T = done.value
            return value
        try:
            response = http.send(call.request(http.timeout), auth=None)
        except (httpx.TransportError, APIConnectionError) as exc:
            raise call.fail(f"{type(exc).__name__}: {exc}") from exc
        reply = call.result(response)


async def run_async(steps: ChainSteps[T], http: httpx.AsyncClient) -> T:
    """Run a chain read on an async httpx client (its transport, timeout and retries; not its auth or
    default headers)."""
    reply: Any = None
    while True:
        try:
            call = steps.send(reply)
        except StopIteration as done:
            value: T = done.value
            return value
        try:
            response = await http.send(call.request(http.timeout), auth=None)
        except (httpx.TransportError, APIConnectionError) as exc:
            raise call.fail(f"{type(exc).__name__}: {exc}") from exc
        reply = call.result(response)


def relay(steps: ChainSteps[T], send: Callable[[RpcCall], Any]) -> Generator[Any, Any, T]:
    """Re-yield a chain read in another step protocol: ``send(call)`` is yielded for each call, and the
    ``httpx.Response`` sent back is turned into the call's result. A transport error thrown in at that point
    (``httpx.TransportError`` / ``APIConnectionError``) becomes a :class:`ChainRpcError`."""
    reply: Any = None
    while True:
        try:
            call = steps.send(reply)
        except StopIteration as done:
            value: T = done.value
            return value
        try:
            response = yield send(call)
        except (httpx.TransportError, APIConnectionError) as exc:
            raise call.fail(f"{type(exc).__name__}: {exc}") from exc
        reply = call.result(response)


def in_auth_flow(steps: ChainSteps[T]) -> Generator[httpx.Request, httpx.Response, T]:
    """Adapt a chain read to an ``httpx.Auth`` flow: each call is yielded as a request, its response received.

    httpx sends requests yielded by an auth flow as they are (no auth, no retry), on the client's own transport.
    """
    return (yield from relay(steps, RpcCall.request))
