"""Printing for a meeting: its minutes as a PDF, and its notice as a circular to the members.

The minutes are built from what the meeting services record (attendance, agenda with discussion
and decisions, corrections to earlier minutes recorded here, action items raised and carried
forward as they stood on the meeting's date) and laid out by
:mod:`desktop.documents.minutes_document`. The notice is prepared as a :class:`CircularDraft` for
the circular editor, which numbers and issues it; :func:`record_notice` then keeps its dispatch
entry on the meeting.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from db.models import ActionItemEvent, DispatchEntry, Meeting, Person
from desktop.documents.circular import Signatory
from desktop.documents.governance_data import (
    AgendaEntry,
    Attendee,
    BodyHeading,
    Correction,
    Minutes,
    RaisedAction,
    ReviewedAction,
    SignatureLine,
    clock,
    weekday,
)
from desktop.documents.markup import table_cell
from desktop.documents.minutes_document import render_minutes
from desktop.documents.placeholders import literal
from desktop.documents.text import indian_date
from desktop.services.circulars import CircularDraft, letterhead_for
from desktop.services.committees.bodies import get_body
from desktop.services.database import Database
from desktop.services.disk import write_file
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.i18n import translate
from desktop.services.meetings.action_listing import ActionRow, items_for_meeting
from desktop.services.meetings.agenda import agenda_schedule
from desktop.services.meetings.attendance import AttendanceRow, attendance_sheet, members_on
from desktop.services.meetings.reading import MeetingDetail, get_meeting
from desktop.services.meetings.states import describe
from desktop.services.recipients import person_recipients
from desktop.services.records import get_or_raise

NOTICE_LANGUAGES = ("en",)
NOTICE_COLUMNS = ("No.", "Item", "Presenter", "Time")
# What a meeting records about a carried item, as the minutes print it before the note.
_NOTE_PREFIX = {"done": "Done", "dropped": "Dropped", "escalated": "Escalated", "reviewed": ""}


# --- the minutes ---------------------------------------------------------------------------------


def _named(detail: MeetingDetail) -> str:
    return translate("Meetings", "{meeting} on {day}").format(
        meeting=detail.title, day=indian_date(detail.meeting_date)
    )


def _refuse_unheld(detail: MeetingDetail) -> None:
    if detail.status == "cancelled":
        raise ConflictError(
            translate("Meetings", "{meeting} was cancelled ({reason}); it has no minutes.").format(
                meeting=_named(detail), reason=detail.cancel_reason
            )
        )
    if detail.status == "scheduled":
        raise ConflictError(
            translate(
                "Meetings",
                "{meeting} is still scheduled; its minutes can be printed once it is held "
                "(mark it held, or record its attendance or minutes).",
            ).format(meeting=_named(detail))
        )


def _attendee(row: AttendanceRow, body_meeting: bool) -> Attendee:
    # A member with nothing recorded was not marked present: the minutes list them as absent.
    status = "guest" if body_meeting and not row.member else row.status or "absent"
    return Attendee(
        name=row.name,
        status=status,
        designation=row.designation,
        role=row.role_label if row.member else None,
        represented_by=row.represented_by_name,
    )


def _who(name: str, designation: str | None) -> str:
    return f"{name}, {designation}" if designation else name


def _status_then(row: ActionRow, day: date) -> str:
    """The item's status as the meeting saw it: closed on or before the meeting's date, or open."""
    return row.status if row.closed_on is not None and row.closed_on <= day else "open"


def _raised_in(row: ActionRow) -> str:
    """The meeting that raised an item; for one escalated from below, its unit too unless the
    meeting's title names it already ("Mavakote cluster review: August 2026")."""
    title = row.raised_meeting_title
    place = row.raised_unit_name.split(" (")[0]
    if not row.escalated or place.casefold() in title.casefold():
        return title
    return f"{title}, {row.raised_unit_name}"


def _reviewed(row: ActionRow, detail: MeetingDetail, notes: dict[int, str]) -> ReviewedAction:
    return ReviewedAction(
        description=row.description,
        owner=_who(row.owner_name, row.owner_designation),
        due_date=row.due_date,
        status=_status_then(row, detail.meeting_date),
        raised_in=_raised_in(row),
        raised_on=row.raised_on,
        overdue_days=row.days_overdue,
        note=notes.get(row.id),
    )


def _notes_and_signatures(
    db: Database, detail: MeetingDetail
) -> tuple[dict[int, str], tuple[SignatureLine, SignatureLine]]:
    """What this meeting recorded about each carried item, and who signs the minutes: the chair
    and, for a body's meeting, its member secretary on the meeting's date (names filled; a blank
    line where there is nobody)."""
    with db.reading() as session:
        notes: dict[int, list[str]] = {}
        events = session.scalars(
            select(ActionItemEvent)
            .where(ActionItemEvent.meeting_id == detail.id, ActionItemEvent.kind != "raised")
            .order_by(ActionItemEvent.on_date, ActionItemEvent.id)
        )
        for event in events:
            prefix = _NOTE_PREFIX.get(event.kind, "")
            text = ": ".join(part for part in (prefix, event.note or "") if part)
            if text:
                notes.setdefault(event.action_item_id, []).append(text)
        chair = session.get(Person, detail.chair_person_id) if detail.chair_person_id is not None else None
        second = SignatureLine("Convening officer")  # an ad-hoc meeting has no member secretary
        if detail.body_id is not None:
            members = members_on(session, detail.body_id, detail.meeting_date)
            person = next((p for m, p, _r in members if m.role == "member_secretary"), None)
            second = SignatureLine("Member secretary", *_name_and_designation(person))
        signatures = (SignatureLine("Chair", *_name_and_designation(chair)), second)
        return {key: "; ".join(value) for key, value in notes.items()}, signatures


def _name_and_designation(person: Person | None) -> tuple[str | None, str | None]:
    return (person.name, person.designation) if person is not None else (None, None)


def _chair(db: Database, detail: MeetingDetail) -> str | None:
    """The chair as the minutes and the notice name them: "Name, Designation"."""
    if detail.chair_person_id is None:
        return None
    with db.reading() as session:
        person = get_or_raise(session, Person, detail.chair_person_id, translate("People", "Person"))
        return _who(person.name, person.designation)


def _heading(db: Database, detail: MeetingDetail) -> BodyHeading | None:
    if detail.body_id is None:
        return None
    body = get_body(db, detail.body_id, detail.meeting_date)
    return BodyHeading(
        name=body.data.name,
        kind=body.kind_label,
        level=body.level_label,
        unit=body.unit_name,
        name_local=body.data.name_local,
        constituting_order=body.data.constituting_order,
    )


def minutes_of(db: Database, meeting_id: int) -> Minutes:
    """What the minutes of a held meeting show: draft until approved, approved with when and by whom."""
    detail = get_meeting(db, meeting_id)
    _refuse_unheld(detail)
    sheet = attendance_sheet(db, meeting_id)
    actions = items_for_meeting(db, meeting_id)
    notes, signatures = _notes_and_signatures(db, detail)
    positions = {row.id: number for number, row in enumerate(detail.agenda, start=1)}
    return Minutes(
        letterhead=letterhead_for(db, detail.office_id),
        title=detail.title,
        meeting_date=detail.meeting_date,
        body=_heading(db, detail),
        start_time=detail.start_time,
        end_time=detail.end_time,
        venue=detail.venue,
        chair=_chair(db, detail),
        attendees=tuple(_attendee(row, detail.body_id is not None) for row in sheet)
        if any(row.status for row in sheet)
        else (),
        agenda=tuple(
            AgendaEntry(row.title, row.discussion, row.decisions, row.presenter_name) for row in detail.agenda
        ),
        corrections=tuple(
            Correction(
                c.corrected_date, c.text, positions.get(c.agenda_item_id) if c.agenda_item_id else None
            )
            for c in detail.corrections_recorded
        ),
        raised=tuple(
            RaisedAction(row.description, _who(row.owner_name, row.owner_designation), row.due_date)
            for row in actions.raised
        ),
        reviewed=tuple(_reviewed(row, detail, notes) for row in actions.carried),
        approved_on=detail.minutes_approved_on,
        approved_by=detail.minutes_approved_by,
        signatures=signatures,
    )


def minutes_pdf(db: Database, meeting_id: int) -> bytes:
    """The minutes as a PDF on the convening office's letterhead; DRAFT on every page until approved."""
    return render_minutes(minutes_of(db, meeting_id))


def save_minutes_pdf(db: Database, meeting_id: int, path: Path) -> Path:
    """Write the minutes to ``path``, whole or not at all."""
    write_file(path, minutes_pdf(db, meeting_id))
    return path


def minutes_file_name(detail: MeetingDetail) -> str:
    """A file name to offer when saving the minutes: "Minutes <title> 2026-11-18.pdf"."""
    kept = "".join(char if char.isalnum() or char in " -_()" else " " for char in detail.title)
    return f"Minutes {' '.join(kept.split())[:80]} {detail.meeting_date:%Y-%m-%d}.pdf"


# --- the notice ----------------------------------------------------------------------------------


def _cell(text: str | None) -> str:
    return literal(table_cell(text)) or "—"


def _notice_body(detail: MeetingDetail, chair: str | None) -> str:
    day = detail.meeting_date
    who = f"the {detail.body_name}" if detail.body_name else "the meeting"
    lines = [
        f"A meeting of {literal(who)} will be held as given below. You are requested to attend."
        if detail.body_name
        else f"A meeting on {literal(detail.title)} will be held as given below. You are requested to attend.",
        f"*Date:* {indian_date(day)} ({weekday(day)})",
    ]
    if detail.start_time is not None:
        end = f" to {clock(detail.end_time)}" if detail.end_time is not None else ""
        lines.append(f"*Time:* {clock(detail.start_time)}{end}")
    if detail.venue:
        lines.append(f"*Venue:* {literal(detail.venue)}")
    if chair:
        lines.append(f"*Chair:* {literal(chair)}")
    lines.append("")
    if detail.agenda:
        lines += ["*Agenda*", "| " + " | ".join(NOTICE_COLUMNS) + " |", "|---|---|---|---|"]
        starts = agenda_schedule(detail.start_time, detail.agenda)
        for number, (row, start) in enumerate(zip(detail.agenda, starts, strict=True), start=1):
            when = clock(start) if start is not None else "—"
            lines.append(f"| {number} | {_cell(row.title)} | {_cell(row.presenter_name)} | {when} |")
    else:
        lines.append("The agenda will be sent separately.")
    lines += [
        "",
        "Members who cannot attend are requested to inform this office in advance and, where "
        "allowed, to send a representative with a letter of authority.",
    ]
    return "\n".join(lines)


def notice_draft(
    db: Database, meeting_id: int, *, language: str = "en", signatory: Signatory, issued_on: date
) -> tuple[CircularDraft, tuple[int, ...]]:
    """The meeting's notice: a circular from the convening office to the members on the meeting's
    date, with the date, day, time, venue and the agenda with each item's time; and the members'
    person ids, to choose them in the circular editor. An ad-hoc meeting has no members: its
    notice comes with no recipients, for the editor to choose. Only for a scheduled meeting."""
    if language not in NOTICE_LANGUAGES:
        raise ValidationError.single(
            "language", translate("Meetings", "The meeting notice is available in English.")
        )
    detail = get_meeting(db, meeting_id)
    if detail.status != "scheduled":
        raise ConflictError(
            translate(
                "Meetings",
                "{meeting} is {status}; a notice goes out only for a meeting still to be held.",
            ).format(meeting=_named(detail), status=translate("Meetings", detail.status_label).lower())
        )
    with db.reading() as session:
        members = members_on(session, detail.body_id, detail.meeting_date) if detail.body_id else []
        person_ids = tuple(person.id for _membership, person, _represents in members)
    if issued_on > detail.meeting_date:
        raise ValidationError.single(
            "issued_on",
            translate(
                "Meetings",
                "The notice is dated {day}, after the meeting on {meeting_day}; "
                "date it on or before the meeting.",
            ).format(day=indian_date(issued_on), meeting_day=indian_date(detail.meeting_date)),
        )
    if detail.body_id is not None and not person_ids:
        raise ConflictError(
            translate(
                "Meetings",
                "{body} has no members on {day}; add its members before sending the notice.",
            ).format(body=detail.body_name, day=indian_date(detail.meeting_date))
        )
    subject = (
        f"Meeting of the {detail.body_name} on {indian_date(detail.meeting_date)}"
        if detail.body_name
        else f"{detail.title} on {indian_date(detail.meeting_date)}"
    )
    draft = CircularDraft(
        office_id=detail.office_id,
        issued_on=issued_on,
        language=language,
        subject=literal(subject),
        body=_notice_body(detail, _chair(db, detail)),
        recipients=tuple(person_recipients(db, person_ids)),
        signatory=signatory,
    )
    return draft, person_ids


def record_notice(db: Database, meeting_id: int, dispatch_entry_id: int) -> None:
    """Keep the issued notice (its dispatch register entry) on the meeting."""
    with db.transaction() as session:
        meeting = get_or_raise(session, Meeting, meeting_id, translate("Meetings", "Meeting"))
        entry = get_or_raise(
            session, DispatchEntry, dispatch_entry_id, translate("Circulars", "Issued circular")
        )
        if entry.status == "cancelled":
            raise ConflictError(
                translate(
                    "Meetings",
                    "Circular No. {number} was cancelled; it cannot be recorded as the notice of {meeting}.",
                ).format(number=entry.number, meeting=describe(meeting))
            )
        if meeting.status == "cancelled":
            raise ConflictError(
                translate(
                    "Meetings", "{meeting} was cancelled ({reason}); its notice is not recorded."
                ).format(meeting=describe(meeting), reason=meeting.cancel_reason)
            )
        meeting.notice_entry_id = entry.id
