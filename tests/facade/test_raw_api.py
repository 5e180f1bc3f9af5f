"""The generated low-level client, one attribute away: signed and paid through the facade's client."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from xache_api.api.budget import get_budget
from xache_api.api.memory import store_memory
from xache_api.api.workspaces import get_workspace
from xache_api.models import BudgetStatusResponse, MemoryStoreRequest, MemoryStoreResponse

from xache_ext import ValidationError, XacheClient, XacheClientSync
from xache_ext.crypto.encryption import encrypt_json
from xache_ext.sandbox import Sandbox
from xache_ext.sandbox.server import unregistered_identity


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


def test_a_lone_surrogate_in_a_raw_path_value_is_a_typed_input_error() -> None:
    """The generated code quotes a path value before the pipeline sees it; a lone surrogate survives that as
    its bytes and is refused by the pipeline (ValidationError, nothing sent), not by quote() untyped."""
    ident = unregistered_identity()
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(500))
    with (
        XacheClientSync(
            "http://127.0.0.1:9", ident.did, ident.private_key, http_client=httpx.Client(transport=transport)
        ) as client,
        pytest.raises(ValidationError, match="workspaceId contains a lone surrogate U\\+DFFF at position 3"),
    ):
        get_workspace.sync_detailed("ws_\udfff", client=client.api)

    async def main() -> None:
        http = httpx.AsyncClient(transport=transport)
        async with XacheClient(
            "http://127.0.0.1:9", ident.did, ident.private_key, http_client=http
        ) as client:
            with pytest.raises(
                ValidationError, match="workspaceId contains a lone surrogate U\\+D800 at position 0"
            ):
                await get_workspace.asyncio_detailed("\ud800", client=client.api)

    asyncio.run(main())
    assert sent == []


def test_the_generated_clients_own_settings_name_the_xache_client(xache_sandbox: Sandbox) -> None:
    """client.api sends through its XacheClient: what the generated client offers for its own httpx clients
    says where to set it instead, and ``with client.api`` is harmless."""
    ident = xache_sandbox.new_identity()
    with XacheClientSync(xache_sandbox.url, ident.did, ident.private_key) as client:
        api = client.api
        for call, where in (
            (lambda: api.with_headers({"X-A": "1"}), "headers="),
            (lambda: api.with_cookies({"a": "1"}), "http_client="),
            (lambda: api.with_timeout(httpx.Timeout(1.0)), "timeout="),
            (lambda: api.set_httpx_client(httpx.Client()), "http_client="),
            (lambda: api.set_async_httpx_client(httpx.AsyncClient()), "http_client="),
        ):
            with pytest.raises(TypeError, match=where):
                call()
        with api as same:
            assert same is api and get_budget.sync(client=api).success
        assert get_budget.sync(client=api).success  # still open: the XacheClient owns the connections

    async def main() -> None:
        async with xache_sandbox.client(ident) as async_client, async_client.api as api:
            assert (await get_budget.asyncio(client=api)).success

    asyncio.run(main())
