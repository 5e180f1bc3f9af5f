"""CLI: ``python -m xache_ext.sandbox [--host 127.0.0.1] [--port 8787] [--db FILE] [--seed]``."""

from __future__ import annotations

import argparse
import logging
import sys

import uvicorn

from .app import create_app
from .payments import TREASURY
from .server import rpc_urls, seed_examples, unregistered_identity
from .store import Store


def main(argv: list[str] | None = None) -> int:
    """Serve the sandbox until Ctrl-C."""
    parser = argparse.ArgumentParser(prog="python -m xache_ext.sandbox", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8787)
    parser.add_argument("--db", default=":memory:", help="SQLite file (default: in memory)")
    parser.add_argument("--log-level", default="info")
    parser.add_argument("--seed", action="store_true", help="publish a few example heuristics")
    args = parser.parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    store = Store(args.db)
    app = create_app(store=store)
    ident = unregistered_identity()
    if args.seed:
        seed_examples(store)
    host = f"[{args.host}]" if ":" in args.host else args.host
    sys.stdout.write(
        f"Xache sandbox on http://{host}:{args.port}  (db: {args.db})\n"
        "  a funded test identity (register it first, as a new agent would):\n"
        f"  test identity DID:  {ident.did}\n"
        f"  private key (hex):  {ident.private_key}\n"
        f"  wallet address:     {ident.address}\n"
        f"  payTo (treasury):   {TREASURY}\n"
        "  chain JSON-RPC (pass as rpc_urls=...):\n"
        + "".join(
            f"    {network}: {url}\n" for network, url in rpc_urls(f"http://{host}:{args.port}").items()
        )
    )
    sys.stdout.flush()
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level.lower(), lifespan="off")
    except KeyboardInterrupt:
        pass
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
