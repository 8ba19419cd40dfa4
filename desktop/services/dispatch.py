"""The dispatch register: issuing numbered documents, never reusing or skipping a number.

A number is taken inside the transaction that records the issue, and the PDF is rendered inside it
too (with the number printed on it). The transaction begins with ``BEGIN IMMEDIATE``, so issuers
queue one at a time; if rendering fails, or the app is killed half-way, the whole transaction rolls
back and the number was never taken. Serials restart each financial year (April to March).
"""

from __future__ import annotations

import hashlib
import re
import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import DispatchEntry, DispatchSeries, Office
from db.models.dispatch import DEFAULT_NUMBER_FORMAT
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.i18n import plural, translate
from desktop.services.records import get_or_raise
from desktop.services.text import clean

FORMAT_FIELDS = ("office_code", "section", "financial_year", "serial")
_SECTION = re.compile(r"^[A-Z0-9-]{0,30}$")


@dataclass(frozen=True)
class IssueRequest:
    office_id: int
    issued_on: date
    subject: str
    language: str
    body: str
    section: str = ""
    kind: str = "circular"
    recipients: Sequence[str] = ()
    copy_to: Sequence[str] = ()
    signatory: Mapping[str, str] = field(default_factory=dict)
    template_name: str | None = None
    values: Mapping[str, object] = field(default_factory=dict)
    supersedes: int | None = None  # the issued document this one replaces


@dataclass(frozen=True)
class IssuedDocument:
    entry_id: int
    number: str
    serial: int
    financial_year: str
    pdf: bytes
    pdf_sha256: str


def financial_year(day: date) -> str:
    """The Indian financial year a day falls in: 01/04/2026 to 31/03/2027 is "2026-27"."""
    start = day.year if day.month >= 4 else day.year - 1
    return f"{start}-{(start + 1) % 100:02d}"


def check_number_format(number_format: str) -> None:
    """Refuse a format with unknown fields or without the serial, with a message for staff."""
    try:
        fields = [
            name for _text, name, _spec, _conv in string.Formatter().parse(number_format) if name is not None
        ]
    except ValueError as exc:
        raise ValidationError.single(
            "number_format",
            translate("Circulars", "The number format has a stray brace: {reason}.").format(reason=exc),
        ) from exc
    unknown = [name for name in fields if name not in FORMAT_FIELDS]
    if unknown:
        known = ", ".join(f"{{{name}}}" for name in FORMAT_FIELDS)
        raise ValidationError.single(
            "number_format",
            translate("Circulars", "The number format uses {{{unknown}}}; it may use {known}.").format(
                unknown=unknown[0], known=known
            ),
        )
    if "serial" not in fields:
        raise ValidationError.single(
            "number_format",
            translate("Circulars", "The number format must contain {serial}, or numbers repeat."),
        )
    try:
        format_number(number_format, "OFF", "SEC", "2026-27", 1)
    except (ValueError, TypeError) as exc:
        raise ValidationError.single(
            "number_format",
            translate("Circulars", "The number format cannot be used: {reason}.").format(reason=exc),
        ) from exc


def format_number(number_format: str, office_code: str, section: str, year: str, serial: int) -> str:
    number = number_format.format(
        office_code=office_code, section=section, financial_year=year, serial=serial
    )
    return re.sub(r"/{2,}", "/", number)  # no section: "DDPI/BGK//2026-27" reads "DDPI/BGK/2026-27"


def _clean_section(section: str) -> str:
    cleaned = clean(section).upper()
    if not _SECTION.match(cleaned):
        raise ValidationError.single(
            "section",
            translate(
                "Circulars", "Section '{section}' may have only letters, digits and dashes (at most 30)."
            ).format(section=cleaned),
        )
    return cleaned


def _series(session: Session, office_id: int, section: str, year: str) -> DispatchSeries:
    series = session.scalar(
        select(DispatchSeries).where(
            DispatchSeries.office_id == office_id,
            DispatchSeries.section == section,
            DispatchSeries.financial_year == year,
        )
    )
    if series is None:
        # A new year continues last year's format for the same section.
        previous = session.scalar(
            select(DispatchSeries.number_format)
            .where(DispatchSeries.office_id == office_id, DispatchSeries.section == section)
            .order_by(DispatchSeries.financial_year.desc())
        )
        series = DispatchSeries(
            office_id=office_id,
            section=section,
            financial_year=year,
            number_format=previous or DEFAULT_NUMBER_FORMAT,
            last_serial=0,
        )
        session.add(series)
        session.flush()
    return series


OnIssued = Callable[[Session, DispatchEntry], None]


def issue(
    db: Database,
    request: IssueRequest,
    render: Callable[[str], bytes],
    *,
    on_issued: OnIssued | None = None,
) -> IssuedDocument:
    """Take the next number, render the document with it, and record the issue, as one unit.

    ``on_issued`` runs inside the same transaction once the entry exists, for records that note
    the issue (a nomination marked invited, say): if it raises, nothing is issued."""
    errors: dict[str, str] = {}
    subject = clean(request.subject)
    if not subject:
        errors["subject"] = translate("Circulars", "The subject is empty; every circular needs one.")
    if not request.recipients:
        errors["recipients"] = translate("Circulars", "Choose at least one recipient.")
    if errors:
        raise ValidationError(errors)
    section = _clean_section(request.section)
    year = financial_year(request.issued_on)
    with db.transaction() as session:
        office = get_or_raise(session, Office, request.office_id, translate("Offices", "Office"))
        replaced = _replaceable(session, request.supersedes) if request.supersedes is not None else None
        series = _series(session, office.id, section, year)
        serial = series.last_serial + 1
        number = format_number(series.number_format, office.office_code, section, year, serial)
        pdf = render(number)
        digest = hashlib.sha256(pdf).hexdigest()
        entry = DispatchEntry(
            series_id=series.id,
            serial=serial,
            number=number,
            issued_on=request.issued_on,
            kind=request.kind,
            subject=subject,
            language=request.language,
            recipients=list(request.recipients),
            copy_to=list(request.copy_to),
            signatory=dict(request.signatory),
            template_name=request.template_name,
            body=request.body,
            values=dict(request.values),
            pdf_sha256=digest,
            status="issued",
        )
        series.last_serial = serial
        session.add(entry)
        session.flush()
        if replaced is not None:  # in the same transaction: both happen, or neither
            replaced.status = "superseded"
            replaced.superseded_by_id = entry.id
        if on_issued is not None:
            on_issued(session, entry)
        return IssuedDocument(entry.id, number, serial, year, pdf, digest)


def _replaceable(session: Session, entry_id: int) -> DispatchEntry:
    entry = get_or_raise(session, DispatchEntry, entry_id, translate("Circulars", "Issued document"))
    if entry.status != "issued":
        raise ConflictError(
            translate("Circulars", "{number} is {status}; only an issued document can be superseded.").format(
                number=entry.number, status=entry.status
            )
        )
    return entry


def set_number_format(db: Database, office_id: int, section: str, number_format: str, today: date) -> None:
    """Set the format for this financial year's series of ``section`` (and the years after it)."""
    check_number_format(number_format)
    section = _clean_section(section)
    with db.transaction() as session:
        office = get_or_raise(session, Office, office_id, translate("Offices", "Office"))
        series = _series(session, office.id, section, financial_year(today))
        if series.last_serial and series.number_format != number_format:
            raise ConflictError(
                plural(
                    series.last_serial,
                    translate(
                        "Circulars",
                        "{count} document was already numbered this year in this series; "
                        "its format can change from the next financial year.",
                    ),
                    translate(
                        "Circulars",
                        "{count} documents were already numbered this year in this series; "
                        "its format can change from the next financial year.",
                    ),
                ).format(count=series.last_serial)
            )
        series.number_format = number_format


def cancel(db: Database, entry_id: int, reason: str, *, on_cancelled: OnIssued | None = None) -> None:
    """Cancel an issued document. Its number stays used; the record stays in the register.
    ``on_cancelled`` runs in the same transaction, for records that noted the issue (if it
    raises, nothing is cancelled)."""
    reason = clean(reason)
    if not reason:
        raise ValidationError.single(
            "reason",
            translate("Circulars", "Say why the document is cancelled; the register keeps the reason."),
        )
    with db.transaction() as session:
        entry = get_or_raise(session, DispatchEntry, entry_id, translate("Circulars", "Issued document"))
        if entry.status != "issued":
            raise ConflictError(
                translate("Circulars", "{number} is already {status}.").format(
                    number=entry.number, status=entry.status
                )
            )
        entry.status = "cancelled"
        entry.cancel_reason = reason
        if on_cancelled is not None:
            on_cancelled(session, entry)


@dataclass(frozen=True)
class RegisterRow:
    id: int
    number: str
    kind: str  # "circular", "invitation", "certificate": what was issued, and how it reprints
    issued_on: date
    subject: str
    language: str
    recipients: int
    status: str
    cancel_reason: str | None
    superseded_by: str | None = None


def list_register(db: Database, office_id: int | None = None) -> list[RegisterRow]:
    """The dispatch register, newest first."""
    statement = (
        select(DispatchEntry)
        .join(DispatchSeries, DispatchEntry.series_id == DispatchSeries.id)
        .order_by(DispatchEntry.issued_at.desc(), DispatchEntry.id.desc())
    )
    if office_id is not None:
        statement = statement.where(DispatchSeries.office_id == office_id)
    with db.reading() as session:
        entries = list(session.scalars(statement))
        numbers = {entry.id: entry.number for entry in entries}
        return [
            _register_row(e, numbers.get(e.superseded_by_id) if e.superseded_by_id else None) for e in entries
        ]


def register_entry(db: Database, entry_id: int) -> RegisterRow:
    """One line of the register."""
    with db.reading() as session:
        entry = get_or_raise(session, DispatchEntry, entry_id, translate("Circulars", "Issued document"))
        successor = session.get(DispatchEntry, entry.superseded_by_id) if entry.superseded_by_id else None
        return _register_row(entry, successor.number if successor else None)


def _register_row(entry: DispatchEntry, superseded_by: str | None) -> RegisterRow:
    return RegisterRow(
        id=entry.id,
        number=entry.number,
        kind=entry.kind,
        issued_on=entry.issued_on,
        subject=entry.subject,
        language=entry.language,
        recipients=len(entry.recipients or ()),
        status=entry.status,
        cancel_reason=entry.cancel_reason,
        superseded_by=superseded_by,
    )
