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
from .app import BODY_TIMEOUT_S, create_app
from .chain import DEFAULT_FUNDING, RPC_NETWORKS, Chain
from .handlers import insert_heuristic, register_identity
from .ledger import budget_status, iso, limit_cents, spent_micro
from .payments import NETWORK
from .store import Store

__all__ = [
    "Sandbox",
    "TestIdentity",
    "bind",
    "describe_identity",
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
    private_key: str = attrs.field(repr=False)
    address: str


@attrs.frozen
class Sandbox:
    """A running sandbox: its base URL, its registered test identity (see ``describe_identity``) and the store."""

    url: str
    test_identity: TestIdentity
    app: Starlette
    store: Store
    db: str

    def new_identity(self, chain: Literal["evm", "sol"] = "evm", *, register: bool = True) -> TestIdentity:
        """Create and register another identity (funded on the sandbox chain like every registered one), or with
        ``register=False`` one the sandbox has never seen, to try ``client.identity.register`` with."""
        return new_identity(self.store, chain) if register else unregistered_identity(chain)

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


def seed_examples(store: Store) -> bool:
    """Publish a few example heuristics in the ``ethereum`` domain from a curator identity, once per store.

    Returns whether they were published now (``False``: this store was seeded before).
    """
    if store.get_setting("examples_seeded") is not None:
        return False
    store.set_setting("examples_seeded", iso(time.time() * 1000))
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
    return True


def new_identity(store: Store, chain: Literal["evm", "sol"] = "evm") -> TestIdentity:
    """Generate a key, register its DID in ``store`` and return it."""
    ident = unregistered_identity(chain)
    key_type, network = ("evm", "base") if chain == "evm" else ("solana", "solana")
    register_identity(store, ident.address, key_type, network, int(time.time() * 1000), None)
    return ident


def test_identity(store: Store, *, register: bool = True) -> TestIdentity:
    """The store's persistent EVM test identity: created on first use, the same key on every restart with a
    db file. ``register`` makes sure it is registered (the CLI leaves that to the user, as a new agent would).
    """
    key = store.get_setting("test_identity_key")
    if key is None:
        key = unregistered_identity("evm").private_key
        store.set_setting("test_identity_key", key)
    address = private_key_to_address(bytes.fromhex(key))
    did = f"did:agent:evm:{address}"
    if register and not store.scalar("SELECT 1 FROM identities WHERE did = ? AND deleted_at IS NULL", [did]):
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


def _usd(micro: int) -> str:
    """``$100.00``, ``$0.005``: at least cents, at most micro-dollars, no trailing zeros beyond cents."""
    whole, frac = f"{micro / 1_000_000:,.6f}".split(".")
    return f"${whole}.{frac.rstrip('0').ljust(2, '0')}"


def _funds(store: Store, ident: TestIdentity, registered: bool) -> str:
    if not registered:
        return f"{DEFAULT_FUNDING / 1_000_000:.2f} test USDC on {NETWORK} (the sandbox chain) once registered"
    balance = Chain(store, time.time).balance(NETWORK, ident.address)
    return f"{balance / 1_000_000:.2f} test USDC on {NETWORK} (the sandbox chain; paid calls debit it)"


def describe_identity(store: Store, ident: TestIdentity, now_ms: int | None = None) -> list[str]:
    """What ``ident`` can do in this store, as banner lines: registration, payments and this month's budget."""
    now = int(time.time() * 1000) if now_ms is None else now_ms
    row = store.one("SELECT created_at, deleted_at FROM identities WHERE did = ?", [ident.did])
    if row is None:
        registered = (
            "no: register it first (POST /v1/identity/register with this walletAddress, "
            "keyType evm, chain base)"
        )
    elif row["deleted_at"]:
        registered = f"no: deleted at {row['deleted_at']}; register it again to use it"
    else:
        registered = f"yes, since {row['created_at']}"
    limit = limit_cents(store, ident.did) * 10_000
    spent = spent_micro(store, ident.did, now)
    period = budget_status(store, ident.did, now)["currentPeriod"]
    return [
        f"registered:         {registered}",
        f"funds:              {_funds(store, ident, row is not None and not row['deleted_at'])}",
        f"monthly budget:     {_usd(limit)}: {_usd(spent)} spent, {_usd(max(limit - spent, 0))} left in {period}",
        "                    (paid calls beyond it get BUDGET_EXCEEDED; PUT /v1/budget changes the limit)",
    ]


def bind(host: str, port: int) -> socket.socket:
    """A listening-ready TCP socket bound to ``host:port`` (``port`` 0: a free one); ``OSError`` if busy."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        # Linux: lets a restarted sandbox reuse a port in TIME_WAIT, never one that another socket listens on.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # inherited by accepted connections
        sock.bind((host, port))
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


@contextmanager
def serve(app: ASGIApp, host: str = "127.0.0.1", port: int = 0, name: str = "xache-sandbox") -> Iterator[str]:
    """Serve any ASGI app with uvicorn in a background thread; yields its base URL, stops on exit."""
    sock = bind(host, port)
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
def run_sandbox(
    host: str = "127.0.0.1", port: int = 0, db: str = ":memory:", *, body_timeout: float = BODY_TIMEOUT_S
) -> Iterator[Sandbox]:
    """Serve a sandbox (fresh, or the state of the ``db`` file) with uvicorn in a background thread.

    Yields a :class:`Sandbox` whose ``test_identity`` is registered. ``body_timeout``: see ``create_app``.
    """
    store = Store(db)
    app = create_app(store=store, body_timeout=body_timeout)
    ident = test_identity(store)
    try:
        with serve(app, host, port) as url:
            yield Sandbox(url=url, test_identity=ident, app=app, store=store, db=db)
    finally:
        store.close()
