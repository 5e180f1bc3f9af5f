"""The steps a request flow hands to its runner: send a request, wait, or call a user callback."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any, TypeVar

import attrs
import httpx

from .callbacks import Callback

__all__ = ["Flow", "Send", "Sleep", "Step"]

T = TypeVar("T")


@attrs.frozen
class Send:
    """Send ``request``; the flow receives the ``httpx.Response`` or the ``httpx.TransportError``."""

    request: httpx.Request


@attrs.frozen
class Sleep:
    """Wait ``seconds`` before the next step; the flow receives ``None``."""

    seconds: float


Step = Send | Sleep | Callback
Flow = Generator[Step, Any, T]
"""A request flow: yields steps, receives each step's result, returns its value."""
