"""Passphrase keys and the chunked AES-256-GCM stream of exchange packages."""

from __future__ import annotations

import base64
import re
import unicodedata

import pytest

from desktop.services.errors import ValidationError
from desktop.services.exchange import sealing
from desktop.services.exchange.sealing import (
    HEADER_BYTES,
    TAG_BYTES,
    DamagedPayloadError,
    KdfTooCostlyError,
    UnsupportedKdfError,
    WrongPassphraseError,
    check_kdf,
    check_passphrase,
    decrypt_stream,
    derive_key,
    encrypt_stream,
    new_kdf,
    suggest_passphrase,
)

CHEAP = {"n": 2**10, "r": 8, "p": 1}
KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
PACKAGE_ID = b"5d0c7f4e-0000-4000-8000-000000000001"
SMALL_CHUNK = 16


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sealing, "CHUNK_SIZE", SMALL_CHUNK)
    return SMALL_CHUNK


def _chunks(stream: bytes, chunk_size: int) -> list[bytes]:
    body = stream[HEADER_BYTES:]
    sealed = chunk_size + TAG_BYTES
    return [body[i : i + sealed] for i in range(0, len(body), sealed)]


# Key derivation -------------------------------------------------------------------------------


def test_new_kdf_overrides_the_default_and_adds_a_fresh_salt() -> None:
    first, second = new_kdf(CHEAP), new_kdf(CHEAP)
    assert {k: v for k, v in first.items() if k != "salt"} == {"name": "scrypt", **CHEAP}
    assert len(base64.b64decode(first["salt"])) == 16
    assert first["salt"] != second["salt"]
    assert {k: v for k, v in new_kdf().items() if k != "salt"} == sealing.KDF_DEFAULT
    assert {k: v for k, v in new_kdf({"n": 2**11}).items() if k != "salt"} == {
        **sealing.KDF_DEFAULT,
        "n": 2**11,
    }


def test_new_kdf_refuses_parameters_readers_would_refuse() -> None:
    with pytest.raises(KdfTooCostlyError):
        new_kdf({"n": 2**18})
    with pytest.raises(UnsupportedKdfError):
        new_kdf({"n": 2**9})


def test_derive_key_is_32_bytes_and_depends_on_passphrase_and_salt() -> None:
    kdf = new_kdf(CHEAP)
    key = derive_key("correct horse battery", kdf)
    assert len(key) == 32
    assert derive_key("correct horse battery", kdf) == key
    assert derive_key("correct horse batterY", kdf) != key
    assert derive_key("correct horse battery", new_kdf(CHEAP)) != key


def test_derive_key_normalises_the_passphrase() -> None:
    kdf = new_kdf(CHEAP)
    composed = unicodedata.normalize("NFC", "ಕನ್ನಡ café passphrase")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert derive_key(f"  {decomposed}\n", kdf) == derive_key(composed, kdf)


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"n": 2**18}, KdfTooCostlyError),
        ({"r": 17}, KdfTooCostlyError),
        ({"p": 5}, KdfTooCostlyError),
        ({"n": 2**9}, UnsupportedKdfError),
        ({"n": 3 * 2**10}, UnsupportedKdfError),
        ({"r": 0}, UnsupportedKdfError),
        ({"p": 0}, UnsupportedKdfError),
        ({"n": "1024"}, UnsupportedKdfError),
        ({"p": True}, UnsupportedKdfError),
        ({"name": "argon2id"}, UnsupportedKdfError),
        ({"salt": "not base64!"}, UnsupportedKdfError),
        ({"salt": base64.b64encode(b"short").decode()}, UnsupportedKdfError),
    ],
)
def test_kdf_outside_the_limits_is_refused_before_deriving(
    monkeypatch: pytest.MonkeyPatch, change: dict, error: type[Exception]
) -> None:
    def no_scrypt(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("scrypt must not run for a refused KDF")

    monkeypatch.setattr(sealing.hashlib, "scrypt", no_scrypt)
    kdf = {"name": "scrypt", **CHEAP, "salt": base64.b64encode(bytes(16)).decode(), **change}
    with pytest.raises(error):
        derive_key("a long enough passphrase", kdf)


def test_costliest_allowed_kdf_passes_the_check() -> None:
    kdf = {"name": "scrypt", "n": 2**17, "r": 16, "p": 4, "salt": base64.b64encode(bytes(16)).decode()}
    assert check_kdf(kdf)[1:] == (2**17, 16, 4)
    with pytest.raises(UnsupportedKdfError):
        check_kdf("scrypt")


# Passphrases ----------------------------------------------------------------------------------


def test_suggested_passphrases_are_long_unambiguous_and_different() -> None:
    suggestions = {suggest_passphrase() for _ in range(50)}
    assert len(suggestions) == 50
    for text in suggestions:
        assert re.fullmatch(r"[A-Z2-9]{4}(-[A-Z2-9]{4}){5}", text)
        assert not set(text) & set("0O1IL")
        check_passphrase(text)


@pytest.mark.parametrize("text", ["", "short", "  eleven chr  ", "12345678901"])
def test_short_passphrases_are_refused_with_the_reason(text: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_passphrase(text)
    message = refused.value.field_errors["passphrase"]
    assert "at least 12 characters" in message
    assert f"this one has {len(text.strip())}" in message
    assert "guess" in message or "trying every combination" in message


def test_twelve_characters_are_enough() -> None:
    check_passphrase("  abcdefghijkl  ")


# The stream -----------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, 15, 16, 17, 32, 33, 100])
def test_stream_round_trip_in_many_chunks(small_chunks: int, size: int) -> None:
    data = bytes(i % 251 for i in range(size))
    stream = encrypt_stream(KEY, PACKAGE_ID, data)
    chunks = max(1, -(-size // small_chunks))
    assert len(stream) == HEADER_BYTES + size + chunks * TAG_BYTES
    assert stream.startswith(sealing.MAGIC)
    assert decrypt_stream(KEY, PACKAGE_ID, stream) == data


def test_empty_plaintext_is_one_final_chunk() -> None:
    stream = encrypt_stream(KEY, PACKAGE_ID, b"")
    assert len(stream) == HEADER_BYTES + TAG_BYTES
    assert decrypt_stream(KEY, PACKAGE_ID, stream) == b""
    with pytest.raises(DamagedPayloadError):
        decrypt_stream(KEY, PACKAGE_ID, stream[:HEADER_BYTES])


def test_stream_round_trip_with_the_real_chunk_size() -> None:
    data = bytes(range(256)) * (sealing.CHUNK_SIZE // 256 * 2 + 3)
    assert decrypt_stream(KEY, PACKAGE_ID, encrypt_stream(KEY, PACKAGE_ID, data)) == data


def test_each_stream_has_its_own_nonce_prefix() -> None:
    assert encrypt_stream(KEY, PACKAGE_ID, b"same") != encrypt_stream(KEY, PACKAGE_ID, b"same")


def test_wrong_key_or_other_package_is_a_wrong_passphrase(small_chunks: int) -> None:
    stream = encrypt_stream(KEY, PACKAGE_ID, b"x" * 50)
    with pytest.raises(WrongPassphraseError):
        decrypt_stream(OTHER_KEY, PACKAGE_ID, stream)
    with pytest.raises(WrongPassphraseError):
        decrypt_stream(KEY, b"another package", stream)


def test_dropping_the_final_chunk_is_damage(small_chunks: int) -> None:
    stream = encrypt_stream(KEY, PACKAGE_ID, b"y" * 40)  # chunks of 16, 16 and 8
    chunks = _chunks(stream, small_chunks)
    assert len(chunks) == 3
    with pytest.raises(DamagedPayloadError):
        decrypt_stream(KEY, PACKAGE_ID, stream[:HEADER_BYTES] + b"".join(chunks[:2]))


def test_truncation_anywhere_is_damage(small_chunks: int) -> None:
    stream = encrypt_stream(KEY, PACKAGE_ID, b"z" * 48)  # exactly three full chunks
    for cut in range(len(stream)):
        with pytest.raises(DamagedPayloadError):
            decrypt_stream(KEY, PACKAGE_ID, stream[:cut])


@pytest.mark.parametrize("extra", [b"\x00", b"x" * TAG_BYTES, b"x" * (SMALL_CHUNK + TAG_BYTES)])
@pytest.mark.parametrize("size", [40, 48])
def test_bytes_after_the_final_chunk_are_damage(small_chunks: int, extra: bytes, size: int) -> None:
    stream = encrypt_stream(KEY, PACKAGE_ID, b"w" * size)
    with pytest.raises(DamagedPayloadError):
        decrypt_stream(KEY, PACKAGE_ID, stream + extra)


def test_a_copy_of_a_full_chunk_appended_is_damage(small_chunks: int) -> None:
    stream = encrypt_stream(KEY, PACKAGE_ID, b"v" * 48)
    with pytest.raises(DamagedPayloadError):
        decrypt_stream(KEY, PACKAGE_ID, stream + _chunks(stream, small_chunks)[0])


def test_reordered_chunks_are_damage(small_chunks: int) -> None:
    stream = encrypt_stream(KEY, PACKAGE_ID, bytes(range(48)))
    first, second, third = _chunks(stream, small_chunks)
    for order in ([second, first, third], [first, third, second], [third, second, first]):
        with pytest.raises(DamagedPayloadError):
            decrypt_stream(KEY, PACKAGE_ID, stream[:HEADER_BYTES] + b"".join(order))


def test_every_changed_byte_is_refused(small_chunks: int) -> None:
    stream = encrypt_stream(KEY, PACKAGE_ID, bytes(range(40)))
    key_check = range(len(sealing.MAGIC), HEADER_BYTES)
    for position in range(len(stream)):
        changed = bytearray(stream)
        changed[position] ^= 0x01
        # The prefix and the key check decide whether the key opens the stream at all.
        expected = WrongPassphraseError if position in key_check else DamagedPayloadError
        with pytest.raises(expected):
            decrypt_stream(KEY, PACKAGE_ID, bytes(changed))


def test_a_key_that_is_not_aes_256_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        encrypt_stream(KEY[:16], PACKAGE_ID, b"data")
