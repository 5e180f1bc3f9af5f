"""Interoperability with the official ``xache`` 5.13.0 Python SDK (a dev dependency).

The official SDK has no signature-verification function, so its message construction
(``create_signature_message``) is verified with the primitives it signs with (eth-keys recovery over
eth-hash keccak; solders ed25519).
"""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from xache_ext.crypto.did import DID
from xache_ext.crypto.encryption import decrypt_json, encrypt_python_layout
from xache_ext.crypto.fingerprint import generate_fingerprint
from xache_ext.crypto.signers import EvmPrivateKeySigner, SolanaPrivateKeySigner
from xache_ext.crypto.signing import sign_request, signature_message, verify_request
from xache_ext.crypto.subject import derive_entity_key, derive_subject_id

pytestmark = pytest.mark.interop

# Imported at collection time: importing the official SDK pulls in py_ecc, which raises the interpreter's
# recursion limit as a side effect; doing that inside a hypothesis test makes hypothesis warn.
official_signing = pytest.importorskip("xache.crypto.signing")

INTEROP = settings(
    max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141

seeds = st.binary(min_size=32, max_size=32)
methods = st.sampled_from(["GET", "POST", "PUT", "PATCH", "DELETE"])
paths = st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=0x2FF), max_size=40).map(
    lambda p: "/v1/" + p
)
bodies = st.text(max_size=200)
timestamps = st.integers(min_value=0, max_value=2**53)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=15,
)


@INTEROP
@given(seed=seeds, method=methods, path=paths, body=bodies, ts=timestamps)
def test_evm_request_signatures_match_official_sdk(
    seed: bytes, method: str, path: str, body: str, ts: int
) -> None:
    from eth_hash.auto import keccak
    from eth_keys import keys  # type: ignore[attr-defined]

    assume(0 < int.from_bytes(seed, "big") < SECP256K1_N)
    signer = EvmPrivateKeySigner(seed)
    did = f"did:agent:evm:{signer.address}"
    assert official_signing.derive_evm_address(seed.hex()) == signer.address

    headers = sign_request(signer, did, method, path, body.encode(), ts)
    official_message = official_signing.create_signature_message(method, path, body, ts, did)
    assert official_message.encode() == signature_message(method, path, body.encode(), ts, did)

    # Ours verifies with the official message and its own primitives …
    raw = bytes.fromhex(headers["X-Sig"])
    signature = keys.Signature(raw[:64] + bytes((raw[64] - 27,)))
    recovered = signature.recover_public_key_from_msg_hash(keccak(official_message.encode()))
    assert recovered.to_checksum_address() == signer.address
    # … and the official signature is byte-for-byte ours.
    assert official_signing.sign_request(method, path, body, ts, did, seed.hex()) == headers["X-Sig"]
    assert official_signing.sign_request(method, path, body, ts, did, "0x" + seed.hex()) == headers["X-Sig"]
    assert verify_request(
        DID("agent", "evm", signer.address), method, path, body.encode(), ts, headers["X-Sig"]
    )


@INTEROP
@given(seed=seeds, full=st.booleans(), method=methods, path=paths, body=bodies, ts=timestamps)
def test_solana_request_signatures_match_official_sdk(
    seed: bytes, full: bool, method: str, path: str, body: str, ts: int
) -> None:
    from solders.pubkey import Pubkey
    from solders.signature import Signature

    signer = SolanaPrivateKeySigner(seed)
    key_hex = seed.hex() + (bytes(Pubkey.from_string(signer.address)).hex() if full else "")
    assert official_signing.derive_solana_address(key_hex) == signer.address
    did = f"did:agent:sol:{signer.address}"

    headers = sign_request(SolanaPrivateKeySigner(key_hex), did, method, path, body.encode(), ts)
    official_message = official_signing.create_signature_message(method, path, body, ts, did)
    assert Signature.from_string(headers["X-Sig"]).verify(
        Pubkey.from_string(signer.address), official_message.encode()
    )
    assert official_signing.sign_request(method, path, body, ts, did, key_hex) == headers["X-Sig"]
    assert verify_request(
        DID("agent", "sol", signer.address), method, path, body.encode(), ts, headers["X-Sig"]
    )


def _official_memory() -> tuple[Any, Any]:
    from xache.services.memory import MemoryService

    # The encrypt/decrypt helpers do not use ``self``.
    return (
        lambda data, key: MemoryService._encrypt_data(None, data, key),
        lambda blob, key: MemoryService._decrypt_data(None, blob, key),
    )


@INTEROP
@given(key=seeds, data=st.dictionaries(st.text(max_size=8), json_values, max_size=5))
def test_python_layout_memories_interoperate(key: bytes, data: dict[str, Any]) -> None:
    official_encrypt, official_decrypt = _official_memory()
    assert decrypt_json(key, encrypted_data=official_encrypt(data, key)) == data
    ours = encrypt_python_layout(key, json.dumps(data).encode())
    assert official_decrypt(ours, key) == data
    compact = encrypt_python_layout(key, json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode())
    assert official_decrypt(compact, key) == data


@INTEROP
@given(key=seeds, raw=st.text(max_size=40))
def test_subject_ids_and_entity_keys_match_official_python_variant(key: bytes, raw: str) -> None:
    from xache.crypto.subject import derive_subject_id as official_subject_id
    from xache.services.graph import _derive_entity_key

    assert derive_subject_id(key, raw, variant="python") == official_subject_id(key, raw)
    assert derive_entity_key(key, raw, variant="python") == _derive_entity_key(key, raw)


@INTEROP
@given(key=seeds, data=json_values, context=st.none() | st.text(max_size=30))
def test_fingerprints_match_official_sdk(key: bytes, data: Any, context: str | None) -> None:
    from xache.crypto.fingerprint import generate_fingerprint as official_fingerprint

    expected = official_fingerprint(data, base64.b64encode(key).decode(), context)
    ours = generate_fingerprint(data, key, context)
    assert list(ours.topic_hashes) == expected.topic_hashes
    assert ours.category == expected.category
    assert list(ours.embedding64) == expected.embedding64
    assert (ours.temporal_weight, ours.version) == (expected.temporal_weight, expected.version)
