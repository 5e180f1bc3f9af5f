"""User callbacks (payment approval, budget alerts) that may be plain functions or coroutines."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs

__all__ = ["Callback"]


@attrs.frozen
class Callback:
    """A user callback a flow needs called: the blocking client calls it, the async client also awaits it."""

    fn: Callable[..., Any]
    args: tuple[Any, ...] = ()

    def call_blocking(self) -> Any:
        """Call it on the blocking client, where an async callback is a usage error."""
        value = self.fn(*self.args)
        if inspect.isawaitable(value):
            if inspect.iscoroutine(value):
                value.close()
            raise TypeError(f"{self.fn!r} is async; the blocking client needs a plain callable")
        return value

    async def call(self) -> Any:
        """Call it on the async client, awaiting the result if it is awaitable."""
        value = self.fn(*self.args)
        return await value if inspect.isawaitable(value) else value
