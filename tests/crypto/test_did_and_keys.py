"""DID parsing, key validation, key/DID mismatch, no key material in errors or reprs, EIP-712, signers."""

from __future__ import annotations

import pickle
from typing import Any, Literal

import pytest
from vectors import load_vectors

from xache_ext.crypto.did import DID, parse_did
from xache_ext.crypto.eip712 import hash_typed_data
from xache_ext.crypto.evm import keccak256, private_key_to_address, recover_address, to_checksum_address
from xache_ext.crypto.signers import (
    EthAccountSigner,
    EvmPrivateKeySigner,
    EvmSigner,
    SolanaPrivateKeySigner,
    SolanaSigner,
    sign_typed_data,
    signer_chain,
    signer_from_private_key,
)
from xache_ext.crypto.signing import sign_request
from xache_ext.crypto.subject import derive_entity_key, derive_subject_id, is_subject_id
from xache_ext.errors import InvalidDIDError, InvalidKeyError, KeyMismatchError, XacheInputError

EVM_KEY = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
EVM_DID = "did:agent:evm:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
OTHER_EVM_DID = "did:agent:evm:0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
SOL_SEED = "01" + "00" * 31
SOL_DID = "did:agent:sol:EvFUfisEScFuZSqDXagC17m3bpP32B74dseMHtzQ5TNb"
SOL_SECRET = next(c["private_key_hex"] for c in load_vectors("signing") if len(c["private_key_hex"]) == 128)
SOL_SECRET_DID = next(c["did"] for c in load_vectors("signing") if len(c["private_key_hex"]) == 128)


@pytest.mark.parametrize(
    ("text", "role", "chain"),
    [
        (EVM_DID, "agent", "evm"),
        ("did:owner:evm:0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", "owner", "evm"),
        (SOL_DID, "agent", "sol"),
        ("did:owner:sol:" + "1" * 32, "owner", "sol"),
        ("did:agent:sol:" + "z" * 44, "agent", "sol"),
    ],
)
def test_valid_dids(text: str, role: str, chain: str) -> None:
    did = parse_did(text)
    assert (did.role, did.chain) == (role, chain)
    assert str(did) == text
    assert did.address == text.split(":")[3]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "4 colon-separated parts"),
        ("did:agent:evm", "4 colon-separated parts"),
        (EVM_DID + ":extra", "4 colon-separated parts"),
        ("DID:agent:evm:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "start with 'did:'"),
        ("did:user:evm:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "role"),
        ("did:agent:eth:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "chain"),
        ("did:agent:solana:EvFUfisEScFuZSqDXagC17m3bpP32B74dseMHtzQ5TNb", "chain"),
        ("did:agent:evm:f39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "EVM address"),
        ("did:agent:evm:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb9226", "EVM address"),
        ("did:agent:evm:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb9226g", "EVM address"),
        (EVM_DID + "\n", "EVM address"),
        ("did:agent:sol:" + "1" * 31, "Solana address"),
        ("did:agent:sol:" + "1" * 45, "Solana address"),
        ("did:agent:sol:0vFUfisEScFuZSqDXagC17m3bpP32B74dseMHtzQ5TNb", "Solana address"),
        ("did:agent:sol:OvFUfisEScFuZSqDXagC17m3bpP32B74dseMHtzQ5TNb", "Solana address"),
        ("did:agent:sol:IvFUfisEScFuZSqDXagC17m3bpP32B74dseMHtzQ5TNb", "Solana address"),
        ("did:agent:sol:lvFUfisEScFuZSqDXagC17m3bpP32B74dseMHtzQ5TNb", "Solana address"),
    ],
)
def test_invalid_dids(text: str, fragment: str) -> None:
    with pytest.raises(InvalidDIDError, match=fragment) as info:
        parse_did(text)
    assert isinstance(info.value, XacheInputError) and isinstance(info.value, ValueError)


def test_matches_address() -> None:
    did = parse_did(EVM_DID)
    assert did.matches_address(did.address.lower())
    assert did.matches_address(did.address.upper().replace("0X", "0x"))
    sol = parse_did(SOL_DID)
    assert sol.matches_address(sol.address)
    assert not sol.matches_address(sol.address.lower())


def test_signer_from_private_key_accepts_matching_keys() -> None:
    evm = signer_from_private_key(parse_did(EVM_DID), EVM_KEY)
    assert isinstance(evm, EvmSigner) and not isinstance(evm, SolanaSigner) and signer_chain(evm) == "evm"
    # The key/DID check is case-insensitive for EVM.
    signer_from_private_key(parse_did(EVM_DID.lower()), "0x" + EVM_KEY.upper())
    sol = signer_from_private_key(parse_did(SOL_DID), SOL_SEED)
    assert isinstance(sol, SolanaSigner) and not isinstance(sol, EvmSigner) and signer_chain(sol) == "sol"
    full = signer_from_private_key(parse_did(SOL_SECRET_DID), SOL_SECRET)
    seed_only = signer_from_private_key(parse_did(SOL_SECRET_DID), SOL_SECRET[:64])
    assert full.address == seed_only.address
    assert full.sign_message(b"m") == seed_only.sign_message(b"m")  # type: ignore[union-attr]


def _assert_no_key_material(key_text: str, *texts: str) -> None:
    bare = key_text.removeprefix("0x").lower()
    for text in texts:
        lowered = text.lower()
        for start in range(len(bare) - 7):
            assert bare[start : start + 8] not in lowered, "key material leaked"


@pytest.mark.parametrize(
    ("did", "key"),
    [
        (OTHER_EVM_DID, EVM_KEY),
        (OTHER_EVM_DID, "0x" + EVM_KEY),
        ("did:agent:sol:" + "2" * 44, SOL_SEED),
        ("did:agent:sol:" + "2" * 44, SOL_SECRET),
    ],
)
def test_key_mismatch(did: str, key: str) -> None:
    with pytest.raises(KeyMismatchError) as info:
        signer_from_private_key(parse_did(did), key)
    _assert_no_key_material(key, str(info.value), repr(info.value))


@pytest.mark.parametrize(
    ("did", "key"),
    [
        (EVM_DID, EVM_KEY[:-2]),
        (EVM_DID, EVM_KEY + "00"),
        (EVM_DID, EVM_KEY[:-1] + "g"),
        (EVM_DID, "0x"),
        (EVM_DID, ""),
        (EVM_DID, "00" * 32),
        (EVM_DID, "ff" * 32),
        (EVM_DID, EVM_KEY * 2),
        (SOL_DID, SOL_SEED[:-2]),
        (SOL_DID, SOL_SEED + "zz"),
        (SOL_DID, SOL_SEED + "00" * 32),  # 64-byte secret key whose public half is wrong
        (SOL_SECRET_DID, SOL_SECRET[:-2] + "00"),
    ],
)
def test_malformed_key(did: str, key: str) -> None:
    with pytest.raises(InvalidKeyError) as info:
        signer_from_private_key(parse_did(did), key)
    if len(key.removeprefix("0x")) >= 8 and key.strip("0") and key.strip("f"):
        _assert_no_key_material(key, str(info.value), repr(info.value))
    assert info.value.__cause__ is None


def test_reprs_and_state_do_not_leak_keys() -> None:
    evm = EvmPrivateKeySigner(EVM_KEY)
    sol = SolanaPrivateKeySigner(SOL_SECRET)
    assert repr(evm) == "EvmPrivateKeySigner(address='0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266')"
    assert repr(sol).startswith("SolanaPrivateKeySigner(address='")
    for signer, key in ((evm, EVM_KEY), (sol, SOL_SECRET)):
        _assert_no_key_material(key, repr(signer), str(signer), f"{signer!r} {signer}")
        with pytest.raises(TypeError):
            vars(signer)
        with pytest.raises(TypeError):
            pickle.dumps(signer)


def test_evm_helpers() -> None:
    key = bytes.fromhex(EVM_KEY)
    assert private_key_to_address(key) == "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
    assert to_checksum_address("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266") == (
        "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
    )
    assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    digest = keccak256(b"hello")
    signature = EvmPrivateKeySigner(key).sign_digest(digest)
    assert recover_address(digest, signature) == private_key_to_address(key)
    assert recover_address(digest, signature[:64] + bytes((signature[64] - 27,))) == private_key_to_address(
        key
    )
    for bad in (signature[:64], signature[:64] + b"\x05", b"\0" * 65):
        with pytest.raises(ValueError):
            recover_address(digest, bad)
    for bad_address in ("0x123", "f39fd6e51aad88f6f4ce6ab8827279cfffb92266", "0x" + "g" * 40):
        with pytest.raises(ValueError):
            to_checksum_address(bad_address)


def test_eth_account_signer_matches_private_key_signer() -> None:
    from eth_account import Account

    account = Account.from_key("0x" + EVM_KEY)
    adapter = EthAccountSigner(account)
    native = EvmPrivateKeySigner(EVM_KEY)
    assert isinstance(adapter, EvmSigner)
    assert adapter.address == native.address
    assert repr(adapter) == f"EthAccountSigner(address='{native.address}')"
    for case in load_vectors("signing"):
        if case["chain"] != "evm" or case["did"] != EVM_DID:
            continue
        body = case["body_utf8"].encode()
        args = (case["method"], case["path"], body, case["timestamp_ms"])
        assert sign_request(adapter, EVM_DID, *args) == sign_request(native, EVM_DID, *args)
        assert sign_request(adapter, EVM_DID, *args)["X-Sig"] == case["x_sig"]
    x402 = next(c for c in load_vectors("x402-eip3009") if c["message"]["from"] == native.address)
    from xache_ext.crypto.eip712 import TRANSFER_WITH_AUTHORIZATION_TYPES as TYPES

    signature = sign_typed_data(adapter, x402["domain"], TYPES, "TransferWithAuthorization", x402["message"])
    assert "0x" + signature.hex() == x402["signature_hex"]


def test_eth_account_signer_legacy_sign_hash_and_validation() -> None:
    from eth_account import Account

    account = Account.from_key("0x" + EVM_KEY)

    class Legacy:
        address = account.address

        def signHash(self, digest: bytes) -> Any:
            return account.unsafe_sign_hash(digest)

    digest = keccak256(b"x")
    assert EthAccountSigner(Legacy()).sign_digest(digest) == EvmPrivateKeySigner(EVM_KEY).sign_digest(digest)
    with pytest.raises(TypeError):
        EthAccountSigner(object())


def test_sign_typed_data_prefers_signer_method_and_normalises_v() -> None:
    native = EvmPrivateKeySigner(EVM_KEY)
    calls: list[str] = []

    class Custom:
        chain: Literal["evm"] = "evm"
        address = native.address

        def sign_digest(self, digest: bytes) -> bytes:
            raise AssertionError("must not be called")

        def sign_typed_data(self, domain: Any, types: Any, primary_type: str, message: Any) -> str:
            calls.append(primary_type)
            raw = native.sign_digest(hash_typed_data(domain, types, primary_type, message))
            return "0x" + (raw[:64] + bytes((raw[64] - 27,))).hex()

    case = load_vectors("x402-eip3009")[0]
    from xache_ext.crypto.eip712 import TRANSFER_WITH_AUTHORIZATION_TYPES as TYPES

    signature = sign_typed_data(Custom(), case["domain"], TYPES, "TransferWithAuthorization", case["message"])
    assert calls == ["TransferWithAuthorization"]
    assert "0x" + signature.hex() == case["signature_hex"]


def test_eip712_matches_eth_account_for_nested_structs_arrays_and_dynamic_types() -> None:
    from eth_account import Account

    types: dict[str, Any] = {
        "EIP712Domain": [
            {"name": "name", "type": "string"},
            {"name": "version", "type": "string"},
            {"name": "chainId", "type": "uint256"},
            {"name": "verifyingContract", "type": "address"},
        ],
        "Person": [{"name": "name", "type": "string"}, {"name": "wallets", "type": "address[]"}],
        "Mail": [
            {"name": "from", "type": "Person"},
            {"name": "to", "type": "Person[]"},
            {"name": "contents", "type": "string"},
            {"name": "attachment", "type": "bytes"},
            {"name": "tag", "type": "bytes32"},
            {"name": "urgent", "type": "bool"},
            {"name": "delta", "type": "int64"},
            {"name": "expiry", "type": "uint64"},
        ],
    }
    domain = {
        "name": "Ether Mail",
        "version": "1",
        "chainId": 84532,
        "verifyingContract": "0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC",
    }
    message = {
        "from": {"name": "Cow", "wallets": ["0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"]},
        "to": [
            {
                "name": "Bob",
                "wallets": [
                    "0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB",
                    "0xB0BdaBea57B0BDABeA57b0bdABEA57b0BDabEa57",
                ],
            },
            {"name": "Ève", "wallets": []},
        ],
        "contents": "Hello, Bob! ☃",
        "attachment": "0xdeadbeef",
        "tag": "0x" + "ab" * 32,
        "urgent": True,
        "delta": -5,
        "expiry": "1700000300",
    }
    full = {
        "types": types,
        "domain": domain,
        "primaryType": "Mail",
        "message": dict(message, expiry=1700000300),
    }
    expected = Account.sign_typed_data("0x" + EVM_KEY, full_message=full).message_hash
    assert hash_typed_data(domain, types, "Mail", message) == bytes(expected)

    salted = dict(domain, salt="0x" + "01" * 32)
    salted_types = dict(types, EIP712Domain=[*types["EIP712Domain"], {"name": "salt", "type": "bytes32"}])
    expected_salted = Account.sign_typed_data(
        "0x" + EVM_KEY, full_message=dict(full, domain=salted, types=salted_types)
    ).message_hash
    assert hash_typed_data(salted, types, "Mail", message) == bytes(expected_salted)


@pytest.mark.parametrize(
    ("field", "value"),
    [("expiry", -1), ("expiry", 2**64), ("delta", 2**63), ("urgent", "yes"), ("tag", "0x00"), ("to", "nope")],
)
def test_eip712_rejects_bad_values(field: str, value: Any) -> None:
    types = {
        "M": [
            {"name": "expiry", "type": "uint64"},
            {"name": "delta", "type": "int64"},
            {"name": "urgent", "type": "bool"},
            {"name": "tag", "type": "bytes32"},
            {"name": "to", "type": "address[]"},
        ]
    }
    message: dict[str, Any] = {"expiry": 1, "delta": -1, "urgent": False, "tag": "0x" + "00" * 32, "to": []}
    hash_typed_data({"name": "x"}, types, "M", message)
    with pytest.raises(ValueError):
        hash_typed_data({"name": "x"}, types, "M", dict(message, **{field: value}))
    with pytest.raises(ValueError):
        hash_typed_data({"name": "x"}, types, "M", {k: v for k, v in message.items() if k != field})


def test_subject_helpers() -> None:
    key = bytes(range(32))
    assert derive_entity_key(key, "  Alice ") == derive_subject_id(key, "alice", domain="xache:entity:v1")
    assert derive_entity_key(key, "Alice", variant="python") == derive_subject_id(
        key, "alice", variant="python", domain="xache:entity:v1"
    )
    assert is_subject_id(derive_subject_id(key, "x"))
    assert not is_subject_id("A" * 64) and not is_subject_id("a" * 63) and not is_subject_id(None)
    with pytest.raises(ValueError):
        derive_subject_id(key[:31], "x")
    with pytest.raises(ValueError):
        derive_subject_id(key, "x", variant="go")  # type: ignore[arg-type]


def test_did_is_frozen_and_hashable() -> None:
    did = parse_did(EVM_DID)
    assert did == DID(role="agent", chain="evm", address="0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
    assert len({did, parse_did(EVM_DID)}) == 1
    with pytest.raises(AttributeError):
        did.address = "x"  # type: ignore[misc]


def test_a_high_s_signature_from_an_external_signer_is_sent_as_its_low_s_twin() -> None:
    from coincurve import PrivateKey

    from xache_ext.crypto.evm import SECP256K1_ORDER
    from xache_ext.crypto.signers import normalize_evm_signature

    key = PrivateKey(bytes.fromhex("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"))
    digest = bytes(range(32))
    low = key.sign_recoverable(digest, hasher=None)
    s = int.from_bytes(low[32:64], "big")
    assert s <= SECP256K1_ORDER // 2
    high = low[:32] + (SECP256K1_ORDER - s).to_bytes(32, "big") + bytes((1 - low[64],))
    fixed = normalize_evm_signature(high)
    assert fixed == low[:64] + bytes((low[64] + 27,))
    assert normalize_evm_signature("0x" + high.hex()) == fixed
