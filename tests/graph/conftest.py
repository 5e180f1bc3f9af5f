"""The facade fixtures (both clients on one sandbox) and a scriptable LLM on loopback for graph tests."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from facade.conftest import connect, xache_sandbox  # noqa: F401  (fixtures)


class GraphLLM:
    """An OpenAI-compatible endpoint answering each request with the next queued reply (JSON-encoded)."""

    def __init__(self) -> None:
        self.replies: list[Any] = []
        self.seen: list[dict[str, Any]] = []
        self.url = ""

    def answer(self, *replies: Any) -> None:
        """Queue the message contents of the next requests (objects are sent as their JSON)."""
        self.replies.extend(replies)

    def prompt(self, index: int = -1) -> str:
        """The user prompt of a request the LLM received."""
        return str(self.seen[index]["messages"][-1]["content"])


@pytest.fixture
def graph_llm() -> Iterator[GraphLLM]:
    llm = GraphLLM()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            llm.seen.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            reply = llm.replies.pop(0) if llm.replies else {"entities": [], "relationships": []}
            content = reply if isinstance(reply, str) else json.dumps(reply)
            body = json.dumps(
                {"model": "graph-1", "choices": [{"message": {"role": "assistant", "content": content}}]}
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    llm.url = f"http://127.0.0.1:{server.server_address[1]}/v1/chat/completions"
    try:
        yield llm
    finally:
        server.shutdown()
        server.server_close()
