"""Text put into XLSX and CSV cells so that it shows as typed and never runs as a formula."""

from __future__ import annotations

import re

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

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
