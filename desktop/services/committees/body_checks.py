"""The checks of a body's form: its unit, a name its unit does not already use, dates that still
hold its members and meetings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Block, Body, BodyMembership, Cluster, District, Meeting, Office, Person, School
from desktop.documents.text import indian_date
from desktop.services.committees.units import UNIT_COLUMNS, Unit, body_unit, join_units, unit_of
from desktop.services.committees.vocabulary import BODY_KINDS, FREQUENCIES, LEVELS
from desktop.services.i18n import translate
from desktop.services.records import count
from desktop.services.text import clean
from desktop.services.validation import FieldErrors

if TYPE_CHECKING:
    from desktop.services.committees.bodies import BodyInput

_UNIT_MODELS: dict[str, Any] = {"district": District, "block": Block, "cluster": Cluster, "school": School}


def _check_unit(session: Session, data: BodyInput, errors: FieldErrors) -> None:
    if data.level not in LEVELS:
        errors.add(
            "level",
            translate("Committees", "Choose the level of the body: district, block, cluster or school."),
        )
        return
    # The level's word in the interface's language, inside the sentence ("the block", "the cluster").
    what = translate("Committees", LEVELS[data.level]).lower()
    if data.unit_id is None:
        errors.add(
            "unit_id", translate("Committees", "Choose the {what} the body belongs to.").format(what=what)
        )
    elif session.get(_UNIT_MODELS[data.level], data.unit_id) is None:
        errors.add(
            "unit_id",
            translate("Committees", "The chosen {what} no longer exists; choose again.").format(what=what),
        )


def _check_same_name(
    session: Session, name: str, unit: Unit, own_id: int | None, errors: FieldErrors
) -> None:
    column = getattr(Body, UNIT_COLUMNS[unit.level])
    statement = join_units(select(Body.id, Body.name, Body.dissolved_on, body_unit)).where(
        Body.level == unit.level, column == unit.unit_id
    )
    for other_id, other_name, dissolved_on, unit in session.execute(statement):
        if other_id != own_id and clean(other_name).casefold() == name.casefold():
            if dissolved_on:
                message = translate(
                    "Committees",
                    "{unit} already has a body named {body} (dissolved on {day}); "
                    "give this one a name that tells them apart, e.g. with the year.",
                )
            else:
                message = translate(
                    "Committees",
                    "{unit} already has a body named {body}; "
                    "give this one a name that tells them apart, e.g. with the year.",
                )
            day = indian_date(dissolved_on) if dissolved_on else ""
            errors.add("name", message.format(unit=unit.screen, body=other_name, day=day))
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
                translate(
                    "Committees",
                    "{person}'s membership starts on {day}; "
                    "the body cannot be formed after its first member joined.",
                ).format(person=first.name, day=indian_date(first.start_date)),
            )
        first_meeting = session.scalar(
            select(func.min(Meeting.meeting_date)).where(
                Meeting.body_id == body.id, Meeting.status != "cancelled"
            )
        )
        if first_meeting is not None and data.formed_on > first_meeting:
            errors.add(
                "formed_on",
                translate(
                    "Committees",
                    "The body met on {day}; it cannot be formed after its first meeting.",
                ).format(day=indian_date(first_meeting)),
            )
        if body.dissolved_on is not None and data.formed_on > body.dissolved_on:
            errors.add(
                "formed_on",
                translate(
                    "Committees",
                    "The body was dissolved on {day}; it must have been formed by then.",
                ).format(day=indian_date(body.dissolved_on)),
            )
    moved = data.level != body.level or data.unit_id != unit_of(body).unit_id
    meetings = count(session, Meeting.body_id, body.id) if moved else 0
    if meetings:
        if meetings == 1:
            message = translate(
                "Committees",
                "{body} has one meeting recorded at its present level and unit; "
                "they cannot change now. Dissolve it and form a new body instead.",
            )
        else:
            message = translate(
                "Committees",
                "{body} has {count} meetings recorded at its present level and unit; "
                "they cannot change now. Dissolve it and form a new body instead.",
            )
        errors.add("unit_id", message.format(body=body.name, count=meetings))


def body_values(session: Session, data: BodyInput, body: Body | None) -> dict[str, Any]:
    errors = FieldErrors()
    name = errors.required("name", data.name, translate("Committees", "Name"), 200)
    name_local = errors.optional("name_local", data.name_local, translate("Committees", "Local name"), 200)
    kind_other = errors.optional("kind_other", data.kind_other, translate("Committees", "Kind of body"), 120)
    if data.kind not in BODY_KINDS:
        errors.add("kind", translate("Committees", "Choose the kind of body."))
    elif data.kind == "custom" and not kind_other:
        errors.add("kind_other", translate("Committees", "Describe the kind of body (the kind is 'Other')."))
    _check_unit(session, data, errors)
    if data.office_id is None:
        errors.add("office_id", translate("Committees", "Choose the convening office."))
    elif session.get(Office, data.office_id) is None:
        errors.add("office_id", translate("Committees", "The chosen office no longer exists; choose again."))
    if data.formed_on is None:
        errors.add("formed_on", translate("Committees", "Date of formation is required."))
    if data.meeting_frequency not in FREQUENCIES:
        errors.add(
            "meeting_frequency",
            translate("Committees", "Meeting frequency must be one of: {values}.").format(
                values=", ".join(translate("Committees", label) for label in FREQUENCIES.values())
            ),
        )
    purpose = errors.optional("purpose", data.purpose, translate("Committees", "Purpose"), 5000)
    order = errors.optional(
        "constituting_order", data.constituting_order, translate("Committees", "Constituting order"), 120
    )
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
