"""A meeting's agenda: the items in order, who presents them, how long each takes.

The agenda is saved as a list, by id: items that come back with their id are updated, items
without one are added, items that do not come back are removed, and the order of the list is the
order of the agenda. The automatic first item of a body's meeting (confirmation of the previous
minutes and review of the open action items) is not the form's to change: it stays first, keeps
its title and is never removed by a save. It may be passed in the list (by its id) to set its
presenter and duration; its title and place there are ignored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AgendaItem, Meeting, Person
from desktop.services.database import Database
from desktop.services.errors import ConflictError
from desktop.services.i18n import translate
from desktop.services.meetings.reading import AgendaRow, agenda_rows
from desktop.services.meetings.states import describe, ensure_open
from desktop.services.records import get_or_raise
from desktop.services.text import clean
from desktop.services.validation import FieldErrors

MAX_DURATION_MINUTES = 480  # a working day; a longer "item" is a typing mistake
TITLE_LENGTH = 500


@dataclass(frozen=True)
class AgendaItemInput:
    title: str
    presenter_person_id: int | None = None
    duration_minutes: int | None = None
    id: int | None = None


class _Timed(Protocol):
    @property
    def duration_minutes(self) -> int | None: ...


def save_agenda(db: Database, meeting_id: int, items: Sequence[AgendaItemInput]) -> tuple[AgendaRow, ...]:
    """Save the agenda as listed, in one transaction; returns it as saved."""
    with db.transaction() as session:
        meeting = get_or_raise(session, Meeting, meeting_id, translate("Meetings", "Meeting"))
        ensure_open(meeting)
        current = {
            item.id: item
            for item in session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id))
        }
        errors = FieldErrors()
        seen: set[int] = set()
        for number, row in enumerate(items, start=1):
            existing = current.get(row.id) if row.id is not None else None
            if row.id is not None and (existing is None or row.id in seen):
                errors.add(
                    "items",
                    translate(
                        "Meetings",
                        "Item {number} is no longer on the agenda of this meeting, or is listed twice; close the "
                        "agenda and open it again.",
                    ).format(number=number),
                )
            if row.id is not None:
                seen.add(row.id)
            _check_item(session, number, row, existing is not None and existing.kind != "regular", errors)
        errors.raise_if_any()
        dropped = [item for item in current.values() if item.kind == "regular" and item.id not in seen]
        written = [item.title for item in dropped if item.discussion or item.decisions]
        if written:
            raise ConflictError(
                translate(
                    "Meetings",
                    "The minutes of {meeting} already say something under {written}; clear that first if the "
                    "item is to be removed from the agenda.",
                ).format(meeting=describe(meeting), written="; ".join(written))
            )
        for item in dropped:
            session.delete(item)
        session.flush()
        position = 1
        for row in items:
            existing = current.get(row.id) if row.id is not None else None
            if existing is None:
                existing = AgendaItem(meeting_id=meeting_id, kind="regular")
                session.add(existing)
            existing.presenter_person_id = row.presenter_person_id
            existing.duration_minutes = row.duration_minutes
            if existing.kind == "regular":
                existing.title, existing.position = clean(row.title), position
                position += 1
        session.flush()
        return agenda_rows(session, meeting_id)


def _check_item(
    session: Session, number: int, row: AgendaItemInput, automatic: bool, errors: FieldErrors
) -> None:
    title = clean(row.title)
    if not automatic and not title:
        errors.add("items", translate("Meetings", "Item {number}: give its title.").format(number=number))
    elif not automatic and len(title) > TITLE_LENGTH:
        errors.add(
            "items",
            translate(
                "Meetings", "Item {number}: the title is {count} characters long; at most {limit} fit."
            ).format(number=number, count=len(title), limit=TITLE_LENGTH),
        )
    if title and not automatic:
        named = translate("Meetings", "Item {number} ({title})").format(number=number, title=title)
    else:
        named = translate("Meetings", "Item {number}").format(number=number)
    if row.presenter_person_id is not None and session.get(Person, row.presenter_person_id) is None:
        errors.add(
            "items",
            translate(
                "Meetings", "{item}: the chosen presenter is not in the people records; choose again."
            ).format(item=named),
        )
    minutes = row.duration_minutes
    if minutes is not None and not 1 <= minutes <= MAX_DURATION_MINUTES:
        errors.add(
            "items",
            translate(
                "Meetings",
                "{item}: {minutes} minutes is not a duration; give 1 to {limit} minutes.",
            ).format(item=named, minutes=minutes, limit=MAX_DURATION_MINUTES),
        )


def agenda_schedule(start_time: time | None, items: Sequence[_Timed]) -> list[time | None]:
    """When each item starts, from the meeting's start and the durations before it; None where
    that is not known (no start time, an item before it without a duration, or past midnight)."""
    clock = datetime.combine(date.min, start_time) if start_time is not None else None
    starts: list[time | None] = []
    for item in items:
        starts.append(clock.time() if clock is not None and clock.date() == date.min else None)
        if clock is not None:
            minutes = item.duration_minutes
            clock = clock + timedelta(minutes=minutes) if minutes else None
    return starts
