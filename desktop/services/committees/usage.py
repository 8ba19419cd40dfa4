"""Records that committees and meetings refer to cannot be deleted: the refusal names what refers to them.

Each ``refuse_*`` function runs inside the deleting transaction and raises one ConflictError that
lists every kind of use at once, so staff learn all of it from one attempt.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from db.models import ActionItem, AgendaItem, Attendance, Body, BodyMembership, Meeting
from desktop.documents.text import indian_date
from desktop.services.committees.units import UNIT_COLUMNS, UnitNames, body_unit, join_units
from desktop.services.errors import ConflictError
from desktop.services.i18n import and_list, translate

_SHOWN = 3  # names listed in a message before "and N more"


def _body_label(_id: int, name: str, unit: UnitNames) -> str:
    return f"{name} — {unit.screen}"


def _meeting_label(_id: int, title: str, on: Any) -> str:
    return translate("Meetings", "{meeting} on {day}").format(meeting=title, day=indian_date(on))


def _item_label(_id: int, description: str) -> str:
    text = " ".join(description.split())
    return text if len(text) <= 50 else text[:50].rsplit(" ", 1)[0] + "…"


def _bodies(where: Any, via_membership: bool = False) -> Select:
    statement = join_units(select(Body.id, Body.name, body_unit))
    if via_membership:
        statement = statement.join(BodyMembership, BodyMembership.body_id == Body.id)
    return statement.where(where)


def _meetings(where: Any, via: Any = None) -> Select:
    statement = select(Meeting.id, Meeting.title, Meeting.meeting_date)
    if via is not None:
        statement = statement.join(via, via.meeting_id == Meeting.id)
    return statement.where(where)


# (the clause for one record, the clause for several, what lists the records, how each is named);
# each clause is a whole phrase with its {count} and {names}, so a translator words it whole.
_Use = tuple[str, str, Select, Callable[..., str]]


def _clause(session: Session, use: _Use) -> str | None:
    one, many, statement, label = use
    found: dict[int, str] = {}
    for row in session.execute(statement):
        found.setdefault(row[0], label(*row))
    if not found:
        return None
    labels = sorted(found.values(), key=str.casefold)
    shown = ", ".join(labels[:_SHOWN])
    if len(labels) > _SHOWN:
        shown = translate("Committees", "{names} and {count} more").format(
            names=shown, count=len(labels) - _SHOWN
        )
    return (one if len(labels) == 1 else many).format(count=len(labels), names=shown)


def _refuse(session: Session, name: str, uses: list[_Use]) -> None:
    clauses = [clause for use in uses if (clause := _clause(session, use))]
    if not clauses:
        return
    joined = and_list(clauses)
    message = translate("Committees", "{name} {uses}; it stays on record while they do.")
    raise ConflictError(message.format(name=name, uses=joined))


def refuse_person_in_committees(session: Session, name: str, person_id: int) -> None:
    """Refuse deleting a person who sits or sat on a body, chairs a meeting, is in an attendance,
    presents an agenda item or owns an action item."""
    _refuse(
        session,
        name,
        [
            (
                translate("Committees", "is a member of {count} body ({names})"),
                translate("Committees", "is a member of {count} bodies ({names})"),
                _bodies(BodyMembership.person_id == person_id, True),
                _body_label,
            ),
            (
                translate("Committees", "is the chair of {count} meeting ({names})"),
                translate("Committees", "is the chair of {count} meetings ({names})"),
                _meetings(Meeting.chair_person_id == person_id),
                _meeting_label,
            ),
            (
                translate("Committees", "is in the attendance of {count} meeting ({names})"),
                translate("Committees", "is in the attendance of {count} meetings ({names})"),
                _meetings(
                    or_(Attendance.person_id == person_id, Attendance.represented_by_person_id == person_id),
                    Attendance,
                ),
                _meeting_label,
            ),
            (
                translate("Committees", "presents agenda items at {count} meeting ({names})"),
                translate("Committees", "presents agenda items at {count} meetings ({names})"),
                _meetings(AgendaItem.presenter_person_id == person_id, AgendaItem),
                _meeting_label,
            ),
            (
                translate("Committees", "owns {count} action item ({names})"),
                translate("Committees", "owns {count} action items ({names})"),
                select(ActionItem.id, ActionItem.description).where(ActionItem.owner_person_id == person_id),
                _item_label,
            ),
        ],
    )


def refuse_office_in_committees(session: Session, name: str, office_id: int) -> None:
    """Refuse deleting an office that convenes a body or meeting or is represented on a body."""
    _refuse(
        session,
        name,
        [
            (
                translate("Committees", "convenes {count} body ({names})"),
                translate("Committees", "convenes {count} bodies ({names})"),
                _bodies(Body.office_id == office_id),
                _body_label,
            ),
            (
                translate("Committees", "is represented on {count} body ({names})"),
                translate("Committees", "is represented on {count} bodies ({names})"),
                _bodies(BodyMembership.office_id == office_id, True),
                _body_label,
            ),
            (
                translate("Committees", "convenes {count} meeting ({names})"),
                translate("Committees", "convenes {count} meetings ({names})"),
                _meetings(Meeting.office_id == office_id),
                _meeting_label,
            ),
        ],
    )


def refuse_organisation_in_committees(session: Session, name: str, organisation_id: int) -> None:
    """Refuse deleting an organisation represented on a body."""
    _refuse(
        session,
        name,
        [
            (
                translate("Committees", "is represented on {count} body ({names})"),
                translate("Committees", "is represented on {count} bodies ({names})"),
                _bodies(BodyMembership.organisation_id == organisation_id, True),
                _body_label,
            )
        ],
    )


def refuse_unit_in_committees(session: Session, name: str, level: str, unit_id: int) -> None:
    """Refuse deleting a district, block, cluster or school that a body or meeting belongs to."""
    column = UNIT_COLUMNS[level]
    _refuse(
        session,
        name,
        [
            (
                translate("Committees", "has {count} body ({names})"),
                translate("Committees", "has {count} bodies ({names})"),
                select(Body.id, Body.name).where(getattr(Body, column) == unit_id),
                lambda _id, body_name: body_name,
            ),
            (
                translate("Committees", "has {count} meeting ({names})"),
                translate("Committees", "has {count} meetings ({names})"),
                _meetings(getattr(Meeting, column) == unit_id),
                _meeting_label,
            ),
        ],
    )
