"""The repository's copies of the reference material equal the originals, where those are present."""

from __future__ import annotations

from pathlib import Path

import pytest
from vectors import VECTORS_DIR

# The reference lives beside a development checkout only; a user's clone has the copies alone.
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
REFERENCE_DIR = SHARED / "vectors"
REFERENCE_DOC = SHARED / "reference" / "xache-api.md"
DOC_COPY = Path(__file__).resolve().parent / "reference" / "xache-api.md"


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


@pytest.mark.skipif(not REFERENCE_DOC.is_file(), reason="no reference document beside this checkout")
def test_reference_document_copy_equals_the_original() -> None:
    assert DOC_COPY.read_bytes() == REFERENCE_DOC.read_bytes()
