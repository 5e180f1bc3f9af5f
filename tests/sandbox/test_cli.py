"""``python -m xache_ext.sandbox``: the banner, restarts on one ``--db`` file, a busy port, the extra's ImportError."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from helpers import call

from xache_ext.sandbox.server import TestIdentity

ROOT = Path(__file__).resolve().parents[2]
FIELD = re.compile(r"^\s+([a-zA-Z ()]+?):\s+(.*)$")


@contextmanager
def cli(*args: str) -> Iterator[tuple[str, dict[str, str], str]]:
    """Start the CLI; yields (url, banner fields, banner text) and stops it on exit."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "xache_ext.sandbox", "--port", "0", "--log-level", "warning", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert proc.stdout is not None
        lines = []
        while not lines or not lines[-1].startswith("  payTo"):
            line = proc.stdout.readline()
            assert line, f"the CLI exited before its banner: {proc.wait(timeout=10)} {proc.stderr.read()}"  # type: ignore[union-attr]
            lines.append(line.rstrip("\n"))
        if "--seed" in args:
            lines.append(proc.stdout.readline().rstrip("\n"))
        url = re.search(r"on (http://\S+)", lines[0])
        assert url, lines[0]
        fields = {m.group(1): m.group(2) for line in lines[1:] if (m := FIELD.match(line))}
        yield url.group(1), fields, "\n".join(lines)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


def identity(fields: dict[str, str]) -> TestIdentity:
    return TestIdentity(
        did=fields["test identity DID"],
        private_key=fields["private key (hex)"],
        address=fields["wallet address"],
    )


def test_restart_on_the_same_db_keeps_the_identity_and_seeds_once(tmp_path: Path) -> None:
    db = str(tmp_path / "sandbox.db")
    with cli("--db", db, "--seed") as (url, fields, banner):
        first = identity(fields)
        assert "kept across restarts" in banner and "(published now)" in fields["example heuristics"]
        assert fields["registered"].startswith("no: register it first")
        assert fields["monthly budget"].startswith("$100.00: $0.00 spent, $100.00 left")
        assert fields["funds"] == "100.00 test USDC on base-sepolia (the sandbox chain) once registered"
        with httpx.Client(base_url=url, timeout=10) as client:
            assert client.get("/v1/collective/heuristics").json()["data"]["total"] == 3
            body = {"walletAddress": first.address, "keyType": "evm", "chain": "base"}
            assert client.post("/v1/identity/register", json=body).status_code == 200
            assert call(client, first, "PUT", "/v1/budget", {"limitCents": 5000}).status_code == 200
    with cli("--db", db, "--seed") as (url, fields, banner):
        assert identity(fields) == first
        assert "not again" in fields["example heuristics"]
        assert fields["registered"].startswith("yes, since ")
        assert fields["monthly budget"].startswith("$50.00: $0.00 spent, $50.00 left")
        assert fields["funds"] == "100.00 test USDC on base-sepolia (the sandbox chain; paid calls debit it)"
        with httpx.Client(base_url=url, timeout=10) as client:
            assert client.get("/v1/collective/heuristics").json()["data"]["total"] == 3
            me = call(client, first, "GET", f"/v1/identity/{first.did}")
            assert me.status_code == 200, me.text


def test_without_db_every_start_has_a_new_unregistered_identity() -> None:
    with cli() as (_, fields, banner):
        first = identity(fields)
        assert "in memory, lost on exit" in banner and fields["registered"].startswith("no:")
        assert "example heuristics" not in fields
    with cli() as (_, fields, _):
        assert identity(fields).did != first.did


def test_a_busy_port_is_one_clear_line_and_no_banner() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "xache_ext.sandbox", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=ROOT,
            check=False,
        )
    assert done.returncode != 0
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert f"port {port}" in lines[0] and "already in use" in lines[0] and "--port" in lines[0]


def test_an_invalid_port_is_refused_by_the_argument_parser() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "xache_ext.sandbox", "--port", "70000"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 2 and done.stdout == "" and "not a TCP port" in done.stderr


@pytest.mark.parametrize("module", ["starlette", "uvicorn", "jsonschema", "yaml"])
def test_importing_without_the_extra_names_it(module: str) -> None:
    code = (
        "import sys\n"
        f"sys.modules[{module!r}] = None\n"
        "import xache_ext, xache_ext.client\n"  # the core needs none of the extra
        "for entry in ('xache_ext.sandbox', 'xache_ext.sandbox.pytest_plugin'):\n"
        "    try:\n"
        "        __import__(entry)\n"
        "    except ImportError as exc:\n"
        "        print(type(exc).__name__, exc.name, exc, sep='|')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT, check=False
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 2, done.stdout
    for line in lines:
        kind, name, message = line.split("|")
        assert kind == "ImportError" and name == module
        assert "pip install 'xache-sdk[sandbox]'" in message
        assert ("pyyaml" if module == "yaml" else module) in message
