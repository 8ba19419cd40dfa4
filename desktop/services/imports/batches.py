"""The record of imports: what each batch brought in, and undoing a batch as a whole."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from db.models import AssessmentRound, ImportBatch
from db.models.base import utc_now
from desktop.documents.text import indian_date
from desktop.services import backups
from desktop.services.database import Database
from desktop.services.errors import ConflictError
from desktop.services.i18n import translate
from desktop.services.imports.mapping import ColumnMapping
from desktop.services.imports.targets.registry import TARGET_LABELS, get_target
from desktop.services.records import get_or_raise


@dataclass(frozen=True)
class BatchRow:
    id: int
    target: str
    target_label: str
    round_id: int | None
    round_name: str | None
    file_names: tuple[str, ...]
    sha256: str
    mapping: ColumnMapping
    counts: dict[str, int]
    operator: str
    imported_at: datetime
    undone_at: datetime | None
    undone_by: str | None

    @property
    def live(self) -> bool:
        return self.undone_at is None

    @property
    def files_text(self) -> str:
        return ", ".join(self.file_names)

    @property
    def status_text(self) -> str:
        """In the interface's language: "In place" or "Undone 05/12/2026 by …"."""
        if self.undone_at is None:
            return translate("Imports", "In place")
        return translate("Imports", "Undone {day} by {operator}").format(
            day=indian_date(self.undone_at.date()), operator=self.undone_by
        )


def _row(batch: ImportBatch, round_name: str | None) -> BatchRow:
    return BatchRow(
        id=batch.id,
        target=batch.target,
        target_label=TARGET_LABELS.get(batch.target, batch.target),
        round_id=batch.round_id,
        round_name=round_name,
        file_names=tuple(batch.file_names),
        sha256=batch.sha256,
        mapping=ColumnMapping.from_json(batch.mapping),
        counts=dict(batch.counts or {}),
        operator=batch.operator,
        imported_at=batch.imported_at,
        undone_at=batch.undone_at,
        undone_by=batch.undone_by,
    )


def list_batches(db: Database, *, target: str | None = None, round_id: int | None = None) -> list[BatchRow]:
    """Imports, the latest first."""
    with db.reading() as session:
        statement = (
            select(ImportBatch, AssessmentRound.name)
            .outerjoin(AssessmentRound, AssessmentRound.id == ImportBatch.round_id)
            .order_by(ImportBatch.id.desc())
        )
        if target is not None:
            statement = statement.where(ImportBatch.target == target)
        if round_id is not None:
            statement = statement.where(ImportBatch.round_id == round_id)
        return [_row(batch, name) for batch, name in session.execute(statement)]


def _later_batch(session, batch: ImportBatch) -> ImportBatch | None:
    """A batch still in place that came after ``batch`` into the same records."""
    statement = select(ImportBatch).where(
        ImportBatch.id > batch.id, ImportBatch.target == batch.target, ImportBatch.undone_at.is_(None)
    )
    if batch.round_id is not None:
        statement = statement.where(ImportBatch.round_id == batch.round_id)
    return session.scalars(statement.order_by(ImportBatch.id)).first()


def undo_batch(db: Database, batch_id: int) -> Path:
    """Take back everything the batch stored, after a backup; returns the backup's path.

    Batches of the same kind (and round) are undone latest first, since a later batch may have
    changed rows this one brought in.
    """
    with db.reading() as session:
        batch = get_or_raise(session, ImportBatch, batch_id, translate("Imports", "Import batch"))
        _check_undoable(session, batch)
    backup = backups.create_backup(db.path, "pre-bulk").path
    with db.transaction() as session:
        batch = get_or_raise(session, ImportBatch, batch_id, translate("Imports", "Import batch"))
        _check_undoable(session, batch)
        get_target(batch.target).undo(session, batch)
        batch.undone_at = utc_now()
        batch.undone_by = db.operator
    return backup


def _check_undoable(session, batch: ImportBatch) -> None:
    if batch.undone_at is not None:
        raise ConflictError(
            translate("Imports", "Batch {batch} was already undone on {day} by {operator}.").format(
                batch=batch.id, day=indian_date(batch.undone_at.date()), operator=batch.undone_by
            )
        )
    later = _later_batch(session, batch)
    if later is not None:
        raise ConflictError(
            translate(
                "Imports",
                "Batch {later} ({files}) was imported after batch {batch} into the same records and "
                "may have changed them; undo batch {later} first.",
            ).format(later=later.id, files=", ".join(later.file_names), batch=batch.id)
        )
