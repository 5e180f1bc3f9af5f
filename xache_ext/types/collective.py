"""Results of the collective service."""

from __future__ import annotations

import datetime as dt

from .base import Result, result, wire
from .receipts import Anchored

__all__ = ["ContributedHeuristic", "Heuristic", "HeuristicMatch", "QueryResult"]


@result
class ContributedHeuristic(Anchored):
    """A heuristic accepted into the collective."""

    heuristic_id: str
    pattern: str = ""
    domain: str = ""
    tags: list[str] = wire(factory=list)


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
class QueryResult(Anchored):
    """The answer to a collective query."""

    matches: list[HeuristicMatch]
    total_cost: str = "0"
    royalties_usd: str = wire("royaltiesUSD", default="0")


@result
class Heuristic(Result):
    """A heuristic as the public listing shows it."""

    heuristic_key: str = wire("heuristicKey", "heuristicId")
    description: str = wire("description", "pattern", default="")
    domain: str = ""
    tags: list[str] = wire(factory=list)
    contributor_did: str = wire("contributorDID", default="")
    created_at: dt.datetime | None = None
