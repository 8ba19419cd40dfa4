"""Delimited text files: their encoding, their delimiter, their first rows and all their cells."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from desktop.services.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.imports.file_safety import check_text_content, fail

DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {
    ",": QT_TRANSLATE_NOOP("Imports", "comma"),
    ";": QT_TRANSLATE_NOOP("Imports", "semicolon"),
    "\t": QT_TRANSLATE_NOOP("Imports", "tab"),
    "|": QT_TRANSLATE_NOOP("Imports", "vertical bar"),
}
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1252")
ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": QT_TRANSLATE_NOOP("Imports", "UTF-8 with BOM"),
    "utf-16": "UTF-16",
    "cp1252": "Windows-1252",
}
SAMPLE_BYTES = 64 * 1024
SAMPLE_RECORDS = 60
CHUNK_ROWS = 200_000
_VISIBLE = re.compile(r"\S")
_UNCLOSED = re.compile(r"EOF inside string starting at row ([0-9]+)")


def head_bytes(path: Path, size: int = SAMPLE_BYTES) -> tuple[bytes, bool]:
    """The first ``size`` bytes of ``path`` and whether that is the whole file."""
    with path.open("rb") as handle:
        head = handle.read(size + 1)
    return head[:size], len(head) <= size


def _position(raw: bytes, offset: int) -> str:
    line = raw.count(b"\n", 0, offset) + 1
    return translate("Imports", "row {line:,} (byte {value:,})").format(line=line, value=offset + 1)


def detect_encoding(raw: bytes, file_name: str, *, whole: bool) -> str:
    """The encoding of ``raw``: a BOM decides; else UTF-8 if it decodes; UTF-8 that breaks after
    valid multi-byte characters, or at the very end, is damaged; anything else is Windows-1252."""
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as error:
        truncated = error.end >= len(raw) and error.reason == "unexpected end of data"
        if truncated and not whole:
            return "utf-8"  # the sample ends inside a character
        if truncated or any(byte >= 0x80 for byte in raw[: error.start]):
            fail(
                file_name,
                translate(
                    "Imports", "is not valid UTF-8 at {position}: the file may be cut short or damaged"
                ).format(position=_position(raw, error.start)),
                translate(
                    "Imports", "the file exported again, or another encoding chosen if it is not UTF-8"
                ),
            )
    return "cp1252"


def decode(raw: bytes, encoding: str, file_name: str, *, whole: bool = True) -> str:
    """``raw`` as text, or a problem naming where it stops being ``encoding``."""
    try:
        # A sample may end inside a character, which the incremental decoder leaves for later.
        text = codecs.getincrementaldecoder(encoding)().decode(raw, final=whole)
    except UnicodeDecodeError as error:
        fail(
            file_name,
            translate("Imports", "is not valid {get} at {position}").format(
                get=ENCODING_NAMES.get(encoding, encoding), position=_position(raw, error.start)
            ),
            translate("Imports", "another encoding chosen, or the file exported again"),
        )
    except LookupError:
        fail(
            file_name,
            translate("Imports", 'cannot be read as "{encoding}"').format(encoding=encoding),
            ", ".join(ENCODING_NAMES.values()),
        )
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        fail(
            file_name,
            translate("Imports", "contains NUL characters, so it is not a text file"),
            translate("Imports", "a CSV or text file"),
        )
    return text


def parse_rows(text: str, delimiter: str, limit: int | None = None) -> list[list[str]]:
    """Records of ``text`` as the csv module reads them (quotes, line breaks inside quotes)."""
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', doublequote=True, strict=False
    )
    rows = []
    for row in reader:
        rows.append(row)
        if limit is not None and len(rows) >= limit:
            break
    return rows


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first records into the same number of cells most often;
    a title row or a note above the header changes one count and so does not fool it."""
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        try:
            records = [
                row
                for row in parse_rows(text, delimiter, SAMPLE_RECORDS)
                if any(cell.strip() for cell in row)
            ]
        except csv.Error:
            continue
        counts = Counter(len(row) for row in records if len(row) > 1)
        if not counts:
            continue
        columns, lines = max(counts.items(), key=lambda item: (item[1], item[0]))
        if (lines, columns) > best_score:
            best, best_score = delimiter, (lines, columns)
    return best


def _rows_or_fail(text: str, delimiter: str, file_name: str, limit: int | None = None) -> list[list[str]]:
    try:
        return parse_rows(text, delimiter, limit)
    except csv.Error as error:
        fail(
            file_name,
            translate("Imports", "cannot be split into cells ({reason})").format(reason=error),
            translate("Imports", "cells shorter than 131,072 characters, each opening quote closed"),
        )


def sample_rows(
    text: str, delimiter: str, file_name: str, *, whole: bool, limit: int = SAMPLE_RECORDS
) -> list[list[str]]:
    """The first records, without the last one when the sample may have cut it short."""
    rows = _rows_or_fail(text, delimiter, file_name, limit + 1)
    if not whole or len(rows) > limit:
        rows = rows[:-1] if len(rows) > 1 else rows
    return rows[:limit]


def read_text(path: Path, encoding: str | None) -> tuple[str, str, bytes]:
    """(encoding, text, the file's bytes as UTF-8 without BOM) for the whole file."""
    raw = path.read_bytes()
    check_text_content(path, raw[:512])
    chosen = encoding or detect_encoding(raw, path.name, whole=True)
    text = decode(raw, chosen, path.name)
    if chosen == "utf-8":
        data = raw
    elif chosen == "utf-8-sig":
        data = raw[len(codecs.BOM_UTF8) :] if raw.startswith(codecs.BOM_UTF8) else raw
    else:
        data = text.encode("utf-8")
    if not _VISIBLE.search(text):
        fail(
            path.name,
            translate("Imports", "has no rows: every line is blank"),
            translate("Imports", "a header row and data rows"),
        )
    return chosen, text, data


def read_grid(
    data: bytes, text: str, delimiter: str, columns: int, file_name: str, report: Callable[[int, int], None]
) -> tuple[pd.DataFrame, np.ndarray]:
    """Every record of the file as text cells, padded to the widest row; and its row numbers."""
    total = max(text.count("\n"), 1)
    chunks = []
    done = 0
    try:
        reader = pd.read_csv(
            io.BytesIO(data),
            sep=delimiter,
            dtype=str,
            keep_default_na=False,
            na_filter=False,  # short rows and blank lines come back as "", and parsing is faster
            header=None,
            names=range(columns),
            index_col=False,
            skip_blank_lines=False,
            engine="c",
            encoding="utf-8",
            quotechar='"',
            chunksize=CHUNK_ROWS,
        )
        for chunk in reader:
            chunks.append(chunk)
            done += len(chunk)
            report(min(done, total), total)
        grid = pd.concat(chunks, ignore_index=True) if chunks else pd.DataFrame(columns=range(columns))
    except pd.errors.ParserError as error:
        if unclosed := _UNCLOSED.search(str(error)):
            row = int(unclosed.group(1)) + 1  # pandas counts records from 0
            fail(
                file_name,
                translate(
                    "Imports",
                    'has a quote (") opened in row {row:,} that is never closed, so every line below it '
                    "would be read as one cell",
                ).format(row=row),
                translate("Imports", "each quoted cell closed with a quote"),
                row=row,
            )
        # A row wider than the first rows: read it all the slow, careful way so the row can be
        # named by its record number (pandas names the physical line).
        rows = _rows_or_fail(text, delimiter, file_name)
        widest = max(len(row) for row in rows)
        grid = pd.DataFrame([row + [""] * (widest - len(row)) for row in rows], dtype=str)
        report(total, total)
    return grid, np.arange(1, len(grid) + 1, dtype=np.int64)
