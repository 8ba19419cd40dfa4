"""Which school each row is about: by its UDISE code, or by another system's id (e.g. KLP's).

Codes are read and looked up once per distinct cell; rows only take the result (``pd.factorize``),
so a million results from 2,000 schools cost 2,000 look-ups.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sqlalchemy.orm import Session

from desktop.services.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.imports.problems import ImportProblem, ProposedRepair
from desktop.services.imports.target import ImportOptions, MappedRows
from desktop.services.imports.udise_codes import (
    EXPECTED_CODE,
    district_codes,
    read_code_column,
    school_ids_by_alias,
    school_ids_by_code,
)
from desktop.services.text import clean

# Translated where a problem names them: translate("Imports", NOT_IN_DIRECTORY).
NOT_IN_DIRECTORY = QT_TRANSLATE_NOOP(
    "Imports", "is not a school in the directory; import the school directory first or correct the code"
)
NO_SCHOOL_COLUMN = QT_TRANSLATE_NOOP(
    "Imports",
    "No column is mapped to the school's UDISE code or to another system's school id; "
    "map one of them so every row can be matched to its school",
)
NO_ALIAS_SYSTEM = QT_TRANSLATE_NOOP(
    "Imports",
    "The school id column is mapped but not whose ids it holds; choose the system (e.g. KLP) "
    "so the ids can be matched to schools",
)


@dataclass
class SchoolColumn:
    """Every row's school id (0 where not found), the rows in error and what to tell the user."""

    school_ids: np.ndarray
    bad: np.ndarray
    problems: list[ImportProblem] = field(default_factory=list)
    repairs: list[ProposedRepair] = field(default_factory=list)
    repaired: int = 0
    normalised: int = 0


def file_problem(rows: MappedRows, reason: str) -> ImportProblem:
    """A problem with the file or its mapping as a whole, not with one row."""
    name = str(rows.file_names[0]) if len(rows.file_names) else ""
    return ImportProblem(name, None, None, None, reason, None, rows.sheet)


def mapping_problems(rows: MappedRows, options: ImportOptions) -> list[ImportProblem]:
    """Why the school of the rows cannot be found at all, given what is mapped."""
    frame = rows.frame
    if "udise" not in frame.columns and "other_id" not in frame.columns:
        return [file_problem(rows, translate("Imports", NO_SCHOOL_COLUMN))]
    if "udise" not in frame.columns and not options.alias_system:
        return [file_problem(rows, translate("Imports", NO_ALIAS_SYSTEM))]
    return []


def resolve_schools(session: Session, rows: MappedRows, options: ImportOptions) -> SchoolColumn:
    """Each row's school: by ``udise`` when mapped, otherwise by ``other_id`` in ``options.alias_system``.

    Call :func:`mapping_problems` first; this assumes one of the two columns is usable.
    """
    if "udise" in rows.frame.columns:
        return _by_code(session, rows, options)
    return _by_alias(session, rows, options)


def _by_code(session: Session, rows: MappedRows, options: ImportOptions) -> SchoolColumn:
    codes, distinct = pd.factorize(rows.frame["udise"], use_na_sentinel=False)
    cells = pd.Series(["" if cell is None else str(cell) for cell in distinct], dtype=object)
    read = read_code_column(cells, district_codes(session), accept_repairs=options.accept_repairs)
    known = school_ids_by_code(session)
    ids = np.zeros(len(cells), dtype=np.int64)
    for position, code in enumerate(read.codes):
        if code is not None:
            ids[position] = known.get(code, 0)
    school_ids = ids[codes]
    result = SchoolColumn(school_ids, school_ids == 0)
    normalised = np.array([reading.normalised for reading in read.readings], dtype=bool)
    repaired = np.array(
        [bool(reading.repaired) and options.accept_repairs for reading in read.readings], dtype=bool
    )
    result.normalised = int(normalised[codes].sum())
    result.repaired = int((repaired[codes] & ~result.bad).sum())
    readings = read.readings.tolist()
    for position in np.flatnonzero(result.bad | repaired[codes]):
        reading = readings[codes[position]]
        cell = cells[codes[position]]
        if reading.repaired:
            result.repairs.append(
                ProposedRepair(
                    str(rows.file_names[position]),
                    int(rows.row_numbers[position]),
                    rows.column_of.get("udise", "udise"),
                    cell,
                    reading.repaired,
                    reading.reason,
                    rows.sheet,
                )
            )
        if not result.bad[position]:
            continue
        code = read.codes[codes[position]]
        if code is not None:
            result.problems.append(
                rows.problem(position, "udise", code, translate("Imports", NOT_IN_DIRECTORY))
            )
        elif reading.repaired:
            result.problems.append(
                rows.problem(
                    position,
                    "udise",
                    cell,
                    reading.reason,
                    translate(
                        "Imports", 'the full code; accept the proposed repair to read it as "{code}"'
                    ).format(code=reading.repaired),
                )
            )
        elif reading.empty:
            result.problems.append(
                rows.problem(
                    position,
                    "udise",
                    None,
                    translate("Imports", "the school's UDISE code is empty"),
                    translate("Imports", EXPECTED_CODE),
                )
            )
        else:
            result.problems.append(rows.problem(position, "udise", cell, reading.reason, reading.expected))
    return result


def _by_alias(session: Session, rows: MappedRows, options: ImportOptions) -> SchoolColumn:
    system = options.alias_system or ""
    codes, distinct = pd.factorize(rows.frame["other_id"], use_na_sentinel=False)
    known = school_ids_by_alias(session, system)
    keys = [clean("" if cell is None else str(cell)) for cell in distinct]
    ids = np.array([known.get(key, 0) for key in keys], dtype=np.int64)
    school_ids = ids[codes]
    result = SchoolColumn(school_ids, school_ids == 0)
    for position in np.flatnonzero(result.bad):
        key = keys[codes[position]]
        if not key:
            result.problems.append(
                rows.problem(
                    position,
                    "other_id",
                    None,
                    translate("Imports", "the school's {system} id is empty").format(system=system),
                )
            )
        else:
            result.problems.append(
                rows.problem(
                    position,
                    "other_id",
                    key,
                    translate(
                        "Imports",
                        "is not the {system} id of any school in the directory; "
                        "record it as the school's {system} id first or correct the id",
                    ).format(system=system),
                )
            )
    return result
