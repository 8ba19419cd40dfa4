"""Adding a meeting row with what every meeting of a body starts with; shared by the meeting
form and the 2-4-6-8 schedule. Callers check the input; this only writes, inside their session."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AgendaItem, Body, BodyMembership, Meeting
from desktop.documents.text import indian_date
from desktop.services.committees.units import Unit, unit_of
from desktop.services.text import search_key

PREVIOUS_REVIEW_TITLE = (
    "Confirmation of the minutes of the meeting held on {date} and review of the action items still open"
)


def chair_on(session: Session, body_id: int, on: date) -> int | None:
    """The person who chairs the body on that date, if anyone does."""
    return session.scalar(
        select(BodyMembership.person_id).where(
            BodyMembership.body_id == body_id,
            BodyMembership.role == "chair",
            BodyMembership.start_date <= on,
            (BodyMembership.end_date.is_(None)) | (BodyMembership.end_date >= on),
        )
    )


def previous_meeting(
    session: Session, body_id: int, before: date, exclude_id: int | None = None
) -> Meeting | None:
    """The body's last meeting (not cancelled) before ``before``."""
    statement = (
        select(Meeting)
        .where(Meeting.body_id == body_id, Meeting.meeting_date < before, Meeting.status != "cancelled")
        .order_by(Meeting.meeting_date.desc(), Meeting.id.desc())
        .limit(1)
    )
    if exclude_id is not None:
        statement = statement.where(Meeting.id != exclude_id)
    return session.scalar(statement)


def previous_review_title(previous: Meeting) -> str:
    return PREVIOUS_REVIEW_TITLE.format(date=indian_date(previous.meeting_date))


def meeting_search_text(title: str, venue: str | None, body_name: str | None) -> str:
    return search_key(title, venue, body_name)


def add_meeting(
    session: Session,
    *,
    title: str,
    meeting_date: date,
    body: Body | None = None,
    office_id: int | None = None,
    unit: Unit | None = None,
    start_time: time | None = None,
    end_time: time | None = None,
    venue: str | None = None,
    chair_person_id: int | None = None,
    cadence_month: str | None = None,
) -> Meeting:
    """Add a scheduled meeting. A body's meeting takes the body's level, unit and office, its
    chair on the day unless another is given, and opens with the review of the previous meeting."""
    if body is not None:
        unit = unit_of(body)
        office_id = body.office_id
        if chair_person_id is None:
            chair_person_id = chair_on(session, body.id, meeting_date)
    if unit is None or office_id is None:
        raise ValueError("An ad-hoc meeting needs its unit and office.")
    meeting = Meeting(
        body_id=body.id if body is not None else None,
        title=title,
        level=unit.level,
        **unit.columns(),
        office_id=office_id,
        meeting_date=meeting_date,
        start_time=start_time,
        end_time=end_time,
        venue=venue,
        chair_person_id=chair_person_id,
        status="scheduled",
        cadence_month=cadence_month,
        search_text=meeting_search_text(title, venue, body.name if body is not None else None),
    )
    session.add(meeting)
    session.flush()
    previous = (
        previous_meeting(session, body.id, meeting_date, exclude_id=meeting.id) if body is not None else None
    )
    if previous is not None:
        session.add(
            AgendaItem(
                meeting_id=meeting.id,
                position=0,
                kind="previous_review",
                title=previous_review_title(previous),
            )
        )
    return meeting
