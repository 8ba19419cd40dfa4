"""The sheets of a return template workbook: About with its hidden marks, a data sheet per
category with the validations that keep its cells in shape, and the schools for reference."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from desktop.documents.spreadsheet_cells import safe_text, write_only_cell
from desktop.services.exchange.catalogue import CATEGORIES
from desktop.services.exchange.return_template_marks import (
    ABOUT,
    LAST_ROW,
    MARK_KEY_COLUMN,
    MARK_VALUE_COLUMN,
    SCHOOLS_SHEET,
)

_BOLD = Font(bold=True)


def about_sheet(book: Workbook, facts: list[tuple[str, Any]], marks: dict[str, str]) -> None:
    sheet = book.create_sheet(ABOUT)
    for column, width in (("A", 30), ("B", 90)):
        sheet.column_dimensions[column].width = width
    for column in (MARK_KEY_COLUMN, MARK_VALUE_COLUMN):
        sheet.column_dimensions[column].hidden = True
    mark_rows = list(marks.items())
    for index in range(max(len(facts), len(mark_rows))):
        label, value = facts[index] if index < len(facts) else ("", None)
        key, mark = mark_rows[index] if index < len(mark_rows) else (None, None)
        sheet.append(
            [
                write_only_cell(sheet, label, bold=True),
                write_only_cell(sheet, value, wrap=True),
                None,
                key,
                mark and safe_text(mark),
            ]
        )
    sheet.protection.sheet = True  # no password: it only keeps the marks from being typed over


def validations(allowed: dict[str, str], levels: Sequence[str], max_score: float | None) -> dict[str, dict]:
    """The in-cell checks of each column a spreadsheet can make cheaply."""
    whole = {"type": "whole", "operator": "greaterThanOrEqual", "formula1": "0"}
    checks: dict[str, dict] = {
        "grade": {"type": "whole", "operator": "between", "formula1": "1", "formula2": "12"},
        "gender": {"type": "list", "formula1": '"F,M,O"'},
        "score": {"type": "decimal", "operator": "greaterThanOrEqual", "formula1": "0"},
        "attendance_percent": {"type": "decimal", "operator": "between", "formula1": "0", "formula2": "100"},
        **dict.fromkeys(("enrolment", "enrolment_boys", "enrolment_girls", "teachers"), whole),
    }
    if max_score is not None:
        checks["score"] = {**checks["score"], "operator": "between", "formula2": f"{max_score:g}"}
    # An in-cell list holds at most 255 characters, commas between the names.
    if levels and len(",".join(levels)) <= 255 and not any("," in name or '"' in name for name in levels):
        checks["level"] = {"type": "list", "formula1": f'"{",".join(levels)}"'}
    return {column: {**check, "error": f"{column}: {allowed[column]}"} for column, check in checks.items()}


def data_sheet(book: Workbook, code: str, rows: list[list[str]], checks: dict[str, dict]) -> None:
    category = CATEGORIES[code]
    sheet = book.create_sheet(category.table)
    sheet.freeze_panes = "A2"
    for index, column in enumerate(category.columns, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = max(14, len(column) + 4)
        if column in checks:
            check = DataValidation(
                allow_blank=True, showErrorMessage=True, errorTitle="Not allowed here", **checks[column]
            )
            check.add(f"{letter}2:{letter}{LAST_ROW}")
            sheet.data_validations.append(check)
    sheet.append([write_only_cell(sheet, column, bold=True) for column in category.columns])
    for row in rows:
        sheet.append([safe_text(value) if value else None for value in row])


def schools_sheet(book: Workbook, schools: list[tuple[str, str, str, str]]) -> None:
    sheet = book.create_sheet(SCHOOLS_SHEET)
    sheet.freeze_panes = "A2"
    for column, width in zip("ABCD", (16, 40, 20, 20), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.append(
        [
            write_only_cell(sheet, heading, bold=True)
            for heading in ("UDISE code", "School", "Block", "Cluster")
        ]
    )
    for school in schools:
        sheet.append([safe_text(value) for value in school])
