"""Property tests: encryption round trips and tamper detection, sign/verify round trips, base58."""

from __future__ import annotations

import base64
import os
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from xache_ext.crypto.base58 import b58decode, b58encode
from xache_ext.crypto.did import DID
from xache_ext.crypto.encryption import (
    decrypt,
    decrypt_json,
    encrypt_bytes,
    encrypt_json,
    encrypt_python_layout,
)
from xache_ext.crypto.signers import EvmPrivateKeySigner, SolanaPrivateKeySigner, verify_signature
from xache_ext.crypto.signing import sign_request, signature_message, verify_request
from xache_ext.errors import DecryptionError

PROPS = settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141

keys = st.binary(min_size=32, max_size=32)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=20,
)


def _flip(data: bytes, index: int, mask: int) -> bytes:
    index %= len(data)
    return data[:index] + bytes((data[index] ^ mask,)) + data[index + 1 :]


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


@PROPS
@given(key=keys, data=json_values)
def test_json_round_trip_both_layouts(key: bytes, data: Any) -> None:
    payload = encrypt_json(key, data)
    assert (
        decrypt_json(
            key,
            encrypted_payload=payload.encrypted_payload,
            encryption_nonce=payload.encryption_nonce,
            checksum=payload.checksum,
        )
        == data
    )
    import json

    blob = encrypt_python_layout(key, json.dumps(data).encode())
    assert decrypt_json(key, encrypted_data=blob) == data


@PROPS
@given(key=keys, plaintext=st.binary(max_size=300))
def test_bytes_round_trip_both_layouts(key: bytes, plaintext: bytes) -> None:
    payload = encrypt_bytes(key, plaintext)
    assert "=" not in payload.encrypted_payload + payload.encryption_nonce
    assert decrypt(
        key, encrypted_payload=payload.encrypted_payload, encryption_nonce=payload.encryption_nonce
    ) == (plaintext)
    assert decrypt(key, encrypted_data=encrypt_python_layout(key, plaintext)) == plaintext


@PROPS
@given(key=keys, plaintext=st.binary(max_size=100), index=st.integers(min_value=0), mask=st.integers(1, 255))
def test_tampering_any_byte_is_detected(key: bytes, plaintext: bytes, index: int, mask: int) -> None:
    raw = base64.b64decode(encrypt_python_layout(key, plaintext))
    with pytest.raises(DecryptionError):
        decrypt(key, encrypted_data=base64.b64encode(_flip(raw, index, mask)).decode())

    nonce, sealed = raw[:24], raw[24:]
    with pytest.raises(DecryptionError):
        decrypt(key, encrypted_payload=_b64url(_flip(sealed, index, mask)), encryption_nonce=_b64url(nonce))
    with pytest.raises(DecryptionError):
        decrypt(key, encrypted_payload=_b64url(sealed), encryption_nonce=_b64url(_flip(nonce, index, mask)))


@PROPS
@given(key=keys, other=keys, data=json_values)
def test_wrong_key_is_detected(key: bytes, other: bytes, data: Any) -> None:
    assume(key != other)
    payload = encrypt_json(key, data)
    with pytest.raises(DecryptionError):
        decrypt(other, encrypted_payload=payload.encrypted_payload, encryption_nonce=payload.encryption_nonce)
    with pytest.raises(DecryptionError):
        decrypt(other, encrypted_data=encrypt_python_layout(key, b"x"))


def test_decrypt_rejects_malformed_input() -> None:
    key = os.urandom(32)
    payload = encrypt_json(key, {"a": 1})
    cases: list[dict[str, Any]] = [
        {},
        {"encryption_nonce": payload.encryption_nonce},
        {"encrypted_payload": "!!!", "encryption_nonce": payload.encryption_nonce},
        {"encrypted_payload": payload.encrypted_payload, "encryption_nonce": "AAAA"},
        {"encrypted_payload": payload.encrypted_payload, "encryption_nonce": "A"},
        {"encrypted_data": "AAAA"},
        {"encrypted_data": "%%%%"},
        {
            "encrypted_payload": payload.encrypted_payload,
            "encryption_nonce": payload.encryption_nonce,
            "checksum": "00" * 32,
        },
        # A TypeScript-layout payload whose nonce went missing is not silently mis-decrypted.
        {"encrypted_payload": payload.encrypted_payload},
    ]
    for kwargs in cases:
        with pytest.raises(DecryptionError):
            decrypt(key, **kwargs)
    not_json = encrypt_bytes(key, b"\xff\xfe")
    with pytest.raises(DecryptionError):
        decrypt_json(
            key, encrypted_payload=not_json.encrypted_payload, encryption_nonce=not_json.encryption_nonce
        )


@PROPS
@given(seed=keys, message=st.binary(max_size=200), path=st.text(max_size=30), ts=st.integers(0, 2**53))
def test_evm_sign_verify_round_trip(seed: bytes, message: bytes, path: str, ts: int) -> None:
    assume(0 < int.from_bytes(seed, "big") < SECP256K1_N)
    signer = EvmPrivateKeySigner(seed)
    did = DID(role="agent", chain="evm", address=signer.address)
    headers = sign_request(signer, str(did), "POST", "/v1/x" + path, message, ts)
    assert len(headers["X-Sig"]) == 130 and headers["X-Sig"] == headers["X-Sig"].lower()
    assert headers["X-Sig"][-2:] in ("1b", "1c")
    assert verify_request(did, "POST", "/v1/x" + path, message, ts, headers["X-Sig"])
    signed = signature_message("POST", "/v1/x" + path, message, ts, str(did))
    lowered = DID(role="agent", chain="evm", address=signer.address.lower())
    assert verify_signature(lowered, signed, headers["X-Sig"])
    assert not verify_request(did, "POST", "/v1/x" + path, message + b"!", ts, headers["X-Sig"])
    assert not verify_request(did, "POST", "/v1/x" + path, message, ts + 1, headers["X-Sig"])
    assert not verify_signature(did, b"anything", headers["X-Sig"][:-2] + "1d")


@PROPS
@given(seed=keys, message=st.binary(max_size=200), index=st.integers(min_value=0), mask=st.integers(1, 255))
def test_solana_sign_verify_round_trip(seed: bytes, message: bytes, index: int, mask: int) -> None:
    signer = SolanaPrivateKeySigner(seed)
    did = DID(role="agent", chain="sol", address=signer.address)
    signature = signer.sign_message(message)
    assert len(signature) == 64
    assert verify_signature(did, message, b58encode(signature))
    if message:
        assert not verify_signature(did, _flip(message, index, mask), b58encode(signature))
    assert not verify_signature(did, message + b"!", b58encode(signature))
    assert not verify_signature(did, message, b58encode(_flip(signature, index, mask)))


@pytest.mark.parametrize(
    ("did", "x_sig"),
    [
        (DID("agent", "evm", "0x" + "11" * 20), ""),
        (DID("agent", "evm", "0x" + "11" * 20), "zz" * 65),
        (DID("agent", "evm", "0x" + "11" * 20), "00" * 65),
        (DID("agent", "evm", "0x" + "11" * 20), "00" * 64 + "05"),
        (DID("agent", "sol", "1" * 32), "1" * 10),
        (DID("agent", "sol", "1" * 32), "0OIl"),
        (DID("agent", "sol", "EvFUfisEScFuZSqDXagC17m3bpP32B74dseMHtzQ5TNb"), "2" * 88),
    ],
)
def test_verify_never_raises_on_garbage(did: DID, x_sig: str) -> None:
    assert verify_signature(did, b"message", x_sig) is False


@settings(max_examples=200, deadline=None, database=None)
@given(data=st.binary(max_size=80))
def test_base58_round_trip(data: bytes) -> None:
    text = b58encode(data)
    assert b58decode(text) == data
    assert len(text) - len(text.lstrip("1")) == len(data) - len(data.lstrip(b"\0"))


def test_base58_known_values_and_errors() -> None:
    assert b58encode(b"") == ""
    assert b58encode(b"\0\0") == "11"
    assert b58encode(b"hello world") == "StV1DL6CwTryKyV"
    assert b58decode("StV1DL6CwTryKyV") == b"hello world"
    assert b58encode(bytes([1] + [0] * 31)) == "4uQeVj5tqViQh7yWWGStvkEG1Zmhx6uasJtWCJziofM"
    for bad in ("0", "O", "I", "l", "abc!", "é"):
        with pytest.raises(ValueError):
            b58decode(bad)


def test_keccak_is_thread_safe() -> None:
    from concurrent.futures import ThreadPoolExecutor

    from Crypto.Hash import keccak

    from xache_ext.crypto.evm import keccak256

    inputs = [os.urandom(n % 300) for n in range(2000)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(keccak256, inputs))
    assert results == [keccak.new(digest_bits=256, data=data).digest() for data in inputs]
