"""Results of the extraction service."""

from __future__ import annotations

from typing import Any

from .base import Result, result, wire

__all__ = ["ExtractedMemory", "ExtractionMetadata", "ExtractionResult"]


@result
class ExtractedMemory(Result):
    """One extracted memory (``type`` as the server names it, e.g. ``DOMAIN_HEURISTIC``)."""

    type: str
    data: dict[str, Any]
    confidence: float
    reasoning: str | None = None
    suggested_method: str | None = None
    evidence: Any = None


@result
class ExtractionMetadata(Result):
    """How the extraction ran (``extraction_time`` in ms)."""

    extraction_time: float = 0.0
    llm_provider: str = ""
    llm_model: str = ""
    total_extractions: int = 0
    stored_count: int = 0
    payment_receipt_id: str | None = None


@result
class ExtractionResult(Result):
    """Extracted memories, the storage keys of auto-stored ones, metadata and (TS type) warnings."""

    extractions: list[ExtractedMemory]
    stored: list[str] | None = None
    metadata: ExtractionMetadata = wire(factory=ExtractionMetadata)
    warnings: list[str] = wire(factory=list)
