"""Reading import files (CSV and other delimited text, workbooks, GeoJSON pages) into a SourceTable.

``detect_source`` looks at the start of the files and says what it found (format, encoding,
delimiter, sheet, header row, column names) so the wizard can show it and the user can override
it; ``read_source`` reads every data row; ``raw_rows`` shows the first rows before any header is
chosen. Every reason a file cannot be read is a ``FileProblemsError`` naming the file and place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from desktop.services.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.imports import text_files, workbooks
from desktop.services.imports.file_safety import (
    SIZE_LIMIT_BYTES,
    SUPPORTED_SUFFIXES,
    check_paths,
    check_text_content,
    fail,
    sha256_and_size,
)
from desktop.services.imports.geojson_files import read_features
from desktop.services.imports.grid_table import Shaped, shape_grid
from desktop.services.imports.header_row import HEADER_SEARCH_ROWS, detect_header_row
from desktop.services.imports.table import SourceInfo, SourceOptions, SourceTable
from desktop.services.progress import NO_PROGRESS, Progress

__all__ = ["SIZE_LIMIT_BYTES", "SUPPORTED_SUFFIXES", "detect_source", "raw_rows", "read_source"]

NO_HEADER = QT_TRANSLATE_NOOP(
    "Imports",
    "none of the first {rows} rows looks like a header row (a row of at least "
    'two column names such as "UDISE code", "School name")',
)
DEFAULT_OPTIONS = SourceOptions()  # frozen: everything as detected
CHOOSE_HEADER = QT_TRANSLATE_NOOP(
    "Imports", "the column names above the data, or the header row chosen by hand"
)


@dataclass
class _FileRead:
    """One file's part of the import and what was found about it."""

    shaped: Shaped
    encoding: str | None = None
    delimiter: str | None = None
    sheets: tuple[str, ...] = ()
    sheet: str | None = None
    header_row: int = 1
    more_follow: bool = False  # GeoJSON: the service says a next page exists


def _grid(rows: list[list[str]]) -> tuple[pd.DataFrame, np.ndarray]:
    widest = max((len(row) for row in rows), default=0)
    grid = pd.DataFrame([row + [""] * (widest - len(row)) for row in rows], columns=range(widest), dtype=str)
    return grid, np.arange(1, len(rows) + 1, dtype=np.int64)


def _header_index(
    rows: list[list[str]], options: SourceOptions, file_name: str, sheet: str | None = None
) -> int:
    if options.header_row is not None:
        if not 1 <= options.header_row <= len(rows):
            fail(
                file_name,
                translate(
                    "Imports",
                    "has no row {row} to use as the header (it has {count} rows at the start)",
                ).format(row=options.header_row, count=len(rows)),
                translate("Imports", CHOOSE_HEADER),
                sheet=sheet,
            )
        return options.header_row - 1
    found = detect_header_row(rows)
    if found is None:
        if not any(any(cell.strip() for cell in row) for row in rows):
            fail(
                file_name,
                translate("Imports", "has no rows: every row is blank"),
                translate("Imports", "a header row and data rows"),
                sheet=sheet,
            )
        no_header = translate("Imports", NO_HEADER).format(rows=HEADER_SEARCH_ROWS)
        fail(file_name, no_header, translate("Imports", CHOOSE_HEADER), sheet=sheet)
    return found


def _sample_limit(options: SourceOptions) -> int:
    return max(text_files.SAMPLE_RECORDS, (options.header_row or 0) + 30)


def _text_sample(path: Path, options: SourceOptions, limit: int) -> tuple[str, str, list[list[str]]]:
    head, whole = text_files.head_bytes(path)
    check_text_content(path, head[:512])
    encoding = options.encoding or text_files.detect_encoding(head, path.name, whole=whole)
    text = text_files.decode(head, encoding, path.name, whole=whole)
    if whole and not text.strip():
        fail(
            path.name,
            translate("Imports", "has no rows: every line is blank"),
            translate("Imports", "a header row and data rows"),
        )
    delimiter = options.delimiter or text_files.sniff_delimiter(text)
    return encoding, delimiter, text_files.sample_rows(text, delimiter, path.name, whole=whole, limit=limit)


def _overflow_hint(delimiter: str) -> str:
    name = text_files.DELIMITER_NAMES.get(delimiter)
    return translate("Imports", "a {delimiter} inside a value without quotes?").format(
        delimiter=translate("Imports", name) if name else repr(delimiter)
    )


def _detect_one(path: Path, kind: str, options: SourceOptions) -> _FileRead:
    if kind == "csv":
        encoding, delimiter, rows = _text_sample(path, options, _sample_limit(options))
        index = _header_index(rows, options, path.name)
        grid, numbers = _grid(rows)
        shaped = shape_grid(grid, numbers, index, path.name, overflow_hint=_overflow_hint(delimiter))
        return _FileRead(shaped, encoding, delimiter, header_row=index + 1)
    if kind == "geojson":
        return _geojson_one(path)
    workbook = workbooks.open_workbook(path)
    sheets = tuple(workbooks.sheet_names(path, workbook))
    sheet, rows = workbooks.choose_sheet(path, workbook, options.sheet)
    index = _header_index(rows, options, path.name, sheet)
    grid, numbers = _grid(rows)
    return _FileRead(
        shape_grid(grid, numbers, index, path.name, sheet=sheet),
        sheets=sheets,
        sheet=sheet,
        header_row=index + 1,
    )


def _geojson_one(path: Path) -> _FileRead:
    features = read_features(path)
    grid, _ = _grid([features.columns, *features.rows])
    numbers = np.array([0, *features.row_numbers], dtype=np.int64)
    return _FileRead(shape_grid(grid, numbers, 0, path.name), more_follow=features.more_follow)


def _read_one(path: Path, kind: str, options: SourceOptions, progress: Progress) -> _FileRead:
    if kind == "geojson":
        read = _geojson_one(path)
        progress.report(1, 1, translate("Imports", "Read {file}").format(file=path.name))
        return read
    if kind == "csv":
        encoding, text, data = text_files.read_text(path, options.encoding)
        delimiter = options.delimiter or text_files.sniff_delimiter(text[: text_files.SAMPLE_BYTES])
        rows = text_files.sample_rows(
            text[: text_files.SAMPLE_BYTES],
            delimiter,
            path.name,
            whole=len(text) <= text_files.SAMPLE_BYTES,
            limit=_sample_limit(options),
        )
        index = _header_index(rows, options, path.name)

        def report(done: int, total: int) -> None:
            progress.report(
                done,
                total,
                translate("Imports", "Reading {file}: {count:,} rows").format(file=path.name, count=done),
            )

        columns = max(len(row) for row in rows)
        grid, numbers = text_files.read_grid(data, text, delimiter, columns, path.name, report)
        shaped = shape_grid(grid, numbers, index, path.name, overflow_hint=_overflow_hint(delimiter))
        return _FileRead(shaped, encoding, delimiter, header_row=index + 1)
    workbook = workbooks.open_workbook(path)
    sheets = tuple(workbooks.sheet_names(path, workbook))
    sheet = options.sheet or workbooks.choose_sheet(path, workbook, None)[0]
    progress.report(
        0, 1, translate("Imports", "Reading {file}, sheet {sheet}").format(file=path.name, sheet=sheet)
    )
    grid, numbers = workbooks.sheet_grid(path, workbook, sheet)
    rows = grid.iloc[: workbooks.TOP_ROWS].to_numpy(dtype=object).tolist()
    index = _header_index(rows, options, path.name, sheet)
    shaped = shape_grid(grid, numbers, index, path.name, sheet=sheet)
    progress.report(
        1, 1, translate("Imports", "Read {file}, sheet {sheet}").format(file=path.name, sheet=sheet)
    )
    return _FileRead(shaped, sheets=sheets, sheet=sheet, header_row=index + 1)


def _same_headers(paths: tuple[Path, ...], reads: list[_FileRead]) -> None:
    first = reads[0].shaped.headers
    for path, read in zip(paths[1:], reads[1:], strict=True):
        headers = read.shaped.headers
        if set(headers) == set(first):
            continue
        lacks = [name for name in first if name not in headers]
        extra = [name for name in headers if name not in first]
        missing = ", ".join(f'"{name}"' for name in lacks[:10])
        besides = ", ".join(f'"{name}"' for name in extra[:10])
        if lacks and extra:
            message = translate(
                "Imports", "has other columns than {first}: it lacks {missing} and has {besides} besides"
            )
        elif lacks:
            message = translate("Imports", "has other columns than {first}: it lacks {missing}")
        else:
            message = translate("Imports", "has other columns than {first}: it has {besides} besides")
        fail(
            path.name,
            message.format(first=paths[0].name, missing=missing, besides=besides),
            translate("Imports", "the same columns in every file of one import; import it separately"),
        )


def _info(paths: tuple[Path, ...], kind: str, reads: list[_FileRead]) -> SourceInfo:
    digest, size = sha256_and_size(paths)
    first = reads[0]
    return SourceInfo(
        paths=paths,
        format=kind,
        sha256=digest,
        size=size,
        encoding=first.encoding,
        delimiter=first.delimiter,
        sheets=first.sheets,
        sheet=first.sheet,
        header_row=first.header_row,
        headers=tuple(first.shaped.headers),
    )


def _check_pages(paths: tuple[Path, ...], reads: list[_FileRead]) -> None:
    if reads[-1].more_follow:
        fail(
            paths[-1].name,
            translate(
                "Imports", "says more features follow (exceededTransferLimit), but no next page was given"
            ),
            translate("Imports", "the next page added to the import"),
        )


def detect_source(paths: Sequence[Path | str], options: SourceOptions = DEFAULT_OPTIONS) -> SourceInfo:
    """What the files are, from their first rows: format, encoding, delimiter, sheet, header row
    and column names. Raises FileProblemsError for anything that stops them being read."""
    checked, kind = check_paths(paths)
    reads = [_detect_one(path, kind, options) for path in checked]
    _same_headers(checked, reads)
    if kind == "geojson":
        _check_pages(checked, reads)
    return _info(checked, kind, reads)


def read_source(
    paths: Sequence[Path | str], options: SourceOptions = DEFAULT_OPTIONS, progress: Progress = NO_PROGRESS
) -> SourceTable:
    """Every data row of the files below their header, as text, with the row numbers a
    spreadsheet shows. Several files must be of one kind with the same columns; they are read as
    one table, in the order given."""
    checked, kind = check_paths(paths)
    reads = []
    share = 100 / len(checked)
    for number, path in enumerate(checked):
        part = progress.part(round(number * share), round((number + 1) * share))
        reads.append(_read_one(path, kind, options, part))
    _same_headers(checked, reads)
    if kind == "geojson":
        _check_pages(checked, reads)
    info = _info(checked, kind, reads)
    headers = list(info.headers)
    frames = [
        read.shaped.frame if read.shaped.headers == headers else read.shaped.frame[headers] for read in reads
    ]
    frame = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
    row_numbers = np.concatenate([read.shaped.row_numbers for read in reads])
    file_index = np.concatenate(
        [np.full(len(read.shaped.frame), number, dtype=np.int32) for number, read in enumerate(reads)]
    )
    progress.report(
        100,
        100,
        translate("Imports", "Read {count:,} rows from {file}").format(count=len(frame), file=info.file_name),
    )
    return SourceTable(info, frame, row_numbers, file_index)


def raw_rows(
    paths: Sequence[Path | str], options: SourceOptions = DEFAULT_OPTIONS, limit: int = 20
) -> list[list[str]]:
    """The first ``limit`` rows of the first file (or sheet) as text, before any header is chosen,
    so the user can see them and pick the header row."""
    checked, kind = check_paths(paths)
    path = checked[0]
    if kind == "csv":
        return _text_sample(path, options, limit)[2]
    if kind == "geojson":
        features = read_features(path)
        return [features.columns, *features.rows[: max(limit - 1, 0)]]
    workbook = workbooks.open_workbook(path)
    sheet = options.sheet
    if sheet is None:
        names = workbooks.sheet_names(path, workbook)
        found = [
            name
            for name in names
            if detect_header_row(workbooks.sheet_rows(path, workbook, name, workbooks.TOP_ROWS)) is not None
        ]
        sheet = found[0] if found else names[0]
    return workbooks.sheet_rows(path, workbook, sheet, limit)
