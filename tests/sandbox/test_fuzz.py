"""Bounded, deterministic schema-driven fuzzing of the sandbox (schemathesis strategies, signed requests)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
import schemathesis
from helpers import signed_headers
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.core import NotSet

from xache_ext.sandbox import Sandbox, run_sandbox
from xache_ext.sandbox.contract import Contract, load_spec, spec_path

SCHEMA = schemathesis.openapi.from_path(str(spec_path()))
CONTRACT = Contract(load_spec())
OPERATIONS = [r.ok() for r in SCHEMA.get_all_operations()]
STRATEGY = st.one_of([op.as_strategy() for op in OPERATIONS])


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with run_sandbox() as sb:
        yield sb


@pytest.fixture(scope="module")
def client(sandbox: Sandbox) -> Iterator[httpx.Client]:
    """One client for every example (a new one per example cost more than the examples)."""
    with httpx.Client(base_url=sandbox.url, timeout=10) as made:
        yield made


@settings(
    max_examples=300,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
@given(case=STRATEGY, sign=st.booleans())
def test_fuzz_no_5xx_and_spec_conforming(
    sandbox: Sandbox, client: httpx.Client, case: schemathesis.Case, sign: bool
) -> None:
    body = b"" if isinstance(case.body, NotSet) else json.dumps(case.body, separators=(",", ":")).encode()
    client.cookies.clear()
    request = client.build_request(
        case.method, case.formatted_path, params=case.query or None, content=body or None
    )
    target = request.url.raw_path.decode("ascii")
    op = CONTRACT.match(case.method, request.url.path)
    if sign or (op is not None and op.operation is not None and op.operation.signed):
        request.headers.update(signed_headers(sandbox.test_identity, case.method, target, body))
    response = client.send(request)
    assert response.status_code < 500 or response.status_code == 501, response.text
    assert response.headers.get("content-type", "").startswith("application/json"), (
        response.status_code,
        response.text[:300],
        case.method,
        target,
    )
    doc = response.json()
    if op is not None and op.operation is not None:
        CONTRACT.validate_response(op.operation, response.status_code, doc)
    if response.status_code != 402:
        assert doc["meta"]["requestId"] == response.headers["X-Request-ID"]
