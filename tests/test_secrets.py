"""No key or signature ever shows in a repr, an exception or a log record; logging is XACHE_LOG-driven."""

from __future__ import annotations

import asyncio
import base64
import copy
import json
import logging
import pickle
import traceback
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from nacl.bindings import crypto_sign_seed_keypair

from xache_ext import (
    DecryptionError,
    EvmPrivateKeySigner,
    InvalidDIDError,
    InvalidKeyError,
    KeyMismatchError,
    NotFoundError,
    PaymentPolicy,
    PaymentRefusedError,
    XacheClient,
    XacheClientSync,
    XacheInputError,
    errors,
)
from xache_ext.crypto.base58 import b58encode
from xache_ext.crypto.encryption import derive_encryption_key
from xache_ext.crypto.secret import Secret
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


# -- key material never sits in a captured frame --------------------------------------------------------

SEED = "seed: correct horse battery staple"


def forms(secret: str | bytes) -> set[str]:
    """Every rendering of ``secret`` an error tracker could show, with 16-character prefixes of each."""
    raw = bytes.fromhex(secret) if isinstance(secret, str) and _is_hex(secret) else secret
    shown: set[str] = set()
    if isinstance(raw, str):
        shown |= {raw, raw.encode().hex(), base64.b64encode(raw.encode()).decode(), repr(raw)[1:-1]}
    else:
        hexed = raw.hex()
        shown |= {
            hexed,
            hexed.upper(),
            "0x" + hexed,
            base64.b64encode(raw).decode(),
            base64.b64encode(raw).decode().rstrip("="),
            base64.urlsafe_b64encode(raw).decode().rstrip("="),
            b58encode(raw),
            repr(raw)[2:-1],
            str(list(raw))[1:-1],
        }
    return shown | {s[:16] for s in shown if len(s) >= 24}


def _is_hex(text: str) -> bool:
    return len(text) % 2 == 0 and all(c in "0123456789abcdefABCDEF" for c in text)


def material(key_hex: str, did: str, seed: str | None = None, chain: str = "evm") -> set[str]:
    """The forms of a private key, of its Solana secret key, of the memory key derived for ``did``, and of
    the encryption seed."""
    found = forms(key_hex) | forms("0x" + key_hex) | forms(derive_encryption_key(seed or key_hex, did))
    if chain == "sol":
        found |= forms(crypto_sign_seed_keypair(bytes.fromhex(key_hex)[:32])[1])
    if seed is not None:
        found |= forms(seed)
    return found


TESTS = str(Path(__file__).resolve().parent)


def _ours(filename: str) -> bool:
    """Frames of the SDK and the libraries it calls; the test's own frames (which hold the key) are not."""
    return not str(Path(filename).resolve()).startswith(TESTS)


def captured_text(exc: BaseException) -> str:
    """What error trackers capture: the traceback with locals (``capture_locals=True``), and repr() of every
    local of every frame of the exception, its cause and its context (repr must not raise)."""
    parts: list[str] = []
    summaries = [traceback.TracebackException.from_exception(exc, capture_locals=True)]
    while summaries:
        summary = summaries.pop()
        parts += list(summary.format_exception_only())
        for frame_summary in summary.stack:
            if _ours(frame_summary.filename):
                parts.append(f"{frame_summary.name}: {frame_summary.locals}")
        summaries += [s for s in (summary.__cause__, summary.__context__) if s is not None]
    pending: list[BaseException] = [exc]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        parts += [str(current), repr(current), repr(current.args)]
        for frame, _ in traceback.walk_tb(current.__traceback__):
            if _ours(frame.f_code.co_filename):
                parts += [f"{name}={value!r}" for name, value in frame.f_locals.items()]
        pending += [e for e in (current.__cause__, current.__context__) if e is not None]
    return "\n".join(parts)


def assert_no_material(exc: BaseException, secrets_: set[str]) -> None:
    text = captured_text(exc)
    leaked = sorted(s for s in secrets_ if s in text)
    assert not leaked, f"key material in captured frames: {leaked[:3]}"


def capture(call: Callable[[], Any]) -> BaseException:
    """The exception ``call`` raises (this frame holds no key: only ``call``)."""
    try:
        call()
    except Exception as exc:
        return exc
    raise AssertionError("no exception was raised")


def capture_async(make: Callable[[], Awaitable[Any]]) -> BaseException:
    async def run() -> None:
        await make()

    return capture(lambda: asyncio.run(run()))


EVM_KEY = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
EVM_DID = "did:agent:evm:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
SOL_KEY = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"
SOL_DID = "did:agent:sol:" + b58encode(crypto_sign_seed_keypair(bytes.fromhex(SOL_KEY))[0])
KEYS = {"evm": EVM_KEY, "sol": SOL_KEY}

CONSTRUCTOR_ERRORS: list[tuple[str, dict[str, Any], type[Exception]]] = [
    ("mismatch", {"did": OTHER_DID, "private_key": EVM_KEY}, KeyMismatchError),
    ("mismatch 0x", {"did": OTHER_DID, "private_key": "0x" + EVM_KEY}, KeyMismatchError),
    ("mismatch upper", {"did": OTHER_DID, "private_key": EVM_KEY.upper()}, KeyMismatchError),
    (
        "mismatch with seed",
        {"did": OTHER_DID, "private_key": EVM_KEY, "encryption_key": SEED},
        KeyMismatchError,
    ),
    ("short key", {"did": EVM_DID, "private_key": EVM_KEY[:-2]}, InvalidKeyError),
    ("non-hex key", {"did": EVM_DID, "private_key": "zz" + EVM_KEY[2:]}, InvalidKeyError),
    ("zero scalar", {"did": EVM_DID, "private_key": "00" * 32}, InvalidKeyError),
    ("scalar over the order", {"did": EVM_DID, "private_key": "ff" * 32}, InvalidKeyError),
    ("bad DID", {"did": "did:agent:evm:0x123", "private_key": EVM_KEY}, InvalidDIDError),
    ("no DID", {"private_key": EVM_KEY, "encryption_key": SEED}, XacheInputError),
    ("bad option", {"did": EVM_DID, "private_key": EVM_KEY, "max_retries": -1}, XacheInputError),
    ("bad url", {"api_url": "ftp://x", "did": EVM_DID, "private_key": EVM_KEY}, XacheInputError),
    (
        "key and signer",
        {"did": EVM_DID, "private_key": EVM_KEY, "signer": EvmPrivateKeySigner(EVM_KEY)},
        XacheInputError,
    ),
    (
        "sol mismatch",
        {"did": SOL_DID.replace(SOL_DID[-4:], "1111"), "private_key": SOL_KEY},
        KeyMismatchError,
    ),
    (
        "sol inconsistent",
        {"did": SOL_DID, "private_key": SOL_KEY + "00" * 32, "encryption_key": SEED},
        InvalidKeyError,
    ),
]


@pytest.mark.parametrize("cls", [XacheClientSync, XacheClient])
@pytest.mark.parametrize(
    ("kwargs", "error"), [c[1:] for c in CONSTRUCTOR_ERRORS], ids=[c[0] for c in CONSTRUCTOR_ERRORS]
)
def test_constructor_errors_leave_no_key_in_frames(
    cls: type[Any], kwargs: dict[str, Any], error: type[Exception], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XACHE_PRIVATE_KEY", raising=False)
    options = {"api_url": "http://127.0.0.1:9", **kwargs}
    exc = capture(lambda: cls(**options))
    assert isinstance(exc, error), repr(exc)
    chain = "sol" if "sol" in str(kwargs.get("did", "")) or kwargs.get("private_key") in (SOL_KEY,) else "evm"
    key = str(kwargs["private_key"]).removeprefix("0x").lower()[:64]
    did = str(kwargs.get("did") or EVM_DID)
    secrets_ = material(key, did, kwargs.get("encryption_key"), chain) | forms(str(kwargs["private_key"]))
    assert_no_material(exc, secrets_)


def test_repr_of_a_half_built_client_does_not_raise() -> None:
    exc = capture(lambda: XacheClientSync("http://127.0.0.1:9", OTHER_DID, EVM_KEY))
    frames = [frame for frame, _ in traceback.walk_tb(exc.__traceback__)]
    halves = [f.f_locals["self"] for f in frames if isinstance(f.f_locals.get("self"), XacheClientSync)]
    assert halves and repr(halves[0]) == "<XacheClientSync (not configured)>"


def test_key_sources_are_wrapped_from_the_start(monkeypatch: pytest.MonkeyPatch) -> None:
    """The environment key and an explicit Secret follow the same path; the constructor frame holds Secrets."""
    monkeypatch.setenv("XACHE_PRIVATE_KEY", EVM_KEY)
    exc = capture(lambda: XacheClientSync("http://127.0.0.1:9", OTHER_DID))
    assert isinstance(exc, KeyMismatchError)
    assert_no_material(exc, material(EVM_KEY, OTHER_DID))
    monkeypatch.delenv("XACHE_PRIVATE_KEY")
    exc = capture(lambda: XacheClientSync("http://127.0.0.1:9", OTHER_DID, Secret(EVM_KEY)))
    assert isinstance(exc, KeyMismatchError)
    locals_ = [f.f_locals for f, _ in traceback.walk_tb(exc.__traceback__)]
    constructor = next(f for f in locals_ if isinstance(f.get("self"), XacheClientSync))
    assert "private_key" not in constructor and isinstance(constructor["key"], Secret)


def _memory_errors(client: Any, other: Any) -> list[tuple[Callable[[], Any], type[Exception]]]:
    return [
        (
            lambda: other.memory.retrieve(client.memory.store(data={"a": 1}, storage_tier="hot").storage_key),
            DecryptionError,
        ),
        (lambda: client.memory.retrieve("mem_0_doesnotexist"), NotFoundError),
        (lambda: client.memory.store(data={"a": object()}, storage_tier="hot"), XacheInputError),
        (lambda: client.memory.store(data={"a": 1}, storage_tier="lava"), XacheInputError),
        (lambda: client.memory.probe("x", category="nope"), XacheInputError),
        (lambda: client.memory.derive_subject_id(""), XacheInputError),
    ]


def test_memory_errors_leave_no_key_in_frames(xache_sandbox: Sandbox) -> None:
    ident = xache_sandbox.new_identity()
    secrets_ = material(ident.private_key, ident.did, SEED) | material(ident.private_key, ident.did)
    with (
        XacheClientSync(xache_sandbox.url, ident.did, ident.private_key, encryption_key=SEED) as client,
        XacheClientSync(xache_sandbox.url, ident.did, ident.private_key) as other,
    ):
        for call, error in _memory_errors(client, other):
            exc = capture(call)
            assert isinstance(exc, error), repr(exc)
            assert_no_material(exc, secrets_)


def test_async_memory_errors_leave_no_key_in_frames(xache_sandbox: Sandbox) -> None:
    ident = xache_sandbox.new_identity()
    secrets_ = material(ident.private_key, ident.did, SEED) | material(ident.private_key, ident.did)

    async def wrong_key() -> None:
        async with (
            XacheClient(xache_sandbox.url, ident.did, ident.private_key, encryption_key=SEED) as client,
            XacheClient(xache_sandbox.url, ident.did, ident.private_key) as other,
        ):
            stored = await client.memory.store(data={"a": 1}, storage_tier="hot")
            await other.memory.retrieve(stored.storage_key)

    async def missing() -> None:
        async with XacheClient(xache_sandbox.url, ident.did, ident.private_key) as client:
            await client.memory.retrieve("mem_0_doesnotexist")

    for make, error in ((wrong_key, DecryptionError), (missing, NotFoundError)):
        exc = capture_async(make)
        assert isinstance(exc, error), repr(exc)
        assert_no_material(exc, secrets_)


def test_refused_payments_leave_no_key_in_frames(xache_sandbox: Sandbox) -> None:
    ident = xache_sandbox.new_identity()
    policy = PaymentPolicy(max_per_payment=1)
    with XacheClientSync(xache_sandbox.url, ident.did, ident.private_key, payment_policy=policy) as client:
        exc = capture(lambda: client.memory.store(data={"a": 1}, storage_tier="hot"))
    assert isinstance(exc, PaymentRefusedError)
    assert_no_material(exc, material(ident.private_key, ident.did))

    async def refused() -> None:
        async with XacheClient(xache_sandbox.url, ident.did, ident.private_key, payment_policy=policy) as c:
            await c.memory.store(data={"a": 1}, storage_tier="hot")

    exc = capture_async(refused)
    assert isinstance(exc, PaymentRefusedError)
    assert_no_material(exc, material(ident.private_key, ident.did))


def test_the_leak_detector_finds_a_plain_key() -> None:
    """The detector itself can fail: a library frame holding the key as a plain local is caught."""
    as_text = capture(lambda: json.loads(EVM_KEY))  # json's frames hold the string
    assert EVM_KEY in captured_text(as_text)
    with pytest.raises(AssertionError, match="key material"):
        assert_no_material(as_text, material(EVM_KEY, EVM_DID))
    as_bytes = capture(lambda: base64.b64decode(bytes.fromhex(EVM_KEY) + b"!", validate=True))
    assert repr(bytes.fromhex(EVM_KEY))[2:-1] in captured_text(as_bytes)
    with pytest.raises(AssertionError, match="key material"):
        assert_no_material(as_bytes, forms(bytes.fromhex(EVM_KEY)))


def test_secret_wrapper() -> None:
    secret = Secret(EVM_KEY)
    assert EVM_KEY not in f"{secret} {secret!r} {secret:>80} {[secret]} { ({'k': secret}) }"
    assert secret.reveal() == EVM_KEY and Secret.wrap(secret) is secret and Secret.wrap(None) is None
    assert secret == Secret(EVM_KEY) and secret != Secret(EVM_KEY[:-1] + "1") and secret != Secret(b"x")
    assert secret != EVM_KEY  # a Secret only equals a Secret
    for copier in (pickle.dumps, copy.copy, copy.deepcopy):
        with pytest.raises(TypeError, match="cannot be pickled"):
            copier(secret)
    with pytest.raises(TypeError):
        hash(secret)
    assert not hasattr(secret, "__dict__")
    assert Secret(bytearray(b"ab")).reveal() == b"ab"


def test_errors_pickle_without_the_signed_request(xache_sandbox: Sandbox) -> None:
    """A typed error crosses a process boundary (multiprocessing, task queues) with its fields, but not the
    response and request it carries: they hold the signature and payment headers."""
    ident = xache_sandbox.new_identity()
    with XacheClientSync(xache_sandbox.url, ident.did, ident.private_key) as client:
        with pytest.raises(errors.NotFoundError) as caught:
            client.memory.retrieve("mem_1_missing")  # paid, then 404: the request carried a payment header
        record = client.payments.records[0]
    error = caught.value
    assert error.response is not None and "PAYMENT-SIGNATURE" in error.response.request.headers
    pickled = pickle.dumps(error)
    for header in ("PAYMENT-SIGNATURE", "X-Sig"):
        assert error.response.request.headers[header].encode() not in pickled
    again = pickle.loads(pickled)
    assert (type(again), again.status_code, again.code, again.request_id, str(again)) == (
        type(error),
        error.status_code,
        error.code,
        error.request_id,
        str(error),
    )
    assert again.response is None
    keyword_only = errors.ValidationError("bad", field="x")
    assert pickle.loads(pickle.dumps(keyword_only)).field == "x"
    with pytest.raises(TypeError, match="not pickled"):
        pickle.dumps(record)  # a signed authorization
