"""The repository's vector copies equal the reference vectors, where the reference folder is present."""

from __future__ import annotations

from pathlib import Path

import pytest
from vectors import VECTORS_DIR

# The reference lives beside a development checkout only; a user's clone has the copies alone.
REFERENCE_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "vectors"


def test_every_vector_file_is_kept_in_the_repository() -> None:
    names = sorted(p.name for p in VECTORS_DIR.glob("*.json"))
    assert names == [
        "encryption.json",
        "fingerprint.json",
        "signing.json",
        "subject.json",
        "x402-eip3009.json",
    ]


@pytest.mark.skipif(not REFERENCE_DIR.is_dir(), reason="no reference vectors beside this checkout")
def test_copies_equal_the_reference() -> None:
    reference = sorted(p.name for p in REFERENCE_DIR.glob("*.json"))
    assert reference == sorted(p.name for p in VECTORS_DIR.glob("*.json"))
    for name in reference:
        assert (VECTORS_DIR / name).read_bytes() == (REFERENCE_DIR / name).read_bytes(), name
