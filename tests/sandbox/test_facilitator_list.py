"""The facilitator list (F1) offers what the sandbox's 402 challenges ask for, for both agent families.

Found by driving the official TypeScript SDK as a Solana agent: its ``facilitators.select({chain: 'solana'})``
answered null and ``supports('cdp', {chain: 'solana', network: 'solana-devnet'})`` false, while every paid
call of the same agent was challenged (and paid) on ``solana-devnet``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

import httpx
import pytest
from helpers import call, ts_memory

from xache_ext.sandbox import Sandbox

CHAINS = {"evm": "evm", "sol": "solana"}


@pytest.fixture
def client(xache_sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=xache_sandbox.url, timeout=10) as c:
        yield c


@pytest.mark.parametrize("family", ["evm", "sol"])
def test_a_listed_facilitator_takes_the_challenged_payment(
    xache_sandbox: Sandbox, client: httpx.Client, family: Literal["evm", "sol"]
) -> None:
    agent = xache_sandbox.new_identity(family)
    challenge = call(client, agent, "POST", "/v1/memory/store", ts_memory())
    assert challenge.status_code == 402, challenge.text
    wanted = challenge.json()["accepts"][0]

    listed = call(client, None, "GET", "/v1/facilitators")
    assert listed.status_code == 200, listed.text
    chain = CHAINS[family]
    takers = [
        f
        for f in listed.json()["data"]["facilitators"]
        if chain in f["chains"]
        and wanted["network"] in f["networks"]
        and wanted["scheme"] in f["schemes"]
        and f.get("healthy", True)
    ]
    assert takers, f"no facilitator for {chain} on {wanted['network']}"
    assert all(f["payTo"][chain][wanted["network"]] == wanted["payTo"] for f in takers)
