"""Results of the auto-contribute service, computed by the client."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from .base import Result, result
from .extraction import ExtractedMemory

__all__ = [
    "AutoContributeResult",
    "AutoContribution",
    "ContributionOpportunity",
    "DelayedContributionResult",
    "SkipReason",
    "SkippedExtraction",
]

SkipReason = Literal[
    "disabled",
    "low_confidence",
    "low_reputation",
    "domain_excluded",
    "domain_not_allowed",
    "rate_limited",
    "duplicate",
    "delayed",
    "error",
]


@result
class AutoContribution(Result):
    """A contributed insight: its heuristic, the encrypted copy it references and the contribution receipt."""

    heuristic_id: str
    domain: str
    confidence: float
    pattern: str
    pattern_hash: str
    encrypted_content_ref: str
    receipt_id: str | None
    contributed_at: dt.datetime
    extraction_id: str | None = None


@result
class SkippedExtraction(Result):
    """An extraction that was not contributed (now), and why; ``error`` says what failed for ``"error"``."""

    extraction: ExtractedMemory
    reason: SkipReason
    error: str | None = None


@result
class ContributionOpportunity(Result):
    """What a disabled auto-contribute would have contributed."""

    eligible_count: int
    domains: list[str]
    message: str


@result
class AutoContributeResult(Result):
    """The outcome of ``auto_contribute.evaluate``."""

    contributed: list[AutoContribution]
    skipped: list[SkippedExtraction]
    delayed: int
    remaining_today: int
    opportunity: ContributionOpportunity | None = None


@result
class DelayedContributionResult(Result):
    """The outcome of ``auto_contribute.process_delayed``."""

    contributed: list[AutoContribution]
    failed: list[SkippedExtraction]
    remaining_delayed: int
    remaining_today: int
