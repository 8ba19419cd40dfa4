"""Undoing an import of a partner's package: all its batches together, recorded in the log."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ExchangeLogEntry, ImportBatch
from db.models.base import utc_now
from desktop.documents.text import indian_date
from desktop.services import backups
from desktop.services.database import Database
from desktop.services.errors import ConflictError
from desktop.services.i18n import translate
from desktop.services.imports.targets.registry import get_target
from desktop.services.moments import local_day
from desktop.services.records import get_or_raise


def _undo_refusal(session: Session, batch: ImportBatch, together: set[int]) -> str | None:
    """Why ``batch`` cannot be undone, with the checks of ``imports.batches.undo_batch``: it is
    already undone, or a later batch into the same records (other than those undone ``together``
    with it) is still in place."""
    if batch.undone_at is not None:
        when = indian_date(local_day(batch.undone_at))
        return translate("Imports", "Batch {batch} was already undone on {day} by {operator}.").format(
            batch=batch.id, day=when, operator=batch.undone_by
        )
    statement = select(ImportBatch).where(
        ImportBatch.id > batch.id,
        ImportBatch.target == batch.target,
        ImportBatch.undone_at.is_(None),
        ImportBatch.id.not_in(together),
    )
    if batch.round_id is not None:
        statement = statement.where(ImportBatch.round_id == batch.round_id)
    later = session.scalars(statement.order_by(ImportBatch.id)).first()
    if later is None:
        return None
    return translate(
        "Imports",
        "Batch {later} ({files}) was imported after batch {batch} into the same records and "
        "may have changed them; undo batch {later} first.",
    ).format(later=later.id, files=", ".join(later.file_names), batch=batch.id)


def _batches_latest_first(session: Session, batch_ids: Iterable[int]) -> list[ImportBatch]:
    return [
        get_or_raise(session, ImportBatch, batch_id, translate("Imports", "Import batch"))
        for batch_id in sorted(set(batch_ids), reverse=True)
    ]


def undo_batches_in(session: Session, batch_ids: Iterable[int], operator: str) -> None:
    """Undo the batches together in the open transaction, latest first. Raises ConflictError
    (the caller rolls back) when one is already undone or a later batch into the same records,
    other than these, is still in place."""
    batches = _batches_latest_first(session, batch_ids)
    together = {batch.id for batch in batches}
    for batch in batches:
        refusal = _undo_refusal(session, batch, together)
        if refusal is not None:
            raise ConflictError(refusal)
        get_target(batch.target).undo(session, batch)
        batch.undone_at = utc_now()
        batch.undone_by = operator
        session.flush()


def _import_entry(session: Session, log_id: int) -> ExchangeLogEntry:
    """The import to undo; refused when the entry is not an import or was undone already."""
    entry = get_or_raise(session, ExchangeLogEntry, log_id, translate("Exchange", "Exchange log entry"))
    if entry.event != "import":
        raise ConflictError(
            translate(
                "Exchange", "Exchange log entry {entry} is not an import; only imports can be undone."
            ).format(entry=log_id)
        )
    undone = session.scalars(
        select(ExchangeLogEntry).where(
            ExchangeLogEntry.event == "import_undone", ExchangeLogEntry.refers_to_id == entry.id
        )
    ).first()
    if undone is not None:
        raise ConflictError(
            translate(
                "Exchange", "The import of {package} was already undone on {day} by {operator}."
            ).format(
                package=entry.package_name,
                day=indian_date(local_day(undone.occurred_at)),
                operator=undone.operator,
            )
        )
    return entry


def undo_package_import(db: Database, log_id: int) -> Path:
    """Take back everything an import of a partner's package stored, after a backup; returns the
    backup's path. Its batches are undone together, latest first, in one transaction with an
    ``import_undone`` entry in the exchange log."""
    with db.reading() as session:  # refusals before a backup is made
        entry = _import_entry(session, log_id)
        batches = _batches_latest_first(session, entry.batch_ids)
        together = {batch.id for batch in batches}
        for batch in batches:
            refusal = _undo_refusal(session, batch, together)
            if refusal is not None:
                raise ConflictError(refusal)
    backup = backups.create_backup(db.path, "pre-bulk").path
    with db.transaction() as session:
        entry = _import_entry(session, log_id)
        undo_batches_in(session, entry.batch_ids, db.operator)
        session.add(
            ExchangeLogEntry(
                event="import_undone",
                package_id=entry.package_id,
                format_version=entry.format_version,
                mou_id=entry.mou_id,
                mou_reference=entry.mou_reference,
                partner_names=list(entry.partner_names),
                organisation_ids=list(entry.organisation_ids),
                categories=list(entry.categories),
                fields=dict(entry.fields),
                counts=dict(entry.counts),
                school_codes=list(entry.school_codes),
                package_name=entry.package_name,
                package_sha256=entry.package_sha256,
                package_size=entry.package_size,
                signer_fingerprint=entry.signer_fingerprint,
                batch_ids=list(entry.batch_ids),
                refers_to_id=entry.id,
                note=f"Undid the import of {entry.package_name} (exchange log entry {entry.id}).",
                operator=db.operator,
            )
        )
    return backup
