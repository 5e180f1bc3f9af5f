"""Running the sandbox: test identities and a background uvicorn server on a loopback port."""

from __future__ import annotations

import hashlib
import logging
import secrets
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Literal

import attrs
import uvicorn
from starlette.applications import Starlette
from starlette.types import ASGIApp

from ..crypto.base58 import b58decode
from ..crypto.evm import private_key_to_address
from ..crypto.signers import SolanaPrivateKeySigner
from .app import create_app
from .chain import RPC_NETWORKS, Chain
from .handlers import insert_heuristic, register_identity
from .ledger import iso
from .store import Store

__all__ = [
    "Sandbox",
    "TestIdentity",
    "new_identity",
    "rpc_urls",
    "run_sandbox",
    "seed_examples",
    "serve",
    "test_identity",
    "unregistered_identity",
]

if TYPE_CHECKING:
    from ..client import XacheClient, XacheClientSync

log = logging.getLogger(__name__)


@attrs.frozen
class TestIdentity:
    """A registered sandbox identity with its private key (hex, no 0x)."""

    __test__ = False  # not a pytest test class

    did: str
    private_key: str
    address: str


@attrs.frozen
class Sandbox:
    """A running sandbox: its base URL, a funded test identity and the app's store."""

    url: str
    test_identity: TestIdentity
    app: Starlette
    store: Store
    db: str

    def new_identity(self, chain: Literal["evm", "sol"] = "evm") -> TestIdentity:
        """Create and register another identity (funded on the sandbox chain like every registered one)."""
        return new_identity(self.store, chain)

    @property
    def rpc_urls(self) -> dict[str, str]:
        """The sandbox chain's JSON-RPC URL per network: pass it as the clients' ``rpc_urls``."""
        return rpc_urls(self.url)

    def client(self, identity: TestIdentity | None = None, **options: Any) -> XacheClient:
        """An async client of this sandbox as ``identity`` (default: the test identity), on its chain RPC."""
        from ..client import XacheClient

        ident = identity or self.test_identity
        options.setdefault("rpc_urls", self.rpc_urls)
        return XacheClient(self.url, ident.did, ident.private_key, **options)

    def client_sync(self, identity: TestIdentity | None = None, **options: Any) -> XacheClientSync:
        """A blocking client of this sandbox as ``identity`` (default: the test identity), on its chain RPC."""
        from ..client import XacheClientSync

        ident = identity or self.test_identity
        options.setdefault("rpc_urls", self.rpc_urls)
        return XacheClientSync(self.url, ident.did, ident.private_key, **options)

    @property
    def chain(self) -> Chain:
        """The sandbox chain: balances, blockhashes, ``set_balance`` for tests."""
        chain: Chain = self.app.state.chain
        return chain


def rpc_urls(base_url: str) -> dict[str, str]:
    """The JSON-RPC URLs of the sandbox chain served at ``base_url``."""
    return {network: f"{base_url.rstrip('/')}/rpc/{network}" for network in RPC_NETWORKS}


def unregistered_identity(chain: Literal["evm", "sol"] = "evm") -> TestIdentity:
    """A fresh key and its DID, not yet registered: what a new agent starts with."""
    key = secrets.token_bytes(32)
    if chain == "evm":
        address, private_key = private_key_to_address(key), key.hex()
    else:  # the 64-byte secret key (seed || public key), the form the official TypeScript SDK needs
        address = SolanaPrivateKeySigner(key.hex()).address
        private_key = key.hex() + b58decode(address).hex()
    return TestIdentity(did=f"did:agent:{chain}:{address}", private_key=private_key, address=address)


_EXAMPLE_HEURISTICS = (
    ("Batch storage writes into one transaction to optimize gas usage", ["gas", "batching"]),
    ("Use calldata instead of memory for read-only arguments to cut gas usage", ["gas", "solidity"]),
    ("Cache RPC answers for a few seconds to stay under provider rate limits", ["rpc", "caching"]),
)


def seed_examples(store: Store) -> None:
    """Publish a few example heuristics in the ``ethereum`` domain from a curator identity."""
    curator = new_identity(store)
    for pattern, tags in _EXAMPLE_HEURISTICS:
        body = {
            "pattern": pattern,
            "patternHash": hashlib.sha256(pattern.encode()).hexdigest(),
            "domain": "ethereum",
            "tags": tags,
            "metrics": {"successRate": 0.9, "sampleSize": 25, "confidence": 0.8},
            "encryptedContentRef": "sandbox://examples/" + hashlib.sha256(pattern.encode()).hexdigest()[:16],
        }
        insert_heuristic(store, curator.did, body, int(time.time() * 1000))


def new_identity(store: Store, chain: Literal["evm", "sol"] = "evm") -> TestIdentity:
    """Generate a key, register its DID in ``store`` and return it."""
    ident = unregistered_identity(chain)
    key_type, network = ("evm", "base") if chain == "evm" else ("solana", "solana")
    register_identity(store, ident.address, key_type, network, int(time.time() * 1000), None)
    return ident


def test_identity(store: Store) -> TestIdentity:
    """The store's persistent test identity (created on first use; survives restarts with a db file)."""
    key = store.get_setting("test_identity_key")
    if key is None:
        ident = new_identity(store, "evm")
        store.set_setting("test_identity_key", ident.private_key)
        return ident
    address = private_key_to_address(bytes.fromhex(key))
    did = f"did:agent:evm:{address}"
    if not store.scalar("SELECT 1 FROM identities WHERE did = ? AND deleted_at IS NULL", [did]):
        store.execute("DELETE FROM identities WHERE did = ?", [did])
        store.insert(
            "identities",
            {
                "did": did,
                "wallet_address": address,
                "key_type": "evm",
                "chain": "base",
                "created_at": iso(time.time() * 1000),
            },
        )
    return TestIdentity(did=did, private_key=key, address=address)


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # inherited by accepted connections
    sock.bind((host, port))
    sock.set_inheritable(True)
    return sock


@contextmanager
def serve(app: ASGIApp, host: str = "127.0.0.1", port: int = 0, name: str = "xache-sandbox") -> Iterator[str]:
    """Serve any ASGI app with uvicorn in a background thread; yields its base URL, stops on exit."""
    sock = _bind(host, port)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name=name, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            sock.close()
            raise RuntimeError("the sandbox server did not start")
        time.sleep(0.005)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{sock.getsockname()[1]}"
    log.info("sandbox listening on %s", url)
    try:
        yield url
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@contextmanager
def run_sandbox(host: str = "127.0.0.1", port: int = 0, db: str = ":memory:") -> Iterator[Sandbox]:
    """Serve a fresh sandbox with uvicorn in a background thread; yields a :class:`Sandbox`."""
    store = Store(db)
    app = create_app(store=store)
    ident = test_identity(store)
    try:
        with serve(app, host, port) as url:
            yield Sandbox(url=url, test_identity=ident, app=app, store=store, db=db)
    finally:
        store.close()
