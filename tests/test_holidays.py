"""Holidays: entered one by one, copied to block offices, and imported from CSV or Excel files."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from db.models import Office
from desktop.services.calendar.holiday_import import (
    HolidayImportError,
    import_holidays,
    parse_date,
    read_holiday_file,
)
from desktop.services.calendar.holidays import (
    HolidayInput,
    add_holiday,
    copy_holidays,
    delete_holiday,
    list_holidays,
    update_holiday,
)
from desktop.services.database import Database
from desktop.services.errors import NotFoundError, ValidationError

FORMATS = "DD/MM/YYYY, DD.MM.YYYY, DD-MM-YYYY, YYYY-MM-DD, 15 August 2026 or 15-Aug-2026"


@pytest.fixture
def offices(db: Database) -> dict[str, int]:
    with db.transaction() as session:
        rows = {
            "ddpi": Office(name="Office of the DDPI, Tumakuru", kind="DDPI", office_code="DDPI/TMK"),
            "gubbi": Office(name="Office of the BEO, Gubbi", kind="BEO", office_code="BEO/GUB"),
            "tiptur": Office(name="Office of the BEO, Tiptur", kind="BEO", office_code="BEO/TPT"),
        }
        session.add_all(rows.values())
        session.flush()
        return {key: office.id for key, office in rows.items()}


def _listed(db: Database, office_id: int, year: int | None = None) -> list[tuple[date, str]]:
    return [(row.on_date, row.name) for row in list_holidays(db, office_id, year)]


def test_add_update_delete_and_list_by_year(db: Database, offices: dict[str, int]) -> None:
    ddpi = offices["ddpi"]
    republic = add_holiday(db, ddpi, HolidayInput(date(2027, 1, 26), "  Republic   Day "))
    add_holiday(db, ddpi, HolidayInput(date(2026, 10, 2), "Gandhi Jayanti"))
    christmas = add_holiday(db, ddpi, HolidayInput(date(2026, 12, 24), "Christmas"))
    assert _listed(db, ddpi) == [
        (date(2026, 10, 2), "Gandhi Jayanti"),
        (date(2026, 12, 24), "Christmas"),
        (date(2027, 1, 26), "Republic Day"),
    ]
    assert _listed(db, ddpi, 2027) == [(date(2027, 1, 26), "Republic Day")]
    row = update_holiday(db, christmas, HolidayInput(date(2026, 12, 25), "Christmas"))
    assert (row.id, row.on_date) == (christmas, date(2026, 12, 25))
    # Keeping its own date is not a clash with itself.
    update_holiday(db, republic, HolidayInput(date(2027, 1, 26), "Republic Day (national)"))
    delete_holiday(db, republic)
    assert _listed(db, ddpi, 2027) == []
    assert _listed(db, offices["gubbi"]) == []
    with pytest.raises(NotFoundError, match=f"Holiday #{republic} no longer exists"):
        delete_holiday(db, republic)


def test_a_second_holiday_on_a_date_names_the_first(db: Database, offices: dict[str, int]) -> None:
    ddpi = offices["ddpi"]
    add_holiday(db, ddpi, HolidayInput(date(2026, 8, 15), "Independence Day"))
    other = add_holiday(db, ddpi, HolidayInput(date(2026, 8, 28), "Varamahalakshmi Vrata"))
    expected = (
        "15/08/2026 is already a holiday of Office of the DDPI, Tumakuru: Independence Day. "
        "Edit that holiday, or choose another date."
    )
    with pytest.raises(ValidationError) as added:
        add_holiday(db, ddpi, HolidayInput(date(2026, 8, 15), "Swatantrya Dinacharane"))
    assert added.value.field_errors == {"on_date": expected}
    with pytest.raises(ValidationError) as moved:
        update_holiday(db, other, HolidayInput(date(2026, 8, 15), "Varamahalakshmi Vrata"))
    assert moved.value.field_errors == {"on_date": expected}
    # Another office may have the same date.
    add_holiday(db, offices["gubbi"], HolidayInput(date(2026, 8, 15), "Independence Day"))


def test_holiday_input_is_checked(db: Database, offices: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as error:
        add_holiday(db, offices["ddpi"], HolidayInput(None, "  "))
    assert error.value.field_errors == {"name": "Holiday name is required.", "on_date": "Date is required."}
    with pytest.raises(NotFoundError, match="Office #999"):
        add_holiday(db, 999, HolidayInput(date(2026, 8, 15), "Independence Day"))


def test_copy_a_district_list_to_block_offices(db: Database, offices: dict[str, int]) -> None:
    ddpi, gubbi, tiptur = offices["ddpi"], offices["gubbi"], offices["tiptur"]
    for on, name in [
        (date(2026, 8, 15), "Independence Day"),
        (date(2026, 10, 2), "Gandhi Jayanti"),
        (date(2026, 11, 1), "Kannada Rajyotsava"),
        (date(2027, 1, 26), "Republic Day"),
    ]:
        add_holiday(db, ddpi, HolidayInput(on, name))
    add_holiday(db, gubbi, HolidayInput(date(2026, 10, 2), "gandhi jayanti"))
    add_holiday(db, gubbi, HolidayInput(date(2026, 11, 1), "Rajyotsava"))
    report = copy_holidays(db, ddpi, [gubbi, tiptur, ddpi], 2026)
    assert (report.added, report.unchanged) == (4, 1)
    assert report.kept == [
        "Office of the BEO, Gubbi already has 01/11/2026 as Rajyotsava; Kannada Rajyotsava was not copied there."
    ]
    assert _listed(db, gubbi) == [
        (date(2026, 8, 15), "Independence Day"),
        (date(2026, 10, 2), "gandhi jayanti"),
        (date(2026, 11, 1), "Rajyotsava"),
    ]
    assert [on for on, _name in _listed(db, tiptur)] == [
        date(2026, 8, 15),
        date(2026, 10, 2),
        date(2026, 11, 1),
    ]
    again = copy_holidays(db, ddpi, [gubbi, tiptur], 2026)
    assert (again.added, again.unchanged) == (0, 5)
    with pytest.raises(ValidationError, match="Choose at least one other office"):
        copy_holidays(db, ddpi, [ddpi], 2026)
    with pytest.raises(NotFoundError, match="Office #999"):
        copy_holidays(db, ddpi, [gubbi, 999], 2026)


# --- reading dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "15/08/2026",
        "15.08.2026",
        "15-08-2026",
        "2026-08-15",
        "15 August 2026",
        "15-Aug-2026",
        "15 aug 2026",
        "15th August, 2026",
        "15/8/2026",
        "೧೫/೦೮/೨೦೨೬",
        "१५.०८.२०२६",
        datetime(2026, 8, 15, 0, 0),
        date(2026, 8, 15),
    ],
)
def test_accepted_dates(text: object) -> None:
    assert parse_date(text)[0] == date(2026, 8, 15)


@pytest.mark.parametrize(
    ("value", "reason", "expected"),
    [
        ("31/02/2026", "is not a date in the calendar: February 2026 has 28 days", "a day that exists"),
        ("29-02-2027", "is not a date in the calendar: February 2027 has 28 days", "a day that exists"),
        ("08/15/2026", "has no month 15 (dates are read day first)", f"a date written as {FORMATS}"),
        ("15/08/26", "has a 2-digit year", "the year in 4 digits, e.g. 15/08/2026"),
        ("15 Aug 26", "has a 2-digit year", "the year in 4 digits, e.g. 15/08/2026"),
        ("15/08/0026", "has the year 26", "a year from 1900 to 2200"),
        ("Aug 15 2026", "is not a date in a format this import reads", f"a date written as {FORMATS}"),
        ("15 Agust 2026", "is not a date in a format this import reads", f"a date written as {FORMATS}"),
        ("15/08-2026", "is not a date in a format this import reads", f"a date written as {FORMATS}"),
        (46249, "is a number, not a date", f"a date written as {FORMATS}, or an Excel date cell"),
    ],
)
def test_refused_dates(value: object, reason: str, expected: str) -> None:
    found, why, wanted = parse_date(value)
    assert found is None
    assert why == reason
    assert wanted.startswith(expected)


# --- importing files ----------------------------------------------------------------------------


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_csv_with_bom_and_commas(db: Database, offices: dict[str, int], tmp_path: Path) -> None:
    path = _write(
        tmp_path / "karnataka-2026.csv",
        "Sl. No.,Date,Day,Holiday\r\n"
        "1,15/08/2026,Saturday,Independence Day\r\n"
        '2,02.10.2026,Friday,"Gandhi Jayanti, Mahalaya Amavasye"\r\n'
        "\r\n"
        "3,01-11-2026,Sunday,Kannada Rajyotsava\r\n",
        "utf-8-sig",
    )
    report = import_holidays(db, offices["ddpi"], path)
    assert (report.file_name, report.added, report.unchanged) == ("karnataka-2026.csv", 3, 0)
    assert _listed(db, offices["ddpi"]) == [
        (date(2026, 8, 15), "Independence Day"),
        (date(2026, 10, 2), "Gandhi Jayanti, Mahalaya Amavasye"),
        (date(2026, 11, 1), "Kannada Rajyotsava"),
    ]
    again = import_holidays(db, offices["ddpi"], path)
    assert (again.added, again.unchanged) == (0, 3)
    assert len(list_holidays(db, offices["ddpi"])) == 3


def test_csv_with_semicolons_a_title_row_and_a_kannada_header(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "rajya.csv",
        "ಕರ್ನಾಟಕ ಸರ್ಕಾರ — ಸಾರ್ವತ್ರಿಕ ರಜಾ ದಿನಗಳು 2026;;\n"
        "ಕ್ರ.ಸಂ;ದಿನಾಂಕ;ಹಬ್ಬದ ಹೆಸರು\n"
        "1;15 August 2026;ಸ್ವಾತಂತ್ರ್ಯ ದಿನಾಚರಣೆ\n"
        "2;20-Oct-2026;ವಿಜಯದಶಮಿ\n",
    )
    found = read_holiday_file(path)
    assert found.problems == []
    assert found.rows == [
        HolidayInput(date(2026, 8, 15), "ಸ್ವಾತಂತ್ರ್ಯ ದಿನಾಚರಣೆ"),
        HolidayInput(date(2026, 10, 20), "ವಿಜಯದಶಮಿ"),
    ]
    assert found.row_numbers == [3, 4]


def test_csv_in_windows_1252_with_a_hindi_header(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "list.csv",
        "Date,Occasion\n25/12/2026,Christmas – Feast of the Nativity\n",
        "cp1252",
    )
    assert read_holiday_file(path).rows == [
        HolidayInput(date(2026, 12, 25), "Christmas – Feast of the Nativity")
    ]
    hindi = _write(tmp_path / "hindi.csv", "क्रम;दिनांक;त्योहार\n1;26.01.2027;गणतंत्र दिवस\n")
    assert read_holiday_file(hindi).rows == [HolidayInput(date(2027, 1, 26), "गणतंत्र दिवस")]


def test_every_problem_of_a_csv_is_reported_and_nothing_is_stored(
    db: Database, offices: dict[str, int], tmp_path: Path
) -> None:
    add_holiday(db, offices["ddpi"], HolidayInput(date(2026, 11, 1), "Kannada Rajyotsava"))
    path = _write(
        tmp_path / "bad.csv",
        "Date,Holiday\n"
        "15/08/2026,Independence Day\n"  # row 2: fine, but not stored either
        "31/02/2026,Nothing\n"  # 3
        "15/08/26,Independence Day\n"  # 4
        "next Friday,Some festival\n"  # 5
        "02/10/2026,\n"  # 6
        ",Ugadi\n"  # 7
        "15-08-2026,Swatantrya Dina\n"  # 8: same date as row 2, another name
        "15.08.2026,independence day\n"  # 9: the same holiday again, ignored
        "01/11/2026,Rajyotsava\n",  # 10: stored under another name
    )
    with pytest.raises(HolidayImportError) as error:
        import_holidays(db, offices["ddpi"], path)
    messages = [problem.message for problem in error.value.problems]
    assert messages == [
        'bad.csv, row 3, column "Date": "31/02/2026" is not a date in the calendar: February 2026 has 28 days; '
        "expected a day that exists.",
        'bad.csv, row 4, column "Date": "15/08/26" has a 2-digit year; expected the year in 4 digits, '
        "e.g. 15/08/2026.",
        f'bad.csv, row 5, column "Date": "next Friday" is not a date in a format this import reads; '
        f"expected a date written as {FORMATS}, or an Excel date cell.",
        'bad.csv, row 6, column "Holiday": The holiday\'s name is empty; expected the name, e.g. Independence Day.',
        f'bad.csv, row 7, column "Date": The date is empty; expected a date written as {FORMATS}, or an Excel '
        "date cell.",
        'bad.csv, row 8, column "Date": "15-08-2026" is also on row 2 as "Independence Day", here as '
        '"Swatantrya Dina"; expected each date once; keep one of the two names.',
        'bad.csv, row 10, column "Holiday": "Rajyotsava" is for 01/11/2026, which Office of the DDPI, '
        'Tumakuru already has as "Kannada Rajyotsava"; expected the same name, or that holiday renamed or '
        "deleted first.",
    ]
    text = error.value.message
    assert text.startswith("bad.csv was not imported and nothing was saved: 7 problems to correct first.\n")
    assert "more." not in text
    assert error.value.field_errors["file"] == text
    assert _listed(db, offices["ddpi"]) == [(date(2026, 11, 1), "Kannada Rajyotsava")]


def test_only_the_first_twenty_problems_are_in_the_message(
    db: Database, offices: dict[str, int], tmp_path: Path
) -> None:
    lines = ["Date,Holiday"] + [f"{day}/02/2026,Day {day}" for day in range(1, 29)]
    lines += [f"{day}/02/26,Short year {day}" for day in range(1, 26)]
    path = _write(tmp_path / "many.csv", "\n".join(lines))
    with pytest.raises(HolidayImportError) as error:
        import_holidays(db, offices["ddpi"], path)
    assert len(error.value.problems) == 25
    text = error.value.message.splitlines()
    assert len(text) == 22
    assert text[1].startswith('many.csv, row 30, column "Date": "1/02/26" has a 2-digit year')
    assert text[-1] == "… and 5 more."
    assert list_holidays(db, offices["ddpi"]) == []


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "list.csv",
            "Government of Karnataka\nOrder dated 12/12/2025,List of holidays\n15/08/2026,Independence Day\n",
            "list.csv: The file has no header row in its first 15 rows; expected a row with a date column "
            "(Date, Day, ದಿನಾಂಕ, दिनांक or तारीख) and a name column (Holiday, Name, Occasion, Festival or "
            "Description).",
        ),
        (
            "list.csv",
            "Date,Holiday\n,\n",
            "list.csv: The file has no holidays below its header row (row 1); expected one holiday a row.",
        ),
        (
            "list.xls",
            "",
            "list.xls: The file is an old Excel (.xls) file; expected an Excel workbook (.xlsx) or a CSV "
            "file: save it as one of them.",
        ),
        ("list.pdf", "", "list.pdf: The file is not a CSV or Excel file; expected a .csv or .xlsx file."),
    ],
)
def test_file_level_problems(tmp_path: Path, name: str, content: str, message: str) -> None:
    found = read_holiday_file(_write(tmp_path / name, content))
    assert found.rows == []
    assert [problem.message for problem in found.problems] == [message]


def test_missing_and_damaged_files(tmp_path: Path) -> None:
    missing = read_holiday_file(tmp_path / "gone.csv")
    assert [p.message for p in missing.problems] == [
        "gone.csv: The file was not found; expected the path of an existing file."
    ]
    damaged = read_holiday_file(_write(tmp_path / "broken.xlsx", "not a zip file"))
    assert damaged.problems[0].message.startswith(
        "broken.xlsx: The file could not be opened as an Excel workbook"
    )
    assert damaged.problems[0].message.endswith("; expected an .xlsx file saved by Excel.")
    undecodable = tmp_path / "odd.csv"
    undecodable.write_bytes(b"Date,Holiday\n15/08/2026,Independence \x81Day\n")
    assert (
        read_holiday_file(undecodable)
        .problems[0]
        .message.startswith("odd.csv: The file could not be read as text")
    )


def _workbook(path: Path, rows: list[list[object]], extra_sheet: bool = False) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "2026"
    for row in rows:
        sheet.append(row)
    for cell in sheet["B"]:
        if isinstance(cell.value, datetime):
            cell.number_format = "DD/MM/YYYY"
    if extra_sheet:
        book.create_sheet("Notes").append(["Restricted holidays are listed separately"])
    book.save(path)
    return path


def test_xlsx_with_date_cells_and_text(db: Database, offices: dict[str, int], tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "holidays.xlsx",
        [
            ["General holidays for the year 2026"],
            [],
            ["Sl. No.", "Date", "Day", "Name of the Festival"],
            [1, datetime(2026, 8, 15), "Saturday", "Independence Day"],
            [2, "02/10/2026", "Friday", "Gandhi Jayanti"],
            [3, datetime(2026, 12, 25), "Friday", "Christmas"],
            [None, None, None, None],
            ["Note: Second and fourth Saturdays are holidays as usual."],
        ],
    )
    found = read_holiday_file(path)
    assert found.problems == []
    assert found.row_numbers == [4, 5, 6]
    report = import_holidays(db, offices["gubbi"], path)
    assert (report.added, report.unchanged) == (3, 0)
    assert _listed(db, offices["gubbi"]) == [
        (date(2026, 8, 15), "Independence Day"),
        (date(2026, 10, 2), "Gandhi Jayanti"),
        (date(2026, 12, 25), "Christmas"),
    ]


def test_xlsx_problems_name_the_sheet_row_and_header(
    db: Database, offices: dict[str, int], tmp_path: Path
) -> None:
    path = _workbook(
        tmp_path / "state.xlsx",
        [
            ["Holiday", "Date"],
            ["Independence Day", datetime(2026, 8, 15)],
            ["Gandhi Jayanti", 46297],
            ["Republic Day", "26/01/27"],
        ],
        extra_sheet=True,
    )
    with pytest.raises(HolidayImportError) as error:
        import_holidays(db, offices["ddpi"], path)
    assert [problem.message for problem in error.value.problems] == [
        f'state.xlsx, sheet 2026, row 3, column "Date": "46297" is a number, not a date; expected a date '
        f"written as {FORMATS}, or an Excel date cell.",
        'state.xlsx, sheet 2026, row 4, column "Date": "26/01/27" has a 2-digit year; expected the year in '
        "4 digits, e.g. 15/08/2026.",
    ]
    assert list_holidays(db, offices["ddpi"]) == []
