"""A field added to the spec reaches the facade's result after regeneration, with no other edit.

The test does what a maintainer does: copies ``openapi.yaml``, adds an optional property to the ``data`` of
``GET /v1/budget``, regenerates the client from the copy (``scripts/generate.py --spec --out``), and calls
``client.budget.get_status()`` against a loopback server that sends the new field, in a fresh interpreter that
imports the regenerated package.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]

CHILD = textwrap.dedent(
    """
    import json, sys
    sys.path.insert(0, sys.argv[1])
    import xache_api
    assert xache_api.__file__.startswith(sys.argv[2]), xache_api.__file__
    from xache_api.models import BudgetStatus
    from xache_api.operations_table import SCHEMAS
    from loopback import loopback
    from xache_ext import XacheClientSync
    from xache_ext.crypto.signers import EvmPrivateKeySigner

    assert "rolloverCents" in SCHEMAS["BudgetStatus"]["properties"]
    assert "rollover_cents" in BudgetStatus.__annotations__
    data = {"limitCents": 100, "spentCents": 1, "remainingCents": 99, "percentageUsed": 1.0,
            "currentPeriod": "2026-12", "rolloverCents": 42}
    body = json.dumps({"success": True, "data": data, "meta": {"requestId": "r", "timestamp": "t", "duration": 1}})
    key = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
    did = "did:agent:evm:" + EvmPrivateKeySigner(key).address
    with loopback(lambda seen: (200, {"Content-Type": "application/json"}, body.encode())) as server:
        with XacheClientSync(server.url, did, key) as client:
            status = client.budget.get_status()
    print(json.dumps({"attr": status.rollover_cents, "item": status["rolloverCents"], "get": status.get("rolloverCents")}))
    """
)


def test_an_added_response_field_reaches_the_facade(tmp_path: Path) -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    spec["components"]["schemas"]["BudgetStatus"]["properties"]["rolloverCents"] = {
        "type": "integer",
        "description": "Unspent cents carried into the next period.",
    }
    changed = tmp_path / "openapi.yaml"
    changed.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    out = tmp_path / "gen"
    generated = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), "--spec", str(changed), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert generated.returncode == 0, generated.stderr
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "tests"), os.environ.get("PYTHONPATH", "")]),
    }
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(out), str(out)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert child.returncode == 0, child.stderr
    assert child.stdout.strip().splitlines()[-1] == '{"attr": 42, "item": 42, "get": 42}'
