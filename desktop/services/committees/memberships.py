"""Who sits on a body, in which role, from when to when.

A membership is never rewritten to show a change of member: replacing someone ends one row and
starts another that points back to it, so the body's composition on any past date can be read.
Editing a membership is for correcting what was entered wrongly.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from db.models import Attendance, Body, BodyMembership, Office, Organisation, Person
from desktop.documents.text import indian_date
from desktop.services.committees.bodies import active_on
from desktop.services.committees.membership_checks import check_attendance_within, membership_values
from desktop.services.committees.units import body_unit, join_units
from desktop.services.committees.vocabulary import ROLE_ORDER, ROLES
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.i18n import translate
from desktop.services.records import assign, get_or_raise
from desktop.services.text import clean, clean_optional


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
    unit_name: str  # in the interface's language
    role: str
    role_label: str
    start_date: date
    end_date: date | None
    end_reason: str | None
    dissolved_on: date | None


def _attendance_count(session: Session, membership_id: int) -> int:
    return int(session.scalar(select(func.count()).where(Attendance.membership_id == membership_id)) or 0)


def add_member(db: Database, body_id: int, data: MembershipInput) -> int:
    """Seat a person on a body; returns the membership id."""
    with db.transaction() as session:
        body = get_or_raise(session, Body, body_id, translate("Committees", "Body"))
        membership = BodyMembership(body_id=body.id, **membership_values(session, body, data, None))
        session.add(membership)
        session.flush()
        return membership.id


def update_membership(db: Database, membership_id: int, data: MembershipInput) -> None:
    """Correct a membership entered wrongly (a mistyped date or role)."""
    with db.transaction() as session:
        membership = get_or_raise(
            session, BodyMembership, membership_id, translate("Committees", "Membership")
        )
        body = get_or_raise(session, Body, membership.body_id, translate("Committees", "Body"))
        values = membership_values(session, body, data, membership.id)
        if values["person_id"] != membership.person_id and _attendance_count(session, membership.id):
            raise ConflictError(
                translate(
                    "Committees",
                    "Attendance has been recorded on this membership, so its member cannot be changed; end "
                    "it and add the other person instead.",
                )
            )
        check_attendance_within(session, membership, values["start_date"], values["end_date"])
        assign(membership, values)


def _end(session: Session, membership: BodyMembership, end_date: date, reason: str, name: str) -> None:
    if membership.end_date is not None and membership.end_date < end_date:
        raise ConflictError(
            translate(
                "Committees",
                "{person}'s membership already ended on {end_date}; "
                "correct its dates with Edit if that is wrong.",
            ).format(person=name, end_date=indian_date(membership.end_date))
        )
    if end_date < membership.start_date:
        raise ValidationError.single(
            "end_date",
            translate(
                "Committees",
                "{person}'s membership started on {start_date}; it cannot end before that ({end_date}).",
            ).format(
                person=name, start_date=indian_date(membership.start_date), end_date=indian_date(end_date)
            ),
        )
    check_attendance_within(session, membership, membership.start_date, end_date)
    membership.end_date = end_date
    membership.end_reason = reason


def _reason(reason: str | None) -> str:
    cleaned = clean(reason)
    if not cleaned:
        raise ValidationError.single(
            "reason", translate("Committees", "Give the reason the membership ends (e.g. transferred).")
        )
    if len(cleaned) > 300:
        raise ValidationError.single(
            "reason",
            translate("Committees", "The reason is {count} characters long; at most 300 fit.").format(
                count=len(cleaned)
            ),
        )
    return cleaned


def end_membership(db: Database, membership_id: int, end_date: date, reason: str) -> None:
    """End a membership on ``end_date`` (the member's last day in the seat)."""
    cleaned = _reason(reason)
    with db.transaction() as session:
        membership = get_or_raise(
            session, BodyMembership, membership_id, translate("Committees", "Membership")
        )
        person = get_or_raise(session, Person, membership.person_id, translate("People", "Person"))
        _end(session, membership, end_date, cleaned, person.name)


def replace_member(db: Database, membership_id: int, new: MembershipInput, reason: str) -> int:
    """End a membership the day before ``new.start_date`` and seat the new member in one step; the
    new membership records whom it replaces. Returns the new membership's id."""
    cleaned = _reason(reason)
    if new.start_date is None:
        raise ValidationError.single(
            "start_date", translate("Committees", "Give the date the new member takes the seat.")
        )
    with db.transaction() as session:
        old = get_or_raise(session, BodyMembership, membership_id, translate("Committees", "Membership"))
        body = get_or_raise(session, Body, old.body_id, translate("Committees", "Body"))
        old_name = get_or_raise(session, Person, old.person_id, translate("People", "Person")).name
        if new.start_date <= old.start_date:
            raise ValidationError.single(
                "start_date",
                translate(
                    "Committees",
                    "{person} took the seat on {start_date}; the replacement must start after that.",
                ).format(person=old_name, start_date=indian_date(old.start_date)),
            )
        last_day = new.start_date - timedelta(days=1)
        if old.end_date is not None and old.end_date < last_day:
            raise ConflictError(
                translate(
                    "Committees",
                    "{person}'s membership already ended on {end_date}; "
                    "add the new member instead of replacing.",
                ).format(person=old_name, end_date=indian_date(old.end_date))
            )
        _end(session, old, last_day, cleaned, old_name)
        session.flush()
        role = clean_optional(new.role) or old.role
        values = membership_values(session, body, replace(new, role=role), None)
        membership = BodyMembership(body_id=body.id, replaces_id=old.id, **values)
        session.add(membership)
        session.flush()
        return membership.id


def delete_membership(db: Database, membership_id: int) -> None:
    """Delete a membership entered by mistake; one with attendance recorded must be ended instead."""
    with db.transaction() as session:
        membership = get_or_raise(
            session, BodyMembership, membership_id, translate("Committees", "Membership")
        )
        attended = _attendance_count(session, membership_id)
        if attended:
            person = get_or_raise(session, Person, membership.person_id, translate("People", "Person"))
            message = (
                translate(
                    "Committees",
                    "Attendance at one meeting was recorded on {person}'s membership; "
                    "end the membership instead of deleting it.",
                )
                if attended == 1
                else translate(
                    "Committees",
                    "Attendance at {count} meetings was recorded on {person}'s membership; "
                    "end the membership instead of deleting it.",
                )
            )
            raise ConflictError(message.format(count=attended, person=person.name))
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
        get_or_raise(session, Body, body_id, translate("Committees", "Body"))
        rows = _member_rows(session, _member_select().where(BodyMembership.body_id == body_id, active_on(on)))
    return sorted(rows, key=lambda r: (ROLE_ORDER[r.role], r.person_name.casefold(), r.id))


def membership_history(db: Database, body_id: int) -> list[MemberRow]:
    """Every membership the body has had, by start date."""
    with db.reading() as session:
        get_or_raise(session, Body, body_id, translate("Committees", "Body"))
        rows = _member_rows(session, _member_select().where(BodyMembership.body_id == body_id))
    return sorted(rows, key=lambda r: (r.start_date, ROLE_ORDER[r.role], r.person_name.casefold(), r.id))


def bodies_of_person(db: Database, person_id: int, on: date | None = None) -> list[PersonBodyRow]:
    """The person's seats: those held on ``on``, or all of them, past ones too, without a date."""
    statement = (
        join_units(select(BodyMembership, Body.id, Body.name, body_unit, Body.dissolved_on))
        .join(BodyMembership, BodyMembership.body_id == Body.id)
        .where(BodyMembership.person_id == person_id)
    )
    if on is not None:
        statement = statement.where(active_on(on))
    with db.reading() as session:
        get_or_raise(session, Person, person_id, translate("People", "Person"))
        found = session.execute(statement).all()
    rows = [
        PersonBodyRow(
            membership_id=m.id,
            body_id=body_id,
            body_name=name,
            unit_name=unit.screen,
            role=m.role,
            role_label=ROLES[m.role],
            start_date=m.start_date,
            end_date=m.end_date,
            end_reason=m.end_reason,
            dissolved_on=dissolved_on,
        )
        for m, body_id, name, unit, dissolved_on in found
    ]
    return sorted(rows, key=lambda r: (r.start_date, r.body_name.casefold(), r.membership_id))
