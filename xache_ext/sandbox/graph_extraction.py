"""The knowledge-graph traces of ``POST /v1/extract`` (the official SDKs' ``graph.extract`` / ``graph.ask``).

Semantics of the sandbox (the live server's prompts are not public):

* A trace object with ``_graphExtraction: true`` asks for a graph: ``trace`` (a non-empty string) and
  ``knownEntities`` (a list of ``{key: 64 hex, name, type, summary?, attributes?}``) are checked (400
  ``INVALID_INPUT`` naming the field). The LLM is asked for ``{"entities": [...], "relationships": [...]}``
  and its answer is returned as extractions in the shape both SDKs read: ``type`` ``ENTITY`` with ``data``
  ``{name, entityType, summary, attributes}`` (``entityType`` only when the LLM named one), and ``type`` ``RELATIONSHIP`` with ``data`` ``{fromEntity,
  toEntity, relationType, description, attributes}``. A list of such items is accepted as the answer too.
* A trace string that is the JSON of ``{_graphAsk: true, question, graphContext}`` asks a question: the
  answer ``{"answer": str, "confidence"?: number}`` is returned as one extraction of type ``GRAPH_ANSWER``
  with ``data.answer``.
* An answer of another shape is 503 ``UPSTREAM_UNAVAILABLE`` (reason ``bad-reply``), as for other traces.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from .ledger import ApiError

__all__ = ["GraphTask", "graph_task"]

_KEY = re.compile(r"^[a-f0-9]{64}$")
_EXTRACT_PROMPT = (
    "Extract a knowledge graph from the agent trace below. Answer with a JSON object only: "
    '{"entities": [{"name": str, "type": str, "summary": str, "attributes": object, "confidence": number 0-1}], '
    '"relationships": [{"from": entity name, "to": entity name, "type": str, "description": str, '
    '"confidence": number 0-1}]}. Use the names of the known entities when the trace refers to them.'
)
_ASK_PROMPT = (
    "Answer the question from the knowledge graph below only. Answer with a JSON object only: "
    '{"answer": str, "confidence": number 0-1}.'
)


def _invalid(field: str, reason: str) -> ApiError:
    return ApiError(400, "INVALID_INPUT", f"{field}: {reason}", {"field": field, "reason": reason})


def _bad_reply(message: str) -> ApiError:
    return ApiError(503, "UPSTREAM_UNAVAILABLE", message, {"field": "llmConfig", "reason": "bad-reply"})


def _json(content: Any) -> Any:
    if not isinstance(content, str):
        raise _bad_reply("the LLM endpoint's reply has no message content")
    text = re.sub(r"^```(?:json)?\s*|\s*```$", "", content.strip())
    try:
        return json.loads(text)
    except ValueError:
        raise _bad_reply("the LLM endpoint did not answer with JSON") from None


def _text(item: Mapping[str, Any], *names: str, default: str | None = None) -> str | None:
    for name in names:
        value = item.get(name)
        if isinstance(value, str) and value.strip():
            return value
    return default


def _confidence(item: Mapping[str, Any]) -> float:
    value = item.get("confidence", 1.0)
    if not isinstance(value, int | float) or isinstance(value, bool) or not 0 <= value <= 1:
        raise _bad_reply("a confidence in the LLM's graph is not a number in [0, 1]")
    return float(value)


def _attributes(item: Mapping[str, Any]) -> dict[str, Any]:
    value = item.get("attributes", {})
    if not isinstance(value, dict):
        raise _bad_reply("attributes in the LLM's graph must be objects")
    return value


def _entity(item: Mapping[str, Any]) -> dict[str, Any]:
    name = _text(item, "name")
    if name is None:
        raise _bad_reply("an entity in the LLM's graph has no name")
    data: dict[str, Any] = {"name": name}
    kind = _text(item, "entityType", "type")
    if kind is not None:  # left out when the LLM gave none: a known entity then keeps its type
        data["entityType"] = kind
    data.update(summary=_text(item, "summary", default=""), attributes=_attributes(item))
    return {"type": "ENTITY", "confidence": _confidence(item), "data": data}


def _relationship(item: Mapping[str, Any]) -> dict[str, Any]:
    source, target = _text(item, "fromEntity", "from"), _text(item, "toEntity", "to")
    if source is None or target is None:
        raise _bad_reply("a relationship in the LLM's graph lacks its from or to entity")
    return {
        "type": "RELATIONSHIP",
        "confidence": _confidence(item),
        "data": {
            "fromEntity": source,
            "toEntity": target,
            "relationType": _text(item, "relationType", "type", default="related_to"),
            "description": _text(item, "description", default=""),
            "attributes": _attributes(item),
        },
    }


def _graph_items(content: Any) -> list[dict[str, Any]]:
    parsed = _json(content)
    if isinstance(parsed, dict) and ("entities" in parsed or "relationships" in parsed):
        entities, relationships = parsed.get("entities", []), parsed.get("relationships", [])
        if not isinstance(entities, list) or not isinstance(relationships, list):
            raise _bad_reply("entities and relationships in the LLM's graph must be lists")
        pairs = [(e, False) for e in entities] + [(r, True) for r in relationships]
    elif isinstance(parsed, list):
        pairs = []
        for item in parsed:
            data = item.get("data", item) if isinstance(item, dict) else item
            is_rel = isinstance(data, dict) and ("fromEntity" in data or "from" in data)
            if isinstance(item, dict) and isinstance(data, dict) and "confidence" in item:
                data = {**data, "confidence": item["confidence"]}
            pairs.append((data, is_rel))
    else:
        raise _bad_reply("the LLM endpoint did not answer with a graph (entities and relationships)")
    out = []
    for item, is_rel in pairs:
        if not isinstance(item, dict):
            raise _bad_reply("an item of the LLM's graph is not an object")
        out.append(_relationship(item) if is_rel else _entity(item))
    return out


def _answer_items(content: Any) -> list[dict[str, Any]]:
    parsed = _json(content)
    if isinstance(parsed, list) and len(parsed) == 1:
        parsed = parsed[0]
    if isinstance(parsed, dict) and isinstance(parsed.get("data"), dict):
        parsed = {**parsed["data"], **{k: v for k, v in parsed.items() if k != "data"}}
    answer = _text(parsed, "answer") if isinstance(parsed, dict) else None
    if answer is None or not isinstance(parsed, dict):
        raise _bad_reply('the LLM endpoint did not answer with {"answer": ...}')
    item: dict[str, Any] = {
        "type": "GRAPH_ANSWER",
        "confidence": _confidence(parsed),
        "data": {"answer": answer},
    }
    if isinstance(parsed.get("reasoning"), str):
        item["reasoning"] = parsed["reasoning"]
    return [item]


@attrs.frozen
class GraphTask:
    """A graph trace: the prompts to send the LLM and the reader of its answer."""

    system: str
    prompt: str
    extractions: Callable[[Any], list[dict[str, Any]]]


def _known_entities(value: Any) -> list[Mapping[str, Any]]:
    if not isinstance(value, list):
        raise _invalid("trace.knownEntities", "must be a list")
    for index, entity in enumerate(value):
        field = f"trace.knownEntities[{index}]"
        if not isinstance(entity, dict):
            raise _invalid(field, "must be an object")
        if not isinstance(entity.get("key"), str) or not _KEY.match(entity["key"]):
            raise _invalid(field + ".key", "must be 64 lowercase hex characters")
        for name in ("name", "type"):
            if not isinstance(entity.get(name), str):
                raise _invalid(f"{field}.{name}", "must be a string")
        if not isinstance(entity.get("summary", ""), str):
            raise _invalid(field + ".summary", "must be a string")
        if not isinstance(entity.get("attributes", {}), dict):
            raise _invalid(field + ".attributes", "must be an object")
    return value


def graph_task(trace: Any) -> GraphTask | None:
    """The graph task of an extraction ``trace``, or None for an ordinary trace (400 if malformed)."""
    if isinstance(trace, dict) and trace.get("_graphExtraction") is True:
        text = trace.get("trace")
        if not isinstance(text, str) or not text.strip():
            raise _invalid("trace.trace", "must be a non-empty string")
        known = _known_entities(trace.get("knownEntities", []))
        lines = [f"- {e['name']} ({e['type']}): {e.get('summary', '')}" for e in known] or ["(none)"]
        prompt = "Known entities:\n" + "\n".join(lines) + "\n\nTrace:\n" + text
        return GraphTask(_EXTRACT_PROMPT, prompt, _graph_items)
    if isinstance(trace, str) and trace.lstrip().startswith("{"):
        try:
            parsed = json.loads(trace)
        except ValueError:
            return None
        if isinstance(parsed, dict) and parsed.get("_graphAsk") is True:
            question, context = parsed.get("question"), parsed.get("graphContext")
            if not isinstance(question, str) or not question.strip():
                raise _invalid("trace.question", "must be a non-empty string")
            if not isinstance(context, str):
                raise _invalid("trace.graphContext", "must be a string")
            return GraphTask(
                _ASK_PROMPT, f"Knowledge graph:\n{context}\n\nQuestion: {question}", _answer_items
            )
    return None
