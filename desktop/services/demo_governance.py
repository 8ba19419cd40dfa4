"""Committees, review meetings and action items of the demo district, dated around today.

The last three months of the 2-4-6-8 cadence are held with approved minutes, this month's
reviews are held up to today and scheduled after it; a few action items are still open, one of
them overdue and escalated from a cluster review to its block review.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.audit import SEED_KEY
from db.models import (
    ActionItem,
    ActionItemEvent,
    AgendaItem,
    Attendance,
    Block,
    Body,
    BodyMembership,
    Cluster,
    District,
    Holiday,
    Meeting,
    Office,
    Person,
    School,
)
from desktop.documents.text import indian_date
from desktop.services.calendar.cadence import review_title
from desktop.services.calendar.working_days import calendar_for
from desktop.services.committees.vocabulary import BODY_KINDS
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
DEMO_CLUSTER_BLOCKS = 2  # cluster review groups for the clusters of the first two blocks
MONTHS_BACK = 3


@dataclass
class _People:
    by_designation: dict[str, list[Person]]
    by_office: dict[int, list[Person]]
    by_organisation: dict[int, list[Person]]

    def first(self, designation: str) -> Person:
        return self.by_designation[designation][0]


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
    people = _load_people(session)
    formed_on = _month_start(today, MONTHS_BACK + 3)
    bodies = _bodies(session, office_ids, people, formed_on)
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


def _load_people(session: Session) -> _People:
    by_designation: dict[str, list[Person]] = defaultdict(list)
    by_office: dict[int, list[Person]] = defaultdict(list)
    by_organisation: dict[int, list[Person]] = defaultdict(list)
    for person in session.scalars(select(Person).order_by(Person.id)):
        by_designation[person.designation].append(person)
        if person.office_id is not None:
            by_office[person.office_id].append(person)
        if person.organisation_id is not None:
            by_organisation[person.organisation_id].append(person)
    return _People(by_designation, by_office, by_organisation)


def _body(session: Session, **values: object) -> Body:
    body = Body(**values)
    body.search_text = search_key(str(values["name"]), BODY_KINDS.get(str(values["kind"])))
    session.add(body)
    session.flush()
    return body


def _member(session: Session, body: Body, person: Person, role: str, start: date, **values: object) -> int:
    membership = BodyMembership(
        body_id=body.id,
        person_id=person.id,
        role=role,
        office_id=person.office_id,
        organisation_id=person.organisation_id,
        start_date=start,
        **values,
    )
    session.add(membership)
    session.flush()
    return membership.id


def _bodies(session: Session, office_ids: dict[str, int], people: _People, formed_on: date) -> list[Body]:
    district_id = session.scalar(select(Office.district_id).where(Office.id == office_ids["DDPI"]))
    district_name = session.scalar(select(District.name).where(District.id == district_id))
    ngo_directors = people.by_designation["NGO Director"][:3]
    task_force = _body(
        session,
        name="District Task Force on Foundational Literacy and Numeracy",
        kind="district_task_force",
        level="district",
        district_id=district_id,
        office_id=office_ids["DDPI"],
        purpose="Review the district's FLN mission and remove what blocks it.",
        formed_on=formed_on,
        constituting_order="DDPI/KVD/GEN/2026-27/0012",
        meeting_frequency="quarterly",
    )
    _member(session, task_force, people.first("District Collector"), "chair", formed_on)
    _member(
        session,
        task_force,
        people.first("Deputy Director of Public Instruction (DDPI)"),
        "convenor",
        formed_on,
    )
    # The member secretary changed mid-term: the history shows both.
    first_secretary = people.by_designation["DIET Senior Lecturer"][0]
    handover = formed_on + timedelta(days=60)
    replaced = _member(
        session,
        task_force,
        first_secretary,
        "member_secretary",
        formed_on,
        end_date=handover - timedelta(days=1),
        end_reason="Transferred",
    )
    _member(
        session,
        task_force,
        people.first("District Education Officer (DEO)"),
        "member_secretary",
        handover,
        replaces_id=replaced,
    )
    for designation in ("DIET Principal", "District Project Officer (DPO)"):
        _member(session, task_force, people.first(designation), "member", formed_on)
    for director in ngo_directors:
        _member(session, task_force, director, "member", formed_on)
    _member(session, task_force, people.first("CEO, Zilla Panchayat"), "special_invitee", formed_on)

    resource_group = _body(
        session,
        name="District Resource Group for FLN",
        kind="district_resource_group",
        level="district",
        district_id=district_id,
        office_id=office_ids["DIET"],
        purpose="Prepare and run teacher training for the FLN mission.",
        formed_on=formed_on,
        meeting_frequency="monthly",
    )
    _member(session, resource_group, people.first("DIET Principal"), "chair", formed_on)
    for lecturer in people.by_designation["DIET Senior Lecturer"][1:3]:
        _member(session, resource_group, lecturer, "member", formed_on)
    for manager in people.by_designation["NGO Programme Manager"][:3]:
        _member(session, resource_group, manager, "member", formed_on)

    review = _body(
        session,
        name=f"{district_name} review",
        kind="custom",
        kind_other="District review (2-4-6-8)",
        level="district",
        district_id=district_id,
        office_id=office_ids["DDPI"],
        formed_on=formed_on,
        meeting_frequency="review_cadence",
    )
    _member(session, review, people.first("Deputy Director of Public Instruction (DDPI)"), "chair", formed_on)
    _member(session, review, people.first("Deputy Project Coordinator (DyPC)"), "member_secretary", formed_on)
    for beo in people.by_designation["Block Education Officer (BEO)"]:
        _member(session, review, beo, "member", formed_on)
    bodies = [task_force, resource_group, review]
    field_coordinator = people.by_designation["NGO Field Coordinator"][0]
    blocks = list(session.execute(select(Block.id, Block.name).order_by(Block.id)))
    headmasters = _headmasters_by_cluster(session, people)
    for block_number, (block_id, block_name) in enumerate(blocks):
        office_id = office_ids[f"BEO:{block_id}"]
        group = _body(
            session,
            name=f"{block_name} block review",
            kind="block_review_group",
            level="block",
            block_id=block_id,
            office_id=office_id,
            formed_on=formed_on,
            meeting_frequency="review_cadence",
        )
        staff = people.by_office[office_id]
        crps = [p for p in staff if p.designation == "Cluster Resource Person (CRP)"]
        _member(session, group, _designated(staff, "Block Education Officer (BEO)"), "chair", formed_on)
        _member(
            session,
            group,
            _designated(staff, "Block Resource Coordinator (BRC)"),
            "member_secretary",
            formed_on,
        )
        for crp in crps:
            _member(session, group, crp, "member", formed_on)
        _member(session, group, field_coordinator, "special_invitee", formed_on)
        bodies.append(group)
        if block_number >= DEMO_CLUSTER_BLOCKS:
            continue
        clusters = list(
            session.execute(
                select(Cluster.id, Cluster.name).where(Cluster.block_id == block_id).order_by(Cluster.id)
            )
        )
        for (cluster_id, cluster_name), crp in zip(clusters, crps, strict=False):
            cluster_group = _body(
                session,
                name=f"{cluster_name} cluster review",
                kind="cluster_review_group",
                level="cluster",
                cluster_id=cluster_id,
                office_id=office_id,
                formed_on=formed_on,
                meeting_frequency="review_cadence",
            )
            _member(session, cluster_group, crp, "chair", formed_on)
            for headmaster in headmasters.get(cluster_id, []):
                _member(session, cluster_group, headmaster, "member", formed_on)
            bodies.append(cluster_group)
    return bodies


def _designated(staff: list[Person], designation: str) -> Person:
    return next(person for person in staff if person.designation == designation)


def _headmasters_by_cluster(session: Session, people: _People) -> dict[int, list[Person]]:
    clusters = dict(session.execute(select(School.id, School.cluster_id)).all())
    grouped: dict[int, list[Person]] = defaultdict(list)
    for headmaster in people.by_designation.get("Headmaster", []):
        cluster_id = clusters.get(headmaster.school_id)
        if cluster_id is not None:
            grouped[cluster_id].append(headmaster)
    return grouped


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
