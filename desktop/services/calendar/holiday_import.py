"""Importing the state's holiday list from a CSV or Excel file, all of it or nothing.

Lists arrive in many shapes: a title row above the header, English, Kannada or Hindi headers,
dates typed in several ways or stored as real Excel dates, commas or semicolons, UTF-8 or
Windows-1252. Every row is checked before anything is saved, and each problem names the file,
the row as a spreadsheet shows it, the column, the value and what was expected.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from db.models import Holiday, Office
from desktop.documents.text import indian_date
from desktop.services.calendar.holidays import NAME_MAX, HolidayInput, same_name
from desktop.services.database import Database
from desktop.services.i18n import translate
from desktop.services.imports.problems import FileProblemsError, ImportProblem
from desktop.services.imports.values import EXPECTED_DATE, parse_date
from desktop.services.records import get_or_raise
from desktop.services.text import clean

HEADER_SEARCH_ROWS = 15
HEADER_MAX = 60
# A sheet's name (None for a CSV file or a workbook of one sheet) and its rows of cell values.
Table = tuple[str | None, list[list[object]]]

# Header words. English ones must be whole words ("day" is inside "holiday"); the others are
# found anywhere in the cell, since Kannada and Devanagari vowel signs are not word characters.
DATE_WORDS = ("date", "dated", "ದಿನಾಂಕ", "ತಾರೀಖು", "ತಾರೀಕು", "दिनांक", "तारीख", "तारीख़")
# A "Day" column usually holds weekday names; it is the date column only when there is no other.
DAY_WORDS = ("day",)
NAME_WORDS = (
    "holiday",
    "holidays",
    "name",
    "occasion",
    "festival",
    "festivals",
    "description",
    "particulars",
    "ರಜೆ",
    "ಹಬ್ಬ",
    "ಹೆಸರು",
    "ವಿವರ",
    "अवकाश",
    "छुट्टी",
    "त्योहार",
    "त्यौहार",
    "पर्व",
    "नाम",
    "विवरण",
    "सुट्टी",
    "सण",
)
_LATIN_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class HolidayFile:
    """What a file holds: its holidays (``row_numbers`` gives each one's row) and its problems."""

    rows: list[HolidayInput]
    problems: list[ImportProblem]
    file_name: str = ""
    row_numbers: list[int] = field(default_factory=list)
    name_column: str | None = None
    sheet: str | None = None


@dataclass(frozen=True)
class HolidayImportReport:
    file_name: str
    added: int
    unchanged: int  # already saved with the same date and name


class HolidayImportError(FileProblemsError):
    """The file was not imported; ``problems`` holds every problem, the message the first 20."""


def _has_word(text: str, words: tuple[str, ...]) -> bool:
    latin = set(_LATIN_WORD.findall(text))
    return any(word in latin if word.isascii() else word in text for word in words)


def _header_columns(cells: list[str]) -> tuple[int, int] | None:
    """The date and name columns if this row is the header, else None."""
    # Headers are short words; a title or an order's "Date: 12/12/2025" line is not one.
    folded = [
        "" if len(text) > HEADER_MAX or any(ch.isdigit() for ch in text) else text.casefold()
        for text in map(clean, cells)
    ]
    dates = [index for index, text in enumerate(folded) if _has_word(text, DATE_WORDS)]
    if not dates:
        dates = [
            index
            for index, text in enumerate(folded)
            if _has_word(text, DAY_WORDS) and not _has_word(text, NAME_WORDS)
        ]
    if not dates:
        return None
    names = [index for index, text in enumerate(folded) if index != dates[0] and _has_word(text, NAME_WORDS)]
    return (dates[0], names[0]) if names else None


def _find_header(rows: list[list[object]]) -> tuple[int, int, int] | None:
    """(header row index, date column, name column), searching the first rows."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns = _header_columns(["" if cell is None else str(cell) for cell in row])
        if columns is not None:
            return index, *columns
    return None


def _shown(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return clean(str(value)) if value is not None else ""


def _decode(raw: bytes) -> str:
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8) :].decode("utf-8")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        # Excel's plain "CSV" on Windows writes the ANSI code page.
        return raw.decode("cp1252")


def _csv_tables(path: Path) -> list[Table]:
    text = _decode(path.read_bytes())
    try:
        sniffed: str | None = csv.Sniffer().sniff(text[:8192], delimiters=",;\t").delimiter
    except csv.Error:
        sniffed = None
    # The sniffer is only a first guess (a title row or commas in names fool it); the delimiter
    # kept is the first that splits a header row into a date and a name column.
    tables: list[Table] = []
    for delimiter in dict.fromkeys([sniffed or ",", ",", ";", "\t"]):
        rows: list[list[object]] = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
        tables.append((None, rows))
    return tables


def _xlsx_tables(path: Path) -> list[Table]:
    import openpyxl  # only when a workbook is imported: it takes a while to load

    book = openpyxl.load_workbook(path, data_only=True)
    try:
        several = len(book.worksheets) > 1
        return [
            (sheet.title if several else None, [list(row) for row in sheet.iter_rows(values_only=True)])
            for sheet in book.worksheets
        ]
    finally:
        book.close()


def _tables(path: Path, problem: Callable[[str, str], None]) -> list[Table] | None:
    suffix = path.suffix.lower()
    if suffix == ".xls":
        problem(
            translate("Imports", "is an old Excel (.xls) file"),
            translate("Imports", "an Excel workbook (.xlsx) or a CSV file: save it as one of them"),
        )
        return None
    if suffix not in (".csv", ".txt", ".xlsx", ".xlsm"):
        problem(
            translate("Imports", "is not a CSV or Excel file"), translate("Imports", "a .csv or .xlsx file")
        )
        return None
    if not path.is_file():
        problem(translate("Imports", "was not found"), translate("Imports", "the path of an existing file"))
        return None
    if suffix in (".csv", ".txt"):
        try:
            return _csv_tables(path)
        except (OSError, UnicodeDecodeError, csv.Error) as error:
            problem(
                translate("Imports", "could not be read as text ({reason})").format(reason=error),
                translate("Imports", "a CSV file saved as UTF-8 or Windows-1252"),
            )
            return None
    try:
        return _xlsx_tables(path)
    except Exception as error:  # a damaged workbook raises anything from zip to XML errors
        problem(
            translate("Imports", "could not be opened as an Excel workbook ({reason})").format(reason=error),
            translate("Imports", "an .xlsx file saved by Excel"),
        )
        return None


def read_holiday_file(path: Path | str) -> HolidayFile:
    """Read a holiday list: every holiday found and every problem, without touching the database."""
    path = Path(path)
    file_name = path.name
    problems: list[ImportProblem] = []

    def file_problem(reason: str, expected: str) -> None:
        problems.append(
            ImportProblem(
                file_name,
                None,
                None,
                None,
                translate("Imports", "the file {reason}").format(reason=reason),
                expected,
            )
        )

    tables = _tables(path, file_problem)
    if tables is None:
        return HolidayFile([], problems, file_name)
    found = next(
        ((sheet, rows, header) for sheet, rows in tables if (header := _find_header(rows)) is not None), None
    )
    if found is None:
        file_problem(
            translate("Imports", "has no header row in its first {rows} rows").format(
                rows=HEADER_SEARCH_ROWS
            ),
            translate(
                "Imports",
                "a row with a date column (Date, Day, ದಿನಾಂಕ, दिनांक or तारीख) and a name column "
                "(Holiday, Name, Occasion, Festival or Description)",
            ),
        )
        return HolidayFile([], problems, file_name)
    sheet, rows, (header_index, date_column, name_column) = found
    date_header = _shown(rows[header_index][date_column])
    name_header = _shown(rows[header_index][name_column])

    def add(row: int, column: str, value: str, reason: str, expected: str | None = None) -> None:
        problems.append(ImportProblem(file_name, row, column, value, reason, expected, sheet))

    holidays: list[HolidayInput] = []
    row_numbers: list[int] = []
    first_seen: dict[date, tuple[int, str]] = {}
    for row_number, cells in enumerate(rows[header_index + 1 :], start=header_index + 2):
        raw_date = cells[date_column] if date_column < len(cells) else None
        raw_name = cells[name_column] if name_column < len(cells) else None
        shown_date, name = _shown(raw_date), _shown(raw_name)
        if not shown_date and not name:
            continue
        if not shown_date:
            add(
                row_number,
                date_header,
                "",
                translate("Imports", "the date is empty"),
                translate("Imports", EXPECTED_DATE),
            )
            continue
        on_date, reason, expected = parse_date(raw_date)
        if on_date is None:
            add(row_number, date_header, shown_date, reason, expected)
        if not name:
            add(
                row_number,
                name_header,
                "",
                translate("Imports", "the holiday's name is empty"),
                translate("Imports", "the name, e.g. Independence Day"),
            )
        elif len(name) > NAME_MAX:
            add(
                row_number,
                name_header,
                name[:40] + "…",
                translate("Imports", "is {count} characters long").format(count=len(name)),
                translate("Imports", "at most {limit}").format(limit=NAME_MAX),
            )
        if on_date is None or not name or len(name) > NAME_MAX:
            continue
        if on_date in first_seen:
            earlier_row, earlier_name = first_seen[on_date]
            if not same_name(earlier_name, name):
                add(
                    row_number,
                    date_header,
                    shown_date,
                    translate("Imports", 'is also on row {row} as "{earlier}", here as "{name}"').format(
                        row=earlier_row, earlier=earlier_name, name=name
                    ),
                    translate("Imports", "each date once; keep one of the two names"),
                )
            continue
        first_seen[on_date] = (row_number, name)
        holidays.append(HolidayInput(on_date, name))
        row_numbers.append(row_number)
    if not holidays and not problems:
        file_problem(
            translate("Imports", "has no holidays below its header row (row {row})").format(
                row=header_index + 1
            ),
            translate("Imports", "one holiday a row"),
        )
    return HolidayFile(holidays, problems, file_name, row_numbers, name_header, sheet)


def import_holidays(db: Database, office_id: int, path: Path | str) -> HolidayImportReport:
    """Add the file's holidays to the office's calendar, all or none. Holidays already saved with
    the same date and name are left alone, so importing the same file again changes nothing."""
    found = read_holiday_file(path)
    problems = list(found.problems)
    with db.transaction() as session:
        office = get_or_raise(session, Office, office_id, translate("Offices", "Office"))
        dates = [holiday.on_date for holiday in found.rows]
        saved = dict(
            session.execute(
                select(Holiday.on_date, Holiday.name).where(
                    Holiday.office_id == office_id, Holiday.on_date.in_(dates)
                )
            ).all()
        )
        new: list[HolidayInput] = []
        for holiday, row_number in zip(found.rows, found.row_numbers, strict=True):
            theirs = saved.get(holiday.on_date)
            if theirs is None:
                new.append(holiday)
            elif not same_name(theirs, holiday.name):
                problems.append(
                    ImportProblem(
                        found.file_name,
                        row_number,
                        found.name_column,
                        holiday.name,
                        translate("Imports", 'is for {day}, which {office} already has as "{theirs}"').format(
                            day=indian_date(holiday.on_date), office=office.name, theirs=theirs
                        ),
                        translate("Imports", "the same name, or that holiday renamed or deleted first"),
                        found.sheet,
                    )
                )
        if problems:
            problems.sort(key=lambda problem: problem.row or 0)
            raise HolidayImportError(found.file_name, problems)
        session.add_all(Holiday(office_id=office_id, on_date=h.on_date, name=h.name) for h in new)
    return HolidayImportReport(found.file_name, len(new), len(found.rows) - len(new))
