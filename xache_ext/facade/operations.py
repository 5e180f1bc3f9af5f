"""One definition per operation, run by a blocking or an async executor.

An operation is a generator method of a :class:`Service`: it validates its arguments, yields the request(s)
it needs as ``httpx`` request arguments (built by the generated ``xache_api`` package), receives each response's
unwrapped ``data`` and returns the typed result. The ``@operation`` descriptor turns it into a plain method on
a ``Service[Sync]`` and a coroutine method on a ``Service[Async]``; nothing is written twice.

A request that is not a Xache call (a blockchain JSON-RPC read) is yielded as a pipeline :class:`Send` step: it
goes out as it is, on the client's connection pool, and the operation receives the response (or the transport
error) itself.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Awaitable, Callable, Generator
from typing import Any, Concatenate, Generic, ParamSpec, Self, TypeVar, overload

import httpx
from xache_api.types import UNSET, Unset

from ..errors import APIResponseValidationError, APIStatusError, XacheInputError
from ..pipeline.callbacks import Callback
from ..pipeline.envelope import request_id
from ..pipeline.flow import Pipeline
from ..pipeline.runner import run_async, run_sync
from ..pipeline.steps import Concurrently, Flow, Send, Sleep, Step
from ..types.base import ResultShapeError
from .context import ClientContext
from .pagination import AsyncPage, AsyncPager, Page, PageData
from .validation import check_text, require_text

__all__ = [
    "Async",
    "AsyncExecutor",
    "M",
    "Op",
    "Service",
    "Sync",
    "SyncExecutor",
    "build",
    "given",
    "operation",
    "paginated",
]

T = TypeVar("T")
P = ParamSpec("P")
RequestArgs = dict[str, Any]
Op = Generator[RequestArgs | Step, Any, T]
"""An operation body: yields request arguments (or callbacks, or foreign requests), receives each response's
``data``, returns."""


def given(value: T | None) -> T | Unset:
    """``value``, or UNSET (left out of the request) when it is ``None``."""
    return UNSET if value is None else value


def build(get_kwargs: Callable[..., dict[str, Any]], *args: Any, **params: Any) -> RequestArgs:
    """Request arguments from a generated ``_get_kwargs``; ``None`` parameters are left out (sent as UNSET).

    The positional arguments are the path values, which the generated code converts with ``str()`` and
    percent-encodes before the pipeline sees them: each must already be non-empty text (no control character,
    no lone surrogate), or the call would fail untyped or put ``str(value)`` of any object into the URL."""
    for name, value in zip(_positional_names(get_kwargs), args, strict=False):
        check_text(name, require_text(name, value))
    return get_kwargs(*args, **{k: given(v) for k, v in params.items()})


@functools.lru_cache(maxsize=256)
def _positional_names(get_kwargs: Callable[..., dict[str, Any]]) -> tuple[str, ...]:
    return tuple(inspect.signature(get_kwargs).parameters)


class Sync:
    """Marks services run by the blocking executor."""


class Async:
    """Marks services run by the async executor."""


M = TypeVar("M", Sync, Async)


def _drive(pipeline: Pipeline, http: httpx.Client | httpx.AsyncClient, op: Op[T]) -> Flow[T]:
    """One flow for a whole operation: each request it yields goes through the pipeline, each callback out.

    A typed API error, and the pipeline's refusal of a request the spec forbids, are thrown into the
    operation, which may handle them (a 404 that means "none", a composed call that undoes its first step).
    An answer that does not fit the operation's result type is an :class:`APIResponseValidationError`.
    """
    reply: Any = None
    error: APIStatusError | XacheInputError | None = None
    response: httpx.Response | None = None
    while True:
        try:
            step = op.throw(error) if error is not None else op.send(reply)
        except StopIteration as done:
            result: T = done.value
            return result
        except ResultShapeError as exc:
            raise APIResponseValidationError(
                str(exc),
                status_code=0 if response is None else response.status_code,
                request_id=None if response is None else request_id(response),
                response=response,
            ) from None
        error = None
        if isinstance(step, Callback | Send | Sleep):
            reply = yield step
            continue
        if isinstance(step, Concurrently):  # operations side by side, each through the pipeline
            reply = yield Concurrently(tuple(_drive(pipeline, http, sub) for sub in step.flows), step.limit)
            continue
        try:
            reply, response = yield from pipeline.data(http, step)
        except (APIStatusError, XacheInputError) as exc:
            error = exc


class SyncExecutor:
    """Runs operations through the pipeline on a blocking ``httpx.Client``."""

    def __init__(self, http: httpx.Client, pipeline: Pipeline) -> None:
        self.http = http
        self.pipeline = pipeline

    def run(self, op: Op[T]) -> T:
        """Drive ``op`` to completion."""
        return run_sync(self.http, _drive(self.pipeline, self.http, op))


class AsyncExecutor:
    """Runs operations through the pipeline on an ``httpx.AsyncClient``."""

    def __init__(self, http: httpx.AsyncClient, pipeline: Pipeline) -> None:
        self.http = http
        self.pipeline = pipeline

    async def run(self, op: Op[T]) -> T:
        """Drive ``op`` to completion."""
        return await run_async(self.http, _drive(self.pipeline, self.http, op))


class Service(Generic[M]):
    """A group of operations bound to one executor and the client's context."""

    def __init__(self, executor: SyncExecutor | AsyncExecutor, context: ClientContext) -> None:
        self._executor = executor
        self._context = context

    @property
    def _blocking(self) -> bool:
        """Whether the service runs on the blocking client."""
        return isinstance(self._executor, SyncExecutor)

    def __repr__(self) -> str:
        kind = "async" if isinstance(self._executor, AsyncExecutor) else "blocking"
        return f"<{type(self).__name__} ({kind})>"


def _page(
    kind: type[Page[Any] | AsyncPage[Any]],
    data: PageData[Any],
    again: Callable[..., Any],
    fn: Callable[..., Op[Any]],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> Any:
    """``data`` as a ``kind`` page whose next page is ``again`` with the call's arguments at another offset."""

    def fetch(offset: int) -> Any:  # the arguments are bound only if another page is asked for
        arguments = inspect.signature(fn).bind(None, *args, **kwargs).arguments
        arguments.pop(next(iter(arguments)))  # the service itself
        return again(**{**arguments, "offset": offset})

    return kind(data.items, data.total, data.limit, data.offset, fetch=fetch)


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
            return _page(AsyncPage, result, bound_async, fn, args, kwargs) if paged else result

        if not paged:
            return _as_method(bound_async, fn)

        def bound_pager(*args: Any, **kwargs: Any) -> AsyncPager[Any]:
            return AsyncPager(lambda: bound_async(*args, **kwargs))

        return _as_method(bound_pager, fn)

    def bound_sync(*args: Any, **kwargs: Any) -> Any:
        result = executor.run(fn(obj, *args, **kwargs))
        return _page(Page, result, bound_sync, fn, args, kwargs) if paged else result

    return _as_method(bound_sync, fn)


class _OperationDescriptor:
    paged = False

    def __init__(self, fn: Callable[..., Op[Any]]) -> None:
        self._fn = fn
        self._name = fn.__name__
        self.__doc__ = fn.__doc__
        self.__wrapped__ = fn

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self._name = name  # a derived operation (``then``) is named where it is assigned
        self._fn.__name__ = name
        self._fn.__qualname__ = f"{owner.__qualname__}.{name}"

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

    def then(self, after: Callable[[Any, T], None], doc: str) -> operation[P, T]:
        """The same operation with the same arguments, then ``after(service, result)``; ``doc`` documents it."""
        fn = self._fn

        def derived(service: Any, /, *args: P.args, **kwargs: P.kwargs) -> Op[T]:
            value: T = yield from fn(service, *args, **kwargs)
            after(service, value)
            return value

        functools.update_wrapper(derived, fn)
        derived.__doc__ = doc
        return operation(derived)

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
    def __get__(self, obj: Service[Async], owner: type[Any]) -> Callable[P, AsyncPager[T]]: ...
    @overload
    def __get__(self, obj: Service[Sync], owner: type[Any]) -> Callable[P, Page[T]]: ...
    def __get__(self, obj: Service[Any] | None, owner: type[Any]) -> Any:
        return self._get(obj)
