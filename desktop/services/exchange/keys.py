"""This office's signing key: an Ed25519 key pair created the first time a package is signed.

Its private half lives in the OS keyring or, where none is usable, in the database encrypted with
a passphrase (``ExchangeKey.storage``; see :mod:`desktop.services.exchange.key_storage`). Nothing
secret is in the database with a keyring, so a copied database or backup cannot sign.

A key never changes: retiring it and signing again creates a new one, and partners need a new
receipt. Every office key, retired or not, stays trusted for reading packages: they were ours.
Partners' keys are registered in :mod:`desktop.services.exchange.partner_keys`.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from db.models import ExchangeKey, Organisation
from db.models.base import utc_now
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.exchange.fingerprints import encode_public_key, fingerprint
from desktop.services.exchange.key_storage import (
    KeyUnavailableError,
    forget_private_key,
    keyring_usable,
    private_key_from_keyring,
    private_key_from_pem,
    protect_private_key,
    wrong_passphrase,
)
from desktop.services.i18n import translate
from desktop.services.text import clean, clean_multiline

LABEL_LENGTH = 200  # ExchangeKey.label


@dataclass(frozen=True)
class KeyInfo:
    id: int
    owner: str  # "office" or "partner"
    organisation_id: int | None
    organisation_name: str | None  # None for the office's own keys
    label: str
    public_key: str  # base64 of the 32 raw bytes, as printed on receipts
    fingerprint: str
    storage: str | None  # "keyring" or "passphrase" for the office's keys; None for partners'
    created_at: datetime  # UTC
    created_by: str
    retired_at: datetime | None  # UTC
    retired_reason: str | None

    @property
    def active(self) -> bool:
        return self.retired_at is None


# --- reading keys -------------------------------------------------------------------------------


def as_utc(moment: datetime | None) -> datetime | None:
    """``moment`` with its zone: SQLite gives stored UTC moments back without one."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def key_info(key: ExchangeKey, organisation_name: str | None) -> KeyInfo:
    created_at = as_utc(key.created_at)
    assert created_at is not None
    return KeyInfo(
        id=key.id,
        owner=key.owner,
        organisation_id=key.organisation_id,
        organisation_name=organisation_name,
        label=key.label,
        public_key=key.public_key,
        fingerprint=key.fingerprint,
        storage=key.storage,
        created_at=created_at,
        created_by=key.created_by,
        retired_at=as_utc(key.retired_at),
        retired_reason=key.retired_reason,
    )


def keys_with_organisation() -> Select:
    """Keys with their organisation's name (None for the office's own)."""
    return select(ExchangeKey, Organisation.name).outerjoin(
        Organisation, ExchangeKey.organisation_id == Organisation.id
    )


def _active_office_key(session: Session) -> ExchangeKey | None:
    return session.scalar(
        select(ExchangeKey)
        .where(ExchangeKey.owner == "office", ExchangeKey.retired_at.is_(None))
        .order_by(ExchangeKey.id.desc())
        .limit(1)
    )


def own_key(db: Database) -> KeyInfo | None:
    """The office's active signing key, or None before the first package is signed."""
    with db.reading() as session:
        key = _active_office_key(session)
        return key_info(key, None) if key else None


def office_keys(db: Database) -> list[KeyInfo]:
    """Every key this office has had, active and retired, newest first."""
    with db.reading() as session:
        keys = session.scalars(
            select(ExchangeKey)
            .where(ExchangeKey.owner == "office")
            .order_by(ExchangeKey.created_at.desc(), ExchangeKey.id.desc())
        )
        return [key_info(key, None) for key in keys]


def own_public_key_text(db: Database) -> tuple[str, str] | None:
    """(base64 public key, fingerprint) of the active office key, as printed on receipts."""
    key = own_key(db)
    return (key.public_key, key.fingerprint) if key else None


def trusted_public_keys(session: Session) -> dict[str, bytes]:
    """Fingerprint → raw public key of every key a package may be signed with: all the office's
    keys (retired ones too: what they signed was ours) and the partners' active keys."""
    rows = session.execute(
        select(ExchangeKey.fingerprint, ExchangeKey.public_key).where(
            or_(ExchangeKey.owner == "office", ExchangeKey.retired_at.is_(None))
        )
    )
    return {key_fingerprint: base64.b64decode(text) for key_fingerprint, text in rows}


def key_for_fingerprint(session: Session, key_fingerprint: str) -> KeyInfo | None:
    """The key (office's or partner's, active or retired) with this fingerprint, to say who
    signed a package."""
    row = session.execute(keys_with_organisation().where(ExchangeKey.fingerprint == key_fingerprint)).first()
    return key_info(row[0], row[1]) if row else None


def needs_passphrase(db: Database) -> bool:
    """Whether signing will ask for the key passphrase: no key yet and no usable keyring, or a
    key kept with a passphrase. (A keyring that fails only when written to is found out when the
    key is created: PassphraseNeededError.)"""
    with db.reading() as session:
        key = _active_office_key(session)
        storage = key.storage if key else None
    if storage is None:
        return not keyring_usable()
    return storage == "passphrase"


# --- creating and using the office's key --------------------------------------------------------


def create_own_key(db: Database, *, passphrase: str | None = None, label: str = "") -> KeyInfo:
    """Create the office's signing key: its private half into the OS keyring when one is usable,
    otherwise (or when the keyring refuses it and a passphrase is given) encrypted with
    ``passphrase`` in the database. Refused while the office has an active key."""
    return _create_own_key(db, passphrase, label)[0]


def _create_own_key(db: Database, passphrase: str | None, label: str) -> tuple[KeyInfo, Ed25519PrivateKey]:
    label_text = clean(label)
    if len(label_text) > LABEL_LENGTH:
        raise ValidationError.single(
            "label",
            translate("Exchange", "The label is {count} characters long; at most {limit} fit.").format(
                count=len(label_text), limit=LABEL_LENGTH
            ),
        )
    in_keyring: str | None = None
    try:
        # The keyring is written inside the transaction, after the checks: a refusal writes nothing.
        with db.transaction() as session:
            active = _active_office_key(session)
            if active is not None:
                raise ConflictError(
                    translate(
                        "Exchange",
                        "This office already has a signing key (fingerprint {fingerprint}). Retire it first to "
                        "create a new one.",
                    ).format(fingerprint=active.fingerprint)
                )
            private_key = Ed25519PrivateKey.generate()
            public_raw = private_key.public_key().public_bytes_raw()
            key_fingerprint = fingerprint(public_raw)
            storage, pem = protect_private_key(private_key, key_fingerprint, passphrase)
            if storage == "keyring":
                in_keyring = key_fingerprint
            key = ExchangeKey(
                owner="office",
                label=label_text,
                public_key=encode_public_key(public_raw),
                fingerprint=key_fingerprint,
                storage=storage,
                private_key_pem=pem,
                created_at=utc_now(),
                created_by=db.operator,
            )
            session.add(key)
            session.flush()
            info = key_info(key, None)
    except BaseException:
        # A key the database does not record would only clutter the keyring.
        if in_keyring is not None:
            forget_private_key(in_keyring)
        raise
    return info, private_key


def signing_key(db: Database, *, passphrase: str | None = None) -> Ed25519PrivateKey:
    """The office's private key to sign a package with; created first if the office has none
    (see :func:`create_own_key`). ``passphrase`` is needed when :func:`needs_passphrase` says so."""
    with db.reading() as session:
        key = _active_office_key(session)
        stored = (key.fingerprint, key.public_key, key.storage, key.private_key_pem) if key else None
    if stored is None:
        return _create_own_key(db, passphrase, "")[1]
    key_fingerprint, public_key, storage, pem = stored
    if storage == "passphrase":
        private_key = private_key_from_pem(key_fingerprint, pem or "", passphrase)
    else:
        private_key = private_key_from_keyring(key_fingerprint)
    if encode_public_key(private_key.public_key().public_bytes_raw()) != public_key:
        if storage == "passphrase":
            raise wrong_passphrase(key_fingerprint)
        raise KeyUnavailableError(
            key_fingerprint, translate("Exchange", "in this PC's keyring belongs to a different key")
        )
    return private_key


def retire_own_key(db: Database, reason: str) -> None:
    """Retire the office's active key (the reason is kept with it); the next signing creates a
    new one. The retired key stays trusted for packages it signed.

    Its keyring entry is left in place on purpose. Checking old packages needs only the public
    key, which the database keeps; but a database restored from a backup made before the
    retirement names this key as active again, and could not sign if its private half had been
    deleted. A key retired because it may have been seen by someone else can be removed by hand
    from Windows Credential Manager (the entry for KEYRING_SERVICE and the key's fingerprint)."""
    reason_text = retirement_reason(reason)
    with db.transaction() as session:
        key = _active_office_key(session)
        if key is None:
            raise ConflictError(
                translate(
                    "Exchange",
                    "This office has no active signing key to retire; the next package signed creates one.",
                )
            )
        key.retired_at = utc_now()
        key.retired_reason = reason_text


def retirement_reason(reason: str) -> str:
    """The reason for retiring a key, cleaned; required."""
    text = clean_multiline(reason)
    if not text:
        raise ValidationError.single(
            "reason",
            translate(
                "Exchange",
                "Give the reason for retiring the key (for example: the PC was replaced, or the key may "
                "have been seen by someone else). It is kept with the key.",
            ),
        )
    return text
