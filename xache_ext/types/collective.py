"""Results of the collective service."""

from __future__ import annotations

import datetime as dt

from .base import Result, result, wire

__all__ = ["ContributedHeuristic", "Heuristic", "HeuristicMatch", "QueryResult"]


@result
class ContributedHeuristic(Result):
    """A heuristic accepted into the collective."""

    heuristic_id: str
    pattern: str = ""
    domain: str = ""
    tags: list[str] = wire(factory=list)
    receipt_id: str | None
    anchoring_tier: str | None = None
    anchoring_status: str | None = None
    estimated_anchor_time: str | None = None


@result
class HeuristicMatch(Result):
    """A heuristic that matched a query, with its royalty."""

    heuristic_id: str
    pattern: str
    domain: str = ""
    tags: list[str] = wire(factory=list)
    contributor_did: str = wire("contributorDID", default="")
    relevance_score: float = 0.0
    royalty_amount: str = "0"


@result
class QueryResult(Result):
    """The answer to a collective query."""

    matches: list[HeuristicMatch]
    total_cost: str = "0"
    royalties_usd: str = wire("royaltiesUSD", default="0")
    receipt_id: str | None
    anchoring_tier: str | None = None
    anchoring_status: str | None = None
    estimated_anchor_time: str | None = None


@result
class Heuristic(Result):
    """A heuristic as the public listing shows it."""

    heuristic_key: str = wire("heuristicKey", "heuristicId")
    description: str = wire("description", "pattern", default="")
    domain: str = ""
    tags: list[str] = wire(factory=list)
    contributor_did: str = wire("contributorDID", default="")
    created_at: dt.datetime | None = None
