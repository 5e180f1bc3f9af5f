"""A recorded extraction session through a loopback OpenAI-compatible endpoint, paid through 402.

Only the client's requests are in the cassette: the sandbox's own call to the fake LLM is never recorded (it
is dropped before recording), and at replay no server and no LLM run.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from harness import fake_llm

from xache_ext.services.extraction import ExtractionOptions, LLMConfigEndpoint

from .conftest import WireEnv, _live_server

pytestmark = pytest.mark.vcr


@pytest.fixture
def vcr_config(vcr_config: dict[str, Any]) -> dict[str, Any]:
    scrub = vcr_config["before_record_request"]

    def client_only(request: Any) -> Any:
        if request.uri.endswith("/v1/chat/completions"):  # the sandbox calling the fake LLM
            return None
        return scrub(request)

    return {**vcr_config, "before_record_request": client_only}


@pytest.fixture
def llm_url(wire: WireEnv) -> Iterator[str]:
    if not wire.recording:
        yield "http://127.0.0.1:9/v1/chat/completions"  # never called at replay
        return
    if _live_server() is not None:
        pytest.skip(
            "the fake LLM is on loopback, out of a live server's reach; recorded against the sandbox only"
        )
    with fake_llm() as url:
        yield url


def test_extraction_session(wire: WireEnv, llm_url: str) -> None:
    with wire.client() as client:
        config = LLMConfigEndpoint(url=llm_url, model="llama", auth_token="tok")
        options = ExtractionOptions(confidence_threshold=0.5, context_hint="ui", max_memories=5)
        result = client.extraction.extract("User: I prefer dark mode\nAgent: noted", config, options)
        assert [e.type for e in result.extractions] == ["DOMAIN_HEURISTIC"]
        assert result.metadata.llm_model == "fake-1" and result.metadata.payment_receipt_id
        again = client.extraction.extract_with_endpoint(
            {"messages": ["I prefer dark mode"]}, llm_url, "llama", auto_store=True
        )
        assert again.extractions and again.metadata.payment_receipt_id
    # Paid through 402 and the paid retry: both extractions.
    assert len(client.payments) == 2
