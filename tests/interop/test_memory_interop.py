"""Memories cross between the official ``xache`` 5.13.0 SDK and ours, for EVM and Solana agents.

The official SDK writes the Python layout (``encryptedData`` = base64(nonce || MAC || ciphertext), its
``json.dumps`` with spaces, ``memoryId``/``memoryIds``); ours writes the TypeScript layout
(``encryptedPayload`` + ``encryptionNonce``, ``storageKey``). The sandbox answers reads in both layouts, so each
SDK must decrypt what the other wrote with the key both derive from the same private key and DID.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from xache_ext import XacheClient

from .conftest import InteropServer

xache = pytest.importorskip("xache")

pytestmark = pytest.mark.interop

CHAINS = ["evm", "sol"]
DATA: dict[str, Any] = {"name": "Zoë", "likes": ["tea", "dark mode"], "n": 3, "x": 2.5, "none": None}


def _clients(server: InteropServer, chain: str) -> tuple[XacheClient, Any]:
    ident = server.new_identity(chain)  # type: ignore[arg-type]
    ours = XacheClient(api_url=server.url, did=ident.did, private_key=ident.private_key)
    official = xache.XacheClient(api_url=server.url, did=ident.did, private_key=ident.private_key)
    return ours, official


@pytest.mark.parametrize("chain", CHAINS)
def test_official_writes_ours_reads(interop_server: InteropServer, chain: str) -> None:
    async def scenario() -> None:
        ours, official = _clients(interop_server, chain)
        async with ours, official:
            stored = await official.memory.store(
                data=DATA,
                storage_tier="warm",
                metadata={"m": 1},
                context="xache.user.preference",
                tags=["t1"],
            )
            batch = await official.memory.store_batch(
                [{"data": {"i": i, "text": "ünïcode"}, "storage_tier": "hot"} for i in range(3)]
            )
            got = await ours.memory.retrieve(stored.memory_id)
            assert got.data == DATA
            assert got.storage_key == stored.memory_id
            assert got.metadata == {"m": 1}
            keys = [r.memory_id for r in batch.results]
            many = await ours.memory.retrieve_batch(keys)
            assert [m.data for m in many.memories] == [{"i": i, "text": "ünïcode"} for i in range(3)]
            listed = [m async for m in await ours.memory.list(context="xache.user.preference")]
            assert [(m.storage_key, m.tags) for m in listed] == [(stored.memory_id, ["t1"])]

    asyncio.run(scenario())
    captured = interop_server.recorder.take()
    writes = [c for c in captured if c.target == "/v1/memory/store"]
    assert b'"encryptedData": "' in writes[0].body  # really the official layout, json.dumps with spaces


@pytest.mark.parametrize("chain", CHAINS)
def test_ours_writes_official_reads(interop_server: InteropServer, chain: str) -> None:
    async def scenario() -> None:
        ours, official = _clients(interop_server, chain)
        async with ours, official:
            stored = await ours.memory.store(
                data=DATA, storage_tier="hot", metadata={"m": 2}, context="ctx.a"
            )
            batch = await ours.memory.store_batch(
                [{"data": {"i": i, "é": "ü"}, "storage_tier": "hot"} for i in range(2)]
            )
            got = await official.memory.retrieve(stored.memory_id)
            assert got.data == DATA
            assert got.memory_id == stored.storage_key
            assert got.metadata == {"m": 2}
            keys = [r.storage_key for r in batch.results]
            assert all(keys)
            many = await official.memory.retrieve_batch(keys)
            assert [r.data for r in many.results] == [{"i": i, "é": "ü"} for i in range(2)]
            listed = await official.memory.list(context="ctx.a")
            assert [m.storage_key for m in listed.memories] == [stored.storage_key]

    asyncio.run(scenario())
    captured = interop_server.recorder.take()
    writes = [c for c in captured if c.target == "/v1/memory/store"]
    assert b'"encryptedPayload":"' in writes[0].body  # really our (TypeScript) layout


def test_a_different_key_cannot_read(interop_server: InteropServer) -> None:
    """The cross-reads above are not vacuous: the official SDK with another agent's key cannot decrypt ours."""
    from nacl.exceptions import CryptoError

    async def scenario() -> None:
        ours, official = _clients(interop_server, "evm")
        async with ours, official:
            stored = await ours.memory.store(data=DATA, storage_tier="hot")
            official.memory.set_encryption_key(bytes(32))
            with pytest.raises(CryptoError):
                await official.memory.retrieve(stored.storage_key)

    asyncio.run(scenario())
    interop_server.recorder.take()


def test_a_broken_ciphertext_layout_is_caught(
    interop_server: InteropServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Break our layout on purpose (send another encryption's nonce): the official SDK then cannot decrypt."""
    import attrs
    from nacl.exceptions import CryptoError

    import xache_ext.services.memory as memory_module

    real = memory_module.encrypt_json

    def wrong_nonce(key: bytes, data: Any, **kwargs: Any) -> Any:
        return attrs.evolve(real(key, data, **kwargs), encryption_nonce=real(key, data).encryption_nonce)

    monkeypatch.setattr(memory_module, "encrypt_json", wrong_nonce)

    async def scenario() -> None:
        ours, official = _clients(interop_server, "sol")
        async with ours, official:
            stored = await ours.memory.store(data=DATA, storage_tier="hot")
            with pytest.raises(CryptoError):
                await official.memory.retrieve(stored.storage_key)

    asyncio.run(scenario())
    interop_server.recorder.take()
