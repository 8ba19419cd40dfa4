"""Tumkur's 2-4-6-8 review cadence: schools review on the 2nd working day of the month, clusters on
the 4th, blocks on the 6th and the district on the 8th, each in its convening office's calendar.

A month's review meetings are planned from the bodies on the cadence, generated in one
transaction (never twice for a body and month), shown on a month calendar, and summed up level by
level so the district sees where the cascade stalls.
"""

from __future__ import annotations

import calendar as stdlib_calendar
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from db.models import ActionItemEvent, Block, Body, Cluster, District, Meeting, Office, School
from desktop.documents.text import indian_date
from desktop.services.calendar.working_days import WorkingCalendar, calendar_for, month_text
from desktop.services.committees.units import unit_names, unit_of
from desktop.services.committees.vocabulary import LEVEL_ORDER, LEVELS, next_level
from desktop.services.database import Database
from desktop.services.errors import ValidationError
from desktop.services.i18n import ordinal_text, translate
from desktop.services.meetings.creation import add_meeting
from desktop.services.meetings.vocabulary import CADENCE_WORKING_DAY, MEETING_STATUSES
from desktop.services.progress import NO_PROGRESS, Progress
from desktop.services.records import get_or_raise
from desktop.services.validation import FieldErrors

CADENCE = "review_cadence"
HELD_STATUSES = ("held", "minutes_drafted", "minutes_approved")
PROGRESS_EVERY = 25  # bodies between progress reports (and chances to cancel)
UNIT_MODELS: dict[str, Any] = {"district": District, "block": Block, "cluster": Cluster, "school": School}


@dataclass(frozen=True)
class PlannedReview:
    """One body's review in the month: the date it gets, or the meeting it already has (its date
    then being that meeting's), or why neither (``meeting_date`` None); ``note`` says which."""

    body_id: int
    body_name: str
    level: str
    unit_name: str  # in the interface's language
    meeting_date: date | None
    existing_meeting_id: int | None
    note: str


@dataclass(frozen=True)
class CadenceReport:
    created: int
    existing: int
    skipped: list[str]  # "<body>: why it has no review this month"


@dataclass(frozen=True)
class MonthMeeting:
    meeting_id: int
    title: str
    level: str
    status: str
    body_name: str | None
    start_time: time | None


@dataclass(frozen=True)
class MonthView:
    days_off: dict[date, str]  # every day off in the month and why ("Sunday", "2nd Saturday", a holiday)
    meetings: dict[date, list[MonthMeeting]]


@dataclass(frozen=True)
class LevelSummary:
    level: str
    level_label: str
    planned: int  # meetings of the level in the month, not cancelled
    held: int
    minutes_recorded: int  # drafted or approved
    minutes_approved: int
    cancelled: int
    not_held_past: int  # still "scheduled" although their day has passed
    escalated_up: int  # items escalated from this level to the next one up during the month


def month_label(year: int, month: int) -> str:
    return f"{stdlib_calendar.month_name[month]} {year}"


def month_bounds(year: int, month: int) -> tuple[date, date]:
    """The first and last day of the month; a month that does not exist is refused."""
    if not 1 <= month <= 12 or not 1900 <= year <= 2200:
        raise ValidationError.single(
            "month",
            translate("Calendar", "{month}/{year} is not a month (expected 1–12 and a 4-digit year).").format(
                month=month, year=year
            ),
        )
    return date(year, month, 1), date(year, month, stdlib_calendar.monthrange(year, month)[1])


def cadence_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def review_title(body: Body, year: int, month: int) -> str:
    """E.g. "Cluster review — Hirehalli cluster — December 2026" for "Hirehalli cluster review"."""
    name = body.name
    # The groups this module forms are named "… review"; the title says "review" once already.
    if name.casefold().endswith(" review"):
        name = name[: -len(" review")]
    return f"{LEVELS[body.level]} review — {name} — {month_label(year, month)}"


def _cadence_bodies(office_id: int, first: date, last: date):  # type: ignore[no-untyped-def]
    return select(Body).where(
        Body.office_id == office_id,
        Body.meeting_frequency == CADENCE,
        Body.formed_on <= last,
        Body.dissolved_on.is_(None) | (Body.dissolved_on >= first),
    )


def _review_of(
    body: Body, meetings: list[Any], working_days: list[date], office: Office, year: int, month: int
) -> tuple[date | None, int | None, str]:
    """The body's review date in the month, the meeting it already has, and a note saying which,
    or why it has neither. ``meetings`` are the body's in the month and its review of the month."""
    this_month, label = cadence_month(year, month), month_text(year, month)
    alive = [meeting for meeting in meetings if meeting.status != "cancelled"]
    if alive:
        meeting = next((m for m in alive if m.cadence_month == this_month), alive[0])
        status = translate("Meetings", MEETING_STATUSES[meeting.status]).lower()
        note = translate("Calendar", "Already has a meeting on {day} ({status}).").format(
            day=indian_date(meeting.meeting_date), status=status
        )
        return meeting.meeting_date, meeting.id, note
    cancelled = next((meeting for meeting in meetings if meeting.cadence_month == this_month), None)
    n = CADENCE_WORKING_DAY[body.level]
    day = working_days[n - 1] if n <= len(working_days) else None
    if cancelled is not None:
        # The generated review keeps its month when cancelled; a second one would clash with it.
        why = translate(
            "Calendar",
            "This month's review ({day}) was cancelled; add a meeting by hand if it is to be held after all.",
        ).format(day=indian_date(cancelled.meeting_date))
    elif day is None:
        why = translate(
            "Calendar",
            "{month} has only {count} working days in the calendar of {office}; "
            "the {level} review needs the {nth}.",
        ).format(
            month=label,
            count=len(working_days),
            office=office.name,
            level=translate("Committees", LEVELS[body.level]).lower(),
            nth=ordinal_text(n),
        )
    elif body.dissolved_on is not None and body.dissolved_on < day:
        why = translate(
            "Calendar",
            "Dissolved on {dissolved_on}, before the {nth} working day ({day}); no review this month.",
        ).format(dissolved_on=indian_date(body.dissolved_on), nth=ordinal_text(n), day=indian_date(day))
    elif body.formed_on > day:
        why = translate(
            "Calendar",
            "Formed on {formed_on}, after the {nth} working day ({day}); its first review is next month.",
        ).format(formed_on=indian_date(body.formed_on), nth=ordinal_text(n), day=indian_date(day))
    else:
        note = translate("Calendar", "{nth} working day of {month}.").format(nth=ordinal_text(n), month=label)
        return day, None, note
    return None, None, why


def _plan(session: Session, office_id: int, year: int, month: int) -> list[tuple[Body, PlannedReview]]:
    office = get_or_raise(session, Office, office_id, translate("Offices", "Office"))
    first, last = month_bounds(year, month)
    bodies = session.scalars(_cadence_bodies(office_id, first, last)).all()
    if not bodies:
        return []
    names = unit_names(session, [unit_of(body) for body in bodies])
    body_ids = select(_cadence_bodies(office_id, first, last).subquery().c.id)
    # Meetings dated in the month, and this month's generated review wherever it was moved to.
    meetings = session.execute(
        select(Meeting.id, Meeting.body_id, Meeting.meeting_date, Meeting.status, Meeting.cadence_month)
        .where(
            Meeting.body_id.in_(body_ids),
            or_(
                Meeting.meeting_date.between(first, last), Meeting.cadence_month == cadence_month(year, month)
            ),
        )
        .order_by(Meeting.meeting_date, Meeting.id)
    ).all()
    by_body: dict[int, list[Any]] = defaultdict(list)
    for meeting in meetings:
        by_body[meeting.body_id].append(meeting)
    working_days = calendar_for(session, office_id).working_days(year, month)
    plans = []
    for body in bodies:
        day, existing_id, note = _review_of(body, by_body[body.id], working_days, office, year, month)
        name = names[unit_of(body)].screen
        plans.append((body, PlannedReview(body.id, body.name, body.level, name, day, existing_id, note)))
    plans.sort(key=lambda pair: (LEVEL_ORDER.index(pair[1].level), pair[1].unit_name.casefold(), pair[0].id))
    return plans


def plan_month(db: Database, office_id: int, year: int, month: int) -> list[PlannedReview]:
    """The review meetings the office's cadence bodies get in the month (nothing is written)."""
    with db.reading() as session:
        return [plan for _body, plan in _plan(session, office_id, year, month)]


def generate_month(
    db: Database,
    office_id: int,
    year: int,
    month: int,
    start_time: time | None = time(10, 30),
    venue: str | None = None,
    progress: Progress = NO_PROGRESS,
) -> CadenceReport:
    """Schedule the month's review meetings in one transaction; bodies that already have a meeting
    in the month keep it, so generating the month again creates nothing. Cancelling through
    ``progress`` rolls everything back."""
    errors = FieldErrors()
    venue = errors.optional("venue", venue, translate("Meetings", "Venue"), 300)
    errors.raise_if_any()
    created = existing = 0
    skipped: list[str] = []
    with db.transaction() as session:
        plans = _plan(session, office_id, year, month)
        for done, (body, plan) in enumerate(plans):
            if done % PROGRESS_EVERY == 0:
                progress.report(done, len(plans), plan.body_name)
            if plan.existing_meeting_id is not None:
                existing += 1
            elif plan.meeting_date is None:
                skipped.append(f"{plan.body_name}: {plan.note}")
            else:
                add_meeting(
                    session,
                    title=review_title(body, year, month),
                    meeting_date=plan.meeting_date,
                    body=body,
                    start_time=start_time,
                    venue=venue,
                    cadence_month=cadence_month(year, month),
                )
                created += 1
    return CadenceReport(created, existing, skipped)


def month_view(db: Database, year: int, month: int, office_id: int | None = None) -> MonthView:
    """The month's days off and meetings by date, for the office (or every office, by the common
    calendar of Sundays and 2nd and 4th Saturdays)."""
    first, last = month_bounds(year, month)
    with db.reading() as session:
        working = WorkingCalendar()
        if office_id is not None:
            get_or_raise(session, Office, office_id, translate("Offices", "Office"))
            working = calendar_for(session, office_id)
        days = (first + timedelta(days=offset) for offset in range(last.day))
        days_off = {day: reason for day in days if (reason := working.day_off_reason(day)) is not None}
        statement = (
            select(Meeting.meeting_date, Meeting.id, Meeting.title, Meeting.level, Meeting.status)
            .add_columns(Body.name, Meeting.start_time)
            .outerjoin(Body, Body.id == Meeting.body_id)
            .where(Meeting.meeting_date.between(first, last))
            .order_by(
                Meeting.meeting_date,
                Meeting.start_time.is_(None),
                Meeting.start_time,
                Meeting.title,
                Meeting.id,
            )
        )
        if office_id is not None:
            statement = statement.where(Meeting.office_id == office_id)
        meetings: dict[date, list[MonthMeeting]] = defaultdict(list)
        for on, *fields in session.execute(statement):
            meetings[on].append(MonthMeeting(*fields))
    return MonthView(days_off, dict(meetings))


def cascade_summary(
    db: Database, year: int, month: int, office_id: int | None = None, *, today: date
) -> list[LevelSummary]:
    """Meetings of each level in the month by how far they got, and items escalated up from it.
    With an office, only its meetings count, and escalations into its meetings. Two queries."""
    first, last = month_bounds(year, month)
    statuses = (
        select(
            Meeting.level,
            Meeting.status,
            func.count(),
            func.sum(case((Meeting.meeting_date < today, 1), else_=0)),
        )
        .where(Meeting.meeting_date.between(first, last))
        .group_by(Meeting.level, Meeting.status)
    )
    escalations = (
        select(Meeting.level, func.count())
        .select_from(ActionItemEvent)
        .join(Meeting, Meeting.id == ActionItemEvent.meeting_id)
        .where(ActionItemEvent.kind == "escalated", ActionItemEvent.on_date.between(first, last))
        .group_by(Meeting.level)
    )
    if office_id is not None:
        statuses = statuses.where(Meeting.office_id == office_id)
        escalations = escalations.where(Meeting.office_id == office_id)
    with db.reading() as session:
        if office_id is not None:
            get_or_raise(session, Office, office_id, translate("Offices", "Office"))
        counts: dict[tuple[str, str], int] = {}
        overdue: dict[str, int] = defaultdict(int)
        for level, status, number, past in session.execute(statuses):
            counts[level, status] = number
            if status == "scheduled":
                overdue[level] = past or 0
        into = dict(session.execute(escalations).all())

    def total(level: str, *wanted: str) -> int:
        return sum(counts.get((level, status), 0) for status in wanted)

    return [
        LevelSummary(
            level=level,
            level_label=LEVELS[level],
            planned=total(level, *(status for status in MEETING_STATUSES if status != "cancelled")),
            held=total(level, *HELD_STATUSES),
            minutes_recorded=total(level, "minutes_drafted", "minutes_approved"),
            minutes_approved=total(level, "minutes_approved"),
            cancelled=total(level, "cancelled"),
            not_held_past=overdue[level],
            # Escalations are filed under the meeting they go to, one level above where they came from.
            escalated_up=into.get(next_level(level), 0),
        )
        for level in LEVEL_ORDER
    ]
