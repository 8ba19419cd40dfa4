"""Reading cell values the way offices type them: dates day first, numbers with notes, codes.

The vectorised helpers work on whole pandas columns of text and parse each *distinct* value once:
a million-row file has only a few hundred distinct grades, genders or dates, so messy values cost
almost nothing while the common case stays a pandas operation.
"""

from __future__ import annotations

import calendar as stdlib_calendar
import re
from collections.abc import Callable
from datetime import date, datetime, time
from typing import TypeVar

import pandas as pd

from desktop.documents.spreadsheet_cells import FORMULA_STARTS
from desktop.services.calendar.working_days import month_text
from desktop.services.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.text import clean

# What a date cell should hold, translated where it is named (translate("Imports", EXPECTED_DATE)).
EXPECTED_DATE = QT_TRANSLATE_NOOP(
    "Imports",
    "a date written as DD/MM/YYYY, DD.MM.YYYY, DD-MM-YYYY, YYYY-MM-DD, 15 August 2026 or 15-Aug-2026, "
    "or an Excel date cell",
)
FIRST_YEAR, LAST_YEAR = 1900, 2200
# Cells that mean "no value": left blank, not an error, in an optional field.
MISSING_MARKERS = frozenset({"", "na", "n/a", "n.a.", "nil", "-", "--", "—", "–", "null", "none", "nan"})
# Kannada and Devanagari digits read as 0-9; [0-9] below, never \d, which matches other scripts too.
NATIVE_DIGITS = str.maketrans("೦೧೨೩೪೫೬೭೮೯०१२३४५६७८९", "01234567890123456789")
_DAY_FIRST = re.compile(r"([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]+)")
_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_WORDY = re.compile(r"([0-9]{1,2})(?:st|nd|rd|th)?[\s,.-]*([a-z]+)\.?[\s,.-]*([0-9]+)")
_MONTHS = {name.lower(): number for number, name in enumerate(stdlib_calendar.month_name) if number}
_MONTHS.update({name.lower(): number for number, name in enumerate(stdlib_calendar.month_abbr) if number})
_MONTHS["sept"] = 9


def _calendar_date(year: int, month: int, day: int) -> tuple[date | None, str, str]:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return (
            None,
            translate("Imports", "has the year {year}").format(year=year),
            translate("Imports", "a year from {first} to {last}").format(first=FIRST_YEAR, last=LAST_YEAR),
        )
    if not 1 <= month <= 12:
        return (
            None,
            translate("Imports", "has no month {month} (dates are read day first)").format(month=month),
            translate("Imports", EXPECTED_DATE),
        )
    days = stdlib_calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        month_name = month_text(year, month)
        return (
            None,
            translate("Imports", "is not a date in the calendar: {month} has {days} days").format(
                month=month_name, days=days
            ),
            translate("Imports", "a day that exists"),
        )
    return date(year, month, day), "", ""


def parse_date(value: object) -> tuple[date | None, str, str]:
    """The date in a cell, or None with why not and what was expected."""
    if isinstance(value, datetime):
        return value.date(), "", ""
    if isinstance(value, date):
        return value, "", ""
    if isinstance(value, time):
        return None, translate("Imports", "is a time of day, not a date"), translate("Imports", EXPECTED_DATE)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return None, translate("Imports", "is a number, not a date"), translate("Imports", EXPECTED_DATE)
    text = clean(str(value)).translate(NATIVE_DIGITS).lower()
    if match := _ISO.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
        return _calendar_date(year, month, day)
    if match := _DAY_FIRST.fullmatch(text):
        day, month, year_text = int(match.group(1)), int(match.group(3)), match.group(4)
    elif (match := _WORDY.fullmatch(text)) and match.group(2) in _MONTHS:
        day, month, year_text = int(match.group(1)), _MONTHS[match.group(2)], match.group(3)
    else:
        return (
            None,
            translate("Imports", "is not a date in a format this import reads"),
            translate("Imports", EXPECTED_DATE),
        )
    if len(year_text) == 2:
        return (
            None,
            translate("Imports", "has a 2-digit year"),
            translate("Imports", "the year in 4 digits, e.g. 15/08/2026"),
        )
    if len(year_text) != 4:
        return (
            None,
            translate("Imports", "is not a date in a format this import reads"),
            translate("Imports", EXPECTED_DATE),
        )
    return _calendar_date(int(year_text), month, day)


T = TypeVar("T")


def is_missing(text: str) -> bool:
    """A cell left blank or marked as not available ("NA", "-", "nil")."""
    return clean(text).casefold() in MISSING_MARKERS


def parse_distinct(column: pd.Series, parse: Callable[[str], T | None]) -> pd.Series:
    """``parse`` applied to each distinct value of a text column once; None where it fails."""
    distinct = column.unique()
    parsed = {value: parse(value) for value in distinct}
    return column.map(parsed)


def parse_number(text: str) -> float | None:
    """A number typed in a cell ("1,234", "45.5", "೪೫"), or None when it is not one."""
    cleaned = clean(text).translate(NATIVE_DIGITS).replace(",", "")
    if not cleaned or not re.fullmatch(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?", cleaned):
        return None
    return float(cleaned)


def numbers(column: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series]:
    """(values as float, cells marked missing, cells that are neither a number nor missing)."""
    values = pd.to_numeric(column, errors="coerce")
    failed = values.isna()
    if failed.any():
        # Only the cells pandas could not read go through the careful parser.
        values = values.astype("float64")
        values[failed] = parse_distinct(column[failed], parse_number).astype("float64")
    missing = values.isna() & parse_distinct(column, is_missing).astype(bool)
    wrong = values.isna() & ~missing
    return values, missing, wrong


def cell_text(value: object) -> str:
    """A spreadsheet cell as the text an office typed: whole numbers without ".0", dates ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


# What documents.spreadsheet_cells.safe_text puts an apostrophe before, with that apostrophe.
FORMULA_GUARD_STARTS = tuple("'" + start for start in FORMULA_STARTS if start.isprintable())


def unguard(column: pd.Series) -> pd.Series:
    """Text cells without the apostrophe a spreadsheet export puts before a leading =, +, - or @
    (so the cell never runs as a formula); other cells as they are."""
    # One join finds out whether any cell starts with an apostrophe: 30 ms for a million cells,
    # where a per-cell test takes 100 ms or more, and almost every column has none.
    joined = "\x00".join(column.tolist())
    if not (joined.startswith("'") or "\x00'" in joined):
        return column
    guarded = column.str.startswith(FORMULA_GUARD_STARTS)
    return column.where(~guarded, column.str[1:])
