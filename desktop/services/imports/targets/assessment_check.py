"""Checking student assessment results: every cell read, every problem located, nothing written.

Work is done on whole columns: each messy column (grade, gender, level, date, subject, school) is
read once per distinct value and spread to the rows with ``pd.factorize``; problem objects are
built only for rows that fail. The cleaned rows travel to the write step as one DataFrame.
"""

from __future__ import annotations

from functools import partial

import numpy as np
import pandas as pd
from sqlalchemy.orm import Session

from db.models import AssessmentRound
from desktop.services.imports.problems import ImportProblem
from desktop.services.imports.target import CheckResult, Counts, ImportOptions, MappedRows
from desktop.services.imports.targets.assessment_existing import classify
from desktop.services.imports.targets.result_values import (
    EXPECTED_GENDER,
    EXPECTED_GRADE,
    expected_level,
    read_distinct,
    read_gender,
    read_grade,
    read_level,
)
from desktop.services.imports.targets.row_problems import RowProblems
from desktop.services.imports.targets.school_column import file_problem, mapping_problems, resolve_schools
from desktop.services.imports.values import is_missing, numbers, parse_date
from desktop.services.progress import NO_PROGRESS, Progress
from desktop.services.text import clean

KEY_LENGTH, NAME_LENGTH, SUBJECT_LENGTH = 80, 120, 80
PREVIEW_ROWS = 20

NO_SCORE_OR_LEVEL = "Neither the score nor the level is mapped; map at least one of them"
NO_LEVEL_SCHEME = (
    "The level column is mapped but this round has no level scheme; choose the round's level scheme "
    "(e.g. the FLN reading levels) in the round's details first"
)
NAMES_NOT_STORED = (
    "Student names were not stored: only the student id is kept (choose to keep names to store them)."
)
NO_STUDENT_ID = (
    "No student id column is mapped: each row is stored under a key made from this file and its row "
    "number, so these results cannot be linked to the same students in other rounds."
)


def _tidy(column: pd.Series) -> tuple[np.ndarray, np.ndarray]:
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


def _tidy_distinct(column: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(cells cleaned, their lengths) for a column of few distinct cells (the subject)."""
    codes, uniques = pd.factorize(column, use_na_sentinel=False)
    cleaned = np.array([clean(cell) if isinstance(cell, str) else "" for cell in uniques], dtype=object)
    lengths = np.fromiter(map(len, cleaned), dtype=np.int64, count=len(cleaned))
    return cleaned[codes], lengths[codes]


def _scores(column: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(score or NaN, cell blank or marked missing, cell not a number) per row, read per distinct cell."""
    codes, uniques = pd.factorize(column, use_na_sentinel=False)
    values, missing, wrong = numbers(pd.Series(uniques, dtype=object))
    return (
        values.to_numpy(dtype=np.float64)[codes],
        missing.to_numpy(dtype=bool)[codes],
        wrong.to_numpy(dtype=bool)[codes],
    )


def _row_keys(rows: MappedRows) -> np.ndarray:
    """Keys for files without a student id: the file's hash and the row's place in it."""
    prefix = f"row-{rows.source_sha256[:12]}-" if rows.source_sha256 else "row-"
    numbers_text = pd.Series(rows.row_numbers).astype(str)
    files = pd.unique(rows.file_names)
    if len(files) > 1:
        ordinal = pd.Series(pd.Categorical(rows.file_names, categories=files).codes + 1).astype(str)
        numbers_text = ordinal + "-" + numbers_text
    return (prefix + numbers_text).to_numpy(dtype=object)


def _mapping_problems(
    rows: MappedRows, options: ImportOptions, round_: AssessmentRound
) -> list[ImportProblem]:
    columns = rows.frame.columns
    problems = mapping_problems(rows, options)
    for key, label in (("grade", "the grade"), ("subject", "the subject")):
        if key not in columns:
            problems.append(
                file_problem(rows, f"No column is mapped to {label}; map it (or type the subject)")
            )
    if "score" not in columns and "level" not in columns:
        problems.append(file_problem(rows, NO_SCORE_OR_LEVEL))
    if "level" in columns and round_.level_scheme is None:
        problems.append(file_problem(rows, NO_LEVEL_SCHEME))
    return problems


def check_results(
    session: Session,
    rows: MappedRows,
    options: ImportOptions,
    round_: AssessmentRound,
    progress: Progress = NO_PROGRESS,
) -> CheckResult:
    """Read and check every result row against the round and the school directory."""
    frame = rows.frame
    count = len(frame)
    refused = _mapping_problems(rows, options, round_)
    if refused:
        return CheckResult(Counts(error_rows=count), refused)
    notes: list[str] = []
    found = RowProblems.for_rows(rows)
    progress.report(0, 4, "Finding the schools")
    schools = resolve_schools(session, rows, options)
    found.extend(schools.problems, schools.bad)

    progress.report(1, 4, "Reading students, grades and subjects")
    if "student_id" in frame.columns:
        keys, lengths = _tidy(frame["student_id"])
        found.add(lengths == 0, "student_id", lambda p: (None, "the student id is empty", "the student's id"))
        found.add(
            lengths > KEY_LENGTH,
            "student_id",
            lambda p: (keys[p], f"is longer than {KEY_LENGTH} characters", "a student id"),
        )
    else:
        keys = _row_keys(rows)
        notes.append(NO_STUDENT_ID)

    names = np.full(count, None, dtype=object)
    if "student_name" in frame.columns:
        if options.keep_names:
            tidied, lengths = _tidy(frame["student_name"])
            names = np.where(lengths == 0, None, tidied)
            found.add(
                lengths > NAME_LENGTH,
                "student_name",
                lambda p: (tidied[p], f"is longer than {NAME_LENGTH} characters", "the student's name"),
            )
        else:
            notes.append(NAMES_NOT_STORED)

    grades, missing = read_distinct(frame["grade"], read_grade)
    grade_cells = frame["grade"].to_numpy(dtype=object)
    found.add(missing, "grade", lambda p: (None, "the grade is empty", EXPECTED_GRADE))
    found.add(
        ~missing & pd.isna(grades),
        "grade",
        lambda p: (grade_cells[p], "is not a class this import reads", EXPECTED_GRADE),
    )

    gender = np.full(count, None, dtype=object)
    if "gender" in frame.columns:
        gender, missing = read_distinct(frame["gender"], read_gender)
        gender_cells = frame["gender"].to_numpy(dtype=object)
        found.add(
            ~missing & pd.isna(gender),
            "gender",
            lambda p: (gender_cells[p], "is not a gender this import reads", EXPECTED_GENDER),
        )

    subjects, subject_lengths = _tidy_distinct(frame["subject"])
    found.add(
        subject_lengths == 0,
        "subject",
        lambda p: (None, "the subject is empty", "the subject, e.g. Mathematics or Kannada"),
    )
    found.add(
        subject_lengths > SUBJECT_LENGTH,
        "subject",
        lambda p: (subjects[p], f"is longer than {SUBJECT_LENGTH} characters", "the subject's name"),
    )

    progress.report(2, 4, "Reading scores, levels and dates")
    scores = np.full(count, np.nan)
    score_blank = np.ones(count, dtype=bool)
    if "score" in frame.columns:
        scores, missing, wrong = _scores(frame["score"])
        score_cells = frame["score"].to_numpy(dtype=object)
        found.add(wrong, "score", lambda p: (score_cells[p], "is not a number", "the student's score"))
        found.add(scores < 0, "score", lambda p: (score_cells[p], "is negative", "a score of 0 or more"))
        if round_.max_score is not None:
            top = round_.max_score
            found.add(
                scores > top,
                "score",
                lambda p: (
                    score_cells[p],
                    f"is above the round's maximum score of {top:g}",
                    f"a score from 0 to {top:g}",
                ),
            )
        score_blank = missing

    levels = np.full(count, np.nan)
    level_blank = np.ones(count, dtype=bool)
    if "level" in frame.columns and round_.level_scheme is not None:
        labels = list(round_.level_scheme.levels)
        read, missing = read_distinct(frame["level"], partial(read_level, levels=labels))
        level_cells = frame["level"].to_numpy(dtype=object)
        failed = ~missing & pd.isna(read)
        found.add(
            failed,
            "level",
            lambda p: (
                level_cells[p],
                f"is not a level of {round_.level_scheme.name}",
                expected_level(labels),
            ),
        )
        levels = np.where(pd.isna(read), np.nan, read).astype(np.float64)
        level_blank = missing
    found.add(
        score_blank & level_blank,
        "score" if "score" in frame.columns else "level",
        lambda p: (None, "the row has neither a score nor a level", "the student's score or level"),
    )

    assessed_on = np.full(count, None, dtype=object)
    if "assessed_on" in frame.columns:
        assessed_on, reasons, missing = _dates(frame["assessed_on"])
        date_cells = frame["assessed_on"].to_numpy(dtype=object)
        found.add(
            ~missing & pd.isna(assessed_on),
            "assessed_on",
            lambda p: (date_cells[p], *reasons[p]),
        )

    progress.report(3, 4, "Looking for repeated students")
    _duplicates(found, keys, subjects)

    valid = ~found.bad
    new = pd.DataFrame(
        {
            "school_id": schools.school_ids[valid],
            "student_key": keys[valid],
            "student_name": names[valid],
            "grade": grades[valid].astype(np.int64) if valid.any() else np.zeros(0, dtype=np.int64),
            "gender": gender[valid],
            "subject": subjects[valid],
            "score": scores[valid],
            "level": levels[valid],
            "assessed_on": assessed_on[valid],
        }
    )
    payload, unchanged = classify(session, round_.id, new)
    counts = Counts(
        create=len(payload.new),
        update=len(payload.changed),
        unchanged=unchanged,
        error_rows=int(found.bad.sum()),
        repaired=schools.repaired,
        normalised=schools.normalised,
    )
    progress.report(4, 4, "Checked")
    return CheckResult(counts, found.sorted(), schools.repairs, notes, _preview(new, round_), payload)


def _dates(column: pd.Series) -> tuple[np.ndarray, _LazyReasons, np.ndarray]:
    """(ISO date text or None per row, (reason, expected) per row, rows left blank)."""
    codes, uniques = pd.factorize(column, use_na_sentinel=False)
    results = [parse_date(str(cell)) for cell in uniques]
    iso = np.array([None if day is None else day.isoformat() for day, _r, _e in results], dtype=object)
    blank = np.array([is_missing(str(cell)) for cell in uniques], dtype=bool)
    iso[blank] = None
    reasons = [(reason, expected) for _day, reason, expected in results]
    return iso[codes], _LazyReasons(reasons, codes), blank[codes]


class _LazyReasons:
    """Each row's (reason, expected), looked up only for the rows that fail."""

    def __init__(self, reasons: list[tuple[str, str]], codes: np.ndarray) -> None:
        self._reasons = reasons
        self._codes = codes

    def __getitem__(self, position: int) -> tuple[str, str]:
        return self._reasons[self._codes[position]]


def _duplicates(found: RowProblems, keys: np.ndarray, subjects: np.ndarray) -> None:
    """A second row for the same student and subject is a problem naming the first one's row."""
    key_codes, _ = pd.factorize(keys)
    subject_codes, subject_names = pd.factorize(subjects)
    combined = key_codes.astype(np.int64) * (len(subject_names) + 1) + subject_codes
    repeated = pd.Series(combined).duplicated().to_numpy()
    if not repeated.any():
        return
    first = pd.Series(np.arange(len(combined)), index=combined)[~repeated]
    earlier = first.reindex(combined[repeated]).to_numpy()
    earlier_of = dict(zip(np.flatnonzero(repeated).tolist(), earlier.tolist(), strict=True))
    rows = found.rows
    found.add(
        repeated,
        "student_id" if "student_id" in rows.frame.columns else "subject",
        lambda p: (
            keys[p],
            f"is a second result for this student in {subjects[p]}; "
            f"row {int(rows.row_numbers[earlier_of[p]])} already has one",
            "one row per student and subject",
        ),
    )


def _preview(new: pd.DataFrame, round_: AssessmentRound) -> list[dict[str, str]]:
    labels = round_.level_scheme.levels if round_.level_scheme is not None else []
    preview = []
    for row in new.head(PREVIEW_ROWS).itertuples(index=False):
        level = "" if np.isnan(row.level) else labels[int(row.level)]
        preview.append(
            {
                "Student id": row.student_key,
                "Grade": str(row.grade),
                "Gender": row.gender or "",
                "Subject": row.subject,
                "Score": "" if np.isnan(row.score) else f"{row.score:g}",
                "Level": level,
                "Assessed on": row.assessed_on or "",
            }
        )
    return preview
