"""Cognitive fingerprints: keyed topic hashes, a keyword category and a 64-d hashed embedding."""

from __future__ import annotations

import hashlib
import itertools
import math
import re
from collections.abc import Mapping
from typing import Any, Final

import attrs

from .encryption import KeyInput, MemoryKey, memory_key

__all__ = [
    "CATEGORY_KEYWORDS",
    "STOPWORDS",
    "Fingerprint",
    "classify_category",
    "extract_concepts",
    "flatten_to_text",
    "generate_fingerprint",
    "probe_fingerprint",
]

_STOPWORD_TEXT = """
    the a an is are was were be been being have has had do does did will would could should may
    might shall can need dare ought used to of in for on with at by from as into through during
    before after above below between out off over under again further then once here there when
    where why how all each every both few more most other some such no nor not only own same so than
    too very just because but and or if while about up this that these those it its i me my we our
    you your he him his she her they them their what which who whom null undefined true false string
    number object array value key data
"""
STOPWORDS: Final[frozenset[str]] = frozenset(_STOPWORD_TEXT.split())

#: Category keyword lists in classification order (first strictly-highest score wins).
CATEGORY_KEYWORDS: Final[dict[str, tuple[str, ...]]] = {
    name: tuple(words.split())
    for name, words in (
        (
            "preference",
            "prefer like dislike favorite choice want style theme dark light mode color font language setting",
        ),
        (
            "fact",
            "fact definition meaning info detail specification version name address email phone birthday age",
        ),
        (
            "event",
            "event happened occurred meeting call session incident outage deploy release date when yesterday today",
        ),
        (
            "procedure",
            "step process procedure instruction guide how workflow pipeline setup install configure build run deploy",
        ),
        (
            "relationship",
            "relationship connected linked partner team member colleague friend manager report owns belongs",
        ),
        ("observation", "notice observe see seem appear look trend spike increase decrease anomaly unusual"),
        (
            "decision",
            "decision decided chose picked selected approved rejected accepted voted agreed consensus",
        ),
        (
            "goal",
            "goal objective target milestone deadline plan roadmap vision mission achieve complete finish",
        ),
        (
            "constraint",
            "constraint limit restriction requirement must cannot forbidden blocked dependency prerequisite budget max min",
        ),
        ("reference", "reference link url document doc spec api endpoint resource file path repo github"),
        ("summary", "summary overview recap brief abstract tldr conclusion synopsis digest highlights"),
        ("handoff", "handoff transfer delegate assign pass forward escalate context continuation resume"),
        (
            "pattern",
            "pattern recurring repeat common typical usual frequent tendency habit behavior heuristic",
        ),
        (
            "feedback",
            "feedback review rating score evaluation assessment quality improvement suggestion complaint praise",
        ),
    )
}

_SPLIT = re.compile(r"[^a-z0-9]+")
# h[d] / 127.5 - 1.0 for every byte value, computed exactly as the reference implementation does.
_CONTRIBUTION: Final[tuple[float, ...]] = tuple((b / 127.5) - 1.0 for b in range(256))
_ZEROS: Final[tuple[float, ...]] = (0.0,) * 64


@attrs.frozen
class Fingerprint:
    """A cognitive fingerprint; :meth:`to_wire` gives the camelCase JSON object the API takes."""

    topic_hashes: tuple[str, ...]
    category: str
    embedding64: tuple[float, ...]
    temporal_weight: float = 1.0
    version: int = 1

    def to_wire(self) -> dict[str, Any]:
        """``{topicHashes, category, embedding64, temporalWeight, version}``."""
        return {
            "topicHashes": list(self.topic_hashes),
            "category": self.category,
            "embedding64": list(self.embedding64),
            "temporalWeight": self.temporal_weight,
            "version": self.version,
        }


def flatten_to_text(data: Any) -> str:
    """Flatten data to text as the official Python SDK does: booleans ``true``/``false``, numbers via
    ``str`` (so ``1.0`` stays ``1.0``), ``None`` empty, lists and mapping items joined by one space."""
    if isinstance(data, str):
        return data
    if isinstance(data, bool):
        return "true" if data else "false"
    if isinstance(data, int | float):
        return str(data)
    if data is None:
        return ""
    if isinstance(data, list | tuple):
        return " ".join([flatten_to_text(item) for item in data])
    if isinstance(data, Mapping):
        parts: list[str] = []
        for k, v in data.items():
            parts.append(str(k))
            parts.append(flatten_to_text(v))
        return " ".join(parts)
    return str(data)


def _concepts(text: str, limit: int = 5) -> list[str]:
    counts: dict[str, int] = {}
    for token in _SPLIT.split(text.lower()):
        if len(token) > 2 and token not in STOPWORDS:
            counts[token] = counts.get(token, 0) + 1
    # sorted() is stable, so ties keep first-occurrence order.
    return [term for term, _ in sorted(counts.items(), key=lambda item: item[1], reverse=True)[:limit]]


def extract_concepts(data: Any, limit: int = 5) -> list[str]:
    """The ``limit`` most frequent non-stopword tokens longer than 2 characters."""
    return _concepts(flatten_to_text(data), limit)


def _classify(text: str, context: str | None) -> str:
    haystack = (text + " " + (context or "")).lower()
    best, best_score = "unknown", 0
    for category, keywords in CATEGORY_KEYWORDS.items():
        score = sum(1 for keyword in keywords if keyword in haystack)
        if score > best_score:
            best, best_score = category, score
    return best


def classify_category(data: Any, context: str | None = None) -> str:
    """The keyword category of ``data`` (substring matches, first strictly-highest wins; else ``unknown``)."""
    return _classify(flatten_to_text(data), context)


def _keyed_states(key: MemoryKey) -> tuple[Any, Any]:
    """BLAKE2b states keyed with cogSalt (32-byte out) and projSeed (64-byte out) for ``key``."""
    cog_salt = hashlib.blake2b(b"xache:cognitive:v1:topic-hash", digest_size=32, key=key.reveal()).digest()
    proj_seed = hashlib.blake2b(
        b"xache:projection:v1:embedding-matrix", digest_size=32, key=key.reveal()
    ).digest()
    return hashlib.blake2b(digest_size=32, key=cog_salt), hashlib.blake2b(digest_size=64, key=proj_seed)


def _embedding(text: str, projection: Any) -> tuple[float, ...]:
    tokens = [t for t in _SPLIT.split(text.lower().strip()) if len(t) > 1]
    ngrams = list(tokens)
    ngrams += [f"{a}_{b}" for a, b in itertools.pairwise(tokens)]
    ngrams += [f"{a}_{b}_{c}" for a, b, c in zip(tokens, tokens[1:], tokens[2:], strict=False)]
    if not ngrams:
        return _ZEROS
    embedding = [0.0] * 64
    table = _CONTRIBUTION
    for ngram in ngrams:
        state = projection.copy()
        state.update(ngram.encode("utf-8"))
        embedding = [e + table[b] for e, b in zip(embedding, state.digest(), strict=True)]
    norm = math.sqrt(sum(x * x for x in embedding))
    if norm > 0:
        return tuple(round(x / norm, 6) for x in embedding)
    return _ZEROS


def generate_fingerprint(data: Any, key: KeyInput, context: str | None = None) -> Fingerprint:
    """The cognitive fingerprint of ``data`` under the 32-byte encryption ``key`` (a :class:`Secret` or bytes).

    ``context`` only influences the category. Byte-compatible with the official SDKs' algorithm
    (with Python's rendering of numbers in the flattened text).
    """
    topic_state, projection = _keyed_states(memory_key(key))
    text = flatten_to_text(data)
    hashes: list[str] = []
    for concept in _concepts(text):
        state = topic_state.copy()
        state.update(concept.lower().strip().encode("utf-8"))
        hashes.append(state.hexdigest())
    return Fingerprint(
        topic_hashes=tuple(hashes),
        category=_classify(text, context),
        embedding64=_embedding(text, projection),
    )


def probe_fingerprint(query: str, key: KeyInput) -> Fingerprint:
    """The fingerprint ``memory.probe`` sends: that of ``{"query": query}`` with no context."""
    return generate_fingerprint({"query": query}, key)
