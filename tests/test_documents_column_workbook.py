"""Workbooks written column by column: read back by openpyxl and calamine as openpyxl's own
write-only cells would be (text never a formula, dates DD/MM/YYYY, bold and wrapped cells)."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, date, datetime

import pytest
from openpyxl import Workbook, load_workbook
from python_calamine import CalamineWorkbook

from desktop.documents.column_workbook import ColumnSheet, column_letter, column_workbook
from desktop.documents.spreadsheet_cells import workbook_bytes, write_only_cell

HEADINGS = ("text", "number", "day", "flag")
TEXTS = [
    "GHPS Amargol",
    "ಸರ್ಕಾರಿ ಹಿರಿಯ ಪ್ರಾಥಮಿಕ ಶಾಲೆ",
    '=HYPERLINK("http://evil.example/x","Click")',
    "+cmd|' /C calc'!A0",
    "+91 98450 12345",
    "-5",
    "@SUM(A1)",
    "  two spaces around  ",
    "two\nlines",
    "carriage\r\nreturn",
    "a & b < c > d \"quoted\" 'single'",
    "_x0041_ stays as typed",
    "bell\x07dropped",
    "",
    None,
]
NUMBERS = [12, 12.5, -3.0, 0.1, 1e16, 7, None, 2**40, 0, 1.0, None, 3, 4, 5, 6]
DAYS = [date(2026, 7, 7), None, date(1900, 1, 1), date(1900, 3, 1), datetime(2026, 11, 23, 18, 0)] + [
    None
] * 10
FLAGS = [True, False, None] + [None] * 12


def _columns() -> list[list]:
    return [TEXTS, NUMBERS, DAYS, FLAGS]


def _openpyxl_book() -> bytes:
    """The same sheet as openpyxl writes it with ``write_only_cell``: what the new writer matches."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Cells")
    sheet.append([write_only_cell(sheet, heading, bold=True) for heading in HEADINGS])
    for row in zip(*_columns(), strict=True):
        sheet.append([write_only_cell(sheet, value) if value is not None else None for value in row])
    return workbook_bytes(book)


def _cells(data: bytes) -> dict[str, list[list[tuple]]]:
    book = load_workbook(io.BytesIO(data))
    return {
        sheet.title: [
            [
                (c.value, c.data_type, c.number_format, bool(c.font.bold), bool(c.alignment.wrap_text))
                for c in row
            ]
            for row in sheet.iter_rows()
        ]
        for sheet in book.worksheets
    }


def test_cells_read_back_as_openpyxl_writes_them():
    ours = _cells(column_workbook([ColumnSheet("Cells", _columns(), HEADINGS)]))["Cells"]
    theirs = _cells(_openpyxl_book())["Cells"]
    # Two differences, both on purpose: openpyxl loses a carriage return to XML's line-end
    # handling (kept here as &#13;), and writes "" as an empty inline-string cell (here: no cell;
    # both read back as None).
    assert ours[10][0][0] == "carriage\r\nreturn" and theirs[10][0][0] == "carriage\nreturn"
    assert ours[14][0] == (None, "n", "General", False, False) and theirs[14][0][:2] == (None, "inlineStr")
    ours[10][0] = theirs[10][0]
    ours[14][0] = theirs[14][0]
    assert ours == theirs


def test_text_is_never_a_formula_and_shows_as_typed():
    data = column_workbook([ColumnSheet("Cells", _columns(), HEADINGS)])
    sheet = load_workbook(io.BytesIO(data))["Cells"]
    texts = [cell.value for cell in sheet["A"][1:]]
    assert texts[:13] == [
        "GHPS Amargol",
        "ಸರ್ಕಾರಿ ಹಿರಿಯ ಪ್ರಾಥಮಿಕ ಶಾಲೆ",
        """'=HYPERLINK("http://evil.example/x","Click")""",
        "'+cmd|' /C calc'!A0",
        "+91 98450 12345",
        "-5",
        "'@SUM(A1)",
        "  two spaces around  ",
        "two\nlines",
        "carriage\r\nreturn",
        "a & b < c > d \"quoted\" 'single'",
        "_x0041_ stays as typed",
        "belldropped",
    ]
    assert all(cell.data_type == "s" for cell in sheet["A"][1:14])
    assert texts[13:] == [None, None]  # "" and None: no cell
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = "".join(archive.read(name).decode("utf-8") for name in archive.namelist())
    assert "<f>" not in xml and "<f " not in xml
    assert "_x005F_x0041_" in xml  # Excel would otherwise read _x0041_ as "A"


def test_dates_are_dates_shown_day_first_and_numbers_stay_numbers():
    data = column_workbook([ColumnSheet("Cells", _columns(), HEADINGS)])
    sheet = load_workbook(io.BytesIO(data))["Cells"]
    day = sheet["C2"]
    assert (day.value, day.number_format) == (datetime(2026, 7, 7), "DD/MM/YYYY")
    assert sheet["C6"].value == datetime(2026, 11, 23, 18, 0)
    assert [cell.value for cell in sheet["B"][1:6]] == [12, 12.5, -3, 0.1, 1e16]
    assert sheet["B2"].data_type == "n" and sheet["D2"].value is True and sheet["D3"].value is False
    assert sheet["A1"].font.bold and sheet["D1"].font.bold and not sheet["A2"].font.bold


def test_calamine_reads_the_same_values():
    data = column_workbook([ColumnSheet("Cells", _columns(), HEADINGS), ColumnSheet("Second", [[1, 2]])])
    book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    assert book.sheet_names == ["Cells", "Second"]
    rows = book.get_sheet_by_name("Cells").to_python()
    assert rows[0] == list(HEADINGS)
    assert rows[1] == ["GHPS Amargol", 12, date(2026, 7, 7), True]
    assert rows[3][0] == """'=HYPERLINK("http://evil.example/x","Click")"""
    assert book.get_sheet_by_name("Second").to_python() == [[1], [2]]


def test_about_style_columns_widths_and_sheet_titles():
    facts = [("MoU", "DDPI/SNR/MOU/2026/02"), ("Keep until", date(2027, 5, 23)), ("Count", 12)]
    about = ColumnSheet(
        "About & more",
        [[k for k, _v in facts], [v for _k, v in facts]],
        styles=("bold", "wrap"),
        widths=(28, 90),
    )
    data = column_workbook([ColumnSheet('Q "1"', [["x"]], ["h"]), about], title="Exchange tables")
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ['Q "1"', "About & more"]
    sheet = book["About & more"]
    assert sheet["A1"].font.bold and not sheet["B1"].font.bold
    assert sheet["B1"].alignment.wrap_text and sheet["B1"].alignment.vertical == "top"
    assert (sheet["B2"].value, sheet["B2"].number_format) == (datetime(2027, 5, 23), "DD/MM/YYYY")
    assert sheet["B2"].alignment.wrap_text and sheet["B3"].value == 12
    assert (sheet.column_dimensions["A"].width, sheet.column_dimensions["B"].width) == (28, 90)
    assert book.properties.creator == "District Collective Desk"
    assert book.properties.title == "Exchange tables"


def test_an_empty_sheet_keeps_its_headings():
    data = column_workbook([ColumnSheet("Empty", [[], []], ["a", "b"])])
    assert _cells(data)["Empty"] == [[("a", "s", "General", True, False), ("b", "s", "General", True, False)]]


def test_a_column_mixing_true_and_one_keeps_each():
    data = column_workbook([ColumnSheet("Mixed", [[True, 1, 1.0, False, 0]])])
    values = [row[0].value for row in load_workbook(io.BytesIO(data))["Mixed"].iter_rows()]
    assert values == [True, 1, 1, False, 0]
    assert [type(v) for v in values[:2]] == [bool, int]


def test_column_letters():
    assert [column_letter(i) for i in (0, 25, 26, 51, 52, 701, 702, 16383)] == [
        "A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("sheets", "error", "message"),
    [
        ([ColumnSheet("A", [[1, 2], [1]])], ValueError, "same length"),
        ([ColumnSheet("A", [[1]], ["a", "b"])], ValueError, "headings"),
        ([ColumnSheet("A", [[1]]), ColumnSheet("a", [[1]])], ValueError, "distinct"),
        ([ColumnSheet("x" * 32, [[1]])], ValueError, "31"),
        ([ColumnSheet("A", [[datetime(2026, 1, 1, tzinfo=UTC)]])], TypeError, "time zones"),
        ([ColumnSheet("A", [[{"a": 1}]])], TypeError, "dict"),
        ([], ValueError, "at least one sheet"),
    ],
)
def test_what_a_workbook_cannot_hold_is_refused(sheets, error, message):
    with pytest.raises(error, match=message):
        column_workbook(sheets)


def test_a_faster_compression_gives_the_same_cells():
    sheets = [
        ColumnSheet("Cells", [[f"school {n % 50}" for n in range(3000)], list(range(3000))], ["a", "b"])
    ]
    quick, small = (column_workbook(sheets, compresslevel=level) for level in (1, 9))
    assert len(quick) > len(small)
    assert _cells(quick) == _cells(small)
