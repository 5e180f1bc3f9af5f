"""The steps a request flow hands to its runner: send a request, wait, call a user callback, or run flows
side by side."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any, TypeVar

import attrs
import httpx

from .callbacks import Callback

__all__ = ["NOT_STARTED", "Concurrently", "Flow", "Send", "Sleep", "Step"]

T = TypeVar("T")


@attrs.frozen
class Send:
    """Send ``request``; the flow receives the ``httpx.Response`` or the ``httpx.TransportError``.

    A ``foreign`` request (a chain's JSON-RPC) goes straight to the client's transport for its URL: none of what
    the client adds for the Xache API (auth, event hooks, cookies) reaches another host. No request follows a
    redirect: a signed request's headers must not reach another origin.
    """

    request: httpx.Request
    foreign: bool = False


@attrs.frozen
class Sleep:
    """Wait ``seconds`` before the next step; the flow receives ``None``."""

    seconds: float


class _NotStarted:
    def __repr__(self) -> str:
        return "NOT_STARTED"


NOT_STARTED = _NotStarted()
"""The place of a :class:`Concurrently` flow that was not started because another had failed."""


@attrs.frozen
class Concurrently:
    """Run ``flows``, at most ``limit`` at a time (the blocking runner runs them in turn).

    The flow receives a list with one entry per flow, in order: its result, the ``Exception`` it raised, or
    :data:`NOT_STARTED` when an earlier failure stopped it from starting (flows already running finish: a
    request in flight, perhaps paid, is never abandoned).
    """

    flows: tuple[Generator[Any, Any, Any], ...]
    limit: int


Step = Send | Sleep | Callback | Concurrently
Flow = Generator[Step, Any, T]
"""A request flow: yields steps, receives each step's result, returns its value."""
