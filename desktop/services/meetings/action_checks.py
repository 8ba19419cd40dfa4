"""The checks of the action item actions: what an item says, the meetings that may take it up,
and the refusals that name the item and the meeting."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from db.models import ActionItem, AgendaItem, Meeting, Person
from desktop.documents.text import indian_date
from desktop.services.committees.units import contains, screen_unit_name, unit_of
from desktop.services.committees.vocabulary import LEVELS, next_level
from desktop.services.errors import ConflictError
from desktop.services.i18n import translate
from desktop.services.meetings.action_loading import Loaded
from desktop.services.meetings.states import ensure_open
from desktop.services.meetings.vocabulary import ACTION_STATUSES, LOCKED_STATUSES
from desktop.services.records import get_or_raise
from desktop.services.validation import FieldErrors

if TYPE_CHECKING:
    from desktop.services.meetings.actions import ActionItemInput

DESCRIPTION_LENGTH = 2000


def meeting_label(meeting: Meeting) -> str:
    """How a meeting is named in messages: its title and date."""
    return translate("Meetings", "{meeting} on {day}").format(
        meeting=meeting.title, day=indian_date(meeting.meeting_date)
    )


def item_label(item: ActionItem) -> str:
    text = item.description if len(item.description) <= 60 else item.description[:59] + "…"
    return translate("ActionItems", "Action item “{text}”").format(text=text)


def refuse_if_closed_to_records(meeting: Meeting, what: str) -> None:
    """Refuse recording ``what`` (a noun phrase in the interface's language: "the action item")
    in a cancelled meeting or one whose minutes are approved."""
    if meeting.status == "cancelled":
        message = translate("ActionItems", "{meeting} was cancelled; record {what} in the next meeting.")
        raise ConflictError(message.format(meeting=meeting_label(meeting), what=what))
    ensure_open(meeting, what)  # approved minutes: the same words as every other refusal


def refuse_unless_open(item: ActionItem, doing: str) -> None:
    """Refuse ``doing`` ("change", "close", "review" or "escalate") to an item that is closed."""
    if item.status == "open":
        return
    if doing == "change":
        message = translate("ActionItems", "{item} is {status} since {day}; reopen it to change it.")
    elif doing == "close":
        message = translate("ActionItems", "{item} is {status} since {day}; reopen it to close it again.")
    elif doing == "review":
        message = translate(
            "ActionItems", "{item} is {status} since {day}; reopen it to record progress on it."
        )
    else:
        message = translate("ActionItems", "{item} is {status} since {day}; reopen it to escalate it.")
    status = translate("ActionItems", ACTION_STATUSES[item.status]).lower()
    raise ConflictError(message.format(item=item_label(item), status=status, day=indian_date(item.closed_on)))


def checked_input(
    session: Session, data: ActionItemInput, raised: Meeting
) -> tuple[str, Person, date, int | None]:
    """The cleaned description, the owner, the due date and the agenda item, or every problem."""
    errors = FieldErrors()
    description = errors.required(
        "description", data.description, translate("ActionItems", "Description"), DESCRIPTION_LENGTH
    )
    owner = None
    if data.owner_person_id is None:
        errors.add(
            "owner_person_id",
            translate("ActionItems", "Choose the owner: the person who answers for this action item."),
        )
    else:
        owner = session.get(Person, data.owner_person_id)
        if owner is None:
            errors.add(
                "owner_person_id",
                translate(
                    "ActionItems",
                    "Person #{owner_person_id} is not in the records (deleted?); choose the owner from the "
                    "people list.",
                ).format(owner_person_id=data.owner_person_id),
            )
    if data.due_date is None:
        errors.add("due_date", translate("ActionItems", "Give the date the action item is due."))
    elif data.due_date < raised.meeting_date:
        errors.add(
            "due_date",
            translate(
                "ActionItems",
                "The due date {due_date} is before {meeting}, which raised the item; give a date on or "
                "after the meeting.",
            ).format(due_date=indian_date(data.due_date), meeting=meeting_label(raised)),
        )
    if data.agenda_item_id is not None:
        agenda = session.get(AgendaItem, data.agenda_item_id)
        if agenda is None:
            errors.add(
                "agenda_item_id",
                translate("ActionItems", "Agenda item #{agenda_item_id} no longer exists.").format(
                    agenda_item_id=data.agenda_item_id
                ),
            )
        elif agenda.meeting_id != raised.id:
            errors.add(
                "agenda_item_id",
                translate(
                    "ActionItems",
                    "The agenda item “{agenda}” belongs to another meeting, not to {meeting}; choose one of "
                    "this meeting's items.",
                ).format(agenda=agenda.title, meeting=meeting_label(raised)),
            )
    errors.raise_if_any()
    assert owner is not None and data.due_date is not None
    return description, owner, data.due_date, data.agenda_item_id


def meeting_taking_up(session: Session, entry: Loaded, meeting_id: int, what: str) -> Meeting:
    """The meeting an item is reviewed or closed in: one that raised it or carries it forward."""
    meeting = get_or_raise(session, Meeting, meeting_id, translate("Meetings", "Meeting"))
    refuse_if_closed_to_records(meeting, what)
    if meeting.id != entry.item.meeting_id and not entry.taken_up_in(meeting):
        body = (
            entry.body.name
            if entry.body is not None
            else translate("ActionItems", "no body (it was raised in an ad-hoc meeting)")
        )
        raise ConflictError(
            translate(
                "ActionItems",
                "{item} is not followed up in {meeting}; "
                "it was raised at {raised} and is followed up by {body}.",
            ).format(
                item=item_label(entry.item),
                meeting=meeting_label(meeting),
                raised=meeting_label(entry.raised),
                body=body,
            )
        )
    return meeting


def target_problem(session: Session, entry: Loaded, target: Meeting, on: date) -> str | None:
    """Why ``target`` cannot take the item escalated on ``on``, or None when it can."""
    current = entry.current_unit()
    above = next_level(current.level)
    label = meeting_label(target)
    if above is None:
        return translate(
            "ActionItems", "{item} is already followed up at district level; there is no level above it."
        ).format(item=item_label(entry.item))
    if target.status == "cancelled":
        return translate("ActionItems", "{meeting} was cancelled; choose another meeting.").format(
            meeting=label
        )
    if target.status in LOCKED_STATUSES:
        return translate(
            "ActionItems", "The minutes of {meeting} are already approved; choose a meeting still to be held."
        ).format(meeting=label)
    if target.meeting_date < on:
        return translate(
            "ActionItems",
            "{meeting} is before the escalation on {day}; choose a meeting on or after that day.",
        ).format(meeting=label, day=indian_date(on))
    if target.body_id is None:
        return translate(
            "ActionItems", "{meeting} is an ad-hoc meeting; an escalated item needs a body to follow it up."
        ).format(meeting=label)
    if target.level != above:
        return translate(
            "ActionItems",
            "{meeting} is a {level} meeting; "
            "an item followed up at {current} level is escalated to a {above} meeting.",
        ).format(
            meeting=label, level=_level(target.level), current=_level(current.level), above=_level(above)
        )
    if not contains(session, unit_of(target), current):
        return translate(
            "ActionItems",
            "{meeting} is a meeting of {unit}, which does not include {current}; "
            "escalate to a meeting of the {above} above it.",
        ).format(
            meeting=label,
            unit=screen_unit_name(session, unit_of(target)),
            current=screen_unit_name(session, current),
            above=_level(above),
        )
    return None


def _level(level: str) -> str:
    """A level's word inside a sentence ("a block meeting")."""
    return translate("Committees", LEVELS[level]).lower()
