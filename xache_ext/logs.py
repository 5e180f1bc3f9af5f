"""Logging for the SDK: the ``xache`` logger, the ``XACHE_LOG`` switch and redaction of secrets.

Nothing in the SDK prints. Records go to ``logging.getLogger("xache")``; set ``XACHE_LOG=debug`` (or ``info``)
to attach a stderr handler at that level. Every handler the SDK attaches redacts signatures, payment headers
and key-like hex strings, and the SDK never formats a key into a record in the first place.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import warnings
from types import FrameType

__all__ = ["REDACTED", "RedactingFilter", "logger", "redact_headers", "setup_logging"]

logger = logging.getLogger("xache")

REDACTED = "<redacted>"
SENSITIVE_HEADERS = frozenset({"x-sig", "payment-signature", "x-payment", "authorization"})
# 64+ hex digits is a private key, a signature or a ciphertext digest: never worth showing in full.
_LONG_HEX = re.compile(r"(?<![0-9a-fA-F])(0x)?[0-9a-fA-F]{64,}(?![0-9a-fA-F])")


def redact_headers(headers: object) -> dict[str, str]:
    """Return a copy of request or response headers that is safe to log."""
    items = headers.items() if hasattr(headers, "items") else []
    return {str(k): (REDACTED if str(k).lower() in SENSITIVE_HEADERS else str(v)) for k, v in items}


class RedactingFilter(logging.Filter):
    """Replaces long hex runs (keys, signatures) in a record's rendered message."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = _LONG_HEX.sub(REDACTED, message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep
_warned: set[str] = set()


def _first_frame_outside_the_sdk() -> int:
    """The ``stacklevel`` that points a warning at the caller's own line, not into the SDK."""
    frame: FrameType | None = sys._getframe(1)
    level = 1
    while frame is not None and frame.f_code.co_filename.startswith(_PACKAGE_DIR):
        frame, level = frame.f_back, level + 1
    return level


def setup_logging() -> None:
    """Attach a stderr handler to the ``xache`` logger if ``XACHE_LOG`` asks for one (idempotent).

    An unknown value warns once per value (a typo should not silently mean "no logs").
    """
    level_name = os.environ.get("XACHE_LOG", "").strip().upper()
    if not level_name:
        return
    if level_name not in _LEVELS:
        if level_name not in _warned:
            _warned.add(level_name)
            warnings.warn(
                f"XACHE_LOG={os.environ['XACHE_LOG']!r} is not one of {', '.join(v.lower() for v in _LEVELS)}; "
                "no SDK logs are shown",
                stacklevel=_first_frame_outside_the_sdk(),
            )
        return
    if any(getattr(h, "_xache_handler", False) for h in logger.handlers):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    handler.addFilter(RedactingFilter())
    handler._xache_handler = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    logger.setLevel(level_name)
