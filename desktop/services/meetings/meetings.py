"""Meetings: scheduling and changing them, the steps of their life, and reading them back.

A meeting moves only along :data:`TRANSITIONS`; any other step is refused naming both states::

    scheduled ──▶ held ──(minutes saved)──▶ minutes drafted ──(approved)──▶ minutes approved
        │           │
        ▼           └──▶ scheduled   "undo held": only while nothing is recorded for it
    cancelled

Saving attendance or minutes of a scheduled meeting whose day has come marks it held on the way.
Approved minutes are locked: the meeting, its agenda, attendance and minutes no longer change,
and a mistake is put right by a correction recorded in a later meeting of the body. A cancelled
meeting is kept with its reason for the record and changes no more.

A body's meeting opens with an automatic item confirming the minutes of the meeting before it;
when meetings move, are added, cancelled or deleted, that item follows (see
:func:`refresh_previous_reviews`).
"""

from __future__ import annotations

import calendar as stdlib_calendar
from dataclasses import dataclass, fields
from datetime import date, time
from typing import TypeVar

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from db.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Block,
    Body,
    Cluster,
    District,
    Meeting,
    MinutesCorrection,
    Office,
    Person,
    School,
)
from desktop.documents.text import indian_date
from desktop.services.calendar.working_days import calendar_for
from desktop.services.committees.units import Unit, unit_name, unit_of, unit_record
from desktop.services.committees.vocabulary import LEVELS
from desktop.services.database import Database
from desktop.services.errors import ConflictError, NotFoundError, ValidationError
from desktop.services.listing import apply_search
from desktop.services.meetings.creation import (
    add_meeting,
    chair_on,
    meeting_search_text,
    previous_meeting,
    previous_review_title,
)
from desktop.services.meetings.vocabulary import LOCKED_STATUSES, MEETING_STATUSES
from desktop.services.records import get_or_raise
from desktop.services.validation import FieldErrors

T = TypeVar("T")

TRANSITIONS: dict[str, tuple[str, ...]] = {
    "scheduled": ("held", "cancelled"),
    "held": ("minutes_drafted", "scheduled"),  # back to scheduled: marked held by mistake
    "minutes_drafted": ("minutes_approved",),
    "minutes_approved": (),
    "cancelled": (),
}
# The meeting took place: what attendance rates and follow-up count.
HELD_STATUSES = ("held", "minutes_drafted", "minutes_approved")


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


class DayOffWarning(ValidationError):  # noqa: N818 - a warning the user can accept
    """The date is not a working day of the convening office. Saving again with a
    ``holiday_reason`` schedules the meeting anyway and keeps the reason."""

    def __init__(self, message: str, day_off: str) -> None:
        super().__init__({"meeting_date": message})
        self.day_off = day_off  # "2nd Saturday", "Sunday" or the holiday's name


class MinutesLockedError(ConflictError):
    """The meeting's minutes are approved; nothing about it changes any more."""


def describe(meeting: Meeting) -> str:
    """How a meeting is named in messages: its title and date."""
    return f"{meeting.title} on {indian_date(meeting.meeting_date)}"


def status_word(status: str) -> str:
    return MEETING_STATUSES[status].lower()


def check_move(meeting: Meeting, target: str) -> None:
    """Refuse a step that :data:`TRANSITIONS` does not allow, naming both states."""
    if target not in TRANSITIONS[meeting.status]:
        now = status_word(meeting.status)
        allowed = ", ".join(status_word(s) for s in TRANSITIONS[meeting.status]) or "nothing else"
        raise ConflictError(
            f"{describe(meeting)} is {now}; it cannot become {status_word(target)} "
            f"(from {now} it can become: {allowed})."
        )


def move(meeting: Meeting, target: str) -> None:
    check_move(meeting, target)
    meeting.status = target


def ensure_open(meeting: Meeting) -> None:
    """Refuse any change to a meeting whose minutes are approved, or that was cancelled."""
    if meeting.status in LOCKED_STATUSES:
        later = "the next meeting of the body" if meeting.body_id is not None else "a later meeting"
        raise MinutesLockedError(
            f"The minutes of {meeting.title} were approved on {indian_date(meeting.minutes_approved_on)} "
            f"and are locked. Record a correction in {later}."
        )
    if meeting.status == "cancelled":
        raise ConflictError(
            f"{describe(meeting)} was cancelled ({meeting.cancel_reason}); it can no longer be changed."
        )


def mark_held_if_due(meeting: Meeting, today: date, what: str) -> None:
    """A scheduled meeting whose day has come becomes held; ``what`` is being recorded for it."""
    if meeting.status == "scheduled":
        if today < meeting.meeting_date:
            raise ConflictError(
                f"{describe(meeting)} is still to come; its {what} can be recorded from that day."
            )
        move(meeting, "held")


@dataclass(frozen=True)
class _Checked:
    body: Body | None
    unit: Unit
    office: Office
    title: str
    venue: str | None
    chair_person_id: int | None
    holiday_reason: str | None


def _checked(session: Session, data: MeetingInput, own: Meeting | None) -> _Checked:
    errors = FieldErrors()
    body = session.get(Body, data.body_id) if data.body_id is not None else None
    if own is not None and data.body_id != own.body_id:
        errors.add(
            "body_id",
            "A meeting stays with the body it was scheduled for; cancel it and schedule a new one instead.",
        )
    elif data.body_id is not None and body is None:
        errors.add("body_id", "The chosen body no longer exists; choose again.")
    unit, office = _unit_and_office(session, data, body, errors)
    title = errors.required("title", data.title or (f"{body.name} meeting" if body else ""), "Title", 300)
    day = data.meeting_date
    if day is None:
        errors.add("meeting_date", "Give the date of the meeting.")
    elif body is not None and day < body.formed_on:
        errors.add(
            "meeting_date",
            f"{body.name} was formed on {indian_date(body.formed_on)}; it cannot meet on {indian_date(day)}.",
        )
    elif body is not None and body.dissolved_on is not None and day > body.dissolved_on:
        errors.add(
            "meeting_date",
            f"{body.name} was dissolved on {indian_date(body.dissolved_on)}; "
            f"it cannot meet on {indian_date(day)}.",
        )
    if data.end_time is not None and data.start_time is None:
        errors.add("start_time", "Give the start time as well as the end time.")
    elif data.end_time is not None and data.start_time is not None and data.end_time <= data.start_time:
        errors.add(
            "end_time",
            f"The meeting ends ({data.end_time:%H:%M}) before it starts ({data.start_time:%H:%M}).",
        )
    chair = data.chair_person_id
    if chair is not None and session.get(Person, chair) is None:
        errors.add("chair_person_id", "The chosen chair is not in the people records; choose again.")
    if chair is None and body is not None and day is not None:
        chair = chair_on(session, body.id, day)
    venue = errors.optional("venue", data.venue, "Venue", 300)
    reason = errors.optional("holiday_reason", data.holiday_reason, "The reason", 2000)
    errors.raise_if_any()
    assert unit is not None and office is not None
    return _Checked(body, unit, office, title, venue, chair, reason)


def _unit_and_office(
    session: Session, data: MeetingInput, body: Body | None, errors: FieldErrors
) -> tuple[Unit | None, Office | None]:
    if body is not None:
        return unit_of(body), session.get(Office, body.office_id)
    if data.body_id is not None:
        return None, None  # the missing body is reported already
    unit = None
    if data.level not in LEVELS:
        errors.add("level", "Choose the level of the meeting: district, block, cluster or school.")
    elif data.unit_id is None:
        errors.add("unit_id", f"Choose the {LEVELS[data.level].lower()} the meeting is for.")
    else:
        unit = Unit(data.level, data.unit_id)
        try:
            unit_record(session, unit)
        except NotFoundError:
            errors.add("unit_id", f"The chosen {LEVELS[data.level].lower()} no longer exists; choose again.")
    office = session.get(Office, data.office_id) if data.office_id is not None else None
    if office is None:
        errors.add("office_id", "Choose the office that convenes the meeting.")
    return unit, office


def _day_off_reason(session: Session, office: Office, day: date, reason: str | None) -> str | None:
    """The reason kept for meeting on ``day``; raises :class:`DayOffWarning` when one is needed."""
    off = calendar_for(session, office.id).day_off_reason(day)
    if off is None:
        return None
    if reason:
        return reason
    if off in stdlib_calendar.day_name:
        what = "a weekly off"
    elif off.endswith(" Saturday") and off[0].isdigit():
        what = f"the {off}"
    else:
        what = f"a holiday ({off})"
    raise DayOffWarning(
        f"{day:%A} {indian_date(day)} is {what}, not a working day at {office.name}. "
        "Give a reason to meet on it anyway.",
        off,
    )


def schedule_meeting(db: Database, data: MeetingInput) -> int:
    """A new scheduled meeting; returns its id. A day off needs ``holiday_reason``."""
    with db.transaction() as session:
        checked = _checked(session, data, None)
        assert data.meeting_date is not None
        reason = _day_off_reason(session, checked.office, data.meeting_date, checked.holiday_reason)
        meeting = add_meeting(
            session,
            title=checked.title,
            meeting_date=data.meeting_date,
            body=checked.body,
            office_id=checked.office.id,
            unit=checked.unit,
            start_time=data.start_time,
            end_time=data.end_time,
            venue=checked.venue,
            chair_person_id=checked.chair_person_id,
        )
        meeting.holiday_reason = reason
        if meeting.body_id is not None:
            session.flush()
            refresh_previous_reviews(session, meeting.body_id, data.meeting_date)
        return meeting.id


def update_meeting(db: Database, meeting_id: int, data: MeetingInput) -> MeetingDetail:
    """Change a meeting's details; not once its minutes are approved or it is cancelled."""
    with db.transaction() as session:
        meeting = get_or_raise(session, Meeting, meeting_id, "Meeting")
        ensure_open(meeting)
        checked = _checked(session, data, meeting)
        assert data.meeting_date is not None
        old_date = meeting.meeting_date
        same_day = data.meeting_date == old_date and checked.office.id == meeting.office_id
        kept = checked.holiday_reason or (meeting.holiday_reason if same_day else None)
        meeting.holiday_reason = _day_off_reason(session, checked.office, data.meeting_date, kept)
        meeting.title, meeting.meeting_date = checked.title, data.meeting_date
        meeting.start_time, meeting.end_time = data.start_time, data.end_time
        meeting.venue, meeting.chair_person_id = checked.venue, checked.chair_person_id
        meeting.level, meeting.office_id = checked.unit.level, checked.office.id
        for column, value in checked.unit.columns().items():
            setattr(meeting, column, value)
        meeting.search_text = meeting_search_text(
            checked.title, checked.venue, checked.body.name if checked.body else None
        )
        session.flush()
        if meeting.body_id is not None:
            refresh_previous_reviews(
                session, meeting.body_id, min(old_date, data.meeting_date), also_id=meeting.id
            )
        return detail_of(session, meeting)


def refresh_previous_reviews(
    session: Session, body_id: int, from_date: date, also_id: int | None = None
) -> None:
    """Bring the automatic first item of the body's scheduled meetings from ``from_date`` on (and
    of meeting ``also_id``) in line with the meeting now before each. Meetings already held keep
    the item they were held with."""
    wanted = Meeting.status == "scheduled"
    if also_id is not None:
        wanted = or_(wanted, Meeting.id == also_id)
    for meeting in session.scalars(
        select(Meeting).where(Meeting.body_id == body_id, Meeting.meeting_date >= from_date, wanted)
    ):
        previous = previous_meeting(session, body_id, meeting.meeting_date, exclude_id=meeting.id)
        item = session.scalar(
            select(AgendaItem).where(
                AgendaItem.meeting_id == meeting.id, AgendaItem.kind == "previous_review"
            )
        )
        if previous is None:
            if item is not None and not (item.discussion or item.decisions):
                session.delete(item)
        elif item is None:
            session.add(
                AgendaItem(
                    meeting_id=meeting.id,
                    position=0,
                    kind="previous_review",
                    title=previous_review_title(previous),
                )
            )
        else:
            item.title = previous_review_title(previous)


def mark_held(db: Database, meeting_id: int, today: date) -> MeetingDetail:
    """The meeting took place; from its date on."""
    with db.transaction() as session:
        meeting = get_or_raise(session, Meeting, meeting_id, "Meeting")
        check_move(meeting, "held")
        if today < meeting.meeting_date:
            raise ConflictError(f"{describe(meeting)} is still to come; it can be marked held from that day.")
        meeting.status = "held"
        return detail_of(session, meeting)


def undo_held(db: Database, meeting_id: int) -> MeetingDetail:
    """A meeting marked held by mistake goes back to scheduled, while nothing is recorded for it."""
    with db.transaction() as session:
        meeting = get_or_raise(session, Meeting, meeting_id, "Meeting")
        check_move(meeting, "scheduled")
        recorded = []
        if session.scalar(select(Attendance.id).where(Attendance.meeting_id == meeting_id).limit(1)):
            recorded.append("attendance")
        written = select(AgendaItem.id).where(
            AgendaItem.meeting_id == meeting_id,
            or_(AgendaItem.discussion.is_not(None), AgendaItem.decisions.is_not(None)),
        )
        if session.scalar(written.limit(1)):
            recorded.append("minutes")
        if session.scalar(select(ActionItem.id).where(ActionItem.meeting_id == meeting_id).limit(1)):
            recorded.append("action items")
        if recorded:
            raise ConflictError(
                f"{describe(meeting)} already has {' and '.join(recorded)} recorded; "
                "it stays held. Remove what is recorded first if the meeting really did not take place."
            )
        meeting.status = "scheduled"
        return detail_of(session, meeting)


def cancel_meeting(db: Database, meeting_id: int, reason: str) -> MeetingDetail:
    """Call off a scheduled meeting, keeping it with the reason."""
    with db.transaction() as session:
        meeting = get_or_raise(session, Meeting, meeting_id, "Meeting")
        errors = FieldErrors()
        cleaned = errors.required("reason", reason, "The reason for cancelling", 2000)
        errors.raise_if_any()
        move(meeting, "cancelled")
        meeting.cancel_reason = cleaned
        session.flush()
        if meeting.body_id is not None:
            refresh_previous_reviews(session, meeting.body_id, meeting.meeting_date)
        return detail_of(session, meeting)


def delete_meeting(db: Database, meeting_id: int) -> None:
    """Remove a meeting scheduled by mistake. One that was held, or that anything refers to, stays
    (cancel a scheduled one instead)."""
    with db.transaction() as session:
        meeting = get_or_raise(session, Meeting, meeting_id, "Meeting")
        if meeting.status != "scheduled":
            raise ConflictError(
                f"{describe(meeting)} is {status_word(meeting.status)}; only a meeting still scheduled "
                "can be deleted."
            )
        refers = select(ActionItem.id).where(
            or_(ActionItem.meeting_id == meeting_id, ActionItem.escalated_to_meeting_id == meeting_id)
        )
        reasons = []
        if session.scalar(refers.limit(1)):
            reasons.append("action items are raised in it or escalated to it")
        if session.scalar(
            select(MinutesCorrection.id)
            .where(MinutesCorrection.recorded_in_meeting_id == meeting_id)
            .limit(1)
        ):
            reasons.append("corrections to earlier minutes are recorded in it")
        if meeting.notice_entry_id is not None:
            reasons.append("its notice was issued from the dispatch register")
        if reasons:
            raise ConflictError(
                f"{describe(meeting)} cannot be deleted: {'; '.join(reasons)}. Cancel it instead."
            )
        for model in (AgendaItem, Attendance):  # one by one, so the audit log shows each
            for row in session.scalars(select(model).where(model.meeting_id == meeting_id)):
                session.delete(row)
        session.flush()
        body_id, day = meeting.body_id, meeting.meeting_date
        session.delete(meeting)
        session.flush()
        if body_id is not None:
            refresh_previous_reviews(session, body_id, day)


def get_meeting(db: Database, meeting_id: int) -> MeetingDetail:
    """A meeting with its agenda and the corrections made to and recorded in it."""
    with db.reading() as session:
        return detail_of(session, get_or_raise(session, Meeting, meeting_id, "Meeting"))


# Reading --------------------------------------------------------------------------------------


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
    unit_name: str
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
        office_name=get_or_raise(session, Office, meeting.office_id, "Office").name,
        chair_name=chair.name if chair else None,
        agenda=agenda_rows(session, meeting.id),
        corrections_made=correction_rows(session, corrected_id=meeting.id),
        corrections_recorded=correction_rows(session, recorded_in_id=meeting.id),
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
    unit_name: str
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
        names = _unit_names(session, {unit_of(meeting) for meeting, *_ in found})
        return [
            _row(
                MeetingRow,
                meeting,
                body_name=body_name,
                level_label=LEVELS[meeting.level],
                unit_name=names[unit_of(meeting)],
                status_label=MEETING_STATUSES[meeting.status],
                chair_name=chair_name,
                open_actions=int(actions or 0),
            )
            for meeting, body_name, chair_name, actions in found
        ]


def _unit_names(session: Session, units: set[Unit]) -> dict[Unit, str]:
    """Names of many units: their rows are loaded in one query per level, so naming each one
    with :func:`unit_name` finds them already in the session."""
    for level, model in (("district", District), ("block", Block), ("school", School)):
        ids = {unit.unit_id for unit in units if unit.level == level}
        if ids:
            session.scalars(select(model).where(model.id.in_(ids))).all()
    cluster_ids = {unit.unit_id for unit in units if unit.level == "cluster"}
    if cluster_ids:
        session.scalars(
            select(Cluster).where(Cluster.id.in_(cluster_ids)).options(selectinload(Cluster.block))
        ).all()
    return {unit: unit_name(session, unit) for unit in units}
