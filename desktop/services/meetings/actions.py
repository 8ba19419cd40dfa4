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

from db.models import ActionItem, ActionItemEvent, Body, Meeting, Person
from desktop.documents.text import indian_date
from desktop.services.committees.units import Unit, screen_unit_name, unit_name, unit_of
from desktop.services.committees.vocabulary import LEVELS, next_level
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.i18n import translate
from desktop.services.meetings.action_checks import (
    checked_input,
    item_label,
    meeting_label,
    meeting_taking_up,
    refuse_if_closed_to_records,
    refuse_unless_open,
    target_problem,
)
from desktop.services.meetings.action_loading import Loaded, load_one
from desktop.services.meetings.states import locked_message
from desktop.services.meetings.vocabulary import LOCKED_STATUSES
from desktop.services.records import get_or_raise
from desktop.services.text import clean, clean_optional, search_key
from desktop.services.validation import FieldErrors


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
    unit_name: str  # in the interface's language


def _search_text(session: Session, item: ActionItem, owner: Person, raised: Meeting) -> str:
    body = session.get(Body, item.follow_body_id) if item.follow_body_id is not None else None
    return search_key(
        item.description, owner.name, owner.designation, raised.title, body.name if body is not None else None
    )


def add_action_item(db: Database, meeting_id: int, data: ActionItemInput, today: date) -> int:
    """Record an action item decided in a meeting; the meeting's body follows it up from then on."""
    with db.transaction() as session:
        meeting = get_or_raise(session, Meeting, meeting_id, translate("Meetings", "Meeting"))
        refuse_if_closed_to_records(meeting, translate("ActionItems", "the action item"))
        if meeting.meeting_date > today:
            raise ConflictError(
                translate(
                    "ActionItems",
                    "{meeting} has not been held yet (today is {today}); action items are recorded from the "
                    "meeting's decisions.",
                ).format(meeting=meeting_label(meeting), today=indian_date(today))
            )
        description, owner, due_date, agenda_item_id = checked_input(session, data, meeting)
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
        item = get_or_raise(session, ActionItem, item_id, translate("ActionItems", "Action item"))
        refuse_unless_open(item, "change")
        raised = session.get_one(Meeting, item.meeting_id)
        description, owner, due_date, agenda_item_id = checked_input(session, data, raised)
        changes = []
        if description != item.description:
            if raised.status in LOCKED_STATUSES:
                raise ValidationError.single(
                    "description",
                    locked_message(raised, translate("ActionItems", "a correction to the item's wording")),
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
            errors.add(
                "status",
                translate(
                    "ActionItems", "An action item is closed as done or dropped, not '{status}'."
                ).format(status=status),
            )
        cleaned = clean_optional(reason)
        if status == "dropped" and not cleaned:
            errors.add(
                "reason",
                translate(
                    "ActionItems", "Give the reason for dropping the action item; the register keeps it."
                ),
            )
        if on is None:
            errors.add("on", translate("ActionItems", "Give the date the action item was closed."))
        errors.raise_if_any()
        assert on is not None
        refuse_unless_open(item, "close")
        if on < entry.raised.meeting_date:
            raise ValidationError.single(
                "on",
                translate(
                    "ActionItems",
                    "{day} is before {meeting}, which raised the item; it cannot be closed before it was "
                    "raised.",
                ).format(day=indian_date(on), meeting=meeting_label(entry.raised)),
            )
        reopened = _last_event_on(entry, {"reopened"})
        if reopened is not None and on < reopened:
            raise ValidationError.single(
                "on",
                translate(
                    "ActionItems", "The item was reopened on {reopened}; close it on or after that day."
                ).format(reopened=indian_date(reopened)),
            )
        meeting = None
        if meeting_id is not None:
            meeting = meeting_taking_up(session, entry, meeting_id, translate("ActionItems", "the closing"))
            if on > meeting.meeting_date:
                raise ValidationError.single(
                    "on",
                    translate(
                        "ActionItems",
                        "{day} is after {meeting}; a meeting records what was done by its own date.",
                    ).format(day=indian_date(on), meeting=meeting_label(meeting)),
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
        item = get_or_raise(session, ActionItem, item_id, translate("ActionItems", "Action item"))
        if item.status == "open":
            raise ConflictError(
                translate("ActionItems", "{item} is still open; there is nothing to reopen.").format(
                    item=item_label(item)
                )
            )
        errors = FieldErrors()
        cleaned = clean(reason)
        if not cleaned:
            errors.add("reason", translate("ActionItems", "Give the reason for reopening the action item."))
        if on is None:
            errors.add("on", translate("ActionItems", "Give the date the action item was reopened."))
        elif item.closed_on is not None and on < item.closed_on:
            errors.add(
                "on",
                translate(
                    "ActionItems",
                    "{day} is before the item was closed ({closed_on}); reopen it on or after that day.",
                ).format(day=indian_date(on), closed_on=indian_date(item.closed_on)),
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
                "note",
                translate("ActionItems", "Write what was reported on the action item in this meeting."),
            )
        refuse_unless_open(entry.item, "review")
        meeting = meeting_taking_up(session, entry, meeting_id, translate("ActionItems", "the review"))
        if meeting.id == entry.item.meeting_id:
            raise ConflictError(
                translate(
                    "ActionItems",
                    "{item} was raised at {meeting}; its progress is reviewed in the meetings after it.",
                ).format(item=item_label(entry.item), meeting=meeting_label(meeting))
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
                meeting.id, meeting.title, meeting.meeting_date, screen_unit_name(session, unit_of(meeting))
            )
            for meeting in meetings
            if target_problem(session, entry, meeting, on) is None
        ]


def escalate_action_item(
    db: Database, item_id: int, to_meeting_id: int, on: date, note: str | None = None
) -> None:
    """Hand an overdue item to a meeting of the next level up; that meeting's body follows it from
    then on. The event is filed under the target meeting, where it is taken up."""
    with db.transaction() as session:
        entry = load_one(session, item_id)
        item = entry.item
        refuse_unless_open(item, "escalate")
        if item.due_date >= on:
            raise ConflictError(
                translate(
                    "ActionItems",
                    "{item} is due on {due_date}, so it is not overdue on {day}; only overdue items are "
                    "escalated.",
                ).format(item=item_label(item), due_date=indian_date(item.due_date), day=indian_date(on))
            )
        last = _last_event_on(entry, {"escalated"})
        if last is not None and on < last:
            raise ValidationError.single(
                "on",
                translate(
                    "ActionItems",
                    "The item was last escalated on {last}; escalate it again on or after that day.",
                ).format(last=indian_date(last)),
            )
        target = get_or_raise(session, Meeting, to_meeting_id, translate("Meetings", "Meeting"))
        problem = target_problem(session, entry, target, on)
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
    # In English: the note is stored and printed in the minutes.
    return f"{unit_name(session, unit)} ({LEVELS[unit.level].lower()})"
