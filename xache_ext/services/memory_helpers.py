"""Memory helpers: ``remember_*`` / ``recall_*`` for the standard kinds of agent memory, and the
:class:`StandardContexts` they are filed under (the official SDKs' constants, value for value).

The helpers are methods of ``client.memory`` (as in the TypeScript SDK) and of ``client.helpers`` (the
official Python SDK's place for them), with the Python SDK's arguments. What they store is readable by both
official SDKs: the data carries both SDKs' field names (e.g. a heuristic's ``insight`` and ``heuristic``),
and the tags both SDKs filter on. ``recall_*`` decrypts what it finds (one paid batch per page of results;
the Python SDK returns listings only), newest first, and reads memories written by either SDK.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

import attrs

from ..crypto.subject import SubjectContext, SubjectLike, coerce_subject_context, subject_fields
from ..errors import ValidationError
from ..facade.compose import compose
from ..facade.operations import M, Op, Service, operation
from ..facade.validation import check_int_range, check_text_list, require_text
from ..graph.conventions import GRAPH_ENTITY, GRAPH_RELATIONSHIP
from ..logs import logger
from ..types.base import read_list
from ..types.memory_helpers import RecalledMemory

if TYPE_CHECKING:
    from ..types.memory import MemorySummary
    from .memory import MemoryService

__all__ = ["RETRIEVE_BATCH", "STANDARD_CONTEXT_VALUES", "MemoryHelpers", "StandardContexts"]

Tier = Literal["hot", "warm", "cold"]
RETRIEVE_BATCH = 50  # $0.08 at the published $0.0016 per item: within the default $0.10 payment cap


class StandardContexts:
    """The standard memory contexts: SDK conventions that integrations and the extractor index by."""

    USER_PREFERENCE = "xache.user.preference"
    ERROR_FIX = "xache.error.fix"
    SUCCESSFUL_PATTERN = "xache.pattern.success"
    FAILED_APPROACH = "xache.pattern.failure"
    TOOL_CONFIG = "xache.tool.config"
    CONVERSATION_SUMMARY = "xache.conversation.summary"
    DOMAIN_HEURISTIC = "xache.domain.heuristic"
    OPTIMIZATION_INSIGHT = "xache.optimization.insight"
    GRAPH_ENTITY = GRAPH_ENTITY
    GRAPH_RELATIONSHIP = GRAPH_RELATIONSHIP


STANDARD_CONTEXT_VALUES = frozenset(v for k, v in vars(StandardContexts).items() if k.isupper())


def _now_ms() -> int:
    return int(time.time() * 1000)


def _present(fields: Mapping[str, Any]) -> dict[str, Any]:
    """The fields that are set (JSON.stringify leaves undefined ones out; so do we)."""
    return {k: v for k, v in fields.items() if v is not None}


def _optional_text(field: str, value: Any) -> str | None:
    return None if value is None else require_text(field, value)


def _error_type(error: str) -> str:
    match = re.match(r"^(\w+Error):", error)
    return match.group(1) if match else "UnknownError"


Prefilter = Callable[["MemorySummary"], bool | None]
Confirm = Callable[[Mapping[str, Any]], bool]


def _by_tag_or_data(tag: str, prefix: str, *data_keys: str, value: str) -> tuple[Prefilter, Confirm]:
    """Keep memories tagged ``tag``; drop those with another ``prefix`` tag; decide the rest by their data."""

    def prefilter(item: MemorySummary) -> bool | None:
        tags = item.tags or []
        if tag in tags:
            return True
        return False if any(t.startswith(prefix) for t in tags if isinstance(t, str)) else None

    def confirm(data: Mapping[str, Any]) -> bool:
        return any(data.get(k) == value for k in data_keys)

    return prefilter, confirm


class MemoryHelpers(Service[M]):
    """The ``remember_*`` / ``recall_*`` helpers (methods of ``client.memory`` and ``client.helpers``).

    ``subject`` scopes a memory (a :class:`SubjectContext` or a dict with ``subject_id``, ``scope``,
    ``segment_id``, ``tenant_id``). Every ``remember_*`` is one paid store and returns the storage key.
    """

    def _memory_service(self) -> MemoryService[Any]:
        from .memory import MemoryService

        return self if isinstance(self, MemoryService) else MemoryService(self._executor, self._context)

    def _remember(
        self,
        data: Mapping[str, Any],
        tier: Tier,
        context: str,
        tags: Sequence[str],
        metadata: Mapping[str, Any],
        subject: SubjectLike | None,
    ) -> Op[str]:
        from .memory import MemoryService

        ctx = coerce_subject_context(subject)
        stored = yield from compose(MemoryService.store, self._memory_service())(
            data=_present(data),
            storage_tier=tier,
            metadata=_present(metadata),
            context=context,
            tags=list(dict.fromkeys(tags)),
            **subject_fields(ctx),
        )
        return stored.storage_key

    @operation
    def remember_preference(
        self, key: str, value: Any, subject: SubjectLike | None = None, *, user_id: str | None = None
    ) -> Op[str]:
        """Store a user preference ``key = value`` (hot)."""
        require_text("key", key)
        _optional_text("user_id", user_id)
        return (
            yield from self._remember(
                {"key": key, "value": value, "userId": user_id, "timestamp": _now_ms()},
                "hot",
                StandardContexts.USER_PREFERENCE,
                ["preference", key],
                {"preferenceKey": key, "userId": user_id},
                subject,
            )
        )

    @operation
    def remember_fix(
        self, error: str, solution: str, domain: str | None = None, subject: SubjectLike | None = None
    ) -> Op[str]:
        """Store how an error was fixed (warm); ``domain`` is what :meth:`recall_fixes` filters on."""
        require_text("error", error)
        require_text("solution", solution)
        _optional_text("domain", domain)
        tags = ["error", "fix", "error-fix"] + ([f"domain:{domain}"] if domain else [])
        return (
            yield from self._remember(
                {
                    "error": error,
                    "solution": solution,
                    "context": domain,
                    "domain": domain,
                    "timestamp": _now_ms(),
                },
                "warm",
                StandardContexts.ERROR_FIX,
                tags,
                {"errorType": _error_type(error)},
                subject,
            )
        )

    @operation
    def remember_pattern(
        self,
        pattern: str,
        success: bool,
        domain: str | None = None,
        subject: SubjectLike | None = None,
        *,
        confidence: float | None = None,
    ) -> Op[str]:
        """Store an approach that worked (``success``) or failed (warm), under its own context."""
        require_text("pattern", pattern)
        if not isinstance(success, bool):
            raise ValidationError("success must be a bool", field="success")
        _optional_text("domain", domain)
        context = StandardContexts.SUCCESSFUL_PATTERN if success else StandardContexts.FAILED_APPROACH
        tags = ["pattern", "success" if success else "failure"] + ([domain] if domain else [])
        return (
            yield from self._remember(
                {
                    "pattern": pattern,
                    "success": success,
                    "domain": domain,
                    "confidence": confidence,
                    "timestamp": _now_ms(),
                },
                "warm",
                context,
                tags,
                {"domain": domain, "confidence": confidence},
                subject,
            )
        )

    @operation
    def remember_conversation(
        self,
        summary: str,
        key_points: Sequence[str] | None = None,
        subject: SubjectLike | None = None,
        *,
        turns: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        participants: Sequence[str] | None = None,
    ) -> Op[str]:
        """Store a conversation summary (hot); times are Unix milliseconds."""
        require_text("summary", summary)
        for field, values in (("key_points", key_points), ("participants", participants)):
            if values is not None:
                check_text_list(field, values)
        for field, number in (("turns", turns), ("start_time", start_time), ("end_time", end_time)):
            if number is not None:
                check_int_range(field, number, 0)
        end = end_time if end_time is not None else (_now_ms() if start_time is not None else None)
        return (
            yield from self._remember(
                {
                    "summary": summary,
                    "keyPoints": None if key_points is None else list(key_points),
                    "turns": turns,
                    "startTime": start_time,
                    "endTime": end,
                    "participants": None if participants is None else list(participants),
                    "timestamp": _now_ms(),
                },
                "hot",
                StandardContexts.CONVERSATION_SUMMARY,
                ["conversation"] + ([f"turns:{turns}"] if turns is not None else []),
                {
                    "turnCount": turns,
                    "duration": None if start_time is None or end is None else end - start_time,
                },
                subject,
            )
        )

    @operation
    def remember_tool_config(
        self,
        tool: str,
        config: Mapping[str, Any],
        subject: SubjectLike | None = None,
        *,
        version: str | None = None,
    ) -> Op[str]:
        """Store a tool's configuration (warm)."""
        require_text("tool", tool)
        if not isinstance(config, Mapping):
            raise ValidationError("config must be a dict", field="config")
        _optional_text("version", version)
        return (
            yield from self._remember(
                {
                    "tool": tool,
                    "toolName": tool,
                    "config": dict(config),
                    "version": version,
                    "timestamp": _now_ms(),
                },
                "warm",
                StandardContexts.TOOL_CONFIG,
                ["tool-config", "tool", tool],
                {"toolName": tool, "version": version},
                subject,
            )
        )

    @operation
    def remember_heuristic(
        self,
        insight: str,
        domain: str,
        subject: SubjectLike | None = None,
        *,
        confidence: float | None = None,
        evidence: str | None = None,
    ) -> Op[str]:
        """Store a heuristic of a domain (cold)."""
        require_text("insight", insight)
        require_text("domain", domain)
        _optional_text("evidence", evidence)
        return (
            yield from self._remember(
                {
                    "insight": insight,
                    "heuristic": insight,
                    "domain": domain,
                    "confidence": confidence,
                    "evidence": evidence,
                    "timestamp": _now_ms(),
                },
                "cold",
                StandardContexts.DOMAIN_HEURISTIC,
                ["heuristic", domain, f"domain:{domain}"],
                {"domain": domain, "confidence": confidence},
                subject,
            )
        )

    @operation
    def remember_optimization(
        self,
        insight: str,
        category: str | None = None,
        subject: SubjectLike | None = None,
        *,
        operation: str | None = None,
        metrics: Mapping[str, float] | None = None,
    ) -> Op[str]:
        """Store an optimisation insight (warm); ``operation`` is what it improved."""
        require_text("insight", insight)
        _optional_text("category", category)
        _optional_text("operation", operation)
        if metrics is not None and not isinstance(metrics, Mapping):
            raise ValidationError("metrics must be a dict", field="metrics")
        return (
            yield from self._remember(
                {
                    "insight": insight,
                    "improvement": insight,
                    "category": category,
                    "operation": operation,
                    "metrics": None if metrics is None else dict(metrics),
                    "timestamp": _now_ms(),
                },
                "warm",
                StandardContexts.OPTIMIZATION_INSIGHT,
                ["optimization"] + ([operation] if operation else []),
                {
                    "category": category,
                    "operation": operation,
                    "metrics": None if metrics is None else dict(metrics),
                },
                subject,
            )
        )

    # -- recall -------------------------------------------------------------------------------------------

    def _recall_one(
        self,
        context: str,
        subject: SubjectContext | None,
        limit: int,
        prefilter: Prefilter | None,
        confirm: Confirm | None,
    ) -> Op[list[RecalledMemory]]:
        """Up to ``limit`` memories of ``context``, newest first, decrypted; ``prefilter`` decides from the
        listing (None: undecided), ``confirm`` decides the undecided from their data."""
        from .memory import MemoryService

        memory = self._memory_service()
        listing, batch_op = compose(MemoryService.list, memory), compose(MemoryService.retrieve_batch, memory)
        found: list[RecalledMemory] = []
        offset: int | None = 0
        while offset is not None and len(found) < limit:
            page = yield from listing(
                context=context,
                limit=100,
                offset=offset,
                **subject_fields(subject),
            )
            offset = page.next_offset()
            listed = read_list(RecalledMemory, [m.to_dict() for m in page.items], "data.memories")
            candidates = [(m, prefilter(m) if prefilter else True) for m in listed]
            candidates = [(m, verdict) for m, verdict in candidates if verdict is not False]
            while candidates and len(found) < limit:
                sure = all(verdict for _, verdict in candidates)
                size = min(RETRIEVE_BATCH, limit - len(found)) if sure else RETRIEVE_BATCH
                chunk, candidates = candidates[:size], candidates[size:]
                batch = yield from batch_op([m.storage_key for m, _ in chunk])
                for index, ((item, verdict), got) in enumerate(zip(chunk, batch.results, strict=True)):
                    if got is None or not isinstance(got.data, Mapping):
                        logger.warning(
                            "memory %s is skipped: %s",
                            item.storage_key,
                            batch.errors.get(index, "not a dict"),
                        )
                        continue
                    if verdict is None and (confirm is None or not confirm(got.data)):
                        continue
                    if len(found) < limit:
                        storage_tier = got.storage_tier or item.storage_tier
                        found.append(attrs.evolve(item, data=dict(got.data), storage_tier=storage_tier))
        return found

    def _recall(
        self,
        contexts: Sequence[str],
        subject: SubjectLike | None,
        limit: int,
        filters: tuple[Prefilter, Confirm] | None = None,
    ) -> Op[list[RecalledMemory]]:
        check_int_range("limit", limit, 1)
        ctx = coerce_subject_context(subject)
        prefilter, confirm = filters if filters else (None, None)
        found: list[RecalledMemory] = []
        for context in contexts:
            found += yield from self._recall_one(context, ctx, limit, prefilter, confirm)
        if len(contexts) > 1:
            epoch = dt.datetime.min.replace(tzinfo=dt.UTC)
            found.sort(key=lambda m: m.created_at or epoch, reverse=True)
        return found[:limit]

    @operation
    def recall(
        self, context: str, subject: SubjectLike | None = None, limit: int = 50
    ) -> Op[list[RecalledMemory]]:
        """Up to ``limit`` memories of any ``context``, newest first, decrypted (paid, per batch)."""
        require_text("context", context)
        return (yield from self._recall([context], subject, limit))

    @operation
    def recall_preferences(
        self, subject: SubjectLike | None = None, limit: int = 50
    ) -> Op[list[RecalledMemory]]:
        """The user preferences, newest first."""
        return (yield from self._recall([StandardContexts.USER_PREFERENCE], subject, limit))

    @operation
    def recall_fixes(
        self, domain: str | None = None, subject: SubjectLike | None = None, limit: int = 50
    ) -> Op[list[RecalledMemory]]:
        """The error fixes, newest first, optionally of one ``domain``."""
        _optional_text("domain", domain)
        filters = (
            None
            if domain is None
            else _by_tag_or_data(f"domain:{domain}", "domain:", "context", "domain", value=domain)
        )
        return (yield from self._recall([StandardContexts.ERROR_FIX], subject, limit, filters))

    @operation
    def recall_patterns(
        self, success_only: bool | None = None, subject: SubjectLike | None = None, limit: int = 50
    ) -> Op[list[RecalledMemory]]:
        """Successful (``success_only=True``), failed (False) or all patterns (None), newest first."""
        contexts = {
            True: [StandardContexts.SUCCESSFUL_PATTERN],
            False: [StandardContexts.FAILED_APPROACH],
            None: [StandardContexts.SUCCESSFUL_PATTERN, StandardContexts.FAILED_APPROACH],
        }
        if success_only is not None and not isinstance(success_only, bool):
            raise ValidationError("success_only must be True, False or None", field="success_only")
        return (yield from self._recall(contexts[success_only], subject, limit))

    @operation
    def recall_conversations(
        self, subject: SubjectLike | None = None, limit: int = 50
    ) -> Op[list[RecalledMemory]]:
        """The conversation summaries, newest first."""
        return (yield from self._recall([StandardContexts.CONVERSATION_SUMMARY], subject, limit))

    @operation
    def recall_tool_configs(
        self, tool: str | None = None, subject: SubjectLike | None = None, limit: int = 50
    ) -> Op[list[RecalledMemory]]:
        """The tool configurations, newest first, optionally of one ``tool``."""
        _optional_text("tool", tool)
        filters: tuple[Prefilter, Confirm] | None = None
        if tool is not None:
            filters = (
                lambda item: None if tool in (item.tags or []) else False,
                lambda data: tool in (data.get("tool"), data.get("toolName")),
            )
        return (yield from self._recall([StandardContexts.TOOL_CONFIG], subject, limit, filters))

    @operation
    def recall_heuristics(
        self, domain: str | None = None, subject: SubjectLike | None = None, limit: int = 50
    ) -> Op[list[RecalledMemory]]:
        """The domain heuristics, newest first, optionally of one ``domain``."""
        _optional_text("domain", domain)
        filters = (
            None if domain is None else _by_tag_or_data(f"domain:{domain}", "domain:", "domain", value=domain)
        )
        return (yield from self._recall([StandardContexts.DOMAIN_HEURISTIC], subject, limit, filters))

    @operation
    def recall_optimizations(
        self, subject: SubjectLike | None = None, limit: int = 50
    ) -> Op[list[RecalledMemory]]:
        """The optimisation insights, newest first."""
        return (yield from self._recall([StandardContexts.OPTIMIZATION_INSIGHT], subject, limit))
