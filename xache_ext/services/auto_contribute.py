"""Auto-contribute: share high-confidence extracted insights with the collective, within daily limits.

The official Python SDK's names, defaults and thresholds (confidence >= 0.85, reputation >= 30 on the
0-100 scale, at most 50 a day, optional delay, domain allow/deny lists). Unlike both official SDKs, whose
contributions always fail their own check (they send an empty ``encryptedContentRef``), each contribution
here first stores an encrypted copy of the insight as a memory (context ``xache.collective.contribution``)
and sends that memory's storage key as ``encryptedContentRef``, with the SHA-256 of the canonical insight as
``patternHash``. So a contribution costs two payments (the store and the contribution). The copy is deleted
again if the contribution is refused.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs

from ..contract import field_schema
from ..errors import APIStatusError, ValidationError, XacheError
from ..facade.compose import compose
from ..facade.context import ClientContext
from ..facade.operations import AsyncExecutor, M, Op, Service, SyncExecutor, operation
from ..facade.validation import check_int_range, check_number_range, check_text_list
from ..logs import logger
from ..pipeline.callbacks import Callback
from ..types.auto_contribute import (
    AutoContributeResult,
    AutoContribution,
    ContributionOpportunity,
    DelayedContributionResult,
    SkippedExtraction,
    SkipReason,
)
from ..types.base import Result, ResultShapeError, read
from ..types.extraction import ExtractedMemory, ExtractionResult
from .collective import CollectiveService
from .memory import MemoryService
from .reputation import ReputationService

__all__ = [
    "AUTO_CONTRIBUTION_CONTEXT",
    "AutoContributeConfig",
    "AutoContributeService",
    "AutoContributeState",
]

AUTO_CONTRIBUTION_CONTEXT = "xache.collective.contribution"
# The contribution's limits, from the spec: what is generated here is made to fit them before anything is paid.
_CONTRIBUTE = "CollectiveContributeRequest"
MIN_PATTERN = int(field_schema(_CONTRIBUTE, "pattern")["minLength"])
MAX_PATTERN = int(field_schema(_CONTRIBUTE, "pattern")["maxLength"])
MAX_TAGS = int(field_schema(_CONTRIBUTE, "tags")["maxItems"])
MAX_TAG = int(field_schema(_CONTRIBUTE, "tags", "[]")["maxLength"])
MAX_DOMAIN = int(field_schema(_CONTRIBUTE, "domain")["maxLength"])
MAX_CONTEXT_TYPE = int(field_schema(_CONTRIBUTE, "contextType")["maxLength"])
ContributeHandler = Callable[[AutoContribution], Any]


@attrs.define
class AutoContributeConfig:
    """When to contribute: ``enabled``, minimum ``confidence_threshold`` (0-1) and ``min_reputation``
    (0-100), allowed ``domains`` / ``exclude_domains``, a ``delay_hours`` before contributing, a daily cap
    ``max_per_day``, and ``on_contribute`` (sync, or async on the async client) called with each
    :class:`AutoContribution`."""

    enabled: bool = False
    confidence_threshold: float = 0.85
    min_reputation: float = 30.0
    domains: list[str] | None = None
    exclude_domains: list[str] | None = None
    delay_hours: float = 0.0
    max_per_day: int = 50
    on_contribute: ContributeHandler | None = None

    def validate(self) -> None:
        """Raise :class:`ValidationError` for a value out of range."""
        if not isinstance(self.enabled, bool):
            raise ValidationError("enabled must be a bool", field="enabled")
        check_number_range("confidence_threshold", self.confidence_threshold, 0.0, 1.0)
        check_number_range("min_reputation", self.min_reputation, 0.0, 100.0)
        check_number_range("delay_hours", self.delay_hours, 0.0)
        check_int_range("max_per_day", self.max_per_day, 0)
        for field in ("domains", "exclude_domains"):
            value = getattr(self, field)
            if value is not None:
                check_text_list(field, value)
        if self.on_contribute is not None and not callable(self.on_contribute):
            raise ValidationError("on_contribute must be callable", field="on_contribute")


@attrs.frozen
class _Pending:
    extraction: ExtractedMemory
    ready_at: float
    extraction_id: str | None


@attrs.define
class AutoContributeState:
    """What the service tracks: today's (UTC) count, the insights already shared, the delayed queue and
    the agent's reputation (read once a day)."""

    day: dt.date
    contributed_today: int = 0
    seen_hashes: set[str] = attrs.field(factory=set)
    pending_delayed: list[_Pending] = attrs.field(factory=list)
    agent_reputation: float | None = None


def _as_extraction(value: Any, index: int) -> ExtractedMemory:
    """One of ours, or a dict in the wire (camelCase) or snake_case form; as in the official Python SDK, a
    dict without ``type``, ``data`` or ``confidence`` is of type ``unknown``, with no data, confidence 0."""
    if isinstance(value, ExtractedMemory):
        return value
    field = f"extractions[{index}]"
    if not isinstance(value, Mapping):
        raise ValidationError(f"{field} must be an extraction or a dict", field=field)
    try:
        return read(ExtractedMemory, {"type": "unknown", "data": {}, "confidence": 0.0, **value}, field)
    except ResultShapeError as exc:
        raise ValidationError(str(exc), field=field) from None


def _domain(extraction: ExtractedMemory) -> str:
    domain = extraction.data.get("domain")
    return domain if isinstance(domain, str) and domain.strip() and len(domain) <= MAX_DOMAIN else "general"


def pattern_hash(extraction: ExtractedMemory) -> str:
    """SHA-256 (hex) of the canonical JSON of the insight's type and data: its identity for de-duplication."""
    canonical = json.dumps(
        {"type": extraction.type, "data": extraction.data}, sort_keys=True, separators=(",", ":"), default=str
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


def _pattern(extraction: ExtractedMemory) -> str:
    """The heuristic's text: the insight's own text field if it has one, else ``<type>: <data JSON>``."""
    for name in ("pattern", "heuristic", "insight", "rule", "solution"):
        text = extraction.data.get(name)
        if isinstance(text, str) and len(text.strip()) >= MIN_PATTERN:
            text = text.strip()
            return text if len(text) <= MAX_PATTERN else text[: MAX_PATTERN - 3] + "..."
    body = json.dumps(dict(extraction.data), separators=(",", ":"), ensure_ascii=False, default=str)
    text = f"{extraction.type}: {body}"
    return text if len(text) <= MAX_PATTERN else text[: MAX_PATTERN - 3] + "..."


def _tags(extraction: ExtractedMemory) -> list[str]:
    tags = [extraction.type, "auto-contributed"]
    domain = extraction.data.get("domain")
    if isinstance(domain, str) and domain.strip():
        tags.append(domain)
    if extraction.suggested_method:
        tags.append(extraction.suggested_method)
    return list(dict.fromkeys(t[:MAX_TAG] for t in tags if t))[:MAX_TAGS]


class AutoContributeService(Service[M]):
    """Evaluates extractions and contributes the qualified ones (``client.auto_contribute``).

    ``clock`` (seconds since the epoch) times the delays and the daily reset; replace it to control time.
    """

    def __init__(
        self,
        executor: SyncExecutor | AsyncExecutor,
        context: ClientContext,
        config: AutoContributeConfig | None = None,
    ) -> None:
        super().__init__(executor, context)
        self.config = config or AutoContributeConfig()
        self.config.validate()
        self.clock: Callable[[], float] = time.time
        self._state = AutoContributeState(day=self._today())
        self._memory: MemoryService[Any] = MemoryService(executor, context)
        self._collective: CollectiveService[Any] = CollectiveService(executor, context)
        self._reputation: ReputationService[Any] = ReputationService(executor, context)

    def _today(self) -> dt.date:
        return dt.datetime.fromtimestamp(self.clock(), dt.UTC).date()

    def _roll_day(self) -> None:
        today = self._today()
        if today != self._state.day:
            self._state.day = today
            self._state.contributed_today = 0
            self._state.agent_reputation = None

    def update_config(self, **changes: Any) -> AutoContributeConfig:
        """Change some settings (the names of :class:`AutoContributeConfig`); returns the new config."""
        unknown = set(changes) - set(attrs.fields_dict(AutoContributeConfig))
        if unknown:
            raise ValidationError(f"unknown settings: {', '.join(sorted(unknown))}", field=sorted(unknown)[0])
        config = attrs.evolve(self.config, **changes)
        config.validate()
        self.config = config
        return config

    def is_enabled(self) -> bool:
        """Whether contributions are made (otherwise ``evaluate`` only reports the opportunity)."""
        return self.config.enabled

    def get_state(self) -> AutoContributeState:
        """A copy of what the service tracks."""
        self._roll_day()
        return attrs.evolve(
            self._state,
            seen_hashes=set(self._state.seen_hashes),
            pending_delayed=list(self._state.pending_delayed),
        )

    def get_remaining_contributions(self) -> int:
        """How many more contributions today's (UTC) cap allows."""
        self._roll_day()
        return max(0, self.config.max_per_day - self._state.contributed_today)

    def _check(self, extraction: ExtractedMemory, reputation: float | None) -> SkipReason | None:
        if extraction.confidence < self.config.confidence_threshold:
            return "low_confidence"
        if reputation is not None and reputation < self.config.min_reputation:
            return "low_reputation"
        domain = _domain(extraction)
        if self.config.exclude_domains and domain in self.config.exclude_domains:
            return "domain_excluded"
        if self.config.domains is not None and domain not in self.config.domains:
            return "domain_not_allowed"
        return None

    def _agent_reputation(self) -> Op[float]:
        if self._state.agent_reputation is None:
            try:
                snapshot = yield from compose(ReputationService.get_reputation, self._reputation)()
                self._state.agent_reputation = snapshot.overall
            except APIStatusError as exc:
                logger.warning(
                    "auto-contribute could not read the agent's reputation (counted as 0): %s", exc
                )
                self._state.agent_reputation = 0.0
        return self._state.agent_reputation

    def _contribute(self, extraction: ExtractedMemory, extraction_id: str | None) -> Op[AutoContribution]:
        """Store the encrypted copy, then contribute it (two payments); the copy is deleted if refused."""
        digest, domain, pattern = pattern_hash(extraction), _domain(extraction), _pattern(extraction)
        if len(pattern) < MIN_PATTERN:
            raise ValidationError(f"the insight is too short to contribute: {pattern!r}", field="pattern")
        copy = {
            "type": extraction.type,
            "data": dict(extraction.data),
            "confidence": extraction.confidence,
            "reasoning": extraction.reasoning,
            "pattern": pattern,
            "patternHash": digest,
            "extractionId": extraction_id,
        }
        stored = yield from compose(MemoryService.store, self._memory)(
            data={k: v for k, v in copy.items() if v is not None},
            storage_tier="warm",
            metadata={"patternHash": digest, "domain": domain},
            context=AUTO_CONTRIBUTION_CONTEXT,
            tags=["auto-contributed", domain],
        )
        metadata: dict[str, Any] = {"autoContributed": True, "confidence": extraction.confidence}
        if extraction_id is not None:
            metadata["extractionId"] = extraction_id
        if extraction.reasoning:
            metadata["reasoning"] = extraction.reasoning
        try:
            result = yield from compose(CollectiveService.contribute, self._collective)(
                pattern=pattern,
                pattern_hash=digest,
                domain=domain,
                tags=_tags(extraction),
                metrics={
                    "success_rate": extraction.confidence,
                    "sample_size": 1,
                    "confidence": extraction.confidence,
                },
                encrypted_content_ref=stored.storage_key,
                context_type=extraction.type[:MAX_CONTEXT_TYPE],
                metadata=metadata,
            )
        except XacheError:
            try:
                yield from compose(MemoryService.delete, self._memory)(stored.storage_key)
            except APIStatusError as exc:
                logger.warning("auto-contribute left its copy %s behind: %s", stored.storage_key, exc)
            raise
        return AutoContribution(
            heuristic_id=result.heuristic_id,
            domain=domain,
            confidence=extraction.confidence,
            pattern=pattern,
            pattern_hash=digest,
            encrypted_content_ref=stored.storage_key,
            receipt_id=result.receipt_id,
            contributed_at=dt.datetime.fromtimestamp(self.clock(), dt.UTC),
            extraction_id=extraction_id,
        )

    def _try(
        self, extraction: ExtractedMemory, extraction_id: str | None
    ) -> Op[AutoContribution | SkippedExtraction]:
        """Contribute and count it, or report why it failed (an API refusal or an invalid insight)."""
        try:
            contribution = yield from self._contribute(extraction, extraction_id)
        except (APIStatusError, ValidationError) as exc:
            logger.warning("auto-contribution failed: %s", exc)
            return SkippedExtraction(extraction=extraction, reason="error", error=str(exc))
        self._state.contributed_today += 1
        self._state.seen_hashes.add(contribution.pattern_hash)
        if self.config.on_contribute is not None:
            yield Callback(self.config.on_contribute, (contribution,))
        return contribution

    @operation
    def evaluate(
        self,
        extractions: Sequence[ExtractedMemory | Mapping[str, Any]] | ExtractionResult,
        extraction_id: str | None = None,
    ) -> Op[AutoContributeResult]:
        """Contribute the qualified ``extractions`` (of an extraction result, or dicts) now, or queue them
        when ``delay_hours`` is set. Disabled, it contributes nothing and reports the opportunity."""
        items: Iterable[Any] = (
            extractions.extractions if isinstance(extractions, ExtractionResult) else extractions
        )
        if isinstance(items, str | Mapping | Result) or not isinstance(items, Iterable):
            raise ValidationError("extractions must be a list", field="extractions")
        batch = [_as_extraction(e, i) for i, e in enumerate(items)]
        self._roll_day()
        if not self.config.enabled:
            eligible = [e for e in batch if self._check(e, None) is None]
            opportunity = None
            if eligible:
                opportunity = ContributionOpportunity(
                    eligible_count=len(eligible),
                    domains=sorted({_domain(e) for e in eligible}),
                    message=f"{len(eligible)} insight(s) qualify for collective contribution; "
                    "enable auto-contribute to share them and earn royalties.",
                )
            return AutoContributeResult(
                contributed=[],
                skipped=[SkippedExtraction(extraction=e, reason="disabled") for e in batch],
                delayed=0,
                remaining_today=self.get_remaining_contributions(),
                opportunity=opportunity,
            )
        reputation = (yield from self._agent_reputation()) if self.config.min_reputation > 0 else None
        contributed: list[AutoContribution] = []
        skipped: list[SkippedExtraction] = []
        delayed = 0
        queued = {pattern_hash(p.extraction) for p in self._state.pending_delayed}
        for extraction in batch:
            reason = self._check(extraction, reputation)
            digest = pattern_hash(extraction)
            if reason is None and (digest in self._state.seen_hashes or digest in queued):
                reason = "duplicate"
            if reason is None and self._state.contributed_today >= self.config.max_per_day:
                reason = "rate_limited"
            if reason is None and self.config.delay_hours > 0:
                ready_at = self.clock() + self.config.delay_hours * 3600
                self._state.pending_delayed.append(_Pending(extraction, ready_at, extraction_id))
                queued.add(digest)
                delayed += 1
                reason = "delayed"
            if reason is not None:
                skipped.append(SkippedExtraction(extraction=extraction, reason=reason))
                continue
            outcome = yield from self._try(extraction, extraction_id)
            if isinstance(outcome, AutoContribution):
                contributed.append(outcome)
            else:
                skipped.append(outcome)
        return AutoContributeResult(
            contributed=contributed,
            skipped=skipped,
            delayed=delayed,
            remaining_today=self.get_remaining_contributions(),
        )

    @operation
    def process_delayed(self) -> Op[DelayedContributionResult]:
        """Contribute the queued insights whose delay has passed (within today's cap; the rest stay queued)."""
        self._roll_day()
        now = self.clock()
        contributed: list[AutoContribution] = []
        failed: list[SkippedExtraction] = []
        for pending in list(self._state.pending_delayed):
            if pending.ready_at > now or self._state.contributed_today >= self.config.max_per_day:
                continue
            outcome = yield from self._try(pending.extraction, pending.extraction_id)
            self._state.pending_delayed.remove(pending)  # only once handled: an aborted call leaves it queued
            if isinstance(outcome, AutoContribution):
                contributed.append(outcome)
            else:
                failed.append(outcome)
        remaining = len(self._state.pending_delayed)
        return DelayedContributionResult(
            contributed=contributed,
            failed=failed,
            remaining_delayed=remaining,
            remaining_today=self.get_remaining_contributions(),
        )
