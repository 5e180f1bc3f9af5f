"""The traps a newcomer met in the first hour: environment vs explicit arguments, the ledger, logs, prices."""

from __future__ import annotations

import asyncio
import linecache
import logging
import textwrap
import warnings
from decimal import Decimal
from pathlib import Path

import pytest
from xache_api.operations_table import OPERATIONS

from xache_ext import PaymentPolicy, PaymentRefusedError, XacheClientSync, XacheInputError
from xache_ext.contract.prices import PRICES_BEGIN, PRICES_END, price_table_markdown
from xache_ext.crypto.signers import EvmPrivateKeySigner
from xache_ext.logs import setup_logging
from xache_ext.sandbox import Sandbox

ROOT = Path(__file__).resolve().parents[1]
KEY = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
OTHER_KEY = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"


def test_an_explicit_signer_beats_the_key_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XACHE_PRIVATE_KEY", OTHER_KEY)
    signer = EvmPrivateKeySigner(KEY)
    client = XacheClientSync("http://xache.test", signer=signer, encryption_key="seed")
    assert client.did == f"did:agent:evm:{signer.address}"
    with pytest.raises(ValueError, match="not both"):  # two explicit sources still conflict
        XacheClientSync("http://xache.test", private_key=KEY, signer=signer)


def test_the_readme_price_table_is_the_specs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split(PRICES_BEGIN, 1)[1].split(PRICES_END, 1)[0].strip()
    assert table == price_table_markdown(OPERATIONS).strip()
    assert "`storeMemory` | `POST /v1/memory/store` | 0.002 |" in table


def test_ledger_iterates_and_totals_in_usd(xache_sandbox: Sandbox) -> None:
    ident = xache_sandbox.new_identity()
    with XacheClientSync(xache_sandbox.url, ident.did, ident.private_key) as client:
        client.memory.store(data={"a": 1}, storage_tier="hot")
        stored = client.memory.store(data={"b": 2}, storage_tier="hot")
        client.memory.retrieve(stored.memory_id)
        records = list(client.payments)
        assert len(client.payments) == len(records) == 3
        assert [r.amount_usd for r in records] == [Decimal("0.002"), Decimal("0.002"), Decimal("0.003")]
        assert client.payments.total_usd == Decimal("0.007") and client.payments.total_amount == 7000
        assert "total_usd=0.007" in repr(client.payments)


def test_a_refused_payment_names_the_list_price(xache_sandbox: Sandbox) -> None:
    ident = xache_sandbox.new_identity()
    policy = PaymentPolicy(max_per_payment=10)
    client = XacheClientSync(xache_sandbox.url, ident.did, ident.private_key, payment_policy=policy)
    with client, pytest.raises(PaymentRefusedError, match=r"list price of storeMemory: 0\.002 USD"):
        client.memory.store(data={"a": 1}, storage_tier="hot")


def test_debug_log_tells_each_attempt_and_payment_without_secrets(
    xache_sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    ident = xache_sandbox.new_identity()
    caplog.set_level(logging.DEBUG, logger="xache")
    with XacheClientSync(xache_sandbox.url, ident.did, ident.private_key) as client:
        client.memory.store(data={"a": 1}, storage_tier="hot")
    text = caplog.text
    assert "POST /v1/memory/store -> 402" in text and "(attempt 1" in text
    assert "asks 2000 atomic units (0.002 USD) on base-sepolia (challenge chal_" in text
    assert "paying 2000 atomic units (0.002 USD) on base-sepolia" in text
    assert "POST /v1/memory/store -> 200, request req_" in text and "(attempt 2" in text
    key = ident.private_key.removeprefix("0x").lower()
    for secret in (key, key.upper(), "X-Sig", "PAYMENT-SIGNATURE:"):
        assert secret not in text


def test_an_unknown_log_level_warns_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XACHE_LOG", "verbose-please")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        setup_logging()
        setup_logging()
    assert [str(w.message) for w in caught] == [
        "XACHE_LOG='verbose-please' is not one of debug, info, warning, error; no SDK logs are shown"
    ]
    monkeypatch.setenv("XACHE_LOG", "loud")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        XacheClientSync("http://xache.test")  # the warning points at this line, not into the SDK
    (warned,) = caught
    assert warned.filename == __file__
    assert "XacheClientSync(" in linecache.getline(warned.filename, warned.lineno)


def test_a_memory_written_under_another_spelling_of_the_key_is_read(
    xache_sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    ident = xache_sandbox.new_identity()
    bare = ident.private_key.removeprefix("0x")
    with XacheClientSync(xache_sandbox.url, ident.did, "0x" + bare) as writer:
        stored = writer.memory.store(data={"spelled": "0x"}, storage_tier="hot")
    with XacheClientSync(xache_sandbox.url, ident.did, bare.upper()) as reader:
        caplog.set_level(logging.WARNING, logger="xache")
        assert reader.memory.retrieve(stored.memory_id).data == {"spelled": "0x"}
    assert "spelled with 0x, lower-case" in caplog.text
    assert bare not in caplog.text and bare.upper() not in caplog.text


def test_a_signer_without_a_memory_key_is_refused_unless_opted_in(xache_sandbox: Sandbox) -> None:
    ident = xache_sandbox.new_identity()
    signer = EvmPrivateKeySigner(ident.private_key)
    with XacheClientSync(xache_sandbox.url, ident.did, signer=signer) as client:
        assert client.budget.get_status().limit_cents > 0  # signing works
        with pytest.raises(XacheInputError, match="encryption_key="):
            client.memory.store(data={"a": 1}, storage_tier="hot")
        assert len(client.payments) == 0  # refused before paying
    opted = XacheClientSync(xache_sandbox.url, ident.did, signer=signer, address_derived_memory_key=True)
    with opted:
        stored = opted.memory.store(data={"public": True}, storage_tier="hot")
        assert opted.memory.retrieve(stored.memory_id).data == {"public": True}


def test_the_readme_use_snippet_runs_twice_against_the_sandbox(
    xache_sandbox: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    """The README's first example, as a newcomer pastes it (placeholders filled in), run twice by one agent."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    snippet = readme.split("## Use", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    ident = xache_sandbox.new_identity(register=False)  # the snippet registers it
    snippet = (
        snippet.replace('"https://api.xache.xyz"', repr(xache_sandbox.url))
        .replace('"did:agent:evm:0x…"', repr(ident.did))
        .replace('private_key="0x…"', f"private_key={ident.private_key!r}")
        .replace('wallet_address="0x…"', f"wallet_address={ident.address!r}")
    )
    assert "…" not in snippet
    imports, body = snippet.split("\n\n", 1)
    program = imports + "\nimport asyncio\n\nasync def main():\n" + textwrap.indent(body, "    ")
    for _ in range(2):
        exec(compile(program + "\nasyncio.run(main())\n", "README.md", "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    totals = [line for line in printed if not line.startswith("mem_")]
    assert totals == ["0.016000", "0.016000"]  # the total the README's comment promises
    assert len(printed) == 2 + 1 + 2  # the first run lists its memory, the second both


def test_the_readme_raw_api_snippet_runs_on_both_clients(xache_sandbox: Sandbox) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    snippet = readme.split("### The raw API", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    blocking, asynchronous = snippet.split("\n\nasync with", 1)
    ident = xache_sandbox.new_identity()
    names: dict[str, object] = {
        "api_url": xache_sandbox.url,
        "did": ident.did,
        "private_key": ident.private_key,
    }
    exec(compile(blocking, "README.md", "exec"), names)
    body = "async with" + asynchronous
    program = "import asyncio\n\nasync def main():\n" + textwrap.indent(body, "    ") + "\n    return score\n"
    exec(compile(program, "README.md", "exec"), names)
    assert isinstance(names["score"], float)
    assert isinstance(asyncio.run(names["main"]()), float)  # type: ignore[operator]
