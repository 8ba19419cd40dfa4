"""Committees, task forces and review groups: forming, editing, dissolving, reading and listing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, select
from sqlalchemy.orm import Session, aliased

from db.models import (
    ActionItem,
    Block,
    Body,
    BodyMembership,
    Cluster,
    District,
    Meeting,
    Office,
    Person,
    School,
)
from desktop.documents.text import indian_date
from desktop.services.committees.units import UNIT_COLUMNS, Unit, unit_of
from desktop.services.committees.vocabulary import (
    BODY_KINDS,
    FREQUENCIES,
    LEVELS,
    body_kind_label,
)
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.records import assign, count, get_or_raise
from desktop.services.text import clean, clean_optional, search_key
from desktop.services.validation import FieldErrors

_UNIT_MODELS: dict[str, Any] = {"district": District, "block": Block, "cluster": Cluster, "school": School}
_ClusterBlock = aliased(Block)

# The unit's name as units.unit_name writes it, computed in SQL so a list of bodies is one query.
body_unit_name: ColumnElement[str] = case(
    # As units.unit_name: a district whose name already says "district" is not named twice.
    (
        (Body.level == "district") & func.lower(District.name).like("% district"),
        District.name,
    ),
    (Body.level == "district", District.name + " district"),
    (Body.level == "block", Block.name + " block"),
    (Body.level == "cluster", Cluster.name + " cluster (" + _ClusterBlock.name + " block)"),
    else_=School.name + " (" + School.udise_code + ")",
).label("unit_name")


def join_units(statement: Select) -> Select:
    """Outer-join a statement over Body to the tables :data:`body_unit_name` reads."""
    return (
        statement.select_from(Body)
        .outerjoin(District, Body.district_id == District.id)
        .outerjoin(Block, Body.block_id == Block.id)
        .outerjoin(Cluster, Body.cluster_id == Cluster.id)
        .outerjoin(_ClusterBlock, Cluster.block_id == _ClusterBlock.id)
        .outerjoin(School, Body.school_id == School.id)
    )


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
    unit_name: str
    office_name: str
    kind_label: str
    level_label: str
    frequency_label: str
    dissolved_on: date | None
    member_count: int
    chair_name: str | None
    meeting_count: int


def _check_unit(session: Session, data: BodyInput, errors: FieldErrors) -> None:
    if data.level not in LEVELS:
        errors.add("level", "Choose the level of the body: district, block, cluster or school.")
        return
    what = LEVELS[data.level].lower()
    if data.unit_id is None:
        errors.add("unit_id", f"Choose the {what} the body belongs to.")
    elif session.get(_UNIT_MODELS[data.level], data.unit_id) is None:
        errors.add("unit_id", f"The chosen {what} no longer exists; choose again.")


def _check_same_name(
    session: Session, name: str, unit: Unit, own_id: int | None, errors: FieldErrors
) -> None:
    column = getattr(Body, UNIT_COLUMNS[unit.level])
    statement = join_units(select(Body.id, Body.name, Body.dissolved_on, body_unit_name)).where(
        Body.level == unit.level, column == unit.unit_id
    )
    for other_id, other_name, dissolved_on, unit_label in session.execute(statement):
        if other_id != own_id and clean(other_name).casefold() == name.casefold():
            gone = f" (dissolved on {indian_date(dissolved_on)})" if dissolved_on else ""
            errors.add(
                "name",
                f"{unit_label} already has a body named {other_name}{gone}; "
                "give this one a name that tells them apart, e.g. with the year.",
            )
            return


def _check_history(session: Session, body: Body, data: BodyInput, errors: FieldErrors) -> None:
    """An edited body must still hold its memberships and meetings."""
    if data.formed_on is not None:
        first = session.execute(
            select(BodyMembership.start_date, Person.name)
            .join(Person, Person.id == BodyMembership.person_id)
            .where(BodyMembership.body_id == body.id)
            .order_by(BodyMembership.start_date)
            .limit(1)
        ).first()
        if first is not None and data.formed_on > first.start_date:
            errors.add(
                "formed_on",
                f"{first.name}'s membership starts on {indian_date(first.start_date)}; "
                "the body cannot be formed after its first member joined.",
            )
        first_meeting = session.scalar(
            select(func.min(Meeting.meeting_date)).where(
                Meeting.body_id == body.id, Meeting.status != "cancelled"
            )
        )
        if first_meeting is not None and data.formed_on > first_meeting:
            errors.add(
                "formed_on",
                f"The body met on {indian_date(first_meeting)}; it cannot be formed after its first meeting.",
            )
        if body.dissolved_on is not None and data.formed_on > body.dissolved_on:
            errors.add(
                "formed_on",
                f"The body was dissolved on {indian_date(body.dissolved_on)}; "
                "it must have been formed by then.",
            )
    moved = data.level != body.level or data.unit_id != unit_of(body).unit_id
    meetings = count(session, Meeting.body_id, body.id) if moved else 0
    if meetings:
        errors.add(
            "unit_id",
            f"{body.name} has {meetings} meeting(s) recorded at its present level and unit; "
            "they cannot change now. Dissolve it and form a new body instead.",
        )


def _values(session: Session, data: BodyInput, body: Body | None) -> dict[str, Any]:
    errors = FieldErrors()
    name = errors.required("name", data.name, "Name", 200)
    name_local = errors.optional("name_local", data.name_local, "Local name", 200)
    kind_other = errors.optional("kind_other", data.kind_other, "Kind of body", 120)
    if data.kind not in BODY_KINDS:
        errors.add("kind", "Choose the kind of body.")
    elif data.kind == "custom" and not kind_other:
        errors.add("kind_other", "Describe the kind of body (the kind is 'Other').")
    _check_unit(session, data, errors)
    if data.office_id is None:
        errors.add("office_id", "Choose the convening office.")
    elif session.get(Office, data.office_id) is None:
        errors.add("office_id", "The chosen office no longer exists; choose again.")
    if data.formed_on is None:
        errors.add("formed_on", "Date of formation is required.")
    if data.meeting_frequency not in FREQUENCIES:
        errors.add(
            "meeting_frequency", f"Meeting frequency must be one of: {', '.join(FREQUENCIES.values())}."
        )
    purpose = errors.optional("purpose", data.purpose, "Purpose", 5000)
    order = errors.optional("constituting_order", data.constituting_order, "Constituting order", 120)
    unit = None
    if data.unit_id is not None and not {"level", "unit_id"} & errors.errors.keys():
        unit = Unit(data.level, data.unit_id)
        if name:
            _check_same_name(session, name, unit, body.id if body else None, errors)
        if body is not None:
            _check_history(session, body, data, errors)
    errors.raise_if_any()
    assert unit is not None  # a missing unit was reported above
    return {
        "name": name,
        "name_local": name_local,
        "kind": data.kind,
        "kind_other": kind_other if data.kind == "custom" else None,
        "level": data.level,
        **unit.columns(),
        "office_id": data.office_id,
        "purpose": purpose,
        "formed_on": data.formed_on,
        "meeting_frequency": data.meeting_frequency,
        "constituting_order": order,
    }


def _names(session: Session, body_id: int) -> tuple[str, str]:
    """The body's unit name and office name."""
    unit_label, office_name = session.execute(
        join_units(select(body_unit_name, Office.name))
        .join(Office, Office.id == Body.office_id)
        .where(Body.id == body_id)
    ).one()
    return unit_label, office_name


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
        body = Body(**_values(session, data, None))
        session.add(body)
        _refresh_search_text(session, body)
        return body.id


def update_body(db: Database, body_id: int, data: BodyInput) -> None:
    """Correct a body's details; its history of members and meetings must still fit."""
    with db.transaction() as session:
        body = get_or_raise(session, Body, body_id, "Body")
        assign(body, _values(session, data, body))
        _refresh_search_text(session, body)


def dissolve_body(db: Database, body_id: int, on: date, reason: str | None) -> None:
    """Dissolve a body on ``on`` (its last day), ending every membership still running then."""
    with db.transaction() as session:
        body = get_or_raise(session, Body, body_id, "Body")
        if body.dissolved_on is not None:
            raise ConflictError(f"{body.name} was already dissolved on {indian_date(body.dissolved_on)}.")
        if on < body.formed_on:
            raise ValidationError.single(
                "on",
                f"{body.name} was formed on {indian_date(body.formed_on)}; "
                f"it cannot be dissolved before that ({indian_date(on)}).",
            )
        late = session.execute(
            select(Person.name, BodyMembership.start_date)
            .join(Person, Person.id == BodyMembership.person_id)
            .where(BodyMembership.body_id == body.id, BodyMembership.start_date > on)
            .order_by(BodyMembership.start_date)
        ).first()
        if late is not None:
            raise ConflictError(
                f"{late.name}'s membership of {body.name} starts on {indian_date(late.start_date)}, "
                f"after {indian_date(on)}; correct or delete that membership before dissolving on that date."
            )
        meeting = session.execute(
            select(Meeting.title, Meeting.meeting_date)
            .where(Meeting.body_id == body.id, Meeting.meeting_date > on, Meeting.status != "cancelled")
            .order_by(Meeting.meeting_date)
        ).first()
        if meeting is not None:
            raise ConflictError(
                f"{body.name} has a meeting on {indian_date(meeting.meeting_date)} ({meeting.title}), "
                f"after {indian_date(on)}; cancel it or dissolve the body after it."
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
        body = get_or_raise(session, Body, body_id, "Body")
        meetings = count(session, Meeting.body_id, body_id)
        if meetings:
            raise ConflictError(
                f"{body.name} has {meetings} meeting(s) on record; dissolve it instead of deleting it."
            )
        followed = count(session, ActionItem.follow_body_id, body_id)
        if followed:
            raise ConflictError(
                f"{followed} action item(s) are followed up by {body.name}; dissolve it instead of deleting it."
            )
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
        body = get_or_raise(session, Body, body_id, "Body")
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
