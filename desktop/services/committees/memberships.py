"""Who sits on a body, in which role, from when to when.

A membership is never rewritten to show a change of member: replacing someone ends one row and
starts another that points back to it, so the body's composition on any past date can be read.
Editing a membership is for correcting what was entered wrongly.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from db.models import Attendance, Body, BodyMembership, Meeting, Office, Organisation, Person
from desktop.documents.text import indian_date
from desktop.services.committees.bodies import active_on, body_unit_name, join_units
from desktop.services.committees.vocabulary import ROLE_ORDER, ROLES, SINGLE_HOLDER_ROLES
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.records import assign, get_or_raise
from desktop.services.text import clean, clean_optional
from desktop.services.validation import FieldErrors


@dataclass(frozen=True)
class MembershipInput:
    person_id: int | None
    role: str
    start_date: date | None
    end_date: date | None = None
    office_id: int | None = None
    organisation_id: int | None = None


@dataclass(frozen=True)
class MemberRow:
    id: int
    person_id: int
    person_name: str
    person_name_local: str | None
    designation: str
    role: str
    role_label: str
    representing: str | None
    phone: str | None
    email: str | None
    start_date: date
    end_date: date | None
    end_reason: str | None
    replaces: str | None  # the name of the person this membership replaced


@dataclass(frozen=True)
class PersonBodyRow:
    """One of a person's seats, for the person's page."""

    membership_id: int
    body_id: int
    body_name: str
    unit_name: str
    role: str
    role_label: str
    start_date: date
    end_date: date | None
    end_reason: str | None
    dissolved_on: date | None


def _period(start: date, end: date | None) -> str:
    return f"from {indian_date(start)} to {indian_date(end)}" if end else f"from {indian_date(start)}"


def _checked(session: Session, body: Body, data: MembershipInput, own_id: int | None) -> dict[str, Any]:
    """The membership's columns, after every check of the form and of the other memberships."""
    errors = FieldErrors()
    person = session.get(Person, data.person_id) if data.person_id is not None else None
    if data.person_id is None:
        errors.add("person_id", "Choose the member.")
    elif person is None:
        errors.add("person_id", "The chosen person no longer exists; choose again.")
    if data.role not in ROLES:
        errors.add("role", f"Choose the role: {', '.join(ROLES.values())}.")
    start, end = data.start_date, data.end_date
    if start is None:
        errors.add("start_date", "Start date is required.")
    elif start < body.formed_on:
        errors.add(
            "start_date",
            f"{body.name} was formed on {indian_date(body.formed_on)}; "
            f"a membership cannot start before that ({indian_date(start)}).",
        )
    elif body.dissolved_on is not None and start > body.dissolved_on:
        errors.add(
            "start_date",
            f"{body.name} was dissolved on {indian_date(body.dissolved_on)}; no one can join it after that.",
        )
    if start is not None and end is not None and end < start:
        errors.add(
            "end_date", f"The membership ends ({indian_date(end)}) before it starts ({indian_date(start)})."
        )
    elif body.dissolved_on is not None and (end is None or end > body.dissolved_on):
        errors.add(
            "end_date",
            f"{body.name} was dissolved on {indian_date(body.dissolved_on)}; "
            "the membership must end by then.",
        )
    office_id, organisation_id = data.office_id, data.organisation_id
    if office_id is not None and organisation_id is not None:
        errors.add("organisation_id", "A member represents one office or one organisation, not both.")
    elif office_id is not None and session.get(Office, office_id) is None:
        errors.add("office_id", "The chosen office no longer exists; choose again.")
    elif organisation_id is not None and session.get(Organisation, organisation_id) is None:
        errors.add("organisation_id", "The chosen organisation no longer exists; choose again.")
    elif office_id is None and organisation_id is None and person is not None:
        # Without a choice, the member speaks for their own office or organisation.
        office_id, organisation_id = person.office_id, person.organisation_id
    errors.raise_if_any()
    assert person is not None and start is not None
    _check_overlaps(session, body, person, data.role, start, end, own_id)
    return {
        "person_id": person.id,
        "role": data.role,
        "start_date": start,
        "end_date": end,
        "office_id": office_id,
        "organisation_id": organisation_id,
    }


def _overlapping(body_id: int, start: date, end: date | None, own_id: int | None) -> Select:
    statement = (
        select(BodyMembership, Person.name)
        .join(Person, Person.id == BodyMembership.person_id)
        .where(
            BodyMembership.body_id == body_id,
            BodyMembership.end_date.is_(None) | (BodyMembership.end_date >= start),
        )
        .order_by(BodyMembership.start_date)
    )
    if end is not None:
        statement = statement.where(BodyMembership.start_date <= end)
    if own_id is not None:
        statement = statement.where(BodyMembership.id != own_id)
    return statement


def _check_overlaps(
    session: Session, body: Body, person: Person, role: str, start: date, end: date | None, own_id: int | None
) -> None:
    for other, other_name in session.execute(_overlapping(body.id, start, end, own_id)):
        period = _period(other.start_date, other.end_date)
        if other.person_id == person.id:
            raise ConflictError(
                f"{person.name} is already on {body.name} as {ROLES[other.role].lower()} {period}; "
                "a person holds one seat on a body at a time. End or correct that membership first."
            )
        if role in SINGLE_HOLDER_ROLES and other.role == role:
            raise ConflictError(
                f"{other_name} is already the {ROLES[role].lower()} of {body.name} {period}; "
                "end that membership first, or replace that member."
            )


def _check_attendance_within(
    session: Session, membership: BodyMembership, start: date, end: date | None
) -> None:
    """Meetings attended on this membership must stay inside its term."""
    statement = (
        select(Meeting.meeting_date)
        .join(Attendance, Attendance.meeting_id == Meeting.id)
        .where(Attendance.membership_id == membership.id)
    )
    outside = Meeting.meeting_date < start
    if end is not None:
        outside = outside | (Meeting.meeting_date > end)
    first = session.scalar(statement.where(outside).order_by(Meeting.meeting_date))
    if first is not None:
        raise ConflictError(
            f"Attendance at the meeting of {indian_date(first)} was recorded on this membership; "
            f"its term must include that date."
        )


def _attendance_count(session: Session, membership_id: int) -> int:
    return int(session.scalar(select(func.count()).where(Attendance.membership_id == membership_id)) or 0)


def add_member(db: Database, body_id: int, data: MembershipInput) -> int:
    """Seat a person on a body; returns the membership id."""
    with db.transaction() as session:
        body = get_or_raise(session, Body, body_id, "Body")
        membership = BodyMembership(body_id=body.id, **_checked(session, body, data, None))
        session.add(membership)
        session.flush()
        return membership.id


def update_membership(db: Database, membership_id: int, data: MembershipInput) -> None:
    """Correct a membership entered wrongly (a mistyped date or role)."""
    with db.transaction() as session:
        membership = get_or_raise(session, BodyMembership, membership_id, "Membership")
        body = get_or_raise(session, Body, membership.body_id, "Body")
        values = _checked(session, body, data, membership.id)
        if values["person_id"] != membership.person_id and _attendance_count(session, membership.id):
            raise ConflictError(
                "Attendance has been recorded on this membership, so its member cannot be changed; "
                "end it and add the other person instead."
            )
        _check_attendance_within(session, membership, values["start_date"], values["end_date"])
        assign(membership, values)


def _end(session: Session, membership: BodyMembership, end_date: date, reason: str, name: str) -> None:
    if membership.end_date is not None and membership.end_date < end_date:
        raise ConflictError(
            f"{name}'s membership already ended on {indian_date(membership.end_date)}; "
            "correct its dates with Edit if that is wrong."
        )
    if end_date < membership.start_date:
        raise ValidationError.single(
            "end_date",
            f"{name}'s membership started on {indian_date(membership.start_date)}; "
            f"it cannot end before that ({indian_date(end_date)}).",
        )
    _check_attendance_within(session, membership, membership.start_date, end_date)
    membership.end_date = end_date
    membership.end_reason = reason


def _reason(reason: str | None) -> str:
    cleaned = clean(reason)
    if not cleaned:
        raise ValidationError.single("reason", "Give the reason the membership ends (e.g. transferred).")
    if len(cleaned) > 300:
        raise ValidationError.single(
            "reason", f"The reason is {len(cleaned)} characters long; at most 300 fit."
        )
    return cleaned


def end_membership(db: Database, membership_id: int, end_date: date, reason: str) -> None:
    """End a membership on ``end_date`` (the member's last day in the seat)."""
    cleaned = _reason(reason)
    with db.transaction() as session:
        membership = get_or_raise(session, BodyMembership, membership_id, "Membership")
        person = get_or_raise(session, Person, membership.person_id, "Person")
        _end(session, membership, end_date, cleaned, person.name)


def replace_member(db: Database, membership_id: int, new: MembershipInput, reason: str) -> int:
    """End a membership the day before ``new.start_date`` and seat the new member in one step; the
    new membership records whom it replaces. Returns the new membership's id."""
    cleaned = _reason(reason)
    if new.start_date is None:
        raise ValidationError.single("start_date", "Give the date the new member takes the seat.")
    with db.transaction() as session:
        old = get_or_raise(session, BodyMembership, membership_id, "Membership")
        body = get_or_raise(session, Body, old.body_id, "Body")
        old_name = get_or_raise(session, Person, old.person_id, "Person").name
        if new.start_date <= old.start_date:
            raise ValidationError.single(
                "start_date",
                f"{old_name} took the seat on {indian_date(old.start_date)}; "
                "the replacement must start after that.",
            )
        last_day = new.start_date - timedelta(days=1)
        if old.end_date is not None and old.end_date < last_day:
            raise ConflictError(
                f"{old_name}'s membership already ended on {indian_date(old.end_date)}; "
                "add the new member instead of replacing."
            )
        _end(session, old, last_day, cleaned, old_name)
        session.flush()
        role = clean_optional(new.role) or old.role
        values = _checked(session, body, replace(new, role=role), None)
        membership = BodyMembership(body_id=body.id, replaces_id=old.id, **values)
        session.add(membership)
        session.flush()
        return membership.id


def delete_membership(db: Database, membership_id: int) -> None:
    """Delete a membership entered by mistake; one with attendance recorded must be ended instead."""
    with db.transaction() as session:
        membership = get_or_raise(session, BodyMembership, membership_id, "Membership")
        attended = _attendance_count(session, membership_id)
        if attended:
            person = get_or_raise(session, Person, membership.person_id, "Person")
            raise ConflictError(
                f"Attendance at {attended} meeting(s) was recorded on {person.name}'s membership; "
                "end the membership instead of deleting it."
            )
        session.delete(membership)


_Replaced = aliased(BodyMembership)
_ReplacedPerson = aliased(Person)


def _member_rows(session: Session, statement: Select) -> list[MemberRow]:
    statement = (
        statement.join(Person, Person.id == BodyMembership.person_id)
        .outerjoin(Office, Office.id == BodyMembership.office_id)
        .outerjoin(Organisation, Organisation.id == BodyMembership.organisation_id)
        .outerjoin(_Replaced, _Replaced.id == BodyMembership.replaces_id)
        .outerjoin(_ReplacedPerson, _ReplacedPerson.id == _Replaced.person_id)
    )
    return [
        MemberRow(
            id=m.id,
            person_id=person.id,
            person_name=person.name,
            person_name_local=person.name_local,
            designation=person.designation,
            role=m.role,
            role_label=ROLES[m.role],
            representing=office_name or organisation_name,
            phone=person.phone,
            email=person.email,
            start_date=m.start_date,
            end_date=m.end_date,
            end_reason=m.end_reason,
            replaces=replaced,
        )
        for m, person, office_name, organisation_name, replaced in session.execute(statement)
    ]


def _member_select() -> Select:
    return select(BodyMembership, Person, Office.name, Organisation.name, _ReplacedPerson.name)


def composition_on(db: Database, body_id: int, on: date) -> list[MemberRow]:
    """Who sat on the body on ``on``, chair first, then by role and name."""
    with db.reading() as session:
        get_or_raise(session, Body, body_id, "Body")
        rows = _member_rows(session, _member_select().where(BodyMembership.body_id == body_id, active_on(on)))
    return sorted(rows, key=lambda r: (ROLE_ORDER[r.role], r.person_name.casefold(), r.id))


def membership_history(db: Database, body_id: int) -> list[MemberRow]:
    """Every membership the body has had, by start date."""
    with db.reading() as session:
        get_or_raise(session, Body, body_id, "Body")
        rows = _member_rows(session, _member_select().where(BodyMembership.body_id == body_id))
    return sorted(rows, key=lambda r: (r.start_date, ROLE_ORDER[r.role], r.person_name.casefold(), r.id))


def bodies_of_person(db: Database, person_id: int, on: date | None = None) -> list[PersonBodyRow]:
    """The person's seats: those held on ``on``, or all of them, past ones too, without a date."""
    statement = (
        join_units(select(BodyMembership, Body.id, Body.name, body_unit_name, Body.dissolved_on))
        .join(BodyMembership, BodyMembership.body_id == Body.id)
        .where(BodyMembership.person_id == person_id)
    )
    if on is not None:
        statement = statement.where(active_on(on))
    with db.reading() as session:
        get_or_raise(session, Person, person_id, "Person")
        found = session.execute(statement).all()
    rows = [
        PersonBodyRow(
            membership_id=m.id,
            body_id=body_id,
            body_name=name,
            unit_name=unit_label,
            role=m.role,
            role_label=ROLES[m.role],
            start_date=m.start_date,
            end_date=m.end_date,
            end_reason=m.end_reason,
            dissolved_on=dissolved_on,
        )
        for m, body_id, name, unit_label, dissolved_on in found
    ]
    return sorted(rows, key=lambda r: (r.start_date, r.body_name.casefold(), r.membership_id))
