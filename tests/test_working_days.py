"""Working-day arithmetic (weekly offs, 2nd / 4th Saturdays, holidays) and an office's calendar
settings."""

from __future__ import annotations

from datetime import date

import pytest

from db.models import Holiday, Office
from desktop.services.calendar.settings import (
    CalendarSettings,
    get_calendar_settings,
    save_calendar_settings,
)
from desktop.services.calendar.working_days import WorkingCalendar, calendar_for
from desktop.services.database import Database
from desktop.services.errors import NotFoundError, ValidationError

COMMON = WorkingCalendar()  # Sundays, 2nd and 4th Saturdays off
ALL_SATURDAYS_OFF = WorkingCalendar(weekly_offs=frozenset({5, 6}), off_saturdays=frozenset())


def _office(db: Database, name: str = "Office of the DDPI, Tumakuru", code: str = "DDPI/TMK") -> int:
    with db.transaction() as session:
        office = Office(name=name, kind="DDPI", office_code=code)
        session.add(office)
        session.flush()
        return office.id


def test_december_2026_in_the_common_calendar() -> None:
    days = COMMON.working_days(2026, 12)
    # 31 days less Sundays 6, 13, 20, 27 and the 2nd and 4th Saturdays 12 and 26.
    assert len(days) == 25
    assert days[:9] == [date(2026, 12, d) for d in (1, 2, 3, 4, 5, 7, 8, 9, 10)]
    assert date(2026, 12, 5) in days  # the 1st Saturday is worked
    assert COMMON.day_off_reason(date(2026, 12, 12)) == "2nd Saturday"
    assert COMMON.day_off_reason(date(2026, 12, 26)) == "4th Saturday"
    assert COMMON.day_off_reason(date(2026, 12, 19)) is None  # 3rd Saturday
    assert COMMON.day_off_reason(date(2026, 12, 13)) == "Sunday"


def test_holidays_shift_the_nth_working_day() -> None:
    plain = [COMMON.nth_working_day(2026, 10, n) for n in (2, 4, 6, 8)]
    assert plain == [date(2026, 10, 2), date(2026, 10, 5), date(2026, 10, 7), date(2026, 10, 9)]
    gandhi = WorkingCalendar(holidays={date(2026, 10, 2): "Gandhi Jayanti"})
    shifted = [gandhi.nth_working_day(2026, 10, n) for n in (2, 4, 6, 8)]
    # 3 October is the 1st Saturday (worked); 10 October the 2nd (off).
    assert shifted == [date(2026, 10, 3), date(2026, 10, 6), date(2026, 10, 8), date(2026, 10, 12)]
    assert gandhi.day_off_reason(date(2026, 10, 2)) == "Gandhi Jayanti"
    # A holiday on a day off anyway is reported by its name.
    sunday_holiday = WorkingCalendar(holidays={date(2026, 10, 4): "Local festival"})
    assert sunday_holiday.day_off_reason(date(2026, 10, 4)) == "Local festival"


def test_across_months_the_count_restarts_on_the_first() -> None:
    with_holidays = WorkingCalendar(
        holidays={date(2026, 12, 25): "Christmas", date(2027, 1, 26): "Republic Day"}
    )
    assert len(with_holidays.working_days(2026, 12)) == 24
    assert with_holidays.working_days(2026, 12)[-1] == date(2026, 12, 31)
    assert with_holidays.nth_working_day(2027, 1, 1) == date(2027, 1, 1)
    # 2 January is the 1st Saturday, 9 January the 2nd (off).
    assert with_holidays.nth_working_day(2027, 1, 8) == date(2027, 1, 11)
    # February 2027: 28 days, 4 Sundays, 2 Saturdays off.
    assert len(with_holidays.working_days(2027, 2)) == 22
    assert with_holidays.nth_working_day(2027, 2, 23) is None
    assert with_holidays.nth_working_day(2027, 2, 0) is None


def test_month_starting_on_a_saturday() -> None:
    # 1 August 2026 is a Saturday (the 1st), 8 August the 2nd Saturday.
    assert COMMON.working_days(2026, 8)[:8] == [date(2026, 8, d) for d in (1, 3, 4, 5, 6, 7, 10, 11)]
    may_day = WorkingCalendar(holidays={date(2027, 5, 1): "May Day"})
    assert may_day.nth_working_day(2027, 5, 1) == date(2027, 5, 3)


def test_month_starting_on_a_sunday() -> None:
    # 1 November 2026 is a Sunday; 7 November the 1st Saturday, 14 the 2nd.
    assert [COMMON.nth_working_day(2026, 11, n) for n in (2, 4, 6, 8)] == [
        date(2026, 11, 3),
        date(2026, 11, 5),
        date(2026, 11, 7),
        date(2026, 11, 10),
    ]


def test_a_state_with_every_saturday_off() -> None:
    assert [ALL_SATURDAYS_OFF.nth_working_day(2026, 8, n) for n in (2, 4, 6, 8)] == [
        date(2026, 8, 4),
        date(2026, 8, 6),
        date(2026, 8, 10),
        date(2026, 8, 12),
    ]
    assert ALL_SATURDAYS_OFF.day_off_reason(date(2026, 8, 1)) == "Saturday"
    assert len(ALL_SATURDAYS_OFF.working_days(2026, 8)) == 21


def test_fifth_saturdays() -> None:
    # 29 August and 31 October 2026 are 5th Saturdays: worked in the common calendar.
    assert COMMON.is_working_day(date(2026, 8, 29))
    assert COMMON.is_working_day(date(2026, 10, 31))
    odd = WorkingCalendar(off_saturdays=frozenset({1, 3, 5}))
    assert odd.day_off_reason(date(2026, 8, 29)) == "5th Saturday"
    assert odd.day_off_reason(date(2026, 8, 1)) == "1st Saturday"
    assert odd.is_working_day(date(2026, 8, 8))


def test_calendar_for_reads_the_office_settings_and_only_its_holidays(db: Database) -> None:
    office, other = _office(db), _office(db, "Office of the BEO, Gubbi", "BEO/GUB")
    save_calendar_settings(db, office, CalendarSettings(weekly_offs=(6, 5), off_saturdays=()))
    with db.transaction() as session:
        session.add(Holiday(office_id=office, on_date=date(2026, 10, 2), name="Gandhi Jayanti"))
        session.add(Holiday(office_id=other, on_date=date(2026, 10, 20), name="Vijayadashami"))
    with db.reading() as session:
        mine, theirs = calendar_for(session, office), calendar_for(session, other)
    assert mine.weekly_offs == frozenset({5, 6})
    assert dict(mine.holidays) == {date(2026, 10, 2): "Gandhi Jayanti"}
    assert theirs == WorkingCalendar(holidays={date(2026, 10, 20): "Vijayadashami"})
    assert mine.nth_working_day(2026, 10, 2) == date(2026, 10, 5)


def test_settings_default_then_saved(db: Database) -> None:
    office = _office(db)
    assert get_calendar_settings(db, office) == CalendarSettings((6,), (2, 4))
    assert get_calendar_settings(db, office).describe() == "Sunday; 2nd and 4th Saturdays"
    saved = save_calendar_settings(db, office, CalendarSettings(weekly_offs=(6, 5, 6), off_saturdays=(4, 2)))
    assert saved == CalendarSettings((5, 6), (2, 4))
    assert get_calendar_settings(db, office) == saved
    assert saved.describe() == "Saturday; Sunday"
    save_calendar_settings(db, office, CalendarSettings(weekly_offs=(6,), off_saturdays=(2,)))
    assert get_calendar_settings(db, office).describe() == "Sunday; 2nd Saturday"


@pytest.mark.parametrize(
    ("settings", "field", "words"),
    [
        (CalendarSettings((7,), (2, 4)), "weekly_offs", "0 (Monday) to 6 (Sunday), not 7"),
        (CalendarSettings((6,), (0, 6)), "off_saturdays", "1st to 5th in the month, not 0, 6"),
        (CalendarSettings(tuple(range(7)), ()), "weekly_offs", "no working day at all"),
        # Only Saturday left, and some Saturdays are off: those weeks have no working day.
        (CalendarSettings((0, 1, 2, 3, 4, 6), (2,)), "weekly_offs", "no working day at all"),
    ],
)
def test_settings_are_checked(db: Database, settings: CalendarSettings, field: str, words: str) -> None:
    office = _office(db)
    with pytest.raises(ValidationError) as error:
        save_calendar_settings(db, office, settings)
    assert words in error.value.field_errors[field]
    assert get_calendar_settings(db, office) == CalendarSettings()


def test_only_saturdays_worked_every_week_is_allowed(db: Database) -> None:
    office = _office(db)
    saved = save_calendar_settings(db, office, CalendarSettings((0, 1, 2, 3, 4, 6), ()))
    assert saved.weekly_offs == (0, 1, 2, 3, 4, 6)


def test_settings_of_a_missing_office(db: Database) -> None:
    with pytest.raises(NotFoundError, match="Office #999 no longer exists"):
        save_calendar_settings(db, 999, CalendarSettings())
    with pytest.raises(NotFoundError):
        get_calendar_settings(db, 999)
