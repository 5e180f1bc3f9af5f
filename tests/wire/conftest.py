"""Recorded wire sessions (vcrpy cassettes in ``tests/cassettes/``), replayed offline by default.

Replay (the default, ``--record-mode`` unset = ``none``): no server is started; our blocking client talks to
the fixed URL :data:`REPLAY_URL` and vcrpy answers from the cassette. Requests are matched by their *shape*
(method, path with DIDs and storage keys abstracted, query parameter names, JSON body fields and their types,
content type, and which of the signature / idempotency / payment headers are present), so fresh signatures,
timestamps, nonces and ciphertexts do not matter but a renamed field, a new field or another path does.
Matching is in recorded order (each interaction plays once), so a 402 and its paid retry replay in turn.

Record (``make record`` = ``scripts/record.py`` = ``pytest tests/wire --record-mode=all``): against a fresh
local sandbox with the fixed identity below, or against the server named by ``XACHE_API_URL``, ``XACHE_DID``
and ``XACHE_PRIVATE_KEY`` when all three are set. Volatile request values are redacted before writing.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import attrs
import pytest
from request_shape import request_shape

from xache_ext import XacheClientSync
from xache_ext.crypto.evm import private_key_to_address
from xache_ext.sandbox import run_sandbox
from xache_ext.sandbox.handlers import register_identity

CASSETTES = Path(__file__).resolve().parents[1] / "cassettes"
IDENTITY_FILE = CASSETTES / "identity.json"
#: Where replayed requests go (never contacted: vcrpy answers them).
REPLAY_URL = "http://127.0.0.1:8787"
#: The fixed identity of local recordings (a throwaway test key, never funded anywhere).
FIXED_PRIVATE_KEY = "5f3b8e4c0d6a9b1e2f7c4a8d0e3b6f9a1c5d7e2b4f8a0c3e6d9b2f5a8c1e4d7b"
#: The memory-encryption seed of every wire client, so that replay decrypts what was recorded whatever the
#: signing key (``encryption_key=``; recorded memories are test data encrypted with this public seed).
ENCRYPTION_SEED = "xache-sdk wire cassettes: public test seed"
REDACTED = "<redacted>"
VOLATILE_HEADERS = ("x-sig", "x-ts", "idempotency-key", "payment-signature", "x-payment")
VOLATILE_BODY_KEYS = frozenset(
    {
        "storageKey",
        "storageKeys",
        "memoryId",
        "memoryIds",
        "encryptedPayload",
        "encryptionNonce",
        "encryptedPatterns",
        "encryptedData",
        "checksum",
        "topicHashes",
        "walletAddress",
        "agentDID",
        "ownerDID",
        "timestamp",
        "signature",
    }
)


def _redact(value: Any) -> Any:
    """``value`` with every string replaced, keeping the JSON types (so the shape is unchanged)."""
    if isinstance(value, str):
        return REDACTED
    if isinstance(value, list):
        return [_redact(v) for v in value]
    if isinstance(value, dict):
        return {k: _redact(v) for k, v in value.items()}
    if isinstance(value, bool) or value is None:
        return value
    return type(value)(0)


def _scrub_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _redact(v) if k in VOLATILE_BODY_KEYS else _scrub_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub_json(v) for v in value]
    return value


def scrub_request(request: Any) -> Any:
    """Drop the volatile values of a request before it is written (and before it is matched)."""
    request.uri = re.sub(r"^https?://[^/]+", REPLAY_URL, request.uri)
    for name in list(request.headers):
        if name.lower() == "host":  # the recording server's port
            del request.headers[name]
        elif name.lower() in VOLATILE_HEADERS:
            request.headers[name] = REDACTED
    if request.body:
        try:
            document = json.loads(request.body)
        except ValueError:
            return request
        request.body = json.dumps(_scrub_json(document), separators=(",", ":")).encode()
    return request


_RESOURCE_ORIGIN = re.compile(r'("resource"\s*:\s*(?:\{\s*"url"\s*:\s*)?")https?://[^/"]+')


def _replay_origin(text: str) -> str:
    return _RESOURCE_ORIGIN.sub(lambda m: m.group(1) + REPLAY_URL, text)


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """Point the ``resource`` of recorded 402 challenges at :data:`REPLAY_URL`, where replayed requests go
    (the SDK refuses to pay a challenge for another origin than its request's)."""
    headers = response.get("headers", {})
    body = response.get("body", {}).get("string")
    if isinstance(body, str | bytes):
        text = body.decode("utf-8", "surrogateescape") if isinstance(body, bytes) else body
        replaced = _replay_origin(text)
        if replaced != text:
            encoded = replaced.encode("utf-8", "surrogateescape")
            response["body"]["string"] = encoded if isinstance(body, bytes) else replaced
            for name in list(headers):
                if name.lower() == "content-length":
                    headers[name] = [str(len(encoded))]
    for name in list(headers):
        if name.lower() == "payment-required":
            headers[name] = [
                base64.b64encode(_replay_origin(base64.b64decode(v).decode()).encode()).decode()
                for v in headers[name]
            ]
    return response


def same_shape(r1: Any, r2: Any) -> None:
    """The vcrpy matcher: the two requests have the same shape (see ``request_shape``)."""
    a = request_shape(r1.method, r1.uri, r1.headers, r1.body)
    b = request_shape(r2.method, r2.uri, r2.headers, r2.body)
    assert a == b, f"{a} != {b}"


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    vcr.register_matcher("shape", same_shape)


@pytest.fixture
def vcr_config() -> dict[str, Any]:
    return {
        "match_on": ["shape"],
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        "decode_compressed_response": True,
        "allow_playback_repeats": False,
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTES)


@attrs.frozen
class WireEnv:
    """Where a wire session sends its requests, and as whom."""

    api_url: str
    did: str
    private_key: str | None
    recording: bool

    def client(self) -> XacheClientSync:
        """The session's client (replaying a foreign recording: a stand-in signer, signatures are redacted)."""
        if self.private_key is not None:
            return XacheClientSync(
                api_url=self.api_url,
                did=self.did,
                private_key=self.private_key,
                encryption_key=ENCRYPTION_SEED,
            )
        chain, address = self.did.split(":")[2], self.did.split(":")[3]
        return XacheClientSync(
            api_url=self.api_url,
            signer=StandInSigner(address, chain),
            encryption_key=ENCRYPTION_SEED,  # type: ignore[arg-type]
        )

    def owner(self, label: str = "owner") -> tuple[XacheClientSync, bytes, str]:
        """A client for the owner DID of a fixed throwaway EVM wallet, its key and its wallet address."""
        key = fixed_key(label)
        address = private_key_to_address(key)
        client = XacheClientSync(
            api_url=self.api_url,
            did=f"did:owner:evm:{address}",
            private_key=key.hex(),
            encryption_key=ENCRYPTION_SEED,
        )
        return client, key, address

    def peer(self) -> tuple[XacheClientSync, str]:
        """A client for a new, unregistered EVM wallet (a throwaway key) and its wallet address."""
        key = secrets.token_hex(32)
        address = private_key_to_address(bytes.fromhex(key))
        did = f"did:agent:evm:{address}"
        return XacheClientSync(
            api_url=self.api_url, did=did, private_key=key, encryption_key=ENCRYPTION_SEED
        ), address


def fixed_key(label: str) -> bytes:
    """A throwaway private key fixed by ``label``: values that reach a path (wallet addresses) stay the same
    between recording and replay."""
    return hashlib.sha256(f"xache-sdk wire cassettes: {label}".encode()).digest()


@attrs.frozen
class StandInSigner:
    """Signs nothing: replays of a recording made with a key we do not have (its signatures are redacted)."""

    address: str
    chain: Literal["evm", "sol"]

    def sign_digest(self, digest: bytes) -> bytes:
        return bytes(64) + b"\x1b"

    def sign_message(self, message: bytes) -> bytes:
        return bytes(64)


def _live_server() -> tuple[str, str, str] | None:
    import os

    names = ("XACHE_API_URL", "XACHE_DID", "XACHE_PRIVATE_KEY")
    values = [os.environ.get(n) for n in names]
    return (values[0], values[1], values[2]) if all(values) else None  # type: ignore[return-value]


@pytest.fixture
def wire(record_mode: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[WireEnv]:
    """The session's target: the cassette (replay), a fresh local sandbox or a live server (recording)."""
    fixed_did = f"did:agent:evm:{private_key_to_address(bytes.fromhex(FIXED_PRIVATE_KEY))}"
    if record_mode == "none":
        for name in ("XACHE_API_URL", "XACHE_DID", "XACHE_PRIVATE_KEY"):  # clients take them as defaults
            monkeypatch.delenv(name, raising=False)
        recorded = json.loads(IDENTITY_FILE.read_text()) if IDENTITY_FILE.exists() else {"did": fixed_did}
        did = recorded["did"]
        yield WireEnv(REPLAY_URL, did, FIXED_PRIVATE_KEY if did == fixed_did else None, recording=False)
        return
    CASSETTES.mkdir(exist_ok=True)
    live = _live_server()
    if live is not None:
        url, did, key = live
        IDENTITY_FILE.write_text(json.dumps({"did": did, "recorded_against": "live server"}, indent=2) + "\n")
        yield WireEnv(url, did, key, recording=True)
        return
    with run_sandbox() as sandbox:
        address = fixed_did.split(":")[3]
        register_identity(sandbox.store, address, "evm", "base", int(time.time() * 1000), None)
        IDENTITY_FILE.write_text(
            json.dumps({"did": fixed_did, "recorded_against": "local sandbox"}, indent=2) + "\n"
        )
        yield WireEnv(sandbox.url, fixed_did, FIXED_PRIVATE_KEY, recording=True)
