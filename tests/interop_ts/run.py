"""Drive a built official TypeScript SDK through every method of every service against the sandbox.

Usage: ``XACHE_TS_SDK=/path/to/sdks/typescript python tests/interop_ts/run.py`` (or ``make interop-ts``).
``XACHE_TS_SDK`` is a directory with the SDK's ``package.json``, a built ``dist/`` (``index.js`` and
``index.d.mts``) and its ``node_modules``; ``node`` (v18 or later) must be on ``PATH``. Nothing is fetched.

For each agent family (EVM, then Solana) a fresh sandbox is served on loopback and ``drive.mjs`` runs once
as a new agent of that family, with an owner of the other family, a registered peer agent and a spare agent
to delete (all made with the sandbox's own test-identity helpers). The SDK pays on the sandbox's chain: its
Solana RPC is set through ``SOLANA_DEVNET_RPC_URL`` / ``SOLANA_RPC_URL``; see ``drive.mjs`` for the EVM
pre-flight and wallet RPCs, which the SDK hard-codes. The ``endpoint`` LLM configurations call a small
OpenAI-compatible server on loopback (below) that answers every prompt with a fixed, valid reply; an LLM
is the user's own service, not part of Xache, and the sandbox calls it as the real server would.

Every call is counted as accepted (resolved, and its value has what the SDK's types promise) or not. A
call that fails must be listed in :data:`KNOWN` with the reason, or the run fails; so does a listed call
that now succeeds, a public method that was not driven, and a balance that did not go down by exactly the
receipts' prices. Exit status 0 only when all of that holds.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any, Literal

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from xache_ext.contract import all_operations, match_operation
from xache_ext.sandbox.chain import DEFAULT_FUNDING, EVM_TREASURY, SVM_TREASURY
from xache_ext.sandbox.server import Sandbox, TestIdentity, run_sandbox, serve, unregistered_identity

HERE = Path(__file__).resolve().parent
DRIVER = HERE / "drive.mjs"
NODE_TIMEOUT_S = 600
#: Calls that delete the receipts of the payments they make (so the receipts no longer add up to the spend).
DELETES_ITS_RECEIPTS = {"owner.purgeSubject [with receipts]"}

_NO_INTERNET = (
    "needs the internet: the server calls the LLM provider itself; the sandbox has no internet access and "
    "answers 503 UPSTREAM_UNAVAILABLE (only an 'endpoint' LLM on loopback is reachable)"
)
_AUTO_CONTRIBUTE = (
    "official SDK bug: AutoContributeService.contribute sends encryptedContentRef: '' "
    "(src/services/AutoContributeService.ts:269), which CollectiveService.validateContributeRequest rejects "
    "before any request (src/services/CollectiveService.ts:158); the error is swallowed "
    "(AutoContributeService.ts:178 in evaluate, :207 in processDelayed) and nothing is contributed"
)
_TOTAL_SPENDING = (
    "official SDK bug: ReceiptService.getTotalSpending calls this.list({ limit: 1000 }) "
    "(src/services/ReceiptService.ts:153), which its own validateListOptions refuses (limit 1-100, line 164) "
    "before any request"
)

#: Why the sandbox may refuse a payment of a call that then succeeds (the SDK retries with a new payment).
PAYMENT_REFUSALS = {
    "payment transaction already used": (
        "official SDK weakness: two Solana payments of the same amount under the same blockhash (one slot, "
        "400 ms) are byte-identical transactions (src/payment/SolanaPaymentHandler.ts:246-290 adds nothing "
        "unique), so the second is a duplicate, refused as the chain would drop it; the SDK's retry, a second "
        "later under a new blockhash, pays"
    ),
}

#: The official SDK release whose failures :data:`KNOWN` lists.
KNOWN_FOR = "5.13.0"
#: Calls that are expected to fail, per agent family ("*" for both), with the reason.
KNOWN: dict[str, dict[str, str]] = {
    "*": {
        "extraction.extractWithAnthropic": _NO_INTERNET,
        "extraction.extractWithOpenAI": _NO_INTERNET,
        "extraction.extractWithXacheLLM": _NO_INTERNET,
        "autoContribute.evaluate": _AUTO_CONTRIBUTE,
        "autoContribute.processDelayed": _AUTO_CONTRIBUTE,
        "receipts.getTotalSpending": _TOTAL_SPENDING,
    },
    "evm": {},
    "sol": {},
}


# -- the loopback LLM --------------------------------------------------------------------------------------

_GRAPH = {
    "entities": [
        {"name": "Bob", "type": "person", "summary": "a designer", "confidence": 0.9},
        {"name": "Acme", "type": "organization", "summary": "a company", "confidence": 0.9},
    ],
    "relationships": [
        {"from": "Bob", "to": "Acme", "type": "works_at", "description": "joined", "confidence": 0.9}
    ],
}
_ANSWER = {"answer": "Alice works at Acme.", "confidence": 0.9}
_EXTRACTIONS = [
    {
        "type": "DOMAIN_HEURISTIC",
        "confidence": 0.92,
        "data": {"domain": "devops", "pattern": "pin dependency versions"},
        "reasoning": "two outages were avoided",
        "suggestedMethod": "rememberHeuristic",
    }
]


async def _chat_completions(request: Request) -> JSONResponse:
    doc = await request.json()
    system = next((m["content"] for m in doc.get("messages", []) if m.get("role") == "system"), "")
    if "knowledge graph" in system and system.startswith("Extract"):
        reply: Any = _GRAPH
    elif system.startswith("Answer the question"):
        reply = _ANSWER
    else:
        reply = _EXTRACTIONS
    message = {"role": "assistant", "content": json.dumps(reply)}
    return JSONResponse(
        {
            "id": "chatcmpl-interop",
            "object": "chat.completion",
            "model": doc.get("model", "interop"),
            "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        }
    )


LLM_APP = Starlette(routes=[Route("/v1/chat/completions", _chat_completions, methods=["POST"])])


# -- one run -----------------------------------------------------------------------------------------------


def _ident(ident: TestIdentity) -> dict[str, str]:
    return {"did": ident.did, "private_key": ident.private_key, "address": ident.address}


def _paid_micro(sandbox: Sandbox, did: str) -> int:
    total = sandbox.store.scalar(
        "SELECT COALESCE(SUM(amount_micro), 0) FROM receipts WHERE agent_did = ?", [did]
    )
    return int(total or 0)


Family = Literal["evm", "sol"]


def drive(sdk: Path, family: Family, llm_url: str, workdir: Path) -> dict[str, Any]:
    """One run of the driver as a new agent of ``family`` on a fresh sandbox (the owner of the other family)."""
    other: Family = "sol" if family == "evm" else "evm"
    with run_sandbox(db=str(workdir / f"sandbox-{family}.db")) as sandbox:
        agent = unregistered_identity(family)
        idents = {
            "agent": agent,  # registered by the SDK's identity.register
            "owner": unregistered_identity(other),  # registered by the SDK's owner.register
            "peer": sandbox.new_identity(family),  # claimed on-chain by the owner
            "spare": sandbox.new_identity(family),  # deleted at the end
        }
        out = workdir / f"results-{family}.json"
        config = {
            "apiUrl": sandbox.url,
            "rpcUrls": sandbox.rpc_urls,
            "llmUrl": f"{llm_url}/v1/chat/completions",
            "identities": {k: _ident(v) for k, v in idents.items()},
            "out": str(out),
        }
        config_path = workdir / f"config-{family}.json"
        config_path.write_text(json.dumps(config))
        env = {
            "PATH": os.environ.get("PATH", ""),
            "HOME": str(workdir),
            "XACHE_TS_SDK": str(sdk),
            "XACHE_DRIVE_CONFIG": str(config_path),
            "SOLANA_DEVNET_RPC_URL": sandbox.rpc_urls["solana-devnet"],
            "SOLANA_RPC_URL": sandbox.rpc_urls["solana"],
            "NO_PROXY": "*",
        }
        proc = subprocess.run(
            ["node", str(DRIVER)],
            env=env,
            cwd=workdir,
            capture_output=True,
            text=True,
            timeout=NODE_TIMEOUT_S,
        )
        if proc.returncode != 0 or not out.exists():
            raise RuntimeError(f"the driver failed (exit {proc.returncode}):\n{proc.stderr[-4000:]}")
        result: dict[str, Any] = json.loads(out.read_text())
        network = "base-sepolia" if family == "evm" else "solana-devnet"
        result["balance"] = {
            "network": network,
            "start": DEFAULT_FUNDING,
            "end": sandbox.chain.balance(network, agent.address),
            "treasury": sandbox.chain.balance(network, EVM_TREASURY if family == "evm" else SVM_TREASURY),
            "receipts_micro": _paid_micro(sandbox, agent.did),
        }
        result["stderr"] = proc.stderr
        keep = os.environ.get("XACHE_INTEROP_OUT")
        if keep:  # a directory to keep every call's record in (results-<family>.json)
            Path(keep).mkdir(parents=True, exist_ok=True)
            (Path(keep) / out.name).write_text(json.dumps(result, indent=1))
        return result


# -- report ------------------------------------------------------------------------------------------------


def _failures(label: str, calls: list[dict[str, Any]], known: dict[str, str]) -> list[str]:
    problems = []
    for c in calls:
        if c["outcome"] == "ok":
            if c["name"] in known:
                problems.append(
                    f"{label}: {c['name']} is listed as failing but was accepted: drop it from KNOWN"
                )
            continue
        reason = known.get(c["name"])
        print(
            f"   [{'expected' if reason else 'UNEXPECTED'}] {c['name']}: {c['outcome']}: {c.get('error', '')}"
        )
        for line in c["api"]:
            print(f"       {line}")
        if reason:
            print(f"       reason: {reason}")
        else:
            problems.append(f"{label}: {c['name']} {c['outcome']}: {c.get('error', '')}")
    return problems


def _refused_payments(label: str, calls: list[dict[str, Any]]) -> list[str]:
    problems = []
    refusals = Counter(r for c in calls for r in c["paymentsRefused"])
    for why, count in sorted(refusals.items()):
        explained = PAYMENT_REFUSALS.get(why)
        print(f"   payments refused and paid again: {count} x {why!r}")
        if explained:
            print(f"       reason: {explained}")
        else:
            problems.append(f"{label}: {count} payment(s) refused: {why}")
    return problems


def _coverage(label: str, result: dict[str, Any]) -> list[str]:
    problems = [f"{label}: public method {name} was not driven" for name in result["notDriven"]]
    problems += [
        f"{label}: {name} is driven but is no public method of the SDK" for name in result["notPublic"]
    ]
    problems += [
        f"{label}: the client has a service the driver does not know: {n}" for n in result["unknownServices"]
    ]
    if result["internetRefused"]:
        problems.append(f"{label}: tried to reach the internet: {sorted(set(result['internetRefused']))}")
    reached = set()
    for c in result["calls"]:
        for line in c["api"]:
            method, target = line.split(" -> ")[0].split(" ", 1)
            found = match_operation(method, target.split("?", 1)[0])
            if found is None:
                problems.append(f"{label}: {c['name']} sent a request the spec has no operation for: {line}")
            else:
                reached.add(found[0].operation_id)
    missed = sorted(set(all_operations()) - reached)
    print(f"   {len(reached)} of {len(all_operations())} API operations reached")
    if missed:
        problems.append(f"{label}: operations never reached: {', '.join(missed)}")
    for redirect in result["redirectedRpc"]:
        print(f"   redirected: {redirect}")
    return problems


def _spend(label: str, calls: list[dict[str, Any]], bal: dict[str, Any]) -> list[str]:
    spent = bal["start"] - bal["end"]
    settled = sum(c["settled"] for c in calls)
    unreceipted = sum(c["settled"] for c in calls if c["name"] in DELETES_ITS_RECEIPTS)
    print(
        f"   {bal['network']} USDC of the agent: {bal['start']} -> {bal['end']} (spent {spent}); accepted "
        f"payments: {settled}; treasury: +{bal['treasury']}; receipts: {bal['receipts_micro']} "
        f"(+{unreceipted} purged with their receipts)"
    )
    if spent > 0 and spent == settled == bal["treasury"] == bal["receipts_micro"] + unreceipted:
        return []
    return [f"{label}: the spend on {bal['network']} does not add up: {bal}, settled {settled}"]


def report(result: dict[str, Any]) -> list[str]:
    """Print one family's tally; returns the problems that make the run fail."""
    family = result["family"]
    label = "EVM" if family == "evm" else "Solana"
    calls = result["calls"]
    if any(c["settled"] is None for c in calls):
        return [f"{label}: a payment was accepted for a request that was not challenged first"]
    outcomes = Counter(c["outcome"] for c in calls)
    methods = [c for c in calls if " [" not in c["name"]]
    print(
        f"\n== {label} agent {result['agent']} (owner {result['owner']}), official SDK {result['sdkVersion']}"
    )
    print(
        f"   {outcomes['ok']} of {len(calls)} calls accepted and parsed ({len(methods)} public methods once each: "
        f"{sum(c['outcome'] == 'ok' for c in methods)} accepted; {len(calls) - len(methods)} calls with other "
        f"arguments); {sum(c['settled'] > 0 for c in calls)} calls paid"
    )
    if result["sdkVersion"] != KNOWN_FOR:
        print(
            f"   note: KNOWN lists the failures of the official SDK {KNOWN_FOR}, not {result['sdkVersion']}"
        )
    print("   outcomes: " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))
    return (
        _failures(label, calls, {**KNOWN["*"], **KNOWN[family]})
        + _refused_payments(label, calls)
        + _coverage(label, result)
        + _spend(label, calls, result["balance"])
    )


def main() -> int:
    """Run both families and print the tally; exit 0 only if every failure is a listed one."""
    value = os.environ.get("XACHE_TS_SDK")
    if not value:
        print(
            "XACHE_TS_SDK is not set: point it at a built official TypeScript SDK (see tests/interop_ts/run.py)"
        )
        return 2
    sdk = Path(value).resolve()
    missing = [p for p in ("package.json", "dist/index.d.mts", "node_modules") if not (sdk / p).exists()]
    if not any((sdk / "dist" / f).exists() for f in ("index.js", "index.cjs")):
        missing.append("dist/index.js")
    if missing:
        print(f"XACHE_TS_SDK={sdk} is not a built TypeScript SDK (missing {', '.join(missing)})")
        return 2
    if shutil.which("node") is None:
        print("node is not on PATH")
        return 2
    problems: list[str] = []
    with (
        tempfile.TemporaryDirectory(prefix="xache-interop-ts-") as tmp,
        serve(LLM_APP, name="interop-llm") as llm,
    ):
        families: tuple[Family, ...] = ("evm", "sol")
        for family in families:
            problems += report(drive(sdk, family, llm, Path(tmp)))
    print()
    if problems:
        print("FAILED:")
        for p in problems:
            print("  - " + p)
        return 1
    print("OK: every call was accepted and parsed, except the listed ones")
    return 0


if __name__ == "__main__":
    sys.exit(main())
