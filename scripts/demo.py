"""`make demo`: start the local sandbox, run examples/quickstart.py against it, stop the sandbox.

The sandbox runs as its own process (``python -m xache_ext.sandbox``), exactly as a user would start it; the
example gets the sandbox's URL and its funded test identity through XACHE_* environment variables.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
FIELDS = {
    "XACHE_DID": re.compile(r"test identity DID:\s+(\S+)"),
    "XACHE_PRIVATE_KEY": re.compile(r"private key \(hex\):\s+(\S+)"),
    "XACHE_WALLET": re.compile(r"wallet address:\s+(\S+)"),
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def read_banner(process: subprocess.Popen[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    assert process.stdout is not None
    while len(found) < len(FIELDS):
        line = process.stdout.readline()
        if not line:
            raise SystemExit("the sandbox exited before printing its test identity")
        for name, pattern in FIELDS.items():
            if match := pattern.search(line):
                found[name] = match.group(1)
    return found


def wait_until_ready(url: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/v1/collective/heuristics", timeout=1.0).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise SystemExit(f"the sandbox did not answer on {url}")


def main() -> int:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    sandbox = subprocess.Popen(
        [sys.executable, "-m", "xache_ext.sandbox", "--port", str(port), "--log-level", "warning", "--seed"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        env = {**os.environ, "XACHE_API_URL": url, **read_banner(sandbox)}
        wait_until_ready(url)
        print(f"sandbox on {url}; running examples/quickstart.py as {env['XACHE_DID']}", flush=True)
        return subprocess.run(
            [sys.executable, str(ROOT / "examples" / "quickstart.py")], env=env, check=False
        ).returncode
    finally:
        sandbox.terminate()
        try:
            sandbox.wait(timeout=10)
        except subprocess.TimeoutExpired:
            sandbox.kill()


if __name__ == "__main__":
    sys.exit(main())
