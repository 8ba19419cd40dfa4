"""The fixed words of meetings: statuses, attendance, action items, the 2-4-6-8 days."""

from __future__ import annotations

MEETING_STATUSES: dict[str, str] = {
    "scheduled": "Scheduled",
    "held": "Held",
    "minutes_drafted": "Minutes drafted",
    "minutes_approved": "Minutes approved",
    "cancelled": "Cancelled",
}
# Once approved, minutes change only through a correction recorded in a later meeting.
LOCKED_STATUSES = frozenset({"minutes_approved"})

ATTENDANCE_STATUSES: dict[str, str] = {
    "present": "Present",
    "absent": "Absent",
    "represented": "Represented",
}

ACTION_STATUSES: dict[str, str] = {"open": "Open", "done": "Done", "dropped": "Dropped"}

AGENDA_KINDS: dict[str, str] = {
    "regular": "Item",
    "previous_review": "Confirmation of previous minutes and review of action items",
}

# Tumkur's 2-4-6-8 model: the working day of the month on which each level reviews.
CADENCE_WORKING_DAY: dict[str, int] = {"school": 2, "cluster": 4, "block": 6, "district": 8}
