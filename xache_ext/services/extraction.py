"""Extraction: LLM-based memory extraction from agent traces (paid, x402)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Literal

import attrs
from xache_api.api.extraction import extract_memories
from xache_api.models import ExtractRequest

from ..errors import ValidationError
from ..facade.operations import M, Op, Service, build, operation
from ..facade.validation import check_int_range, check_number_range, check_one_of, require_text
from ..types.wire import as_mapping, first, to_float, to_int, to_str

__all__ = [
    "ExtractedMemory",
    "ExtractionMetadata",
    "ExtractionOptions",
    "ExtractionResult",
    "ExtractionService",
    "LLMConfigApiKey",
    "LLMConfigEndpoint",
    "LLMConfigXacheManaged",
]

LLMProvider = Literal[
    "anthropic", "openai", "google", "mistral", "groq", "together", "fireworks", "cohere", "xai", "deepseek"
]
LLMApiFormat = Literal["openai", "anthropic", "cohere"]
SUPPORTED_PROVIDERS = (
    "anthropic",
    "openai",
    "google",
    "mistral",
    "groq",
    "together",
    "fireworks",
    "cohere",
    "xai",
    "deepseek",
)
SUPPORTED_FORMATS = ("openai", "anthropic", "cohere")
_SUBJECT_ID = re.compile(r"^[a-f0-9]{64}$")


@attrs.frozen
class LLMConfigApiKey:
    """Your own key for one of the supported providers."""

    type: Literal["api-key"] = "api-key"
    provider: LLMProvider = "anthropic"
    api_key: str = attrs.field(default="", repr=False)
    model: str | None = None


@attrs.frozen
class LLMConfigEndpoint:
    """A custom or self-hosted endpoint (Ollama, vLLM, OpenRouter ...)."""

    type: Literal["endpoint"] = "endpoint"
    url: str = ""
    auth_token: str | None = attrs.field(default=None, repr=False)
    model: str | None = None
    format: LLMApiFormat = "openai"


@attrs.frozen
class LLMConfigXacheManaged:
    """An LLM run by Xache (traces must be scrubbed of PII)."""

    type: Literal["xache-managed"] = "xache-managed"
    provider: Literal["anthropic", "openai"] = "anthropic"
    model: str | None = None


LLMConfig = LLMConfigApiKey | LLMConfigEndpoint | LLMConfigXacheManaged


@attrs.frozen
class ExtractionOptions:
    """Extraction options (``max_memories`` is TypeScript-only; ``subject`` keys are camelCase)."""

    confidence_threshold: float | None = None
    context_hint: str | None = None
    auto_store: bool | None = None
    subject: Mapping[str, Any] | None = None
    max_memories: int | None = None


@attrs.frozen
class ExtractedMemory:
    """One extracted memory."""

    type: str
    data: Mapping[str, Any]
    confidence: float = 1.0
    reasoning: str | None = None
    suggested_method: str | None = None
    evidence: Any = None


@attrs.frozen
class ExtractionMetadata:
    """How the extraction ran (``extraction_time`` in ms)."""

    extraction_time: int = 0
    llm_provider: str = ""
    llm_model: str = ""
    total_extractions: int = 0
    stored_count: int = 0
    payment_receipt_id: str | None = None


@attrs.frozen
class ExtractionResult:
    """Extracted memories, the storage keys of auto-stored ones, metadata and (TS type) warnings."""

    extractions: list[ExtractedMemory]
    stored: list[str] | None
    metadata: ExtractionMetadata
    warnings: list[str] = attrs.Factory(list)

    @classmethod
    def from_wire(cls, data: Any) -> ExtractionResult:
        """Read the ``data`` of an extraction response."""
        d = as_mapping(data)
        items = [
            ExtractedMemory(
                type=to_str(m.get("type"), "unknown"),
                data=as_mapping(m.get("data")),
                confidence=to_float(m.get("confidence"), 1.0),
                reasoning=m.get("reasoning"),
                suggested_method=first(m, "suggestedMethod", "suggested_method"),
                evidence=m.get("evidence"),
            )
            for m in map(as_mapping, d.get("extractions") or [])
        ]
        meta = as_mapping(d.get("metadata"))
        stored = d.get("stored")
        return cls(
            extractions=items,
            stored=None if stored is None else [str(s) for s in stored],
            metadata=ExtractionMetadata(
                extraction_time=to_int(first(meta, "extractionTime", "extraction_time")),
                llm_provider=to_str(first(meta, "llmProvider", "llm_provider")),
                llm_model=to_str(first(meta, "llmModel", "llm_model")),
                total_extractions=to_int(first(meta, "totalExtractions", "total_extractions"), len(items)),
                stored_count=to_int(first(meta, "storedCount", "stored_count")),
                payment_receipt_id=first(meta, "paymentReceiptId", "payment_receipt_id"),
            ),
            warnings=[str(w) for w in d.get("warnings") or []],
        )


def _llm_config(config: Any) -> dict[str, Any]:
    """The wire ``llmConfig`` of one of our config classes, the official SDK's dataclasses, or a dict."""
    if isinstance(config, Mapping):
        wire = dict(config)
        kind = wire.get("type")
    else:
        kind = getattr(config, "type", None)
        wire = {"type": kind}
        names = {"provider": "provider", "api_key": "apiKey", "url": "url", "format": "format"}
        names.update(auth_token="authToken", model="model")
        for attr, key in names.items():
            value = getattr(config, attr, None)
            if value is not None:
                wire[key] = value
    check_one_of("llm_config.type", kind, ("api-key", "endpoint", "xache-managed"))
    if kind == "api-key":
        check_one_of("llm_config.provider", wire.get("provider"), SUPPORTED_PROVIDERS)
        require_text("llm_config.api_key", wire.get("apiKey"))
    elif kind == "endpoint":
        url = require_text("llm_config.url", wire.get("url"))
        if not url.startswith(("http://", "https://")):
            raise ValidationError("llm_config.url must be an http(s) URL", field="llm_config.url")
        check_one_of("llm_config.format", wire.setdefault("format", "openai"), SUPPORTED_FORMATS)
    elif wire.get("provider") is not None:
        check_one_of("llm_config.provider", wire["provider"], ("anthropic", "openai"))
    return wire


def _options(options: Any) -> dict[str, Any] | None:
    if options is None:
        return None
    if isinstance(options, Mapping):
        return dict(options)
    opts: dict[str, Any] = {}
    threshold = getattr(options, "confidence_threshold", None)
    if threshold is not None:
        check_number_range("confidence_threshold", threshold, 0.0, 1.0)
        opts["confidenceThreshold"] = threshold
    hint = getattr(options, "context_hint", None)
    if hint is not None:
        opts["contextHint"] = require_text("context_hint", hint)
    if getattr(options, "auto_store", None) is not None:
        opts["autoStore"] = bool(options.auto_store)
    max_memories = getattr(options, "max_memories", None)
    if max_memories is not None:
        check_int_range("max_memories", max_memories, 1)
        opts["maxMemories"] = max_memories
    subject = getattr(options, "subject", None)
    if subject is not None:
        subject = dict(subject)
        sid = subject.get("subjectId")
        if sid is not None and not (isinstance(sid, str) and _SUBJECT_ID.match(sid)):
            raise ValidationError("subject.subjectId must be 64 lowercase hex characters", field="subject")
        opts["subject"] = subject
    return opts


def _wrapper_options(
    auto_store: bool,
    confidence_threshold: float | None,
    context_hint: str | None,
    subject: Mapping[str, Any] | None,
) -> ExtractionOptions:
    return ExtractionOptions(
        confidence_threshold=confidence_threshold,
        context_hint=context_hint,
        auto_store=True if auto_store else None,
        subject=subject,
    )


class ExtractionService(Service[M]):
    """Extract memories from a trace with your LLM key, your endpoint, or Xache's LLM (paid)."""

    SUPPORTED_PROVIDERS = SUPPORTED_PROVIDERS
    SUPPORTED_FORMATS = SUPPORTED_FORMATS

    @operation
    def extract(
        self,
        trace: str | Mapping[str, Any],
        llm_config: LLMConfig | Mapping[str, Any] | Any,
        options: ExtractionOptions | Mapping[str, Any] | Any | None = None,
    ) -> Op[ExtractionResult]:
        """Extract memories from ``trace`` (paid through x402 automatically, within the payment policy).

        ``llm_config`` and ``options`` may also be the official SDK's dataclasses, or wire dicts (camelCase).
        """
        return (yield from self._extract(trace, llm_config, options))

    def _extract(self, trace: Any, llm_config: Any, options: Any) -> Op[ExtractionResult]:
        if isinstance(trace, str):
            require_text("trace", trace)
        elif not isinstance(trace, Mapping):
            raise ValidationError("trace must be a string or a JSON object", field="trace")
        body: dict[str, Any] = {
            "trace": trace if isinstance(trace, str) else dict(trace),
            "llmConfig": _llm_config(llm_config),
        }
        opts = _options(options)
        if opts is not None:
            body["options"] = opts
        data = yield build(extract_memories._get_kwargs, body=ExtractRequest.from_dict(body))
        return ExtractionResult.from_wire(data)

    @operation
    def extract_with_anthropic(
        self,
        trace: str | Mapping[str, Any],
        api_key: str,
        model: str | None = None,
        auto_store: bool = False,
        confidence_threshold: float | None = None,
        context_hint: str | None = None,
        subject: Mapping[str, Any] | None = None,
    ) -> Op[ExtractionResult]:
        """``extract`` with your Anthropic key."""
        config = LLMConfigApiKey(provider="anthropic", api_key=api_key, model=model)
        options = _wrapper_options(auto_store, confidence_threshold, context_hint, subject)
        return (yield from self._extract(trace, config, options))

    @operation
    def extract_with_openai(
        self,
        trace: str | Mapping[str, Any],
        api_key: str,
        model: str | None = None,
        auto_store: bool = False,
        confidence_threshold: float | None = None,
        context_hint: str | None = None,
        subject: Mapping[str, Any] | None = None,
    ) -> Op[ExtractionResult]:
        """``extract`` with your OpenAI key."""
        config = LLMConfigApiKey(provider="openai", api_key=api_key, model=model)
        options = _wrapper_options(auto_store, confidence_threshold, context_hint, subject)
        return (yield from self._extract(trace, config, options))

    @operation
    def extract_with_ollama(
        self,
        trace: str | Mapping[str, Any],
        url: str,
        model: str,
        auto_store: bool = False,
        confidence_threshold: float | None = None,
        context_hint: str | None = None,
        subject: Mapping[str, Any] | None = None,
    ) -> Op[ExtractionResult]:
        """``extract`` with an Ollama (OpenAI-compatible) endpoint."""
        config = LLMConfigEndpoint(url=url, model=model, format="openai")
        options = _wrapper_options(auto_store, confidence_threshold, context_hint, subject)
        return (yield from self._extract(trace, config, options))

    @operation
    def extract_with_endpoint(
        self,
        trace: str | Mapping[str, Any],
        url: str,
        model: str,
        auth_token: str | None = None,
        format: LLMApiFormat = "openai",
        auto_store: bool = False,
        confidence_threshold: float | None = None,
        context_hint: str | None = None,
        subject: Mapping[str, Any] | None = None,
    ) -> Op[ExtractionResult]:
        """``extract`` with a custom endpoint (OpenAI, Anthropic or Cohere API format)."""
        config = LLMConfigEndpoint(url=url, model=model, auth_token=auth_token, format=format)
        options = _wrapper_options(auto_store, confidence_threshold, context_hint, subject)
        return (yield from self._extract(trace, config, options))

    @operation
    def extract_with_xache_llm(
        self,
        trace: str | Mapping[str, Any],
        provider: Literal["anthropic", "openai"] = "anthropic",
        model: str | None = None,
        auto_store: bool = False,
        confidence_threshold: float | None = None,
        context_hint: str | None = None,
        subject: Mapping[str, Any] | None = None,
    ) -> Op[ExtractionResult]:
        """``extract`` with Xache's LLM (scrub PII from the trace first)."""
        config = LLMConfigXacheManaged(provider=provider, model=model)
        options = _wrapper_options(auto_store, confidence_threshold, context_hint, subject)
        return (yield from self._extract(trace, config, options))
