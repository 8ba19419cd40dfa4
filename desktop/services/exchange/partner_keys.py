"""Partners' public keys, registered once from their hand-over receipt.

A package from a partner is accepted only when it is signed with one of that partner's active
keys. A retired key stays on record (packages name their signer by fingerprint) but is no longer
trusted; a key, once registered, can never be registered again, for anyone.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import ExchangeKey, Organisation
from db.models.base import utc_now
from desktop.documents.text import indian_date
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.exchange.fingerprints import decode_public_key, encode_public_key, fingerprint
from desktop.services.exchange.keys import (
    LABEL_LENGTH,
    KeyInfo,
    key_info,
    keys_with_organisation,
    retirement_reason,
)
from desktop.services.i18n import plural, translate
from desktop.services.moments import local_day
from desktop.services.records import get_or_raise
from desktop.services.text import clean


def preview_public_key(text: str) -> str:
    """The fingerprint of a typed or pasted base64 public key, to compare with the receipt
    before saving. Raises ValidationError (field ``public_key``) saying what is wrong."""
    return fingerprint(decode_public_key(text))


def register_partner_key(
    db: Database, organisation_id: int, public_key_text: str, *, label: str = ""
) -> KeyInfo:
    """Register a partner organisation's public key from its receipt. Refused for an unknown
    organisation and for a key already registered (the office's own, or any partner's)."""
    raw = decode_public_key(public_key_text)
    label_text = clean(label)
    if len(label_text) > LABEL_LENGTH:
        raise ValidationError.single(
            "label",
            translate("Exchange", "The label is {count} characters long; at most {limit} fit.").format(
                count=len(label_text), limit=LABEL_LENGTH
            ),
        )
    key_fingerprint = fingerprint(raw)
    with db.transaction() as session:
        organisation = get_or_raise(
            session, Organisation, organisation_id, translate("Organisations", "Organisation")
        )
        existing = session.scalar(select(ExchangeKey).where(ExchangeKey.fingerprint == key_fingerprint))
        if existing is not None:
            raise ConflictError(_already_registered(session, existing))
        key = ExchangeKey(
            owner="partner",
            organisation_id=organisation.id,
            label=label_text,
            public_key=encode_public_key(raw),
            fingerprint=key_fingerprint,
            storage=None,
            created_at=utc_now(),
            created_by=db.operator,
        )
        session.add(key)
        session.flush()
        return key_info(key, organisation.name)


def partner_keys(
    db: Database, *, organisation_id: int | None = None, include_retired: bool = False
) -> list[KeyInfo]:
    """Partners' keys by organisation name, each organisation's newest first; only active ones
    unless ``include_retired``."""
    statement = keys_with_organisation().where(ExchangeKey.owner == "partner")
    if organisation_id is not None:
        statement = statement.where(ExchangeKey.organisation_id == organisation_id)
    if not include_retired:
        statement = statement.where(ExchangeKey.retired_at.is_(None))
    statement = statement.order_by(
        Organisation.name.collate("NOCASE"), ExchangeKey.created_at.desc(), ExchangeKey.id.desc()
    )
    with db.reading() as session:
        return [key_info(key, name) for key, name in session.execute(statement)]


def retire_partner_key(db: Database, key_id: int, reason: str) -> KeyInfo:
    """Stop trusting a partner's key (the reason is kept with it): packages signed with it are
    refused from now on."""
    reason_text = retirement_reason(reason)
    with db.transaction() as session:
        key = get_or_raise(session, ExchangeKey, key_id, translate("Exchange", "Key"))
        if key.owner != "partner":
            raise ConflictError(
                translate(
                    "Exchange",
                    "Key {fingerprint} is this office's own signing key, not a partner's; retire it with the "
                    "office's key instead.",
                ).format(fingerprint=key.fingerprint)
            )
        organisation = session.get(Organisation, key.organisation_id)
        name = organisation.name if organisation else None
        if key.retired_at is not None:
            raise ConflictError(
                translate(
                    "Exchange",
                    "{organisation}'s key {fingerprint} was already retired on {day} ({reason}).",
                ).format(
                    organisation=name,
                    fingerprint=key.fingerprint,
                    day=_day(key.retired_at),
                    reason=key.retired_reason,
                )
            )
        key.retired_at = utc_now()
        key.retired_reason = reason_text
        session.flush()
        return key_info(key, name)


def refuse_if_organisation_has_keys(session: Session, organisation_name: str, organisation_id: int) -> None:
    """ConflictError when the organisation has registered keys (retired ones too): packages and the
    exchange log name their signer by these keys, so the organisation must stay."""
    registered = session.scalar(
        select(func.count()).select_from(ExchangeKey).where(ExchangeKey.organisation_id == organisation_id)
    )
    if registered:
        raise ConflictError(
            plural(
                registered,
                translate(
                    "Exchange",
                    "{organisation} has {count} exchange key registered from its receipts; "
                    "packages it signed are known by it, so the organisation cannot be deleted.",
                ),
                translate(
                    "Exchange",
                    "{organisation} has {count} exchange keys registered from its receipts; "
                    "packages it signed are known by them, so the organisation cannot be deleted.",
                ),
            ).format(organisation=organisation_name, count=registered)
        )


def _already_registered(session: Session, existing: ExchangeKey) -> str:
    since = _day(existing.created_at)
    if existing.owner == "office":
        message = translate(
            "Exchange",
            "This is this office's own signing key (fingerprint {fingerprint}), in use since "
            "{since}, not a partner's key. Copy the key from the partner's receipt.",
        ).format(fingerprint=existing.fingerprint, since=since)
    else:
        organisation = session.get(Organisation, existing.organisation_id)
        name = (
            organisation.name
            if organisation
            else translate("Exchange", "organisation #{number}").format(number=existing.organisation_id)
        )
        message = translate(
            "Exchange",
            "This key (fingerprint {fingerprint}) is already registered for {organisation} since {since}.",
        ).format(fingerprint=existing.fingerprint, organisation=name, since=since)
    if existing.retired_at is not None:
        retired = translate(
            "Exchange",
            "It was retired on {day} ({reason}), and a retired key cannot be registered again: "
            "ask the partner for their new key.",
        )
        message += " " + retired.format(day=_day(existing.retired_at), reason=existing.retired_reason)
    return message


def _day(moment: datetime) -> str:
    return indian_date(local_day(moment))
