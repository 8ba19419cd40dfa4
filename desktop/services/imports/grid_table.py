"""From a grid of text cells (every row of a file or sheet) to the table under its header row."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from desktop.services.i18n import translate
from desktop.services.imports.file_safety import fail
from desktop.services.imports.header_row import header_names, width
from desktop.services.imports.problems import FileProblemsError, ImportProblem


@dataclass
class Shaped:
    headers: list[str]
    frame: pd.DataFrame  # one text column per header, rows renumbered from 0
    row_numbers: np.ndarray  # as a spreadsheet shows them


def _filled(column: pd.Series) -> np.ndarray:
    return column.to_numpy(dtype=object) != ""


def shape_grid(
    grid: pd.DataFrame,
    row_numbers: np.ndarray,
    header_index: int,
    file_name: str,
    *,
    sheet: str | None = None,
    overflow_hint: str | None = None,
) -> Shaped:
    """The rows below ``grid``'s row ``header_index``, under cleaned header names.

    ``grid`` holds text only ("" for empty), columns numbered from 0. Columns empty in the header
    and in every row are left out; rows empty in every cell or repeating the header exactly
    (stacked or paged exports) are dropped. A row with filled cells right of the header's last
    filled cell is an error: its values cannot be placed under any column.
    """
    header_row = int(row_numbers[header_index])
    if overflow_hint is None:
        overflow_hint = translate("Imports", "cells to the right of the header's last column")
    header = ["" if cell is None else str(cell) for cell in grid.iloc[header_index].tolist()]
    header_width = width(header)
    if not header_width:
        fail(
            file_name,
            translate("Imports", "has nothing in row {row}, chosen as the header").format(row=header_row),
            translate("Imports", "the row holding the column names"),
            sheet=sheet,
        )
    body = grid.iloc[header_index + 1 :]
    body_numbers = np.asarray(row_numbers[header_index + 1 :])
    columns = list(grid.columns)
    overflow = np.zeros(len(body), dtype=bool)
    for column in columns[header_width:]:
        overflow |= _filled(body[column])
    if overflow.any():
        raise FileProblemsError(
            file_name,
            _overflow_problems(
                body, body_numbers, overflow, header_row, header_width, file_name, sheet, overflow_hint
            ),
        )
    # Empty and repeated-header rows are rare: compare the first column in full, then only the
    # candidate rows in the others (a million-row file costs one column's comparisons).
    first = body[columns[0]].to_numpy(dtype=object)
    empty = first == ""
    repeats = first == header[0]
    for position in range(1, header_width):
        candidates = np.flatnonzero(empty | repeats)
        if not candidates.size:
            break
        cells = body[columns[position]].iloc[candidates].to_numpy(dtype=object)
        empty[candidates] &= cells == ""
        repeats[candidates] &= cells == header[position]
    kept = [
        position
        for position in range(header_width)
        if header[position].strip() or _filled(body[columns[position]]).any()
    ]
    keep_rows = ~(empty | repeats)
    frame = body.iloc[np.flatnonzero(keep_rows), kept] if not keep_rows.all() else body.iloc[:, kept]
    frame = frame.reset_index(drop=True)
    frame.columns = header_names([header[position] for position in kept], kept)
    return Shaped(list(frame.columns), frame, body_numbers[keep_rows].astype(np.int64))


def _overflow_problems(
    body: pd.DataFrame,
    body_numbers: np.ndarray,
    overflow: np.ndarray,
    header_row: int,
    header_width: int,
    file_name: str,
    sheet: str | None,
    hint: str,
) -> list[ImportProblem]:
    problems = []
    positions = np.flatnonzero(overflow)
    first = positions[0]
    if first and not width([str(cell) for cell in body.iloc[first - 1].tolist()]):
        # Stacked exports: a table with other columns starts after a blank row.
        hint = translate("Imports", "a second table, below a blank row? Import each table on its own")
    for position in positions:
        cells = width([str(cell) for cell in body.iloc[position].tolist()])
        problems.append(
            ImportProblem(
                file_name,
                int(body_numbers[position]),
                None,
                None,
                translate("Imports", "has {cells} cells; the header (row {row}) has {width} — {hint}").format(
                    cells=cells, row=header_row, width=header_width, hint=hint
                ),
                translate("Imports", "at most {width} cells in each row").format(width=header_width),
                sheet,
            )
        )
    return problems
