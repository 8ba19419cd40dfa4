"""Certificates of recognition: issued for a cycle's nominees who attended, as one numbered batch
in the dispatch register, one landscape page per nominee.

Each certificate is numbered after the batch ("<dispatch number>-01", "-02", …); issuing marks each
nomination recognised with the date, the register entry and its certificate's number, in the same
transaction as the number is taken, so a certificate is never printed for a nomination left
unmarked, nor the other way round. Every line is fitted before a number is taken: a name too long
for the certificate even on two lines is refused naming the nominee. The register keeps a snapshot
of what was printed, so a duplicate is the same certificate even after the records change.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import DispatchEntry, RecognitionNomination
from desktop.documents.certificate import render_certificates
from desktop.documents.certificate_data import Award, CertificateSet, CertificateSignatory
from desktop.documents.certificate_layout import certificate_layout
from desktop.documents.errors import DocumentError
from desktop.documents.fitted_lines import LineTooLongError
from desktop.documents.letterhead import Letterhead
from desktop.services import dispatch, stored_files
from desktop.services.circulars import letterhead_for
from desktop.services.database import Database
from desktop.services.disk import write_file
from desktop.services.dispatch import IssuedDocument, IssueRequest
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.i18n import translate
from desktop.services.progress import NO_PROGRESS, Progress
from desktop.services.recognition.printed import (
    MAX_LISTED,
    PrintedNominee,
    cycle_and_programme,
    nominations_at,
    printed_nominees,
    refuse_dated_before,
    require_details,
    signatory_of,
)
from desktop.services.recognition.vocabulary import STATUSES
from desktop.services.records import get_or_raise

KIND = "certificate"


def certificate_number(dispatch_number: str, position: int) -> str:
    """The number of the ``position``-th certificate (from 1) of a batch: "<number>-01"."""
    return f"{dispatch_number}-{position:02d}"


def _award(nominee: PrintedNominee) -> Award:
    return Award(nominee.name, nominee.name_local, nominee.description, nominee.category)


def _problem(label: str, error: DocumentError) -> str:
    if isinstance(error, LineTooLongError) and error.what == "name":
        message = translate(
            "Recognition",
            "The name of {nominee} is too long for the certificate, even on two lines at the smallest size; "
            "record a shorter form of the name (initials for the middle names, say).",
        )
        return message.format(nominee=label)
    if isinstance(error, LineTooLongError) and error.what == "regional name":
        message = translate(
            "Recognition",
            "The regional name of {nominee} ('{text}') is too long for the certificate, even on two lines "
            "at the smallest size; record a shorter form of the name (initials for the middle names, say).",
        )
        return message.format(nominee=label, text=error.text)
    if isinstance(error, LineTooLongError):
        message = translate(
            "Recognition",
            "{nominee}'s certificate: the {what} '{text}' is too long for it, even on two lines.",
        )
        return message.format(nominee=label, what=error.what_text, text=error.text)
    return translate("Recognition", "{nominee}'s certificate: {problem}").format(nominee=label, problem=error)


def check_layout(certificates: CertificateSet, labels: Sequence[str]) -> None:
    """Lay out every certificate; refuse naming each nominee whose certificate does not fit."""
    problems = []
    for award, label in zip(certificates.awards, labels, strict=True):
        try:
            certificate_layout(certificates, award)
        except DocumentError as exc:
            problems.append(_problem(label, exc))
    if problems:
        lines = problems[:MAX_LISTED]
        if len(problems) > MAX_LISTED:
            lines.append(
                translate("Recognition", "… and {count} more.").format(count=len(problems) - MAX_LISTED)
            )
        raise ValidationError.single("nominations", "\n".join(lines))


@dataclass(frozen=True)
class _Batch:
    certificates: CertificateSet
    nominees: tuple[PrintedNominee, ...]
    office_id: int
    language: str


def _batch(
    db: Database, cycle_id: int, nomination_ids: Sequence[int], status: str, purpose: tuple[str, str]
) -> tuple[_Batch, list[RecognitionNomination]]:
    """``purpose``: what the nominees are chosen for ("for certificates") and what needs the
    cycle's details ("issuing certificates"), as messages say them."""
    chosen_for, doing = purpose
    with db.reading() as session:
        cycle, programme = cycle_and_programme(session, cycle_id)
        require_details(cycle, programme, ("office_id", "signatory_person_id"), doing)
        nominations = nominations_at(session, cycle, nomination_ids, status, chosen_for)
        nominees = printed_nominees(session, nominations, programme.language)
        signatory = signatory_of(session, cycle)
        office_id = cycle.office_id
        assert office_id is not None
        certificates = CertificateSet(
            letterhead=Letterhead(""),  # filled below, outside this reading
            language=programme.language,
            programme=programme.name,
            programme_local=programme.name_local,
            cycle=cycle.name,
            presented_on=cycle.event_date,
            signatory=signatory,
            awards=tuple(_award(nominee) for nominee in nominees),
        )
    certificates = replace(certificates, letterhead=letterhead_for(db, office_id))
    return _Batch(certificates, tuple(nominees), office_id, programme.language), nominations


def _snapshot(batch: _Batch) -> dict[str, Any]:
    certificates = batch.certificates
    letterhead = certificates.letterhead
    head = {key: value for key, value in asdict(letterhead).items() if key != "logo"}
    presented = certificates.presented_on
    return {
        "letterhead": head,
        "logo_sha256": hashlib.sha256(letterhead.logo).hexdigest() if letterhead.logo else None,
        "language": certificates.language,
        "programme": certificates.programme,
        "programme_local": certificates.programme_local,
        "cycle": certificates.cycle,
        "presented_on": presented.isoformat() if presented else None,
        "signatory": asdict(certificates.signatory),
        "certificates": [
            {"nomination_id": nominee.nomination_id, **asdict(award)}
            for nominee, award in zip(batch.nominees, certificates.awards, strict=True)
        ],
    }


def numbered(certificates: CertificateSet, number: str) -> CertificateSet:
    awards = tuple(
        replace(award, number=certificate_number(number, position))
        for position, award in enumerate(certificates.awards, start=1)
    )
    return replace(certificates, awards=awards)


def _mark_recognised(
    session: Session, entry: DispatchEntry, nomination_ids: Sequence[int], recognised_on: date
) -> None:
    """Mark each nomination recognised with this batch: runs inside the issuing transaction."""
    rows = {
        row.id: row
        for row in session.scalars(
            select(RecognitionNomination).where(RecognitionNomination.id.in_(nomination_ids))
        )
    }
    for position, nomination_id in enumerate(nomination_ids, start=1):
        nomination = rows.get(nomination_id)
        if nomination is None or nomination.status != "attended":
            if nomination is None:
                message = translate(
                    "Recognition",
                    "Nomination #{number} no longer exists; no certificate was issued. Try again.",
                )
            else:
                message = translate(
                    "Recognition",
                    "Nomination #{number} is now {status}; no certificate was issued. Try again.",
                )
            status = translate("Recognition", STATUSES[nomination.status]).lower() if nomination else ""
            raise ConflictError(message.format(number=nomination_id, status=status))
        nomination.status = "recognised"
        nomination.recognised_on = recognised_on
        nomination.certificate_entry_id = entry.id
        nomination.certificate_number = certificate_number(entry.number, position)


def issue_certificates(
    db: Database,
    cycle_id: int,
    nomination_ids: Sequence[int],
    issued_on: date,
    *,
    section: str = "",
    progress: Progress = NO_PROGRESS,
) -> IssuedDocument:
    """Number, print and register the certificates of the chosen attended nominees, and mark them
    recognised, as one unit. Refused, with nothing numbered, for a nominee not attended, a cycle
    without its office or signatory, a date before attendance, or a line that does not fit."""
    batch, nominations = _batch(
        db,
        cycle_id,
        nomination_ids,
        "attended",
        (translate("Recognition", "for certificates"), translate("Recognition", "issuing certificates")),
    )
    names = {nominee.nomination_id: nominee.name for nominee in batch.nominees}
    refuse_dated_before(
        nominations, names, "attended_on", issued_on, translate("Recognition", "their certificate")
    )
    check_layout(batch.certificates, [nominee.name for nominee in batch.nominees])
    ids = [nominee.nomination_id for nominee in batch.nominees]
    certificates = batch.certificates
    request = IssueRequest(
        office_id=batch.office_id,
        issued_on=issued_on,
        subject=f"Certificates of Recognition: {certificates.programme}, {certificates.cycle}",
        language=batch.language,
        body="\n".join(
            f"{position}. {nominee.name}" + (f" ({nominee.category})" if nominee.category else "")
            for position, nominee in enumerate(batch.nominees, start=1)
        ),
        section=section,
        kind=KIND,
        recipients=[f"{nominee.name}, {nominee.description}" for nominee in batch.nominees],
        signatory={key: value for key, value in asdict(certificates.signatory).items() if value},
        values=_snapshot(batch),
    )
    return dispatch.issue(
        db,
        request,
        lambda number: render_certificates(numbered(certificates, number), progress),
        on_issued=lambda session, entry: _mark_recognised(session, entry, ids, issued_on),
    )


def _from_snapshot(session: Session, entry: DispatchEntry) -> CertificateSet:
    snapshot = entry.values
    logo_sha256 = snapshot.get("logo_sha256")
    logo = stored_files.load(session, logo_sha256) if logo_sha256 else None
    presented = snapshot.get("presented_on")
    awards = tuple(
        Award(**{key: value for key, value in item.items() if key != "nomination_id"})
        for item in snapshot["certificates"]
    )
    certificates = CertificateSet(
        letterhead=Letterhead(**snapshot["letterhead"], logo=logo),
        language=snapshot["language"],
        programme=snapshot["programme"],
        programme_local=snapshot.get("programme_local"),
        cycle=snapshot["cycle"],
        presented_on=date.fromisoformat(presented) if presented else None,
        signatory=CertificateSignatory(**snapshot["signatory"]),
        awards=awards,
    )
    return numbered(certificates, entry.number)


def _issued_batch(db: Database, entry_id: int) -> CertificateSet:
    with db.reading() as session:
        entry = get_or_raise(
            session, DispatchEntry, entry_id, translate("Recognition", "Issued certificates")
        )
        if entry.kind != KIND:
            raise ValidationError.single(
                "entry",
                translate("Recognition", "{number} is a {kind}, not a batch of certificates.").format(
                    number=entry.number, kind=entry.kind
                ),
            )
        return _from_snapshot(session, entry)


def reprint_certificates(
    db: Database, entry_id: int, duplicate: bool = True, progress: Progress = NO_PROGRESS
) -> bytes:
    """The issued certificates again, from the register's snapshot, marked DUPLICATE COPY."""
    return render_certificates(replace(_issued_batch(db, entry_id), duplicate=duplicate), progress)


def save_certificate_copies(
    db: Database, entry_id: int, folder: Path, *, progress: Progress = NO_PROGRESS, duplicate: bool = False
) -> list[Path]:
    """One PDF per certificate of an issued batch, in ``folder``, named by the certificate's number
    and the nominee. Cancelling stops between files; no partial file is left."""
    certificates = replace(_issued_batch(db, entry_id), duplicate=duplicate)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    total = len(certificates.awards)
    for index, award in enumerate(certificates.awards):
        progress.report(index, total, award.name)
        pdf = render_certificates(replace(certificates, awards=(award,)))
        progress.check_cancelled()  # Cancel pressed while this one was rendering: do not write it
        assert award.number is not None
        target = folder / f"{award.number.replace('/', '-')}_{_safe(award.name)}.pdf"
        write_file(target, pdf)
        written.append(target)
    progress.report(total, total, translate("Recognition", "Done"))
    return written


def _safe(text: str) -> str:
    kept = "".join(char if char.isalnum() or char in " -_()" else "-" for char in text)
    return "-".join(kept.split())[:80]


def certificate_preview(db: Database, cycle_id: int, nomination_id: int) -> bytes:
    """One nominee's certificate as it would print, marked DRAFT and without a number. Refused for
    a withdrawn nomination, and as issuing would refuse it (missing office or signatory, a line
    that does not fit)."""
    with db.reading() as session:
        nomination = get_or_raise(
            session, RecognitionNomination, nomination_id, translate("Recognition", "Nomination")
        )
        status = nomination.status
    if status == "withdrawn":
        raise ValidationError.single(
            "nominations", translate("Recognition", "The nomination was withdrawn; it gets no certificate.")
        )
    purpose = (
        translate("Recognition", "for a certificate"),
        translate("Recognition", "previewing a certificate"),
    )
    batch, _nominations = _batch(db, cycle_id, [nomination_id], status, purpose)
    check_layout(batch.certificates, [batch.nominees[0].name])
    return render_certificates(batch.certificates)
