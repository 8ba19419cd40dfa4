"""Finding the header row among a sheet's first rows, and making its cells usable column names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from statistics import median

from desktop.services.imports.values import NATIVE_DIGITS, parse_date
from desktop.services.text import clean

HEADER_SEARCH_ROWS = 30
# How many non-empty rows below a candidate show what a typical data row looks like.
SAMPLE_ROWS_BELOW = 10
LONGEST_HEADER = 80
_NUMBER_LIKE = re.compile(r"[-+(]?[0-9][0-9.,:/\s()-]*%?")


def column_letter(position: int) -> str:
    """The spreadsheet letter of a 0-based column position: 0 → A, 26 → AA."""
    letters = ""
    position += 1
    while position:
        position, remainder = divmod(position - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def width(row: Sequence[str]) -> int:
    """Cells up to the last non-empty one."""
    for position in range(len(row) - 1, -1, -1):
        if row[position].strip():
            return position + 1
    return 0


def _is_label(cell: str) -> bool:
    """Short text that is neither a number nor a date: what a header cell looks like."""
    text = clean(cell).translate(NATIVE_DIGITS)
    if not text or len(text) > LONGEST_HEADER or _NUMBER_LIKE.fullmatch(text):
        return False
    return parse_date(text)[0] is None


def looks_like_header(row: Sequence[str], rows_below: Sequence[Sequence[str]]) -> bool:
    filled = [cell for cell in row if cell.strip()]
    if len(filled) < 2 or 2 * sum(_is_label(cell) for cell in filled) < len(filled):
        return False
    widths = [width(below) for below in rows_below if width(below) and list(below) != list(row)]
    typical = median(widths[:SAMPLE_ROWS_BELOW]) if widths else 0
    return width(row) >= typical


def detect_header_row(rows: Sequence[Sequence[str]]) -> int | None:
    """The 0-based position of the header among the first rows, or None when no row looks like one.

    The header is the first row with at least two non-empty cells, mostly short text rather than
    numbers or dates, reaching at least as far right as a typical data row below it; a title row
    above it ("School list 2025-26") fails the last test.
    """
    for position, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        below = rows[position + 1 : position + 1 + 3 * SAMPLE_ROWS_BELOW]
        if looks_like_header(row, below):
            return position
    return None


def header_names(cells: Sequence[str], positions: Sequence[int]) -> list[str]:
    """Cleaned names for the header cells at ``positions``: line breaks become spaces, an empty
    cell is named after its column ("Column C") and a repeated name gets a number ("Name (2)")."""
    names: list[str] = []
    seen: dict[str, int] = {}
    for cell, position in zip(cells, positions, strict=True):
        name = clean(cell.replace("\r", " ").replace("\n", " ")) or f"Column {column_letter(position)}"
        key = name.casefold()
        if key in seen:
            count = seen[key] + 1
            while f"{name} ({count})".casefold() in seen:
                count += 1
            seen[key] = count
            name = f"{name} ({count})"
            key = name.casefold()
        seen[key] = 1
        names.append(name)
    return names
