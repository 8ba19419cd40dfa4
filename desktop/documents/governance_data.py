"""What the printed committee documents show, as plain values: the members' contact sheet of a
body, the minutes of a meeting and the action-item status report.

The committee and meeting services build these from the database; the renderers
(:mod:`desktop.documents.contact_sheet`, :mod:`desktop.documents.minutes_document`,
:mod:`desktop.documents.action_report`) only lay them out. Text fields are printed as given, in
any of the engine's scripts; fields documented as codes take the codes of the committee and
meeting vocabularies.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from desktop.documents.letterhead import Letterhead

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


# --- the body ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BodyHeading:
    """How a body is named at the head of its documents."""

    name: str  # "District Task Force"
    kind: str  # as printed: "District Task Force", or the custom kind in words
    level: str  # as printed: "District"
    unit: str  # as printed: "Uttara Kannada district"
    name_local: str | None = None  # printed under the name
    constituting_order: str | None = None  # the order's number, as printed on it


@dataclass(frozen=True)
class MemberLine:
    """One row of the contact sheet."""

    name: str
    role: str  # as printed: "Member secretary"
    name_local: str | None = None  # printed under the name
    representing: str | None = None  # the office or organisation the member speaks for
    designation: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class ContactSheet:
    letterhead: Letterhead
    body: BodyHeading
    as_on: date
    members: tuple[MemberLine, ...]  # printed in this order


# --- the minutes ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Attendee:
    """Someone at (or missing from) the meeting.

    ``status`` is "present", "represented" or "absent" for members (the codes of
    ``ATTENDANCE_STATUSES``), and "guest" for anyone invited who is not a member.
    """

    name: str
    status: str
    designation: str | None = None
    role: str | None = None  # the member's role on the body, as printed: "Chair"
    represented_by: str | None = None  # "Sri Mohan Rao, RCH Officer"


@dataclass(frozen=True)
class AgendaEntry:
    """One item of the agenda with what was said and decided on it."""

    title: str
    discussion: str | None = None  # paragraphs separated by line breaks
    decisions: str | None = None  # one decision a line; several lines print as a bulleted list
    presenter: str | None = None


@dataclass(frozen=True)
class Correction:
    """A correction to approved minutes of an earlier meeting, recorded in this one."""

    corrected_meeting_date: date
    text: str
    item: int | None = None  # the agenda item (1-based, as numbered) it was recorded under


@dataclass(frozen=True)
class RaisedAction:
    """An action item raised in this meeting."""

    description: str
    owner: str
    due_date: date


@dataclass(frozen=True)
class ReviewedAction:
    """An action item of an earlier meeting, carried forward to or reviewed in this one."""

    description: str
    owner: str
    due_date: date
    status: str  # a code of ACTION_STATUSES: "open", "done", "dropped"
    raised_in: str  # where it came from: the body or meeting that raised it
    raised_on: date
    overdue_days: int = 0  # days past its due date as the service counts them; 0 when not overdue
    note: str | None = None  # what this meeting recorded about it


@dataclass(frozen=True)
class SignatureLine:
    role: str  # "Chair", "Member secretary"
    name: str | None = None  # None: a blank line to sign and name by hand
    designation: str | None = None


@dataclass(frozen=True)
class Minutes:
    letterhead: Letterhead
    title: str  # the meeting's title
    meeting_date: date
    body: BodyHeading | None = None  # None for a meeting of no standing body
    start_time: time | None = None
    end_time: time | None = None
    venue: str | None = None
    chair: str | None = None  # "Smt. Savitha K. Patil, Deputy Commissioner"
    attendees: tuple[Attendee, ...] = ()  # members in the order to list them, and guests
    agenda: tuple[AgendaEntry, ...] = ()
    corrections: tuple[Correction, ...] = ()
    raised: tuple[RaisedAction, ...] = ()
    reviewed: tuple[ReviewedAction, ...] = ()
    approved_on: date | None = None  # None: draft minutes, marked DRAFT on every page
    approved_by: str | None = None
    signatures: tuple[SignatureLine, ...] = (SignatureLine("Chair"), SignatureLine("Member secretary"))

    @property
    def approved(self) -> bool:
        return self.approved_on is not None


# --- the action-item report ----------------------------------------------------------------------


@dataclass(frozen=True)
class ActionLine:
    """One action item in the status report."""

    description: str
    owner: str
    body: str  # the body following it up (or the meeting's title when it has no body)
    level: str  # a code of LEVELS: "district", "block", "cluster", "school"
    unit: str  # as printed: "Bhatkal block"
    raised_on: date  # the date of the meeting that raised it
    due_date: date
    status: str  # a code of ACTION_STATUSES: "open", "done", "dropped"
    overdue_days: int = 0  # days past its due date as the service counts them; 0 when not overdue
    note: str | None = None  # the latest review remark

    @property
    def overdue(self) -> bool:
        return self.status == "open" and self.overdue_days > 0


@dataclass(frozen=True)
class ActionReport:
    """Every action item the filters select, of any status: the summaries count them all, the
    detailed list shows the open ones in this order."""

    letterhead: Letterhead
    as_on: date
    items: tuple[ActionLine, ...]
    filters: str = ""  # what the report was narrowed to, in words; "" for everything


# --- words shared by the documents ---------------------------------------------------------------


def long_date(value: date) -> str:
    """ "23 November 2026", as titles write a date (tables use :func:`indian_date`)."""
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def weekday(value: date) -> str:
    return _WEEKDAYS[value.weekday()]


def clock(value: time) -> str:
    """ "11:00 AM", "2:30 PM"."""
    hour = value.hour % 12 or 12
    return f"{hour}:{value.minute:02d} {'AM' if value.hour < 12 else 'PM'}"


def overdue_words(days: int) -> str:
    return f"overdue by {days} day{'' if days == 1 else 's'}"
