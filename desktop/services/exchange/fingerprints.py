"""Fingerprints of Ed25519 public keys, as printed on receipts and compared by people."""

from __future__ import annotations

import base64
import binascii
import hashlib

from desktop.services.errors import ValidationError
from desktop.services.i18n import translate

PUBLIC_KEY_BYTES = 32
FINGERPRINT_BYTES = 20  # 40 hex digits, like an OpenPGP fingerprint: short enough to read aloud


def fingerprint(public_key: bytes) -> str:
    """The key's fingerprint: the first 20 bytes of its SHA-256 as ten groups of four hex digits."""
    digest = hashlib.sha256(public_key).hexdigest().upper()[: FINGERPRINT_BYTES * 2]
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def encode_public_key(public_key: bytes) -> str:
    return base64.b64encode(public_key).decode("ascii")


def decode_public_key(text: str) -> bytes:
    """The 32 bytes of a public key written as base64 (as on a receipt); spaces and line breaks
    are ignored. Raises ValidationError saying what is wrong."""
    compact = "".join(text.split())
    if not compact:
        raise ValidationError.single(
            "public_key", translate("Exchange", "Type or paste the partner's public key from their receipt.")
        )
    try:
        raw = base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError):
        raise ValidationError.single(
            "public_key",
            translate(
                "Exchange",
                "The public key has characters a key cannot have; copy it exactly as printed on the "
                "receipt (letters, digits, + / and = only).",
            ),
        ) from None
    if len(raw) != PUBLIC_KEY_BYTES:
        raise ValidationError.single(
            "public_key",
            translate(
                "Exchange",
                "A public key is 44 characters ({bytes} bytes); this one is {count} bytes: a "
                "part is missing or extra.",
            ).format(bytes=PUBLIC_KEY_BYTES, count=len(raw)),
        )
    return raw
