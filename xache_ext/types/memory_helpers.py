"""Results of the memory helpers (``recall_*``)."""

from __future__ import annotations

from typing import Any

from .base import result, wire
from .memory import MemorySummary

__all__ = ["RecalledMemory"]


@result
class RecalledMemory(MemorySummary):
    """A recalled memory: its plaintext listing and its decrypted ``data`` (filled in by the operation).

    ``m["storage_key"]`` and ``m["storageKey"]`` work too, as on the official Python SDK's dicts.
    """

    data: dict[str, Any] = wire(factory=dict)
