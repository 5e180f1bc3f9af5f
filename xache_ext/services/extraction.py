"""Extraction: LLM-based memory extraction from agent traces (paid, x402)."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, Literal

import attrs
from xache_api.api.extraction import extract_memories
from xache_api.models import (
    ExtractOptions,
    ExtractRequest,
    JsonObject,
    LlmConfigApiKey,
    LlmConfigEndpoint,
    LlmConfigXacheManaged,
    SubjectContext,
)
from xache_api.models.llm_config_api_key_provider import LlmConfigApiKeyProvider as LLMProvider
from xache_api.models.llm_config_endpoint_format import LlmConfigEndpointFormat as LLMApiFormat
from xache_api.models.llm_config_xache_managed_provider import LlmConfigXacheManagedProvider
from xache_api.types import UNSET, Unset

from ..contract import field_schema
from ..errors import ValidationError
from ..facade.operations import M, Op, Service, build, given, operation
from ..facade.validation import check_field, check_json_value, check_one_of, require_text
from ..types.base import camel, read
from ..types.extraction import ExtractionResult

__all__ = [
    "ExtractionOptions",
    "ExtractionService",
    "LLMConfigApiKey",
    "LLMConfigEndpoint",
    "LLMConfigXacheManaged",
]

SUPPORTED_PROVIDERS: tuple[str, ...] = tuple(field_schema("LlmConfigApiKey", "provider")["enum"])
SUPPORTED_FORMATS: tuple[str, ...] = tuple(field_schema("LlmConfigEndpoint", "format")["enum"])


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
    provider: LlmConfigXacheManagedProvider = "anthropic"
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


def _value(source: Any, name: str) -> Any:
    """An attribute of an options object, or a mapping's camelCase (else snake_case) key."""
    if isinstance(source, Mapping):
        value = source.get(camel(name))
        return source.get(name) if value is None else value
    return getattr(source, name, None)


_LlmConfigModel = LlmConfigApiKey | LlmConfigEndpoint | LlmConfigXacheManaged


def _llm_config(config: Any) -> _LlmConfigModel:
    """The request model of one of our config classes, the official SDK's dataclasses, or a wire dict, checked
    against the spec at once (the knowledge graph needs it checked before the paid reads it makes first)."""
    value = functools.partial(_value, config)
    kind, model = value("type"), given(value("model"))
    check_one_of("llm_config.type", kind, ("api-key", "endpoint", "xache-managed"))
    built: _LlmConfigModel
    if kind == "api-key":
        api_key = require_text("llm_config.api_key", value("api_key"))
        built = LlmConfigApiKey(type_="api-key", provider=value("provider"), api_key=api_key, model=model)
    elif kind == "endpoint":
        url = require_text("llm_config.url", value("url"))
        api_format: LLMApiFormat = value("format") or "openai"
        token = given(value("auth_token"))
        built = LlmConfigEndpoint(
            type_="endpoint", url=url, auth_token=token, model=model, format_=api_format
        )
    else:
        built = LlmConfigXacheManaged(type_="xache-managed", provider=given(value("provider")), model=model)
    check_field("llm_config", built.to_dict(), "ExtractRequest", "llmConfig")
    return built


def _subject(subject: Any) -> SubjectContext:
    value = functools.partial(_value, subject)
    return SubjectContext(
        subject_id=given(value("subject_id")),
        scope=given(value("scope")),
        segment_id=given(value("segment_id")),
        tenant_id=given(value("tenant_id")),
    )


def _options(options: Any) -> ExtractOptions | Unset:
    if options is None:
        return UNSET
    value = functools.partial(_value, options)
    threshold, hint, auto_store = value("confidence_threshold"), value("context_hint"), value("auto_store")
    max_memories, subject = value("max_memories"), value("subject")
    if hint is not None:
        require_text("context_hint", hint)
    return ExtractOptions(
        max_memories=given(max_memories),
        confidence_threshold=given(threshold),
        context_hint=given(hint),
        auto_store=UNSET if auto_store is None else bool(auto_store),
        subject=UNSET if subject is None else _subject(subject),
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
        elif isinstance(trace, Mapping):
            check_json_value("trace", trace)
        else:
            raise ValidationError("trace must be a string or a JSON object", field="trace")
        body = ExtractRequest(
            trace=trace if isinstance(trace, str) else JsonObject.from_dict(trace),
            llm_config=_llm_config(llm_config),
            options=_options(options),
        )
        data = yield build(extract_memories._get_kwargs, body=body)
        found = read(ExtractionResult, data)
        if not {"totalExtractions", "total_extractions"} & set(found.metadata.keys()):
            metadata = attrs.evolve(found.metadata, total_extractions=len(found.extractions))
            found = attrs.evolve(found, metadata=metadata)
        return found

    def _wrap(
        self,
        trace: Any,
        config: LLMConfig,
        auto_store: bool,
        confidence_threshold: float | None,
        context_hint: str | None,
        subject: Mapping[str, Any] | None,
    ) -> Op[ExtractionResult]:
        """A convenience wrapper's call: like TS, it always sends ``options`` (``autoStore`` only when true)."""
        options = ExtractionOptions(
            confidence_threshold=confidence_threshold,
            context_hint=context_hint,
            auto_store=True if auto_store else None,
            subject=subject,
        )
        return (yield from self._extract(trace, config, options))

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
        return (yield from self._wrap(trace, config, auto_store, confidence_threshold, context_hint, subject))

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
        return (yield from self._wrap(trace, config, auto_store, confidence_threshold, context_hint, subject))

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
        return (yield from self._wrap(trace, config, auto_store, confidence_threshold, context_hint, subject))

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
        return (yield from self._wrap(trace, config, auto_store, confidence_threshold, context_hint, subject))

    @operation
    def extract_with_xache_llm(
        self,
        trace: str | Mapping[str, Any],
        provider: LlmConfigXacheManagedProvider = "anthropic",
        model: str | None = None,
        auto_store: bool = False,
        confidence_threshold: float | None = None,
        context_hint: str | None = None,
        subject: Mapping[str, Any] | None = None,
    ) -> Op[ExtractionResult]:
        """``extract`` with Xache's LLM (scrub PII from the trace first)."""
        config = LLMConfigXacheManaged(provider=provider, model=model)
        return (yield from self._wrap(trace, config, auto_store, confidence_threshold, context_hint, subject))
