"""Scanned signed copies and annexures of an MoU, kept in the database with their SHA-256."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from db.models import Mou, MouAttachment
from desktop.services import stored_files
from desktop.services.database import Database
from desktop.services.disk import write_copy
from desktop.services.errors import ValidationError
from desktop.services.i18n import translate
from desktop.services.mous.vocabulary import ATTACHMENT_KINDS, MAX_ATTACHMENT_BYTES
from desktop.services.records import get_or_raise
from desktop.services.text import clean


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    kind: str
    title: str
    file_name: str
    media_type: str
    size: int
    sha256: str
    added_at: datetime

    @property
    def kind_label(self) -> str:
        return ATTACHMENT_KINDS.get(self.kind, self.kind)


def _row(a: MouAttachment) -> AttachmentRow:
    return AttachmentRow(a.id, a.kind, a.title, a.file_name, a.media_type, a.size, a.sha256, a.added_at)


def add_attachment(db: Database, mou_id: int, path: Path, kind: str, title: str = "") -> AttachmentRow:
    """Keep a PDF or image with the MoU; a file of another kind or over the limit is refused."""
    if kind not in ATTACHMENT_KINDS:
        raise ValidationError.single(
            "kind", translate("MoUs", "Unknown kind of attachment '{kind}'.").format(kind=kind)
        )
    data = stored_files.read_upload(
        path, field="file", allowed=stored_files.DOCUMENTS, max_bytes=MAX_ATTACHMENT_BYTES
    )
    media_type = stored_files.media_type_of(data) or stored_files.PDF
    with db.transaction() as session:
        get_or_raise(session, Mou, mou_id, translate("MoUs", "MoU"))
        stored = stored_files.store(session, data, media_type)
        attachment = MouAttachment(
            mou_id=mou_id,
            kind=kind,
            title=clean(title)[:200] or path.stem[:200],
            file_name=path.name[:260],
            sha256=stored.sha256,
            media_type=media_type,
            size=stored.size,
        )
        session.add(attachment)
        session.flush()
        return _row(attachment)


def list_attachments(db: Database, mou_id: int) -> list[AttachmentRow]:
    with db.reading() as session:
        statement = select(MouAttachment).where(MouAttachment.mou_id == mou_id).order_by(MouAttachment.id)
        return [_row(a) for a in session.scalars(statement)]


def remove_attachment(db: Database, attachment_id: int) -> None:
    """Take an attachment off the MoU (the audit log keeps its name and hash)."""
    with db.transaction() as session:
        session.delete(get_or_raise(session, MouAttachment, attachment_id, translate("MoUs", "Attachment")))


def attachment_content(db: Database, attachment_id: int) -> tuple[AttachmentRow, bytes]:
    """The file, after checking it still matches its SHA-256 (DamagedFileError if not)."""
    with db.reading() as session:
        attachment = get_or_raise(session, MouAttachment, attachment_id, translate("MoUs", "Attachment"))
        return _row(attachment), stored_files.load(session, attachment.sha256)


def export_attachment(db: Database, attachment_id: int, folder: Path) -> Path:
    """Write the attachment into ``folder`` under its own name (for the system viewer or a copy)."""
    row, data = attachment_content(db, attachment_id)
    return write_copy(folder, row.id, row.file_name, data)
