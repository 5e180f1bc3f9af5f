"""The generated low-level client, one attribute away: signed and paid through the facade's client."""

from __future__ import annotations

import asyncio

from xache_api.api.budget import get_budget
from xache_api.api.memory import store_memory
from xache_api.models import BudgetStatusResponse, MemoryStoreRequest, MemoryStoreResponse

from xache_ext import XacheClient, XacheClientSync
from xache_ext.crypto.encryption import encrypt_json
from xache_ext.sandbox import Sandbox


def test_generated_endpoint_returns_the_parsed_data_model(xache_sandbox: Sandbox) -> None:
    ident = xache_sandbox.new_identity()
    with XacheClientSync(xache_sandbox.url, ident.did, ident.private_key) as client:
        parsed = get_budget.sync(client=client.api)
        assert isinstance(parsed, BudgetStatusResponse)
        assert parsed.data.limit_cents > 0 and parsed.success is True
        detailed = get_budget.sync_detailed(client=client.api)
        assert detailed.status_code == 200 and detailed.headers["X-Request-ID"]


def test_generated_paid_endpoint_is_paid_automatically(xache_sandbox: Sandbox) -> None:
    ident = xache_sandbox.new_identity()

    async def main() -> None:
        async with XacheClient(xache_sandbox.url, ident.did, ident.private_key) as client:
            key = await client.memory.get_current_encryption_key()
            sealed = encrypt_json(key, {"raw": True})
            body = MemoryStoreRequest.from_dict(
                {
                    "storageKey": "mem_1_raw",
                    "storageTier": "hot",
                    **sealed.to_wire(),
                    "encryptedPatterns": sealed.encrypted_payload,
                }
            )
            parsed = await store_memory.asyncio(client=client.api, body=body)
            assert isinstance(parsed, MemoryStoreResponse)
            assert parsed.data.storage_key == "mem_1_raw" and parsed.data.receipt_id
            assert len(client.payments) == 1
            assert (await client.memory.retrieve("mem_1_raw")).data == {"raw": True}

    asyncio.run(main())
