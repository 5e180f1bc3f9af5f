"""Every case of the shared byte-exact vectors."""

from __future__ import annotations

import base64
from typing import Any

import pytest
from vectors import load_vectors

from xache_ext.crypto.did import parse_did
from xache_ext.crypto.eip712 import (
    TRANSFER_WITH_AUTHORIZATION_TYPES,
    hash_typed_data,
    transfer_with_authorization_digest,
)
from xache_ext.crypto.encryption import (
    EncryptedPayload,
    decrypt,
    decrypt_json,
    derive_encryption_key,
    encrypt_bytes,
    encrypt_python_layout,
)
from xache_ext.crypto.fingerprint import generate_fingerprint
from xache_ext.crypto.signers import (
    EvmPrivateKeySigner,
    sign_typed_data,
    signer_from_private_key,
    verify_signature,
)
from xache_ext.crypto.signing import sign_request, signature_message, verify_request
from xache_ext.crypto.subject import derive_subject_id

SIGNING = load_vectors("signing")
ENCRYPTION = load_vectors("encryption")
SUBJECT = load_vectors("subject")
FINGERPRINT = load_vectors("fingerprint")
EIP3009 = load_vectors("x402-eip3009")


def _ids(cases: list[dict[str, Any]]) -> list[str]:
    return [str(i) for i in range(len(cases))]


def test_vector_files_cover_both_chains_and_key_forms() -> None:
    chains = {case["chain"] for case in SIGNING}
    assert chains == {"evm", "sol"}
    sol_key_lengths = {len(case["private_key_hex"]) for case in SIGNING if case["chain"] == "sol"}
    assert sol_key_lengths == {64, 128}


@pytest.mark.parametrize("case", SIGNING, ids=_ids(SIGNING))
def test_signing_vectors(case: dict[str, Any]) -> None:
    did = parse_did(case["did"])
    body = case["body_utf8"].encode("utf-8")
    message = signature_message(case["method"], case["path"], body, case["timestamp_ms"], case["did"])
    assert message == case["message"].encode("utf-8")

    signer = signer_from_private_key(did, case["private_key_hex"])
    headers = sign_request(signer, case["did"], case["method"], case["path"], body, case["timestamp_ms"])
    assert headers == {"X-Agent-DID": case["did"], "X-Sig": case["x_sig"], "X-Ts": str(case["timestamp_ms"])}

    assert verify_signature(did, message, case["x_sig"])
    assert verify_request(did, case["method"], case["path"], body, case["timestamp_ms"], case["x_sig"])
    assert not verify_request(
        did, case["method"], case["path"] + "x", body, case["timestamp_ms"], case["x_sig"]
    )


@pytest.mark.parametrize("case", [c for c in SIGNING if c["chain"] == "evm"][:1])
def test_signing_accepts_0x_prefixed_evm_key(case: dict[str, Any]) -> None:
    signer = signer_from_private_key(parse_did(case["did"]), "0x" + case["private_key_hex"])
    body = case["body_utf8"].encode("utf-8")
    headers = sign_request(signer, case["did"], case["method"], case["path"], body, case["timestamp_ms"])
    assert headers["X-Sig"] == case["x_sig"]


@pytest.mark.parametrize("case", ENCRYPTION, ids=_ids(ENCRYPTION))
def test_encryption_vectors(case: dict[str, Any]) -> None:
    key = derive_encryption_key(case["seed"], case["did"])
    assert key.hex() == case["key_hex"]
    plaintext = case["plaintext_json"].encode("utf-8")
    nonce = bytes.fromhex(case["nonce_hex"])

    assert encrypt_python_layout(key, plaintext, nonce=nonce) == case["encrypted_data_std_b64"]
    assert encrypt_bytes(key, plaintext, nonce=nonce) == EncryptedPayload(
        encrypted_payload=case["encrypted_payload_b64url"],
        encryption_nonce=case["encryption_nonce_b64url"],
        checksum=case["checksum_blake2b_hex"],
    )

    assert decrypt(key, encrypted_data=case["encrypted_data_std_b64"]) == plaintext
    assert (
        decrypt(
            key,
            encrypted_payload=case["encrypted_payload_b64url"],
            encryption_nonce=case["encryption_nonce_b64url"],
            checksum=case["checksum_blake2b_hex"],
        )
        == plaintext
    )
    assert decrypt_json(key, encrypted_data=case["encrypted_data_std_b64"]) == decrypt_json(
        key,
        encrypted_payload=case["encrypted_payload_b64url"],
        encryption_nonce=case["encryption_nonce_b64url"],
    )


@pytest.mark.parametrize("case", ENCRYPTION[:3], ids=_ids(ENCRYPTION[:3]))
def test_decrypt_tolerates_base64_variants(case: dict[str, Any]) -> None:
    key = bytes.fromhex(case["key_hex"])
    plaintext = case["plaintext_json"].encode("utf-8")
    raw = base64.b64decode(case["encrypted_data_std_b64"])
    for text in (
        base64.urlsafe_b64encode(raw).decode(),
        base64.urlsafe_b64encode(raw).decode().rstrip("="),
        base64.b64encode(raw).decode().rstrip("="),
    ):
        assert decrypt(key, encrypted_data=text) == plaintext
    sealed = base64.urlsafe_b64decode(case["encrypted_payload_b64url"] + "==")
    nonce = base64.urlsafe_b64decode(case["encryption_nonce_b64url"] + "==")
    assert (
        decrypt(
            key,
            encrypted_payload=base64.b64encode(sealed).decode(),
            encryption_nonce=base64.b64encode(nonce).decode(),
            checksum=case["checksum_blake2b_hex"].upper(),
        )
        == plaintext
    )
    # The official Python graph module reads a nonce-prefixed blob from ``encryptedPayload``.
    assert decrypt(key, encrypted_payload=case["encrypted_data_std_b64"]) == plaintext


@pytest.mark.parametrize("case", SUBJECT, ids=_ids(SUBJECT))
def test_subject_vectors(case: dict[str, Any]) -> None:
    key = bytes.fromhex(case["key_hex"])
    raw = case["raw_subject_id"]
    assert derive_subject_id(key, raw) == case["typescript_hmac_sha512_256"]
    assert derive_subject_id(key, raw, variant="typescript") == case["typescript_hmac_sha512_256"]
    assert derive_subject_id(key, raw, variant="python") == case["python_hmac_sha256"]


@pytest.mark.parametrize("case", FINGERPRINT, ids=_ids(FINGERPRINT))
def test_fingerprint_vectors(case: dict[str, Any]) -> None:
    fingerprint = generate_fingerprint(case["data"], bytes.fromhex(case["key_hex"]), case["context"])
    assert list(fingerprint.topic_hashes) == case["topicHashes"]
    assert fingerprint.category == case["category"]
    assert len(fingerprint.embedding64) == 64
    assert list(fingerprint.embedding64) == case["embedding64"]
    assert fingerprint.version == case["version"]
    assert fingerprint.temporal_weight == 1.0
    wire = fingerprint.to_wire()
    assert wire == {
        "topicHashes": case["topicHashes"],
        "category": case["category"],
        "embedding64": case["embedding64"],
        "temporalWeight": 1.0,
        "version": case["version"],
    }


def _signature_bytes(text: str) -> bytes:
    raw = bytes.fromhex(text.removeprefix("0x"))
    return raw[:64] + bytes((raw[64] + 27 if raw[64] < 27 else raw[64],))


@pytest.mark.parametrize("case", EIP3009, ids=[f"{c['network']}-{i}" for i, c in enumerate(EIP3009)])
def test_eip3009_vectors(case: dict[str, Any]) -> None:
    digest = transfer_with_authorization_digest(case["domain"], case["message"])
    assert digest.hex() == case["digest_hex"].removeprefix("0x")
    types_with_domain = {
        "EIP712Domain": [{"name": "ignored", "type": "string"}],
        **TRANSFER_WITH_AUTHORIZATION_TYPES,
    }
    assert (
        hash_typed_data(case["domain"], types_with_domain, "TransferWithAuthorization", case["message"])
        == digest
    )
    as_ints = dict(case["message"], value=int(case["message"]["value"]))
    assert transfer_with_authorization_digest(case["domain"], as_ints) == digest

    signer = EvmPrivateKeySigner(case["private_key_hex"])
    assert signer.address == case["message"]["from"]
    signature = sign_typed_data(
        signer,
        case["domain"],
        TRANSFER_WITH_AUTHORIZATION_TYPES,
        "TransferWithAuthorization",
        case["message"],
    )
    assert signature == _signature_bytes(case["signature_hex"])
