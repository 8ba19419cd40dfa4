"""Meetings: scheduling and changing them, and the steps of their life (write actions only).

The steps a meeting may take are in :mod:`states` (the transition table, the lock on approved
minutes); reading meetings back is in :mod:`reading`. Saving attendance or minutes of a scheduled
meeting whose day has come marks it held on the way (see :mod:`attendance`, :mod:`minutes`).

A body's meeting opens with an automatic item confirming the minutes of the meeting before it;
when meetings move, are added, cancelled or deleted, that item follows (see
:func:`refresh_previous_reviews`).
"""

from __future__ import annotations

import calendar as stdlib_calendar
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.models import ActionItem, AgendaItem, Attendance, Body, Meeting, MinutesCorrection, Office, Person
from desktop.documents.text import indian_date
from desktop.services.calendar.working_days import calendar_for
from desktop.services.committees.units import Unit, unit_of, unit_record
from desktop.services.committees.vocabulary import LEVELS
from desktop.services.database import Database
from desktop.services.errors import ConflictError, NotFoundError, ValidationError
from desktop.services.i18n import and_list, translate
from desktop.services.meetings.creation import (
    add_meeting,
    chair_on,
    meeting_search_text,
    previous_meeting,
    previous_review_title,
)
from desktop.services.meetings.reading import (
    MeetingDetail,
    MeetingInput,
    detail_of,
)
from desktop.services.meetings.states import (
    check_move,
    describe,
    ensure_open,
    move,
    status_word,
)
from desktop.services.records import get_or_raise
from desktop.services.validation import FieldErrors


class DayOffWarning(ValidationError):  # noqa: N818 - a warning the user can accept
    """The date is not a working day of the convening office. Saving again with a
    ``holiday_reason`` schedules the meeting anyway and keeps the reason."""

    def __init__(self, message: str, day_off: str) -> None:
        super().__init__({"meeting_date": message})
        self.day_off = day_off  # "2nd Saturday", "Sunday" or the holiday's name


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
            translate(
                "Meetings",
                "A meeting stays with the body it was scheduled for; cancel it and schedule a new one "
                "instead.",
            ),
        )
    elif data.body_id is not None and body is None:
        errors.add("body_id", translate("Meetings", "The chosen body no longer exists; choose again."))
    unit, office = _unit_and_office(session, data, body, errors)
    title = errors.required(
        "title", data.title or (f"{body.name} meeting" if body else ""), translate("Meetings", "Title"), 300
    )
    day = data.meeting_date
    if day is None:
        errors.add("meeting_date", translate("Meetings", "Give the date of the meeting."))
    elif body is not None and day < body.formed_on:
        errors.add(
            "meeting_date",
            translate("Meetings", "{body} was formed on {formed_on}; it cannot meet on {day}.").format(
                body=body.name, formed_on=indian_date(body.formed_on), day=indian_date(day)
            ),
        )
    elif body is not None and body.dissolved_on is not None and day > body.dissolved_on:
        errors.add(
            "meeting_date",
            translate("Meetings", "{body} was dissolved on {dissolved_on}; it cannot meet on {day}.").format(
                body=body.name, dissolved_on=indian_date(body.dissolved_on), day=indian_date(day)
            ),
        )
    if data.end_time is not None and data.start_time is None:
        errors.add("start_time", translate("Meetings", "Give the start time as well as the end time."))
    elif data.end_time is not None and data.start_time is not None and data.end_time <= data.start_time:
        errors.add(
            "end_time",
            translate(
                "Meetings", "The meeting ends ({end_time:%H:%M}) before it starts ({start_time:%H:%M})."
            ).format(end_time=data.end_time, start_time=data.start_time),
        )
    chair = data.chair_person_id
    if chair is not None and session.get(Person, chair) is None:
        errors.add(
            "chair_person_id",
            translate("Meetings", "The chosen chair is not in the people records; choose again."),
        )
    if chair is None and body is not None and day is not None:
        chair = chair_on(session, body.id, day)
    venue = errors.optional("venue", data.venue, translate("Meetings", "Venue"), 300)
    reason = errors.optional("holiday_reason", data.holiday_reason, translate("Meetings", "The reason"), 2000)
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
        errors.add(
            "level",
            translate("Meetings", "Choose the level of the meeting: district, block, cluster or school."),
        )
    elif data.unit_id is None:
        errors.add(
            "unit_id",
            translate("Meetings", "Choose the {level} the meeting is for.").format(level=_level(data.level)),
        )
    else:
        unit = Unit(data.level, data.unit_id)
        try:
            unit_record(session, unit)
        except NotFoundError:
            errors.add(
                "unit_id",
                translate("Meetings", "The chosen {level} no longer exists; choose again.").format(
                    level=_level(data.level)
                ),
            )
    office = session.get(Office, data.office_id) if data.office_id is not None else None
    if office is None:
        errors.add("office_id", translate("Meetings", "Choose the office that convenes the meeting."))
    return unit, office


def _day_off_reason(session: Session, office: Office, day: date, reason: str | None) -> str | None:
    """The reason kept for meeting on ``day``; raises :class:`DayOffWarning` when one is needed."""
    off = calendar_for(session, office.id).day_off_reason(day)
    if off is None:
        return None
    if reason:
        return reason
    if off in stdlib_calendar.day_name:
        message = translate(
            "Meetings",
            "{weekday} {day} is a weekly off, not a working day at {office}. "
            "Give a reason to meet on it anyway.",
        )
    elif off.endswith(" Saturday") and off[0].isdigit():
        message = translate(
            "Meetings",
            "{weekday} {day} is the {saturday}, not a working day at {office}. "
            "Give a reason to meet on it anyway.",
        )
    else:
        message = translate(
            "Meetings",
            "{weekday} {day} is a holiday ({holiday}), not a working day at {office}. "
            "Give a reason to meet on it anyway.",
        )
    weekday = translate("Calendar", stdlib_calendar.day_name[day.weekday()])
    raise DayOffWarning(
        message.format(
            weekday=weekday,
            day=indian_date(day),
            saturday=translate("Calendar", off),
            holiday=off,
            office=office.name,
        ),
        off,
    )


def _level(level: str) -> str:
    """A level's word inside a sentence ("the block the meeting is for")."""
    return translate("Committees", LEVELS[level]).lower()


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
        meeting = get_or_raise(session, Meeting, meeting_id, translate("Meetings", "Meeting"))
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
        meeting = get_or_raise(session, Meeting, meeting_id, translate("Meetings", "Meeting"))
        check_move(meeting, "held")
        if today < meeting.meeting_date:
            raise ConflictError(
                translate(
                    "Meetings", "{meeting} is still to come; it can be marked held from that day."
                ).format(meeting=describe(meeting))
            )
        meeting.status = "held"
        return detail_of(session, meeting)


def undo_held(db: Database, meeting_id: int) -> MeetingDetail:
    """A meeting marked held by mistake goes back to scheduled, while nothing is recorded for it."""
    with db.transaction() as session:
        meeting = get_or_raise(session, Meeting, meeting_id, translate("Meetings", "Meeting"))
        check_move(meeting, "scheduled")
        recorded = []
        if session.scalar(select(Attendance.id).where(Attendance.meeting_id == meeting_id).limit(1)):
            recorded.append(translate("Meetings", "attendance"))
        written = select(AgendaItem.id).where(
            AgendaItem.meeting_id == meeting_id,
            or_(AgendaItem.discussion.is_not(None), AgendaItem.decisions.is_not(None)),
        )
        if session.scalar(written.limit(1)):
            recorded.append(translate("Meetings", "minutes"))
        if session.scalar(select(ActionItem.id).where(ActionItem.meeting_id == meeting_id).limit(1)):
            recorded.append(translate("Meetings", "action items"))
        if recorded:
            raise ConflictError(
                translate(
                    "Meetings",
                    "{meeting} already has {recorded} recorded; it stays held. Remove what is recorded first "
                    "if the meeting really did not take place.",
                ).format(meeting=describe(meeting), recorded=and_list(recorded))
            )
        meeting.status = "scheduled"
        return detail_of(session, meeting)


def cancel_meeting(db: Database, meeting_id: int, reason: str) -> MeetingDetail:
    """Call off a scheduled meeting, keeping it with the reason."""
    with db.transaction() as session:
        meeting = get_or_raise(session, Meeting, meeting_id, translate("Meetings", "Meeting"))
        errors = FieldErrors()
        cleaned = errors.required("reason", reason, translate("Meetings", "The reason for cancelling"), 2000)
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
        meeting = get_or_raise(session, Meeting, meeting_id, translate("Meetings", "Meeting"))
        if meeting.status != "scheduled":
            raise ConflictError(
                translate(
                    "Meetings", "{meeting} is {status}; only a meeting still scheduled can be deleted."
                ).format(meeting=describe(meeting), status=status_word(meeting.status))
            )
        refers = select(ActionItem.id).where(
            or_(ActionItem.meeting_id == meeting_id, ActionItem.escalated_to_meeting_id == meeting_id)
        )
        reasons = []
        if session.scalar(refers.limit(1)):
            reasons.append(translate("Meetings", "action items are raised in it or escalated to it"))
        if session.scalar(
            select(MinutesCorrection.id)
            .where(MinutesCorrection.recorded_in_meeting_id == meeting_id)
            .limit(1)
        ):
            reasons.append(translate("Meetings", "corrections to earlier minutes are recorded in it"))
        if meeting.notice_entry_id is not None:
            reasons.append(translate("Meetings", "its notice was issued from the dispatch register"))
        if reasons:
            raise ConflictError(
                translate("Meetings", "{meeting} cannot be deleted: {reasons}. Cancel it instead.").format(
                    meeting=describe(meeting), reasons="; ".join(reasons)
                )
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
