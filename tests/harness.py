"""Run facade calls the same way for the blocking and the async client."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import inspect
import json
import secrets
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from coincurve import PrivateKey

from xache_ext import AsyncPage, XacheClient, XacheClientSync
from xache_ext.sandbox.owner_services import eip191_digest
from xache_ext.sandbox.server import TestIdentity
from xache_ext.types.collective import ContributedHeuristic


class Harness:
    """One client plus the means to run its calls, blocking or async, the same way."""

    def __init__(
        self, client: XacheClient | XacheClientSync, loop: asyncio.AbstractEventLoop, ident: TestIdentity
    ):
        self.client = client
        self.loop = loop
        self.identity = ident

    @property
    def is_async(self) -> bool:
        return isinstance(self.client, XacheClient)

    def __call__(self, value: Any) -> Any:
        """The result of a facade call (awaited on the harness's loop for the async client)."""
        if inspect.isawaitable(value):
            return self.loop.run_until_complete(value)
        return value

    def collect(self, page: Any) -> list[Any]:
        """Every item of a paginated result, across all pages."""
        if isinstance(page, AsyncPage):

            async def gather() -> list[Any]:
                return [item async for item in page]

            return self.loop.run_until_complete(gather())
        return list(page)

    def next_page(self, page: Any) -> Any:
        return self(page.next_page())


Connect = Callable[..., Harness]
Client = XacheClient | XacheClientSync


@contextlib.contextmanager
def harnesses(mode: str) -> Iterator[tuple[type[Client], Callable[[Client, TestIdentity], Harness]]]:
    """The client class of ``mode`` ("sync" or "async") and a maker of harnesses on one event loop for
    its clients; every client a harness was made for is closed at the end."""
    loop = asyncio.new_event_loop()
    made: list[Client] = []

    def harness(client: Client, ident: TestIdentity) -> Harness:
        made.append(client)
        return Harness(client, loop, ident)

    try:
        yield (XacheClient if mode == "async" else XacheClientSync), harness
    finally:
        for client in made:
            if isinstance(client, XacheClient):
                loop.run_until_complete(client.close())
            else:
                client.close()
        loop.close()


def unique_domain(prefix: str = "test") -> str:
    """A collective domain no other test uses (the facade tests share one sandbox)."""
    return f"{prefix}-{secrets.token_hex(4)}"


def contribute(
    h: Harness, pattern: str, domain: str, tags: tuple[str, ...] = ("gas", "optimization")
) -> ContributedHeuristic:
    """Contribute ``pattern`` to the collective as ``h``'s agent (paid)."""
    digest = hashlib.sha256(pattern.encode()).hexdigest()
    result = h(
        h.client.collective.contribute(
            pattern=pattern,
            pattern_hash=digest,
            domain=domain,
            tags=list(tags),
            metrics={"success_rate": 0.9, "sample_size": 12, "confidence": 0.8},
            encrypted_content_ref="r2://bucket/" + digest,
        )
    )
    assert isinstance(result, ContributedHeuristic)
    return result


def personal_sign(key: bytes, message: str) -> str:
    """EIP-191 personal_sign, 0x + r||s||v hex (a wallet's signature of a sign-in message)."""
    sig = PrivateKey(key).sign_recoverable(eip191_digest(message.encode()), hasher=None)
    return "0x" + (sig[:64] + bytes((sig[64] + 27,))).hex()


#: What the fake LLM of :func:`fake_llm` extracts from any trace.
FAKE_EXTRACTIONS = [
    {
        "type": "DOMAIN_HEURISTIC",
        "confidence": 0.9,
        "data": {"rule": "prefer dark mode"},
        "reasoning": "said so",
    }
]


class _FakeLLM(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        message = {"role": "assistant", "content": json.dumps(FAKE_EXTRACTIONS)}
        reply = json.dumps({"model": "fake-1", "choices": [{"message": message}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, *args: Any) -> None:
        pass


@contextlib.contextmanager
def fake_llm() -> Iterator[str]:
    """An OpenAI-compatible chat-completions endpoint on loopback; yields its URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FakeLLM)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1/chat/completions"
    finally:
        server.shutdown()
        server.server_close()
