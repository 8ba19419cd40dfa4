"""The fixed words of meetings: statuses, attendance, action items, the 2-4-6-8 days."""

from __future__ import annotations

from desktop.services.i18n import QT_TRANSLATE_NOOP

# Kept in English in the database and on paper; the interface shows them with translate("Meetings",
# ...), or translate("ActionItems", ...) for the action items' statuses.

MEETING_STATUSES: dict[str, str] = {
    "scheduled": QT_TRANSLATE_NOOP("Meetings", "Scheduled"),
    "held": QT_TRANSLATE_NOOP("Meetings", "Held"),
    "minutes_drafted": QT_TRANSLATE_NOOP("Meetings", "Minutes drafted"),
    "minutes_approved": QT_TRANSLATE_NOOP("Meetings", "Minutes approved"),
    "cancelled": QT_TRANSLATE_NOOP("Meetings", "Cancelled"),
}
# Once approved, minutes change only through a correction recorded in a later meeting.
LOCKED_STATUSES = frozenset({"minutes_approved"})

ATTENDANCE_STATUSES: dict[str, str] = {
    "present": QT_TRANSLATE_NOOP("Meetings", "Present"),
    "absent": QT_TRANSLATE_NOOP("Meetings", "Absent"),
    "represented": QT_TRANSLATE_NOOP("Meetings", "Represented"),
}

ACTION_STATUSES: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("ActionItems", "Open"),
    "done": QT_TRANSLATE_NOOP("ActionItems", "Done"),
    "dropped": QT_TRANSLATE_NOOP("ActionItems", "Dropped"),
}

AGENDA_KINDS: dict[str, str] = {
    "regular": "Item",
    "previous_review": "Confirmation of previous minutes and review of action items",
}

# Tumkur's 2-4-6-8 model: the working day of the month on which each level reviews.
CADENCE_WORKING_DAY: dict[str, int] = {"school": 2, "cluster": 4, "block": 6, "district": 8}
