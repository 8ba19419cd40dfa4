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
from desktop.services.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.imports.problems import ImportProblem
from desktop.services.imports.target import CheckResult, Counts, ImportOptions, MappedRows
from desktop.services.imports.targets.assessment_existing import classify
from desktop.services.imports.targets.result_values import (
    EXPECTED_GENDER,
    EXPECTED_GRADE,
    expected_level,
    read_dates,
    read_distinct,
    read_gender,
    read_grade,
    read_level,
    read_scores,
    tidy,
    tidy_distinct,
)
from desktop.services.imports.targets.row_problems import RowProblems
from desktop.services.imports.targets.school_column import file_problem, mapping_problems, resolve_schools
from desktop.services.progress import NO_PROGRESS, Progress

KEY_LENGTH, NAME_LENGTH, SUBJECT_LENGTH = 80, 120, 80
PREVIEW_ROWS = 20

NO_SCORE_OR_LEVEL = QT_TRANSLATE_NOOP(
    "Imports", "Neither the score nor the level is mapped; map at least one of them"
)
NO_LEVEL_SCHEME = QT_TRANSLATE_NOOP(
    "Imports",
    "The level column is mapped but this round has no level scheme; choose the round's level "
    "scheme (e.g. the FLN reading levels) in the round's details first",
)
NAMES_NOT_STORED = QT_TRANSLATE_NOOP(
    "Imports",
    "Student names were not stored: only the student id is kept (choose to keep names to store them).",
)
NO_STUDENT_ID = QT_TRANSLATE_NOOP(
    "Imports",
    "No student id column is mapped: each row is stored under a key made from this file and "
    "its row number, so these results cannot be linked to the same students in other rounds.",
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
    if "grade" not in columns:
        problems.append(file_problem(rows, translate("Imports", "No column is mapped to the grade; map it")))
    if "subject" not in columns:
        problems.append(
            file_problem(
                rows, translate("Imports", "No column is mapped to the subject; map it (or type the subject)")
            )
        )
    if "score" not in columns and "level" not in columns:
        problems.append(file_problem(rows, translate("Imports", NO_SCORE_OR_LEVEL)))
    if "level" in columns and round_.level_scheme is None:
        problems.append(file_problem(rows, translate("Imports", NO_LEVEL_SCHEME)))
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
    progress.report(0, 4, translate("Imports", "Finding the schools"))
    schools = resolve_schools(session, rows, options)
    found.extend(schools.problems, schools.bad)

    progress.report(1, 4, translate("Imports", "Reading students, grades and subjects"))
    if "student_id" in frame.columns:
        keys, lengths = tidy(frame["student_id"])
        found.add(
            lengths == 0,
            "student_id",
            lambda p: (
                None,
                translate("Imports", "the student id is empty"),
                translate("Imports", "the student's id"),
            ),
        )
        found.add(
            lengths > KEY_LENGTH,
            "student_id",
            lambda p: (
                keys[p],
                translate("Imports", "is longer than {limit} characters").format(limit=KEY_LENGTH),
                translate("Imports", "a student id"),
            ),
        )
    else:
        keys = _row_keys(rows)
        notes.append(translate("Imports", NO_STUDENT_ID))

    names = np.full(count, None, dtype=object)
    if "student_name" in frame.columns:
        if options.keep_names:
            tidied, lengths = tidy(frame["student_name"])
            names = np.where(lengths == 0, None, tidied)
            found.add(
                lengths > NAME_LENGTH,
                "student_name",
                lambda p: (
                    tidied[p],
                    translate("Imports", "is longer than {limit} characters").format(limit=NAME_LENGTH),
                    translate("Imports", "the student's name"),
                ),
            )
        else:
            notes.append(translate("Imports", NAMES_NOT_STORED))

    grades, missing = read_distinct(frame["grade"], read_grade)
    grade_cells = frame["grade"].to_numpy(dtype=object)
    found.add(
        missing,
        "grade",
        lambda p: (None, translate("Imports", "the grade is empty"), translate("Imports", EXPECTED_GRADE)),
    )
    found.add(
        ~missing & pd.isna(grades),
        "grade",
        lambda p: (
            grade_cells[p],
            translate("Imports", "is not a class this import reads"),
            translate("Imports", EXPECTED_GRADE),
        ),
    )

    gender = np.full(count, None, dtype=object)
    if "gender" in frame.columns:
        gender, missing = read_distinct(frame["gender"], read_gender)
        gender_cells = frame["gender"].to_numpy(dtype=object)
        found.add(
            ~missing & pd.isna(gender),
            "gender",
            lambda p: (
                gender_cells[p],
                translate("Imports", "is not a gender this import reads"),
                translate("Imports", EXPECTED_GENDER),
            ),
        )

    subjects, subject_lengths = tidy_distinct(frame["subject"])
    found.add(
        subject_lengths == 0,
        "subject",
        lambda p: (
            None,
            translate("Imports", "the subject is empty"),
            translate("Imports", "the subject, e.g. Mathematics or Kannada"),
        ),
    )
    found.add(
        subject_lengths > SUBJECT_LENGTH,
        "subject",
        lambda p: (
            subjects[p],
            translate("Imports", "is longer than {limit} characters").format(limit=SUBJECT_LENGTH),
            translate("Imports", "the subject's name"),
        ),
    )

    progress.report(2, 4, translate("Imports", "Reading scores, levels and dates"))
    scores = np.full(count, np.nan)
    score_blank = np.ones(count, dtype=bool)
    if "score" in frame.columns:
        scores, missing, wrong = read_scores(frame["score"])
        score_cells = frame["score"].to_numpy(dtype=object)
        found.add(
            wrong,
            "score",
            lambda p: (
                score_cells[p],
                translate("Imports", "is not a number"),
                translate("Imports", "the student's score"),
            ),
        )
        found.add(
            scores < 0,
            "score",
            lambda p: (
                score_cells[p],
                translate("Imports", "is negative"),
                translate("Imports", "a score of 0 or more"),
            ),
        )
        if round_.max_score is not None:
            top = round_.max_score
            found.add(
                scores > top,
                "score",
                lambda p: (
                    score_cells[p],
                    translate("Imports", "is above the round's maximum score of {top:g}").format(top=top),
                    translate("Imports", "a score from 0 to {top:g}").format(top=top),
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
                translate("Imports", "is not a level of {scheme}").format(scheme=round_.level_scheme.name),
                expected_level(labels),
            ),
        )
        levels = np.where(pd.isna(read), np.nan, read).astype(np.float64)
        level_blank = missing
    found.add(
        score_blank & level_blank,
        "score" if "score" in frame.columns else "level",
        lambda p: (
            None,
            translate("Imports", "the row has neither a score nor a level"),
            translate("Imports", "the student's score or level"),
        ),
    )

    assessed_on = np.full(count, None, dtype=object)
    if "assessed_on" in frame.columns:
        assessed_on, reasons, missing = read_dates(frame["assessed_on"])
        date_cells = frame["assessed_on"].to_numpy(dtype=object)
        found.add(
            ~missing & pd.isna(assessed_on),
            "assessed_on",
            lambda p: (date_cells[p], *reasons[p]),
        )

    progress.report(3, 4, translate("Imports", "Looking for repeated students"))
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
    progress.report(4, 4, translate("Imports", "Checked"))
    return CheckResult(counts, found.sorted(), schools.repairs, notes, _preview(new, round_), payload)


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
            translate(
                "Imports",
                "is a second result for this student in {subject}; row {row} already has one",
            ).format(subject=subjects[p], row=int(rows.row_numbers[earlier_of[p]])),
            translate("Imports", "one row per student and subject"),
        ),
    )


def _preview(new: pd.DataFrame, round_: AssessmentRound) -> list[dict[str, str]]:
    labels = round_.level_scheme.levels if round_.level_scheme is not None else []
    preview = []
    for row in new.head(PREVIEW_ROWS).itertuples(index=False):
        level = "" if np.isnan(row.level) else labels[int(row.level)]
        preview.append(
            {
                translate("Imports", "Student id"): row.student_key,
                translate("Imports", "Grade"): str(row.grade),
                translate("Imports", "Gender"): row.gender or "",
                translate("Imports", "Subject"): row.subject,
                translate("Imports", "Score"): "" if np.isnan(row.score) else f"{row.score:g}",
                translate("Imports", "Level"): level,
                translate("Imports", "Assessed on"): row.assessed_on or "",
            }
        )
    return preview
