"""One TLS context for every client that verifies as httpx does by default.

Building a context loads the whole CA bundle (about 25 ms, most of the cost of making a client); clients made
with httpx's default verification share one, made again only if ``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` change
(which httpx reads when ``trust_env`` is on). A client given its own ``verify`` or ``cert`` builds its own.
"""

from __future__ import annotations

import os
import ssl
import threading

import httpx

__all__ = ["default_ssl_context"]

_made: dict[tuple[bool, str | None, str | None], ssl.SSLContext] = {}
_lock = threading.Lock()


def default_ssl_context(trust_env: bool = True) -> ssl.SSLContext:
    """The context ``httpx.create_ssl_context(trust_env=trust_env)`` builds, built once and shared."""
    key = (
        (trust_env, os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))
        if trust_env
        else (False, None, None)
    )
    found = _made.get(key)
    if found is None:
        with _lock:
            found = _made.get(key)
            if found is None:
                found = _made[key] = httpx.create_ssl_context(trust_env=trust_env)
    return found
