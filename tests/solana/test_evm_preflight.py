"""EVM payments read the USDC balance and the nonce's authorizationState first when an RPC URL is configured."""

from __future__ import annotations

import base64
import json

import httpx
import pytest

from xache_ext import InsufficientFundsError, PaymentError
from xache_ext.chain import evm, run_sync
from xache_ext.sandbox import Sandbox

from .conftest import PAY, Connect, Spy

NETWORK = "base-sepolia"
USDC = "0x036CbD53842c5426634e7929541eC2318f3dCF7e"


def test_pre_flight_reads_balance_and_nonce_then_pays(connect: Connect, sandbox: Sandbox) -> None:
    spy = Spy()
    h = connect(sandbox.new_identity(), spy=spy)
    start = sandbox.chain.balance(NETWORK, h.identity.address)
    h(h.client.memory.store(data={"a": 1}, storage_tier="hot"))
    balance_calls, state_calls = spy.rpc(evm.BALANCE_OF), spy.rpc(evm.AUTHORIZATION_STATE)
    assert len(balance_calls) == len(state_calls) == 1
    assert all(r.url.path == "/rpc/base-sepolia" for r in spy.rpc())
    order = [r.url.path for r in spy.requests]
    assert order.index("/rpc/base-sepolia") < next(i for i, r in enumerate(spy.requests) if PAY in r.headers)
    (paid,) = spy.paid
    authorization = json.loads(base64.b64decode(paid.headers[PAY]))["paymentPayload"]["payload"][
        "authorization"
    ]
    checked_nonce = json.loads(state_calls[0].content)["params"][0]["data"][-64:]
    assert authorization["nonce"] == "0x" + checked_nonce  # the nonce checked is the nonce signed
    assert sandbox.chain.balance(NETWORK, h.identity.address) == start - 2000
    assert h(h.client.wallet.get_balance()).balance_raw == str(start - 2000)
    with httpx.Client() as http:  # the nonce is now spent on the sandbox chain
        steps = evm.authorization_state(
            sandbox.rpc_urls[NETWORK], USDC, h.identity.address, bytes.fromhex(checked_nonce)
        )
        assert run_sync(steps, http) is True


def test_pre_flight_refuses_a_short_balance(connect: Connect, sandbox: Sandbox) -> None:
    spy = Spy()
    h = connect(sandbox.new_identity(), spy=spy)
    sandbox.chain.set_balance(NETWORK, h.identity.address, 1999)
    with pytest.raises(InsufficientFundsError, match=r"have 0\.001999, need 0\.002000"):
        h(h.client.memory.store(data={"a": 1}, storage_tier="hot"))
    assert spy.paid == [] and len(h.client.payments) == 0
    assert len(spy.rpc(evm.AUTHORIZATION_STATE)) == 0


@pytest.mark.parametrize("options", [{"rpc_urls": {}}, {"evm_preflight": False}])
def test_no_pre_flight_without_configured_rpc_or_when_off(
    options: dict[str, object], connect: Connect, sandbox: Sandbox
) -> None:
    spy = Spy()
    h = connect(sandbox.new_identity(), spy=spy, **options)
    h(h.client.memory.store(data={"a": 1}, storage_tier="hot"))
    assert spy.rpc() == [] and len(spy.paid) == 1


def test_the_facilitator_refuses_a_payment_over_the_balance(connect: Connect, sandbox: Sandbox) -> None:
    h = connect(sandbox.new_identity(), evm_preflight=False)
    sandbox.chain.set_balance(NETWORK, h.identity.address, 1999)
    with pytest.raises(PaymentError, match="refused") as caught:
        h(h.client.memory.store(data={"a": 1}, storage_tier="hot"))
    assert caught.value.challenge is not None and "insufficient funds" in (caught.value.challenge.error or "")
    assert sandbox.chain.balance(NETWORK, h.identity.address) == 1999
