"""The return template: a workbook the office makes for a partner without the app, and reading it back.

The office exports it for an MoU and a round; the partner fills it offline and gives it back, or
(with the app) turns it into a signed return package (``return_package``). Its sheets hold the
tables partners send back (``catalogue.INBOUND_CATEGORIES``) with exactly the catalogue's
headings, pre-filled with the schools the MoU covers and, where the MoU's terms allow pseudonymised
student results, the students of the office's latest round under their pseudonyms for this MoU.

The About sheet carries the template's marks in two hidden columns (a key in column D, its value
in column E): reading back finds them wherever rows were moved, and refuses a workbook without
them, with a renamed or missing sheet, or with a heading renamed, missing or added, naming the
file, the sheet and the column.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from python_calamine import CalamineError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    AssessmentRound,
    Block,
    Cluster,
    Mou,
    MouDataShare,
    MouPartner,
    Office,
    Organisation,
    ResultSummary,
    School,
    StudentResult,
)
from desktop.documents.spreadsheet_cells import safe_text, workbook_bytes
from desktop.documents.text import indian_date
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.exchange.catalogue import CATEGORIES, INBOUND_CATEGORIES
from desktop.services.exchange.pseudonyms import mou_secret, pseudonym_map
from desktop.services.exchange.scope import among, check_in_force
from desktop.services.imports.file_safety import check_paths, fail, sha256_and_size
from desktop.services.imports.problems import FileProblemsError, ImportProblem
from desktop.services.imports.values import FORMULA_GUARD_STARTS, cell_text
from desktop.services.imports.workbooks import AGAIN, OpenWorkbook, open_workbook
from desktop.services.mous.coverage import covered_school_ids
from desktop.services.records import get_or_raise
from desktop.services.text import clean

TEMPLATE_FORMAT = "district-collective-desk/return-template"
TEMPLATE_VERSION = 1
ABOUT = "About"
SCHOOLS_SHEET = "schools"
RESULTS = "student_results_pseudonymised"
INDICATORS = "school_indicators"
DATA_SHEETS = {code: CATEGORIES[code].table for code in INBOUND_CATEGORIES}
# A row of these tables without any of these cells carries nothing: a pre-filled row left empty.
FILLED_BY = {
    RESULTS: ("score", "level"),
    INDICATORS: ("enrolment", "enrolment_boys", "enrolment_girls", "attendance_percent", "teachers"),
}
ROUND_NAME_LENGTH = 120  # AssessmentRound.name
LAST_ROW = 1_048_576  # the last row of a sheet: validations cover every row a partner may add
# The hidden marks: key (column D) -> what the reader calls it.
MARKS = {
    "template_format": "format",
    "template_version": "version",
    "template_id": "template id",
    "mou_reference": "MoU reference",
    "round": "round",
    "office": "office",
}
MARK_KEY_COLUMN, MARK_VALUE_COLUMN = "D", "E"
AS_ASKED = "the template workbook the office made for this return, filled in without renaming anything"
_BOLD = Font(bold=True)


@dataclass(frozen=True)
class _Template:
    reference: str
    title: str
    office_name: str
    partner_names: tuple[str, ...]
    school_ids: frozenset[int]
    allows_student_results: bool


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


# --- the office's side: making the template ------------------------------------------------------


def _template_scope(session: Session, mou_id: int, today: date) -> _Template:
    """The MoU as a template sees it. The same rule as an export decides whether the MoU is in force
    (and says why not); unlike an export, a template needs no data-sharing terms: it asks for data
    to come back, and sends only pseudonyms the terms allow."""
    mou = get_or_raise(session, Mou, mou_id, "MoU")
    check_in_force(mou, today)
    school_ids = frozenset(covered_school_ids(session, mou))
    if not school_ids:
        raise ConflictError(
            f"MoU {mou.reference} covers no schools today: a return template would have no school to "
            "return data about."
        )
    partners = session.scalars(
        select(Organisation.name)
        .join(MouPartner, MouPartner.organisation_id == Organisation.id)
        .where(MouPartner.mou_id == mou.id)
        .order_by(MouPartner.id)
    ).all()
    office = session.get(Office, mou.office_id)
    allows = session.scalar(
        select(func.count()).where(MouDataShare.mou_id == mou.id, MouDataShare.category == RESULTS)
    )
    return _Template(
        mou.reference, mou.title, office.name if office else "", tuple(partners), school_ids, bool(allows)
    )


def _round_name(text: str) -> str:
    name = clean(text)
    if not name:
        raise ValidationError.single("round_name", "Give the name of the round the partner returns data for.")
    if len(name) > ROUND_NAME_LENGTH:
        raise ValidationError.single(
            "round_name", f"The round's name is {len(name)} characters long; at most {ROUND_NAME_LENGTH} fit."
        )
    return name


def _latest_results_round(session: Session, school_ids: frozenset[int]) -> int | None:
    """The last round, in the export's round order, with student results of these schools."""
    with_results = select(ResultSummary.round_id).where(among(ResultSummary.school_id, school_ids)).distinct()
    statement = (
        select(AssessmentRound.id)
        .where(AssessmentRound.id.in_(with_results))
        .order_by(AssessmentRound.start_date.desc().nulls_first(), AssessmentRound.id.desc())
    )
    return session.scalars(statement.limit(1)).first()


def _student_rows(session: Session, mou_id: int, template: _Template, round_name: str) -> list[list[str]]:
    """Pseudonym, school, round, grade, gender and subject of every result of the latest round,
    ordered by school, grade and pseudonym (never by the office's ids)."""
    round_id = _latest_results_round(session, template.school_ids)
    if round_id is None:
        return []
    results = session.execute(
        select(
            StudentResult.student_key,
            School.udise_code,
            StudentResult.grade,
            StudentResult.gender,
            StudentResult.subject,
        )
        .join(School, School.id == StudentResult.school_id)
        .where(StudentResult.round_id == round_id, among(StudentResult.school_id, template.school_ids))
    ).all()
    aliases = pseudonym_map(mou_secret(session, mou_id), (row[0] for row in results))
    rows = [
        [aliases[key], code, round_name, str(grade), gender or "", subject, "", "", ""]
        for key, code, grade, gender, subject in results
    ]
    rows.sort(key=lambda row: (row[1], int(row[3]), row[0], row[5]))
    return rows


def _schools(session: Session, school_ids: frozenset[int]) -> list[tuple[str, str, str, str]]:
    statement = (
        select(School.udise_code, School.name, Block.name, Cluster.name)
        .join(Block, Block.id == School.block_id)
        .outerjoin(Cluster, Cluster.id == School.cluster_id)
        .where(among(School.id, school_ids))
        .order_by(School.udise_code)
    )
    return [(code, name, block, cluster or "") for code, name, block, cluster in session.execute(statement)]


def _round_terms(session: Session, round_name: str) -> tuple[tuple[str, ...], float | None]:
    """The level names and top score of the round, if the office already has it."""
    round_ = session.scalar(
        select(AssessmentRound).where(func.lower(AssessmentRound.name) == round_name.lower())
    )
    if round_ is None:
        return (), None
    levels = tuple(round_.level_scheme.levels) if round_.level_scheme is not None else ()
    return levels, round_.max_score


def _allowed(round_name: str, levels: Sequence[str], max_score: float | None) -> dict[str, str]:
    """What each column may hold, in plain words, for the About sheet."""
    top = f" from 0 to {max_score:g}" if max_score is not None else " (0 or more)"
    level = (
        f"one of: {', '.join(levels)}"
        if levels
        else "leave it empty unless the office has told you the names of the round's levels"
    )
    return {
        "student_pseudonym": "as filled in by the office; do not change it",
        "udise_code": "the 11-digit code, as on the schools sheet",
        "round": f"{round_name} (may be left empty)",
        "grade": "a whole number from 1 to 12",
        "gender": "F, M or O",
        "subject": "as filled in by the office",
        "score": f"a number{top}, e.g. 14 or 14.5",
        "level": level,
        "assessed_on": "a date, DD/MM/YYYY (e.g. 15/01/2027)",
        "enrolment": "a whole number",
        "enrolment_boys": "a whole number",
        "enrolment_girls": "a whole number",
        "attendance_percent": "a number from 0 to 100",
        "teachers": "a whole number",
    }


def _about_rows(
    template: _Template, round_name: str, today: date, template_id: str, allowed: dict[str, str]
) -> list[tuple[str, Any]]:
    results, indicators = DATA_SHEETS[RESULTS], DATA_SHEETS[INDICATORS]
    facts: list[tuple[str, Any]] = [
        ("Return template", f"for returning data to {template.office_name} under an MoU"),
        ("MoU", f"{template.reference}: {template.title}"),
        ("Office", template.office_name),
        ("Partner", ", ".join(template.partner_names)),
        ("Round", round_name),
        ("Made on", today),
        ("Template id", template_id),
        (
            "How to fill it in",
            f"On the {results} sheet, one row per student per subject; on the {indicators} sheet, "
            "one row per school. The rows already there name the students and schools of this MoU: "
            "fill in the empty cells. Leave a row empty if the student was not assessed. Do not add "
            "students who are not listed: the office can match only the pseudonyms it made.",
        ),
        (
            "Do not change",
            "Do not rename the sheets or the column headings, and do not add columns: the office's "
            "app reads the workbook by them. Keep this About sheet as it is.",
        ),
        ("Schools", f"The {SCHOOLS_SHEET} sheet lists the schools of this MoU, for reference."),
    ]
    for code in INBOUND_CATEGORIES:
        category = CATEGORIES[code]
        facts += [(f"{category.table}: {f.key}", f"{f.label}: {allowed[f.key]}") for f in category.fields]
    return facts


def _cell(sheet: Any, value: Any, *, bold: bool = False, wrap: bool = False) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=safe_text(value) if isinstance(value, str) else value)
    if bold:
        cell.font = _BOLD
    if wrap:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    if isinstance(value, date):
        cell.number_format = "DD/MM/YYYY"
    return cell


def _about_sheet(book: Workbook, facts: list[tuple[str, Any]], marks: dict[str, str]) -> None:
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
                _cell(sheet, label, bold=True),
                _cell(sheet, value, wrap=True),
                None,
                key,
                mark and safe_text(mark),
            ]
        )
    sheet.protection.sheet = True  # no password: it only keeps the marks from being typed over


def _validations(allowed: dict[str, str], levels: Sequence[str], max_score: float | None) -> dict[str, dict]:
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


def _data_sheet(book: Workbook, code: str, rows: list[list[str]], checks: dict[str, dict]) -> None:
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
    sheet.append([_cell(sheet, column, bold=True) for column in category.columns])
    for row in rows:
        sheet.append([safe_text(value) if value else None for value in row])


def _schools_sheet(book: Workbook, schools: list[tuple[str, str, str, str]]) -> None:
    sheet = book.create_sheet(SCHOOLS_SHEET)
    sheet.freeze_panes = "A2"
    for column, width in zip("ABCD", (16, 40, 20, 20), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.append(
        [_cell(sheet, heading, bold=True) for heading in ("UDISE code", "School", "Block", "Cluster")]
    )
    for school in schools:
        sheet.append([safe_text(value) for value in school])


def return_template_bytes(db: Database, mou_id: int, *, today: date, round_name: str) -> bytes:
    """The return template of MoU ``mou_id`` for ``round_name``, as the bytes of an .xlsx file.

    Refused, saying why, when the MoU is not in force today or covers no schools. Where its terms
    allow pseudonymised student results, the students of the office's latest round are pre-filled
    (the MoU's pseudonym secret is made if it has none yet: the one change this can write)."""
    name = _round_name(round_name)
    with db.transaction() as session:
        template = _template_scope(session, mou_id, today)
        students = _student_rows(session, mou_id, template, name) if template.allows_student_results else []
        schools = _schools(session, template.school_ids)
        levels, max_score = _round_terms(session, name)
    template_id = str(uuid.uuid4())
    allowed = _allowed(name, levels, max_score)
    marks = {
        "template_format": TEMPLATE_FORMAT,
        "template_version": str(TEMPLATE_VERSION),
        "template_id": template_id,
        "mou_reference": template.reference,
        "round": name,
        "office": template.office_name,
    }
    width = len(CATEGORIES[INDICATORS].columns)
    indicator_rows = [[code, name] + [""] * (width - 2) for code, *_rest in schools]
    book = Workbook(write_only=True)
    _about_sheet(book, _about_rows(template, name, today, template_id, allowed), marks)
    checks = _validations(allowed, levels, max_score)
    _data_sheet(book, RESULTS, students, checks)
    _data_sheet(book, INDICATORS, indicator_rows, checks)
    _schools_sheet(book, schools)
    return workbook_bytes(book, f"Return template {template.reference}, {name}")


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
        fail(path.name, f"is damaged and its sheet {sheet} cannot be read ({error})", AGAIN, sheet=sheet)
    return [[_text(value) for value in row] for row in values]


def _not_a_template(path: Path, why: str) -> FileProblemsError:
    return FileProblemsError(
        path.name,
        [
            ImportProblem(
                path.name, None, None, None, f"is not a return template of this app: {why}", AS_ASKED, ABOUT
            )
        ],
    )


def _marks(path: Path, book: OpenWorkbook) -> dict[str, str]:
    """The hidden marks of the About sheet, wherever its rows went."""
    if ABOUT not in book.sheet_names:
        raise _not_a_template(path, "it has no About sheet")
    found: dict[str, str] = {}
    for row in _rows(path, book, ABOUT):
        for index, cell in enumerate(row[:-1]):
            key, value = cell.strip(), row[index + 1].strip()
            # A visible fact could read like a key ("round"); only a key with a value is a mark.
            if key in MARKS and value and key not in found:
                found[key] = value
    if found.get("template_format") != TEMPLATE_FORMAT:
        raise _not_a_template(path, "its About sheet does not carry the template's marks")
    if found.get("template_version") != str(TEMPLATE_VERSION):
        raise _not_a_template(
            path,
            f"it is of version {found.get('template_version') or '(none)'}, which this version of the app "
            f"does not read (it reads version {TEMPLATE_VERSION})",
        )
    missing = [label for key, label in MARKS.items() if not found.get(key)]
    try:
        uuid.UUID(found.get("template_id", ""))
    except ValueError:
        missing.append("template id")
    if missing:
        raise _not_a_template(
            path, f"the {', '.join(dict.fromkeys(missing))} on its About sheet was changed or removed"
        )
    return found


def _heading_problems(
    path: Path, sheet: str, header: list[str], rows: list[list[str]], expected: tuple[str, ...]
) -> list[ImportProblem]:
    def problem(column: str, value: str | None, reason: str, wanted: str) -> ImportProblem:
        return ImportProblem(path.name, 1, column, value, reason, wanted, sheet)

    problems = []
    seen: set[str] = set()
    wanted = "only the template's headings: " + ", ".join(expected)
    used = max([len(header), *(len(row) for row in rows)], default=0)
    for index in range(used):
        heading = header[index].strip() if index < len(header) else ""
        letter = get_column_letter(index + 1)
        if not heading:
            if any(index < len(row) and row[index].strip() for row in rows):
                problems.append(problem(f"column {letter}", None, "has values but no heading", wanted))
        elif heading not in expected:
            problems.append(
                problem(heading, heading, f"(column {letter}) is not a heading of this template", wanted)
            )
        elif heading in seen:
            problems.append(
                problem(heading, heading, f"(column {letter}) is a second column with this heading", wanted)
            )
        seen.add(heading)
    for column in expected:
        if column not in seen:
            problems.append(
                problem(
                    column,
                    None,
                    "is missing: the heading was renamed or the column deleted",
                    f'the heading "{column}" as the template had it',
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
                    path.name, number, "round", row[round_at], "is not this template's round",
                    f"{round_name}, or the cell left empty", DATA_SHEETS[code],
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
        fail(path.name, "is not a workbook", AS_ASKED)
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
                    path.name, None, None, None, "is missing: the sheet was renamed or deleted",
                    "the template's sheets with their names unchanged"
                    + (f" (sheets not of the template: {others})" if others else ""),
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
