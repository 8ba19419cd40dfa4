"""Where the private half of the office's signing key lives, and how it is read back.

``keyring``: in the OS keyring (Windows Credential Manager on the office PCs), under the service
:data:`KEYRING_SERVICE` with the key's fingerprint as user name, as the base64 of its 32 raw bytes.
``passphrase``: where no keyring is usable, as PKCS#8 PEM encrypted with a passphrase the office
chooses, kept in the database by :mod:`desktop.services.exchange.keys`.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import unicodedata

import keyring
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    Encoding,
    PrivateFormat,
    load_pem_private_key,
)

from desktop.services.errors import DomainError, ValidationError
from desktop.services.i18n import QT_TRANSLATE_NOOP, translate

KEYRING_SERVICE = "District Collective Desk exchange key"
MIN_PASSPHRASE_LENGTH = 12
NEW_KEY_ADVICE = QT_TRANSLATE_NOOP(
    "Exchange",
    "Retire that key and sign again to create a new one, then give each partner a new "
    "hand-over receipt with the new key's fingerprint.",
)


class PassphraseNeededError(DomainError):
    """Signing needs the passphrase of the office's key: there is no usable keyring, or the key
    is kept with a passphrase."""


class KeyUnavailableError(DomainError):
    """The office key's private half is not in this PC's keyring (the database was restored on
    another PC or under another Windows user, or the keyring entry was deleted)."""

    def __init__(self, key_fingerprint: str, problem: str) -> None:
        self.fingerprint = key_fingerprint
        super().__init__(
            translate(
                "Exchange",
                "The private half of this office's signing key (fingerprint {fingerprint}) "
                "{problem}, so packages cannot be signed with it on this PC. {advice}",
            ).format(
                fingerprint=key_fingerprint, problem=problem, advice=translate("Exchange", NEW_KEY_ADVICE)
            )
        )


def keyring_usable() -> bool:
    """Whether this PC has a keyring to keep the private key in. keyring falls back to its "fail"
    or "null" backend (priority 0 or less) when it finds none; a backend that fails when asked
    counts as none."""
    try:
        return keyring.get_keyring().priority > 0
    except Exception:  # backends check their platform in ``priority`` and may raise anything
        return False


def protect_private_key(
    private_key: Ed25519PrivateKey, key_fingerprint: str, passphrase: str | None
) -> tuple[str, str | None]:
    """Keep the private key: in the keyring, else encrypted with the passphrase. Returns the
    storage and, for a passphrase, the encrypted PEM."""
    if keyring_usable():
        try:
            _store_in_keyring(key_fingerprint, private_key)
            return "keyring", None
        except _KeyringRefusedError as refusal:
            if not passphrase:
                raise PassphraseNeededError(
                    translate(
                        "Exchange",
                        "This PC's keyring could not keep the office's signing key ({reason}). Type a "
                        "passphrase of at least {least} characters to protect the key with "
                        "instead; it will be asked for every time a package is signed.",
                    ).format(reason=refusal, least=MIN_PASSPHRASE_LENGTH)
                ) from None
    elif not passphrase:
        raise PassphraseNeededError(
            translate(
                "Exchange",
                "This PC has no keyring to keep the office's signing key in, so the key is protected "
                "with a passphrase instead. Type a passphrase of at least {least} "
                "characters; it will be asked for every time a package is signed, so keep it where the "
                "office keeps its other passwords.",
            ).format(least=MIN_PASSPHRASE_LENGTH)
        )
    return "passphrase", encrypted_pem(private_key, passphrase)


def encrypted_pem(private_key: Ed25519PrivateKey, passphrase: str) -> str:
    """The private key as PKCS#8 PEM encrypted with ``passphrase`` (refused when too short)."""
    check_key_passphrase(passphrase)
    pem = private_key.private_bytes(
        Encoding.PEM, PrivateFormat.PKCS8, BestAvailableEncryption(_passphrase_bytes(passphrase))
    )
    return pem.decode("ascii")


def check_key_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short to protect the office's key (ValidationError on "passphrase")."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError.single(
            "passphrase",
            translate(
                "Exchange",
                "The key passphrase must be at least {least} characters long; this one "
                "has {count}. A few unrelated words make a passphrase that is long and easy to remember.",
            ).format(least=MIN_PASSPHRASE_LENGTH, count=len(passphrase)),
        )


def _passphrase_bytes(passphrase: str) -> bytes:
    # NFC: the same Kannada or Devanagari passphrase typed with another input method still matches.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


class _KeyringRefusedError(Exception):
    """The keyring could not keep the key; the message says why."""


def _store_in_keyring(key_fingerprint: str, private_key: Ed25519PrivateKey) -> None:
    secret = base64.b64encode(private_key.private_bytes_raw()).decode("ascii")
    try:
        keyring.set_password(KEYRING_SERVICE, key_fingerprint, secret)
        read_back = keyring.get_password(KEYRING_SERVICE, key_fingerprint)
    except Exception as error:  # backends raise their own errors (OSError, D-Bus…), not only KeyringError
        forget_private_key(key_fingerprint)
        raise _KeyringRefusedError(str(error) or type(error).__name__) from error
    if read_back != secret:
        forget_private_key(key_fingerprint)
        raise _KeyringRefusedError(translate("Exchange", "the key read back from it was not the key written"))


def forget_private_key(key_fingerprint: str) -> None:
    # Nothing was stored, or the keyring is gone: either way nothing is left to remove.
    with contextlib.suppress(Exception):
        keyring.delete_password(KEYRING_SERVICE, key_fingerprint)


def private_key_from_keyring(key_fingerprint: str) -> Ed25519PrivateKey:
    try:
        secret = keyring.get_password(KEYRING_SERVICE, key_fingerprint)
    except Exception as error:  # see _store_in_keyring
        raise KeyUnavailableError(
            key_fingerprint,
            translate("Exchange", "could not be read from this PC's keyring ({reason})").format(
                reason=error or type(error).__name__
            ),
        ) from error
    if secret is None:
        raise KeyUnavailableError(
            key_fingerprint,
            translate(
                "Exchange",
                "is not in this PC's keyring (the database may have been restored on another PC or under "
                "another Windows user)",
            ),
        )
    try:
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(secret, validate=True))
    except (binascii.Error, ValueError):
        raise KeyUnavailableError(
            key_fingerprint, translate("Exchange", "in this PC's keyring is damaged")
        ) from None


def private_key_from_pem(key_fingerprint: str, pem: str, passphrase: str | None) -> Ed25519PrivateKey:
    if not passphrase:
        raise PassphraseNeededError(
            translate(
                "Exchange",
                "The office's signing key (fingerprint {fingerprint}) is protected with a "
                "passphrase: type the key passphrase to sign the package.",
            ).format(fingerprint=key_fingerprint)
        )
    try:
        loaded = load_pem_private_key(pem.encode("ascii"), password=_passphrase_bytes(passphrase))
    except ValueError:
        raise wrong_passphrase(key_fingerprint) from None
    if not isinstance(loaded, Ed25519PrivateKey):
        raise wrong_passphrase(key_fingerprint)
    return loaded


def wrong_passphrase(key_fingerprint: str) -> ValidationError:
    return ValidationError.single(
        "passphrase",
        translate(
            "Exchange",
            "That is not the passphrase of this office's signing key (fingerprint "
            "{fingerprint}). Check Caps Lock and the keyboard language, and type it again.",
        ).format(fingerprint=key_fingerprint),
    )
