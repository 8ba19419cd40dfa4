"""Action items: raised in a meeting, followed up in the meetings of one body until done or
dropped, and escalated one level up (school → cluster → block → district) when overdue.

Each function is one user action in one transaction, and each writes an ``action_item_event``
besides changing the item, so its history (and what a past meeting had open) can be shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ActionItem, ActionItemEvent, AgendaItem, Body, Meeting, Person
from desktop.documents.text import indian_date
from desktop.services.committees.units import Unit, contains, unit_name, unit_of
from desktop.services.committees.vocabulary import LEVELS, next_level
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.meetings.action_listing import Loaded, load_one
from desktop.services.meetings.states import ensure_open, locked_message
from desktop.services.meetings.vocabulary import ACTION_STATUSES, LOCKED_STATUSES
from desktop.services.records import get_or_raise
from desktop.services.text import clean, clean_optional, search_key
from desktop.services.validation import FieldErrors

DESCRIPTION_LENGTH = 2000


@dataclass(frozen=True)
class ActionItemInput:
    description: str
    owner_person_id: int | None
    due_date: date | None
    agenda_item_id: int | None = None


@dataclass(frozen=True)
class MeetingChoice:
    """A meeting an overdue item can be escalated to."""

    meeting_id: int
    title: str
    meeting_date: date
    unit_name: str


def meeting_label(meeting: Meeting) -> str:
    return f"{meeting.title} on {indian_date(meeting.meeting_date)}"


def item_label(item: ActionItem) -> str:
    text = item.description if len(item.description) <= 60 else item.description[:59] + "…"
    return f"Action item “{text}”"


def _refuse_if_closed_to_records(meeting: Meeting, what: str) -> None:
    if meeting.status == "cancelled":
        raise ConflictError(f"{meeting_label(meeting)} was cancelled; record {what} in the next meeting.")
    ensure_open(meeting, what)  # approved minutes: the same words as every other refusal


def _refuse_unless_open(item: ActionItem, doing: str) -> None:
    if item.status != "open":
        raise ConflictError(
            f"{item_label(item)} is {ACTION_STATUSES[item.status].lower()} since "
            f"{indian_date(item.closed_on)}; reopen it to {doing}."
        )


def _checked(
    session: Session, data: ActionItemInput, raised: Meeting
) -> tuple[str, Person, date, int | None]:
    """The cleaned description, the owner, the due date and the agenda item, or every problem."""
    errors = FieldErrors()
    description = errors.required("description", data.description, "Description", DESCRIPTION_LENGTH)
    owner = None
    if data.owner_person_id is None:
        errors.add("owner_person_id", "Choose the owner: the person who answers for this action item.")
    else:
        owner = session.get(Person, data.owner_person_id)
        if owner is None:
            errors.add(
                "owner_person_id",
                f"Person #{data.owner_person_id} is not in the records (deleted?); "
                "choose the owner from the people list.",
            )
    if data.due_date is None:
        errors.add("due_date", "Give the date the action item is due.")
    elif data.due_date < raised.meeting_date:
        errors.add(
            "due_date",
            f"The due date {indian_date(data.due_date)} is before {meeting_label(raised)}, which raised "
            "the item; give a date on or after the meeting.",
        )
    if data.agenda_item_id is not None:
        agenda = session.get(AgendaItem, data.agenda_item_id)
        if agenda is None:
            errors.add("agenda_item_id", f"Agenda item #{data.agenda_item_id} no longer exists.")
        elif agenda.meeting_id != raised.id:
            errors.add(
                "agenda_item_id",
                f"The agenda item “{agenda.title}” belongs to another meeting, not to "
                f"{meeting_label(raised)}; choose one of this meeting's items.",
            )
    errors.raise_if_any()
    assert owner is not None and data.due_date is not None
    return description, owner, data.due_date, data.agenda_item_id


def _search_text(session: Session, item: ActionItem, owner: Person, raised: Meeting) -> str:
    body = session.get(Body, item.follow_body_id) if item.follow_body_id is not None else None
    return search_key(
        item.description, owner.name, owner.designation, raised.title, body.name if body is not None else None
    )


def add_action_item(db: Database, meeting_id: int, data: ActionItemInput, today: date) -> int:
    """Record an action item decided in a meeting; the meeting's body follows it up from then on."""
    with db.transaction() as session:
        meeting = get_or_raise(session, Meeting, meeting_id, "Meeting")
        _refuse_if_closed_to_records(meeting, "the action item")
        if meeting.meeting_date > today:
            raise ConflictError(
                f"{meeting_label(meeting)} has not been held yet (today is {indian_date(today)}); "
                "action items are recorded from the meeting's decisions."
            )
        description, owner, due_date, agenda_item_id = _checked(session, data, meeting)
        item = ActionItem(
            meeting_id=meeting.id,
            agenda_item_id=agenda_item_id,
            description=description,
            owner_person_id=owner.id,
            due_date=due_date,
            status="open",
            follow_body_id=meeting.body_id,
        )
        item.search_text = _search_text(session, item, owner, meeting)
        session.add(item)
        session.flush()
        session.add(
            ActionItemEvent(
                action_item_id=item.id, meeting_id=meeting.id, on_date=meeting.meeting_date, kind="raised"
            )
        )
        return item.id


def update_action_item(db: Database, item_id: int, data: ActionItemInput, today: date) -> None:
    """Change an open item's description, owner, due date or agenda item. Owner and due date can
    change at any later meeting; the wording is the minutes' own and is fixed once they are approved."""
    with db.transaction() as session:
        item = get_or_raise(session, ActionItem, item_id, "Action item")
        _refuse_unless_open(item, "change it")
        raised = session.get_one(Meeting, item.meeting_id)
        description, owner, due_date, agenda_item_id = _checked(session, data, raised)
        changes = []
        if description != item.description:
            if raised.status in LOCKED_STATUSES:
                raise ValidationError.single(
                    "description", locked_message(raised, "a correction to the item's wording")
                )
            changes.append(f"Description changed from “{item.description}” to “{description}”")
        if owner.id != item.owner_person_id:
            previous = session.get_one(Person, item.owner_person_id)
            changes.append(f"Owner changed from {previous.name} to {owner.name}")
        if due_date != item.due_date:
            changes.append(f"Due date moved from {indian_date(item.due_date)} to {indian_date(due_date)}")
        if agenda_item_id != item.agenda_item_id:
            changes.append("Agenda item changed")
        if not changes:
            return
        item.description, item.owner_person_id = description, owner.id
        item.due_date, item.agenda_item_id = due_date, agenda_item_id
        item.search_text = _search_text(session, item, owner, raised)
        session.add(
            ActionItemEvent(
                action_item_id=item.id, on_date=today, kind="changed", note="; ".join(changes) + "."
            )
        )


def _meeting_taking_up(session: Session, entry: Loaded, meeting_id: int, what: str) -> Meeting:
    """The meeting an item is reviewed or closed in: one that raised it or carries it forward."""
    meeting = get_or_raise(session, Meeting, meeting_id, "Meeting")
    _refuse_if_closed_to_records(meeting, what)
    if meeting.id != entry.item.meeting_id and not entry.taken_up_in(meeting):
        body = entry.body.name if entry.body is not None else "no body (it was raised in an ad-hoc meeting)"
        raise ConflictError(
            f"{item_label(entry.item)} is not followed up in {meeting_label(meeting)}; "
            f"it was raised at {meeting_label(entry.raised)} and is followed up by {body}."
        )
    return meeting


def _last_event_on(entry: Loaded, kinds: set[str]) -> date | None:
    dates = [event.on_date for event in entry.events if event.kind in kinds]
    return max(dates) if dates else None


def close_action_item(
    db: Database,
    item_id: int,
    status: str,
    on: date | None,
    reason: str | None = None,
    meeting_id: int | None = None,
) -> None:
    """Mark an open item done or dropped (with the reason) on a date, optionally in a meeting."""
    with db.transaction() as session:
        entry = load_one(session, item_id)
        item = entry.item
        errors = FieldErrors()
        if status not in ("done", "dropped"):
            errors.add("status", f"An action item is closed as done or dropped, not '{status}'.")
        cleaned = clean_optional(reason)
        if status == "dropped" and not cleaned:
            errors.add("reason", "Give the reason for dropping the action item; the register keeps it.")
        if on is None:
            errors.add("on", "Give the date the action item was closed.")
        errors.raise_if_any()
        assert on is not None
        _refuse_unless_open(item, "close it again")
        if on < entry.raised.meeting_date:
            raise ValidationError.single(
                "on",
                f"{indian_date(on)} is before {meeting_label(entry.raised)}, which raised the item; "
                "it cannot be closed before it was raised.",
            )
        reopened = _last_event_on(entry, {"reopened"})
        if reopened is not None and on < reopened:
            raise ValidationError.single(
                "on", f"The item was reopened on {indian_date(reopened)}; close it on or after that day."
            )
        meeting = None
        if meeting_id is not None:
            meeting = _meeting_taking_up(session, entry, meeting_id, "the closing")
            if on > meeting.meeting_date:
                raise ValidationError.single(
                    "on",
                    f"{indian_date(on)} is after {meeting_label(meeting)}; a meeting records what was "
                    "done by its own date.",
                )
        item.status, item.closed_on = status, on
        item.drop_reason = cleaned if status == "dropped" else None
        session.add(
            ActionItemEvent(
                action_item_id=item.id,
                meeting_id=meeting.id if meeting is not None else None,
                on_date=on,
                kind=status,
                note=cleaned,  # the reason for dropping, or a remark on the work done
            )
        )


def reopen_action_item(db: Database, item_id: int, on: date | None, reason: str) -> None:
    """Open a done or dropped item again, with the reason; it is followed up as before."""
    with db.transaction() as session:
        item = get_or_raise(session, ActionItem, item_id, "Action item")
        if item.status == "open":
            raise ConflictError(f"{item_label(item)} is still open; there is nothing to reopen.")
        errors = FieldErrors()
        cleaned = clean(reason)
        if not cleaned:
            errors.add("reason", "Give the reason for reopening the action item.")
        if on is None:
            errors.add("on", "Give the date the action item was reopened.")
        elif item.closed_on is not None and on < item.closed_on:
            errors.add(
                "on",
                f"{indian_date(on)} is before the item was closed ({indian_date(item.closed_on)}); "
                "reopen it on or after that day.",
            )
        errors.raise_if_any()
        assert on is not None
        item.status, item.closed_on, item.drop_reason = "open", None, None
        session.add(ActionItemEvent(action_item_id=item.id, on_date=on, kind="reopened", note=cleaned))


def review_action_item(db: Database, item_id: int, meeting_id: int, note: str) -> None:
    """Record the progress reported on an open item in a meeting that follows it up."""
    with db.transaction() as session:
        entry = load_one(session, item_id)
        cleaned = clean(note)
        if not cleaned:
            raise ValidationError.single(
                "note", "Write what was reported on the action item in this meeting."
            )
        _refuse_unless_open(entry.item, "record progress on it")
        meeting = _meeting_taking_up(session, entry, meeting_id, "the review")
        if meeting.id == entry.item.meeting_id:
            raise ConflictError(
                f"{item_label(entry.item)} was raised at {meeting_label(meeting)}; "
                "its progress is reviewed in the meetings after it."
            )
        session.add(
            ActionItemEvent(
                action_item_id=entry.item.id,
                meeting_id=meeting.id,
                on_date=meeting.meeting_date,
                kind="reviewed",
                note=cleaned,
            )
        )


def _target_problem(session: Session, entry: Loaded, target: Meeting, on: date) -> str | None:
    """Why ``target`` cannot take the item escalated on ``on``, or None when it can."""
    current = entry.current_unit()
    above = next_level(current.level)
    label = meeting_label(target)
    if above is None:
        return (
            f"{item_label(entry.item)} is already followed up at district level; there is no level above it."
        )
    if target.status == "cancelled":
        return f"{label} was cancelled; choose another meeting."
    if target.status in LOCKED_STATUSES:
        return f"The minutes of {label} are already approved; choose a meeting still to be held."
    if target.meeting_date < on:
        return (
            f"{label} is before the escalation on {indian_date(on)}; choose a meeting on or after that day."
        )
    if target.body_id is None:
        return f"{label} is an ad-hoc meeting; an escalated item needs a body to follow it up."
    if target.level != above:
        return (
            f"{label} is a {LEVELS[target.level].lower()} meeting; an item followed up at "
            f"{LEVELS[current.level].lower()} level is escalated to a {LEVELS[above].lower()} meeting."
        )
    if not contains(session, unit_of(target), current):
        return (
            f"{label} is a meeting of {unit_name(session, unit_of(target))}, which does not include "
            f"{unit_name(session, current)}; escalate to a meeting of the {LEVELS[above].lower()} above it."
        )
    return None


def escalation_targets(db: Database, item_id: int, on: date) -> list[MeetingChoice]:
    """Meetings of the next level up, over the item's unit, on or after ``on``; soonest first."""
    with db.reading() as session:
        entry = load_one(session, item_id)
        above = next_level(entry.current_unit().level)
        if above is None:
            return []
        meetings = session.scalars(
            select(Meeting)
            .where(
                Meeting.level == above,
                Meeting.meeting_date >= on,
                Meeting.status != "cancelled",
                Meeting.status.not_in(LOCKED_STATUSES),
                Meeting.body_id.is_not(None),
            )
            .order_by(Meeting.meeting_date, Meeting.start_time, Meeting.id)
        ).all()
        return [
            MeetingChoice(
                meeting.id, meeting.title, meeting.meeting_date, unit_name(session, unit_of(meeting))
            )
            for meeting in meetings
            if _target_problem(session, entry, meeting, on) is None
        ]


def escalate_action_item(
    db: Database, item_id: int, to_meeting_id: int, on: date, note: str | None = None
) -> None:
    """Hand an overdue item to a meeting of the next level up; that meeting's body follows it from
    then on. The event is filed under the target meeting, where it is taken up."""
    with db.transaction() as session:
        entry = load_one(session, item_id)
        item = entry.item
        _refuse_unless_open(item, "escalate it")
        if item.due_date >= on:
            raise ConflictError(
                f"{item_label(item)} is due on {indian_date(item.due_date)}, so it is not overdue on "
                f"{indian_date(on)}; only overdue items are escalated."
            )
        last = _last_event_on(entry, {"escalated"})
        if last is not None and on < last:
            raise ValidationError.single(
                "on",
                f"The item was last escalated on {indian_date(last)}; escalate it again on or after that day.",
            )
        target = get_or_raise(session, Meeting, to_meeting_id, "Meeting")
        problem = _target_problem(session, entry, target, on)
        if problem is not None:
            raise ConflictError(problem)
        source, destination = entry.current_unit(), unit_of(target)
        text = f"Escalated from {_unit_text(session, source)} to {_unit_text(session, destination)}"
        extra = clean_optional(note)
        item.follow_body_id = target.body_id
        item.escalated_to_meeting_id = target.id
        item.search_text = _search_text(session, item, entry.owner, entry.raised)
        session.add(
            ActionItemEvent(
                action_item_id=item.id,
                meeting_id=target.id,
                on_date=on,
                kind="escalated",
                note=f"{text}. {extra}" if extra else text,
            )
        )


def _unit_text(session: Session, unit: Unit) -> str:
    return f"{unit_name(session, unit)} ({LEVELS[unit.level].lower()})"
