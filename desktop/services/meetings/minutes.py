"""Minutes: what was discussed and decided under each agenda item, their approval, corrections.

Saving minutes moves a held meeting to "minutes drafted" (a scheduled one whose day has come is
marked held on the way). Approval needs something written under every item, and locks the
meeting for good: an error found later is put right by a correction recorded in a later meeting
of the same body (for an ad-hoc meeting, a later meeting of the same convening office), which
itself must still be open. The approved minutes are never edited.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AgendaItem, Body, Meeting, MinutesCorrection, Office
from desktop.documents.text import indian_date
from desktop.services.database import Database
from desktop.services.errors import ConflictError
from desktop.services.i18n import translate
from desktop.services.meetings.reading import CorrectionRow, MeetingDetail, correction_rows, detail_of
from desktop.services.meetings.states import (
    check_move,
    describe,
    ensure_open,
    mark_held_if_due,
    move,
    status_word,
)
from desktop.services.meetings.vocabulary import LOCKED_STATUSES
from desktop.services.records import get_or_raise
from desktop.services.validation import FieldErrors

MINUTES_LENGTH = 20_000  # per field; pages of minutes, not a pasted report
_TRAILING_SPACE = re.compile(r"[ \t]+\n")


@dataclass(frozen=True)
class MinutesEntry:
    agenda_item_id: int
    discussion: str | None = None
    decisions: str | None = None


def minutes_text(value: str | None) -> str | None:
    """Typed minutes, NFC, with their line breaks kept (unlike names); None when empty."""
    if value is None:
        return None
    text = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    text = _TRAILING_SPACE.sub("\n", text).strip()
    return text or None


def save_minutes(
    db: Database, meeting_id: int, entries: Sequence[MinutesEntry], today: date
) -> MeetingDetail:
    """Write the minutes under the items given (other items are left as they are)."""
    with db.transaction() as session:
        meeting = get_or_raise(session, Meeting, meeting_id, translate("Meetings", "Meeting"))
        ensure_open(meeting)
        items = {
            item.id: item
            for item in session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id))
        }
        if not items:
            raise ConflictError(
                translate(
                    "Meetings",
                    "{meeting} has no agenda items; add the items taken up to the agenda, then write the "
                    "minutes under them.",
                ).format(meeting=describe(meeting))
            )
        errors = FieldErrors()
        values = []
        for number, entry in enumerate(entries, start=1):
            item = items.get(entry.agenda_item_id)
            if item is None:
                errors.add(
                    "entries",
                    translate(
                        "Meetings",
                        "Entry {number} is for an item no longer on the agenda of this meeting; close the "
                        "minutes and open them again.",
                    ).format(number=number),
                )
                continue
            discussion, decisions = minutes_text(entry.discussion), minutes_text(entry.decisions)
            too_long = (
                translate(
                    "Meetings", "{title}: the discussion is {count} characters long; at most {limit} fit."
                ),
                translate(
                    "Meetings", "{title}: the decisions are {count} characters long; at most {limit} fit."
                ),
            )
            for text, message in zip((discussion, decisions), too_long, strict=True):
                if text is not None and len(text) > MINUTES_LENGTH:
                    errors.add(
                        "entries", message.format(title=item.title, count=len(text), limit=MINUTES_LENGTH)
                    )
            values.append((item, discussion, decisions))
        errors.raise_if_any()
        mark_held_if_due(meeting, today, "minutes")
        for item, discussion, decisions in values:
            item.discussion, item.decisions = discussion, decisions
        if not any(item.discussion or item.decisions for item in items.values()):
            raise ConflictError(
                translate(
                    "Meetings",
                    "Nothing is written in the minutes of {meeting}; write what was discussed or decided "
                    "under at least one item.",
                ).format(meeting=describe(meeting))
            )
        if meeting.status == "held":
            move(meeting, "minutes_drafted")
        return detail_of(session, meeting)


def approve_minutes(
    db: Database, meeting_id: int, approved_on: date | None, approved_by: str
) -> MeetingDetail:
    """Approve drafted minutes; from then on the meeting is locked."""
    with db.transaction() as session:
        meeting = get_or_raise(session, Meeting, meeting_id, translate("Meetings", "Meeting"))
        check_move(meeting, "minutes_approved")
        errors = FieldErrors()
        by = errors.required(
            "approved_by", approved_by, translate("Meetings", "Who approved the minutes"), 200
        )
        if approved_on is None:
            errors.add("approved_on", translate("Meetings", "Give the date the minutes were approved."))
        elif approved_on < meeting.meeting_date:
            errors.add(
                "approved_on",
                translate(
                    "Meetings",
                    "The minutes cannot be approved on {day}, before the meeting itself ({meeting_day}).",
                ).format(day=indian_date(approved_on), meeting_day=indian_date(meeting.meeting_date)),
            )
        errors.raise_if_any()
        items = session.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.position, AgendaItem.id)
        ).all()
        empty = [
            f"{number}. {item.title}"
            for number, item in enumerate(items, 1)
            if not (item.discussion or item.decisions)
        ]
        if empty:
            raise ConflictError(
                translate(
                    "Meetings",
                    "Nothing is written yet under: {empty}. Write what was discussed or decided under every "
                    "item before approving the minutes of {meeting}.",
                ).format(empty="; ".join(empty), meeting=describe(meeting))
            )
        move(meeting, "minutes_approved")
        meeting.minutes_approved_on, meeting.minutes_approved_by = approved_on, by
        return detail_of(session, meeting)


def record_correction(
    db: Database, corrected_meeting_id: int, in_meeting_id: int, text: str, agenda_item_id: int | None = None
) -> int:
    """Record, in a later open meeting, a correction to approved minutes; returns its id. Without
    ``agenda_item_id`` it goes under the later meeting's confirmation of previous minutes."""
    with db.transaction() as session:
        corrected = get_or_raise(session, Meeting, corrected_meeting_id, translate("Meetings", "Meeting"))
        meeting = get_or_raise(session, Meeting, in_meeting_id, translate("Meetings", "Meeting"))
        if corrected.status not in LOCKED_STATUSES:
            if corrected.status in ("held", "minutes_drafted"):
                message = translate(
                    "Meetings",
                    "The minutes of {meeting} are not approved (it is {status}); change them directly.",
                )
            else:
                message = translate(
                    "Meetings",
                    "The minutes of {meeting} are not approved (it is {status}); nothing to correct.",
                )
            raise ConflictError(
                message.format(meeting=describe(corrected), status=status_word(corrected.status))
            )
        _check_later_meeting(session, corrected, meeting)
        errors = FieldErrors()
        cleaned = minutes_text(text)
        if cleaned is None:
            errors.add("text", translate("Meetings", "Write the correction."))
        elif len(cleaned) > MINUTES_LENGTH:
            errors.add(
                "text",
                translate(
                    "Meetings", "The correction is {count} characters long; at most {limit} fit."
                ).format(count=len(cleaned), limit=MINUTES_LENGTH),
            )
        if agenda_item_id is not None:
            item = session.get(AgendaItem, agenda_item_id)
            if item is None or item.meeting_id != meeting.id:
                errors.add(
                    "agenda_item_id",
                    translate("Meetings", "Choose an item of the agenda of {meeting}.").format(
                        meeting=describe(meeting)
                    ),
                )
        else:
            agenda_item_id = session.scalar(
                select(AgendaItem.id).where(
                    AgendaItem.meeting_id == meeting.id, AgendaItem.kind == "previous_review"
                )
            )
        errors.raise_if_any()
        correction = MinutesCorrection(
            corrected_meeting_id=corrected.id,
            recorded_in_meeting_id=meeting.id,
            agenda_item_id=agenda_item_id,
            text=cleaned,
        )
        session.add(correction)
        session.flush()
        return correction.id


def _check_later_meeting(session: Session, corrected: Meeting, meeting: Meeting) -> None:
    if corrected.body_id is not None and meeting.body_id != corrected.body_id:
        body = get_or_raise(session, Body, corrected.body_id, translate("Committees", "Body"))
        raise ConflictError(
            translate(
                "Meetings",
                "{meeting} is not a meeting of {body}; record the correction in a later meeting of that "
                "body.",
            ).format(meeting=describe(meeting), body=body.name)
        )
    if corrected.body_id is None and meeting.office_id != corrected.office_id:
        office = get_or_raise(session, Office, corrected.office_id, translate("Offices", "Office"))
        raise ConflictError(
            translate(
                "Meetings",
                "{meeting} is not convened by {office}; record the correction in a later meeting of that "
                "office.",
            ).format(meeting=describe(meeting), office=office.name)
        )
    if meeting.meeting_date <= corrected.meeting_date:
        raise ConflictError(
            translate(
                "Meetings", "{meeting} is not after {corrected}; a correction is recorded in a later meeting."
            ).format(meeting=describe(meeting), corrected=describe(corrected))
        )
    if meeting.status in LOCKED_STATUSES:
        raise ConflictError(
            translate(
                "Meetings",
                "The minutes of {meeting} are approved as well; record the correction in a meeting whose "
                "minutes are still open.",
            ).format(meeting=describe(meeting))
        )
    if meeting.status == "cancelled":
        raise ConflictError(
            translate(
                "Meetings", "{meeting} was cancelled; record the correction in a meeting that takes place."
            ).format(meeting=describe(meeting))
        )


def delete_correction(db: Database, correction_id: int) -> None:
    """Remove a correction recorded by mistake, while the meeting it is recorded in is open."""
    with db.transaction() as session:
        correction = get_or_raise(
            session, MinutesCorrection, correction_id, translate("Meetings", "Correction")
        )
        ensure_open(
            get_or_raise(
                session, Meeting, correction.recorded_in_meeting_id, translate("Meetings", "Meeting")
            )
        )
        session.delete(correction)


def corrections_of(db: Database, meeting_id: int) -> tuple[CorrectionRow, ...]:
    """Corrections made to the meeting's approved minutes, in the order they were recorded."""
    with db.reading() as session:
        return correction_rows(session, corrected_id=meeting_id)


def corrections_recorded_in(db: Database, meeting_id: int) -> tuple[CorrectionRow, ...]:
    """Corrections to earlier minutes recorded in this meeting."""
    with db.reading() as session:
        return correction_rows(session, recorded_in_id=meeting_id)
