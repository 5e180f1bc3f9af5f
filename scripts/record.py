"""Re-record the wire cassettes in ``tests/cassettes/`` (``make record``).

By default every session in ``tests/wire/`` runs against a fresh local sandbox with the fixed test identity.
With ``XACHE_API_URL``, ``XACHE_DID`` and ``XACHE_PRIVATE_KEY`` all set, it runs against that server instead
(paid calls are really paid: about $0.12 in total). Extra arguments go to pytest, e.g.
``scripts/record.py -k memory`` re-records one session.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    live = all(os.environ.get(n) for n in ("XACHE_API_URL", "XACHE_DID", "XACHE_PRIVATE_KEY"))
    target = os.environ["XACHE_API_URL"] if live else "a fresh local sandbox"
    print(f"recording tests/wire against {target}")
    command = [sys.executable, "-m", "pytest", "tests/wire", "--record-mode=all", *argv]
    result = subprocess.run(command, cwd=ROOT, check=False)
    if result.returncode == 0:
        print("cassettes written to tests/cassettes/; replay them with: .venv/bin/pytest tests/wire")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
