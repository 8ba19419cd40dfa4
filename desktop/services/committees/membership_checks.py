"""The checks of a membership: its person, role and dates against the body's, no second seat for
a person, one chair at a time, attendance kept inside the term."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from db.models import Attendance, Body, BodyMembership, Meeting, Office, Organisation, Person
from desktop.documents.text import indian_date
from desktop.services.committees.vocabulary import ROLES, SINGLE_HOLDER_ROLES
from desktop.services.errors import ConflictError
from desktop.services.i18n import translate
from desktop.services.validation import FieldErrors

if TYPE_CHECKING:
    from desktop.services.committees.memberships import MembershipInput


def _period(start: date, end: date | None) -> str:
    """ "from 01/06/2025 to 31/05/2026" in the interface's language, for the messages below."""
    if end is None:
        return translate("Committees", "from {start}").format(start=indian_date(start))
    return translate("Committees", "from {start} to {end}").format(
        start=indian_date(start), end=indian_date(end)
    )


def _role(role: str) -> str:
    """The role's word inside a sentence ("the chair of ...")."""
    return translate("Committees", ROLES[role]).lower()


def membership_values(
    session: Session, body: Body, data: MembershipInput, own_id: int | None
) -> dict[str, Any]:
    """The membership's columns, after every check of the form and of the other memberships."""
    errors = FieldErrors()
    person = session.get(Person, data.person_id) if data.person_id is not None else None
    if data.person_id is None:
        errors.add("person_id", translate("Committees", "Choose the member."))
    elif person is None:
        errors.add("person_id", translate("Committees", "The chosen person no longer exists; choose again."))
    if data.role not in ROLES:
        errors.add(
            "role",
            translate("Committees", "Choose the role: {values}.").format(
                values=", ".join(translate("Committees", label) for label in ROLES.values())
            ),
        )
    start, end = data.start_date, data.end_date
    if start is None:
        errors.add("start_date", translate("Committees", "Start date is required."))
    elif start < body.formed_on:
        errors.add(
            "start_date",
            translate(
                "Committees",
                "{body} was formed on {formed_on}; a membership cannot start before that ({start}).",
            ).format(body=body.name, formed_on=indian_date(body.formed_on), start=indian_date(start)),
        )
    elif body.dissolved_on is not None and start > body.dissolved_on:
        errors.add(
            "start_date",
            translate(
                "Committees", "{body} was dissolved on {dissolved_on}; no one can join it after that."
            ).format(body=body.name, dissolved_on=indian_date(body.dissolved_on)),
        )
    if start is not None and end is not None and end < start:
        errors.add(
            "end_date",
            translate("Committees", "The membership ends ({end}) before it starts ({start}).").format(
                end=indian_date(end), start=indian_date(start)
            ),
        )
    elif body.dissolved_on is not None and (end is None or end > body.dissolved_on):
        errors.add(
            "end_date",
            translate(
                "Committees", "{body} was dissolved on {dissolved_on}; the membership must end by then."
            ).format(body=body.name, dissolved_on=indian_date(body.dissolved_on)),
        )
    office_id, organisation_id = data.office_id, data.organisation_id
    if office_id is not None and organisation_id is not None:
        errors.add(
            "organisation_id",
            translate("Committees", "A member represents one office or one organisation, not both."),
        )
    elif office_id is not None and session.get(Office, office_id) is None:
        errors.add("office_id", translate("Committees", "The chosen office no longer exists; choose again."))
    elif organisation_id is not None and session.get(Organisation, organisation_id) is None:
        errors.add(
            "organisation_id",
            translate("Committees", "The chosen organisation no longer exists; choose again."),
        )
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
                translate(
                    "Committees",
                    "{person} is already on {body} as {role} {period}; "
                    "a person holds one seat on a body at a time. End or correct that membership first.",
                ).format(person=person.name, body=body.name, role=_role(other.role), period=period)
            )
        if role in SINGLE_HOLDER_ROLES and other.role == role:
            raise ConflictError(
                translate(
                    "Committees",
                    "{person} is already the {role} of {body} {period}; "
                    "end that membership first, or replace that member.",
                ).format(person=other_name, role=_role(role), body=body.name, period=period)
            )


def check_attendance_within(
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
            translate(
                "Committees",
                "Attendance at the meeting of {day} was recorded on this membership; "
                "its term must include that date.",
            ).format(day=indian_date(first))
        )
