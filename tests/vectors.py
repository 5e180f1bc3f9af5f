"""Loads the shared byte-exact test vectors from ``<repo>/../shared/vectors``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

VECTORS_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "vectors"


def load_vectors(name: str) -> list[dict[str, Any]]:
    """The ``cases`` of ``shared/vectors/<name>.json`` (e.g. ``"signing"``)."""
    with (VECTORS_DIR / f"{name}.json").open(encoding="utf-8") as handle:
        cases: list[dict[str, Any]] = json.load(handle)["cases"]
    return cases
