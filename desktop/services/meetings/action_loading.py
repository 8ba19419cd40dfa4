"""Action items read in bulk with their owner, raising meeting, follow body and events, and the
rules that work out from the events where an item stood on a given day (who followed it up,
whether it was open, whether a meeting takes it up).

:mod:`action_listing` turns them into rows; :mod:`actions` and :mod:`action_checks` apply the
rules when an item changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, aliased

from db.models import ActionItem, ActionItemEvent, Body, Meeting, Person
from desktop.services.committees.units import Unit, unit_of
from desktop.services.i18n import translate
from desktop.services.records import get_or_raise

CLOSING_KINDS = frozenset({"done", "dropped"})


@dataclass(frozen=True)
class _Event:
    id: int
    kind: str
    on_date: date
    meeting_id: int | None
    meeting_title: str | None
    meeting_date: date | None
    meeting_body_id: int | None
    note: str | None


@dataclass
class Loaded:
    """One action item with everything its rows and rules need, read in bulk."""

    item: ActionItem
    owner: Person
    raised: Meeting
    body: Body | None
    events: list[_Event]

    @property
    def escalations(self) -> list[_Event]:
        return [event for event in self.events if event.kind == "escalated"]

    def current_unit(self) -> Unit:
        return unit_of(self.body) if self.body is not None else unit_of(self.raised)

    def follower_on(self, day: date) -> int | None:
        """The body following the item up on ``day``: the raising body, then each escalation's
        target from the day after it was decided (the meeting that escalates still has it)."""
        escalations = self.escalations
        if not escalations:
            return self.item.follow_body_id
        body_id = self.raised.body_id
        for event in escalations:
            if event.on_date < day:
                body_id = event.meeting_body_id
        return body_id

    def open_on(self, day: date) -> bool:
        """Whether the item was open at a meeting on ``day``; closing on that day still counts as
        open (it was closed in or after that meeting), reopening on that day does too."""
        closings = [event for event in self.events if event.kind in CLOSING_KINDS | {"reopened"}]
        if not any(event.kind in CLOSING_KINDS for event in closings):
            return self.item.status == "open" or (
                self.item.closed_on is not None and self.item.closed_on >= day
            )
        is_open = True
        for event in closings:
            if event.kind == "reopened" and event.on_date <= day:
                is_open = True
            elif event.kind in CLOSING_KINDS and event.on_date < day:
                is_open = False
        return is_open

    def taken_up_in(self, meeting: Meeting) -> bool:
        """Whether ``meeting`` follows the item up (it is carried there), as of its own date."""
        if self.item.meeting_id == meeting.id:
            return False
        if self.item.escalated_to_meeting_id == meeting.id:
            return True
        if any(event.meeting_id == meeting.id and event.kind != "raised" for event in self.events):
            return True
        return (
            meeting.body_id is not None
            and self.raised.meeting_date < meeting.meeting_date
            and self.follower_on(meeting.meeting_date) == meeting.body_id
            and self.open_on(meeting.meeting_date)
        )


def load_items(session: Session, condition: ColumnElement[bool]) -> list[Loaded]:
    """Every action item matching ``condition`` (on ActionItem columns), in three queries."""
    raised = aliased(Meeting)
    found = session.execute(
        select(ActionItem, Person, raised, Body)
        .join(Person, ActionItem.owner_person_id == Person.id)
        .join(raised, ActionItem.meeting_id == raised.id)
        .outerjoin(Body, ActionItem.follow_body_id == Body.id)
        .where(condition)
        .order_by(ActionItem.due_date, ActionItem.id)
    ).all()
    events: dict[int, list[_Event]] = {}
    for event, title, meeting_date, body_id in session.execute(
        select(ActionItemEvent, Meeting.title, Meeting.meeting_date, Meeting.body_id)
        .outerjoin(Meeting, ActionItemEvent.meeting_id == Meeting.id)
        .where(ActionItemEvent.action_item_id.in_(select(ActionItem.id).where(condition)))
        .order_by(ActionItemEvent.on_date, ActionItemEvent.id)
    ):
        events.setdefault(event.action_item_id, []).append(
            _Event(
                event.id,
                event.kind,
                event.on_date,
                event.meeting_id,
                title,
                meeting_date,
                body_id,
                event.note,
            )
        )
    return [
        Loaded(item, owner, meeting, body, events.get(item.id, [])) for item, owner, meeting, body in found
    ]


def load_one(session: Session, item_id: int) -> Loaded:
    """One item for the rules in :mod:`actions`, or :class:`NotFoundError`."""
    get_or_raise(session, ActionItem, item_id, translate("ActionItems", "Action item"))
    return load_items(session, ActionItem.id == item_id)[0]
