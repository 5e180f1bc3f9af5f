"""The services of both clients: each declared one is built on first use, once, and nothing else is one."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

from xache_ext import XacheClient, XacheClientSync
from xache_ext.client import SERVICES
from xache_ext.crypto.signers import EvmPrivateKeySigner

KEY = "11" * 32
DID = f"did:agent:evm:{EvmPrivateKeySigner(KEY).address}"


@pytest.mark.parametrize("client_class", [XacheClientSync, XacheClient])
def test_each_service_is_built_once_from_its_module(
    client_class: type[XacheClientSync | XacheClient],
) -> None:
    client = client_class("http://127.0.0.1:9", DID, KEY)
    assert {"identity", "memory", "graph", "wallet"} <= set(SERVICES)
    assert set(SERVICES) <= set(dir(client))  # listed before any is built
    for name, cls in SERVICES.items():
        service = getattr(client, name)
        assert type(service).__name__ == cls
        assert type(service).__module__ == f"xache_ext.services.{name}"
        assert getattr(client, name) is service
    assert client.helpers is client.memory
    with pytest.raises(AttributeError, match="no attribute 'memroy'"):
        _ = client.memroy  # type: ignore[attr-defined]


def test_importing_the_sdk_loads_no_service() -> None:
    code = (
        "import sys, xache_ext; "
        "print(sorted(m for m in sys.modules if m.startswith('xache_ext.services.') and m != 'xache_ext.services.subjects'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_threads_racing_to_a_service_share_one(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from xache_ext.services.budget import BudgetService

    client = XacheClientSync("http://127.0.0.1:9", DID, KEY)
    built = threading.Barrier(8)  # every thread has built its own service before any of them stores it
    original = BudgetService.__init__

    def slow_init(self: BudgetService[Any], *args: Any) -> None:
        original(self, *args)
        built.wait(timeout=10)

    monkeypatch.setattr(BudgetService, "__init__", slow_init)
    seen: list[object] = []
    threads = [threading.Thread(target=lambda: seen.append(client.budget)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 8 and len({id(s) for s in seen}) == 1 and seen[0] is client.budget
