"""Passphrase keys and chunked authenticated encryption for exchange packages.

A package's payload is locked with a key derived from a passphrase (scrypt, with a fresh salt per
package and an upper bound on the cost a package may ask for) and encrypted as a STREAM of
AES-256-GCM chunks:

    header   b"DCDXENC1" ‖ 7-byte random nonce prefix ‖ 16-byte key check
    chunk i  AES-256-GCM(key, nonce = prefix ‖ i as 4 bytes big-endian ‖ last flag, data = plaintext
             bytes i*CHUNK_SIZE … (i+1)*CHUNK_SIZE, associated data = the caller's, e.g. the package id)

The last flag is 1 only on the final chunk, so a stream cut at a chunk boundary, chunks reordered
or dropped, or bytes appended after the final chunk all fail to authenticate. The key check is the
tag of an empty message under a nonce no chunk uses (last byte 2): it tells a wrong passphrase
(the check fails) from damage (the check passes, a chunk fails), whatever part is damaged.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
import unicodedata

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.services.errors import DomainError, ValidationError
from desktop.services.i18n import translate

KEY_BYTES = 32  # AES-256
SALT_BYTES = 16
KDF_DEFAULT = {"name": "scrypt", "n": 2**15, "r": 8, "p": 1}
# What a package may ask for, inclusive. The upper bounds cap the memory and time one unlock
# costs (n=2**17, r=16 is 256 MB for each of p passes): a package asking for more is refused
# before anything is derived.
KDF_LIMITS = {"n": (2**10, 2**17), "r": (1, 16), "p": (1, 4)}

MIN_PASSPHRASE_LENGTH = 12
# No 0/O, 1/I/L: a passphrase read aloud or copied from paper cannot be mistyped between them.
PASSPHRASE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
PASSPHRASE_GROUPS = 6
PASSPHRASE_GROUP_LENGTH = 4

CHUNK_SIZE = 1024 * 1024  # plaintext bytes per chunk
MAGIC = b"DCDXENC1"
PREFIX_BYTES = 7
TAG_BYTES = 16
HEADER_BYTES = len(MAGIC) + PREFIX_BYTES + TAG_BYTES
_MAX_CHUNKS = 2**32  # the counter's 4 bytes
_KEY_CHECK_COUNTER = b"\xff\xff\xff\xff"
_KEY_CHECK_FLAG = b"\x02"  # chunks use 0 and 1, so the key check's nonce is never a chunk's


class WrongPassphraseError(DomainError):
    """The key does not open the stream: the passphrase is not the one it was locked with."""


class DamagedPayloadError(DomainError):
    """The key is right but the stream is damaged, truncated, reordered or has bytes appended."""


class KdfTooCostlyError(DomainError):
    """The key derivation asks for more memory or time than ``KDF_LIMITS`` allow."""


class UnsupportedKdfError(DomainError):
    """The key derivation is unknown, malformed, or weaker than ``KDF_LIMITS`` allow."""


def new_kdf(params: dict | None = None) -> dict:
    """Key-derivation parameters for a new package: ``KDF_DEFAULT`` overridden by ``params``,
    with a fresh random salt (base64 under "salt")."""
    kdf = {**KDF_DEFAULT, **(params or {})}
    kdf["salt"] = base64.b64encode(secrets.token_bytes(SALT_BYTES)).decode("ascii")
    check_kdf(kdf)  # never write a package that readers would refuse
    return kdf


def check_kdf(kdf: object) -> tuple[bytes, int, int, int]:
    """The salt, n, r and p of ``kdf`` if they are within ``KDF_LIMITS``. Raises
    KdfTooCostlyError when it asks for too much (checked first), UnsupportedKdfError otherwise."""
    if not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
        name = kdf.get("name") if isinstance(kdf, dict) else None
        raise UnsupportedKdfError(
            translate(
                "Exchange", "The key derivation {name!r} is not one this version knows (scrypt)."
            ).format(name=name)
        )
    costs: dict[str, int] = {}
    for field, (_lowest, highest) in KDF_LIMITS.items():
        value = kdf.get(field)
        if type(value) is not int:
            raise UnsupportedKdfError(
                translate(
                    "Exchange", "The key derivation's {field} is {value!r}, not a whole number."
                ).format(field=field, value=value)
            )
        if value > highest:
            raise KdfTooCostlyError(
                translate(
                    "Exchange",
                    "The key derivation asks for scrypt {field}={value}; at most {field}={highest} is "
                    "allowed, so that opening a package cannot stall the computer.",
                ).format(field=field, value=value, highest=highest)
            )
        costs[field] = value
    for field, (lowest, _highest) in KDF_LIMITS.items():
        if costs[field] < lowest:
            raise UnsupportedKdfError(
                translate(
                    "Exchange",
                    "The key derivation asks for scrypt {field}={value}; at least {field}={lowest} is needed "
                    "for a passphrase to resist guessing.",
                ).format(field=field, value=costs[field], lowest=lowest)
            )
    if costs["n"] & (costs["n"] - 1):
        raise UnsupportedKdfError(
            translate("Exchange", "The key derivation's n={value} is not a power of two.").format(
                value=costs["n"]
            )
        )
    try:
        salt = base64.b64decode(str(kdf.get("salt", "")), validate=True)
    except (binascii.Error, ValueError):
        salt = b""
    if len(salt) != SALT_BYTES:
        raise UnsupportedKdfError(
            translate("Exchange", "The key derivation's salt is not {count} bytes of base64.").format(
                count=SALT_BYTES
            )
        )
    return salt, costs["n"], costs["r"], costs["p"]


def normalised_passphrase(passphrase: str) -> str:
    """The passphrase as it is keyed: NFC (the same letters typed on any keyboard give the same
    bytes) and without surrounding spaces (easily picked up when copying)."""
    return unicodedata.normalize("NFC", passphrase).strip()


def derive_key(passphrase: str, kdf: dict) -> bytes:
    """The 32-byte key ``passphrase`` gives under ``kdf``; its limits are checked first. (OpenSSL's
    scrypt through hashlib, which lets other threads run meanwhile: the writer zips the files
    while the key is derived.)"""
    salt, n, r, p = check_kdf(kdf)
    # What OpenSSL allocates for these costs (its own default limit is 32 MB), and a little more.
    memory = 128 * r * (n + 2 + p) + 1024 * 1024
    return hashlib.scrypt(
        normalised_passphrase(passphrase).encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=memory,
        dklen=KEY_BYTES,
    )


def suggest_passphrase() -> str:
    """A random passphrase that is easy to read out and type: six groups of four characters
    (about 119 bits), e.g. "7KQD-M3XP-…"."""
    return "-".join(
        "".join(secrets.choice(PASSPHRASE_ALPHABET) for _ in range(PASSPHRASE_GROUP_LENGTH))
        for _ in range(PASSPHRASE_GROUPS)
    )


def check_passphrase(text: str) -> None:
    """Refuse a passphrase too short to lock a package (ValidationError on "passphrase")."""
    length = len(normalised_passphrase(text))
    if length < MIN_PASSPHRASE_LENGTH:
        raise ValidationError.single(
            "passphrase",
            translate(
                "Exchange",
                "The passphrase needs at least {least} characters; this one has "
                "{length}. The package may pass through many computers, and a short passphrase can be "
                "found by a program trying every combination. Use the suggested one, or a longer phrase.",
            ).format(least=MIN_PASSPHRASE_LENGTH, length=length),
        )


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + counter.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def _key_check_nonce(prefix: bytes) -> bytes:
    return prefix + _KEY_CHECK_COUNTER + _KEY_CHECK_FLAG


def _cipher(key: bytes) -> AESGCM:
    if len(key) != KEY_BYTES:
        raise ValueError(f"an AES-256 key is {KEY_BYTES} bytes, not {len(key)}")
    return AESGCM(key)


def _chunk_count(plaintext_size: int) -> int:
    return max(1, -(-plaintext_size // CHUNK_SIZE))  # an empty plaintext is one (final) chunk


def encrypt_stream(key: bytes, associated: bytes, data: bytes) -> bytes:
    """``data`` encrypted as a STREAM of AES-256-GCM chunks (see the module docstring)."""
    cipher = _cipher(key)
    plain = memoryview(data)
    count = _chunk_count(len(plain))
    if count >= _MAX_CHUNKS:
        raise ValueError("too much data for one stream")
    prefix = secrets.token_bytes(PREFIX_BYTES)
    # One buffer for the whole stream, each chunk encrypted straight into its place.
    sealed = bytearray(HEADER_BYTES + len(plain) + count * TAG_BYTES)
    sealed[: len(MAGIC)] = MAGIC
    sealed[len(MAGIC) : len(MAGIC) + PREFIX_BYTES] = prefix
    sealed[len(MAGIC) + PREFIX_BYTES : HEADER_BYTES] = cipher.encrypt(
        _key_check_nonce(prefix), b"", associated
    )
    out = memoryview(sealed)
    position = HEADER_BYTES
    for counter in range(count):
        chunk = plain[counter * CHUNK_SIZE : (counter + 1) * CHUNK_SIZE]
        end = position + len(chunk) + TAG_BYTES
        cipher.encrypt_into(
            _nonce(prefix, counter, counter == count - 1), chunk, associated, out[position:end]
        )
        position = end
    return bytes(sealed)


def decrypt_stream(key: bytes, associated: bytes, data: bytes) -> bytes:
    """The plaintext of a stream made by :func:`encrypt_stream` with the same key and associated
    data. Raises WrongPassphraseError if the key does not open it, DamagedPayloadError if it is
    damaged, truncated, reordered or has bytes after its final chunk."""
    cipher = _cipher(key)
    stream = memoryview(data)
    if len(stream) < HEADER_BYTES or stream[: len(MAGIC)] != MAGIC:
        raise DamagedPayloadError(translate("Exchange", "The encrypted data does not start with its header."))
    prefix = bytes(stream[len(MAGIC) : len(MAGIC) + PREFIX_BYTES])
    try:
        cipher.decrypt(_key_check_nonce(prefix), stream[len(MAGIC) + PREFIX_BYTES : HEADER_BYTES], associated)
    except InvalidTag:
        raise WrongPassphraseError(
            translate("Exchange", "The key does not open the encrypted data.")
        ) from None
    body = stream[HEADER_BYTES:]
    sealed_chunk = CHUNK_SIZE + TAG_BYTES
    count = max(1, -(-len(body) // sealed_chunk))
    last_size = len(body) - (count - 1) * sealed_chunk
    if last_size < TAG_BYTES or count >= _MAX_CHUNKS:
        raise DamagedPayloadError(translate("Exchange", "The encrypted data ends part-way through a chunk."))
    plain = bytearray(len(body) - count * TAG_BYTES)
    out = memoryview(plain)
    for counter in range(count):
        chunk = body[counter * sealed_chunk : (counter + 1) * sealed_chunk]
        start = counter * CHUNK_SIZE
        try:
            cipher.decrypt_into(
                _nonce(prefix, counter, counter == count - 1),
                chunk,
                associated,
                out[start : start + len(chunk) - TAG_BYTES],
            )
        except InvalidTag:
            raise DamagedPayloadError(
                translate(
                    "Exchange",
                    "Part {part} of {count} of the encrypted data does not authenticate: it was damaged, "
                    "cut short, reordered, or has bytes after its end.",
                ).format(part=counter + 1, count=count)
            ) from None
    return bytes(plain)
