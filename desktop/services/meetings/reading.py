"""Reading meetings back: one meeting with its agenda and corrections, and the list of meetings.

Screens get frozen rows, never ORM objects; the list is read in a fixed number of queries
whatever its length.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, time
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from db.models import ActionItem, AgendaItem, Body, Meeting, MinutesCorrection, Office, Person
from desktop.services.committees.units import unit_name, unit_names, unit_of
from desktop.services.committees.vocabulary import LEVELS
from desktop.services.database import Database
from desktop.services.i18n import translate
from desktop.services.listing import apply_search
from desktop.services.meetings.vocabulary import LOCKED_STATUSES, MEETING_STATUSES
from desktop.services.records import get_or_raise

T = TypeVar("T")


@dataclass(frozen=True)
class MeetingInput:
    """A meeting as the form gives it. A body's meeting takes its level, unit and office from the
    body; an ad-hoc meeting (no body) needs ``level``, ``unit_id`` and ``office_id``."""

    title: str
    meeting_date: date | None
    body_id: int | None = None
    level: str | None = None
    unit_id: int | None = None
    office_id: int | None = None
    start_time: time | None = None
    end_time: time | None = None
    venue: str | None = None
    chair_person_id: int | None = None
    holiday_reason: str | None = None  # why meet on a day the office does not work


@dataclass(frozen=True)
class AgendaRow:
    id: int
    position: int
    kind: str  # "regular", or "previous_review" for the automatic first item
    title: str
    presenter_person_id: int | None
    presenter_name: str | None
    duration_minutes: int | None
    discussion: str | None
    decisions: str | None

    @property
    def automatic(self) -> bool:
        return self.kind == "previous_review"

    @property
    def written(self) -> bool:
        """Something is written for it in the minutes."""
        return bool(self.discussion or self.decisions)


@dataclass(frozen=True)
class CorrectionRow:
    """A correction to approved minutes, recorded in a later meeting."""

    id: int
    corrected_meeting_id: int
    corrected_title: str
    corrected_date: date
    recorded_in_meeting_id: int
    recorded_in_title: str
    recorded_in_date: date
    agenda_item_id: int | None
    agenda_item_title: str | None
    text: str


@dataclass(frozen=True)
class MeetingDetail:
    id: int
    body_id: int | None
    body_name: str | None
    title: str
    level: str
    unit_id: int
    unit_name: str  # in English; screens show the unit from list_meetings
    office_id: int
    office_name: str
    meeting_date: date
    start_time: time | None
    end_time: time | None
    venue: str | None
    chair_person_id: int | None
    chair_name: str | None
    status: str
    holiday_reason: str | None
    cancel_reason: str | None
    cadence_month: str | None
    minutes_approved_on: date | None
    minutes_approved_by: str | None
    notice_entry_id: int | None
    agenda: tuple[AgendaRow, ...]
    corrections_made: tuple[CorrectionRow, ...]  # corrections to this meeting's minutes
    corrections_recorded: tuple[CorrectionRow, ...]  # corrections to earlier minutes, made here

    @property
    def status_label(self) -> str:
        return MEETING_STATUSES[self.status]

    @property
    def level_label(self) -> str:
        return LEVELS[self.level]

    @property
    def locked(self) -> bool:
        return self.status in LOCKED_STATUSES

    def as_input(self) -> MeetingInput:
        """The meeting's values as the form edits them."""
        return MeetingInput(**{f.name: getattr(self, f.name) for f in fields(MeetingInput)})


def _row(cls: type[T], source: object, **extra: object) -> T:
    """A row dataclass from the attributes of the same names of ``source``, and ``extra``."""
    return cls(**{f.name: getattr(source, f.name) for f in fields(cls) if f.name not in extra}, **extra)


def agenda_rows(session: Session, meeting_id: int) -> tuple[AgendaRow, ...]:
    """The meeting's agenda in order: the automatic item first, then the others as arranged."""
    statement = (
        select(AgendaItem, Person.name)
        .outerjoin(Person, AgendaItem.presenter_person_id == Person.id)
        .where(AgendaItem.meeting_id == meeting_id)
        .order_by(AgendaItem.position, AgendaItem.id)
    )
    found = session.execute(statement)
    return tuple(_row(AgendaRow, item, presenter_name=name) for item, name in found)


def correction_rows(
    session: Session, *, corrected_id: int | None = None, recorded_in_id: int | None = None
) -> tuple[CorrectionRow, ...]:
    """Corrections made to one meeting's minutes, or recorded in one meeting, oldest first."""
    old, new = aliased(Meeting), aliased(Meeting)
    statement = (
        select(MinutesCorrection, old.title, old.meeting_date, new.title, new.meeting_date, AgendaItem.title)
        .join(old, MinutesCorrection.corrected_meeting_id == old.id)
        .join(new, MinutesCorrection.recorded_in_meeting_id == new.id)
        .outerjoin(AgendaItem, MinutesCorrection.agenda_item_id == AgendaItem.id)
        .order_by(new.meeting_date, MinutesCorrection.id)
    )
    if corrected_id is not None:
        statement = statement.where(MinutesCorrection.corrected_meeting_id == corrected_id)
    if recorded_in_id is not None:
        statement = statement.where(MinutesCorrection.recorded_in_meeting_id == recorded_in_id)
    return tuple(
        _row(
            CorrectionRow,
            row,
            corrected_title=t1,
            corrected_date=d1,
            recorded_in_title=t2,
            recorded_in_date=d2,
            agenda_item_title=item,
        )
        for row, t1, d1, t2, d2, item in session.execute(statement)
    )


def detail_of(session: Session, meeting: Meeting) -> MeetingDetail:
    session.flush()
    unit = unit_of(meeting)
    body = session.get(Body, meeting.body_id) if meeting.body_id is not None else None
    chair = session.get(Person, meeting.chair_person_id) if meeting.chair_person_id is not None else None
    return _row(
        MeetingDetail,
        meeting,
        body_name=body.name if body else None,
        unit_id=unit.unit_id,
        unit_name=unit_name(session, unit),
        office_name=get_or_raise(session, Office, meeting.office_id, translate("Offices", "Office")).name,
        chair_name=chair.name if chair else None,
        agenda=agenda_rows(session, meeting.id),
        corrections_made=correction_rows(session, corrected_id=meeting.id),
        corrections_recorded=correction_rows(session, recorded_in_id=meeting.id),
    )


def get_meeting(db: Database, meeting_id: int) -> MeetingDetail:
    """A meeting with its agenda and the corrections made to and recorded in it."""
    with db.reading() as session:
        return detail_of(
            session, get_or_raise(session, Meeting, meeting_id, translate("Meetings", "Meeting"))
        )


@dataclass(frozen=True)
class MeetingFilter:
    body_id: int | None = None
    level: str | None = None
    status: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    search: str = ""


@dataclass(frozen=True)
class MeetingRow:
    id: int
    meeting_date: date
    start_time: time | None
    title: str
    body_id: int | None
    body_name: str | None
    level: str
    level_label: str
    unit_name: str  # in the interface's language
    status: str
    status_label: str
    venue: str | None
    chair_name: str | None
    open_actions: int  # action items raised in the meeting and still open
    search_text: str


def list_meetings(db: Database, where: MeetingFilter | None = None) -> list[MeetingRow]:
    """Meetings matching the filter, latest first, read in a fixed number of queries."""
    where = where or MeetingFilter()
    open_actions = (
        select(func.count(ActionItem.id))
        .where(ActionItem.meeting_id == Meeting.id, ActionItem.status == "open")
        .correlate(Meeting)
        .scalar_subquery()
    )
    statement = (
        select(Meeting, Body.name, Person.name, open_actions)
        .outerjoin(Body, Meeting.body_id == Body.id)
        .outerjoin(Person, Meeting.chair_person_id == Person.id)
        .order_by(Meeting.meeting_date.desc(), Meeting.start_time.desc(), Meeting.id.desc())
    )
    for column, value in (
        (Meeting.body_id, where.body_id),
        (Meeting.level, where.level),
        (Meeting.status, where.status),
    ):
        if value is not None:
            statement = statement.where(column == value)
    if where.date_from is not None:
        statement = statement.where(Meeting.meeting_date >= where.date_from)
    if where.date_to is not None:
        statement = statement.where(Meeting.meeting_date <= where.date_to)
    statement = apply_search(statement, Meeting.search_text, where.search)
    with db.reading() as session:
        found = session.execute(statement).all()
        names = unit_names(session, {unit_of(meeting) for meeting, *_ in found})
        return [
            _row(
                MeetingRow,
                meeting,
                body_name=body_name,
                level_label=LEVELS[meeting.level],
                unit_name=names[unit_of(meeting)].screen,
                status_label=MEETING_STATUSES[meeting.status],
                chair_name=chair_name,
                open_actions=int(actions or 0),
            )
            for meeting, body_name, chair_name, actions in found
        ]
