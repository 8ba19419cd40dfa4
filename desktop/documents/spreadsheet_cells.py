"""Text put into XLSX and CSV cells so that it shows as typed and never runs as a formula."""

from __future__ import annotations

import io
import re
from datetime import date
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A number or a phone number ("+91 98450 12345", "-5", "+1.5"): a spreadsheet reads it as a number
# at worst, never as a formula, so it stays readable as it is.
_NUMBER_LIKE = re.compile(r"[+-]?[0-9][0-9 .()-]*")


def safe_text(value: str) -> str:
    """Text a spreadsheet shows as typed: characters XLSX cannot hold dropped, and a leading
    apostrophe before anything a spreadsheet would run as a formula (=, +, -, @)."""
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if value.startswith(FORMULA_STARTS) and not _NUMBER_LIKE.fullmatch(value):
        return f"'{value}"
    return value


def write_only_cell(sheet: Any, value: Any, *, bold: bool = False, wrap: bool = False) -> WriteOnlyCell:
    """A cell for a write-only sheet: text shown as typed (``safe_text``), dates as DD/MM/YYYY."""
    cell = WriteOnlyCell(sheet, value=safe_text(value) if isinstance(value, str) else value)
    if bold:
        cell.font = Font(bold=True)
    if wrap:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    if isinstance(value, date):
        cell.number_format = "DD/MM/YYYY"
    return cell


def about_sheet(
    book: Workbook, facts: list[tuple[str, Any]], widths: tuple[int, int], *, wrap: bool = False
) -> None:
    """An "About" sheet: what the workbook is, one fact a row (label in bold, dates as DD/MM/YYYY)."""
    about = book.create_sheet("About")
    for row, (label, value) in enumerate(facts, start=1):
        about.cell(row=row, column=1, value=safe_text(label)).font = Font(bold=True)
        cell = about.cell(row=row, column=2, value=safe_text(value) if isinstance(value, str) else value)
        if wrap:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(value, date):
            cell.number_format = "DD/MM/YYYY"
    about.column_dimensions["A"].width, about.column_dimensions["B"].width = widths


def workbook_bytes(book: Workbook, title: str | None = None) -> bytes:
    """The workbook as the bytes of an .xlsx file, marked as made by this app."""
    book.properties.creator = "District Collective Desk"
    if title is not None:
        book.properties.title = title
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
