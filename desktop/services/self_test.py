"""``district-desk self-test``: proof that an installation works, the parts without a screen.

The test works in a folder of its own and never on the user's database: a database named for it
is copied in first (through SQLite's backup, so an open database copies whole), and the copy is
what gets upgraded and written to. :mod:`desktop.ui.self_test` drives these steps around the real
main window; CI runs it on the built bundle.
"""

from __future__ import annotations

import re
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from db.schema import SchemaStatus, head_revision, schema_state_of_file
from desktop.documents.circular import Signatory
from desktop.services import backups, circulars, offices
from desktop.services.circulars import CircularDraft
from desktop.services.database import Database
from desktop.services.disk import write_file
from desktop.services.recipients import office_recipients

DATABASE_NAME = "self-test.db"
PDF_NAME = "circular-kn.pdf"
OFFICE_CODE = "SELFTEST"
# The font the Kannada text must be set in: ReportLab embeds it under its PostScript name.
KANNADA_FONT = "NotoSansKannada"
KANNADA_SUBJECT = "ಶಾಲಾ ಸಮುದಾಯ ದಿನಾಚರಣೆ"  # Community school day
KANNADA_BODY = (
    "ಎಲ್ಲಾ ಶಾಲೆಗಳಲ್ಲಿ ಶಾಲಾ ಸಮುದಾಯ ದಿನವನ್ನು 15/12/2026 ರಂದು ಆಚರಿಸಲಾಗುವುದು.\n"
    "- ಪೋಷಕರನ್ನು ಆಹ್ವಾನಿಸಿ.\n"
    "- ಹಾಜರಾತಿ ವರದಿಯನ್ನು ಕಳುಹಿಸಿ."
)


class SelfTestError(Exception):
    """A step of the self-test failed; the message says which and why."""


@dataclass(frozen=True)
class Workspace:
    folder: Path
    database: Path
    settings: Path  # QSettings are kept here, not in the user's settings
    pdf: Path
    revision_before: str | None  # the copied database's schema revision; None for a new database


@dataclass(frozen=True)
class PdfFacts:
    path: Path
    size: int
    pages: int
    fonts: tuple[str, ...]


def prepare(folder: Path | None = None, source: Path | None = None) -> Workspace:
    """The folder to work in (a new temporary one unless given; a given one must be empty or
    new) and the database to open there: a copy of ``source``, or none yet."""
    if folder is None:
        folder = Path(tempfile.mkdtemp(prefix="district-desk-self-test-"))
    elif folder.exists() and any(folder.iterdir()):
        raise SelfTestError(
            f"The folder {folder} is not empty; give a new or empty folder for the self-test."
        )
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / DATABASE_NAME
    revision = None
    if source is not None:
        if not source.is_file():
            raise SelfTestError(f"There is no database at {source} to copy.")
        # Read-only; and "immutable" when no write-ahead log is beside it, since even a read-only
        # connection to a WAL database leaves -wal and -shm files behind where none were.
        wal = source.with_name(source.name + "-wal")
        query = "mode=ro" if wal.exists() else "immutable=1"
        try:
            origin = sqlite3.connect(f"{source.resolve().as_uri()}?{query}", uri=True)
            copy = sqlite3.connect(database)
            try:
                origin.backup(copy)
            finally:
                copy.close()
                origin.close()
        except sqlite3.Error as exc:
            raise SelfTestError(f"{source} could not be copied as an SQLite database: {exc}") from exc
        revision = schema_state_of_file(database).current
    return Workspace(folder, database, folder / "settings", folder / PDF_NAME, revision)


def check_opened(work: Workspace) -> str:
    """After the app has opened the database: it is at this release's schema, and a database from
    an older release was backed up (and the backup verified) before its upgrade. Says what it found."""
    state = schema_state_of_file(work.database)
    if state.status is not SchemaStatus.CURRENT:
        raise SelfTestError(f"The database is at schema {state.current}, not {state.head}, after opening.")
    if work.revision_before is None:
        return f"created at schema {state.head}"
    if work.revision_before == state.head:
        return f"already at schema {state.head}"
    before = [info for info in backups.list_backups(work.database) if info.kind == "pre-migration"]
    if not before:
        raise SelfTestError(
            f"The database was upgraded from schema {work.revision_before} without a backup beforehand."
        )
    return f"upgraded from schema {work.revision_before} to {head_revision()} after a backup ({before[0].path.name})"


def issue_kannada_circular(db: Database, work: Workspace, today: date) -> tuple[str, PdfFacts]:
    """Issue a circular in Kannada through the circulars service (numbered, registered, printed)
    to an office made for the test, save it as ``work.pdf`` and check the PDF."""
    office = next((o for o in offices.list_offices(db) if o.office_code == OFFICE_CODE), None)
    if office is None:
        office = offices.create_office(
            db,
            offices.OfficeInput(
                name="Self-test office",
                kind="Other",
                office_code=OFFICE_CODE,
                name_local="ಸ್ವಯಂ ಪರೀಕ್ಷಾ ಕಚೇರಿ",
                address="District Collective Desk self-test",
            ),
        )
    draft = CircularDraft(
        office_id=office.id,
        issued_on=today,
        language="kn",
        subject=KANNADA_SUBJECT,
        body=KANNADA_BODY,
        recipients=tuple(office_recipients(db, [office.id])),
        signatory=Signatory("ಸ್ವಯಂ ಪರೀಕ್ಷೆ", "ಉಪ ನಿರ್ದೇಶಕರು"),
        section="TEST",
    )
    issued = circulars.issue_circular(db, draft)
    write_file(work.pdf, issued.pdf)
    return issued.number, check_pdf(work.pdf)


_PAGE = re.compile(rb"/Type\s*/Page\b")
_FONT = re.compile(rb"/BaseFont\s*/(?:[A-Z]{6}\+)?([A-Za-z0-9_-]+)")


def check_pdf(path: Path, font: str = KANNADA_FONT) -> PdfFacts:
    """The PDF at ``path`` exists, has pages, and embeds ``font`` (the shaped Kannada text is set
    in it: without the font the text would have fallen back to boxes or been refused)."""
    if not path.is_file():
        raise SelfTestError(f"The circular was not saved to {path}.")
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise SelfTestError(f"{path} is not a PDF file.")
    fonts = tuple(sorted({name.decode("ascii") for name in _FONT.findall(data)}))
    facts = PdfFacts(path, len(data), len(_PAGE.findall(data)), fonts)
    if facts.pages < 1:
        raise SelfTestError(f"{path} has no pages.")
    if not any(name.startswith(font) for name in fonts):
        raise SelfTestError(f"{path} does not embed {font}; fonts found: {', '.join(fonts) or 'none'}.")
    return facts
