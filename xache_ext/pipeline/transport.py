"""Transports and defaults for the httpx clients the SDK sends through.

The clients themselves are stock ``httpx.Client`` / ``httpx.AsyncClient`` objects: signing, payment and retries
live in the pipeline, so an injected client keeps all of them.
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = ["DEFAULT_TIMEOUT", "aiohttp_transport"]

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)


def aiohttp_transport(**kwargs: Any) -> httpx.AsyncBaseTransport:
    """An aiohttp-based async transport (the ``aiohttp`` extra): much faster under concurrency.

    Use it as ``XacheClient(http_client=httpx.AsyncClient(transport=aiohttp_transport()))``.
    """
    try:
        from httpx_aiohttp import AiohttpTransport
    except ImportError as exc:
        raise ImportError(
            "aiohttp_transport() needs the aiohttp extra: pip install 'xache-sdk[aiohttp]'"
        ) from exc
    transport: httpx.AsyncBaseTransport = AiohttpTransport(**kwargs)
    return transport
