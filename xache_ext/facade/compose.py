"""Running another service's operation inside an operation, with ``yield from``.

``yield from compose(MemoryService.store, memory)(data=..., storage_tier="hot")`` runs the store operation's
generator as a step of the calling operation, on the calling operation's executor (blocking or async), so a
composite operation is still written once for both clients.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar, overload

from .operations import Op, Service, operation, paginated
from .pagination import PageData

__all__ = ["compose"]

P = ParamSpec("P")
T = TypeVar("T")


@overload
def compose(method: paginated[P, T], service: Service[Any]) -> Callable[P, Op[PageData[T]]]: ...
@overload
def compose(method: operation[P, T], service: Service[Any]) -> Callable[P, Op[T]]: ...
def compose(method: Any, service: Service[Any]) -> Callable[..., Op[Any]]:
    """The generator function of ``method`` (an operation read from its class) bound to ``service``."""
    return functools.partial(method.__wrapped__, service)
