"""`make demo` end to end: the sandbox CLI in its own process and the founding example against it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_demo_prints_the_three_lines() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()[-3:]
    assert re.fullmatch(r"DID: did:agent:evm:0x[0-9a-fA-F]{40}", lines[0])
    assert re.fullmatch(r"Memory ID: mem_\d+_[0-9a-z]+", lines[1])
    assert re.fullmatch(r"Matches: [1-9]\d*", lines[2])
