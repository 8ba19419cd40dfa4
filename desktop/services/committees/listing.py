"""What the committee screens read: the table of bodies (chair and member count on a date), the body
pickers, and a membership as its form shows it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from db.models import Body, BodyMembership, Office
from desktop.services.committees.bodies import alive_on, chair_names, member_counts
from desktop.services.committees.memberships import MembershipInput
from desktop.services.committees.units import body_unit, join_units
from desktop.services.committees.vocabulary import FREQUENCIES, LEVEL_ORDER, LEVELS, body_kind_label
from desktop.services.database import Database
from desktop.services.i18n import translate
from desktop.services.records import get_or_raise


@dataclass(frozen=True)
class BodyRow:
    id: int
    name: str
    kind: str  # a code of BODY_KINDS
    kind_label: str
    level: str
    level_label: str
    unit_name: str  # in the interface's language
    office_name: str
    chair_name: str | None
    members: int
    formed_on: date
    dissolved_on: date | None
    frequency_label: str
    search_text: str


def _level_rank(level: str) -> int:
    return -LEVEL_ORDER.index(level)  # the district first, schools last


def list_bodies(db: Database, on: date, include_dissolved: bool = True) -> list[BodyRow]:
    """Every body for the table, chair and member count on ``on``; three queries whatever the number."""
    statement = join_units(select(Body, body_unit, Office.name)).join(Office, Office.id == Body.office_id)
    if not include_dissolved:
        statement = statement.where(Body.dissolved_on.is_(None) | (Body.dissolved_on >= on))
    with db.reading() as session:
        found = session.execute(statement).all()
        members = member_counts(session, on)
        chairs = chair_names(session, on)
    rows = [
        BodyRow(
            id=body.id,
            name=body.name,
            kind=body.kind,
            kind_label=body_kind_label(body.kind, body.kind_other),
            level=body.level,
            level_label=LEVELS[body.level],
            unit_name=unit.screen,
            office_name=office_name,
            chair_name=chairs.get(body.id),
            members=members.get(body.id, 0),
            formed_on=body.formed_on,
            dissolved_on=body.dissolved_on,
            frequency_label=FREQUENCIES.get(body.meeting_frequency, body.meeting_frequency),
            search_text=body.search_text,
        )
        for body, unit, office_name in found
    ]
    rows.sort(key=lambda r: (_level_rank(r.level), r.unit_name.casefold(), r.name.casefold(), r.id))
    return rows


def body_choices(db: Database, level: str | None = None, on: date | None = None) -> list[tuple[int, str]]:
    """(id, "name — unit") for pickers, the unit in the interface's language: bodies alive on
    ``on``, or every body when no date is given."""
    statement = join_units(select(Body.id, Body.level, Body.name, body_unit))
    if level is not None:
        statement = statement.where(Body.level == level)
    if on is not None:
        statement = statement.where(alive_on(on))
    with db.reading() as session:
        found = [(row.id, row.level, row.name, row.unit.screen) for row in session.execute(statement)]
    found.sort(key=lambda r: (_level_rank(r[1]), r[2].casefold(), r[3].casefold(), r[0]))
    return [(body_id, f"{name} — {unit}") for body_id, _level, name, unit in found]


def membership_input(db: Database, membership_id: int) -> MembershipInput:
    """A membership as its form edits it: whom it seats, in which role, from when to when, and the
    office or organisation the member represents."""
    with db.reading() as session:
        m = get_or_raise(session, BodyMembership, membership_id, translate("Committees", "Membership"))
        return MembershipInput(m.person_id, m.role, m.start_date, m.end_date, m.office_id, m.organisation_id)
