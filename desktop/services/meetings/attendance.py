"""Who attended a meeting: the sheet from the body's members on the day, recording it, and rates.

The members of a body on a date are its memberships running on that date, so a member whose term
ended before the meeting is not on its sheet and the one who replaced them is. Anyone else who
came is a guest: a person from the records (recorded without a membership) or a name typed in.
A guest of a body's meeting is recorded only as present. An ad-hoc meeting has no members; all
who attended it are recorded the same way, with any status.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from db.models import Attendance, Body, BodyMembership, Meeting, Office, Organisation, Person
from desktop.documents.text import indian_date
from desktop.services.committees.vocabulary import ROLE_ORDER, ROLES
from desktop.services.database import Database
from desktop.services.errors import ConflictError
from desktop.services.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.meetings.states import HELD_STATUSES, describe, ensure_open, mark_held_if_due
from desktop.services.meetings.vocabulary import ATTENDANCE_STATUSES
from desktop.services.records import get_or_raise
from desktop.services.text import clean_optional
from desktop.services.validation import FieldErrors


@dataclass(frozen=True)
class AttendanceRow:
    """One line of the attendance sheet: a member on the day, or a guest who was recorded."""

    person_id: int | None
    name: str
    designation: str | None
    member: bool
    membership_id: int | None
    role: str | None
    represents: str | None  # the office or organisation the member speaks for
    status: str | None  # None: not recorded yet
    represented_by_person_id: int | None
    represented_by_name: str | None  # the representative's name, from the records or as typed

    @property
    def role_label(self) -> str:
        return ROLES[self.role] if self.role else QT_TRANSLATE_NOOP("Committees", "Guest")

    @property
    def status_label(self) -> str:
        return (
            ATTENDANCE_STATUSES[self.status] if self.status else QT_TRANSLATE_NOOP("Meetings", "Not recorded")
        )


@dataclass(frozen=True)
class AttendanceInput:
    status: str
    person_id: int | None = None
    represented_by_person_id: int | None = None
    represented_by_name: str | None = None
    guest_name: str | None = None  # someone not in the people records
    guest_designation: str | None = None


@dataclass(frozen=True)
class AttendanceResult:
    members_recorded: int
    guests: tuple[str, ...]  # people from the records recorded as guests: not members on the day


@dataclass(frozen=True)
class AttendanceRate:
    person_id: int
    name: str
    role_label: str
    meetings: int  # held meetings of the period at which the person was a member
    present: int
    represented: int
    absent: int
    not_recorded: int
    rate: float  # (present + represented) / meetings


def members_on(session: Session, body_id: int, on: date) -> list[tuple[BodyMembership, Person, str | None]]:
    """The body's members on a date, in the order of roles and then names, each person once."""
    statement = (
        select(BodyMembership, Person, func.coalesce(Office.name, Organisation.name))
        .join(Person, BodyMembership.person_id == Person.id)
        .outerjoin(Office, BodyMembership.office_id == Office.id)
        .outerjoin(Organisation, BodyMembership.organisation_id == Organisation.id)
        .where(
            BodyMembership.body_id == body_id,
            BodyMembership.start_date <= on,
            or_(BodyMembership.end_date.is_(None), BodyMembership.end_date >= on),
        )
    )
    found = sorted(
        session.execute(statement),
        key=lambda row: (ROLE_ORDER.get(row[0].role, len(ROLE_ORDER)), row[1].name.casefold(), row[0].id),
    )
    seen: set[int] = set()
    members = []
    for membership, person, represents in found:
        if person.id not in seen:
            seen.add(person.id)
            members.append((membership, person, represents))
    return members


def attendance_sheet(db: Database, meeting_id: int) -> list[AttendanceRow]:
    """The body's members on the meeting date with what was recorded for them (None where
    nothing is yet), then the guests recorded, by name."""
    with db.reading() as session:
        meeting = get_or_raise(session, Meeting, meeting_id, translate("Meetings", "Meeting"))
        members = members_on(session, meeting.body_id, meeting.meeting_date) if meeting.body_id else []
        recorded = session.execute(
            select(Attendance, Person)
            .outerjoin(Person, Attendance.person_id == Person.id)
            .where(Attendance.meeting_id == meeting_id)
        )
        by_person, guests = {}, []
        member_ids = {person.id for _membership, person, _represents in members}
        for row, person in recorded:
            if row.person_id in member_ids:
                by_person[row.person_id] = row
            else:
                guests.append((row, person))
        representatives = _names(
            session,
            {row.represented_by_person_id for row, _ in guests}
            | {row.represented_by_person_id for row in by_person.values()},
        )
        rows = []
        for membership, person, represents in members:
            row = by_person.get(person.id)
            rows.append(
                AttendanceRow(
                    person.id,
                    person.name,
                    person.designation,
                    True,
                    membership.id,
                    membership.role,
                    represents,
                    row.status if row else None,
                    row.represented_by_person_id if row else None,
                    _representative(row, representatives) if row else None,
                )
            )
        guest_rows = [
            AttendanceRow(
                row.person_id,
                person.name if person else row.guest_name or "",
                person.designation if person else row.guest_designation,
                False,
                None,
                None,
                None,
                row.status,
                row.represented_by_person_id,
                _representative(row, representatives),
            )
            for row, person in guests
        ]
        return rows + sorted(guest_rows, key=lambda row: row.name.casefold())


def _names(session: Session, person_ids: set[int | None]) -> dict[int, str]:
    ids = {person_id for person_id in person_ids if person_id is not None}
    if not ids:
        return {}
    found = session.execute(select(Person.id, Person.name).where(Person.id.in_(ids)))
    return {person_id: name for person_id, name in found}


def _representative(row: Attendance, names: dict[int, str]) -> str | None:
    if row.represented_by_person_id is not None:
        return names.get(row.represented_by_person_id)
    return row.represented_by_name


def record_attendance(
    db: Database, meeting_id: int, entries: Sequence[AttendanceInput], today: date
) -> AttendanceResult:
    """Record who attended, replacing what was recorded before, in one transaction. A scheduled
    meeting whose day has come is marked held."""
    with db.transaction() as session:
        meeting = get_or_raise(session, Meeting, meeting_id, translate("Meetings", "Meeting"))
        ensure_open(meeting)
        if meeting.status == "scheduled" and today < meeting.meeting_date:
            raise ConflictError(
                translate(
                    "Meetings", "{meeting} is still to come; attendance can be recorded from that day."
                ).format(meeting=describe(meeting))
            )
        body = session.get(Body, meeting.body_id) if meeting.body_id is not None else None
        members = {
            person.id: membership.id
            for membership, person, _ in (members_on(session, body.id, meeting.meeting_date) if body else [])
        }
        wanted = {e.person_id for e in entries} | {e.represented_by_person_id for e in entries}
        people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(wanted - {None})))}
        errors = FieldErrors()
        values, guests, seen = [], [], set()
        for number, entry in enumerate(entries, start=1):
            person = people.get(entry.person_id) if entry.person_id is not None else None
            guest_name = clean_optional(entry.guest_name) if person is None else None
            name = (
                person.name
                if person
                else guest_name or translate("Meetings", "Row {number}").format(number=number)
            )
            if entry.person_id is not None and person is None:
                errors.add(
                    "entries",
                    translate(
                        "Meetings", "Row {number}: the chosen person is not in the people records."
                    ).format(number=number),
                )
            elif entry.person_id is None and guest_name is None:
                errors.add(
                    "entries",
                    translate(
                        "Meetings", "Row {number}: choose the person, or type the guest's name."
                    ).format(number=number),
                )
            if person is not None and person.id in seen:
                errors.add(
                    "entries",
                    translate("Meetings", "{name} is listed twice; record each person once.").format(
                        name=name
                    ),
                )
            seen.add(entry.person_id)
            if entry.status not in ATTENDANCE_STATUSES:
                errors.add(
                    "entries",
                    translate("Meetings", "{name}: record present, absent or represented.").format(name=name),
                )
            membership_id = members.get(person.id) if person is not None else None
            if body is not None and membership_id is None and entry.status != "present":
                errors.add(
                    "entries",
                    translate(
                        "Meetings",
                        "{name} is not a member of {body} on {day}; a guest is recorded only as present.",
                    ).format(name=name, body=body.name, day=indian_date(meeting.meeting_date)),
                )
            representative = _checked_representative(entry, person, name, people, errors)
            if body is not None and person is not None and membership_id is None:
                guests.append(person.name)
            values.append(
                {
                    "person_id": person.id if person else None,
                    "membership_id": membership_id,
                    "guest_name": guest_name,
                    "guest_designation": clean_optional(entry.guest_designation) if person is None else None,
                    "status": entry.status,
                    **representative,
                }
            )
        errors.raise_if_any()
        if values:
            mark_held_if_due(meeting, today, "attendance")
        _replace(session, meeting_id, values)
        return AttendanceResult(sum(1 for v in values if v["membership_id"] is not None), tuple(guests))


def _checked_representative(
    entry: AttendanceInput, person: Person | None, name: str, people: dict[int, Person], errors: FieldErrors
) -> dict[str, object]:
    none = {"represented_by_person_id": None, "represented_by_name": None}
    if entry.status != "represented":
        return none
    if entry.represented_by_person_id is not None:
        representative = people.get(entry.represented_by_person_id)
        if representative is None:
            errors.add(
                "entries",
                translate("Meetings", "{name}: the representative is not in the people records.").format(
                    name=name
                ),
            )
        elif person is not None and representative.id == person.id:
            errors.add(
                "entries",
                translate("Meetings", "{name} cannot be their own representative.").format(name=name),
            )
        return none | {"represented_by_person_id": entry.represented_by_person_id}
    typed = clean_optional(entry.represented_by_name)
    if typed is None:
        errors.add(
            "entries",
            translate("Meetings", "{name} is marked represented; say who represented them.").format(
                name=name
            ),
        )
    return none | {"represented_by_name": typed}


def _replace(session: Session, meeting_id: int, values: list[dict[str, object]]) -> None:
    """Rows of the same person (or typed guest name) are updated, the others removed or added, so
    the audit log shows what really changed."""
    unmatched = defaultdict(list)
    for row in session.scalars(
        select(Attendance).where(Attendance.meeting_id == meeting_id).order_by(Attendance.id)
    ):
        unmatched[_key(row.person_id, row.guest_name)].append(row)
    kept = []
    for value in values:
        rows = unmatched.get(_key(value["person_id"], value["guest_name"]))
        kept.append((rows.pop(0) if rows else None, value))
    for rows in unmatched.values():
        for row in rows:
            session.delete(row)
    session.flush()  # the old rows go before a new one can take a person's place
    for row, value in kept:
        if row is None:
            session.add(Attendance(meeting_id=meeting_id, **value))
        else:
            for key, item in value.items():
                setattr(row, key, item)
    session.flush()


def _key(person_id: object, guest_name: object) -> tuple[str, object]:
    return ("person", person_id) if person_id is not None else ("guest", str(guest_name).casefold())


def attendance_rates(
    db: Database, body_id: int, date_from: date | None, date_to: date | None
) -> list[AttendanceRate]:
    """How often each member attended the body's meetings held in the period (either date may be
    open), counting only the meetings at which the person was a member."""
    with db.reading() as session:
        get_or_raise(session, Body, body_id, translate("Committees", "Body"))
        held = select(Meeting.id, Meeting.meeting_date).where(
            Meeting.body_id == body_id, Meeting.status.in_(HELD_STATUSES)
        )
        if date_from is not None:
            held = held.where(Meeting.meeting_date >= date_from)
        if date_to is not None:
            held = held.where(Meeting.meeting_date <= date_to)
        meetings = session.execute(held).all()
        if not meetings:
            return []
        first, last = min(day for _id, day in meetings), max(day for _id, day in meetings)
        seats = session.execute(
            select(BodyMembership, Person.name)
            .join(Person, BodyMembership.person_id == Person.id)
            .where(
                BodyMembership.body_id == body_id,
                BodyMembership.start_date <= last,
                or_(BodyMembership.end_date.is_(None), BodyMembership.end_date >= first),
            )
        ).all()
        statuses = select(Attendance.meeting_id, Attendance.person_id, Attendance.status).where(
            Attendance.meeting_id.in_([meeting_id for meeting_id, _day in meetings])
        )
        recorded = {(m, p): status for m, p, status in session.execute(statuses)}
    by_person: dict[int, list[BodyMembership]] = defaultdict(list)
    names: dict[int, str] = {}
    for membership, name in seats:
        by_person[membership.person_id].append(membership)
        names[membership.person_id] = name
    rates = []
    for person_id, memberships in by_person.items():
        counts = dict.fromkeys(("present", "represented", "absent", None), 0)
        for meeting_id, day in meetings:
            if any(m.start_date <= day and (m.end_date is None or m.end_date >= day) for m in memberships):
                counts[recorded.get((meeting_id, person_id))] += 1
        sat = sum(counts.values())  # meetings held while the person was a member
        if sat:
            role = max(memberships, key=lambda m: (m.start_date, m.id)).role
            rates.append(
                (
                    (ROLE_ORDER.get(role, len(ROLE_ORDER)), names[person_id].casefold()),
                    AttendanceRate(
                        person_id,
                        names[person_id],
                        ROLES[role],
                        sat,
                        counts["present"],
                        counts["represented"],
                        counts["absent"],
                        counts[None],
                        (counts["present"] + counts["represented"]) / sat,
                    ),
                )
            )
    return [rate for _key, rate in sorted(rates, key=lambda pair: pair[0])]
