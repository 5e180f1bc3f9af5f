"""The pure-Python Solana primitives of xache_ext.chain.svm, checked against solders on random inputs."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from solders.hash import Hash
from solders.instruction import AccountMeta, Instruction
from solders.keypair import Keypair
from solders.message import Message, MessageAddressTableLookup, MessageV0
from solders.pubkey import Pubkey
from solders.token.associated import get_associated_token_address
from solders.transaction import Transaction, VersionedTransaction

from xache_ext.chain import svm
from xache_ext.crypto.base58 import b58encode

VECTORS = json.loads((Path(__file__).parent.parent / "solana" / "vectors" / "exact-svm-ts.json").read_text())


@settings(max_examples=400, deadline=None)
@given(st.binary(min_size=32, max_size=32))
def test_is_on_curve_agrees_with_solders(key: bytes) -> None:
    assert svm.is_on_curve(key) == Pubkey(key).is_on_curve()


def test_is_on_curve_on_keys_and_program_addresses() -> None:
    for _ in range(50):
        assert svm.is_on_curve(bytes(Keypair().pubkey()))
    address, _ = svm.find_program_address([b"seed"], svm.ASSOCIATED_TOKEN_PROGRAM)
    assert not svm.is_on_curve(svm.decode_pubkey(address))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.binary(max_size=32), max_size=4), st.binary(min_size=32, max_size=32))
def test_find_program_address_agrees_with_solders(seeds: list[bytes], program: bytes) -> None:
    expected, bump = Pubkey.find_program_address(seeds, Pubkey(program))
    assert svm.find_program_address(seeds, b58encode(program)) == (str(expected), bump)


def test_create_program_address_refuses_on_curve_and_bad_seeds() -> None:
    program = str(Keypair().pubkey())
    results = [svm.create_program_address([os.urandom(8), bytes((b,))], program) for b in range(64)]
    assert None in results and any(
        r is not None for r in results
    )  # about half of the hashes are on the curve
    with pytest.raises(ValueError):
        svm.create_program_address([bytes(33)], program)
    with pytest.raises(ValueError):
        svm.create_program_address([b""] * 17, program)


def test_associated_token_address_agrees_with_solders_and_typescript() -> None:
    for _ in range(100):
        owner, mint = Keypair().pubkey(), Keypair().pubkey()
        assert svm.associated_token_address(str(owner), str(mint)) == str(
            get_associated_token_address(owner, mint)
        )
    for case in VECTORS["cases"]:
        assert svm.associated_token_address(case["agentAddress"], case["asset"]) == case["sourceAta"]
        assert svm.associated_token_address(case["payTo"], case["asset"]) == case["destinationAta"]


@pytest.mark.parametrize("bad", ["", "0" * 44, "1" * 31, "I" * 43, "z" * 45, b58encode(bytes(31))])
def test_decode_pubkey_refuses(bad: str) -> None:
    with pytest.raises(ValueError):
        svm.decode_pubkey(bad)


@pytest.mark.parametrize("value", [0, 1, 127, 128, 255, 16383, 16384, 65535])
def test_compact_u16_round_trip(value: int) -> None:
    encoded = svm.encode_compact_u16(value)
    assert len(encoded) == (1 if value < 128 else 2 if value < 16384 else 3)
    assert svm.decode_compact_u16(encoded + b"\xff", 0) == (value, len(encoded))


@pytest.mark.parametrize("raw", [b"\x80\x00", b"\xff\xff\x04", b"\x80\x80\x80\x01", b"\x80"])
def test_compact_u16_refuses_non_canonical_or_truncated(raw: bytes) -> None:
    with pytest.raises(ValueError):
        svm.decode_compact_u16(raw, 0)


def test_token_account_and_mint_layouts() -> None:
    mint, owner = str(Keypair().pubkey()), str(Keypair().pubkey())
    data = svm.pack_token_account(mint, owner, 2**64 - 1)
    assert len(data) == svm.TOKEN_ACCOUNT_SIZE
    account = svm.unpack_token_account(data)
    assert (account.mint, account.owner, account.amount, account.initialized) == (
        mint,
        owner,
        2**64 - 1,
        True,
    )
    assert data[108] == 1 and data[72:108] == bytes(36)  # initialized, no delegate
    with pytest.raises(ValueError):
        svm.unpack_token_account(data[:100])
    packed = svm.pack_mint(6, 10**15)
    assert len(packed) == svm.MINT_SIZE
    assert int.from_bytes(packed[36:44], "little") == 10**15 and packed[44] == 6 and packed[45] == 1


def _instruction(n_accounts: int) -> Instruction:
    metas = [AccountMeta(Keypair().pubkey(), i % 2 == 0, i % 3 == 0) for i in range(n_accounts)]
    return Instruction(Keypair().pubkey(), os.urandom(n_accounts * 7), metas)


def _compare(raw: bytes, decoded: svm.DecodedTransaction, message: Message | MessageV0) -> None:
    assert decoded.account_keys == tuple(str(k) for k in message.account_keys)
    assert decoded.recent_blockhash == str(message.recent_blockhash)
    header = message.header
    assert (decoded.num_required_signatures, decoded.num_readonly_signed, decoded.num_readonly_unsigned) == (
        header.num_required_signatures,
        header.num_readonly_signed_accounts,
        header.num_readonly_unsigned_accounts,
    )
    assert [(i.program_id_index, i.accounts, i.data) for i in decoded.instructions] == [
        (i.program_id_index, tuple(i.accounts), bytes(i.data)) for i in message.instructions
    ]
    for index in range(len(message.account_keys)):
        assert decoded.is_signer(index) == message.is_signer(index)
        if isinstance(message, MessageV0) and not message.is_key_called_as_program(index):
            assert decoded.is_writable(index) == message.is_maybe_writable(index)


@pytest.mark.parametrize("n_instructions", [1, 3, 6])
def test_decode_transaction_agrees_with_solders(n_instructions: int) -> None:
    payer = Keypair()
    instructions = [_instruction(i + 1) for i in range(n_instructions)]
    signers = {bytes(m.pubkey) for ix in instructions for m in ix.accounts if m.is_signer}
    blockhash = Hash(os.urandom(32))
    v0 = MessageV0.try_compile(payer.pubkey(), instructions, [], blockhash)
    versioned = VersionedTransaction.populate(
        v0, [payer.sign_message(bytes(v0))] * v0.header.num_required_signatures
    )
    raw = bytes(versioned)
    decoded = svm.decode_transaction(raw)
    assert decoded.version == 0 and decoded.address_table_lookups == 0
    assert decoded.message == raw[1 + 64 * v0.header.num_required_signatures :]
    assert decoded.signatures == tuple(bytes(s) for s in versioned.signatures)
    _compare(raw, decoded, v0)
    legacy = Message.new_with_blockhash(instructions, payer.pubkey(), blockhash)
    tx = Transaction.populate(
        legacy, [payer.sign_message(bytes(legacy))] * (1 + len(signers - {bytes(payer.pubkey())}))
    )
    decoded_legacy = svm.decode_transaction(bytes(tx))
    assert decoded_legacy.version is None
    _compare(bytes(tx), decoded_legacy, legacy)


def test_decode_transaction_counts_lookup_tables() -> None:
    payer = Keypair()
    message = MessageV0(
        MessageV0.default().header.__class__(1, 0, 0),
        [payer.pubkey()],
        Hash.default(),
        [],
        [MessageAddressTableLookup(Keypair().pubkey(), bytes([1, 2]), bytes([3]))],
    )
    raw = bytes(VersionedTransaction.populate(message, [payer.sign_message(bytes(message))]))
    assert svm.decode_transaction(raw).address_table_lookups == 1


def test_decode_transaction_refuses_malformed() -> None:
    raw = base64.b64decode(VECTORS["cases"][0]["transaction"])
    svm.decode_transaction(raw)
    for bad in (raw[:-1], raw + b"\x00", raw[:70], b"", b"\x01" + bytes(64) + b"\x81"):
        with pytest.raises(ValueError):
            svm.decode_transaction(bad)
    wrong_count = b"\x01" + raw[1 + 64 :]  # one signature for a message that needs two
    with pytest.raises(ValueError):
        svm.decode_transaction(wrong_count)
