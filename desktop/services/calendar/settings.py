"""Which days an office does not work: its weekly offs and which Saturdays of the month are off."""

from __future__ import annotations

from dataclasses import dataclass

from db.models import Office, OfficeCalendar
from desktop.services.calendar.working_days import (
    DEFAULT_OFF_SATURDAYS,
    DEFAULT_WEEKLY_OFFS,
    SATURDAY,
    weekday_text,
)
from desktop.services.database import Database
from desktop.services.i18n import and_list, ordinal_text, plural, translate
from desktop.services.records import get_or_raise
from desktop.services.validation import FieldErrors

SATURDAYS_IN_MONTH = range(1, 6)


@dataclass(frozen=True)
class CalendarSettings:
    """``weekly_offs``: weekday numbers, Monday 0 … Sunday 6; ``off_saturdays``: 1st … 5th."""

    weekly_offs: tuple[int, ...] = DEFAULT_WEEKLY_OFFS
    off_saturdays: tuple[int, ...] = DEFAULT_OFF_SATURDAYS

    def describe(self) -> str:
        """In words, in the interface's language, e.g. "Sunday; 2nd and 4th Saturdays"."""
        parts = [weekday_text(day) for day in self.weekly_offs]
        if SATURDAY not in self.weekly_offs and self.off_saturdays:
            nths = and_list([ordinal_text(nth) for nth in self.off_saturdays])
            saturdays = plural(
                len(self.off_saturdays),
                translate("Calendar", "{nth} Saturday"),
                translate("Calendar", "{nth} Saturdays"),
            )
            parts.append(saturdays.format(nth=nths))
        return "; ".join(parts) if parts else translate("Calendar", "no weekly offs")


def get_calendar_settings(db: Database, office_id: int) -> CalendarSettings:
    """The office's saved settings, or the common ones (Sundays, 2nd and 4th Saturdays off)."""
    with db.reading() as session:
        get_or_raise(session, Office, office_id, translate("Offices", "Office"))
        saved = session.get(OfficeCalendar, office_id)
        if saved is None:
            return CalendarSettings()
        return CalendarSettings(tuple(sorted(saved.weekly_offs)), tuple(sorted(saved.off_saturdays)))


def _checked(settings: CalendarSettings) -> CalendarSettings:
    errors = FieldErrors()
    weekly_offs = tuple(sorted(set(settings.weekly_offs)))
    off_saturdays = tuple(sorted(set(settings.off_saturdays)))
    # bool is an int in Python; True as a weekday is a caller's mistake, not Tuesday.
    bad_days = [day for day in weekly_offs if isinstance(day, bool) or day not in range(7)]
    if bad_days:
        errors.add(
            "weekly_offs",
            translate(
                "Calendar", "Weekly offs must be weekdays numbered 0 (Monday) to 6 (Sunday), not {values}."
            ).format(values=", ".join(map(str, bad_days))),
        )
    bad_saturdays = [nth for nth in off_saturdays if isinstance(nth, bool) or nth not in SATURDAYS_IN_MONTH]
    if bad_saturdays:
        errors.add(
            "off_saturdays",
            translate("Calendar", "Saturdays off are counted 1st to 5th in the month, not {values}.").format(
                values=", ".join(map(str, bad_saturdays))
            ),
        )
    if not errors.errors:
        # A Saturday that is off in some weeks does not keep every week working.
        every_week = [
            day for day in range(7) if day not in weekly_offs and (day != SATURDAY or not off_saturdays)
        ]
        if not every_week:
            errors.add(
                "weekly_offs",
                translate(
                    "Calendar",
                    "With these days off some weeks would have no working day at all; keep at least one "
                    "weekday working every week.",
                ),
            )
    errors.raise_if_any()
    return CalendarSettings(weekly_offs, off_saturdays)


def save_calendar_settings(db: Database, office_id: int, settings: CalendarSettings) -> CalendarSettings:
    """Save the office's weekly offs and Saturdays off; returns them as stored."""
    checked = _checked(settings)
    with db.transaction() as session:
        get_or_raise(session, Office, office_id, translate("Offices", "Office"))
        saved = session.get(OfficeCalendar, office_id)
        if saved is None:
            saved = OfficeCalendar(office_id=office_id)
            session.add(saved)
        saved.weekly_offs = list(checked.weekly_offs)
        saved.off_saturdays = list(checked.off_saturdays)
    return checked
