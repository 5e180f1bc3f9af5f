"""The sandbox's chain stand-in: a ledger of test USDC and the JSON-RPC that clients read it through.

Served at ``/rpc/<network>`` on the sandbox's own address for ``base``, ``base-sepolia``, ``solana`` and
``solana-devnet``. Every identity registered in the sandbox is funded with :data:`DEFAULT_FUNDING` USDC on both
networks of its family (EVM identities on Base, Solana identities on Solana) the first time the chain looks;
settled payments move USDC from the payer to the sandbox's treasury. Balances live in the sandbox's store.

EVM methods: ``eth_chainId``, ``net_version``, ``eth_blockNumber``, ``eth_getBalance``, ``web3_clientVersion``
and ``eth_call`` on the USDC contract (``balanceOf``, ``authorizationState``, ``decimals``). Solana methods:
``getLatestBlockhash``, ``isBlockhashValid``, ``getAccountInfo``, ``getMultipleAccounts``, ``getBalance``,
``getTokenAccountBalance``, ``getTokenAccountsByOwner``, ``getMinimumBalanceForRentExemption``, ``getSlot``,
``getBlockHeight``, ``getHealth``, ``getVersion``, ``getGenesisHash``. Batches are answered as batches.

Blockhashes are derived from the sandbox clock (one slot per 400 ms, as on Solana) and a per-store secret; a
blockhash is recent for :data:`BLOCKHASH_VALIDITY_SLOTS` slots, like a real one.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from nacl.bindings import crypto_sign_seed_keypair
from starlette.requests import Request
from starlette.responses import Response

from ..chain import svm
from ..crypto.base58 import b58decode, b58encode
from ..crypto.evm import to_checksum_address
from ..payments.networks import NETWORKS, Network
from .store import Store, add_schema

__all__ = [
    "BLOCKHASH_VALIDITY_SLOTS",
    "DEFAULT_FUNDING",
    "EVM_TREASURY",
    "RPC_NETWORKS",
    "SLOT_MS",
    "SVM_FEE_PAYER",
    "SVM_TREASURY",
    "Chain",
    "InsufficientBalance",
]

#: Test USDC (atomic units) every registered identity starts with on each network of its family: $100, the
#: default monthly budget.
DEFAULT_FUNDING = 100_000_000
SLOT_MS = 400
#: How many slots a blockhash stays usable (Solana: 150 blocks).
BLOCKHASH_VALIDITY_SLOTS = 150
RPC_NETWORKS = ("base", "base-sepolia", "solana", "solana-devnet")
EVM_TREASURY = to_checksum_address("0x" + hashlib.sha256(b"xache-sandbox-treasury").hexdigest()[:40])


def _sandbox_pubkey(label: bytes) -> str:
    return b58encode(crypto_sign_seed_keypair(hashlib.sha256(label).digest())[0])


#: The sandbox's Solana ``payTo`` (its USDC token accounts exist on both Solana networks).
SVM_TREASURY = _sandbox_pubkey(b"xache-sandbox-svm-treasury")
#: The facilitator's fee payer offered in ``extra.feePayer``.
SVM_FEE_PAYER = _sandbox_pubkey(b"xache-sandbox-svm-fee-payer")
FEE_PAYER_LAMPORTS = 5_000_000_000
_GENESIS = {
    "solana": "5eykt4UsFv8P8NJdTREpY1vzqKqZKvdpKuc147dw2N9d",
    "solana-devnet": "EtWTRABZaYq6iMfeYKouRu166VU2xqa1wcaWoxPkrZBG",
}
_MAX_EPOCH = 18446744073709551615

add_schema(
    """
CREATE TABLE IF NOT EXISTS chain_accounts (
    network TEXT NOT NULL, address TEXT NOT NULL, owner TEXT NOT NULL, mint TEXT NOT NULL,
    amount INTEGER NOT NULL, PRIMARY KEY (network, address));
CREATE INDEX IF NOT EXISTS chain_accounts_owner ON chain_accounts (network, owner);
"""
)


class InsufficientBalance(Exception):
    """A transfer larger than the payer's balance."""


class _RpcError(Exception):
    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _rent(space: int) -> int:
    return (128 + space) * 6960


def _ui(amount: int, decimals: int) -> tuple[float, str]:
    value = Decimal(amount) / (10**decimals)
    return float(value), format(value.normalize(), "f")


class Chain:
    """The test ledger of one sandbox and its JSON-RPC endpoint (``await chain.asgi(request)``)."""

    def __init__(self, store: Store, clock: Callable[[], float]) -> None:
        self.store = store
        self.clock = clock
        self._funded_rowid = 0
        secret = store.get_setting("chain_secret")
        if secret is None:
            secret = secrets.token_hex(16)
            store.set_setting("chain_secret", secret)
        self._secret = bytes.fromhex(secret)
        for network in ("solana", "solana-devnet"):
            mint = NETWORKS[network].usdc
            self._open(network, svm.associated_token_address(SVM_TREASURY, mint), SVM_TREASURY, mint, 0)
        for network in ("base", "base-sepolia"):
            self._open(network, EVM_TREASURY.lower(), EVM_TREASURY.lower(), NETWORKS[network].usdc.lower(), 0)

    # -- ledger --------------------------------------------------------------------------------------------

    def _open(self, network: str, address: str, owner: str, mint: str, amount: int) -> None:
        self.store.execute(
            "INSERT OR IGNORE INTO chain_accounts (network, address, owner, mint, amount) VALUES (?, ?, ?, ?, ?)",
            [network, address, owner, mint, amount],
        )

    def sync(self) -> None:
        """Fund the identities registered since the last look (each once, on both networks of its family).

        Lock-free on purpose (it runs inside request transactions, which hold the store's lock): opening an
        account is ``INSERT OR IGNORE``, so two overlapping syncs fund nobody twice.
        """
        rows = self.store.all(
            "SELECT rowid AS r, wallet_address, key_type FROM identities WHERE rowid > ? ORDER BY rowid",
            [self._funded_rowid],
        )
        for row in rows:
            wallet = str(row["wallet_address"])
            if row["key_type"] == "evm":
                for network in ("base", "base-sepolia"):
                    owner = wallet.lower()
                    self._open(network, owner, owner, NETWORKS[network].usdc.lower(), DEFAULT_FUNDING)
            else:
                for network in ("solana", "solana-devnet"):
                    mint = NETWORKS[network].usdc
                    try:
                        ata = svm.associated_token_address(wallet, mint)
                    except ValueError:
                        continue
                    self._open(network, ata, wallet, mint, DEFAULT_FUNDING)
            self._funded_rowid = max(self._funded_rowid, int(row["r"]))

    def token_account(self, network: str, owner: str) -> str:
        """The address holding ``owner``'s USDC on ``network`` (its associated token account on Solana)."""
        info = NETWORKS[network]
        if info.family == "evm":
            return owner.lower()
        return svm.associated_token_address(owner, info.usdc)

    def balance(self, network: str, owner: str) -> int:
        """``owner``'s USDC on ``network`` in atomic units (0 without an account, or for a foreign address)."""
        self.sync()
        try:
            address = self.token_account(network, owner)
        except ValueError:
            return 0
        value = self.store.scalar(
            "SELECT amount FROM chain_accounts WHERE network = ? AND address = ?", [network, address]
        )
        return int(value or 0)

    def account_exists(self, network: str, address: str) -> bool:
        """Whether a token account (Solana) or funded address (EVM) exists."""
        self.sync()
        key = address.lower() if NETWORKS[network].family == "evm" else address
        return bool(
            self.store.scalar(
                "SELECT 1 FROM chain_accounts WHERE network = ? AND address = ?", [network, key]
            )
        )

    def set_balance(self, network: str, owner: str, amount: int) -> None:
        """Set ``owner``'s USDC on ``network`` (opening the account if needed): a test's faucet."""
        self.sync()
        info = NETWORKS[network]
        address = self.token_account(network, owner)
        mint = info.usdc.lower() if info.family == "evm" else info.usdc
        holder = owner.lower() if info.family == "evm" else owner
        self._open(network, address, holder, mint, amount)
        self.store.execute(
            "UPDATE chain_accounts SET amount = ? WHERE network = ? AND address = ?",
            [amount, network, address],
        )

    def transfer(self, network: str, source: str, destination: str, amount: int) -> None:
        """Move ``amount`` between two token accounts; :class:`InsufficientBalance` if the source is short.

        Run it inside the caller's store transaction, so that it is undone with the rest on failure.
        """
        self.sync()
        changed = self.store.execute(
            "UPDATE chain_accounts SET amount = amount - ? WHERE network = ? AND address = ? AND amount >= ?",
            [amount, network, source, amount],
        )
        if changed != 1:
            raise InsufficientBalance(f"insufficient USDC in {source} on {network}")
        credited = self.store.execute(
            "UPDATE chain_accounts SET amount = amount + ? WHERE network = ? AND address = ?",
            [amount, network, destination],
        )
        if credited != 1:
            raise InsufficientBalance(f"no token account {destination} on {network}")

    # -- blockhashes ---------------------------------------------------------------------------------------

    def slot(self) -> int:
        """The current slot of the sandbox clock."""
        return int(self.clock() * 1000) // SLOT_MS

    def _blockhash(self, network: str, slot: int) -> bytes:
        seed = b"xache-sandbox/blockhash/" + self._secret + network.encode() + slot.to_bytes(8, "big")
        return hashlib.sha256(seed).digest()

    def blockhash(self, network: str, slot: int) -> str:
        """The blockhash of ``slot`` on ``network``."""
        return b58encode(self._blockhash(network, slot))

    def blockhash_is_recent(self, network: str, blockhash: str) -> bool:
        """Whether ``blockhash`` was the latest one at most :data:`BLOCKHASH_VALIDITY_SLOTS` slots ago
        (or is the next slot's, for a clock a little ahead)."""
        try:
            raw = b58decode(blockhash)
        except ValueError:
            return False
        now = self.slot()
        slots = range(now + 1, now - BLOCKHASH_VALIDITY_SLOTS - 1, -1)
        return len(raw) == 32 and any(self._blockhash(network, s) == raw for s in slots)

    # -- JSON-RPC ------------------------------------------------------------------------------------------

    async def asgi(self, request: Request) -> Response:
        """Answer a JSON-RPC POST to ``/rpc/<network>``."""
        network = request.url.path.rstrip("/").rsplit("/", 1)[-1]
        if network not in RPC_NETWORKS or request.url.path.rstrip("/") != f"/rpc/{network}":
            return self._reply(
                404, {"jsonrpc": "2.0", "id": None, "error": {"code": -32601, "message": "unknown network"}}
            )
        if request.method != "POST":
            return Response(status_code=405, headers={"Allow": "POST"})
        try:
            body = json.loads(await request.body())
        except (ValueError, UnicodeDecodeError):
            return self._reply(
                200, {"jsonrpc": "2.0", "id": None, "error": {"code": -32700, "message": "Parse error"}}
            )
        if isinstance(body, list):
            if not body:
                return self._reply(
                    200, {"jsonrpc": "2.0", "id": None, "error": {"code": -32600, "message": "empty batch"}}
                )
            return self._reply(200, [self._one(NETWORKS[network], entry) for entry in body])
        return self._reply(200, self._one(NETWORKS[network], body))

    @staticmethod
    def _reply(status: int, doc: Any) -> Response:
        return Response(
            json.dumps(doc, separators=(",", ":")), status_code=status, media_type="application/json"
        )

    def _one(self, network: Network, entry: Any) -> dict[str, Any]:
        if not isinstance(entry, dict) or not isinstance(entry.get("method"), str):
            return {"jsonrpc": "2.0", "id": None, "error": {"code": -32600, "message": "Invalid request"}}
        ident = entry.get("id")
        params = entry.get("params", [])
        if not isinstance(params, list):
            params = [params]
        table = self._EVM if network.family == "evm" else self._SVM
        handler = table.get(entry["method"])
        if handler is None:
            return {"jsonrpc": "2.0", "id": ident, "error": {"code": -32601, "message": "Method not found"}}
        try:
            result = handler(self, network, params)
        except _RpcError as exc:
            return {"jsonrpc": "2.0", "id": ident, "error": {"code": exc.code, "message": exc.message}}
        except (ValueError, TypeError, KeyError, IndexError) as exc:
            return {
                "jsonrpc": "2.0",
                "id": ident,
                "error": {"code": -32602, "message": f"Invalid params: {exc}"},
            }
        return {"jsonrpc": "2.0", "id": ident, "result": result}

    # -- EVM -----------------------------------------------------------------------------------------------

    def _eth_chain_id(self, network: Network, params: list[Any]) -> str:
        return hex(network.chain_id or 0)

    def _net_version(self, network: Network, params: list[Any]) -> str:
        return str(network.chain_id or 0)

    def _eth_block_number(self, network: Network, params: list[Any]) -> str:
        return hex(int(self.clock()) // 2)

    def _eth_get_balance(self, network: Network, params: list[Any]) -> str:
        return "0x0"

    def _client_version(self, network: Network, params: list[Any]) -> str:
        return "xache-sandbox"

    def _eth_call(self, network: Network, params: list[Any]) -> str:
        call = params[0]
        to, data = str(call.get("to") or "").lower(), str(call.get("data") or call.get("input") or "").lower()
        if to != network.usdc.lower():
            return "0x"
        selector, args = data[:10], data[10:]

        def address(word: int) -> str:
            chunk = args[64 * word : 64 * word + 64]
            if len(chunk) != 64 or chunk[:24] != "0" * 24:
                raise _RpcError(3, "execution reverted: bad address argument")
            return "0x" + chunk[24:]

        if selector == "0x70a08231":  # balanceOf(address)
            value = self.balance(network.name, address(0))
        elif selector == "0xe94a0102":  # authorizationState(address,bytes32)
            nonce = "0x" + args[64:128]
            if len(nonce) != 66:
                raise _RpcError(3, "execution reverted: bad nonce argument")
            used = self.store.scalar(
                "SELECT 1 FROM used_nonces WHERE nonce = ? AND lower(from_address) = ?", [nonce, address(0)]
            )
            value = 1 if used else 0
        elif selector == "0x313ce567":  # decimals()
            value = network.usdc_decimals
        else:
            raise _RpcError(3, "execution reverted")
        return "0x" + value.to_bytes(32, "big").hex()

    _EVM: Mapping[str, Callable[[Chain, Network, list[Any]], Any]] = {
        "eth_chainId": _eth_chain_id,
        "net_version": _net_version,
        "eth_blockNumber": _eth_block_number,
        "eth_getBalance": _eth_get_balance,
        "web3_clientVersion": _client_version,
        "eth_call": _eth_call,
    }

    # -- Solana --------------------------------------------------------------------------------------------

    def _context(self) -> dict[str, Any]:
        return {"slot": self.slot(), "apiVersion": "2.0.0"}

    def _account_doc(self, network: Network, address: str, encoding: str) -> dict[str, Any] | None:
        svm.decode_pubkey(address)
        parsed: dict[str, Any] | None = None
        if address == network.usdc:
            data = svm.pack_mint(network.usdc_decimals, 10**15)
            owner, lamports = svm.TOKEN_PROGRAM, _rent(svm.MINT_SIZE)
            parsed = {
                "program": "spl-token",
                "parsed": {
                    "info": {
                        "decimals": network.usdc_decimals,
                        "freezeAuthority": None,
                        "isInitialized": True,
                        "mintAuthority": None,
                        "supply": str(10**15),
                    },
                    "type": "mint",
                },
                "space": svm.MINT_SIZE,
            }
        elif address == SVM_FEE_PAYER:
            data, owner, lamports = b"", svm.SYSTEM_PROGRAM, FEE_PAYER_LAMPORTS
        else:
            row = self.store.one(
                "SELECT owner, mint, amount FROM chain_accounts WHERE network = ? AND address = ?",
                [network.name, address],
            )
            if row is None:
                return None
            amount = int(row["amount"])
            data = svm.pack_token_account(str(row["mint"]), str(row["owner"]), amount)
            owner, lamports = svm.TOKEN_PROGRAM, _rent(svm.TOKEN_ACCOUNT_SIZE)
            parsed = {
                "program": "spl-token",
                "parsed": {
                    "info": {
                        "isNative": False,
                        "mint": row["mint"],
                        "owner": row["owner"],
                        "state": "initialized",
                        "tokenAmount": self._token_amount(network, amount),
                    },
                    "type": "account",
                },
                "space": svm.TOKEN_ACCOUNT_SIZE,
            }
        if encoding == "jsonParsed" and parsed is not None:
            encoded: Any = parsed
        elif encoding in ("base64", "jsonParsed"):
            encoded = [base64.b64encode(data).decode("ascii"), "base64"]
        elif encoding == "base58":
            encoded = [b58encode(data), "base58"]
        else:
            raise _RpcError(-32602, f"Invalid params: unsupported encoding {encoding!r}")
        return {
            "data": encoded,
            "executable": False,
            "lamports": lamports,
            "owner": owner,
            "rentEpoch": _MAX_EPOCH,
            "space": len(data),
        }

    @staticmethod
    def _token_amount(network: Network, amount: int) -> dict[str, Any]:
        ui, text = _ui(amount, network.usdc_decimals)
        return {
            "amount": str(amount),
            "decimals": network.usdc_decimals,
            "uiAmount": ui,
            "uiAmountString": text,
        }

    @staticmethod
    def _config(params: list[Any], index: int) -> dict[str, Any]:
        config = params[index] if len(params) > index else {}
        return config if isinstance(config, dict) else {}

    def _get_latest_blockhash(self, network: Network, params: list[Any]) -> dict[str, Any]:
        slot = self.slot()
        value = {
            "blockhash": self.blockhash(network.name, slot),
            "lastValidBlockHeight": slot + BLOCKHASH_VALIDITY_SLOTS,
        }
        return {"context": self._context(), "value": value}

    def _is_blockhash_valid(self, network: Network, params: list[Any]) -> dict[str, Any]:
        return {"context": self._context(), "value": self.blockhash_is_recent(network.name, str(params[0]))}

    def _get_account_info(self, network: Network, params: list[Any]) -> dict[str, Any]:
        self.sync()
        encoding = str(self._config(params, 1).get("encoding", "base58"))
        return {"context": self._context(), "value": self._account_doc(network, str(params[0]), encoding)}

    def _get_multiple_accounts(self, network: Network, params: list[Any]) -> dict[str, Any]:
        self.sync()
        addresses = params[0]
        if not isinstance(addresses, list) or len(addresses) > 100:
            raise _RpcError(-32602, "Invalid params: expected at most 100 addresses")
        encoding = str(self._config(params, 1).get("encoding", "base58"))
        return {
            "context": self._context(),
            "value": [self._account_doc(network, str(a), encoding) for a in addresses],
        }

    def _get_balance(self, network: Network, params: list[Any]) -> dict[str, Any]:
        self.sync()
        doc = self._account_doc(network, str(params[0]), "base64")
        return {"context": self._context(), "value": 0 if doc is None else doc["lamports"]}

    def _get_token_account_balance(self, network: Network, params: list[Any]) -> dict[str, Any]:
        self.sync()
        address = str(params[0])
        svm.decode_pubkey(address)
        amount = self.store.scalar(
            "SELECT amount FROM chain_accounts WHERE network = ? AND address = ?", [network.name, address]
        )
        if amount is None:
            raise _RpcError(-32602, "Invalid param: could not find account")
        return {"context": self._context(), "value": self._token_amount(network, int(amount))}

    def _get_token_accounts_by_owner(self, network: Network, params: list[Any]) -> dict[str, Any]:
        self.sync()
        owner, flt = str(params[0]), params[1]
        svm.decode_pubkey(owner)
        if not isinstance(flt, dict) or len(flt) != 1 or not ({"mint", "programId"} & set(flt)):
            raise _RpcError(-32602, "Invalid params: filter must be {mint} or {programId}")
        if "programId" in flt and flt["programId"] not in (svm.TOKEN_PROGRAM, svm.TOKEN_2022_PROGRAM):
            raise _RpcError(-32602, "Invalid param: unrecognized Token program id")
        rows = self.store.all(
            "SELECT address, mint FROM chain_accounts WHERE network = ? AND owner = ? ORDER BY address",
            [network.name, owner],
        )
        if "mint" in flt:
            rows = [r for r in rows if r["mint"] == flt["mint"]]
        elif flt["programId"] != svm.TOKEN_PROGRAM:
            rows = []
        encoding = str(self._config(params, 2).get("encoding", "base58"))
        value = [
            {"pubkey": r["address"], "account": self._account_doc(network, str(r["address"]), encoding)}
            for r in rows
        ]
        return {"context": self._context(), "value": value}

    def _get_rent(self, network: Network, params: list[Any]) -> int:
        return _rent(int(params[0]))

    def _get_slot(self, network: Network, params: list[Any]) -> int:
        return self.slot()

    def _get_health(self, network: Network, params: list[Any]) -> str:
        return "ok"

    def _get_version(self, network: Network, params: list[Any]) -> dict[str, Any]:
        return {"solana-core": "2.0.0", "feature-set": 0}

    def _get_genesis_hash(self, network: Network, params: list[Any]) -> str:
        return _GENESIS[network.name]

    _SVM: Mapping[str, Callable[[Chain, Network, list[Any]], Any]] = {
        "getLatestBlockhash": _get_latest_blockhash,
        "isBlockhashValid": _is_blockhash_valid,
        "getAccountInfo": _get_account_info,
        "getMultipleAccounts": _get_multiple_accounts,
        "getBalance": _get_balance,
        "getTokenAccountBalance": _get_token_account_balance,
        "getTokenAccountsByOwner": _get_token_accounts_by_owner,
        "getMinimumBalanceForRentExemption": _get_rent,
        "getSlot": _get_slot,
        "getBlockHeight": _get_slot,
        "getHealth": _get_health,
        "getVersion": _get_version,
        "getGenesisHash": _get_genesis_hash,
    }
