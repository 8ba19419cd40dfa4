"""Issuing circulars: from a draft to a numbered, printed and registered circular; reprints.

A draft is checked in full before anything is numbered: the body's markup, every placeholder, and
every recipient's value for each placeholder used (all problems at once, naming the recipients).
Issuing takes the number, prints one copy per recipient in one PDF and records the circular in the
dispatch register, as one unit. The register keeps a snapshot of everything printed, so a reprint
is the same document, marked DUPLICATE COPY, even after the office's records have changed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from db.models import DispatchEntry, DispatchSeries, Office
from desktop.documents.circular import LABELS, Circular, Letterhead, Signatory, render_circulars
from desktop.documents.markup import MarkupError, parse_body
from desktop.documents.placeholders import MissingValueError, TemplateError, check, fill
from desktop.services import dispatch, stored_files
from desktop.services.database import Database
from desktop.services.disk import write_file
from desktop.services.dispatch import IssuedDocument, IssueRequest
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.i18n import plural, translate
from desktop.services.progress import NO_PROGRESS, Progress
from desktop.services.recipients import Recipient, localise, placeholder_names
from desktop.services.records import get_or_raise

MAX_MISSING_LISTED = 10
# What the register's snapshot of anything issued as a circular holds (see _snapshot).
CIRCULAR_SNAPSHOT = ("letterhead", "signatory", "subject", "references", "fields", "recipients")


@dataclass(frozen=True)
class CircularDraft:
    office_id: int
    issued_on: date
    language: str
    subject: str
    body: str
    recipients: tuple[Recipient, ...]
    signatory: Signatory
    section: str = ""
    references: tuple[str, ...] = ()
    copy_to: tuple[str, ...] = ()
    fields: Mapping[str, str] = field(default_factory=dict)  # the template's own, same for all
    template_name: str | None = None
    supersedes: int | None = None  # the issued circular this one replaces


def letterhead_for(db: Database, office_id: int) -> Letterhead:
    """The letterhead of an office, from its record."""
    with db.reading() as session:
        office = get_or_raise(session, Office, office_id, translate("Offices", "Office"))
        contact = " · ".join(part for part in (office.phone, office.email) if part) or None
        logo = stored_files.load(session, office.logo_sha256) if office.logo_sha256 else None
        return Letterhead(office.name, office.name_local, office.address, office.address_local, contact, logo)


def _known(draft: CircularDraft) -> frozenset[str]:
    kinds = {recipient.kind for recipient in draft.recipients}
    if len(kinds) > 1:
        raise ValidationError.single(
            "recipients",
            translate("Circulars", "One circular goes to schools, offices or people, not a mix."),
        )
    kind = kinds.pop() if kinds else "school"
    return placeholder_names(kind) | set(draft.fields)


def copies_for(draft: CircularDraft, letterhead: Letterhead, number: str | None) -> list[Circular]:
    """One circular per recipient, placeholders filled; raises :class:`ValidationError` listing
    every problem (keyed "subject", "body" or "recipients") before anything is printed."""
    if not draft.recipients:
        raise ValidationError.single("recipients", translate("Circulars", "Choose at least one recipient."))
    try:
        parse_body(draft.body)
    except MarkupError as exc:
        raise ValidationError.single("body", exc.message) from exc
    try:
        check({"Subject": draft.subject, "Body": draft.body}, _known(draft))
    except TemplateError as exc:
        by_part: dict[str, str] = {}
        for problem in exc.problems:
            by_part[problem.part.lower()] = by_part.get(problem.part.lower(), "") + f"{problem}\n"
        raise ValidationError({part: text.strip() for part, text in by_part.items()}) from exc
    copies, missing = [], []
    for recipient in draft.recipients:
        local = localise(recipient, draft.language)
        values: dict[str, Any] = {**local.values, **draft.fields, "date": f"{draft.issued_on:%d/%m/%Y}"}
        values["number"] = number or "—"  # a preview has no number yet
        try:
            subject = fill(draft.subject, values, recipient.label)
            body = fill(draft.body, values, recipient.label)
        except MissingValueError as exc:
            missing.append(exc.message)
            continue
        copies.append(
            Circular(
                letterhead, draft.issued_on, subject, body, draft.signatory, draft.language, number,
                local.address, draft.references, draft.copy_to,
            )
        )  # fmt: skip
    if missing:
        heading = plural(
            len(missing),
            translate("Circulars", "{count} recipient cannot be printed:"),
            translate("Circulars", "{count} recipients cannot be printed:"),
        ).format(count=len(missing))
        lines = [heading, *missing[:MAX_MISSING_LISTED]]
        if len(missing) > MAX_MISSING_LISTED:
            more = len(missing) - MAX_MISSING_LISTED
            lines.append(translate("Circulars", "… and {count} more.").format(count=more))
        raise ValidationError.single("recipients", "\n".join(lines))
    return copies


def _with_supersede_note(db: Database, draft: CircularDraft) -> CircularDraft:
    """A superseding circular says which one it replaces, in its own language, among its references."""
    if draft.supersedes is None:
        return draft
    with db.reading() as session:
        old = get_or_raise(
            session, DispatchEntry, draft.supersedes, translate("Circulars", "Issued circular")
        )
        circular_snapshot(old, translate("Circulars", "a new circular cannot supersede it"))
    note = LABELS[draft.language]["supersedes"].format(number=old.number, date=f"{old.issued_on:%d/%m/%Y}")
    return replace(draft, references=(*draft.references, note))


def preview(db: Database, draft: CircularDraft) -> bytes:
    """The first copy as a draft (marked DRAFT, no number), after the same checks as issuing."""
    draft = _with_supersede_note(db, draft)
    copies = copies_for(draft, letterhead_for(db, draft.office_id), None)
    return render_circulars(copies[:1])


def _snapshot(draft: CircularDraft, letterhead: Letterhead) -> dict[str, Any]:
    # The logo is kept once in stored_file and named here by its hash, not copied into every entry.
    head = {key: value for key, value in asdict(letterhead).items() if key != "logo"}
    return {
        "letterhead": head,
        "logo_sha256": hashlib.sha256(letterhead.logo).hexdigest() if letterhead.logo else None,
        "signatory": asdict(draft.signatory),
        "subject": draft.subject,
        "references": list(draft.references),
        "fields": dict(draft.fields),
        "recipients": [
            {"kind": r.kind, "id": r.id, "label": r.label, "address": list(r.address), "values": r.values}
            for r in draft.recipients
        ],
    }


def issue_circular(
    db: Database,
    draft: CircularDraft,
    progress: Progress = NO_PROGRESS,
    *,
    kind: str = "circular",
    on_issued: dispatch.OnIssued | None = None,
) -> IssuedDocument:
    """Number, print and register the circular; nothing is numbered if any check fails.
    ``kind`` names it in the register ("invitation"); ``on_issued`` as :func:`dispatch.issue`."""
    letterhead = letterhead_for(db, draft.office_id)
    draft = _with_supersede_note(db, draft)
    copies_for(draft, letterhead, "0")  # every check, before a number is taken
    request = IssueRequest(
        office_id=draft.office_id,
        issued_on=draft.issued_on,
        subject=_register_subject(draft),
        language=draft.language,
        body=draft.body,
        section=draft.section,
        recipients=[recipient.label for recipient in draft.recipients],
        copy_to=draft.copy_to,
        signatory=asdict(draft.signatory),
        template_name=draft.template_name,
        values=_snapshot(draft, letterhead),
        supersedes=draft.supersedes,
        kind=kind,
    )
    return dispatch.issue(
        db,
        request,
        lambda number: render_circulars(copies_for(draft, letterhead, number), progress),
        on_issued=on_issued,
    )


def _register_subject(draft: CircularDraft) -> str:
    """The subject as the register lists it: the circular's own fields filled in; a subject naming
    each recipient ({school_name}) stays as written, since it differs from copy to copy."""
    try:
        return fill(draft.subject, draft.fields, "")
    except MissingValueError:
        return draft.subject


def circular_snapshot(entry: DispatchEntry, refused: str) -> dict[str, Any]:
    """The register's snapshot of an entry issued as a circular (an invitation letter too). Any
    other entry (a batch of certificates) is refused with a ConflictError naming it and saying
    what cannot be done (``refused``)."""
    snapshot = entry.values or {}
    if not all(key in snapshot for key in CIRCULAR_SNAPSHOT):
        raise ConflictError(
            translate("Circulars", "{number} is a {kind} entry, not a circular; {refused}.").format(
                number=entry.number, kind=entry.kind, refused=refused
            )
        )
    return snapshot


def _draft_from(session: Session, entry: DispatchEntry) -> tuple[CircularDraft, Letterhead]:
    snapshot = circular_snapshot(entry, translate("Circulars", "it cannot be printed as a circular"))
    recipients = tuple(
        Recipient(r["kind"], r["id"], r["label"], tuple(r["address"]), dict(r["values"]))
        for r in snapshot["recipients"]
    )
    draft = CircularDraft(
        office_id=0,
        issued_on=entry.issued_on,
        language=entry.language,
        subject=snapshot["subject"],
        body=entry.body,
        recipients=recipients,
        signatory=Signatory(**snapshot["signatory"]),
        references=tuple(snapshot["references"]),
        copy_to=tuple(entry.copy_to),
        fields=dict(snapshot["fields"]),
        template_name=entry.template_name,
    )
    logo_sha256 = snapshot.get("logo_sha256")  # absent in entries issued before logos were kept
    logo = stored_files.load(session, logo_sha256) if logo_sha256 else None
    return draft, Letterhead(**snapshot["letterhead"], logo=logo)


def reprint(
    db: Database, entry_id: int, *, duplicate: bool = True, progress: Progress = NO_PROGRESS
) -> bytes:
    """The issued circular again, from the register's snapshot, marked DUPLICATE COPY."""
    with db.reading() as session:
        entry = get_or_raise(session, DispatchEntry, entry_id, translate("Circulars", "Issued circular"))
        draft, letterhead = _draft_from(session, entry)
        number = entry.number
    copies = [replace(copy, duplicate=duplicate) for copy in copies_for(draft, letterhead, number)]
    return render_circulars(copies, progress)


def save_copies(
    db: Database, entry_id: int, folder: Path, *, progress: Progress = NO_PROGRESS, duplicate: bool = False
) -> list[Path]:
    """One PDF per recipient of an issued circular, in ``folder``. Cancelling stops between files;
    every file already written is complete, and no partial file is left."""
    with db.reading() as session:
        entry = get_or_raise(session, DispatchEntry, entry_id, translate("Circulars", "Issued circular"))
        draft, letterhead = _draft_from(session, entry)
        number = entry.number
    folder.mkdir(parents=True, exist_ok=True)
    copies = copies_for(draft, letterhead, number)
    written: list[Path] = []
    for index, (copy, recipient) in enumerate(zip(copies, draft.recipients, strict=True)):
        progress.report(index, len(copies), recipient.label)
        name = f"{number.replace('/', '-')}_{_safe(recipient.label)}.pdf"
        target = folder / name
        pdf = render_circulars([replace(copy, duplicate=duplicate)])
        progress.check_cancelled()  # Cancel pressed while this copy was rendering: do not write it
        write_file(target, pdf)
        written.append(target)
    progress.report(len(copies), len(copies), translate("Circulars", "Done"))
    return written


def _safe(text: str) -> str:
    kept = "".join(char if char.isalnum() or char in " -_()" else "-" for char in text)
    return "-".join(kept.split())[:80]


@dataclass(frozen=True)
class DraftBasis:
    """What a new circular superseding an issued one starts from."""

    language: str
    section: str
    subject: str
    body: str
    references: tuple[str, ...]
    copy_to: tuple[str, ...]
    signatory: Signatory
    fields: dict[str, str]
    number: str


def basis_of(db: Database, entry_id: int) -> DraftBasis:
    """The text of an issued circular, to start a new one that supersedes it. Refused with a
    ConflictError for an entry that is not a circular (a batch of certificates)."""
    with db.reading() as session:
        entry = get_or_raise(session, DispatchEntry, entry_id, translate("Circulars", "Issued circular"))
        snapshot = circular_snapshot(entry, translate("Circulars", "a new circular cannot supersede it"))
        series = get_or_raise(
            session, DispatchSeries, entry.series_id, translate("Circulars", "Dispatch series")
        )
        return DraftBasis(
            entry.language,
            series.section,
            snapshot["subject"],
            entry.body,
            tuple(snapshot["references"]),
            tuple(entry.copy_to),
            Signatory(**snapshot["signatory"]),
            dict(snapshot["fields"]),
            entry.number,
        )
