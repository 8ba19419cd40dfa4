"""Workbooks (.xlsx, .xlsm, .xls, .ods) read with python-calamine, every cell as the text it shows."""

from __future__ import annotations

from pathlib import Path
from typing import NoReturn

import numpy as np
import pandas as pd
from python_calamine import CalamineError, CalamineSheet, CalamineWorkbook, PasswordError

from desktop.services.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.imports.file_safety import check_workbook_content, fail
from desktop.services.imports.header_row import HEADER_SEARCH_ROWS, SAMPLE_ROWS_BELOW, detect_header_row
from desktop.services.imports.values import cell_text

TOP_ROWS = HEADER_SEARCH_ROWS + 3 * SAMPLE_ROWS_BELOW
AGAIN = QT_TRANSLATE_NOOP("Imports", "the workbook opened in Excel or LibreOffice and saved again")


def _damaged(path: Path, error: Exception) -> NoReturn:
    if isinstance(error, PasswordError):
        fail(
            path.name,
            translate("Imports", "is protected with a password"),
            translate("Imports", "a copy saved without a password"),
        )
    detail = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    fail(
        path.name,
        translate("Imports", "is damaged and cannot be read as a workbook ({detail})").format(detail=detail),
        translate("Imports", AGAIN),
    )


class OpenWorkbook:
    """A workbook whose sheets are parsed once: calamine parses a whole sheet on every request,
    and finding the header and then reading the rows would otherwise parse it twice."""

    def __init__(self, book: CalamineWorkbook) -> None:
        self._book = book
        self._sheets: dict[str, CalamineSheet] = {}

    @property
    def sheet_names(self) -> list[str]:
        return list(self._book.sheet_names)

    def sheet(self, name: str) -> CalamineSheet:
        if name not in self._sheets:
            self._sheets[name] = self._book.get_sheet_by_name(name)
        return self._sheets[name]


def open_workbook(path: Path) -> OpenWorkbook:
    """The workbook at ``path`` after the safety checks, or a problem saying why it cannot be read."""
    check_workbook_content(path)
    try:
        return OpenWorkbook(CalamineWorkbook.from_path(str(path)))
    except (CalamineError, ValueError, OSError) as error:
        _damaged(path, error)


def _as_text(values: list[list[object]]) -> list[list[str]]:
    """Cells as text; each distinct number, date or flag is turned into text once."""
    # One memo per type: 1, 1.0 and True are equal as dict keys but show differently.
    memo: dict[type, dict[object, str]] = {}
    rows = []
    for row in values:
        texts = []
        for cell in row:
            kind = type(cell)
            if kind is str:
                texts.append(cell)
                continue
            known = memo.setdefault(kind, {})
            text = known.get(cell)
            if text is None:
                text = known[cell] = cell_text(cell)
            texts.append(text)
        rows.append(texts)
    return rows


def sheet_names(path: Path, workbook: OpenWorkbook) -> list[str]:
    names = list(workbook.sheet_names)
    if not names:
        fail(
            path.name,
            translate("Imports", "has no sheets"),
            translate("Imports", "a workbook with a sheet holding the table"),
        )
    return names


def sheet_rows(path: Path, workbook: OpenWorkbook, sheet: str, limit: int | None = None) -> list[list[str]]:
    """The sheet's rows from row 1 and column A, every cell as text ("" when empty)."""
    if sheet not in workbook.sheet_names:
        fail(
            path.name,
            translate("Imports", 'has no sheet named "{sheet}"').format(sheet=sheet),
            translate("Imports", "one of its sheets: {sheets}").format(
                sheets=", ".join(f'"{name}"' for name in workbook.sheet_names)
            ),
        )
    try:
        values = workbook.sheet(sheet).to_python(skip_empty_area=False, nrows=limit)
    except (CalamineError, ValueError, OSError) as error:
        _damaged(path, error)
    return _as_text(values)


def choose_sheet(path: Path, workbook: OpenWorkbook, wanted: str | None) -> tuple[str, list[list[str]]]:
    """The sheet asked for, else the first one with a header row; and its top rows."""
    names = sheet_names(path, workbook)
    if wanted is not None:
        return wanted, sheet_rows(path, workbook, wanted, TOP_ROWS)
    for name in names:
        rows = sheet_rows(path, workbook, name, TOP_ROWS)
        if detect_header_row(rows) is not None:
            return name, rows
    fail(
        path.name,
        translate(
            "Imports",
            "has no sheet with a header row among its first {rows} rows (a row of at "
            'least two column names such as "UDISE code", "School name")',
        ).format(rows=HEADER_SEARCH_ROWS),
        translate(
            "Imports",
            "a sheet with the column names above the data, or the sheet and header row chosen by hand",
        ),
    )


def sheet_grid(path: Path, workbook: OpenWorkbook, sheet: str) -> tuple[pd.DataFrame, np.ndarray]:
    """Every row of the sheet as a grid of text, and the row numbers the sheet shows."""
    rows = sheet_rows(path, workbook, sheet)
    if not rows:
        fail(
            path.name,
            translate("Imports", "has nothing in this sheet"),
            translate("Imports", "a sheet with a header row and data rows"),
            sheet=sheet,
        )
    widest = max(len(row) for row in rows)
    grid = pd.DataFrame([row + [""] * (widest - len(row)) for row in rows], dtype=str)
    return grid, np.arange(1, len(grid) + 1, dtype=np.int64)
