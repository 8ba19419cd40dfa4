"""What a partner sends back, read into one shape whatever it came in.

A partner returns tables in a signed package (verified before anything here reads it) or, without
the app, in the return template the office exported for it (a workbook, unsigned). Both become
:class:`InboundTables`; the checks and the import in :mod:`desktop.services.exchange.inbound` work
on that alone, so another source is one function that builds it.

The rows become the import pipeline's :class:`MappedRows` here, column by column as
``catalogue.INBOUND_CATEGORIES`` says: the baseline import targets then check them exactly as they
check a file the office imports itself.
"""

from __future__ import annotations

import csv
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import numpy as np
import pandas as pd

from desktop.services.errors import ConflictError
from desktop.services.exchange.catalogue import CATEGORIES, INBOUND_CATEGORIES
from desktop.services.exchange.package import OpenedPackage
from desktop.services.exchange.return_template_marks import TEMPLATE_VERSION
from desktop.services.exchange.return_template_reader import ReturnTables
from desktop.services.exchange.table_files import read_csv_table
from desktop.services.i18n import plural, translate
from desktop.services.imports.problems import ImportProblem
from desktop.services.imports.target import MappedRows
from desktop.services.imports.targets.registry import get_target
from desktop.services.imports.values import unguard
from desktop.services.text import clean

SOURCES = ("package", "workbook")
ROUND_COLUMN = "round"
HEADER_ROW = 1
# A filled workbook has no package id: its bytes make one, so the same file imports once.
WORKBOOK_IDS = uuid.uuid5(uuid.NAMESPACE_URL, "district-collective-desk/return-template")


@dataclass(frozen=True)
class InboundTable:
    """One table as received: its header and rows as text, as a spreadsheet numbers them."""

    category: str  # a key of catalogue.CATEGORIES
    file_name: str  # "student_results.csv", or the workbook's name
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]  # of each row, as a spreadsheet shows them (the header is row 1)
    sheet: str | None = None

    @classmethod
    def of_file(cls, category: str, file_name: str, header: list[str], rows: list[list[str]]) -> InboundTable:
        """A table read from a file whose first line is the header and the rest are rows."""
        return cls(
            category,
            file_name,
            tuple(header),
            tuple(tuple(row) for row in rows),
            tuple(range(2, len(rows) + 2)),
        )


@dataclass(frozen=True)
class InboundTables:
    """Everything a partner sent back, from a package or a filled return template."""

    source: str  # "package" (verified, signed) or "workbook" (the office's template, unsigned)
    path: Path
    sha256: str
    size: int  # bytes
    package_id: str
    format_version: int
    direction: str  # "to_district" for what partners send
    created_at: datetime | None  # aware; None when the source does not say (every change is a conflict)
    mou_reference: str
    round_name: str | None  # the round as the partner named it
    signer_fingerprint: str | None  # None for an unsigned workbook
    categories: tuple[str, ...]  # every category the source holds, importable or not
    tables: tuple[InboundTable, ...]  # the importable categories' tables, in catalogue order
    notes: tuple[str, ...] = ()  # what reading the source found worth saying


def _malformed(path: Path, detail: str) -> ConflictError:
    return ConflictError(
        translate(
            "Exchange",
            "{path} cannot be imported: {detail}. The package was signed as it is, so the partner's "
            "software wrote it wrongly; ask the partner to make it again.",
        ).format(path=path.name, detail=detail)
    )


def _created_at(path: Path, value: object) -> datetime:
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise _malformed(
            path,
            translate(
                "Exchange", "its manifest's creation time {value!r} is not a date and time with its zone"
            ).format(value=value),
        )
    return moment


def _read_table(path: Path, code: str, files: dict[str, bytes]) -> InboundTable:
    file_name = f"{CATEGORIES[code].table}.csv"
    if file_name not in files:
        raise _malformed(
            path,
            translate("Exchange", "its manifest lists {category} but it holds no {file}").format(
                category=translate("MoUs", CATEGORIES[code].label), file=file_name
            ),
        )
    try:
        header, rows = read_csv_table(files[file_name])
    except (UnicodeDecodeError, csv.Error) as error:
        raise _malformed(
            path,
            translate("Exchange", "{file_name} is not a readable CSV table ({reason})").format(
                file_name=file_name, reason=error
            ),
        ) from None
    return InboundTable.of_file(code, file_name, header, rows)


def from_package(opened: OpenedPackage) -> InboundTables:
    """A verified package's tables. Only the categories partners may send back are read; the
    others are named in ``categories`` for the import to refuse."""
    path, manifest = opened.path, opened.manifest
    mou = manifest.get("mou")
    reference = mou.get("reference") if isinstance(mou, dict) else None
    if not isinstance(reference, str) or not clean(reference):
        raise _malformed(path, translate("Exchange", "its manifest names no MoU"))
    round_name = manifest.get("round")
    if round_name is not None and not isinstance(round_name, str):
        raise _malformed(
            path,
            translate("Exchange", "its manifest's round {round_name!r} is not a name").format(
                round_name=round_name
            ),
        )
    entries = manifest.get("categories")
    if not isinstance(entries, list) or not all(
        isinstance(entry, dict) and isinstance(entry.get("code"), str) for entry in entries
    ):
        raise _malformed(path, translate("Exchange", "its manifest does not list its categories of data"))
    codes = tuple(dict.fromkeys(entry["code"] for entry in entries))
    tables = tuple(_read_table(path, code, opened.files) for code in INBOUND_CATEGORIES if code in codes)
    return InboundTables(
        source="package",
        path=path,
        sha256=opened.sha256,
        size=path.stat().st_size,
        package_id=str(manifest["package_id"]),
        format_version=int(manifest["format_version"]),
        direction=str(manifest.get("direction", "")),
        created_at=_created_at(path, manifest.get("created_at")),
        mou_reference=clean(reference),
        round_name=(clean(round_name) or None) if round_name is not None else None,
        signer_fingerprint=opened.signer_fingerprint,
        categories=codes,
        tables=tables,
    )


def from_workbook(returned: ReturnTables) -> InboundTables:
    """A filled return template as read back by ``return_template_reader.read_return_template``: the
    office's own workbook, filled by the partner without the app. It is not signed and does not
    say when it was filled, so every change it would make to office data is a conflict."""
    path = Path(returned.source_path)
    filled = [code for code in INBOUND_CATEGORIES if code in returned.tables and returned.tables[code][1]]
    tables = tuple(
        InboundTable(
            code,
            path.name,
            tuple(returned.tables[code][0]),
            tuple(tuple(row) for row in returned.tables[code][1]),
            tuple(returned.row_numbers[code]),
            sheet=CATEGORIES[code].table,
        )
        for code in filled
    )
    left = sum(returned.left_empty_counts.values())
    notes = ()
    if left:
        message = plural(
            left,
            translate("Exchange", "1 pre-filled row was left empty in {file}: nothing is imported for them."),
            translate(
                "Exchange", "{count} pre-filled rows were left empty in {file}: nothing is imported for them."
            ),
        )
        notes = (message.format(count=left, file=path.name),)
    return InboundTables(
        source="workbook",
        path=path,
        sha256=returned.sha256,
        size=path.stat().st_size,
        package_id=str(uuid.uuid5(WORKBOOK_IDS, returned.sha256)),
        format_version=TEMPLATE_VERSION,
        direction="to_district",
        created_at=None,
        mou_reference=clean(returned.mou_reference),
        round_name=clean(returned.round_name) or None,
        signer_fingerprint=None,
        categories=tuple(filled),
        tables=tables,
        notes=notes,
    )


# --- rows for the import targets -----------------------------------------------------------------


def _header_problems(table: InboundTable, expected: tuple[str, ...]) -> list[ImportProblem]:
    """A column missing, unknown or repeated: each named, at the header's row."""
    row = HEADER_ROW
    label = translate("MoUs", CATEGORIES[table.category].label)
    listed = ", ".join(expected)
    problems: list[ImportProblem] = []
    seen: set[str] = set()
    for position, column in enumerate(table.header, start=1):
        name = clean(column)
        shown = name or translate("Exchange", "(column {position}, no header)").format(position=position)
        if name in seen:
            problems.append(
                ImportProblem(
                    table.file_name,
                    row,
                    shown,
                    None,
                    translate("Exchange", "is in the header twice"),
                    translate("Exchange", "each column once"),
                    table.sheet,
                )
            )
        elif name not in expected:
            problems.append(
                ImportProblem(
                    table.file_name,
                    row,
                    shown,
                    None,
                    translate("Exchange", "is not a column of {category}").format(category=label),
                    translate("Exchange", "only the columns {columns}").format(columns=listed),
                    table.sheet,
                )
            )
        seen.add(name)
    for column in expected:
        if column not in seen:
            problems.append(
                ImportProblem(
                    table.file_name,
                    row,
                    column,
                    None,
                    translate("Exchange", "is missing from the header"),
                    translate("Exchange", "the columns {columns}").format(columns=listed),
                    table.sheet,
                )
            )
    return problems


def _round_problems(
    table: InboundTable, cells: list[str], row_numbers: list[int], round_name: str | None
) -> list[ImportProblem]:
    """A package holds one round: every round cell is blank or that round (the manifest's, or
    else the table's first)."""
    expected = round_name
    problems = []
    for cell, row in zip(cells, row_numbers, strict=True):
        name = clean(cell)
        if not name:
            continue
        if expected is None:
            expected = name
        elif name.casefold() != expected.casefold():
            problems.append(
                ImportProblem(
                    table.file_name,
                    row,
                    ROUND_COLUMN,
                    name,
                    translate(
                        "Exchange",
                        "is another round than the package's ({expected}); a package returns one round",
                    ).format(expected=expected),
                    expected,
                    table.sheet,
                )
            )
    return problems


def mapped_rows(
    table: InboundTable, round_name: str | None, source_sha256: str
) -> tuple[MappedRows | None, list[ImportProblem]]:
    """The table's rows as the import target's fields (None when the header is wrong), and what
    is wrong with the table as a whole or with a row's shape. Empty rows are skipped; row numbers
    stay those a spreadsheet shows."""
    category = CATEGORIES[table.category]
    target_key, field_of = INBOUND_CATEGORIES[table.category]
    problems = _header_problems(table, category.columns)
    if problems:
        return None, problems
    width = len(table.header)
    index = {clean(column): position for position, column in enumerate(table.header)}
    kept: list[tuple[str, ...]] = []
    row_numbers: list[int] = []
    for number, row in zip(table.row_numbers, table.rows, strict=True):
        if not any(clean(cell) for cell in row):
            continue
        if len(row) != width:
            problems.append(
                ImportProblem(
                    table.file_name,
                    number,
                    None,
                    None,
                    translate("Exchange", "has {count} cells; the header has {width} columns").format(
                        count=len(row), width=width
                    ),
                    translate("Exchange", "one cell per column"),
                    table.sheet,
                )
            )
            row = (*row[:width], *([""] * (width - len(row))))
        kept.append(row)
        row_numbers.append(number)
    if ROUND_COLUMN in index:
        round_cells = [row[index[ROUND_COLUMN]] for row in kept]
        problems.extend(_round_problems(table, round_cells, row_numbers, round_name))
    free_text = {f.key for f in get_target(target_key).fields if f.free_text}
    frame = pd.DataFrame(index=pd.RangeIndex(len(kept)))
    for column, key in field_of.items():
        cells = pd.Series([row[index[column]] for row in kept], dtype=object)
        frame[key] = unguard(cells) if key in free_text and len(cells) else cells
    rows = MappedRows(
        frame=frame,
        row_numbers=np.array(row_numbers, dtype=np.int64),
        file_names=np.repeat(np.array([table.file_name], dtype=object), len(kept)),
        sheet=table.sheet,
        column_of={key: column for column, key in field_of.items()},
        source_sha256=source_sha256,
    )
    return rows, problems


def without_rows(rows: MappedRows, leave_out: np.ndarray) -> MappedRows:
    """``rows`` without those where ``leave_out`` is set (conflicting rows the office keeps)."""
    keep = ~leave_out
    return MappedRows(
        frame=rows.frame[keep].reset_index(drop=True),
        row_numbers=rows.row_numbers[keep],
        file_names=rows.file_names[keep],
        sheet=rows.sheet,
        column_of=rows.column_of,
        source_sha256=rows.source_sha256,
    )
