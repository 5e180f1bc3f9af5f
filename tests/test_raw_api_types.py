"""The generated endpoint functions are typed by their success response only, and the types hold on any client.

Through ``client.api`` (xache_ext's RawClient) an error status never reaches the generated code: the pipeline
raises the typed xache_ext error. On a plain ``xache_api.Client`` every status but the documented success raises
``errors.UnexpectedStatus``, whatever ``raise_on_unexpected_status`` says, so ``sync()`` returns the success model
it declares (never an error envelope, never None). ``tests/typing/raw_usage.py`` checks the same for mypy.
"""

from __future__ import annotations

import asyncio
import importlib
import importlib.util
import json
import typing
from pathlib import Path
from typing import Any

import httpx
import pytest
import xache_api.models
import xache_api.types
import yaml
from loopback import loopback
from xache_api import errors
from xache_api.api.reputation import get_reputation
from xache_api.client import Client
from xache_api.models import ReputationSnapshotResponse
from xache_api.operations_table import OPERATIONS
from xache_api.types import Response

from xache_ext import APIStatusError, NotFoundError, RateLimitedError, XacheClient, XacheClientSync
from xache_ext.crypto.signers import EvmPrivateKeySigner

ROOT = Path(__file__).resolve().parent.parent
_GENERATE = importlib.util.spec_from_file_location("xache_generate_script", ROOT / "scripts" / "generate.py")
assert _GENERATE is not None and _GENERATE.loader is not None
generate = importlib.util.module_from_spec(_GENERATE)
_GENERATE.loader.exec_module(generate)

KEY = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
DID = f"did:agent:evm:{EvmPrivateKeySigner(KEY).address}"
META = {"requestId": "req_1", "timestamp": "2026-01-01T00:00:00Z", "duration": 1}
SNAPSHOT = {"success": True, "data": {"agentDID": DID, "overall": 0.5}, "meta": META}
ERROR_MODELS = {"ErrorEnvelope", "X402PaymentRequired", "LegacyPaymentRequired"}


def _envelope(code: str) -> dict[str, Any]:
    return {"success": False, "error": {"code": code, "message": "m"}, "meta": META}


def _spec() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    return data


def _success_models() -> dict[str, str]:
    """operationId -> the component name of its (single) success response."""
    models = {}
    for item in _spec()["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            success = [code for code in op["responses"] if str(code).startswith("2")]
            assert success == ["200"], op["operationId"]
            schema = op["responses"]["200"]["content"]["application/json"]["schema"]
            models[op["operationId"]] = schema["$ref"].rsplit("/", 1)[-1]
    return models


SUCCESS = _success_models()


@pytest.mark.parametrize("operation_id", sorted(SUCCESS))
def test_functions_are_typed_by_the_success_response(operation_id: str) -> None:
    module = importlib.import_module(OPERATIONS[operation_id]["module"])
    model = getattr(xache_api.models, SUCCESS[operation_id])
    assert model.__name__ not in ERROR_MODELS
    for name, expected in {
        "_parse_response": model,
        "sync": model,
        "asyncio": model,
        "_build_response": Response[model],
        "sync_detailed": Response[model],
        "asyncio_detailed": Response[model],
    }.items():
        assert typing.get_type_hints(getattr(module, name))["return"] == expected, (operation_id, name)
    for name in ("sync", "asyncio", "sync_detailed", "asyncio_detailed"):
        doc = getattr(module, name).__doc__
        for raised in (
            "xache_ext.APIStatusError",
            "xache_ext.APIConnectionError",
            "xache_ext.XacheInputError",
        ):
            assert raised in doc, (operation_id, name, raised)
        assert "errors.UnexpectedStatus: On a plain ``xache_api.Client``" in doc
        assert "raise_on_unexpected_status is True" not in doc


def test_response_parsed_is_not_optional() -> None:
    # Response[X].parsed is X, not X | None: the generated functions parse the success or raise.
    assert typing.get_type_hints(Response)["parsed"] is xache_api.types.T


def _plain(status: int, body: bytes, *, raise_flag: bool) -> Client:
    headers = {"X-Request-ID": "req_1", "Retry-After": "3"}
    transport = httpx.MockTransport(lambda _: httpx.Response(status, content=body, headers=headers))
    client = Client(base_url="https://api.example", raise_on_unexpected_status=raise_flag)
    client.set_httpx_client(httpx.Client(base_url="https://api.example", transport=transport))
    client.set_async_httpx_client(httpx.AsyncClient(base_url="https://api.example", transport=transport))
    return client


@pytest.mark.parametrize("raise_flag", [False, True])
def test_plain_client_returns_the_success_model(raise_flag: bool) -> None:
    client = _plain(200, json.dumps(SNAPSHOT).encode(), raise_flag=raise_flag)
    snapshot = get_reputation.sync(client=client)
    assert isinstance(snapshot, ReputationSnapshotResponse)
    assert snapshot.data.overall == 0.5
    detailed = asyncio.run(get_reputation.asyncio_detailed(client=client))
    assert detailed.status_code == 200
    assert isinstance(detailed.parsed, ReputationSnapshotResponse)


# Every documented error status of GET /v1/reputation, a 402, an undocumented success and a non-standard code.
@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 409, 429, 500, 503, 201, 520])
@pytest.mark.parametrize("raise_flag", [False, True])
def test_plain_client_raises_unexpected_status_for_anything_else(status: int, raise_flag: bool) -> None:
    body = json.dumps(_envelope("NOT_FOUND")).encode()
    client = _plain(status, body, raise_flag=raise_flag)
    for call in (
        lambda: get_reputation.sync(client=client),
        lambda: get_reputation.sync_detailed(client=client),
        lambda: asyncio.run(get_reputation.asyncio(client=client)),
        lambda: asyncio.run(get_reputation.asyncio_detailed(client=client)),
    ):
        with pytest.raises(errors.UnexpectedStatus) as caught:
            call()
        assert caught.value.status_code == status
        assert caught.value.content == body
        assert caught.value.headers["x-request-id"] == "req_1" and caught.value.headers["Retry-After"] == "3"


def _through_api(status: int, body: dict[str, Any], mode: str) -> Any:
    payload = json.dumps(body).encode()
    answer = (status, {"Content-Type": "application/json"}, payload)
    with loopback(lambda _: answer) as server:
        if mode == "sync":
            with XacheClientSync(server.url, DID, KEY, max_retries=0) as client:
                return get_reputation.sync(client=client.api)

        async def main() -> Any:
            async with XacheClient(server.url, DID, KEY, max_retries=0) as client:
                return await get_reputation.asyncio(client=client.api)

        return asyncio.run(main())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_client_api_returns_the_success_model_and_raises_typed_errors(mode: str) -> None:
    snapshot = _through_api(200, SNAPSHOT, mode)
    assert isinstance(snapshot, ReputationSnapshotResponse)
    assert snapshot.data.agent_did == DID
    with pytest.raises(NotFoundError) as not_found:
        _through_api(404, _envelope("NOT_FOUND"), mode)
    assert not_found.value.request_id == "req_1"
    with pytest.raises(RateLimitedError):
        _through_api(429, _envelope("RATE_LIMITED"), mode)
    with pytest.raises(APIStatusError) as conflict:
        _through_api(409, _envelope("CONFLICT"), mode)
    assert conflict.value.status_code == 409
    # A success status the spec does not document passes the pipeline; the generated parser refuses it.
    with pytest.raises(errors.UnexpectedStatus) as created:
        _through_api(201, SNAPSHOT, mode)
    assert created.value.status_code == 201


def test_generation_refuses_responses_the_template_cannot_type() -> None:
    ok = {"responses": {"200": {"description": "ok"}, "404": {"description": "no"}}}
    generate.check_responses({"paths": {"/a": {"get": ok}}})
    default = {"responses": {"200": {"description": "ok"}, "default": {"description": "any"}}}
    no_success = {"responses": {"404": {"description": "no"}}}
    with pytest.raises(generate.GenerationError) as caught:
        generate.check_responses({"paths": {"/a": {"get": default}, "/b": {"post": no_success}}})
    assert "GET /a: a `default` response" in str(caught.value)
    assert "POST /b: no success (2xx) response" in str(caught.value)
