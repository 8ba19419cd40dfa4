"""Reading a filled return template back (see ``return_template`` for the workbook itself).

Every cell comes back as the text typed; a workbook without the template's marks, with a sheet
or heading renamed, missing or added, is refused naming the file, the sheet and the column.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from openpyxl.utils import get_column_letter
from python_calamine import CalamineError

from desktop.documents.text import indian_date
from desktop.services.exchange.catalogue import CATEGORIES
from desktop.services.exchange.return_template_marks import (
    ABOUT,
    AS_ASKED,
    DATA_SHEETS,
    FILLED_BY,
    MARKS,
    SCHOOLS_SHEET,
    TEMPLATE_FORMAT,
    TEMPLATE_VERSION,
)
from desktop.services.i18n import translate
from desktop.services.imports.file_safety import check_paths, fail, sha256_and_size
from desktop.services.imports.problems import FileProblemsError, ImportProblem
from desktop.services.imports.values import FORMULA_GUARD_STARTS, cell_text
from desktop.services.imports.workbooks import AGAIN, OpenWorkbook, open_workbook
from desktop.services.text import clean


@dataclass
class ReturnTables:
    """A filled template read back: every cell as text, in the catalogue's column order."""

    source_path: Path
    sha256: str  # of the file's bytes
    mou_reference: str
    round_name: str
    template_id: str
    office_name: str
    # category code -> (header, rows); blank rows and rows left unfilled are not in it
    tables: dict[str, tuple[list[str], list[list[str]]]]
    # category code -> the sheet's row number of each row in ``tables``
    row_numbers: dict[str, list[int]]
    filled_counts: dict[str, int] = field(default_factory=dict)  # rows kept
    left_empty_counts: dict[str, int] = field(default_factory=dict)  # pre-filled rows never filled


# --- reading a filled template back --------------------------------------------------------------


def _text(value: object) -> str:
    """A cell as the text typed: whole numbers without ".0", dates DD/MM/YYYY, the apostrophe an
    export put before formula-looking text taken off."""
    if isinstance(value, str):
        return value[1:] if value.startswith(FORMULA_GUARD_STARTS) else value
    if isinstance(value, datetime):
        if value.time() == time(0):
            return indian_date(value.date())
        return f"{indian_date(value.date())} {value:%H:%M}"
    if isinstance(value, date):
        return indian_date(value)
    if isinstance(value, time):
        return f"{value:%H:%M}"
    return cell_text(value)


def _rows(path: Path, book: OpenWorkbook, sheet: str) -> list[list[str]]:
    try:
        values = book.sheet(sheet).to_python(skip_empty_area=False)
    except (CalamineError, ValueError, OSError) as error:
        fail(
            path.name,
            translate("Exchange", "is damaged and its sheet {sheet} cannot be read ({reason})").format(
                sheet=sheet, reason=error
            ),
            translate("Imports", AGAIN),
            sheet=sheet,
        )
    return [[_text(value) for value in row] for row in values]


def _not_a_template(path: Path, why: str) -> FileProblemsError:
    return FileProblemsError(
        path.name,
        [
            ImportProblem(
                path.name,
                None,
                None,
                None,
                translate("Exchange", "is not a return template of this app: {why}").format(why=why),
                translate("Exchange", AS_ASKED),
                ABOUT,
            )
        ],
    )


def _marks(path: Path, book: OpenWorkbook) -> dict[str, str]:
    """The hidden marks of the About sheet, wherever its rows went."""
    if ABOUT not in book.sheet_names:
        raise _not_a_template(path, translate("Exchange", "it has no About sheet"))
    found: dict[str, str] = {}
    for row in _rows(path, book, ABOUT):
        for index, cell in enumerate(row[:-1]):
            key, value = cell.strip(), row[index + 1].strip()
            # A visible fact could read like a key ("round"); only a key with a value is a mark.
            if key in MARKS and value and key not in found:
                found[key] = value
    if found.get("template_format") != TEMPLATE_FORMAT:
        raise _not_a_template(
            path, translate("Exchange", "its About sheet does not carry the template's marks")
        )
    if found.get("template_version") != str(TEMPLATE_VERSION):
        raise _not_a_template(
            path,
            translate(
                "Exchange",
                "it is of version {version}, which this version of the app does not read "
                "(it reads version {supported})",
            ).format(version=found.get("template_version") or "(none)", supported=TEMPLATE_VERSION),
        )
    missing = [translate("Exchange", label) for key, label in MARKS.items() if not found.get(key)]
    try:
        uuid.UUID(found.get("template_id", ""))
    except ValueError:
        missing.append(translate("Exchange", "template id"))
    if missing:
        raise _not_a_template(
            path,
            translate("Exchange", "the {marks} on its About sheet was changed or removed").format(
                marks=", ".join(dict.fromkeys(missing))
            ),
        )
    return found


def _heading_problems(
    path: Path, sheet: str, header: list[str], rows: list[list[str]], expected: tuple[str, ...]
) -> list[ImportProblem]:
    def problem(column: str, value: str | None, reason: str, wanted: str) -> ImportProblem:
        return ImportProblem(path.name, 1, column, value, reason, wanted, sheet)

    problems = []
    seen: set[str] = set()
    wanted = translate("Exchange", "only the template's headings: {headings}").format(
        headings=", ".join(expected)
    )
    used = max([len(header), *(len(row) for row in rows)], default=0)
    for index in range(used):
        heading = header[index].strip() if index < len(header) else ""
        letter = get_column_letter(index + 1)
        if not heading:
            if any(index < len(row) and row[index].strip() for row in rows):
                problems.append(
                    problem(
                        translate("Exchange", "column {letter}").format(letter=letter),
                        None,
                        translate("Exchange", "has values but no heading"),
                        wanted,
                    )
                )
        elif heading not in expected:
            problems.append(
                problem(
                    heading,
                    heading,
                    translate("Exchange", "(column {letter}) is not a heading of this template").format(
                        letter=letter
                    ),
                    wanted,
                )
            )
        elif heading in seen:
            problems.append(
                problem(
                    heading,
                    heading,
                    translate("Exchange", "(column {letter}) is a second column with this heading").format(
                        letter=letter
                    ),
                    wanted,
                )
            )
        seen.add(heading)
    for column in expected:
        if column not in seen:
            problems.append(
                problem(
                    column,
                    None,
                    translate("Exchange", "is missing: the heading was renamed or the column deleted"),
                    translate("Exchange", 'the heading "{column}" as the template had it').format(
                        column=column
                    ),
                )
            )
    return problems


def _table(
    path: Path, code: str, sheet_rows: list[list[str]], round_name: str
) -> tuple[list[list[str]], list[int], int, list[ImportProblem]]:
    """The sheet's rows in the catalogue's column order, their row numbers, the pre-filled rows
    left empty, and the rows whose round is not the template's."""
    columns = CATEGORIES[code].columns
    header = [cell.strip() for cell in sheet_rows[0]]
    positions = [header.index(column) for column in columns]
    filled_at = [columns.index(column) for column in FILLED_BY[code]]
    round_at = columns.index("round")
    rows, numbers, left_empty, problems = [], [], 0, []
    for number, cells in enumerate(sheet_rows[1:], start=2):
        row = [cells[position] if position < len(cells) else "" for position in positions]
        if not any(cell.strip() for cell in row):
            continue
        if not any(row[at].strip() for at in filled_at):
            left_empty += 1
            continue
        typed_round = clean(row[round_at])
        if typed_round and typed_round.casefold() != round_name.casefold():
            problems.append(
                ImportProblem(
                    path.name, number, "round", row[round_at], translate("Exchange", "is not this template's round"),
                    translate("Exchange", "{round}, or the cell left empty").format(round=round_name), DATA_SHEETS[code],
                )
            )  # fmt: skip
        row[round_at] = round_name
        rows.append(row)
        numbers.append(number)
    return rows, numbers, left_empty, problems


def read_return_template(path: Path) -> ReturnTables:
    """A filled return template read back, every cell as the text typed. Refuses (FileProblemsError,
    naming the file, sheet and column) a workbook that is not such a template, or whose sheets or
    headings were renamed, removed or added to. Blank rows, and pre-filled rows whose values were
    never filled in, are left out (the latter counted)."""
    (path,), kind = check_paths([path])
    if kind not in ("xlsx", "ods"):
        fail(path.name, translate("Exchange", "is not a workbook"), translate("Exchange", AS_ASKED))
    sha256, _size = sha256_and_size([path])
    book = open_workbook(path)
    marks = _marks(path, book)
    problems: list[ImportProblem] = []
    sheets: dict[str, list[list[str]]] = {}
    for code, sheet in DATA_SHEETS.items():
        if sheet not in book.sheet_names:
            others = ", ".join(
                name for name in book.sheet_names if name not in (ABOUT, SCHOOLS_SHEET, *DATA_SHEETS.values())
            )
            problems.append(
                ImportProblem(
                    path.name, None, None, None, translate("Exchange", "is missing: the sheet was renamed or deleted"),
                    translate("Exchange", "the template's sheets with their names unchanged (sheets not of the template: {others})").format(others=others)
                    if others
                    else translate("Exchange", "the template's sheets with their names unchanged"),
                    sheet,
                )
            )  # fmt: skip
            continue
        rows = _rows(path, book, sheet) or [[]]
        problems += _heading_problems(path, sheet, rows[0], rows[1:], CATEGORIES[code].columns)
        sheets[code] = rows
    if problems:
        raise FileProblemsError(path.name, problems)
    result = ReturnTables(
        source_path=path,
        sha256=sha256,
        mou_reference=marks["mou_reference"],
        round_name=marks["round"],
        template_id=marks["template_id"],
        office_name=marks["office"],
        tables={},
        row_numbers={},
    )
    for code, rows in sheets.items():
        kept, numbers, left_empty, round_problems = _table(path, code, rows, result.round_name)
        problems += round_problems
        result.tables[code] = (list(CATEGORIES[code].columns), kept)
        result.row_numbers[code] = numbers
        result.filled_counts[code] = len(kept)
        result.left_empty_counts[code] = left_empty
    if problems:
        raise FileProblemsError(path.name, problems)
    return result
