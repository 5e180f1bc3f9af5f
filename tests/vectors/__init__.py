"""The byte-exact test vectors, kept in the repository as ``tests/vectors/<name>.json``.

They are copies of the reference vectors computed by the official SDK and eth-account; ``test_copies.py``
checks them against the reference folder when it exists beside the repository.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

VECTORS_DIR = Path(__file__).resolve().parent


def load_vectors(name: str) -> list[dict[str, Any]]:
    """The ``cases`` of ``tests/vectors/<name>.json`` (e.g. ``"signing"``)."""
    with (VECTORS_DIR / f"{name}.json").open(encoding="utf-8") as handle:
        cases: list[dict[str, Any]] = json.load(handle)["cases"]
    return cases
