"""A blocking client on a plain injected ``httpx.Client`` whose every call gets one canned success answer."""

from __future__ import annotations

from typing import Any

import httpx

from xache_ext import XacheClientSync
from xache_ext.crypto.signers import EvmPrivateKeySigner

KEY = "22" * 32
DID = f"did:agent:evm:{EvmPrivateKeySigner(KEY).address}"
REQUEST_ID = "req_canned"


def answering(data: Any) -> XacheClientSync:
    """A client whose requests all get ``200 {"success": true, "data": data}`` (no network)."""

    def handler(request: httpx.Request) -> httpx.Response:
        meta = {"requestId": REQUEST_ID, "timestamp": "2026-01-01T00:00:00Z", "duration": 1}
        return httpx.Response(200, json={"success": True, "data": data, "meta": meta})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    return XacheClientSync("http://xache.test", DID, KEY, http_client=http)
