"""The Starlette application: routing, the response envelope, auth, contract checks, payments, idempotency."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import math
import re
import time
import uuid
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from ..contract import all_operations
from ..contract.schema import nested_deeper_than
from ..crypto.did import DID
from . import (
    ephemeral,  # noqa: F401
    owner_services,  # noqa: F401
    ownership,  # noqa: F401 - registers the ownership and fleet handlers
    reputation,  # noqa: F401
    royalty,  # noqa: F401
    workspaces,  # noqa: F401
)
from .auth import (
    TIMESTAMP_WINDOW_MS,
    Authenticated,
    AuthFailure,
    authenticate,
    canonical_did_text,
    raw_request_target,
)
from .chain import Chain
from .contract import Contract, ContractViolation, Operation, RouteMatch, load_spec
from .handlers import HANDLERS, Context
from .ledger import ApiError, check_budget, iso, micro_to_usd, new_receipt_id, price_for, record_receipt
from .payments import (
    PaymentFailure,
    challenge_body,
    challenge_headers,
    new_challenge_id,
    settle_payment,
    usd_to_atomic,
    verify_payment,
)
from .store import Store

__all__ = ["BODY_TIMEOUT_S", "MAX_BODY_BYTES", "MAX_JSON_DEPTH", "PUT_ALIASES", "create_app"]

log = logging.getLogger(__name__)

#: Request bodies above this size are refused with 413 (the spec's `x-xache-max-body-bytes`).
MAX_BODY_BYTES: int = max(op.max_body_bytes or 0 for op in all_operations().values())
#: JSON bodies nested deeper than this (objects and arrays) are refused with 400.
MAX_JSON_DEPTH = 64
#: Seconds the sandbox waits for the next piece of a request body before answering 408.
BODY_TIMEOUT_S = 10.0
#: Operations also routed for ``PUT``: the official Python SDK sends PUT where the spec (and TS) use PATCH.
PUT_ALIASES = frozenset({"PATCH /v1/owners/me", "PATCH /v1/workspaces/{workspaceId}"})
#: How long an ``Idempotency-Key`` is remembered.
IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000


_CONTENT_LENGTH = re.compile(r"[0-9]{1,19}", re.ASCII)
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


class _Replay(Exception):
    def __init__(self, status: int, body: bytes) -> None:
        super().__init__("idempotent replay")
        self.status = status
        self.body = body


class _Sandbox:
    """Per-app state and the request pipeline."""

    def __init__(
        self,
        store: Store,
        contract: Contract,
        clock: Callable[[], float],
        prices: Mapping[str, Decimal | str | float] | None,
        validate_responses: bool,
        body_timeout: float = BODY_TIMEOUT_S,
    ) -> None:
        self.store = store
        self.contract = contract
        self.clock = clock
        self.prices = prices
        self.validate_responses = validate_responses
        self.chain = Chain(store, clock)
        self.body_timeout = body_timeout

    # -- response helpers ---------------------------------------------------------------------------------

    def _meta(self, request_id: str, started: float) -> dict[str, Any]:
        return {
            "requestId": request_id,
            "timestamp": iso(self.clock() * 1000),
            "duration": round((time.perf_counter() - started) * 1000, 3),
        }

    def _json(
        self, status: int, body: Any, request_id: str, headers: Mapping[str, str] | None = None
    ) -> Response:
        content = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        hdrs = {"X-Request-ID": request_id, **(headers or {})}
        return Response(content, status_code=status, media_type="application/json", headers=hdrs)

    def error(
        self,
        status: int,
        code: str,
        message: str,
        request_id: str,
        started: float,
        details: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        """The error envelope."""
        err: dict[str, Any] = {"code": code, "message": message}
        if details:
            err["details"] = dict(details)
        body = {"success": False, "error": err, "meta": self._meta(request_id, started)}
        return self._json(status, body, request_id, headers)

    # -- pipeline -----------------------------------------------------------------------------------------

    async def __call__(self, request: Request) -> Response:
        request_id = "req_" + uuid.uuid4().hex
        started = time.perf_counter()
        try:
            return await self._handle(request, request_id, started)
        except Exception:
            log.exception("unhandled error in sandbox request %s", request_id)
            return self.error(500, "INTERNAL", "internal error", request_id, started)

    async def _read_body(self, request: Request) -> bytes:
        """The whole body; ApiError 413 (too large), 408 (the rest never came) or 400 (client left)."""
        length = request.headers.get("content-length")
        if length and _CONTENT_LENGTH.fullmatch(length) and int(length) > MAX_BODY_BYTES:
            raise ApiError(413, "PAYLOAD_TOO_LARGE", f"request body exceeds {MAX_BODY_BYTES:,} bytes")
        chunks, size = [], 0
        while True:
            try:
                message = await asyncio.wait_for(request.receive(), self.body_timeout)
            except TimeoutError:
                raise ApiError(
                    408,
                    "REQUEST_TIMEOUT",
                    f"the request body did not arrive within {self.body_timeout:g} s "
                    f"({size} bytes received; Content-Length: {length})",
                ) from None
            if message["type"] == "http.disconnect":
                raise ClientDisconnect()
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                raise ApiError(413, "PAYLOAD_TOO_LARGE", f"request body exceeds {MAX_BODY_BYTES:,} bytes")
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    def _route(self, method: str, path: str) -> RouteMatch | None:
        match = self.contract.match(method, path)
        if match is None or match.operation is not None or "PATCH" not in match.allowed:
            return match
        patch = self.contract.match("PATCH", path)
        if patch is None or patch.operation is None or patch.operation.key not in PUT_ALIASES:
            return match
        if method == "PUT":
            return patch
        return RouteMatch(None, {}, tuple(sorted({*match.allowed, "PUT"})))

    async def _handle(self, request: Request, request_id: str, started: float) -> Response:
        method = request.method.upper()
        try:
            body = await self._read_body(request)
        except ClientDisconnect:
            log.info("client disconnected before the whole body of %s %s arrived", method, request.url.path)
            return self.error(400, "INVALID_INPUT", "the client disconnected", request_id, started)
        except ApiError as exc:
            return self.error(
                exc.status, exc.code, exc.message, request_id, started, headers={"Connection": "close"}
            )
        path = request.url.path
        match = self._route(method, path)
        if match is None:
            return self.error(404, "NOT_FOUND", f"no route for {path}", request_id, started)
        op = match.operation
        if op is None:
            return self.error(
                405,
                "METHOD_NOT_ALLOWED",
                f"{method} is not allowed on {path}",
                request_id,
                started,
                headers={"Allow": ", ".join(match.allowed)},
            )
        now_ms = int(self.clock() * 1000)
        target = raw_request_target(
            request.scope.get("raw_path") or path.encode(), request.scope["query_string"]
        )
        auth: Authenticated | None = None
        if op.signed:
            try:
                auth = authenticate(request.headers, method, target, body, now_ms)
            except AuthFailure as exc:
                return self.error(401, "UNAUTHENTICATED", exc.message, request_id, started)
        did: DID | None = auth.did if auth else None
        try:
            parsed = _canonical_dids(self._parse_and_validate(op, body, request, match.path_params))
        except ApiError as exc:
            return self.error(exc.status, exc.code, exc.message, request_id, started, exc.details)
        handler = HANDLERS.get(op.operation_id or "")
        if handler is None:
            return self.error(
                501, "NOT_IMPLEMENTED", f"{op.key} is not implemented by the sandbox", request_id, started
            )
        path_values = [str(_canonical_field(k, v)) for k, v in match.path_params.items()]
        ctx = Context(self.store, did, parsed, {}, path_values, now_ms)
        ctx.query = _canonical_dids(
            self.contract.parse_query(op, request.scope["query_string"].decode("latin-1"))
        )
        idem_key = request.headers.get("idempotency-key")
        fingerprint = hashlib.sha256(
            f"{method} {target}\n".encode() + hashlib.sha256(body).digest()
        ).hexdigest()
        scope = str(did) if did else "-"
        try:
            if idem_key:
                self._idempotency_check(scope, idem_key, fingerprint, now_ms)
            # Checked again, atomically, when the handler runs; this early check answers 401 before a 402.
            if auth and self.store.scalar(
                "SELECT 1 FROM used_signatures WHERE replay_key = ?", [auth.replay_key]
            ):
                raise _replayed_signature()
            return self._run(
                op, ctx, request, request_id, started, handler, (scope, idem_key, fingerprint), auth
            )
        except _Replay as replay:
            doc = json.loads(replay.body)
            doc["meta"] = self._meta(request_id, started)
            return self._json(replay.status, doc, request_id, {"Idempotent-Replayed": "true"})
        except ApiError as exc:
            return self.error(exc.status, exc.code, exc.message, request_id, started, exc.details)

    def _parse_and_validate(
        self, op: Operation, body: bytes, request: Request, path_params: dict[str, str]
    ) -> Any:
        try:
            self.contract.path_params_valid(op, path_params)
            self.contract.parse_query(op, request.scope["query_string"].decode("latin-1"))
        except ContractViolation as exc:
            raise ApiError(
                400, "INVALID_INPUT", str(exc), {"field": exc.field, "reason": exc.reason}
            ) from None
        parsed: Any = None
        if body.strip():
            parsed = _parse_json(body)
        elif self.contract.request_body_required(op):
            raise ApiError(400, "INVALID_INPUT", "request body is required", {"field": "body"})
        if parsed is not None or self.contract.request_body_required(op):
            try:
                self.contract.validate_body(op, parsed)
            except ContractViolation as exc:
                raise ApiError(
                    400, "INVALID_INPUT", str(exc), {"field": exc.field, "reason": exc.reason}
                ) from None
        return parsed

    def _idempotency_check(self, scope: str, key: str, fingerprint: str, now_ms: int) -> None:
        self.store.execute("DELETE FROM idempotency WHERE created_ms < ?", [now_ms - IDEMPOTENCY_TTL_MS])
        row = self.store.one("SELECT * FROM idempotency WHERE scope = ? AND key = ?", [scope, key])
        if row is None:
            return
        if row["request_hash"] != fingerprint:
            raise ApiError(409, "CONFLICT", "Idempotency-Key was already used with a different request")
        raise _Replay(int(row["status"]), bytes(row["body"]))

    def _run(
        self,
        op: Operation,
        ctx: Context,
        request: Request,
        request_id: str,
        started: float,
        handler: Callable[[Context], tuple[int, dict[str, Any]]],
        idem: tuple[str, str | None, str],
        auth: Authenticated | None,
    ) -> Response:
        price = price_for(op, ctx.body, self.prices)
        payment = None
        amount = 0
        if price is not None and price > 0:
            assert ctx.did is not None, "paid operations are signed"
            amount = usd_to_atomic(price)
            check_budget(self.store, ctx.agent, amount, ctx.now_ms)
            header = request.headers.get("payment-signature") or request.headers.get("x-payment")
            base = f"{request.url.scheme}://{request.url.netloc}"
            resource = base + raw_request_target(
                request.scope.get("raw_path") or b"", request.scope["query_string"]
            )
            if not header:
                return self._challenge(op, amount, price, resource, "Payment required", request_id, ctx.did)
            try:
                payment = verify_payment(
                    header,
                    agent=ctx.did,
                    price_atomic=amount,
                    now_s=ctx.now_ms // 1000,
                    store=self.store,
                    chain=self.chain,
                )
            except PaymentFailure as exc:
                log.info("payment refused for %s: %s", op.key, exc)
                return self._challenge(op, amount, price, resource, str(exc), request_id, ctx.did)
            ctx.receipt_id = new_receipt_id()
            ctx.price_usd = micro_to_usd(amount)
        elif price is not None and op.paid and ctx.did is not None:
            # A paid operation priced at zero by a ``prices`` override: no 402, but still a receipt
            # (of $0), so responses keep their documented receiptId (e.g. for clients that cannot pay).
            ctx.receipt_id = new_receipt_id()
            ctx.price_usd = "0"
        with self.store.transaction():
            if auth is not None:
                self._claim_signature(auth, ctx.now_ms)
            status, data = handler(ctx)
            if ctx.receipt_id is not None:
                meta: dict[str, Any] = {"endpoint": op.key}
                if payment is not None:
                    settle_payment(self.store, self.chain, payment, ctx.now_ms)
                    meta.update(payer=payment.from_address, nonce=payment.nonce, network=payment.network)
                record_receipt(
                    self.store, ctx.receipt_id, ctx.agent, _operation_name(op), amount, ctx.now_ms, meta
                )
            status = self._documented_status(op, status)
            body = {"success": True, "data": data, "meta": self._meta(request_id, started)}
            if self.validate_responses:
                try:
                    self.contract.validate_response(op, status, body)
                except ContractViolation as exc:
                    log.error("sandbox response for %s breaks the contract: %s", op.key, exc)
                    raise ApiError(
                        500, "INTERNAL", f"response breaks the API contract: {exc}", {"field": exc.field}
                    ) from None
            scope, key, fingerprint = idem
            if key:
                encoded = json.dumps(body, separators=(",", ":")).encode()
                self.store.execute(
                    "INSERT OR REPLACE INTO idempotency (scope, key, request_hash, status, body, created_ms) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    [scope, key, fingerprint, status, encoded, ctx.now_ms],
                )
        return self._json(status, body, request_id)

    def _claim_signature(self, auth: Authenticated, now_ms: int) -> None:
        """Mark a signed request as executed, in the handler's transaction: a request that fails (4xx, 402,
        5xx) did nothing and may be sent again; one that succeeded may not (outside the window ``X-Ts``
        itself is refused, so older entries are dropped)."""
        self.store.execute("DELETE FROM used_signatures WHERE ts_ms < ?", [now_ms - TIMESTAMP_WINDOW_MS])
        inserted = self.store.execute(
            "INSERT OR IGNORE INTO used_signatures (replay_key, ts_ms) VALUES (?, ?)",
            [auth.replay_key, auth.timestamp_ms],
        )
        if not inserted:
            raise _replayed_signature()

    @staticmethod
    def _documented_status(op: Operation, status: int) -> int:
        codes = [int(c) for c in (op.op.get("responses") or {}) if c.isdigit() and c.startswith("2")]
        if status in codes or not codes:
            return status
        return min(codes)

    def _challenge(
        self,
        op: Operation,
        amount: int,
        price: Decimal,
        resource: str,
        error: str,
        request_id: str,
        agent: DID | None = None,
    ) -> Response:
        body = challenge_body(amount, price, resource, error, agent)
        headers = challenge_headers(body, new_challenge_id())
        if self.validate_responses:
            self.contract.validate_response(op, 402, body)
        return self._json(402, body, request_id, headers)


def _replayed_signature() -> ApiError:
    return ApiError(
        401,
        "UNAUTHENTICATED",
        "replayed request: a request with this X-Agent-DID, X-Ts and X-Sig was already executed; "
        "sign every request afresh (a retry that carries the first attempt's Idempotency-Key gets its answer)",
    )


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number out of range: {text}")
    return value


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _has_lone_surrogate(doc: Any) -> bool:
    stack = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            stack.extend(node)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, str) and _LONE_SURROGATE.search(node):
            return True
    return False


def _parse_json(body: bytes) -> Any:
    """Strict JSON (no NaN/Infinity, finite numbers, no lone surrogates) nested at most MAX_JSON_DEPTH deep."""
    too_deep = ApiError(
        400,
        "INVALID_INPUT",
        f"request body is nested deeper than {MAX_JSON_DEPTH} levels",
        {"field": "body", "reason": f"nesting depth above {MAX_JSON_DEPTH}"},
    )
    # The C parser recurses once per level and can overflow a thread's stack before Python's recursion
    # limit stops it (the limit may have been raised): deep input must never reach it.
    if nested_deeper_than(body, MAX_JSON_DEPTH):
        raise too_deep
    try:
        doc = json.loads(body, parse_float=_finite_float, parse_constant=_no_constant)
    except RecursionError:
        raise too_deep from None
    except (ValueError, UnicodeDecodeError):
        raise ApiError(400, "INVALID_INPUT", "request body is not valid JSON", {"field": "body"}) from None
    # A lone surrogate comes from a \\uD8xx-\\uDFxx escape or from UTF-8-encoded surrogate bytes (0xED ...):
    # json decodes bytes with "surrogatepass".
    if (b"\\u" in body or b"\xed" in body) and _has_lone_surrogate(doc):
        raise ApiError(
            400,
            "INVALID_INPUT",
            "request body holds a lone UTF-16 surrogate (\\ud800-\\udfff), which is not Unicode text",
            {"field": "body"},
        )
    return doc


def _canonical_field(name: str, value: Any) -> Any:
    """``value`` in its canonical spelling if ``name`` is ``did``/``...DID`` (see ``auth.canonical_did``)."""
    return canonical_did_text(value) if name.lower().endswith("did") else value


def _canonical_dids(values: Any) -> Any:
    """A body or query with its top-level DID fields canonical: an EVM DID is one agent in any letter case."""
    if not isinstance(values, dict):
        return values
    return {k: _canonical_field(k, v) for k, v in values.items()}


def _operation_name(op: Operation) -> str:
    names = {
        "POST /v1/memory/store": "memory.store",
        "POST /v1/memory/retrieve": "memory.retrieve",
        "POST /v1/memory/store/batch": "memory.store_batch",
        "POST /v1/memory/retrieve/batch": "memory.retrieve_batch",
        "POST /v1/collective/contribute": "collective.contribute",
        "POST /v1/collective/query": "collective.query",
    }
    return names.get(op.key) or op.operation_id or op.key


def create_app(
    db_path: str = ":memory:",
    *,
    clock: Callable[[], float] = time.time,
    prices: Mapping[str, Decimal | str | float] | None = None,
    validate_responses: bool = True,
    spec: Mapping[str, Any] | None = None,
    store: Store | None = None,
    body_timeout: float = BODY_TIMEOUT_S,
) -> Starlette:
    """Build the sandbox ASGI app.

    ``prices`` overrides USD prices by ``"METHOD /template"`` or operationId (per item for batch
    operations). ``validate_responses`` checks every response against the spec and turns a violation
    into a logged 500. ``body_timeout`` is how long to wait for the next part of a request body before
    answering 408. The :class:`Store` is exposed as ``app.state.store``.
    """
    the_store = store or Store(db_path)
    sandbox = _Sandbox(
        the_store, Contract(spec or load_spec()), clock, prices, validate_responses, body_timeout
    )

    async def endpoint(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            request = Request(scope, receive)
            if scope["path"].startswith("/rpc/"):  # the chain stand-in (xache_ext.sandbox.chain)
                response = await sandbox.chain.asgi(request)
            else:
                response = await sandbox(request)
            await response(scope, receive, send)

    # Every request goes to the sandbox's own router, whatever its path: a route pattern would not
    # match paths with encoded control characters (``%0A``) and Starlette would answer in plain text.
    app = Starlette()
    app.router.default = endpoint
    app.state.store = the_store
    app.state.sandbox = sandbox
    app.state.chain = sandbox.chain
    return app
