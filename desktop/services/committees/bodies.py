"""Committees, task forces and review groups: forming, editing, dissolving, reading and listing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from db.models import ActionItem, Body, BodyMembership, Meeting, Office, Person
from desktop.documents.text import indian_date
from desktop.services.committees.body_checks import body_values
from desktop.services.committees.units import body_unit, join_units, unit_of
from desktop.services.committees.vocabulary import FREQUENCIES, LEVELS, body_kind_label
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.i18n import translate
from desktop.services.records import assign, count, get_or_raise
from desktop.services.text import clean_optional, search_key


def active_on(on: date) -> ColumnElement[bool]:
    """Memberships in the seat on ``on`` (the end date is the last day in the seat)."""
    return (BodyMembership.start_date <= on) & (
        BodyMembership.end_date.is_(None) | (BodyMembership.end_date >= on)
    )


def alive_on(on: date) -> ColumnElement[bool]:
    """Bodies formed by ``on`` and not dissolved before it (the dissolution date is the last day)."""
    return (Body.formed_on <= on) & (Body.dissolved_on.is_(None) | (Body.dissolved_on >= on))


@dataclass(frozen=True)
class BodyInput:
    name: str
    kind: str
    level: str
    unit_id: int | None
    office_id: int | None
    formed_on: date | None
    purpose: str | None = None
    name_local: str | None = None
    kind_other: str | None = None
    meeting_frequency: str = "monthly"
    constituting_order: str | None = None


@dataclass(frozen=True)
class BodyDetail:
    """A body as its form and its page show it; counts and chair are on the date asked for."""

    id: int
    data: BodyInput
    unit_name: str  # in English: the constitution order and the minutes print it
    office_name: str
    kind_label: str
    level_label: str
    frequency_label: str
    dissolved_on: date | None
    member_count: int
    chair_name: str | None
    meeting_count: int


def _names(session: Session, body_id: int) -> tuple[str, str]:
    """The body's unit name, in English (documents print it; the search text keeps it), and its
    office name."""
    unit, office_name = session.execute(
        join_units(select(body_unit, Office.name))
        .join(Office, Office.id == Body.office_id)
        .where(Body.id == body_id)
    ).one()
    return unit.paper, office_name


def _refresh_search_text(session: Session, body: Body) -> None:
    session.flush()
    kind_label = body_kind_label(body.kind, body.kind_other)
    body.search_text = search_key(body.name, body.name_local, kind_label, *_names(session, body.id))


def refresh_bodies(session: Session, condition: ColumnElement[bool]) -> int:
    """Rebuild the search text of the bodies matching ``condition`` after their unit or convening
    office was renamed; returns how many there were."""
    matching = session.scalars(select(Body).where(condition)).all()
    for body in matching:
        _refresh_search_text(session, body)
    return len(matching)


def create_body(db: Database, data: BodyInput) -> int:
    """Form a body; returns its id."""
    with db.transaction() as session:
        body = Body(**body_values(session, data, None))
        session.add(body)
        _refresh_search_text(session, body)
        return body.id


def update_body(db: Database, body_id: int, data: BodyInput) -> None:
    """Correct a body's details; its history of members and meetings must still fit."""
    with db.transaction() as session:
        body = get_or_raise(session, Body, body_id, translate("Committees", "Body"))
        assign(body, body_values(session, data, body))
        _refresh_search_text(session, body)


def dissolve_body(db: Database, body_id: int, on: date, reason: str | None) -> None:
    """Dissolve a body on ``on`` (its last day), ending every membership still running then."""
    with db.transaction() as session:
        body = get_or_raise(session, Body, body_id, translate("Committees", "Body"))
        if body.dissolved_on is not None:
            raise ConflictError(
                translate("Committees", "{body} was already dissolved on {dissolved_on}.").format(
                    body=body.name, dissolved_on=indian_date(body.dissolved_on)
                )
            )
        if on < body.formed_on:
            raise ValidationError.single(
                "on",
                translate(
                    "Committees",
                    "{body} was formed on {formed_on}; it cannot be dissolved before that ({day}).",
                ).format(body=body.name, formed_on=indian_date(body.formed_on), day=indian_date(on)),
            )
        late = session.execute(
            select(Person.name, BodyMembership.start_date)
            .join(Person, Person.id == BodyMembership.person_id)
            .where(BodyMembership.body_id == body.id, BodyMembership.start_date > on)
            .order_by(BodyMembership.start_date)
        ).first()
        if late is not None:
            raise ConflictError(
                translate(
                    "Committees",
                    "{person}'s membership of {body} starts on {start_date}, after {day}; correct or delete "
                    "that membership before dissolving on that date.",
                ).format(
                    person=late.name,
                    body=body.name,
                    start_date=indian_date(late.start_date),
                    day=indian_date(on),
                )
            )
        meeting = session.execute(
            select(Meeting.title, Meeting.meeting_date)
            .where(Meeting.body_id == body.id, Meeting.meeting_date > on, Meeting.status != "cancelled")
            .order_by(Meeting.meeting_date)
        ).first()
        if meeting is not None:
            raise ConflictError(
                translate(
                    "Committees",
                    "{body} has a meeting on {meeting_day} ({meeting}), after {day}; "
                    "cancel it or dissolve the body after it.",
                ).format(
                    body=body.name,
                    meeting_day=indian_date(meeting.meeting_date),
                    meeting=meeting.title,
                    day=indian_date(on),
                )
            )
        note = clean_optional(reason)
        end_reason = f"Body dissolved: {note}" if note else "Body dissolved"
        running = select(BodyMembership).where(
            BodyMembership.body_id == body.id,
            BodyMembership.end_date.is_(None) | (BodyMembership.end_date > on),
        )
        for membership in session.scalars(running):
            membership.end_date = on
            membership.end_reason = end_reason[:300]
        body.dissolved_on = on


def delete_body(db: Database, body_id: int) -> None:
    """Delete a body entered by mistake, with its memberships; a body that has met is dissolved instead."""
    with db.transaction() as session:
        body = get_or_raise(session, Body, body_id, translate("Committees", "Body"))
        meetings = count(session, Meeting.body_id, body_id)
        if meetings:
            message = (
                translate(
                    "Committees", "{body} has one meeting on record; dissolve it instead of deleting it."
                )
                if meetings == 1
                else translate(
                    "Committees", "{body} has {count} meetings on record; dissolve it instead of deleting it."
                )
            )
            raise ConflictError(message.format(body=body.name, count=meetings))
        followed = count(session, ActionItem.follow_body_id, body_id)
        if followed:
            message = (
                translate(
                    "Committees",
                    "One action item is followed up by {body}; dissolve it instead of deleting it.",
                )
                if followed == 1
                else translate(
                    "Committees",
                    "{count} action items are followed up by {body}; dissolve it instead of deleting it.",
                )
            )
            raise ConflictError(message.format(count=followed, body=body.name))
        # Deleted one by one, not by the database's cascade, so the audit log records each.
        for membership in session.scalars(select(BodyMembership).where(BodyMembership.body_id == body_id)):
            session.delete(membership)
        session.flush()
        session.delete(body)


def member_counts(session: Session, on: date, body_ids: list[int] | None = None) -> dict[int, int]:
    """How many people sit on each body on ``on`` (all roles), in one query."""
    statement = (
        select(BodyMembership.body_id, func.count()).where(active_on(on)).group_by(BodyMembership.body_id)
    )
    if body_ids is not None:
        statement = statement.where(BodyMembership.body_id.in_(body_ids))
    return {body_id: number for body_id, number in session.execute(statement)}


def chair_names(session: Session, on: date, body_ids: list[int] | None = None) -> dict[int, str]:
    """Who chairs each body on ``on``, in one query."""
    statement = (
        select(BodyMembership.body_id, Person.name)
        .join(Person, Person.id == BodyMembership.person_id)
        .where(BodyMembership.role == "chair", active_on(on))
    )
    if body_ids is not None:
        statement = statement.where(BodyMembership.body_id.in_(body_ids))
    return {body_id: name for body_id, name in session.execute(statement)}


def _input(body: Body) -> BodyInput:
    return BodyInput(
        name=body.name,
        kind=body.kind,
        level=body.level,
        unit_id=unit_of(body).unit_id,
        office_id=body.office_id,
        formed_on=body.formed_on,
        purpose=body.purpose,
        name_local=body.name_local,
        kind_other=body.kind_other,
        meeting_frequency=body.meeting_frequency,
        constituting_order=body.constituting_order,
    )


def get_body(db: Database, body_id: int, on: date) -> BodyDetail:
    """A body with its member count and chair on ``on``."""
    with db.reading() as session:
        body = get_or_raise(session, Body, body_id, translate("Committees", "Body"))
        unit_label, office_name = _names(session, body_id)
        return BodyDetail(
            id=body.id,
            data=_input(body),
            unit_name=unit_label,
            office_name=office_name,
            kind_label=body_kind_label(body.kind, body.kind_other),
            level_label=LEVELS[body.level],
            frequency_label=FREQUENCIES.get(body.meeting_frequency, body.meeting_frequency),
            dissolved_on=body.dissolved_on,
            member_count=member_counts(session, on, [body_id]).get(body_id, 0),
            chair_name=chair_names(session, on, [body_id]).get(body_id),
            meeting_count=count(session, Meeting.body_id, body_id),
        )
