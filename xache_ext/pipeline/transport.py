"""The httpx clients the SDK builds for itself, and their defaults.

They are stock ``httpx.Client`` / ``httpx.AsyncClient`` objects (signing, payment and retries live in the
pipeline, so an injected client keeps all of them). The async one sends over aiohttp
(:mod:`.aiohttp_transport`) unless its options ask for what only httpx's own pool does; both read cookies only
from answers that set one (:mod:`.cookies`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .aiohttp_transport import default_async_transport
from .cookies import SetCookieJar

__all__ = ["DEFAULT_TIMEOUT", "new_async_client", "new_sync_client"]

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)


def new_sync_client(options: Mapping[str, Any]) -> httpx.Client:
    """A blocking client with keyword ``options``."""
    client = httpx.Client(**options)
    client._cookies = SetCookieJar(client._cookies)
    return client


def new_async_client(options: Mapping[str, Any]) -> httpx.AsyncClient:
    """An async client with keyword ``options``, over aiohttp unless they name a ``transport``."""
    if "transport" not in options:
        options = {**options, "transport": default_async_transport(options)}
    client = httpx.AsyncClient(**options)
    client._cookies = SetCookieJar(client._cookies)
    return client
