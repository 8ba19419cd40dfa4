"""A package's tables as files: a CSV per table and one workbook, ``tables.xlsx``, of them all.

Text cells go through ``safe_text``: a leading =, +, - or @ gets an apostrophe, so no cell runs as
a formula in the partner's spreadsheet (a phone number such as "+91 98450 12345" stays as it is);
the import side takes the apostrophe off again (``imports.values.unguard``). Numbers stay numbers,
empty values are empty cells. CSV dates are written DD/MM/YYYY; the workbook holds real dates
shown DD/MM/YYYY.

A sheet holds at most :data:`XLSX_MAX_ROWS` rows: a larger table (student results, typically) is
in its CSV only, and the workbook's About sheet says so. The workbook is written column by column
(``documents.column_workbook``); both files read a table's values column by column.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from desktop.documents.column_workbook import ColumnSheet, column_workbook
from desktop.documents.spreadsheet_cells import FORMULA_STARTS, safe_text
from desktop.documents.text import indian_date
from desktop.services.exchange.contents import PackageFile
from desktop.services.exchange.tables import ExportTable

CSV_ENCODING = "utf-8-sig"  # with the byte-order mark Excel opens the file as UTF-8: Kannada stays readable
XLSX_MAX_ROWS = 50_000
WORKBOOK_NAME = "tables.xlsx"
ABOUT_WIDTHS = (28, 90)
# As the package's inner zip (package.INNER_COMPRESSLEVEL): the export's time counts more than
# 0.25 MB on the drive (a district's workbook: 1.25 MB instead of 0.99 MB, 0.05 s sooner).
XLSX_COMPRESSLEVEL = 1
_GUARDED_AFTER_NEWLINE = tuple("\n" + start for start in FORMULA_STARTS)
_CSV_SPECIALS = (",", '"', "\r", "\n")


def _needs_work(strings: Sequence[str], for_csv: bool) -> bool:
    """Whether any of ``strings`` needs guarding (``safe_text``) or, ``for_csv``, quoting: one look
    at them all joined, as almost no column of a package has such a cell."""
    joined = "\n".join(strings)
    if (
        joined.startswith(FORMULA_STARTS)
        or any(start in joined for start in _GUARDED_AFTER_NEWLINE)
        or ILLEGAL_CHARACTERS_RE.search(joined) is not None
    ):
        return True
    # More line breaks than the ones joining the strings: one of them holds a line break.
    return for_csv and (any(c in joined for c in ',"\r') or joined.count("\n") >= len(strings))


def _quoted(field: str) -> str:
    """A CSV field as Python's csv module writes it (minimal quoting)."""
    if any(special in field for special in _CSV_SPECIALS):
        return '"' + field.replace('"', '""') + '"'
    return field


def _csv_field(value: Any) -> str:
    if value is None:
        return ""
    if type(value) is str:
        return _quoted(safe_text(value))
    if type(value) is date:
        return indian_date(value)
    if type(value) is float and value.is_integer() and abs(value) < 1e15:
        return str(int(value))  # 12.0 is written 12, as a person would type it
    return str(value)


def _csv_texts(column: Sequence[Any]) -> Sequence[str]:
    """A column's cells as CSV fields. Each distinct value is turned into text once and the
    column is mapped through them: a table's columns have few distinct values (grades, subjects,
    dates), except text columns that mostly need nothing done at all (pseudonyms, codes)."""
    distinct = set(column)
    if {type(value) for value in distinct} == {str} and not _needs_work(list(distinct), for_csv=True):
        return column
    texts = {value: _csv_field(value) for value in distinct}
    return list(map(texts.__getitem__, column))


def csv_bytes(table: ExportTable) -> bytes:
    """The table as CSV (as Python's csv module writes it: minimal quoting, CRLF line ends), its
    columns as the header, a row per record. Written a column at a time: through csv.writer,
    200,000 rows take a second."""
    lines = [",".join(map(_quoted, table.columns))]
    if table.records:
        lines += map(",".join, zip(*map(_csv_texts, table.values), strict=True))
    lines.append("")
    return "\r\n".join(lines).encode(CSV_ENCODING)


def _sheet(table: ExportTable) -> ColumnSheet:
    return ColumnSheet(
        table.name[:31], table.values if table.records else [[]] * len(table.columns), table.columns
    )


def workbook_of(tables: Sequence[ExportTable], about: list[tuple[str, Any]]) -> bytes:
    """``tables.xlsx``: a sheet per table of at most :data:`XLSX_MAX_ROWS` rows, then About (the
    facts, and which tables are in their CSV only)."""
    kept = [table for table in tables if table.records <= XLSX_MAX_ROWS]
    notes = [
        (
            table.name,
            f"{table.records:,} rows: in {table.name}.csv only (a sheet of this workbook holds at most "
            f"{XLSX_MAX_ROWS:,} rows).",
        )
        for table in tables
        if table.records > XLSX_MAX_ROWS
    ]
    facts = [*about, *notes]
    about_sheet = ColumnSheet(
        "About",
        [[label for label, _value in facts], [value for _label, value in facts]],
        styles=("bold", "wrap"),
        widths=ABOUT_WIDTHS,
    )
    return column_workbook([*map(_sheet, kept), about_sheet], compresslevel=XLSX_COMPRESSLEVEL)


def table_files(tables: Sequence[ExportTable], about: list[tuple[str, Any]]) -> list[PackageFile]:
    """``<name>.csv`` for every table, then ``tables.xlsx`` with ``about`` on its About sheet."""
    files = [PackageFile(f"{table.name}.csv", csv_bytes(table)) for table in tables]
    files.append(PackageFile(WORKBOOK_NAME, workbook_of(tables, about)))
    return files


def read_csv_table(data: bytes) -> tuple[list[str], list[list[str]]]:
    """A package CSV read back: its header and its rows as text, exactly as written (apostrophes
    kept; ``imports.values.unguard`` takes them off)."""
    reader = csv.reader(io.StringIO(data.decode(CSV_ENCODING), newline=""))
    header = next(reader, [])
    return header, list(reader)
