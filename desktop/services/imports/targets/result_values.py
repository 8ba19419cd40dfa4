"""Grades, genders and levels the way schools write them, read once per distinct cell, and the
other cells of a results file (ids, subjects, scores, dates).

Each reader takes one cell's text and returns the stored value or None; the column helpers apply
it to every distinct value of a pandas column (``pd.factorize``) and hand back numpy arrays, so a
million rows with a few dozen distinct spellings cost one factorize and one take.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

import numpy as np
import pandas as pd

from desktop.services.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.imports.values import NATIVE_DIGITS, is_missing, numbers, parse_date
from desktop.services.text import clean

EXPECTED_GRADE = QT_TRANSLATE_NOOP("Imports", "a class from 1 to 12, e.g. 4, Class 4, 4th, IV or Std 4")
EXPECTED_GENDER = QT_TRANSLATE_NOOP("Imports", "M, F or O (Male, Female, Boy, Girl, Other, Transgender)")

_ROMAN = {
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "v": 5,
    "vi": 6,
    "vii": 7,
    "viii": 8,
    "ix": 9,
    "x": 10,
    "xi": 11,
    "xii": 12,
}
_GRADE_WORDS = re.compile(
    r"(?:class|std|standard|grade|gr|cl)?[\s.:-]*([0-9]{1,2}|[ivx]{1,4})(?:st|nd|rd|th)?\.?"
)
_GENDERS = {
    "m": "M",
    "male": "M",
    "boy": "M",
    "boys": "M",
    "b": "M",
    "f": "F",
    "female": "F",
    "girl": "F",
    "girls": "F",
    "g": "F",
    "o": "O",
    "other": "O",
    "others": "O",
    "transgender": "O",
    "t": "O",
    "tg": "O",
    # Kannada
    "ಗಂಡು": "M",
    "ಹೆಣ್ಣು": "F",
    "ಬಾಲಕ": "M",
    "ಬಾಲಕಿ": "F",
    "ಇತರೆ": "O",
    # Hindi
    "पुरुष": "M",
    "महिला": "F",
    "लड़का": "M",
    "लड़की": "F",
    "बालक": "M",
    "बालिका": "F",
    "अन्य": "O",
    # Marathi
    "मुलगा": "M",
    "मुलगी": "F",
    "इतर": "O",
}

T = TypeVar("T")


def read_grade(text: str) -> int | None:
    """The class 1-12 in "4", "Class 4", "4th", "IV", "Std. 4" or "೪", or None."""
    folded = clean(text).translate(NATIVE_DIGITS).casefold()
    if folded.endswith(".0") and folded[:-2].isdigit():  # a number cell read as 4.0
        folded = folded[:-2]
    match = _GRADE_WORDS.fullmatch(folded)
    if not match:
        return None
    token = match.group(1)
    grade = int(token) if token.isdigit() else _ROMAN.get(token)
    return grade if grade is not None and 1 <= grade <= 12 else None


def read_gender(text: str) -> str | None:
    """'M', 'F' or 'O' for the ways files write a gender, in English, Kannada, Hindi or Marathi."""
    folded = clean(text).casefold().rstrip(".")
    return _GENDERS.get(folded)


def read_level(text: str, levels: Sequence[str]) -> int | None:
    """The 0-based index in ``levels`` of a label (any case), its number from 1, or "L1".."Ln"."""
    folded = clean(text).translate(NATIVE_DIGITS).casefold()
    for index, label in enumerate(levels):
        if clean(label).casefold() == folded:
            return index
    if folded.startswith("l") and folded[1:].strip().isdigit():
        folded = folded[1:].strip()
    if folded.endswith(".0"):
        folded = folded[:-2]
    if folded.isascii() and folded.isdigit() and 1 <= int(folded) <= len(levels):
        return int(folded) - 1
    return None


def expected_level(levels: Sequence[str]) -> str:
    """What a level cell may hold, naming the scheme's labels."""
    names = ", ".join(levels)
    return translate("Imports", "one of {names}, or its number 1 to {count} (also L1 to L{count})").format(
        names=names, count=len(levels)
    )


def read_distinct(column: pd.Series, read: Callable[[str], T | None]) -> tuple[np.ndarray, np.ndarray]:
    """(each row's value as an object array, rows left blank or marked missing).

    ``read`` and the missing test run once per distinct cell; a row whose cell is not missing
    and whose value is None failed to read.
    """
    codes, uniques = pd.factorize(column, use_na_sentinel=False)
    values = np.empty(len(uniques), dtype=object)
    missing = np.zeros(len(uniques), dtype=bool)
    for position, cell in enumerate(uniques):
        text = "" if cell is None else str(cell)
        if is_missing(text):
            missing[position] = True
            values[position] = None
        else:
            values[position] = read(text)
    return values[codes], missing[codes]


# --- the cells of a results file -------------------------------------------------------------


def tidy(column: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(cells cleaned as ``clean`` does, their lengths) for a column of mostly distinct cells.

    Ids and names rarely need cleaning, so one scan of all cells joined tells whether any does;
    only then is each cell cleaned (a million ``clean`` calls would cost over a second).
    """
    cells = column.to_numpy(dtype=object)
    try:
        joined = "\x1f".join(cells)
    except TypeError:  # a cell that is not text
        joined = None
    tidy = (
        joined is not None
        and joined.isascii()
        and not any(mark in joined for mark in ("  ", " \x1f", "\x1f ", "\t", "\n", "\r", "\x0b", "\x0c"))
        and not joined.startswith(" ")
        and not joined.endswith(" ")
    )
    if not tidy:
        cells = np.array([clean(cell) if isinstance(cell, str) else "" for cell in cells], dtype=object)
    lengths = np.fromiter(map(len, cells), dtype=np.int64, count=len(cells))
    return cells, lengths


def tidy_distinct(column: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(cells cleaned, their lengths) for a column of few distinct cells (the subject)."""
    codes, uniques = pd.factorize(column, use_na_sentinel=False)
    cleaned = np.array([clean(cell) if isinstance(cell, str) else "" for cell in uniques], dtype=object)
    lengths = np.fromiter(map(len, cleaned), dtype=np.int64, count=len(cleaned))
    return cleaned[codes], lengths[codes]


def read_scores(column: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(score or NaN, cell blank or marked missing, cell not a number) per row, read per distinct cell."""
    codes, uniques = pd.factorize(column, use_na_sentinel=False)
    values, missing, wrong = numbers(pd.Series(uniques, dtype=object))
    return (
        values.to_numpy(dtype=np.float64)[codes],
        missing.to_numpy(dtype=bool)[codes],
        wrong.to_numpy(dtype=bool)[codes],
    )


def read_dates(column: pd.Series) -> tuple[np.ndarray, LazyReasons, np.ndarray]:
    """(ISO date text or None per row, (reason, expected) per row, rows left blank)."""
    codes, uniques = pd.factorize(column, use_na_sentinel=False)
    results = [parse_date(str(cell)) for cell in uniques]
    iso = np.array([None if day is None else day.isoformat() for day, _r, _e in results], dtype=object)
    blank = np.array([is_missing(str(cell)) for cell in uniques], dtype=bool)
    iso[blank] = None
    reasons = [(reason, expected) for _day, reason, expected in results]
    return iso[codes], LazyReasons(reasons, codes), blank[codes]


class LazyReasons:
    """Each row's (reason, expected), looked up only for the rows that fail."""

    def __init__(self, reasons: list[tuple[str, str]], codes: np.ndarray) -> None:
        self._reasons = reasons
        self._codes = codes

    def __getitem__(self, position: int) -> tuple[str, str]:
        return self._reasons[self._codes[position]]
