"""One definition per operation, run by a blocking or an async executor.

An operation is a generator method of a :class:`Service`: it validates its arguments, yields the request(s)
it needs as ``httpx`` request arguments (built by the generated ``xache_api`` package), receives each response's
unwrapped ``data`` and returns the typed result. The ``@operation`` descriptor turns it into a plain method on
a ``Service[Sync]`` and a coroutine method on a ``Service[Async]``; nothing is written twice.

A request that is not a Xache call (a blockchain JSON-RPC read) is yielded wrapped in :class:`Raw`: it is sent
on the same httpx client but without the client's auth (unsigned, never paid), and the operation receives the
``httpx.Response`` itself, or has the transport error (``httpx.TransportError`` / ``APIConnectionError``) thrown in.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Awaitable, Callable, Generator
from typing import Any, Concatenate, Generic, ParamSpec, Self, TypeVar, overload

import attrs
import httpx
from xache_api.types import UNSET

from ..errors import APIConnectionError, APIStatusError
from ..pipeline.callbacks import Callback
from ..pipeline.envelope import unwrap
from .context import ClientContext
from .pagination import AsyncPage, Page, PageData

__all__ = [
    "Async",
    "AsyncExecutor",
    "M",
    "Op",
    "Raw",
    "Service",
    "Sync",
    "SyncExecutor",
    "build",
    "operation",
    "paginated",
]

T = TypeVar("T")
P = ParamSpec("P")
RequestArgs = dict[str, Any]


@attrs.frozen
class Raw:
    """Request arguments sent outside the Xache pipeline (no signature, no payment); the reply is the response."""

    args: RequestArgs


Op = Generator[RequestArgs | Callback | Raw, Any, T]
"""An operation body: yields request arguments (or callbacks, or :class:`Raw` requests), receives each
response's ``data`` (the callback's value, the raw ``httpx.Response``), returns."""


def build(get_kwargs: Callable[..., dict[str, Any]], *args: Any, **params: Any) -> RequestArgs:
    """Request arguments from a generated ``_get_kwargs``; ``None`` parameters are left out (sent as UNSET)."""
    return get_kwargs(*args, **{k: (UNSET if v is None else v) for k, v in params.items()})


class Sync:
    """Marks services run by the blocking executor."""


class Async:
    """Marks services run by the async executor."""


M = TypeVar("M", Sync, Async)


class _Driver(Generic[T]):
    """Steps one operation: hands out its next request and feeds it the response (data or typed error)."""

    def __init__(self, op: Op[T]) -> None:
        self._op = op
        self._reply: Any = None
        self._error: Exception | None = None
        self.result: T

    def next_step(self) -> RequestArgs | Callback | Raw | None:
        try:
            if self._error is not None:
                error, self._error = self._error, None
                return self._op.throw(error)
            return self._op.send(self._reply)
        except StopIteration as done:
            self.result = done.value
            return None

    def feed_value(self, value: Any) -> None:
        self._reply = value

    def feed_error(self, error: Exception) -> None:
        self._error = error

    def feed(self, response: httpx.Response) -> None:
        try:
            self._reply = unwrap(response)
        except APIStatusError as exc:
            self._error = exc


@functools.lru_cache(maxsize=1024)
def _absolute(base_url: httpx.URL, url: str) -> httpx.URL:
    """``url`` appended to ``base_url`` as httpx does it, parsed once per distinct path (a large share of a call)."""
    return base_url.copy_with(raw_path=base_url.raw_path + httpx.URL(url).raw_path.lstrip(b"/"))


def _request(http: httpx.Client | httpx.AsyncClient, args: RequestArgs) -> httpx.Request:
    url = args["url"]
    if isinstance(url, str) and url.startswith("/"):
        args = {**args, "url": _absolute(http.base_url, url)}
    return http.build_request(**args)


def _raw_request(http: httpx.Client | httpx.AsyncClient, args: RequestArgs) -> httpx.Request:
    """A request to a foreign URL: none of the client's default headers, the client's timeout unless set."""
    extensions = {"timeout": http.timeout.as_dict(), **args.get("extensions", {})}
    return httpx.Request(**{**args, "extensions": extensions})


class SyncExecutor:
    """Runs operations on a blocking ``httpx.Client`` (normally a :class:`XacheHttpClient`)."""

    def __init__(self, http: httpx.Client) -> None:
        self.http = http

    def run(self, op: Op[T]) -> T:
        """Drive ``op`` to completion, sending each request it yields."""
        driver = _Driver(op)
        while (step := driver.next_step()) is not None:
            if isinstance(step, Callback):
                driver.feed_value(step.call_blocking())
            elif isinstance(step, Raw):
                try:
                    driver.feed_value(self.http.send(_raw_request(self.http, step.args), auth=None))
                except (httpx.TransportError, APIConnectionError) as exc:
                    driver.feed_error(exc)
            else:
                driver.feed(self.http.send(_request(self.http, step)))
        return driver.result


class AsyncExecutor:
    """Runs operations on an ``httpx.AsyncClient`` (normally an :class:`AsyncXacheHttpClient`)."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self.http = http

    async def run(self, op: Op[T]) -> T:
        """Drive ``op`` to completion, sending each request it yields."""
        driver = _Driver(op)
        while (step := driver.next_step()) is not None:
            if isinstance(step, Callback):
                driver.feed_value(await step.call())
            elif isinstance(step, Raw):
                try:
                    driver.feed_value(await self.http.send(_raw_request(self.http, step.args), auth=None))
                except (httpx.TransportError, APIConnectionError) as exc:
                    driver.feed_error(exc)
            else:
                driver.feed(await self.http.send(_request(self.http, step)))
        return driver.result


class Service(Generic[M]):
    """A group of operations bound to one executor and the client's context."""

    def __init__(self, executor: SyncExecutor | AsyncExecutor, context: ClientContext) -> None:
        self._executor = executor
        self._context = context

    def __repr__(self) -> str:
        kind = "async" if isinstance(self._executor, AsyncExecutor) else "blocking"
        return f"<{type(self).__name__} ({kind})>"


def _next_page_arguments(
    fn: Callable[..., Op[Any]], args: tuple[Any, ...], kwargs: dict[str, Any], offset: int
) -> dict[str, Any]:
    """The keyword arguments of the same call at another ``offset`` (however the first call passed them)."""
    arguments = inspect.signature(fn).bind(None, *args, **kwargs).arguments
    arguments.pop(next(iter(arguments)))  # the service itself
    return {**arguments, "offset": offset}


def _as_method(bound: Callable[..., Any], fn: Callable[..., Op[Any]]) -> Callable[..., Any]:
    """Give ``bound`` the name, docs and signature of ``fn`` without ``self`` (for help() and IDEs)."""
    functools.update_wrapper(bound, fn)
    signature = inspect.signature(fn)
    bound.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=list(signature.parameters.values())[1:]
    )
    return bound


def _bind(obj: Service[Any], fn: Callable[..., Op[Any]], *, paged: bool) -> Callable[..., Any]:
    """The method ``fn`` becomes on ``obj``: blocking or a coroutine; for ``paged``, returning a page."""
    executor = obj._executor
    if isinstance(executor, AsyncExecutor):

        async def bound_async(*args: Any, **kwargs: Any) -> Any:
            result = await executor.run(fn(obj, *args, **kwargs))
            if not paged:
                return result
            return AsyncPage(
                result.items,
                result.total,
                result.limit,
                result.offset,
                fetch=lambda offset: bound_async(**_next_page_arguments(fn, args, kwargs, offset)),
            )

        return _as_method(bound_async, fn)

    def bound_sync(*args: Any, **kwargs: Any) -> Any:
        result = executor.run(fn(obj, *args, **kwargs))
        if not paged:
            return result
        return Page(
            result.items,
            result.total,
            result.limit,
            result.offset,
            fetch=lambda offset: bound_sync(**_next_page_arguments(fn, args, kwargs, offset)),
        )

    return _as_method(bound_sync, fn)


class _OperationDescriptor:
    paged = False

    def __init__(self, fn: Callable[..., Op[Any]]) -> None:
        self._fn = fn
        self._name = fn.__name__
        self.__doc__ = fn.__doc__
        self.__wrapped__ = fn

    def _get(self, obj: Service[Any] | None) -> Any:
        if obj is None:
            return self
        bound = _bind(obj, self._fn, paged=self.paged)
        obj.__dict__[self._name] = bound  # later look-ups skip the descriptor
        return bound


class operation(_OperationDescriptor, Generic[P, T]):
    """Turns an operation generator into a blocking or async method, per the service's executor."""

    def __init__(self, fn: Callable[Concatenate[Any, P], Op[T]]) -> None:
        super().__init__(fn)

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, obj: Service[Async], owner: type[Any]) -> Callable[P, Awaitable[T]]: ...
    @overload
    def __get__(self, obj: Service[Sync], owner: type[Any]) -> Callable[P, T]: ...
    def __get__(self, obj: Service[Any] | None, owner: type[Any]) -> Any:
        return self._get(obj)


class paginated(_OperationDescriptor, Generic[P, T]):
    """An :class:`operation` for lists taking ``offset``: returns a page that iterates across all pages."""

    paged = True

    def __init__(self, fn: Callable[Concatenate[Any, P], Op[PageData[T]]]) -> None:
        super().__init__(fn)

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, obj: Service[Async], owner: type[Any]) -> Callable[P, Awaitable[AsyncPage[T]]]: ...
    @overload
    def __get__(self, obj: Service[Sync], owner: type[Any]) -> Callable[P, Page[T]]: ...
    def __get__(self, obj: Service[Any] | None, owner: type[Any]) -> Any:
        return self._get(obj)
