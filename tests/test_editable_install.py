"""``make install``'s editable install, as a user's program outside the checkout sees it.

The default setuptools editable mode imports through a meta path finder that type checkers do not run, so
``mypy --strict my_agent.py`` reported import-not-found for xache_ext and xache_api. ``make install`` also
writes a .pth file naming both package roots (``scripts/typing_paths.py``), which mypy searches.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

# The program a user writes after `make install`: the facade and the raw endpoints, types asserted, so that
# an import mypy cannot follow (Any) fails as surely as one it cannot find.
MY_AGENT = textwrap.dedent(
    """
    from typing import assert_type

    from xache_api.api.reputation import get_reputation
    from xache_api.models import ReputationSnapshot
    from xache_ext import XacheClientSync
    from xache_ext.types.reputation import ReputationSnapshot as Snapshot


    def main(client: XacheClientSync) -> float:
        assert_type(client.reputation.get_reputation(), Snapshot)
        snapshot = get_reputation.sync(client=client.api).data
        assert_type(snapshot, ReputationSnapshot)
        return snapshot.overall
    """
)


def _clean_env() -> dict[str, str]:
    """The environment without anything that would put the checkout on a search path by other means."""
    drop = {"PYTHONPATH", "MYPYPATH", "PYTHONSAFEPATH"}
    return {k: v for k, v in os.environ.items() if k not in drop}


def test_mypy_strict_finds_both_packages_from_outside_the_checkout(tmp_path: Path) -> None:
    (tmp_path / "my_agent.py").write_text(MY_AGENT, encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            os.devnull,
            "my_agent.py",
        ],
        cwd=tmp_path,
        env=_clean_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    report = result.stdout + result.stderr
    # Success also means no error from inside xache_ext or generated/ (installed, typed packages are followed
    # silently), nor a note that a module is installed but missing py.typed.
    assert result.returncode == 0, f"run `make install`? mypy said:\n{report}"
    assert "Success: no issues found in 1 source file" in report, report
