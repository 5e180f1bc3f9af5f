"""Collective intelligence: contribute heuristics and query what other agents learned."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

import attrs
from xache_api.api.collective import contribute_heuristic, list_heuristics, query_collective
from xache_api.models import CollectiveContributeRequest, CollectiveQueryRequest, JsonObject
from xache_api.models import HeuristicMetrics as HeuristicMetricsModel
from xache_api.types import UNSET

from ..errors import ValidationError
from ..facade.operations import M, Op, Service, build, given, operation, paginated
from ..facade.pagination import PageData
from ..facade.validation import check_text_list, json_object, require_text
from ..types.base import Result, camel, read, result
from ..types.collective import ContributedHeuristic, Heuristic, QueryResult

DEFAULT_HEURISTICS_LIMIT = 20

__all__ = ["CollectiveService", "HeuristicMetrics"]


@attrs.frozen
class HeuristicMetrics:
    """How well a heuristic worked: success rate and confidence in [0, 1], sample size >= 1 (the spec's
    ranges, checked when the request is sent)."""

    success_rate: float
    sample_size: int
    confidence: float

    def to_model(self) -> HeuristicMetricsModel:
        """The request's ``metrics``."""
        return HeuristicMetricsModel(
            success_rate=self.success_rate, sample_size=self.sample_size, confidence=self.confidence
        )

    @classmethod
    def coerce(cls, value: HeuristicMetrics | Mapping[str, Any]) -> HeuristicMetrics:
        """Accept an instance or a dict in snake_case or camelCase."""
        if isinstance(value, HeuristicMetrics):
            return value
        if not isinstance(value, Mapping):
            raise ValidationError("metrics must be HeuristicMetrics or a dict", field="metrics")
        try:
            return cls(**{f: value[f] if f in value else value[camel(f)] for f in attrs.fields_dict(cls)})
        except KeyError:
            raise ValidationError(
                "metrics needs success_rate, sample_size and confidence", field="metrics"
            ) from None


@result
class _Heuristics(Result):
    heuristics: list[Heuristic]
    total: int
    limit: int | None = None


class CollectiveService(Service[M]):
    """Share heuristics with other agents and query theirs (paid, with royalties to contributors)."""

    @operation
    def contribute(
        self,
        pattern: str,
        pattern_hash: str,
        domain: str,
        tags: Sequence[str],
        metrics: HeuristicMetrics | Mapping[str, Any],
        encrypted_content_ref: str,
        context_type: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        anchoring: Literal["immediate"] | None = None,
    ) -> Op[ContributedHeuristic]:
        """Contribute a heuristic (paid).

        ``pattern_hash`` is any stable hash of the pattern (the official MCP server sends the SHA-256 hex of
        ``pattern``); ``encrypted_content_ref`` points to the heuristic's full content kept encrypted, usually the
        storage key of a memory holding it. ``client.auto_contribute`` does both for extracted insights."""
        require_text("pattern_hash", pattern_hash)
        require_text("domain", domain)
        check_text_list("tags", tags)
        require_text("encrypted_content_ref", encrypted_content_ref)
        body = CollectiveContributeRequest(
            pattern=pattern,
            pattern_hash=pattern_hash,
            domain=domain,
            tags=list(tags),
            metrics=HeuristicMetrics.coerce(metrics).to_model(),
            encrypted_content_ref=encrypted_content_ref,
            context_type=given(context_type),
            metadata=UNSET if metadata is None else JsonObject.from_dict(json_object("metadata", metadata)),
            anchoring=given(anchoring),
        )
        got = read(ContributedHeuristic, (yield build(contribute_heuristic._get_kwargs, body=body)))
        # what the answer leaves out is what was sent
        return attrs.evolve(
            got, pattern=got.pattern or pattern, domain=got.domain or domain, tags=got.tags or body.tags
        )

    @operation
    def query(
        self,
        query_text: str,
        domain: str | None = None,
        limit: int = 10,
        anchoring: Literal["immediate"] | None = None,
    ) -> Op[QueryResult]:
        """Find heuristics relevant to ``query_text`` (paid; royalties go to their contributors)."""
        body = CollectiveQueryRequest(
            query_text=query_text,
            limit=limit,
            domain=given(domain),
            anchoring=given(anchoring),
        )
        return read(QueryResult, (yield build(query_collective._get_kwargs, body=body)))

    @paginated
    def list_heuristics(
        self, domain: str | None = None, limit: int = DEFAULT_HEURISTICS_LIMIT, offset: int = 0
    ) -> Op[PageData[Heuristic]]:
        """Browse public heuristics (unsigned); iterate the page to walk every page."""
        # Defaults are left out of the query (as the SDKs do); offset 0 is never sent (as TypeScript does).
        reply = yield build(
            list_heuristics._get_kwargs,
            domain=domain,
            limit=None if limit == DEFAULT_HEURISTICS_LIMIT else limit,
            offset=offset or None,
        )
        page = read(_Heuristics, reply)
        return PageData(page.heuristics, page.total, limit if page.limit is None else page.limit, offset)
