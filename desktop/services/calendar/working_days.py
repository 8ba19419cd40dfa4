"""Working-day arithmetic for one office: weekly offs, the 2nd / 4th Saturdays, and holidays."""

from __future__ import annotations

import calendar as stdlib_calendar
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Holiday, OfficeCalendar
from desktop.services.i18n import QT_TRANSLATE_NOOP, translate

SATURDAY = 5
DEFAULT_WEEKLY_OFFS: tuple[int, ...] = (6,)  # Sunday
DEFAULT_OFF_SATURDAYS: tuple[int, ...] = (2, 4)
_ORDINALS = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 5: "5th"}
# The reasons day_off_reason gives besides a holiday's name: kept in English (the code compares
# them), translated where shown with translate("Calendar", reason); a holiday's name stays as typed.
DAY_OFF_WORDS = (
    QT_TRANSLATE_NOOP("Calendar", "Monday"),
    QT_TRANSLATE_NOOP("Calendar", "Tuesday"),
    QT_TRANSLATE_NOOP("Calendar", "Wednesday"),
    QT_TRANSLATE_NOOP("Calendar", "Thursday"),
    QT_TRANSLATE_NOOP("Calendar", "Friday"),
    QT_TRANSLATE_NOOP("Calendar", "Saturday"),
    QT_TRANSLATE_NOOP("Calendar", "Sunday"),
    QT_TRANSLATE_NOOP("Calendar", "1st Saturday"),
    QT_TRANSLATE_NOOP("Calendar", "2nd Saturday"),
    QT_TRANSLATE_NOOP("Calendar", "3rd Saturday"),
    QT_TRANSLATE_NOOP("Calendar", "4th Saturday"),
    QT_TRANSLATE_NOOP("Calendar", "5th Saturday"),
)
MONTHS = (
    QT_TRANSLATE_NOOP("Calendar", "January"),
    QT_TRANSLATE_NOOP("Calendar", "February"),
    QT_TRANSLATE_NOOP("Calendar", "March"),
    QT_TRANSLATE_NOOP("Calendar", "April"),
    QT_TRANSLATE_NOOP("Calendar", "May"),
    QT_TRANSLATE_NOOP("Calendar", "June"),
    QT_TRANSLATE_NOOP("Calendar", "July"),
    QT_TRANSLATE_NOOP("Calendar", "August"),
    QT_TRANSLATE_NOOP("Calendar", "September"),
    QT_TRANSLATE_NOOP("Calendar", "October"),
    QT_TRANSLATE_NOOP("Calendar", "November"),
    QT_TRANSLATE_NOOP("Calendar", "December"),
)


def ordinal(number: int) -> str:
    """ "2nd", in English: for what is stored and compared (a day off's reason, a body's purpose)."""
    return _ORDINALS.get(number, f"{number}th")


def weekday_text(day: int) -> str:
    """The weekday (0 is Monday) in the interface's language."""
    return translate("Calendar", stdlib_calendar.day_name[day])


def month_text(year: int, month: int) -> str:
    """ "December 2026" in the interface's language."""
    return translate("Calendar", "{month} {year}").format(
        month=translate("Calendar", MONTHS[month - 1]), year=year
    )


@dataclass(frozen=True)
class WorkingCalendar:
    """Which days an office works. ``holidays`` maps a date to the holiday's name."""

    weekly_offs: frozenset[int] = frozenset(DEFAULT_WEEKLY_OFFS)
    off_saturdays: frozenset[int] = frozenset(DEFAULT_OFF_SATURDAYS)
    holidays: Mapping[date, str] = field(default_factory=dict)

    def day_off_reason(self, day: date) -> str | None:
        """Why ``day`` is not a working day ("Sunday", "2nd Saturday", a holiday's name), or None."""
        if day in self.holidays:
            return self.holidays[day]
        weekday = day.weekday()
        if weekday in self.weekly_offs:
            return stdlib_calendar.day_name[weekday]
        if weekday == SATURDAY:
            nth = (day.day - 1) // 7 + 1
            if nth in self.off_saturdays:
                return f"{ordinal(nth)} Saturday"
        return None

    def is_working_day(self, day: date) -> bool:
        return self.day_off_reason(day) is None

    def working_days(self, year: int, month: int) -> list[date]:
        """Every working day of the month, in order."""
        days_in_month = stdlib_calendar.monthrange(year, month)[1]
        first = date(year, month, 1)
        days = (first + timedelta(days=offset) for offset in range(days_in_month))
        return [day for day in days if self.is_working_day(day)]

    def nth_working_day(self, year: int, month: int, n: int) -> date | None:
        """The ``n``-th working day of the month (1-based), or None if the month has fewer."""
        days = self.working_days(year, month)
        return days[n - 1] if 1 <= n <= len(days) else None


def calendar_for(session: Session, office_id: int) -> WorkingCalendar:
    """The office's calendar as saved, or the common one (Sundays, 2nd and 4th Saturdays off)."""
    settings = session.get(OfficeCalendar, office_id)
    holidays = dict(
        session.execute(select(Holiday.on_date, Holiday.name).where(Holiday.office_id == office_id)).all()
    )
    if settings is None:
        return WorkingCalendar(holidays=holidays)
    return WorkingCalendar(
        weekly_offs=frozenset(settings.weekly_offs),
        off_saturdays=frozenset(settings.off_saturdays),
        holidays=holidays,
    )
