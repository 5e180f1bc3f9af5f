"""Shared pytest fixtures."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from vectors import load_vectors as _load_vectors

pytest_plugins = ["xache_ext.sandbox.pytest_plugin"]


@pytest.fixture
def load_vectors() -> Callable[[str], list[dict[str, Any]]]:
    """The shared test-vector loader (see ``tests/vectors.py``)."""
    return _load_vectors
