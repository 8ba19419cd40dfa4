"""Giving a partner the return template: built, written and recorded in the exchange log together.

A return template leaves the office with the MoU's school list and, where the terms allow
pseudonymised results, its students' pseudonyms, grades and genders: the log records it like a
package (event ``template``), so "who holds data about this school or student" and the erasure
reminders know about it. One user action, one transaction: the MoU checked, its pseudonym secret
made if needed, the workbook built, the log entry added, the file written (a hidden partial name
in the same folder, fsynced, renamed). If anything fails the transaction rolls back and the
written file is deleted: no template exists that the log does not know about, and no secret is
left behind.

A template is not signed (a partner without the app has no key to check it with), so its log
entry's ``signer_fingerprint`` is empty.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import AssessmentRound, ExchangeLogEntry, MouDataShare, StudentResult
from desktop.services.database import Database
from desktop.services.disk import write_file
from desktop.services.errors import ConflictError, DomainError
from desktop.services.exchange.log import pack_student_keys
from desktop.services.exchange.return_template import (
    BuiltTemplate,
    build_return_template,
    latest_results_round,
    template_scope,
)
from desktop.services.exchange.return_template_marks import RESULTS, TEMPLATE_VERSION
from desktop.services.exchange.scope import add_months, among
from desktop.services.i18n import translate
from desktop.services.mous import listing
from desktop.services.progress import NO_PROGRESS, Progress

TEMPLATE_EVENT = "template"
SCHOOLS = "school_directory"
# What the workbook pre-fills, by the catalogue's category and field names (the log's categories
# and fields): the schools sheet, and the students' rows without scores.
SCHOOL_FIELDS = ("udise_code", "school_name", "block", "cluster")
STUDENT_FIELDS = ("student_pseudonym", "udise_code", "round", "grade", "gender", "subject")
SUFFIX = ".xlsx"


class TemplateWriteError(DomainError):
    """The template could not be written where asked; nothing was left and nothing recorded."""


@dataclass(frozen=True)
class TemplateChoice:
    """An MoU as the template dialog offers it: ``refusal`` says why it cannot have a template."""

    mou_id: int
    reference: str
    title: str
    partners: str
    refusal: str | None


@dataclass(frozen=True)
class TemplatePreview:
    """What a template of the MoU would carry, before anything is written."""

    mou_id: int
    reference: str
    title: str
    partner_names: tuple[str, ...]
    schools: int
    students: int | None  # None: the terms do not allow pseudonymised results
    results_round: str | None  # the round whose students are pre-filled
    keep_until: date | None


@dataclass(frozen=True)
class TemplateExportResult:
    log_id: int
    path: Path
    sha256: str
    size: int
    template_id: str
    schools: int
    students: int
    student_rows: int
    keep_until: date | None


def template_file_name(reference: str, round_name: str) -> str:
    """``Return template <REF> <round>.xlsx``, with what Windows refuses in a name replaced."""
    stem = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', "-", f"Return template {reference} {round_name}")
    return " ".join(stem.split()).strip(" .-") + SUFFIX


def _carried(built: BuiltTemplate) -> tuple[str, ...]:
    return (SCHOOLS, RESULTS) if built.student_keys else (SCHOOLS,)


def _keep_until(session: Session, mou_id: int, today: date, categories: tuple[str, ...]) -> date | None:
    """As an export's: the earliest keep-until of the MoU's terms for what the template carries;
    None when its terms name none of it (only the MoU's own school list leaves)."""
    months = session.scalars(
        select(MouDataShare.keep_months).where(
            MouDataShare.mou_id == mou_id, MouDataShare.category.in_(categories)
        )
    ).all()
    return add_months(today, min(months)) if months else None


def template_choices(db: Database, *, today: date) -> list[TemplateChoice]:
    """Every MoU with whether a template can be made for it today and, if not, why; those that
    can first, then by reference."""
    rows = listing.list_mous(db, today=today)
    choices = []
    with db.reading() as session:
        for row in rows:
            refusal = None
            try:
                template_scope(session, row.id, today)
            except DomainError as refused:
                refusal = refused.message
            choices.append(TemplateChoice(row.id, row.reference, row.title, row.partners, refusal))
    return sorted(choices, key=lambda c: (c.refusal is not None, c.reference.casefold()))


def preview_template(db: Database, mou_id: int, *, today: date) -> TemplatePreview:
    """What the template of MoU ``mou_id`` would pre-fill, or the reason it cannot be made."""
    with db.reading() as session:
        scope = template_scope(session, mou_id, today)
        students: int | None = None
        round_name: str | None = None
        if scope.allows_student_results:
            round_id = latest_results_round(session, scope.school_ids)
            students = 0
            if round_id is not None:
                students = session.scalar(
                    select(func.count(func.distinct(StudentResult.student_key))).where(
                        StudentResult.round_id == round_id, among(StudentResult.school_id, scope.school_ids)
                    )
                )
                round_name = _round_name_of(session, round_id)
        carried = (SCHOOLS, RESULTS) if students else (SCHOOLS,)
        return TemplatePreview(
            mou_id=scope.mou_id,
            reference=scope.reference,
            title=scope.title,
            partner_names=scope.partner_names,
            schools=len(scope.school_ids),
            students=students,
            results_round=round_name,
            keep_until=_keep_until(session, scope.mou_id, today, carried),
        )


def _round_name_of(session: Session, round_id: int) -> str:
    round_ = session.get(AssessmentRound, round_id)
    return round_.name if round_ is not None else ""


def _target(db: Database, path: Path, mou_id: int, today: date, round_name: str) -> Path:
    """The file to write: ``path`` itself (``.xlsx`` added if missing), or the default name inside
    ``path`` when it is a folder. Refuses a missing or read-only folder and an existing file."""
    target = path
    if path.is_dir():
        with db.reading() as session:
            target = path / template_file_name(template_scope(session, mou_id, today).reference, round_name)
    if not target.name.lower().endswith(SUFFIX):
        target = target.with_name(target.name + SUFFIX)
    folder = target.parent
    if not folder.is_dir():
        raise TemplateWriteError(
            translate(
                "Exchange",
                "The folder {folder} does not exist (is the drive plugged in?). Choose another place; "
                "nothing was written.",
            ).format(folder=folder)
        )
    if not os.access(folder, os.W_OK):
        raise TemplateWriteError(
            translate(
                "Exchange", "{folder} cannot be written to. Choose another folder; nothing was written."
            ).format(folder=folder)
        )
    if target.exists():
        raise ConflictError(
            translate(
                "Exchange",
                "{folder} already holds a file named {file}; it was left as it is. Choose another "
                "name, so that a template already given to a partner is not replaced.",
            ).format(folder=folder, file=target.name)
        )
    return target


def _write(target: Path, data: bytes) -> None:
    """``data`` to ``target``, complete or not there at all; never over a file that appeared."""
    try:
        write_file(target, data, replace=False)
    except FileExistsError:
        raise ConflictError(
            translate("Exchange", "{file} appeared in {folder} while the template was written.").format(
                file=target.name, folder=target.parent
            )
        ) from None
    except OSError as error:
        raise TemplateWriteError(
            translate(
                "Exchange",
                "The template could not be written to {folder} ({reason}): the drive may be full or have "
                "been removed. Nothing was left on it and nothing was recorded.",
            ).format(folder=target.parent, reason=error.strerror or error)
        ) from None


def _log_entry(
    built: BuiltTemplate, keep_until: date | None, digest: str, name: str, db: Database, now: datetime
) -> ExchangeLogEntry:
    """What the log keeps: what the workbook pre-fills (the catalogue's names), for whom, the file."""
    carried = _carried(built)
    fields = {SCHOOLS: list(SCHOOL_FIELDS)}
    counts = {"schools": len(built.school_codes)}
    if RESULTS in carried:
        fields[RESULTS] = list(STUDENT_FIELDS)
        # Students, not result rows: no result leaves, only who is to be assessed (one row a subject).
        counts["students"] = len(built.student_keys)
    return ExchangeLogEntry(
        event=TEMPLATE_EVENT,
        package_id=built.template_id,  # the id marked inside the workbook
        format_version=TEMPLATE_VERSION,
        mou_id=built.mou_id,
        mou_reference=built.reference,
        partner_names=list(built.partner_names),
        organisation_ids=list(built.organisation_ids),
        purpose=f"Return template for the round {built.round_name}: for the partner to fill in and give back",
        categories=list(carried),
        fields=fields,
        counts=counts,
        school_codes=list(built.school_codes),
        student_keys=pack_student_keys(built.student_keys),
        package_name=name,
        package_sha256=digest,
        package_size=len(built.data),
        signer_fingerprint="",  # unsigned; the column is NOT NULL
        keep_until=keep_until,
        operator=db.operator,
        occurred_at=now,
    )


def export_return_template(
    db: Database,
    mou_id: int,
    *,
    today: date,
    round_name: str,
    path: Path,
    now: datetime | None = None,
    progress: Progress = NO_PROGRESS,
) -> TemplateExportResult:
    """Write MoU ``mou_id``'s return template for ``round_name`` to ``path`` (a file, or a folder
    for the default name) and record it in the exchange log, all or nothing.

    Refused, saying why, when the MoU is not in force or covers no schools, the round name is
    missing or too long, the folder is missing or read-only, or the file exists. ``now`` is the
    moment recorded (aware; the computer's local time when None). Cancelling through ``progress``
    before the file is written rolls everything back."""
    occurred_at = (now or datetime.now().astimezone()).astimezone()
    target = _target(db, Path(path), mou_id, today, round_name)
    written = False
    try:
        with db.transaction() as session:
            progress.report(0, 2, translate("Exchange", "Building the workbook"))
            built = build_return_template(session, mou_id, today=today, round_name=round_name)
            keep_until = _keep_until(session, built.mou_id, today, _carried(built))
            digest = hashlib.sha256(built.data).hexdigest()
            entry = _log_entry(built, keep_until, digest, target.name, db, occurred_at)
            session.add(entry)
            session.flush()  # the log's checks before the file: a refused entry writes nothing
            progress.report(1, 2, translate("Exchange", "Writing the file"))
            _write(target, built.data)
            written = True
            log_id = entry.id
    except BaseException:
        if written:
            with contextlib.suppress(OSError):
                target.unlink()
        raise
    # No report after the commit: it would raise on a late Cancel for work already done.
    return TemplateExportResult(
        log_id=log_id,
        path=target,
        sha256=digest,
        size=len(built.data),
        template_id=built.template_id,
        schools=len(built.school_codes),
        students=len(built.student_keys),
        student_rows=built.student_rows,
        keep_until=keep_until,
    )
