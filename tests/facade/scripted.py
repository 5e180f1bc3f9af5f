"""A blocking client on a plain injected ``httpx.Client`` whose every request is answered by one 200 envelope.

For the strict-result tests: an answer the converter must refuse, served without a server or a network.
"""

from __future__ import annotations

from typing import Any

import httpx

from xache_ext import XacheClientSync
from xache_ext.crypto.signers import EvmPrivateKeySigner

KEY = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
DID = f"did:agent:evm:{EvmPrivateKeySigner(KEY).address}"
META = {"requestId": "req_scripted", "timestamp": "2026-01-01T00:00:00Z", "duration": 1}


def answering(data: Any, seen: list[httpx.Request] | None = None) -> XacheClientSync:
    """A client whose every call gets ``{"success": true, "data": data, "meta": ...}`` (status 200).

    Each request sent is appended to ``seen``.
    """

    def handler(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return httpx.Response(200, json={"success": True, "data": data, "meta": META})

    return XacheClientSync(
        "http://xache.test", DID, KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
