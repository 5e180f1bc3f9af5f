"""Each error class, raised from a real answer of the sandbox (or a real socket), blocking and async."""

from __future__ import annotations

import secrets
import socket
import threading
from collections.abc import Iterator

import pytest
from harness import Connect

from xache_ext import (
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    InvalidInputError,
    PermissionDeniedError,
    XacheClientSync,
)
from xache_ext.crypto.evm import private_key_to_address
from xache_ext.sandbox import Sandbox


def test_stale_timestamp_is_unauthenticated(connect: Connect, monkeypatch: pytest.MonkeyPatch) -> None:
    h = connect()
    monkeypatch.setattr(h.client._settings.pipeline, "_clock", lambda: 1_000_000_000.0)  # 2001: outside 300 s
    with pytest.raises(AuthenticationError) as caught:
        h(h.client.budget.get_status())
    error = caught.value
    assert error.status_code == 401 and error.code == "UNAUTHENTICATED" and error.request_id
    assert isinstance(error, APIStatusError) and "401" in str(error)


def test_changing_someone_elses_identity_is_forbidden(connect: Connect) -> None:
    me, other = connect(), connect()
    with pytest.raises(PermissionDeniedError) as caught:
        me(me.client.identity.update(other.identity.did, name="mine now"))
    assert caught.value.status_code == 403


def test_server_side_validation_is_invalid_input(connect: Connect) -> None:
    agent = connect()
    key = secrets.token_bytes(32)
    owner = connect(with_key=False, did=f"did:owner:evm:{private_key_to_address(key)}", private_key=key.hex())
    with pytest.raises(InvalidInputError) as caught:  # the client only checks that tx_hash is not empty
        owner(owner.client.identity.claim_on_chain(agent.identity.did, tx_hash="0x123", chain="base"))
    assert caught.value.code == "INVALID_INPUT" and caught.value.status_code == 400
    assert caught.value.details.get("field") == "txHash"


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A loopback server that accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join()
    for conn in accepted:
        conn.close()
    listener.close()


def test_timeout_against_a_silent_server(silent_server: str, xache_sandbox: Sandbox) -> None:
    ident = xache_sandbox.new_identity()
    client = XacheClientSync(silent_server, ident.did, ident.private_key, timeout=0.2, max_retries=1)
    with client, pytest.raises(APITimeoutError):
        client.budget.get_status()
