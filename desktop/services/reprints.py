"""Duplicates and per-recipient copies of anything in the dispatch register, each printed the way
it was issued (certificates on the certificate layout, everything else as a circular), and
cancelling an entry together with what it marked (nominees invited or recognised)."""

from __future__ import annotations

from pathlib import Path

from db.models import DispatchEntry
from desktop.services import circulars, dispatch
from desktop.services.database import Database
from desktop.services.i18n import translate
from desktop.services.progress import NO_PROGRESS, Progress
from desktop.services.recognition import certificates
from desktop.services.recognition.register_release import release_nominations
from desktop.services.records import get_or_raise


def _kind(db: Database, entry_id: int) -> str:
    with db.reading() as session:
        return get_or_raise(session, DispatchEntry, entry_id, translate("Circulars", "Issued document")).kind


def reprint(
    db: Database, entry_id: int, *, duplicate: bool = True, progress: Progress = NO_PROGRESS
) -> bytes:
    """The issued document again from the register's snapshot, marked DUPLICATE COPY."""
    if _kind(db, entry_id) == certificates.KIND:
        return certificates.reprint_certificates(db, entry_id, duplicate=duplicate, progress=progress)
    return circulars.reprint(db, entry_id, duplicate=duplicate, progress=progress)


def save_copies(
    db: Database, entry_id: int, folder: Path, *, progress: Progress = NO_PROGRESS, duplicate: bool = False
) -> list[Path]:
    """One PDF per recipient (per certificate, for a batch of certificates) in ``folder``."""
    if _kind(db, entry_id) == certificates.KIND:
        return certificates.save_certificate_copies(
            db, entry_id, folder, progress=progress, duplicate=duplicate
        )
    return circulars.save_copies(db, entry_id, folder, progress=progress, duplicate=duplicate)


def cancel(db: Database, entry_id: int, reason: str) -> None:
    """Cancel an issued document; nominees an invitation or certificate batch marked go back a
    step in the same transaction, so the letter or certificates can be issued again."""
    dispatch.cancel(db, entry_id, reason, on_cancelled=release_nominations)
