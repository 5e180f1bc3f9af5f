"""Owners (O1-O6), wallet sessions (S1-S5), facilitators (F1) and memory extraction (E1).

Semantics chosen by the sandbox (the SDKs do not define them):

* **Wallet signatures.** ``POST /v1/owners/verify-wallet`` and ``POST /v1/sessions`` check a signature by
  the wallet over a message. For EVM wallets it is an EIP-191 ``personal_sign``: the secp256k1 signature
  (65 bytes ``r||s||v``, hex, ``0x`` optional) of ``keccak256(b"\\x19Ethereum Signed Message:\\n" +
  str(len(msg)) + msg)``. For Solana wallets it is an ed25519 signature of the message bytes, base58.
  ``verify-wallet`` also needs ``timestamp`` within 5 minutes of the server clock (seconds or milliseconds).
* **Owners** are keyed by ``did:owner:<evm|sol>:<address>`` (EVM addresses EIP-55 checksummed).
  Owner-only endpoints answer 403 to agent DIDs. Owned agents are the identities whose ``owner_did`` is the
  caller (set by approved or on-chain claims); workspace membership is not modelled (``claimType`` is always
  ``individual``). A subject purge hard-deletes the subject's memories (live and soft-deleted) of every owned
  agent; with ``deleteReceipts`` it also deletes the single-item ``memory.store`` receipts written in the
  same request as a purged memory (same agent, same millisecond): batch receipts cover other memories too
  and are kept.
* **Sessions** belong to the DID that created them: other DIDs get 404 (and do not see them in lists).
  ``wallet`` must name the session's wallet (404 otherwise). ``validate`` checks revocation, expiry, scope
  (``*`` allows all) and ``amount`` against ``maxAmount - amountSpent`` (no ``maxAmount``: unlimited).
  The sandbox never spends from sessions, so ``amountSpent`` stays ``"0"``. Revoking deletes the session.
* **Facilitators**: one static entry, the SDKs' Coinbase CDP fallback restricted to what the sandbox
  accepts: ``exact`` payments on the networks its 402s offer (``base-sepolia`` to EVM agents,
  ``solana-devnet`` to Solana agents), with the sandbox treasury of each as ``payTo``.
* **Extraction** is paid (charged only when it succeeds: a handler error rolls the charge back). The sandbox
  has no internet access: an ``endpoint`` config whose URL is on loopback (``127.0.0.0/8``, ``localhost``,
  ``[::1]``) and whose ``format`` is ``openai`` is really called (5 s timeout) and must answer with a JSON
  list of extractions (or ``{"extractions": [...]}``) as the message content. Every other configuration is
  answered with 503 ``UPSTREAM_UNAVAILABLE`` (502 would be the natural status but the spec does not list it
  for ``/v1/extract``). ``autoStore`` is not performed: memories are encrypted client-side with a key the
  server does not hold, so ``stored`` is empty and a warning says why. Knowledge-graph traces get their
  own prompt and answer shape (:mod:`.graph_extraction`).
"""

from __future__ import annotations

import ipaddress
import json
import re
import secrets
import time
from typing import Any

import httpx
from nacl.bindings import crypto_sign_open

from ..crypto.base58 import b58decode
from ..crypto.did import DID, parse_did
from ..crypto.evm import keccak256, recover_address, to_checksum_address
from ..errors import InvalidDIDError
from .graph_extraction import graph_task
from .handlers import Context, Result, route
from .ledger import CREATED_UPDATED, ApiError, iso
from .payments import NETWORK, SVM_NETWORK, SVM_TREASURY, TREASURY
from .store import Column, Row, add_schema, wire_fields

__all__ = ["eip191_digest", "verify_wallet_signature"]

add_schema(
    """
CREATE TABLE IF NOT EXISTS owners (
    owner_did TEXT PRIMARY KEY, wallet_address TEXT NOT NULL, wallet_chain TEXT NOT NULL,
    entity_type TEXT NOT NULL, display_name TEXT, organization_name TEXT, email TEXT, supabase_user_id TEXT,
    email_verified INTEGER NOT NULL DEFAULT 0, wallet_verified INTEGER NOT NULL DEFAULT 0,
    created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS wallet_sessions (
    session_id TEXT PRIMARY KEY, creator_did TEXT NOT NULL, wallet_address TEXT NOT NULL, chain TEXT NOT NULL,
    network TEXT NOT NULL, scope_json TEXT NOT NULL, max_amount TEXT, amount_spent TEXT NOT NULL,
    agent_did TEXT, created_ms INTEGER NOT NULL, expires_ms INTEGER NOT NULL);
"""
)

_EVM_ADDRESS = re.compile(r"0x[a-fA-F0-9]{40}")
_SOL_ADDRESS = re.compile(r"[1-9A-HJ-NP-Za-km-z]{32,44}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_HEX_SIG = re.compile(r"(0x)?[0-9a-fA-F]{130}")
WINDOW_MS = 300_000
LLM_TIMEOUT_S = 5.0
_NETWORKS = {"evm": ("base", "base-sepolia"), "solana": ("solana", "solana-devnet")}


def _invalid(field: str, message: str) -> ApiError:
    return ApiError(400, "INVALID_INPUT", f"{field} {message}", {"field": field})


def eip191_digest(message: bytes) -> bytes:
    """The EIP-191 ``personal_sign`` digest of ``message``."""
    return keccak256(b"\x19Ethereum Signed Message:\n" + str(len(message)).encode() + message)


def verify_wallet_signature(chain: str, address: str, message: str, signature: str) -> bool:
    """Whether ``signature`` is the wallet's signature of ``message`` (EIP-191 for evm, ed25519 for solana).

    Raises :class:`ApiError` 400 for a signature that is not even well-formed.
    """
    data = message.encode("utf-8")
    if chain == "evm":
        if not _HEX_SIG.fullmatch(signature):
            raise _invalid("signature", "must be 65 bytes of hex (an EIP-191 personal_sign signature)")
        try:
            recovered = recover_address(eip191_digest(data), bytes.fromhex(signature.removeprefix("0x")))
        except ValueError:
            return False
        return recovered.lower() == address.lower()
    try:
        raw = b58decode(signature)
        public_key = b58decode(address)
    except ValueError:
        raise _invalid("signature", "must be a base58 ed25519 signature") from None
    if len(raw) != 64:
        raise _invalid("signature", "must be a base58 ed25519 signature (64 bytes)")
    if len(public_key) != 32:
        return False
    try:
        crypto_sign_open(raw + data, public_key)
    except Exception:
        return False
    return True


def _wallet(chain: Any, address: Any, field: str = "walletAddress") -> str:
    """A wallet address checked against its chain (EVM addresses checksummed)."""
    if chain == "evm":
        if not isinstance(address, str) or not _EVM_ADDRESS.fullmatch(address):
            raise _invalid(field, "must be an EVM address (0x + 40 hex)")
        return to_checksum_address(address)
    if not isinstance(address, str) or not _SOL_ADDRESS.fullmatch(address):
        raise _invalid(field, "must be a base58 Solana address")
    return address


def _caller_owner(ctx: Context) -> str:
    """The caller's owner DID in its canonical form; 403 for agent DIDs."""
    if ctx.did is None or ctx.did.role != "owner":
        raise ApiError(403, "FORBIDDEN", "this endpoint needs an owner DID (did:owner:...)")
    return _owner_did(ctx.did)


def _owner_did(did: DID) -> str:
    address = to_checksum_address(did.address) if did.chain == "evm" else did.address
    return f"did:owner:{did.chain}:{address}"


# -- owners -----------------------------------------------------------------------------------------------


_OWNER: list[Column] = [
    *("ownerDID", "walletAddress", "walletChain", "entityType", "displayName", "organizationName", "email"),
    ("emailVerified", "email_verified", bool),
    ("walletVerified", "wallet_verified", bool),
    *CREATED_UPDATED,
]


def _owner_data(row: Row) -> dict[str, Any]:
    return wire_fields(row, _OWNER)


def _check_email(value: Any) -> None:
    if value is not None and not (isinstance(value, str) and _EMAIL.fullmatch(value)):
        raise _invalid("email", "is not an email address")


@route("registerOwner")
def owner_register(ctx: Context) -> Result:
    """Register an owner: its DID is ``did:owner:<evm|sol>:<address>``; 409 if it exists."""
    b = ctx.json
    chain = b.get("walletChain")
    address = _wallet(chain, b.get("walletAddress"))
    _check_email(b.get("email"))
    did = f"did:owner:{'evm' if chain == 'evm' else 'sol'}:{address}"
    if ctx.store.one("SELECT 1 AS x FROM owners WHERE owner_did = ?", [did]):
        raise ApiError(409, "CONFLICT", f"{did} is already registered")
    ctx.store.insert(
        "owners",
        {
            "owner_did": did,
            "wallet_address": address,
            "wallet_chain": chain,
            "entity_type": b.get("entityType"),
            "display_name": b.get("displayName"),
            "organization_name": b.get("organizationName"),
            "email": b.get("email"),
            "supabase_user_id": b.get("supabaseUserId"),
            "created_ms": ctx.now_ms,
            "updated_ms": ctx.now_ms,
        },
    )
    return 201, {"owner": _owner_data(ctx.store.row("SELECT * FROM owners WHERE owner_did = ?", [did]))}


@route("verifyOwnerWallet")
def owner_verify_wallet(ctx: Context) -> Result:
    """Check the owner wallet's signature of ``message`` (see the module docstring); marks it verified."""
    b = ctx.json
    try:
        did = parse_did(str(b.get("ownerDID")))
    except InvalidDIDError as exc:
        raise _invalid("ownerDID", str(exc)) from None
    if did.role != "owner":
        raise _invalid("ownerDID", "must be an owner DID (did:owner:...)")
    row = ctx.store.one("SELECT * FROM owners WHERE owner_did = ?", [_owner_did(did)])
    if row is None:
        raise ApiError(404, "NOT_FOUND", f"{b.get('ownerDID')} is not a registered owner")
    ts = b.get("timestamp")
    if isinstance(ts, bool) or not isinstance(ts, int | float):
        raise _invalid("timestamp", "must be a Unix time")
    ts_ms = ts if ts > 10**11 else ts * 1000
    if abs(ts_ms - ctx.now_ms) > WINDOW_MS:
        raise _invalid("timestamp", "is more than 5 minutes away from the server clock")
    ok = verify_wallet_signature(row["wallet_chain"], row["wallet_address"], b["message"], b["signature"])
    if ok:
        ctx.store.execute(
            "UPDATE owners SET wallet_verified = 1, updated_ms = ? WHERE owner_did = ?",
            [ctx.now_ms, row["owner_did"]],
        )
    return 200, {"verified": ok}


@route("getOwnerProfile")
def owner_profile(ctx: Context) -> Result:
    """The calling owner's profile (``null`` when it never registered)."""
    row = ctx.store.one("SELECT * FROM owners WHERE owner_did = ?", [_caller_owner(ctx)])
    return 200, {"owner": None if row is None else _owner_data(row)}


@route("updateOwnerProfile")
def owner_update(ctx: Context) -> Result:
    """Update display name, organisation name and/or email (404 if the owner never registered)."""
    did = _caller_owner(ctx)
    if ctx.store.one("SELECT 1 AS x FROM owners WHERE owner_did = ?", [did]) is None:
        raise ApiError(404, "NOT_FOUND", f"{did} is not a registered owner")
    b = ctx.json
    _check_email(b.get("email"))
    columns = {"displayName": "display_name", "organizationName": "organization_name", "email": "email"}
    for name, column in columns.items():
        if name in b:
            ctx.store.execute(f"UPDATE owners SET {column} = ? WHERE owner_did = ?", [b[name], did])
    if "email" in b:
        ctx.store.execute("UPDATE owners SET email_verified = 0 WHERE owner_did = ?", [did])
    ctx.store.execute("UPDATE owners SET updated_ms = ? WHERE owner_did = ?", [ctx.now_ms, did])
    return 200, {"owner": _owner_data(ctx.store.row("SELECT * FROM owners WHERE owner_did = ?", [did]))}


def _owned_dids(ctx: Context) -> list[Row]:
    _caller_owner(ctx)
    return ctx.store.all(
        "SELECT * FROM identities WHERE owner_did = ? AND deleted_at IS NULL ORDER BY did", [ctx.agent]
    )


@route("listOwnedAgents")
def owner_agents(ctx: Context) -> Result:
    """Agents whose owner is the caller; ``addedAt`` is when the claim was approved (else registration)."""
    agents = []
    for r in _owned_dids(ctx):
        decided = ctx.store.scalar(
            "SELECT MAX(decided_ms) FROM claims WHERE agent_did = ? AND owner_did = ? AND status = 'approved'",
            [r["did"], ctx.agent],
        )
        agents.append(
            {
                "agentDID": r["did"],
                "walletAddress": r["wallet_address"],
                "chain": r["chain"],
                "claimType": "individual",
                "addedAt": iso(decided) if decided else str(r["created_at"]),
            }
        )
    return 200, {"agents": agents, "count": len(agents)}


@route("purgeSubject")
def purge_subject(ctx: Context) -> Result:
    """Hard-delete a subject's memories across the caller's agents (and, optionally, their receipts)."""
    subject = ctx.path[0]
    agents = [r["did"] for r in _owned_dids(ctx)]
    marks = ", ".join("?" for _ in agents) or "NULL"
    rows = ctx.store.all(
        f"SELECT agent_did, created_ms FROM memories WHERE subject_id = ? AND agent_did IN ({marks})",
        [subject, *agents],
    )
    receipts = 0
    if ctx.json.get("deleteReceipts") is True:
        for r in {(m["agent_did"], m["created_ms"]) for m in rows}:
            receipts += ctx.store.execute(
                "DELETE FROM receipts WHERE agent_did = ? AND ts_ms = ? AND operation = 'memory.store'",
                list(r),
            )
    deleted = ctx.store.execute(
        f"DELETE FROM memories WHERE subject_id = ? AND agent_did IN ({marks})", [subject, *agents]
    )
    data: dict[str, Any] = {"subjectId": subject, "memoriesDeleted": deleted}
    if ctx.json.get("deleteReceipts") is True:
        data["receiptsDeleted"] = receipts
    return 200, data


# -- wallet sessions --------------------------------------------------------------------------------------


_SESSION: list[Column] = [
    *(
        "sessionId",
        "walletAddress",
        "chain",
        "network",
        ("createdAt", "created_ms"),
        ("expiresAt", "expires_ms"),
    ),
    ("scope", "scope_json", json.loads),
    "amountSpent",
]


def _session_data(row: Row) -> dict[str, Any]:
    return wire_fields(row, _SESSION, ("maxAmount", "agentDID"))


@route("createWalletSession")
def session_create(ctx: Context) -> Result:
    """Create a session after checking the wallet's signature of ``signedMessage``."""
    b = ctx.json
    chain = b["chain"]
    address = _wallet(chain, b.get("walletAddress"))
    if b.get("network") not in _NETWORKS[chain]:
        raise _invalid("network", f"must be one of {', '.join(_NETWORKS[chain])} for chain {chain}")
    agent = b.get("agentDID")
    if agent is not None and agent != ctx.agent:
        raise ApiError(
            403, "FORBIDDEN", "agentDID must be the DID that signs the request", {"field": "agentDID"}
        )
    if not verify_wallet_signature(chain, address, b["signedMessage"], b["signature"]):
        raise ApiError(
            401,
            "UNAUTHENTICATED",
            "signature is not the wallet's signature of signedMessage",
            {"field": "signature"},
        )
    scope = b.get("scope") or ["*"]
    duration = b.get("durationSeconds") or 3600
    session_id = "sess_" + secrets.token_hex(12)
    ctx.store.insert(
        "wallet_sessions",
        {
            "session_id": session_id,
            "creator_did": ctx.agent,
            "wallet_address": address,
            "chain": chain,
            "network": b["network"],
            "scope_json": json.dumps(list(dict.fromkeys(scope))),
            "max_amount": b.get("maxAmount"),
            "amount_spent": "0",
            "agent_did": agent,
            "created_ms": ctx.now_ms,
            "expires_ms": ctx.now_ms + int(duration) * 1000,
        },
    )
    return 201, {"session": _session_data(_session(ctx, session_id, address))}


def _session(ctx: Context, session_id: str, wallet: Any) -> Row:
    row = ctx.store.one(
        "SELECT * FROM wallet_sessions WHERE session_id = ? AND creator_did = ?", [session_id, ctx.agent]
    )
    if row is None or not isinstance(wallet, str) or row["wallet_address"].lower() != wallet.lower():
        raise ApiError(404, "NOT_FOUND", f"no session {session_id} for this wallet")
    return row


@route("getWalletSession")
def session_get(ctx: Context) -> Result:
    """One session of the caller (the ``wallet`` query must name its wallet)."""
    return 200, {"session": _session_data(_session(ctx, ctx.path[0], ctx.query.get("wallet")))}


@route("revokeWalletSession")
def session_revoke(ctx: Context) -> Result:
    """Revoke (delete) a session."""
    row = _session(ctx, ctx.path[0], ctx.query.get("wallet"))
    ctx.store.execute("DELETE FROM wallet_sessions WHERE session_id = ?", [row["session_id"]])
    return 200, {"success": True}


@route("validateWalletSession")
def session_validate(ctx: Context) -> Result:
    """Whether the session is live, allows ``scope`` and has ``amount`` left (both SDKs' field names)."""
    row = _session(ctx, ctx.path[0], ctx.query.get("wallet"))
    b = ctx.json
    scopes = json.loads(row["scope_json"])
    remaining = None
    if row["max_amount"] is not None:
        remaining = max(int(row["max_amount"]) - int(row["amount_spent"]), 0)
    amount = int(b["amount"]) if isinstance(b.get("amount"), str) else 0
    has_budget = remaining is None or amount <= remaining
    reason = None
    if ctx.now_ms >= row["expires_ms"]:
        reason = "session expired"
    elif "scope" in b and "*" not in scopes and b["scope"] not in scopes:
        reason = f"scope {b['scope']} is not allowed by this session"
    elif not has_budget:
        reason = "amount exceeds the session's remaining budget"
    data: dict[str, Any] = {
        "valid": reason is None,
        "sessionId": row["session_id"],
        "hasBudget": has_budget,
        "session": _session_data(row),
    }
    if remaining is not None:
        data["remainingAmount"] = str(remaining)
    if reason is not None:
        data["reason"] = data["error"] = reason
    return 200, data


@route("listWalletSessions")
def session_list(ctx: Context) -> Result:
    """The caller's sessions of a wallet, newest first."""
    rows = ctx.store.all(
        "SELECT * FROM wallet_sessions WHERE creator_did = ? AND lower(wallet_address) = lower(?) "
        "ORDER BY created_ms DESC, session_id",
        [ctx.agent, ctx.path[0]],
    )
    return 200, {"sessions": [_session_data(r) for r in rows]}


# -- facilitators -----------------------------------------------------------------------------------------


@route("listFacilitators")
def facilitators(ctx: Context) -> Result:
    """The sandbox's single facilitator (unsigned)."""
    cdp = {
        "id": "cdp",
        "name": "Coinbase Developer Platform",
        "chains": ["evm", "solana"],
        "networks": [NETWORK, SVM_NETWORK],
        "schemes": ["exact"],
        "priority": 100,
        "healthy": True,
        "payTo": {"evm": {NETWORK: TREASURY}, "solana": {SVM_NETWORK: SVM_TREASURY}},
    }
    return 200, {"facilitators": [cdp], "defaultNetwork": NETWORK, "environment": "testnet"}


# -- extraction -------------------------------------------------------------------------------------------

_PROMPT = (
    "Extract reusable memories from the agent trace below. Answer with a JSON array only; each item is an "
    'object {"type": str, "confidence": number 0-1, "data": object, "reasoning": str, "suggestedMethod": str}.'
)


def _upstream(message: str, reason: str) -> ApiError:
    return ApiError(503, "UPSTREAM_UNAVAILABLE", message, {"field": "llmConfig", "reason": reason})


def _is_loopback(url: str) -> bool:
    try:
        parsed = httpx.URL(url)
    except Exception:
        return False
    if parsed.scheme not in ("http", "https"):
        return False
    host = parsed.host
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _extractions(content: Any) -> list[dict[str, Any]]:
    if not isinstance(content, str):
        raise _upstream("the LLM endpoint's reply has no message content", "bad-reply")
    text = re.sub(r"^```(?:json)?\s*|\s*```$", "", content.strip())
    try:
        parsed = json.loads(text)
    except ValueError:
        raise _upstream("the LLM endpoint did not answer with JSON", "bad-reply") from None
    if isinstance(parsed, dict):
        parsed = parsed.get("extractions")
    if not isinstance(parsed, list):
        raise _upstream("the LLM endpoint did not answer with a list of extractions", "bad-reply")
    out = []
    for item in parsed:
        if not isinstance(item, dict) or not isinstance(item.get("type"), str):
            raise _upstream("an extraction from the LLM endpoint has no type", "bad-reply")
        conf = item.get("confidence", 1.0)
        entry: dict[str, Any] = {
            "type": item["type"],
            "confidence": float(conf)
            if isinstance(conf, int | float) and not isinstance(conf, bool)
            else 1.0,
            "data": item["data"] if isinstance(item.get("data"), dict) else {},
        }
        for key in ("reasoning", "suggestedMethod"):
            if isinstance(item.get(key), str):
                entry[key] = item[key]
        if "evidence" in item:
            entry["evidence"] = item["evidence"]
        out.append(entry)
    return out


@route("extractMemories")
def extract(ctx: Context) -> Result:
    """Call a loopback OpenAI-compatible endpoint; every other LLM is out of reach (see the module doc)."""
    b = ctx.json
    config = b["llmConfig"]
    kind = config.get("type")
    if kind != "endpoint":
        who = config.get("provider") or kind
        raise _upstream(
            f"the sandbox has no internet access and cannot call {who}; use an llmConfig of type 'endpoint' "
            "with an OpenAI-compatible URL on loopback",
            "no-internet",
        )
    url = config["url"]
    if not _is_loopback(url):
        raise _upstream(
            f"the sandbox has no internet access and cannot reach {url}; use a loopback URL", "no-internet"
        )
    if config.get("format", "openai") != "openai":
        raise _upstream("the sandbox only speaks the OpenAI chat-completions format", "unsupported-format")
    trace = b["trace"]
    options = b.get("options") or {}
    task = graph_task(trace)
    prompt = (
        task.prompt if task else trace if isinstance(trace, str) else json.dumps(trace, ensure_ascii=False)
    )
    if isinstance(options.get("contextHint"), str):
        prompt = f"Context: {options['contextHint']}\n\n{prompt}"
    headers = {"Authorization": f"Bearer {config['authToken']}"} if config.get("authToken") else {}
    request = {
        "model": config.get("model") or "default",
        "temperature": 0,
        "messages": [
            {"role": "system", "content": task.system if task else _PROMPT},
            {"role": "user", "content": prompt},
        ],
    }
    started = ctx.now_ms
    try:
        with httpx.Client(timeout=LLM_TIMEOUT_S, trust_env=False) as http:
            reply = http.post(url, json=request, headers=headers)
        reply.raise_for_status()
        doc = reply.json()
    except (httpx.HTTPError, ValueError) as exc:
        raise _upstream(f"the LLM endpoint failed: {type(exc).__name__}: {exc}", "endpoint-failed") from None
    choices = doc.get("choices") if isinstance(doc, dict) else None
    first = choices[0] if isinstance(choices, list) and choices and isinstance(choices[0], dict) else {}
    message = first.get("message")
    read = task.extractions if task else _extractions
    items = read(message.get("content") if isinstance(message, dict) else None)
    threshold = options.get("confidenceThreshold")
    if isinstance(threshold, int | float):
        items = [i for i in items if i["confidence"] >= threshold]
    if isinstance(options.get("maxMemories"), int):
        items = items[: options["maxMemories"]]
    data: dict[str, Any] = {
        "extractions": items,
        "metadata": {
            "extractionTime": max(int(time.time() * 1000) - started, 0),
            "llmProvider": "endpoint",
            "llmModel": str((doc.get("model") if isinstance(doc, dict) else None) or request["model"]),
            "totalExtractions": len(items),
            "storedCount": 0,
        },
    }
    if ctx.receipt_id is not None:
        data["metadata"]["paymentReceiptId"] = ctx.receipt_id
    if options.get("autoStore") is True:
        data["stored"] = []
        data["warnings"] = [
            "autoStore is not performed by the sandbox: memories are encrypted client-side with a key "
            "the server does not hold"
        ]
    return 200, data
