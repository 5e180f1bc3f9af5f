"""Bad inputs raise XacheInputError naming the field before any request is sent (both clients)."""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import math
import re
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from xache_ext import (
    APIResponseValidationError,
    PaymentPolicy,
    XacheClient,
    XacheClientSync,
    XacheInputError,
)
from xache_ext.errors import ValidationError
from xache_ext.facade.validation import MAX_JSON_DEPTH, check_json_value, check_text
from xache_ext.sandbox.server import unregistered_identity

IDENT = unregistered_identity()


class NoNetwork:
    """A client whose transport records every request and answers 200 with an empty envelope."""

    def __init__(self, mode: str) -> None:
        self.requests: list[httpx.Request] = []
        self.loop = asyncio.new_event_loop()
        transport = httpx.MockTransport(self._answer)
        http: Any = (httpx.AsyncClient if mode == "async" else httpx.Client)(transport=transport)
        cls: Any = XacheClient if mode == "async" else XacheClientSync
        self.client = cls("http://127.0.0.1:9", IDENT.did, IDENT.private_key, http_client=http)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={"success": True, "data": {}})

    def __call__(self, call: Callable[[Any], Any]) -> Any:
        """Run ``call``; the canned answer fits no operation, so its validation error is not the point."""
        with contextlib.suppress(APIResponseValidationError):
            result = call(self.client)
            return self.loop.run_until_complete(result) if inspect.isawaitable(result) else result
        return None

    def close(self) -> None:
        self.loop.close()


@pytest.fixture(params=["sync", "async"])
def offline(request: pytest.FixtureRequest) -> Iterator[NoNetwork]:
    made = NoNetwork(str(request.param))
    yield made
    made.close()


def refused(offline: NoNetwork, call: Callable[[Any], Any], field: str) -> XacheInputError:
    with pytest.raises(XacheInputError) as caught:
        offline(call)
    # The field is named as the caller spelled it or as the wire does (path values are checked on the request).
    wire = re.sub(r"_([a-z])", lambda m: m.group(1).upper(), field)
    assert field in str(caught.value) or wire in str(caught.value), str(caught.value)
    assert offline.requests == [], "a request was sent"
    return caught.value


PATH_CALLS: list[tuple[str, Callable[[Any, Any], Any], str]] = [
    ("memory.delete", lambda c, v: c.memory.delete(v), "storage_key"),
    ("memory.restore", lambda c, v: c.memory.restore(v), "storage_key"),
    ("memory.purge", lambda c, v: c.memory.purge(v), "storage_key"),
    ("workspaces.get", lambda c, v: c.workspaces.get(v), "workspace_id"),
    ("workspaces.get_budget", lambda c, v: c.workspaces.get_budget(v), "workspace_id"),
    ("workspaces.delete", lambda c, v: c.workspaces.delete(v), "workspace_id"),
    ("receipts.get_proof", lambda c, v: c.receipts.get_proof(v), "receipt_id"),
    ("ephemeral.get_session", lambda c, v: c.ephemeral.get_session(v), "session_key"),
    ("ephemeral.read_slot", lambda c, v: c.ephemeral.read_slot(v, "scratch"), "session_key"),
    ("sessions.get", lambda c, v: c.sessions.get(v, IDENT.address), "session_id"),
]
BAD_IDS = [
    ".",
    "..",
    "",
    "   ",
    "a/b",
    "..%2f",
    "a\\b",
    "id\x00",
    "id\r\nX-Evil: 1",
    "id\t",
    "x" * 257,
    "x" * 100_000,
]


@pytest.mark.parametrize("value", BAD_IDS, ids=repr)
@pytest.mark.parametrize(("name", "call", "field"), PATH_CALLS, ids=[c[0] for c in PATH_CALLS])
def test_bad_path_parameters_are_refused(
    offline: NoNetwork, name: str, call: Callable[[Any, Any], Any], field: str, value: str
) -> None:
    if value == "..%2f":  # percent signs are escaped, so this is an ordinary id: sent, never decoded to '/'
        offline(lambda c: call(c, value))
        (request,) = offline.requests
        assert b"..%252f" in request.url.raw_path
        return
    # memory.delete checks an empty id first, under the name of its own argument (memory_id, alias storage_key)
    named = "memory_id" if name == "memory.delete" and not value.strip() else field
    error = refused(offline, lambda c: call(c, value), named)
    assert isinstance(error, ValueError)


def test_a_good_path_parameter_is_sent(offline: NoNetwork) -> None:
    offline(lambda c: c.workspaces.get_budget("ws_1"))
    (request,) = offline.requests
    assert request.url.path == "/v1/workspaces/ws_1/budget"


def test_non_string_path_parameters_are_refused(offline: NoNetwork) -> None:
    refused(offline, lambda c: c.receipts.get_proof(123), "receipt_id")


TEXT_CASES: list[tuple[str, Callable[[Any], Any], str]] = [
    ("context NUL", lambda c: c.memory.store(data={"a": 1}, storage_tier="hot", context="a\x00b"), "context"),
    (
        "context CRLF",
        lambda c: c.memory.store(data={"a": 1}, storage_tier="hot", context="a\r\nb"),
        "context",
    ),
    ("context TAB", lambda c: c.memory.store(data={"a": 1}, storage_tier="hot", context="a\tb"), "context"),
    ("context NEL", lambda c: c.memory.store(data={"a": 1}, storage_tier="hot", context="a\x85b"), "context"),
    (
        "context surrogate",
        lambda c: c.memory.store(data={"a": 1}, storage_tier="hot", context="\ud800"),
        "context",
    ),
    ("tag LF", lambda c: c.memory.store(data={"a": 1}, storage_tier="hot", tags=["ok", "a\nb"]), "tags[1]"),
    ("query parameter", lambda c: c.memory.list(context="x\ny"), "context"),
    (
        "metadata NUL",
        lambda c: c.memory.store(data={"a": 1}, storage_tier="hot", metadata={"k": "\x00"}),
        "metadata",
    ),
    ("metadata key", lambda c: c.identity.update(IDENT.did, metadata={"a\x07": 1}), "metadata"),
    ("query NUL", lambda c: c.collective.query(query_text="gas tips\x00 please"), "queryText"),
    ("name ESC", lambda c: c.identity.update(IDENT.did, name="agent\x1b[31m"), "name"),
]


@pytest.mark.parametrize(("call", "field"), [c[1:] for c in TEXT_CASES], ids=[c[0] for c in TEXT_CASES])
def test_control_characters_are_refused(offline: NoNetwork, call: Callable[[Any], Any], field: str) -> None:
    refused(offline, call, field)


def test_prose_keeps_its_line_breaks(offline: NoNetwork) -> None:
    offline(lambda c: c.collective.query(query_text="gas tips\nfor\tsolidity\r\n"))
    offline(
        lambda c: c.memory.store(data={"a": "\x00 is fine: encrypted"}, storage_tier="hot", fingerprint=False)
    )
    offline(lambda c: c.memory.store(data={"a": 1}, storage_tier="hot", metadata={"note": "two\nlines\t"}))
    assert len(offline.requests) == 3


def deep(levels: int) -> dict[str, Any]:
    value: dict[str, Any] = {}
    for _ in range(levels):
        value = {"a": value}
    return value


SHAPE_CASES: list[tuple[str, Callable[[Any], Any], str]] = [
    ("metadata str", lambda c: c.memory.store(data={"a": 1}, storage_tier="hot", metadata="abc"), "metadata"),
    (
        "metadata list",
        lambda c: c.memory.store(data={"a": 1}, storage_tier="hot", metadata=[1, 2]),
        "metadata",
    ),
    ("data str", lambda c: c.memory.store(data="abc", storage_tier="hot"), "data"),
    ("data deep", lambda c: c.memory.store(data=deep(100_000), storage_tier="hot"), "data"),
    ("data NaN", lambda c: c.memory.store(data={"a": math.nan}, storage_tier="hot"), "data.a"),
    ("data key", lambda c: c.memory.store(data={1: "a"}, storage_tier="hot"), "data"),
    ("data object", lambda c: c.memory.store(data={"a": object()}, storage_tier="hot"), "data.a"),
    (
        "metadata deep",
        lambda c: c.memory.store(data={"a": 1}, storage_tier="hot", metadata=deep(100_000)),
        "metadata",
    ),
    ("identity metadata", lambda c: c.identity.update(IDENT.did, metadata="abc"), "metadata"),
    ("identity deep", lambda c: c.identity.update(IDENT.did, metadata=deep(100_000)), "metadata"),
    ("ephemeral deep", lambda c: c.ephemeral.create_session(metadata=deep(100_000)), "metadata"),
    ("slot deep", lambda c: c.ephemeral.write_slot("s1", "scratch", deep(100_000)), "data"),
    ("probe scope", lambda c: c.memory.probe("gas tips", scope="abc"), "scope"),
    (
        "batch item metadata",
        lambda c: c.memory.store_batch([{"data": {"a": 1}, "storage_tier": "hot", "metadata": [1]}]),
        "metadata",
    ),
]


@pytest.mark.parametrize(("call", "field"), [c[1:] for c in SHAPE_CASES], ids=[c[0] for c in SHAPE_CASES])
def test_malformed_json_arguments_are_refused(
    offline: NoNetwork, call: Callable[[Any], Any], field: str
) -> None:
    refused(offline, call, field)


def test_json_depth_limit_is_exact() -> None:
    check_json_value("v", deep(MAX_JSON_DEPTH - 1))
    with pytest.raises(ValidationError, match="nested deeper"):
        check_json_value("v", deep(MAX_JSON_DEPTH))


def test_text_rules() -> None:
    assert check_text("f", "tab\tand\nline", multiline=True) == "tab\tand\nline"
    for bad in ("\x00", "\x07", "\x7f", "\x0b"):
        with pytest.raises(ValidationError, match="control character"):
            check_text("f", f"a{bad}b", multiline=True)
    for bad in ("\t", "\n", "\r", "\x9f", "\u2028"):
        with pytest.raises(ValidationError) as caught:
            check_text("field", f"a{bad}b")
        assert caught.value.field == "field" and "position 1" in str(caught.value)


BAD_OPTIONS: list[tuple[dict[str, Any], str]] = [
    ({"max_retries": -1}, "max_retries"),
    ({"max_retries": "3"}, "max_retries"),
    ({"max_retries": True}, "max_retries"),
    ({"max_retries": 2.5}, "max_retries"),
    ({"max_retries": 21}, "max_retries"),
    ({"timeout": 0}, "timeout"),
    ({"timeout": -1}, "timeout"),
    ({"timeout": "5"}, "timeout"),
    ({"timeout": math.nan}, "timeout"),
    ({"timeout": math.inf}, "timeout"),
    ({"autopay": "yes"}, "autopay"),
    ({"payment_policy": {"max_per_payment": 1}}, "payment_policy"),
    ({"subject_id_variant": "go"}, "subject_id_variant"),
    ({"headers": "X-A: 1"}, "headers"),
    ({"headers": {"Bad Name": "x"}}, "header name"),
    ({"headers": {"X-A": "a\r\nX-Injected: 1"}}, "X-A"),
    ({"headers": {"X-A": 1}}, "X-A"),
    ({"headers": {"x-sig": "forged"}}, "x-sig"),
    ({"headers": {"Idempotency-Key": "same-for-all"}}, "Idempotency-Key"),
    ({"headers": {"PAYMENT-SIGNATURE": "pre-paid"}}, "PAYMENT-SIGNATURE"),
    ({"signer": object()}, "signer"),
    ({"api_url": 123}, "api_url"),
    ({"api_url": "http://"}, "api_url"),
    ({"api_url": "https://api.xache.xyz/?token=1"}, "api_url"),
    ({"api_url": "https://user:pw@api.xache.xyz"}, "api_url"),
    ({"encryption_key": b"raw"}, "encryption_key"),
]


@pytest.mark.parametrize("cls", [XacheClientSync, XacheClient])
@pytest.mark.parametrize(("options", "field"), BAD_OPTIONS, ids=[str(o) for o, _ in BAD_OPTIONS])
def test_bad_constructor_options_raise_input_errors(
    cls: type[Any], options: dict[str, Any], field: str
) -> None:
    kwargs: dict[str, Any] = {"api_url": "http://127.0.0.1:9", "did": IDENT.did}
    if "signer" not in options:
        kwargs["private_key"] = IDENT.private_key
    with pytest.raises(XacheInputError, match=field):
        cls(**{**kwargs, **options})


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"max_per_payment": -1}, "max_per_payment"),
        ({"max_per_payment": "100"}, "max_per_payment"),
        ({"max_total": -5}, "max_total"),
        ({"allowed_networks": {"ethereum"}}, "unknown network"),
        ({"allowed_networks": "base"}, "allowed_networks"),
        ({"allowed_assets": [1]}, "allowed_assets"),
        ({"allowed_pay_to": "0xabc"}, "allowed_pay_to"),
    ],
)
def test_bad_payment_policies_raise_input_errors(options: dict[str, Any], field: str) -> None:
    with pytest.raises(XacheInputError, match=field):
        PaymentPolicy(**options)


def test_good_options_are_accepted() -> None:
    client = XacheClientSync(
        "http://127.0.0.1:9",
        IDENT.did,
        IDENT.private_key,
        max_retries=0,
        timeout=httpx.Timeout(3.0),
        headers={"X-Trace": "abc\tdef"},
        payment_policy=PaymentPolicy(allowed_networks=["eip155:84532", "solana-devnet"]),
    )
    assert client.payment_policy.allowed_networks == frozenset({"base-sepolia", "solana-devnet"})
    client.close()


@pytest.mark.parametrize("cls", [XacheClientSync, XacheClient])
@pytest.mark.parametrize(
    "options", [{"headers": {"X-A": "1"}}, {"timeout": 5.0}, {"headers": {}, "timeout": 1}]
)
def test_options_of_the_sdks_own_httpx_client_are_refused_with_an_injected_one(
    cls: type[XacheClientSync | XacheClient], options: dict[str, Any]
) -> None:
    """They would be silently ignored: an injected http_client keeps its own headers and timeout."""
    http: Any = (httpx.AsyncClient if cls is XacheClient else httpx.Client)()
    with pytest.raises(XacheInputError, match="set them on the injected http_client"):
        cls("http://127.0.0.1:9", IDENT.did, IDENT.private_key, http_client=http, **options)
