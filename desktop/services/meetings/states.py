"""The steps of a meeting's life and the checks every change to a meeting goes through.

A meeting moves only along :data:`TRANSITIONS`; any other step is refused naming both states::

    scheduled ──▶ held ──(minutes saved)──▶ minutes drafted ──(approved)──▶ minutes approved
        │           │
        ▼           └──▶ scheduled   "undo held": only while nothing is recorded for it
    cancelled

Approved minutes are locked: the meeting, its agenda, attendance, minutes and the action items
raised in it no longer change, and whatever is to be added or put right is recorded in a later
meeting. :func:`ensure_open` gives that refusal in the same words wherever it is met. A cancelled
meeting is kept with its reason for the record and changes no more.
"""

from __future__ import annotations

from datetime import date

from db.models import Meeting
from desktop.documents.text import indian_date
from desktop.services.errors import ConflictError
from desktop.services.meetings.vocabulary import LOCKED_STATUSES, MEETING_STATUSES

TRANSITIONS: dict[str, tuple[str, ...]] = {
    "scheduled": ("held", "cancelled"),
    "held": ("minutes_drafted", "scheduled"),  # back to scheduled: marked held by mistake
    "minutes_drafted": ("minutes_approved",),
    "minutes_approved": (),
    "cancelled": (),
}
# The meeting took place: what attendance rates and follow-up count.
HELD_STATUSES = ("held", "minutes_drafted", "minutes_approved")


class MinutesLockedError(ConflictError):
    """The meeting's minutes are approved; nothing about it changes any more."""


def describe(meeting: Meeting) -> str:
    """How a meeting is named in messages: its title and date."""
    return f"{meeting.title} on {indian_date(meeting.meeting_date)}"


def status_word(status: str) -> str:
    return MEETING_STATUSES[status].lower()


def check_move(meeting: Meeting, target: str) -> None:
    """Refuse a step that :data:`TRANSITIONS` does not allow, naming both states."""
    if target not in TRANSITIONS[meeting.status]:
        now = status_word(meeting.status)
        allowed = ", ".join(status_word(s) for s in TRANSITIONS[meeting.status]) or "nothing else"
        raise ConflictError(
            f"{describe(meeting)} is {now}; it cannot become {status_word(target)} "
            f"(from {now} it can become: {allowed})."
        )


def move(meeting: Meeting, target: str) -> None:
    check_move(meeting, target)
    meeting.status = target


def locked_message(meeting: Meeting, record: str = "a correction") -> str:
    """Why nothing more is recorded in a meeting whose minutes are approved, and where ``record``
    (what the user was recording) goes instead."""
    on = f" on {indian_date(meeting.minutes_approved_on)}" if meeting.minutes_approved_on else ""
    later = "the next meeting of the body" if meeting.body_id is not None else "a later meeting"
    return f"The minutes of {meeting.title} were approved{on} and are locked. Record {record} in {later}."


def ensure_open(meeting: Meeting, record: str = "a correction") -> None:
    """Refuse any change to a meeting whose minutes are approved, or that was cancelled.
    ``record`` names what the user was recording, for the advice on where it goes instead."""
    if meeting.status in LOCKED_STATUSES:
        raise MinutesLockedError(locked_message(meeting, record))
    if meeting.status == "cancelled":
        raise ConflictError(
            f"{describe(meeting)} was cancelled ({meeting.cancel_reason}); it can no longer be changed."
        )


def mark_held_if_due(meeting: Meeting, today: date, what: str) -> None:
    """A scheduled meeting whose day has come becomes held; ``what`` is being recorded for it."""
    if meeting.status == "scheduled":
        if today < meeting.meeting_date:
            raise ConflictError(
                f"{describe(meeting)} is still to come; its {what} can be recorded from that day."
            )
        move(meeting, "held")
