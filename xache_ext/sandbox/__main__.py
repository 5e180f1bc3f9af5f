"""CLI: ``python -m xache_ext.sandbox [--host 127.0.0.1] [--port 8787] [--db FILE] [--seed]``.

With ``--db FILE`` the state survives restarts: the same test identity (key, registration, budget) and the
example heuristics of ``--seed``, which are published only once per file.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import logging
import socket
import sqlite3
import sys

import uvicorn

from .app import create_app
from .payments import TREASURY
from .server import bind, describe_identity, rpc_urls, seed_examples, test_identity
from .store import Store


def _fail(message: str) -> int:
    sys.stderr.write(f"xache sandbox: {message}\n")
    sys.stderr.flush()
    return 2


def _bind_error(host: str, port: int, exc: OSError) -> str:
    where = f"port {port} on {host}"
    if exc.errno == errno.EADDRINUSE:
        return f"{where} is already in use; pick another with --port N (or --port 0 for any free port)"
    if exc.errno == errno.EACCES:
        return f"no permission to listen on {where}; pick a port above 1023 with --port N"
    return f"cannot listen on {where}: {exc.strerror or exc}; check --host, or pick another --port"


def _port(text: str) -> int:
    if not text.isascii() or not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a TCP port (0-65535; 0 picks a free one)")
    return int(text)


def main(argv: list[str] | None = None) -> int:
    """Serve the sandbox until Ctrl-C; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m xache_ext.sandbox", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=_port, default=8787, help="0 picks a free port (default 8787)")
    parser.add_argument(
        "--db", default=":memory:", help="SQLite file kept across restarts (default: in memory)"
    )
    parser.add_argument("--log-level", default="info")
    parser.add_argument("--seed", action="store_true", help="publish a few example heuristics (once per db)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    try:  # before anything is printed: a busy port must not look like a running sandbox
        sock = bind(args.host, args.port)
    except OSError as exc:
        return _fail(_bind_error(args.host, args.port, exc))
    try:
        store = Store(args.db)
    except sqlite3.Error as exc:
        sock.close()
        return _fail(f"cannot open the database {args.db}: {exc}")
    try:
        return _serve(args, sock, store)
    finally:
        sock.close()
        store.close()


def _serve(args: argparse.Namespace, sock: socket.socket, store: Store) -> int:
    ident = test_identity(store, register=False)
    seeded = seed_examples(store) if args.seed else None
    host = f"[{args.host}]" if ":" in args.host else args.host
    port = sock.getsockname()[1]
    kept = "in memory, lost on exit" if args.db == ":memory:" else "kept across restarts"
    lines = [
        f"Xache sandbox on http://{host}:{port}  (db: {args.db}, {kept})",
        "  test identity (new on every start; --db FILE keeps it):"
        if args.db == ":memory:"
        else "  test identity (the same on every start with this db):",
        f"  test identity DID:  {ident.did}",
        f"  private key (hex):  {ident.private_key}",
        f"  wallet address:     {ident.address}",
        *(f"  {line}" for line in describe_identity(store, ident)),
        "  chain JSON-RPC (pass as rpc_urls=...):",
        *(f"    {network}: {url}" for network, url in rpc_urls(f"http://{host}:{port}").items()),
        f"  payTo (treasury):   {TREASURY}",
    ]
    if seeded is not None:
        when = "published now" if seeded else "published on an earlier start, not again"
        lines.append(f"  example heuristics: 3 in domain 'ethereum' ({when})")
    sys.stdout.write("\n".join(lines) + "\n")
    sys.stdout.flush()
    config = uvicorn.Config(create_app(store=store), log_level=args.log_level.lower(), lifespan="off")
    with contextlib.suppress(KeyboardInterrupt):
        uvicorn.Server(config).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
