"""The services of both clients: each declared one is built on first use, once, and nothing else is one."""

from __future__ import annotations

import subprocess
import sys

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
    for name, cls in SERVICES.items():
        service = getattr(client, name)
        assert type(service).__name__ == cls
        assert type(service).__module__ == f"xache_ext.services.{name}"
        assert getattr(client, name) is service
        assert name in dir(client)
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
