"""Photos and PDFs supporting a nomination, kept in the database by their SHA-256.

Each file is limited in size, and so are the number and total size of one nomination's files,
so that a cycle of a few hundred nominations keeps the database small enough to back up daily.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import RecognitionEvidence, RecognitionNomination
from desktop.services import stored_files
from desktop.services.database import Database
from desktop.services.disk import write_copy
from desktop.services.errors import ValidationError
from desktop.services.i18n import translate
from desktop.services.recognition.nominees import nominees_of
from desktop.services.recognition.vocabulary import (
    MAX_EVIDENCE_BYTES,
    MAX_EVIDENCE_FILES,
    MAX_EVIDENCE_TOTAL_BYTES,
)
from desktop.services.records import get_or_raise
from desktop.services.text import clean


@dataclass(frozen=True)
class EvidenceRow:
    id: int
    nomination_id: int
    title: str
    file_name: str
    media_type: str
    size: int
    sha256: str
    added_at: datetime

    @property
    def size_text(self) -> str:
        return stored_files.size_text(self.size)

    @property
    def is_image(self) -> bool:
        return self.media_type in stored_files.IMAGES


def _row(evidence: RecognitionEvidence) -> EvidenceRow:
    return EvidenceRow(
        evidence.id,
        evidence.nomination_id,
        evidence.title,
        evidence.file_name,
        evidence.media_type,
        evidence.size,
        evidence.sha256,
        evidence.added_at,
    )


def evidence_of(session: Session, nomination_id: int) -> list[EvidenceRow]:
    statement = (
        select(RecognitionEvidence)
        .where(RecognitionEvidence.nomination_id == nomination_id)
        .order_by(RecognitionEvidence.id)
    )
    return [_row(evidence) for evidence in session.scalars(statement)]


def _refuse_over_limits(
    session: Session, nomination: RecognitionNomination, file_name: str, size: int, sha256: str
) -> None:
    nominee = nominees_of(session, [nomination])[nomination.id].name
    present = evidence_of(session, nomination.id)
    same = next((row for row in present if row.sha256 == sha256), None)
    if same is not None:
        raise ValidationError.single(
            "file",
            translate(
                "Recognition", "{file} is already attached to {nominee}'s nomination (as '{title}')."
            ).format(file=file_name, nominee=nominee, title=same.title),
        )
    if len(present) >= MAX_EVIDENCE_FILES:
        raise ValidationError.single(
            "file",
            translate(
                "Recognition",
                "{nominee}'s nomination already has {count} evidence files, the most kept for one "
                "nomination; remove one before adding another.",
            ).format(nominee=nominee, count=len(present)),
        )
    total = sum(row.size for row in present)
    if total + size > MAX_EVIDENCE_TOTAL_BYTES:
        raise ValidationError.single(
            "file",
            translate(
                "Recognition",
                "{nominee}'s nomination already has {total} of evidence; {file} ({size}) "
                "would take it past {limit}. Attach a smaller copy or remove a file.",
            ).format(
                nominee=nominee,
                total=stored_files.size_text(total),
                file=file_name,
                size=stored_files.size_text(size),
                limit=stored_files.size_text(MAX_EVIDENCE_TOTAL_BYTES),
            ),
        )


def add_evidence(db: Database, nomination_id: int, path: Path, title: str = "") -> EvidenceRow:
    """Attach a PDF, PNG or JPEG to a nomination; another kind of file, or one over the limits, is refused."""
    data = stored_files.read_upload(
        path, field="file", allowed=stored_files.DOCUMENTS, max_bytes=MAX_EVIDENCE_BYTES
    )
    media_type = stored_files.media_type_of(data) or stored_files.PDF
    with db.transaction() as session:
        nomination = get_or_raise(
            session, RecognitionNomination, nomination_id, translate("Recognition", "Nomination")
        )
        stored = stored_files.store(session, data, media_type)
        _refuse_over_limits(session, nomination, path.name, stored.size, stored.sha256)
        evidence = RecognitionEvidence(
            nomination_id=nomination_id,
            title=clean(title)[:200] or path.stem[:200],
            file_name=path.name[:260],
            sha256=stored.sha256,
            media_type=media_type,
            size=stored.size,
        )
        session.add(evidence)
        session.flush()
        return _row(evidence)


def list_evidence(db: Database, nomination_id: int) -> list[EvidenceRow]:
    with db.reading() as session:
        return evidence_of(session, nomination_id)


def evidence_counts(session: Session, nomination_ids: list[int]) -> dict[int, int]:
    """How many files each nomination has, in one query."""
    statement = (
        select(RecognitionEvidence.nomination_id, func.count())
        .where(RecognitionEvidence.nomination_id.in_(nomination_ids))
        .group_by(RecognitionEvidence.nomination_id)
    )
    return dict(session.execute(statement).all())  # type: ignore[arg-type]


def remove_evidence(db: Database, evidence_id: int) -> None:
    """Take a file off its nomination (the audit log keeps its name and hash)."""
    with db.transaction() as session:
        session.delete(
            get_or_raise(session, RecognitionEvidence, evidence_id, translate("Recognition", "Evidence"))
        )


def evidence_content(db: Database, evidence_id: int) -> tuple[EvidenceRow, bytes]:
    """The file, after checking it still matches its SHA-256 (DamagedFileError if not)."""
    with db.reading() as session:
        evidence = get_or_raise(
            session, RecognitionEvidence, evidence_id, translate("Recognition", "Evidence")
        )
        return _row(evidence), stored_files.load(session, evidence.sha256)


def export_evidence(db: Database, evidence_id: int, folder: Path) -> Path:
    """Write the file into ``folder`` under its own name (for the system viewer or a copy)."""
    row, data = evidence_content(db, evidence_id)
    return write_copy(folder, row.id, row.file_name, data)
