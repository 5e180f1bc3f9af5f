"""extraction.* against the sandbox, with a fake OpenAI-compatible LLM on loopback; blocking and async."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import httpx
import pytest
from harness import Connect
from input_errors import names_field

from xache_ext import ValidationError
from xache_ext.errors import APIResponseValidationError, APIStatusError, PaymentRequiredError
from xache_ext.services.extraction import (
    ExtractionOptions,
    LLMConfigApiKey,
    LLMConfigEndpoint,
    LLMConfigXacheManaged,
)

from .scripted import answering

EXTRACTIONS = [
    {
        "type": "DOMAIN_HEURISTIC",
        "confidence": 0.9,
        "data": {"rule": "prefer dark mode"},
        "reasoning": "said so",
    },
    {"type": "ERROR_FIX", "confidence": 0.4, "data": {"fix": "retry"}, "suggestedMethod": "store"},
]


class FakeLLM(BaseHTTPRequestHandler):
    seen: ClassVar[list[dict[str, Any]]] = []

    def do_POST(self) -> None:
        request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        FakeLLM.seen.append({"body": request, "auth": self.headers.get("Authorization")})
        content = "not json" if "garbage" in request["messages"][-1]["content"] else json.dumps(EXTRACTIONS)
        reply = json.dumps(
            {"model": "fake-1", "choices": [{"message": {"role": "assistant", "content": content}}]}
        )
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(reply.encode())

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def llm_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeLLM)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1/chat/completions"
    server.shutdown()
    server.server_close()


def test_extract_through_a_loopback_endpoint_is_paid(connect: Connect, llm_url: str) -> None:
    h = connect(max_retries=0)
    config = LLMConfigEndpoint(url=llm_url, model="llama", auth_token="tok")
    result = h(h.client.extraction.extract("User: I prefer dark mode", config))
    assert [e.type for e in result.extractions] == ["DOMAIN_HEURISTIC", "ERROR_FIX"]
    assert (
        result.extractions[0].data == {"rule": "prefer dark mode"}
        and result.extractions[0].reasoning == "said so"
    )
    assert result.extractions[1].suggested_method == "store"
    meta = result.metadata
    assert meta.llm_model == "fake-1" and meta.total_extractions == 2 and meta.payment_receipt_id
    assert FakeLLM.seen[-1]["auth"] == "Bearer tok" and FakeLLM.seen[-1]["body"]["model"] == "llama"
    assert len(h.client.payments) == 1 and h.client.payments.total_amount == 2000  # $0.002 through x402
    receipts = h.collect(h(h.client.receipts.list()))
    assert meta.payment_receipt_id in {r.receipt_id for r in receipts}

    options = ExtractionOptions(confidence_threshold=0.5, auto_store=True, context_hint="ui", max_memories=5)
    filtered = h(h.client.extraction.extract({"turns": ["I prefer dark mode"]}, config, options))
    assert [e.type for e in filtered.extractions] == ["DOMAIN_HEURISTIC"]
    assert filtered.stored == [] and filtered.warnings  # autoStore is not done by the sandbox
    assert FakeLLM.seen[-1]["body"]["messages"][-1]["content"].startswith("Context: ui")
    wrapped = h(h.client.extraction.extract_with_endpoint("hello", llm_url, "m", confidence_threshold=0.9))
    assert len(wrapped.extractions) == 1
    assert len(h(h.client.extraction.extract_with_ollama("hello", llm_url, "llama2")).extractions) == 2


def test_unreachable_llms_answer_an_honest_error_and_are_not_charged(connect: Connect, llm_url: str) -> None:
    h = connect(max_retries=0)
    calls = [
        lambda: h.client.extraction.extract_with_anthropic("trace", "sk-ant-x"),
        lambda: h.client.extraction.extract_with_openai("trace", "sk-x", model="gpt"),
        lambda: h.client.extraction.extract_with_xache_llm("trace"),
        lambda: h.client.extraction.extract("trace", LLMConfigEndpoint(url="https://openrouter.ai/api/v1/x")),
        lambda: h.client.extraction.extract("garbage", LLMConfigEndpoint(url=llm_url)),
        lambda: h.client.extraction.extract("t", {"type": "endpoint", "url": llm_url, "format": "cohere"}),
    ]
    for call in calls:
        with pytest.raises(APIStatusError) as caught:
            h(call())
        assert caught.value.status_code == 503 and caught.value.code == "UPSTREAM_UNAVAILABLE"
    assert h.collect(h(h.client.receipts.list())) == []


def test_without_autopay_the_402_is_raised(connect: Connect, llm_url: str) -> None:
    h = connect(autopay=False)
    with pytest.raises(PaymentRequiredError):
        h(h.client.extraction.extract("trace", LLMConfigEndpoint(url=llm_url)))


def test_validation_sends_nothing(connect: Connect) -> None:
    h = connect(api_url="http://127.0.0.1:9")
    x = h.client.extraction
    bad_calls = [
        (lambda: x.extract("", LLMConfigXacheManaged()), "trace"),
        (lambda: x.extract(42, LLMConfigXacheManaged()), "trace"),  # type: ignore[arg-type]
        (lambda: x.extract("t", LLMConfigApiKey(provider="acme", api_key="k")), "llm_config.provider"),  # type: ignore[arg-type]
        (lambda: x.extract("t", LLMConfigApiKey(api_key="")), "llm_config.api_key"),
        (lambda: x.extract("t", LLMConfigEndpoint(url="ftp://x")), "llm_config.url"),
        (lambda: x.extract("t", LLMConfigEndpoint(url="http://x", format="grpc")), "llm_config.format"),  # type: ignore[arg-type]
        (lambda: x.extract("t", {"type": "magic"}), "llm_config.type"),
        (
            lambda: x.extract("t", LLMConfigXacheManaged(), ExtractionOptions(confidence_threshold=2)),
            "confidence_threshold",
        ),
        (lambda: x.extract("t", LLMConfigXacheManaged(), ExtractionOptions(max_memories=0)), "max_memories"),
        (
            lambda: x.extract("t", LLMConfigXacheManaged(), ExtractionOptions(subject={"subjectId": "x"})),
            "subject",
        ),
    ]
    for call, field in bad_calls:
        with pytest.raises(ValidationError) as caught:
            h(call())
        assert names_field(caught.value, field), caught.value.field


# -- requests from the generated models, strict results ----------------------------------------------------


def test_dict_configs_and_options_become_the_request_models() -> None:
    seen: list[httpx.Request] = []
    subject = {"subjectId": "a" * 64, "scope": "SUBJECT"}
    answer = {
        "extractions": [{"type": "NEW_KIND", "confidence": 0.5, "data": {"a": 1}}],
        "metadata": {"extractionTime": 12.5, "llmModel": "m"},
        "extra": "kept",
    }
    with answering(answer, seen) as client:
        result = client.extraction.extract(
            {"turns": ["hi"]},
            {"type": "api-key", "provider": "openai", "api_key": "k"},
            {"autoStore": False, "subject": subject},
        )
    assert json.loads(seen[0].content) == {
        "trace": {"turns": ["hi"]},
        "llmConfig": {"type": "api-key", "provider": "openai", "apiKey": "k"},
        "options": {"autoStore": False, "subject": subject},
    }
    (memory,) = result.extractions
    assert memory.type == "NEW_KIND" and memory.data == {"a": 1} and memory.reasoning is None
    assert result.metadata.extraction_time == 12.5 and result.metadata.llm_model == "m"
    assert result.metadata.total_extractions == 1  # not sent: counted
    assert result.stored is None and result.warnings == [] and result["extra"] == "kept"


@pytest.mark.parametrize(
    ("data", "where"),
    [
        ({}, "data.extractions"),
        ("extracted", "data"),
        ([], "data"),
        ({"extractions": [{"type": "FACT", "data": {}}]}, "data.extractions[0].confidence"),
    ],
)
def test_malformed_answers_raise(data: Any, where: str) -> None:
    with answering(data) as client, pytest.raises(APIResponseValidationError) as caught:
        client.extraction.extract_with_xache_llm("trace")
    assert where in str(caught.value) and caught.value.status_code == 200
