"""The one-page hand-over receipt of an exported package, signed by both sides on paper."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

from sqlalchemy import select

from db.models import ExchangeKey, ExchangeLogEntry, Mou
from desktop.documents.exchange_receipt import ReceiptCategory, ReceiptData, receipt_pdf
from desktop.services import disk
from desktop.services.circulars import letterhead_for
from desktop.services.database import Database
from desktop.services.errors import ConflictError
from desktop.services.exchange.catalogue import CATEGORIES
from desktop.services.i18n import translate
from desktop.services.records import get_or_raise


def receipt_data(db: Database, log_id: int) -> ReceiptData:
    """What the receipt of the export ``log_id`` prints, from the log and the office's records."""
    with db.reading() as session:
        entry = get_or_raise(session, ExchangeLogEntry, log_id, translate("Exchange", "Exchange log entry"))
        if entry.event == "template":
            raise ConflictError(
                translate(
                    "Exchange",
                    "A return template has no hand-over receipt: it is not signed, so there is no key for "
                    "the partner to check. Its file name, SHA-256 and size are in the log's details.",
                )
            )
        if entry.event != "export":
            raise ConflictError(
                translate("Exchange", "A hand-over receipt is printed for packages sent to a partner.")
            )
        mou = session.get(Mou, entry.mou_id) if entry.mou_id is not None else None
        key = session.scalar(select(ExchangeKey).where(ExchangeKey.fingerprint == entry.signer_fingerprint))
        if key is None:  # the key table is never pruned, so this is a damaged database
            raise ConflictError(
                translate(
                    "Exchange", "The signing key {fingerprint} of this package is not in the database."
                ).format(fingerprint=entry.signer_fingerprint)
            )
        office_id = mou.office_id if mou is not None else None
        mou_title = mou.title if mou is not None else ""
        categories = tuple(
            ReceiptCategory(
                CATEGORIES[code].label,
                int(entry.counts.get(CATEGORIES[code].record_kind, 0)),
                tuple(entry.fields.get(code, ())),
            )
            for code in entry.categories
        )
        created = entry.occurred_at if entry.occurred_at.tzinfo else entry.occurred_at.replace(tzinfo=UTC)
        data = dict(
            recipient_names=tuple(entry.partner_names),
            package_name=entry.package_name,
            package_id=entry.package_id,
            package_sha256=entry.package_sha256,
            package_size=entry.package_size,
            created_at=created.astimezone(),
            keep_until=entry.keep_until,
            mou_reference=entry.mou_reference,
            mou_title=mou_title,
            purpose=entry.purpose,
            categories=categories,
            exported_by=entry.operator,
            public_key=key.public_key,
            fingerprint=key.fingerprint,
        )
    letterhead = letterhead_for(db, office_id) if office_id is not None else None
    issuer = letterhead.office_name if letterhead is not None else "District office"
    return ReceiptData(letterhead=letterhead, issuer_name=issuer, **data)


def receipt_pdf_for(db: Database, log_id: int) -> bytes:
    return receipt_pdf(receipt_data(db, log_id))


def save_receipt(db: Database, log_id: int, path: Path) -> Path:
    """Write the receipt's PDF to ``path`` (complete or not at all)."""
    disk.write_file(path, receipt_pdf_for(db, log_id))
    return path
