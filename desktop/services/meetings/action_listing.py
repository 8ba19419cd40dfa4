"""Reading action items: what a meeting raised and carries forward, the Action items page, an
item's history and the status report.

Items are read by :mod:`action_loading` with their owner, raising meeting, follow body and events
in a fixed number of queries whatever their count. A meeting's carried items are worked out from the events, so a past
meeting shows what was open and whose it was on its own date, not what is true today.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from db.models import ActionItem, ActionItemEvent, Meeting
from desktop.documents.text import indian_date
from desktop.services.committees.units import Unit, unit_names, unit_of
from desktop.services.committees.vocabulary import LEVEL_ORDER, LEVELS
from desktop.services.database import Database
from desktop.services.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.meetings.action_loading import Loaded, load_items
from desktop.services.meetings.vocabulary import ACTION_STATUSES
from desktop.services.records import get_or_raise
from desktop.services.text import search_key, search_terms

EVENT_KINDS: dict[str, str] = {
    "raised": QT_TRANSLATE_NOOP("ActionItems", "Raised"),
    "reviewed": QT_TRANSLATE_NOOP("ActionItems", "Reviewed"),
    "changed": QT_TRANSLATE_NOOP("ActionItems", "Changed"),
    "escalated": QT_TRANSLATE_NOOP("ActionItems", "Escalated"),
    "done": QT_TRANSLATE_NOOP("ActionItems", "Done"),
    "dropped": QT_TRANSLATE_NOOP("ActionItems", "Dropped"),
    "reopened": QT_TRANSLATE_NOOP("ActionItems", "Reopened"),
}
NO_BODY = "No body (ad-hoc meeting)"


@dataclass(frozen=True)
class ActionRow:
    id: int
    description: str
    owner_id: int
    owner_name: str
    owner_designation: str
    due_date: date
    status: str
    status_label: str
    closed_on: date | None
    drop_reason: str | None
    overdue: bool  # as of today, or of the meeting's date in a meeting's list
    days_overdue: int  # 0 when not overdue
    raised_meeting_id: int
    raised_meeting_title: str
    raised_on: date
    raised_level: str
    raised_unit_name: str  # in English, as the minutes and the report print it
    current_body_name: str | None
    current_level: str
    escalated: bool
    origin: str  # "Raised at … on …, escalated to … on …"
    search_text: str

    @property
    def raised_level_label(self) -> str:
        return LEVELS[self.raised_level]

    @property
    def current_level_label(self) -> str:
        return LEVELS[self.current_level]


@dataclass(frozen=True)
class MeetingActions:
    raised: list[ActionRow]
    carried: list[ActionRow]


@dataclass(frozen=True)
class EventRow:
    on_date: date
    kind: str
    kind_label: str
    meeting_title: str | None
    note: str | None


@dataclass(frozen=True)
class ActionFilter:
    owner_id: int | None = None
    status: str | None = None
    overdue_only: bool = False
    level: str | None = None  # the level the item is followed at now
    body_id: int | None = None  # the body following it now
    search: str = ""


@dataclass(frozen=True)
class SummaryRow:
    label: str
    open: int
    overdue: int  # open and past the due date; counted in ``open`` too
    done: int
    dropped: int

    @property
    def total(self) -> int:
        return self.open + self.done + self.dropped


@dataclass(frozen=True)
class ActionSummary:
    total: SummaryRow
    by_owner: list[SummaryRow]
    by_body: list[SummaryRow]
    by_level: list[SummaryRow]


def names_for(session: Session, loaded: list[Loaded]) -> dict[Unit, str]:
    """The raising meetings' units in English: the minutes and the status report print them."""
    names = unit_names(session, [unit_of(entry.raised) for entry in loaded])
    return {unit: named.paper for unit, named in names.items()}


def origin_of(entry: Loaded) -> str:
    text = translate("ActionItems", "Raised at {meeting} on {day}").format(
        meeting=entry.raised.title, day=indian_date(entry.raised.meeting_date)
    )
    for event in entry.escalations:
        if event.meeting_title is not None and event.meeting_date is not None:
            text = translate("ActionItems", "{origin}, escalated to {meeting} on {day}").format(
                origin=text, meeting=event.meeting_title, day=indian_date(event.meeting_date)
            )
        else:  # the meeting it went to has since been deleted
            text = translate("ActionItems", "{origin}, escalated on {day}").format(
                origin=text, day=indian_date(event.on_date)
            )
    return text


def row_of(entry: Loaded, names: dict[Unit, str], overdue: bool, as_of: date) -> ActionRow:
    item, owner, raised = entry.item, entry.owner, entry.raised
    body_name = entry.body.name if entry.body is not None else None
    return ActionRow(
        id=item.id,
        description=item.description,
        owner_id=owner.id,
        owner_name=owner.name,
        owner_designation=owner.designation,
        due_date=item.due_date,
        status=item.status,
        status_label=ACTION_STATUSES[item.status],
        closed_on=item.closed_on,
        drop_reason=item.drop_reason,
        overdue=overdue,
        days_overdue=(as_of - item.due_date).days if overdue else 0,
        raised_meeting_id=raised.id,
        raised_meeting_title=raised.title,
        raised_on=raised.meeting_date,
        raised_level=raised.level,
        raised_unit_name=names[unit_of(raised)],
        current_body_name=body_name,
        current_level=entry.current_unit().level,
        escalated=bool(entry.escalations),
        origin=origin_of(entry),
        # Built on reading, so a renamed owner or body is found under its new name.
        search_text=search_key(
            item.description, owner.name, owner.designation, raised.title, names[unit_of(raised)], body_name
        ),
    )


def _today_row(entry: Loaded, names: dict[Unit, str], today: date) -> ActionRow:
    overdue = entry.item.status == "open" and entry.item.due_date < today
    return row_of(entry, names, overdue, today)


def items_for_meeting(db: Database, meeting_id: int) -> MeetingActions:
    """The items a meeting raised, and those it carries forward from earlier meetings, as they
    stood on the meeting's date; both by due date. Overdue is counted as of the meeting's date."""
    with db.reading() as session:
        meeting = get_or_raise(session, Meeting, meeting_id, translate("Meetings", "Meeting"))
        entries = load_items(session, _candidates(meeting))
        day = meeting.meeting_date
        raised = [entry for entry in entries if entry.item.meeting_id == meeting.id]
        carried = [entry for entry in entries if entry.taken_up_in(meeting)]
        names = names_for(session, raised + carried)

        def at_meeting(entry: Loaded) -> ActionRow:
            overdue = entry.open_on(day) and entry.item.due_date < day
            return row_of(entry, names, overdue, day)

        return MeetingActions([at_meeting(e) for e in raised], [at_meeting(e) for e in carried])


def _candidates(meeting: Meeting) -> ColumnElement[bool]:
    """Items the meeting may raise or carry; :meth:`Loaded.taken_up_in` decides which it does."""
    in_this_meeting = select(ActionItemEvent.action_item_id).where(ActionItemEvent.meeting_id == meeting.id)
    clauses: list[ColumnElement[bool]] = [
        ActionItem.meeting_id == meeting.id,
        ActionItem.escalated_to_meeting_id == meeting.id,
        ActionItem.id.in_(in_this_meeting),
    ]
    if meeting.body_id is not None:
        body_id = meeting.body_id
        raised_by_body = select(Meeting.id).where(
            Meeting.body_id == body_id, Meeting.meeting_date < meeting.meeting_date
        )
        escalated_to_body = (
            select(ActionItemEvent.action_item_id)
            .join(Meeting, ActionItemEvent.meeting_id == Meeting.id)
            .where(ActionItemEvent.kind == "escalated", Meeting.body_id == body_id)
        )
        clauses += [
            ActionItem.meeting_id.in_(raised_by_body),
            ActionItem.follow_body_id == body_id,
            ActionItem.id.in_(escalated_to_body),
        ]
    return or_(*clauses)


def _filter_condition(wanted: ActionFilter) -> ColumnElement[bool]:
    clauses: list[ColumnElement[bool]] = []
    if wanted.owner_id is not None:
        clauses.append(ActionItem.owner_person_id == wanted.owner_id)
    if wanted.status:
        clauses.append(ActionItem.status == wanted.status)
    if wanted.overdue_only:
        clauses.append(ActionItem.status == "open")
    if wanted.body_id is not None:
        clauses.append(ActionItem.follow_body_id == wanted.body_id)
    return and_(ActionItem.id.is_not(None), *clauses)


def _passes(row: ActionRow, wanted: ActionFilter, terms: list[str]) -> bool:
    if wanted.overdue_only and not row.overdue:
        return False
    if wanted.level and row.current_level != wanted.level:
        return False
    return all(term in row.search_text for term in terms)


def list_action_items(db: Database, wanted: ActionFilter, today: date) -> list[ActionRow]:
    """The Action items page: every item passing the filter, by due date, overdue as of ``today``."""
    terms = search_terms(wanted.search)
    with db.reading() as session:
        entries = load_items(session, _filter_condition(wanted))
        names = names_for(session, entries)
        rows = [_today_row(entry, names, today) for entry in entries]
    return [row for row in rows if _passes(row, wanted, terms)]


def item_history(db: Database, item_id: int) -> list[EventRow]:
    """Everything that happened to an item, oldest first."""
    with db.reading() as session:
        get_or_raise(session, ActionItem, item_id, translate("ActionItems", "Action item"))
        entries = load_items(session, ActionItem.id == item_id)
        return [
            EventRow(event.on_date, event.kind, EVENT_KINDS[event.kind], event.meeting_title, event.note)
            for event in entries[0].events
        ]


def status_summary(db: Database, today: date, wanted: ActionFilter | None = None) -> ActionSummary:
    """Counts of open, overdue, done and dropped items by owner, by body and by level, for the
    printed status report; the same filter as the Action items page."""
    rows = list_action_items(db, wanted or ActionFilter(), today)
    by_level = _grouped(rows, lambda row: LEVELS[row.current_level])
    order = {LEVELS[level]: index for index, level in enumerate(LEVEL_ORDER)}
    return ActionSummary(
        total=_counted("All action items", rows),
        by_owner=_grouped(rows, lambda row: f"{row.owner_name}, {row.owner_designation}"),
        by_body=_grouped(rows, lambda row: row.current_body_name or NO_BODY),
        by_level=sorted(by_level, key=lambda row: order[row.label]),
    )


def _grouped(rows: list[ActionRow], label: Callable[[ActionRow], str]) -> list[SummaryRow]:
    groups: dict[str, list[ActionRow]] = {}
    for row in rows:
        groups.setdefault(label(row), []).append(row)
    return [
        _counted(name, members) for name, members in sorted(groups.items(), key=lambda g: g[0].casefold())
    ]


def _counted(label: str, rows: list[ActionRow]) -> SummaryRow:
    return SummaryRow(
        label=label,
        open=sum(1 for row in rows if row.status == "open"),
        overdue=sum(1 for row in rows if row.overdue),
        done=sum(1 for row in rows if row.status == "done"),
        dropped=sum(1 for row in rows if row.status == "dropped"),
    )
