"""Retries, backoff, Retry-After and idempotency keys, with scripted responses (httpx.MockTransport)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from xache_ext import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    InvalidInputError,
    RateLimitedError,
    RetryLaterError,
    XacheClient,
    XacheClientSync,
)
from xache_ext.crypto.signers import EvmPrivateKeySigner
from xache_ext.pipeline.retry import RetryPolicy, parse_retry_after

KEY = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
DID = f"did:agent:evm:{EvmPrivateKeySigner(KEY).address}"
OK_BUDGET = {
    "success": True,
    "data": {
        "limitCents": 100,
        "spentCents": 0,
        "remainingCents": 100,
        "percentageUsed": 0,
        "currentPeriod": "p",
    },
    "meta": {"requestId": "req_ok", "timestamp": "2026-01-01T00:00:00Z", "duration": 1},
}


def envelope_error(code: str, message: str = "nope", **details: Any) -> dict[str, Any]:
    return {
        "success": False,
        "error": {"code": code, "message": message, "details": details},
        "meta": {"requestId": "req_1"},
    }


class Script:
    """A MockTransport handler answering from a list, recording every request it saw."""

    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    slept: list[float] = []

    async def fake_async_sleep(delay: float) -> None:
        slept.append(delay)

    monkeypatch.setattr("xache_ext.pipeline.runner._sleep", slept.append)
    monkeypatch.setattr("xache_ext.pipeline.runner._async_sleep", fake_async_sleep)
    return slept


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest) -> Callable[..., Any]:
    """``call(script, fn, max_retries=2)`` runs ``fn(client)`` on a client whose transport is ``script``.

    The client is a plain injected ``httpx`` client: retries, signing and payment live in the SDK's pipeline.
    """

    def run(script: Script, fn: Callable[[Any], Any], max_retries: int = 2) -> Any:
        url = "http://xache.test"
        if request.param == "sync":
            http = httpx.Client(transport=httpx.MockTransport(script), base_url=url)
            with XacheClientSync(
                api_url=url, did=DID, private_key=KEY, http_client=http, max_retries=max_retries
            ) as client:
                return fn(client)

        async def main() -> Any:
            http = httpx.AsyncClient(transport=httpx.MockTransport(script), base_url=url)
            async with XacheClient(
                api_url=url, did=DID, private_key=KEY, http_client=http, max_retries=max_retries
            ) as client:
                return await fn(client)

        return asyncio.run(main())

    return run


def test_retries_5xx_then_succeeds_with_fresh_signatures(
    call: Callable[..., Any], no_sleep: list[float]
) -> None:
    script = Script(
        httpx.Response(503, json=envelope_error("RETRY_LATER")),
        httpx.Response(502, text="bad gateway"),
        httpx.Response(200, json=OK_BUDGET),
    )
    status = call(script, lambda c: c.budget.get_status())
    assert status.limit_cents == 100
    assert len(script.requests) == 3 and len(no_sleep) == 2
    assert all(r.headers["X-Agent-DID"] == DID for r in script.requests)
    assert no_sleep[0] < no_sleep[1] <= 8.0


def test_one_idempotency_key_per_logical_call(call: Callable[..., Any], no_sleep: list[float]) -> None:
    script = Script(
        httpx.ConnectError("refused"),
        httpx.Response(500, json=envelope_error("INTERNAL")),
        httpx.Response(200, json={"success": True, "data": {"limitCents": 5, "updated": True}}),
    )
    assert call(script, lambda c: c.budget.update_limit(5)) == 5
    keys = {r.headers["Idempotency-Key"] for r in script.requests}
    assert len(script.requests) == 3 and len(keys) == 1
    second = Script(httpx.Response(200, json={"success": True, "data": {"limitCents": 6, "updated": True}}))
    call(second, lambda c: c.budget.update_limit(6))
    assert second.requests[0].headers["Idempotency-Key"] not in keys


def test_get_has_no_idempotency_key(call: Callable[..., Any]) -> None:
    script = Script(httpx.Response(200, json=OK_BUDGET))
    call(script, lambda c: c.budget.get_status())
    assert "Idempotency-Key" not in script.requests[0].headers


def test_retry_after_is_honoured(call: Callable[..., Any], no_sleep: list[float]) -> None:
    script = Script(
        httpx.Response(
            429, headers={"Retry-After": "3"}, json=envelope_error("RATE_LIMITED", resetAt=1_900_000_000_000)
        ),
        httpx.Response(200, json=OK_BUDGET),
    )
    call(script, lambda c: c.budget.get_status())
    assert no_sleep == [3.0]


def test_rate_limited_error_after_retries(call: Callable[..., Any], no_sleep: list[float]) -> None:
    script = Script(
        httpx.Response(429, json=envelope_error("RATE_LIMITED", "slow down", resetAt="2030-01-01T00:00:00Z"))
    )
    with pytest.raises(RateLimitedError) as caught:
        call(script, lambda c: c.budget.get_status(), max_retries=1)
    assert caught.value.status_code == 429 and caught.value.code == "RATE_LIMITED"
    assert caught.value.reset_at is not None and caught.value.reset_at.year == 2030
    assert caught.value.request_id == "req_1"
    assert len(script.requests) == 2


def test_final_error_codes_are_not_retried(call: Callable[..., Any], no_sleep: list[float]) -> None:
    script = Script(httpx.Response(400, json=envelope_error("INVALID_INPUT", "bad field", field="x")))
    with pytest.raises(InvalidInputError) as caught:
        call(script, lambda c: c.budget.get_status())
    assert caught.value.details == {"field": "x"}
    assert len(script.requests) == 1 and no_sleep == []


def test_server_errors_surface_after_retries(call: Callable[..., Any], no_sleep: list[float]) -> None:
    script = Script(httpx.Response(500, json=envelope_error("INTERNAL", "boom")))
    with pytest.raises(InternalServerError):
        call(script, lambda c: c.budget.get_status())
    assert len(script.requests) == 3
    unavailable = Script(httpx.Response(503, json=envelope_error("RETRY_LATER")))
    with pytest.raises(RetryLaterError):
        call(unavailable, lambda c: c.budget.get_status(), max_retries=0)
    assert len(unavailable.requests) == 1


def test_connection_and_timeout_errors(call: Callable[..., Any], no_sleep: list[float]) -> None:
    with pytest.raises(APIConnectionError) as caught:
        call(Script(httpx.ConnectError("refused")), lambda c: c.budget.get_status())
    assert not isinstance(caught.value, APITimeoutError)
    assert "xache.test" in str(caught.value) and "after 3 attempts" in str(caught.value)
    with pytest.raises(APITimeoutError):
        call(Script(httpx.ReadTimeout("slow")), lambda c: c.budget.get_status())


def test_non_json_success_is_none_and_unknown_status_is_kept(call: Callable[..., Any]) -> None:
    script = Script(httpx.Response(520, text="<html>origin error</html>"))
    with pytest.raises(InternalServerError) as caught:
        call(script, lambda c: c.budget.get_status(), max_retries=0)
    assert caught.value.status_code == 520


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after": "20"}, 20.0),
        ({"retry-after": "0.5"}, 0.5),
        ({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}, 0.0),
        ({"retry-after": "junk"}, None),
        ({}, None),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(httpx.Headers(headers)) == expected


def test_retry_after_over_a_minute_falls_back_to_backoff() -> None:
    policy = RetryPolicy(max_retries=3)
    response = httpx.Response(503, headers={"retry-after": "3600"})
    delay = policy.delay_for(response, 0)
    assert delay is not None and delay <= policy.initial_delay
    assert policy.delay_for(httpx.Response(404), 0) is None
    assert policy.delay_for(response, 3) is None
    for spelled in ("false", "False", " FALSE "):
        assert policy.delay_for(httpx.Response(503, headers={"x-should-retry": spelled}), 0) is None


def test_bodies_are_json_compact(call: Callable[..., Any]) -> None:
    script = Script(httpx.Response(200, json={"success": True, "data": {"limitCents": 7, "updated": True}}))
    call(script, lambda c: c.budget.update_limit(7))
    assert script.requests[0].content == json.dumps({"limitCents": 7}, separators=(",", ":")).encode()
