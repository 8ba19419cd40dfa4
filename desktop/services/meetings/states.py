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
from desktop.services.i18n import translate
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
    return translate("Meetings", "{meeting} on {day}").format(
        meeting=meeting.title, day=indian_date(meeting.meeting_date)
    )


def status_word(status: str) -> str:
    """A status's word inside a sentence, in the interface's language ("held")."""
    return translate("Meetings", MEETING_STATUSES[status]).lower()


def check_move(meeting: Meeting, target: str) -> None:
    """Refuse a step that :data:`TRANSITIONS` does not allow, naming both states."""
    if target not in TRANSITIONS[meeting.status]:
        now = status_word(meeting.status)
        allowed = ", ".join(status_word(s) for s in TRANSITIONS[meeting.status])
        message = translate(
            "Meetings",
            "{meeting} is {status}; it cannot become {target} (from {status} it can become: {allowed}).",
        )
        raise ConflictError(
            message.format(
                meeting=describe(meeting),
                status=now,
                target=status_word(target),
                allowed=allowed or translate("Meetings", "nothing else"),
            )
        )


def move(meeting: Meeting, target: str) -> None:
    check_move(meeting, target)
    meeting.status = target


def locked_message(meeting: Meeting, record: str | None = None) -> str:
    """Why nothing more is recorded in a meeting whose minutes are approved, and where ``record``
    (what the user was recording, a noun phrase in the interface's language; "a correction" if
    not given) goes instead."""
    if meeting.body_id is not None:
        later = translate("Meetings", "the next meeting of the body")
    else:
        later = translate("Meetings", "a later meeting")
    if meeting.minutes_approved_on:
        message = translate(
            "Meetings",
            "The minutes of {meeting} were approved on {day} and are locked. Record {record} in {later}.",
        )
    else:
        message = translate(
            "Meetings", "The minutes of {meeting} were approved and are locked. Record {record} in {later}."
        )
    return message.format(
        meeting=meeting.title,
        day=indian_date(meeting.minutes_approved_on) if meeting.minutes_approved_on else "",
        record=record or translate("Meetings", "a correction"),
        later=later,
    )


def ensure_open(meeting: Meeting, record: str | None = None) -> None:
    """Refuse any change to a meeting whose minutes are approved, or that was cancelled.
    ``record`` names what the user was recording, for the advice on where it goes instead."""
    if meeting.status in LOCKED_STATUSES:
        raise MinutesLockedError(locked_message(meeting, record))
    if meeting.status == "cancelled":
        message = translate("Meetings", "{meeting} was cancelled ({reason}); it can no longer be changed.")
        raise ConflictError(message.format(meeting=describe(meeting), reason=meeting.cancel_reason))


def mark_held_if_due(meeting: Meeting, today: date, what: str) -> None:
    """A scheduled meeting whose day has come becomes held; ``what`` ("minutes" or "attendance")
    is being recorded for it."""
    if meeting.status == "scheduled":
        if today < meeting.meeting_date:
            if what == "minutes":
                message = translate(
                    "Meetings", "{meeting} is still to come; its minutes can be recorded from that day."
                )
            else:
                message = translate(
                    "Meetings", "{meeting} is still to come; its attendance can be recorded from that day."
                )
            raise ConflictError(message.format(meeting=describe(meeting)))
        move(meeting, "held")
