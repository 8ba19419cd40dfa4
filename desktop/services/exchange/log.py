"""The exchange log: what left the office and what came in, and who still holds what.

Entries are only ever added (the table refuses UPDATE and DELETE, see db/models/exchange.py).
The questions the log answers for the office: which partners hold data about a school or a
student, what a partner received in a period, and which packages are past their keep-until date
without the partner's confirmation that the data was deleted. A return template given to a partner
(``template``) carries data out as a package does, and counts as sent in all of these.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ExchangeErasure, ExchangeLogEntry
from desktop.documents.text import indian_date
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.exchange.catalogue import CATEGORIES
from desktop.services.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.moments import local_day
from desktop.services.records import get_or_raise
from desktop.services.text import clean

EVENT_LABELS = {
    "export": QT_TRANSLATE_NOOP("Exchange", "Sent to partner"),
    "import": QT_TRANSLATE_NOOP("Exchange", "Received from partner"),
    "import_undone": QT_TRANSLATE_NOOP("Exchange", "Import undone"),
    "template": QT_TRANSLATE_NOOP("Exchange", "Return template"),
}
# What carried data out of the office to a partner: a package, or a (pre-filled) return template.
SENT_EVENTS = ("export", "template")


@dataclass(frozen=True)
class Erasure:
    confirmed_on: date
    confirmed_by: str
    note: str
    recorded_by: str


@dataclass(frozen=True)
class LogEntry:
    id: int
    event: str
    package_id: str
    mou_id: int | None
    mou_reference: str
    partner_names: tuple[str, ...]
    organisation_ids: tuple[int, ...]
    purpose: str
    categories: tuple[str, ...]
    fields: dict[str, list[str]]
    counts: dict[str, int]
    school_count: int
    package_name: str
    package_sha256: str
    package_size: int
    signer_fingerprint: str
    keep_until: date | None
    batch_ids: tuple[int, ...]
    refers_to_id: int | None
    note: str
    operator: str
    occurred_at: datetime
    occurred_on: date  # the office's day
    erasure: Erasure | None
    undone_by_id: int | None  # for an import: the entry that undid it

    @property
    def event_label(self) -> str:
        return EVENT_LABELS[self.event]

    @property
    def category_labels(self) -> tuple[str, ...]:
        return tuple(CATEGORIES[c].label if c in CATEGORIES else c for c in self.categories)

    def erasure_due(self, today: date) -> bool:
        """An export or template whose keep-until date has passed with no confirmation of deletion yet."""
        return (
            self.event in SENT_EVENTS
            and self.erasure is None
            and self.keep_until is not None
            and self.keep_until < today
        )

    def holding_status(self, today: date) -> str:
        """Where the partner's copy of an export stands, in words."""
        if self.erasure is not None:
            return translate("Exchange", "Deleted (confirmed {day})").format(
                day=indian_date(self.erasure.confirmed_on)
            )
        if self.erasure_due(today):
            return translate("Exchange", "Past keep-until ({day}): ask for deletion").format(
                day=indian_date(self.keep_until)
            )  # type: ignore[arg-type]
        if self.keep_until is not None:
            return translate("Exchange", "Held until {day}").format(day=indian_date(self.keep_until))
        return "Held"


@dataclass(frozen=True)
class LogFilter:
    event: str | None = None  # "export": everything sent to partners (packages and templates)
    organisation_id: int | None = None
    mou_id: int | None = None
    since: date | None = None  # office days, inclusive
    until: date | None = None


def pack_student_keys(keys: Iterable[str]) -> bytes | None:
    """The student ids of a package as stored in the log: sorted, one a line, compressed."""
    ordered = sorted(set(keys))
    return zlib.compress("\n".join(ordered).encode("utf-8"), 6) if ordered else None


def unpack_student_keys(blob: bytes | None) -> frozenset[str]:
    return frozenset(zlib.decompress(blob).decode("utf-8").split("\n")) if blob else frozenset()


def _entries(session: Session, rows: Sequence[ExchangeLogEntry]) -> list[LogEntry]:
    ids = [row.id for row in rows]
    erasures = {
        e.log_id: Erasure(e.confirmed_on, e.confirmed_by, e.note, e.recorded_by)
        for e in session.scalars(select(ExchangeErasure).where(ExchangeErasure.log_id.in_(ids)))
    }
    undone = dict(
        session.execute(
            select(ExchangeLogEntry.refers_to_id, ExchangeLogEntry.id).where(
                ExchangeLogEntry.event == "import_undone", ExchangeLogEntry.refers_to_id.in_(ids)
            )
        ).all()
    )
    return [
        LogEntry(
            id=row.id,
            event=row.event,
            package_id=row.package_id,
            mou_id=row.mou_id,
            mou_reference=row.mou_reference,
            partner_names=tuple(row.partner_names),
            organisation_ids=tuple(row.organisation_ids),
            purpose=row.purpose,
            categories=tuple(row.categories),
            fields=dict(row.fields),
            counts=dict(row.counts),
            school_count=len(row.school_codes),
            package_name=row.package_name,
            package_sha256=row.package_sha256,
            package_size=row.package_size,
            signer_fingerprint=row.signer_fingerprint,
            keep_until=row.keep_until,
            batch_ids=tuple(row.batch_ids),
            refers_to_id=row.refers_to_id,
            note=row.note,
            operator=row.operator,
            occurred_at=row.occurred_at,
            occurred_on=local_day(row.occurred_at),
            erasure=erasures.get(row.id),
            undone_by_id=undone.get(row.id),
        )
        for row in rows
    ]


def entry(db: Database, log_id: int) -> LogEntry:
    with db.reading() as session:
        return _entries(
            session,
            [get_or_raise(session, ExchangeLogEntry, log_id, translate("Exchange", "Exchange log entry"))],
        )[0]


def list_entries(db: Database, where: LogFilter = LogFilter()) -> list[LogEntry]:
    """The log, newest first, narrowed by ``where`` (partner, MoU, kind, office days)."""
    statement = select(ExchangeLogEntry).order_by(
        ExchangeLogEntry.occurred_at.desc(), ExchangeLogEntry.id.desc()
    )
    if where.event is not None:
        events = SENT_EVENTS if where.event == "export" else (where.event,)
        statement = statement.where(ExchangeLogEntry.event.in_(events))
    if where.mou_id is not None:
        statement = statement.where(ExchangeLogEntry.mou_id == where.mou_id)
    with db.reading() as session:
        rows = list(session.scalars(statement))
        found = _entries(session, rows)
    return [
        e
        for e in found
        if (where.organisation_id is None or where.organisation_id in e.organisation_ids)
        and (where.since is None or e.occurred_on >= where.since)
        and (where.until is None or e.occurred_on <= where.until)
    ]


def received_by(db: Database, organisation_id: int, *, since: date, until: date) -> list[LogEntry]:
    """Every package and return template sent to the partner between two office days (inclusive),
    newest first."""
    return list_entries(
        db, LogFilter(event="export", organisation_id=organisation_id, since=since, until=until)
    )


def holders_of_school(db: Database, udise_code: str) -> list[LogEntry]:
    """The exports and templates that carried data about the school (newest first); each entry's
    ``holding_status`` says whether the partner still holds it."""
    code = clean(udise_code)
    if not code:
        raise ValidationError.single("school", translate("Exchange", "Type the school's UDISE code."))
    with db.reading() as session:
        rows = session.scalars(
            select(ExchangeLogEntry)
            .where(ExchangeLogEntry.event.in_(SENT_EVENTS))
            .order_by(ExchangeLogEntry.occurred_at.desc(), ExchangeLogEntry.id.desc())
        )
        return _entries(session, [row for row in rows if code in row.school_codes])


def holders_of_student(db: Database, student_key: str) -> list[LogEntry]:
    """The exports and templates that carried the student with the office's id ``student_key``
    (pseudonymised), newest first."""
    key = clean(student_key)
    if not key:
        raise ValidationError.single(
            "student", translate("Exchange", "Type the student's id as the office keeps it.")
        )
    with db.reading() as session:
        rows = session.scalars(
            select(ExchangeLogEntry)
            .where(ExchangeLogEntry.event.in_(SENT_EVENTS), ExchangeLogEntry.student_keys.is_not(None))
            .order_by(ExchangeLogEntry.occurred_at.desc(), ExchangeLogEntry.id.desc())
        )
        return _entries(session, [row for row in rows if key in unpack_student_keys(row.student_keys)])


def due_erasures(db: Database, *, today: date) -> list[LogEntry]:
    """Exports and templates past their keep-until date whose deletion the partner has not confirmed, oldest
    keep-until first: the office asks each partner for a written confirmation."""
    with db.reading() as session:
        rows = list(
            session.scalars(
                select(ExchangeLogEntry)
                .where(
                    ExchangeLogEntry.event.in_(SENT_EVENTS),
                    ExchangeLogEntry.keep_until < today,
                    ExchangeLogEntry.id.not_in(select(ExchangeErasure.log_id)),
                )
                .order_by(ExchangeLogEntry.keep_until, ExchangeLogEntry.id)
            )
        )
        return _entries(session, rows)


def confirm_erasure(
    db: Database, log_id: int, *, confirmed_on: date, confirmed_by: str, note: str = "", today: date
) -> LogEntry:
    """Record the partner's written confirmation that an exported package's (or a return
    template's) data was deleted."""
    who = clean(confirmed_by)
    errors: dict[str, str] = {}
    if not who:
        errors["confirmed_by"] = translate(
            "Exchange", "Say who confirmed the deletion for the partner (name and designation)."
        )
    if confirmed_on > today:
        errors["confirmed_on"] = translate(
            "Exchange", "The confirmation date {day} is after today ({today})."
        ).format(day=indian_date(confirmed_on), today=indian_date(today))
    with db.transaction() as session:
        row = get_or_raise(session, ExchangeLogEntry, log_id, translate("Exchange", "Exchange log entry"))
        if row.event not in SENT_EVENTS:
            raise ConflictError(
                translate(
                    "Exchange",
                    "Only packages sent to a partner, and return templates given to one, have data to delete.",
                )
            )
        if confirmed_on < local_day(row.occurred_at) and "confirmed_on" not in errors:
            errors["confirmed_on"] = translate(
                "Exchange",
                "The confirmation date {day} is before the package {package} was sent ({sent}).",
            ).format(
                day=indian_date(confirmed_on),
                package=row.package_name,
                sent=indian_date(local_day(row.occurred_at)),
            )
        if errors:
            raise ValidationError(errors)
        existing = session.scalar(select(ExchangeErasure).where(ExchangeErasure.log_id == log_id))
        if existing is not None:
            raise ConflictError(
                translate(
                    "Exchange",
                    "The deletion of {package} was already confirmed on {day} by {person}.",
                ).format(
                    package=row.package_name,
                    day=indian_date(existing.confirmed_on),
                    person=existing.confirmed_by,
                )
            )
        session.add(
            ExchangeErasure(
                log_id=log_id,
                confirmed_on=confirmed_on,
                confirmed_by=who,
                note=clean(note),
                recorded_by=db.operator,
            )
        )
        session.flush()
        return _entries(session, [row])[0]
