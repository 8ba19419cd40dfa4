"""The action-item status report: what the Action items page lists, with its filters, counted by
owner, by body and by level and saved as PDF or XLSX on an office's letterhead; and what the
page's Change form starts from."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from db.models import ActionItem, Body, District, Office, Person
from desktop.documents.action_report import action_report_pdf, action_report_xlsx
from desktop.documents.governance_data import ActionLine, ActionReport
from desktop.documents.letterhead import Letterhead
from desktop.services.circulars import letterhead_for
from desktop.services.committees.units import unit_names
from desktop.services.committees.vocabulary import LEVELS
from desktop.services.database import Database
from desktop.services.disk import write_file
from desktop.services.errors import ValidationError
from desktop.services.i18n import translate
from desktop.services.meetings.action_listing import ActionFilter, ActionRow, list_action_items
from desktop.services.meetings.action_loading import Loaded, load_items
from desktop.services.meetings.actions import ActionItemInput
from desktop.services.meetings.vocabulary import ACTION_STATUSES
from desktop.services.records import get_or_raise

# Remarks the report prints under an item: what a meeting last said of it, or where it was sent.
NOTE_KINDS = frozenset({"reviewed", "escalated"})


def describe_filter(db: Database, wanted: ActionFilter) -> str:
    """The filters in words, as the page shows them: "Status: Open · Overdue only · Level: Cluster"."""
    parts = []
    with db.reading() as session:
        if wanted.owner_id is not None:
            person = session.get(Person, wanted.owner_id)
            parts.append(f"Owner: {person.name if person is not None else '(deleted)'}")
        if wanted.body_id is not None:
            body = session.get(Body, wanted.body_id)
            parts.append(f"Body: {body.name if body is not None else '(deleted)'}")
    if wanted.status:
        parts.append(f"Status: {ACTION_STATUSES.get(wanted.status, wanted.status)}")
    if wanted.overdue_only:
        parts.append("Overdue only")
    if wanted.level:
        parts.append(f"Level: {LEVELS.get(wanted.level, wanted.level)}")
    if wanted.search.strip():
        parts.append(f"Search: “{wanted.search.strip()}”")
    return " · ".join(parts)


def _latest_note(entry: Loaded) -> str | None:
    notes = [event.note for event in entry.events if event.kind in NOTE_KINDS and event.note]
    return notes[-1] if notes else None  # events come oldest first


def _office_of(entry: Loaded) -> int:
    return entry.body.office_id if entry.body is not None else entry.raised.office_id


def _letterhead(db: Database, offices: list[int], office_id: int | None) -> Letterhead:
    """The given office's letterhead; else, when every item listed is followed up by one office's
    bodies, that office's (a block's report on the BEO's); else the DDPI's; else any office's."""
    if office_id is None:
        if len(set(offices)) == 1:
            office_id = offices[0]
        else:
            with db.reading() as session:
                office_id = session.scalar(
                    select(Office.id).order_by(Office.kind != "DDPI", Office.id).limit(1)
                )
                if office_id is None:
                    district = session.scalar(select(District.name).limit(1))
                    return Letterhead(f"{district} district" if district else "District Collective Desk")
    return letterhead_for(db, office_id)


def _line(row: ActionRow, entry: Loaded | None, unit: str) -> ActionLine:
    return ActionLine(
        description=row.description,
        owner=f"{row.owner_name}, {row.owner_designation}",
        body=row.current_body_name or row.raised_meeting_title,
        level=row.current_level,
        unit=unit,
        raised_on=row.raised_on,
        due_date=row.due_date,
        status=row.status,
        overdue_days=row.days_overdue if row.overdue else 0,
        note=_latest_note(entry) if entry is not None else None,
    )


def status_report(
    db: Database, wanted: ActionFilter, today: date, office_id: int | None = None
) -> ActionReport:
    """Every item passing ``wanted`` (the page's filters), overdue as of ``today``, by due date;
    on the letterhead of ``office_id`` or, when None, of the office whose bodies follow the items
    up (the DDPI's when they are several)."""
    rows = list_action_items(db, wanted, today)
    with db.reading() as session:
        entries = {
            entry.item.id: entry for entry in load_items(session, ActionItem.id.in_([r.id for r in rows]))
        }
        names = unit_names(session, [entry.current_unit() for entry in entries.values()])
    lines = []
    for row in rows:
        entry = entries.get(row.id)  # None only if deleted since the list was read
        unit = names[entry.current_unit()].paper if entry is not None else row.raised_unit_name
        lines.append(_line(row, entry, unit))
    offices = [_office_of(entry) for entry in entries.values()]
    return ActionReport(
        letterhead=_letterhead(db, offices, office_id),
        as_on=today,
        items=tuple(lines),
        filters=describe_filter(db, wanted),
    )


def save_status_report(
    db: Database, path: Path, wanted: ActionFilter, today: date, office_id: int | None = None
) -> Path:
    """Write the status report to ``path`` (.pdf or .xlsx by its suffix), whole or not at all."""
    render = {".pdf": action_report_pdf, ".xlsx": action_report_xlsx}.get(path.suffix.lower())
    if render is None:
        raise ValidationError.single(
            "path", translate("ActionItems", "Save the action-item report as a .pdf or an .xlsx file.")
        )
    write_file(path, render(status_report(db, wanted, today, office_id)))
    return path


def action_item_input(db: Database, item_id: int) -> ActionItemInput:
    """An item's description, owner, due date and agenda item as they stand: what the Change form
    starts from, so saving it unchanged changes nothing (the agenda item included)."""
    with db.reading() as session:
        item = get_or_raise(session, ActionItem, item_id, translate("ActionItems", "Action item"))
        return ActionItemInput(item.description, item.owner_person_id, item.due_date, item.agenda_item_id)
