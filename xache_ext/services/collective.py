"""Collective intelligence: contribute heuristics and query what other agents learned."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, Literal

import attrs
from xache_api.api.collective import contribute_heuristic, list_heuristics, query_collective
from xache_api.models import CollectiveContributeRequest, CollectiveQueryRequest

from ..errors import ValidationError
from ..facade.operations import M, Op, Service, build, operation, paginated
from ..facade.pagination import PageData
from ..facade.validation import (
    check_int_range,
    check_length,
    check_number_range,
    json_object,
    require_text,
)
from ..types.wire import as_mapping, first, to_datetime, to_float, to_int, to_str

DEFAULT_HEURISTICS_LIMIT = 20

__all__ = [
    "CollectiveService",
    "ContributedHeuristic",
    "Heuristic",
    "HeuristicMatch",
    "HeuristicMetrics",
    "QueryResult",
]


@attrs.frozen
class HeuristicMetrics:
    """How well a heuristic worked: success rate and confidence in [0, 1], sample size >= 1."""

    success_rate: float
    sample_size: int
    confidence: float

    def to_wire(self) -> dict[str, Any]:
        """The camelCase ``metrics`` object, validated."""
        check_number_range("metrics.success_rate", self.success_rate, 0.0, 1.0)
        check_int_range("metrics.sample_size", self.sample_size, 1)
        check_number_range("metrics.confidence", self.confidence, 0.0, 1.0)
        return {
            "successRate": self.success_rate,
            "sampleSize": self.sample_size,
            "confidence": self.confidence,
        }

    @classmethod
    def coerce(cls, value: HeuristicMetrics | Mapping[str, Any]) -> HeuristicMetrics:
        """Accept an instance or a dict in snake_case or camelCase."""
        if isinstance(value, HeuristicMetrics):
            return value
        if not isinstance(value, Mapping):
            raise ValidationError("metrics must be HeuristicMetrics or a dict", field="metrics")
        try:
            return cls(
                success_rate=first(value, "success_rate", "successRate"),
                sample_size=first(value, "sample_size", "sampleSize"),
                confidence=value["confidence"],
            )
        except KeyError:
            raise ValidationError(
                "metrics needs success_rate, sample_size and confidence", field="metrics"
            ) from None


@attrs.frozen
class ContributedHeuristic:
    """A heuristic accepted into the collective."""

    heuristic_id: str
    pattern: str
    domain: str
    tags: list[str]
    receipt_id: str | None = None
    anchoring_tier: str | None = None
    anchoring_status: str | None = None
    estimated_anchor_time: str | None = None


@attrs.frozen
class HeuristicMatch:
    """A heuristic that matched a query, with its royalty."""

    heuristic_id: str
    pattern: str
    domain: str
    tags: list[str]
    contributor_did: str
    relevance_score: float
    royalty_amount: str


@attrs.frozen
class QueryResult:
    """The answer to a collective query."""

    matches: list[HeuristicMatch]
    total_cost: str
    royalties_usd: str
    receipt_id: str | None = None
    anchoring_tier: str | None = None
    anchoring_status: str | None = None
    estimated_anchor_time: str | None = None


@attrs.frozen
class Heuristic:
    """A heuristic as the public listing shows it."""

    heuristic_key: str
    description: str
    domain: str
    tags: list[str]
    contributor_did: str
    created_at: dt.datetime | None


def _anchoring(d: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "anchoring_tier": d.get("anchoringTier"),
        "anchoring_status": d.get("anchoringStatus"),
        "estimated_anchor_time": d.get("estimatedAnchorTime"),
    }


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
        """Contribute a heuristic (paid)."""
        if not isinstance(pattern, str):
            raise ValidationError("pattern must be a string", field="pattern")
        check_length("pattern", pattern, 10, 500)
        require_text("pattern_hash", pattern_hash)
        require_text("domain", domain)
        if isinstance(tags, str) or not all(isinstance(t, str) for t in tags):
            raise ValidationError("tags must be a list of strings", field="tags")
        check_length("tags", tags, 1, 10, "tags")
        require_text("encrypted_content_ref", encrypted_content_ref)
        body: dict[str, Any] = {
            "pattern": pattern,
            "patternHash": pattern_hash,
            "domain": domain,
            "tags": list(tags),
            "metrics": HeuristicMetrics.coerce(metrics).to_wire(),
            "encryptedContentRef": encrypted_content_ref,
        }
        if metadata is not None:
            metadata = json_object("metadata", metadata)
        optional = {"contextType": context_type, "metadata": metadata, "anchoring": anchoring}
        body.update(
            {k: (dict(v) if isinstance(v, Mapping) else v) for k, v in optional.items() if v is not None}
        )
        reply = yield build(
            contribute_heuristic._get_kwargs, body=CollectiveContributeRequest.from_dict(body)
        )
        d = as_mapping(reply)
        return ContributedHeuristic(
            heuristic_id=to_str(d.get("heuristicId")),
            pattern=to_str(d.get("pattern"), pattern),
            domain=to_str(d.get("domain"), domain),
            tags=list(d.get("tags") or tags),
            receipt_id=d.get("receiptId"),
            **_anchoring(d),
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
        if not isinstance(query_text, str):
            raise ValidationError("query_text must be a string", field="query_text")
        check_length("query_text", query_text, 5, 500)
        check_int_range("limit", limit, 1, 50)
        body: dict[str, Any] = {"queryText": query_text, "limit": limit}
        if domain is not None:
            body["domain"] = domain
        if anchoring is not None:
            body["anchoring"] = anchoring
        reply = yield build(query_collective._get_kwargs, body=CollectiveQueryRequest.from_dict(body))
        d = as_mapping(reply)
        matches = [
            HeuristicMatch(
                heuristic_id=to_str(first(m, "heuristicId", "heuristic_id")),
                pattern=to_str(m.get("pattern")),
                domain=to_str(m.get("domain")),
                tags=list(m.get("tags") or []),
                contributor_did=to_str(first(m, "contributorDID", "contributor_did")),
                relevance_score=to_float(first(m, "relevanceScore", "relevance_score")),
                royalty_amount=to_str(first(m, "royaltyAmount", "royalty_amount"), "0"),
            )
            for m in map(as_mapping, d.get("matches") or [])
        ]
        return QueryResult(
            matches=matches,
            total_cost=to_str(d.get("totalCost"), "0"),
            royalties_usd=to_str(d.get("royaltiesUSD"), "0"),
            receipt_id=d.get("receiptId"),
            **_anchoring(d),
        )

    @paginated
    def list_heuristics(
        self, domain: str | None = None, limit: int = DEFAULT_HEURISTICS_LIMIT, offset: int = 0
    ) -> Op[PageData[Heuristic]]:
        """Browse public heuristics (unsigned); iterate the page to walk every page."""
        check_int_range("limit", limit, 1, 100)
        check_int_range("offset", offset, 0)
        # Defaults are left out of the query (as the SDKs do); offset 0 is never sent (as TypeScript does).
        reply = yield build(
            list_heuristics._get_kwargs,
            domain=domain,
            limit=None if limit == DEFAULT_HEURISTICS_LIMIT else limit,
            offset=offset or None,
        )
        d = as_mapping(reply)
        items = [
            Heuristic(
                heuristic_key=to_str(first(h, "heuristicKey", "heuristicId")),
                description=to_str(first(h, "description", "pattern")),
                domain=to_str(h.get("domain")),
                tags=list(h.get("tags") or []),
                contributor_did=to_str(h.get("contributorDID")),
                created_at=to_datetime(h.get("createdAt")),
            )
            for h in map(as_mapping, d.get("heuristics") or [])
        ]
        return PageData(items, to_int(d.get("total"), len(items)), to_int(d.get("limit"), limit), offset)
