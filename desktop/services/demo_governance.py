"""Committees, review meetings and action items of the demo district, dated around today.

The last three months of the 2-4-6-8 cadence are held with approved minutes, this month's
reviews are held up to today and scheduled after it; a few action items are still open, one of
them overdue and escalated from a cluster review to its block review.
"""

from __future__ import annotations

import random
from datetime import date, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.audit import SEED_KEY
from db.models import (
    ActionItem,
    ActionItemEvent,
    AgendaItem,
    Attendance,
    Body,
    BodyMembership,
    Cluster,
    Holiday,
    Meeting,
    Person,
)
from desktop.documents.text import indian_date
from desktop.services.calendar.cadence import review_title
from desktop.services.calendar.working_days import calendar_for
from desktop.services.demo_bodies import add_demo_bodies, load_people
from desktop.services.meetings.creation import add_meeting
from desktop.services.meetings.vocabulary import CADENCE_WORKING_DAY
from desktop.services.text import search_key

# Holidays on fixed dates, observed every year in Karnataka offices.
FIXED_HOLIDAYS = (
    (1, 26, "Republic Day"),
    (5, 1, "May Day"),
    (8, 15, "Independence Day"),
    (10, 2, "Gandhi Jayanti"),
    (11, 1, "Kannada Rajyotsava"),
    (12, 25, "Christmas"),
)
REVIEW_AGENDA = (
    ("Progress of reading and numeracy levels since the last review", 30),
    ("School and classroom visits: what was seen, what support is needed", 30),
    ("Any other matter with the permission of the chair", 15),
)
ACTIONS = (
    "Visit the five schools with the lowest reading levels and report what support they need",
    "Share the list of children not yet reading at grade level with each headmaster",
    "Collect the pending assessment sheets from the schools that have not sent them",
    "Arrange the teachers' workshop on numeracy kits at the cluster resource centre",
    "Follow up the drinking-water repair requested by the SDMC with the Gram Panchayat",
    "Send the attendance figures of the month to the block office",
    "Hold the parents' meeting on reading at home in every school of the cluster",
)
MONTHS_BACK = 3


def add_demo_governance(session: Session, office_ids: dict[str, int], today: date) -> None:
    """Bodies, memberships, holidays and four months of meetings for the demo district."""
    # Seed rows are not the office's history: like the rest of the demo they stay out of the audit log.
    session.info[SEED_KEY] = True
    try:
        _add_all(session, office_ids, today)
        session.flush()
    finally:
        session.info.pop(SEED_KEY, None)


def _add_all(session: Session, office_ids: dict[str, int], today: date) -> None:
    rng = random.Random(8642)
    offices = [office_ids["DDPI"]] + [value for key, value in office_ids.items() if key.startswith("BEO:")]
    for office_id in offices:
        for year in (today.year - 1, today.year, today.year + 1):
            for month, day, name in FIXED_HOLIDAYS:
                session.add(Holiday(office_id=office_id, on_date=date(year, month, day), name=name))
    session.flush()
    people = load_people(session)
    formed_on = _month_start(today, MONTHS_BACK + 3)
    bodies = add_demo_bodies(session, office_ids, people, formed_on)
    first = _month_start(today, MONTHS_BACK)
    for body in bodies:
        if body.meeting_frequency == "review_cadence":
            _review_meetings(session, body, first, today, rng)
        elif body.kind == "district_task_force":
            for when in (first + timedelta(days=9), _month_start(today, 0) + timedelta(days=9)):
                if when <= today + timedelta(days=20):
                    _meeting(session, body, when, today, rng, title=f"{body.name}: quarterly meeting")
    _escalate_one(session, today)


def _month_start(today: date, months_back: int) -> date:
    month_index = today.year * 12 + today.month - 1 - months_back
    return date(month_index // 12, month_index % 12 + 1, 1)


def _review_meetings(session: Session, body: Body, first: date, today: date, rng: random.Random) -> None:
    calendar = calendar_for(session, body.office_id)
    month = first
    while month <= today:
        day = calendar.nth_working_day(month.year, month.month, CADENCE_WORKING_DAY[body.level])
        if day is not None and day >= body.formed_on:
            _meeting(
                session,
                body,
                day,
                today,
                rng,
                title=review_title(body, month.year, month.month),
                cadence_month=f"{month:%Y-%m}",
            )
        month = (month + timedelta(days=32)).replace(day=1)


def _meeting(
    session: Session,
    body: Body,
    when: date,
    today: date,
    rng: random.Random,
    *,
    title: str,
    cadence_month: str | None = None,
) -> None:
    meeting = add_meeting(
        session,
        body=body,
        title=title,
        meeting_date=when,
        start_time=time(10, 30),
        end_time=time(12, 30),
        venue="Office meeting hall",
        cadence_month=cadence_month,
    )
    for position, (item_title, minutes) in enumerate(REVIEW_AGENDA, start=1):
        session.add(
            AgendaItem(meeting_id=meeting.id, position=position, title=item_title, duration_minutes=minutes)
        )
    session.flush()
    if when > today:
        return
    members = session.scalars(
        select(BodyMembership).where(
            BodyMembership.body_id == body.id,
            BodyMembership.start_date <= when,
            (BodyMembership.end_date.is_(None)) | (BodyMembership.end_date >= when),
        )
    ).all()
    for membership in members:
        status = "present" if rng.random() < 0.85 else "absent"
        session.add(
            Attendance(
                meeting_id=meeting.id,
                person_id=membership.person_id,
                membership_id=membership.id,
                status=status,
            )
        )
    # Minutes are approved a few weeks after the meeting and drafted within days of it.
    days_since = (today - when).days
    approved = days_since > 20
    meeting.status = "minutes_approved" if approved else "minutes_drafted" if days_since > 3 else "held"
    if approved:
        meeting.minutes_approved_on = when + timedelta(days=5)
        chair = session.get(Person, meeting.chair_person_id) if meeting.chair_person_id else None
        meeting.minutes_approved_by = chair.name if chair is not None else "The chair"
    if meeting.status == "held":
        return
    items = session.scalars(
        select(AgendaItem).where(AgendaItem.meeting_id == meeting.id).order_by(AgendaItem.position)
    ).all()
    for item in items:
        item.discussion = "Discussed as listed; figures presented by the member secretary."
        item.decisions = (
            "Noted." if item.kind == "previous_review" else "Schools below the block average get a visit."
        )
    owner_id = members[0].person_id if members else meeting.chair_person_id
    if owner_id is None:
        return
    due = when + timedelta(days=rng.choice((14, 21, 28)))
    description = ACTIONS[meeting.id % len(ACTIONS)]  # not from rng: the draws stay as they were
    done = due + timedelta(days=3) < today and rng.random() < 0.85
    action = ActionItem(
        meeting_id=meeting.id,
        agenda_item_id=items[-2].id if len(items) > 1 else None,
        description=description,
        owner_person_id=owner_id,
        due_date=due,
        status="done" if done else "open",
        closed_on=due if done else None,
        follow_body_id=body.id,
        search_text=search_key(description),
    )
    session.add(action)
    session.flush()
    session.add(ActionItemEvent(action_item_id=action.id, meeting_id=meeting.id, on_date=when, kind="raised"))
    if done:
        session.add(ActionItemEvent(action_item_id=action.id, on_date=due, kind="done", note="Visits made"))


def _escalate_one(session: Session, today: date) -> None:
    """The oldest overdue open item of a cluster review goes up to its block's next review."""
    overdue = session.execute(
        select(ActionItem, Meeting)
        .join(Meeting, Meeting.id == ActionItem.meeting_id)
        .where(ActionItem.status == "open", ActionItem.due_date < today, Meeting.level == "cluster")
        .order_by(ActionItem.due_date)
        .limit(1)
    ).first()
    if overdue is None:
        return
    item, raised_at = overdue
    block_id = session.scalar(select(Cluster.block_id).where(Cluster.id == raised_at.cluster_id))
    target = session.scalar(
        select(Meeting)
        .where(Meeting.level == "block", Meeting.block_id == block_id, Meeting.meeting_date > item.due_date)
        .order_by(Meeting.meeting_date)
        .limit(1)
    )
    if target is None:
        return
    item.follow_body_id = target.body_id
    item.escalated_to_meeting_id = target.id
    session.add(
        ActionItemEvent(
            action_item_id=item.id,
            meeting_id=target.id,
            on_date=item.due_date + timedelta(days=1),
            kind="escalated",
            note=f"Overdue since {indian_date(item.due_date)}; escalated to the block review.",
        )
    )
