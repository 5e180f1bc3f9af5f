"""No key or signature ever shows in a repr, an exception or a log record; logging is XACHE_LOG-driven."""

from __future__ import annotations

import logging

import pytest

from xache_ext import InvalidKeyError, KeyMismatchError, XacheClientSync, XacheInputError
from xache_ext.logs import RedactingFilter, setup_logging
from xache_ext.sandbox import Sandbox

KEY = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
OTHER_DID = "did:agent:evm:0x70997970C51812dc3A010C7d01b50e0d17dc79C8"


def test_reprs_hide_keys(xache_sandbox: Sandbox) -> None:
    ident = xache_sandbox.new_identity()
    with XacheClientSync(
        xache_sandbox.url, ident.did, ident.private_key, encryption_key="seed-secret"
    ) as client:
        shown = " ".join(
            repr(x)
            for x in (client, client.memory, client.payments, client.payment_policy, client._settings.context)
        )
        assert ident.private_key not in shown and "seed-secret" not in shown
        assert ident.did in repr(client) and xache_sandbox.url in repr(client)


@pytest.mark.parametrize(
    ("did", "key", "error"),
    [
        (OTHER_DID, KEY, KeyMismatchError),
        (OTHER_DID, KEY[:-2], InvalidKeyError),
        (OTHER_DID, "zz" + KEY[2:], InvalidKeyError),
    ],
)
def test_key_errors_never_contain_the_key(did: str, key: str, error: type[Exception]) -> None:
    with pytest.raises(error) as caught:
        XacheClientSync("http://127.0.0.1:9", did, key)
    assert key not in str(caught.value) and key[:16] not in repr(caught.value)


def test_configuration_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XACHE_API_URL", raising=False)
    with pytest.raises(XacheInputError, match="api_url"):
        XacheClientSync()
    with pytest.raises(XacheInputError, match="http"):
        XacheClientSync("ftp://example.com")
    with pytest.raises(XacheInputError, match="did"):
        XacheClientSync("http://127.0.0.1:9", private_key=KEY)
    with pytest.raises(TypeError, match="max_retry"):
        XacheClientSync("http://127.0.0.1:9", max_retry=3)  # type: ignore[call-arg]


def test_environment_defaults(monkeypatch: pytest.MonkeyPatch, xache_sandbox: Sandbox) -> None:
    ident = xache_sandbox.new_identity()
    monkeypatch.setenv("XACHE_API_URL", xache_sandbox.url)
    monkeypatch.setenv("XACHE_DID", ident.did)
    monkeypatch.setenv("XACHE_PRIVATE_KEY", ident.private_key)
    with XacheClientSync() as client:
        assert client.did == ident.did and client.api_url == xache_sandbox.url
        assert client.budget.get_status().limit_cents > 0


def test_debug_logs_carry_no_secrets(
    xache_sandbox: Sandbox, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    ident = xache_sandbox.new_identity()
    caplog.set_level(logging.DEBUG, logger="xache")
    with XacheClientSync(xache_sandbox.url, ident.did, ident.private_key) as client:
        client.memory.store(data={"a": 1}, storage_tier="hot")
        signature_headers = [r for r in client.payments.records]
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "POST /v1/memory/store -> 200" in text and "paying 2000" in text
    assert ident.private_key not in text
    assert signature_headers[0].header_value not in text


def test_xache_log_env_attaches_a_redacting_handler(monkeypatch: pytest.MonkeyPatch) -> None:
    logger = logging.getLogger("xache")
    before = list(logger.handlers)
    monkeypatch.setenv("XACHE_LOG", "debug")
    try:
        setup_logging()
        setup_logging()
        added = [h for h in logger.handlers if h not in before]
        assert len(added) == 1 and logger.level == logging.DEBUG
        assert any(isinstance(f, RedactingFilter) for f in added[0].filters)
    finally:
        for handler in logger.handlers[:]:
            if handler not in before:
                logger.removeHandler(handler)
        logger.setLevel(logging.NOTSET)


def test_redacting_filter() -> None:
    record = logging.LogRecord(
        "xache", logging.INFO, __file__, 1, "key %s sig %s", (KEY, "0x" + "ab" * 65), None
    )
    RedactingFilter().filter(record)
    assert KEY not in record.getMessage() and "<redacted>" in record.getMessage()
