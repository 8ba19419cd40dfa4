"""The school indicators target: a school's enrolment, attendance and teachers in a round.

A district has a few thousand schools, so the write step uses ordinary ORM statements; the
checks still work on whole columns. Fields that are not mapped keep the values a school has.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from db.models import AssessmentRound, ImportBatch, ImportBatchChange, SchoolIndicator
from desktop.services.i18n import QT_TRANSLATE_NOOP, plural, translate
from desktop.services.imports.target import CheckResult, Counts, ImportOptions, MappedRows, TargetField
from desktop.services.imports.targets.registry import TARGET_LABELS
from desktop.services.imports.targets.row_problems import RowProblems
from desktop.services.imports.targets.school_column import file_problem, mapping_problems, resolve_schools
from desktop.services.imports.udise_codes import EXPECTED_CODE
from desktop.services.imports.values import numbers
from desktop.services.progress import NO_PROGRESS, Progress

ENTITY = "school_indicator"
COUNTS = ("enrolment", "enrolment_boys", "enrolment_girls", "teachers")
VALUES = ("enrolment", "enrolment_boys", "enrolment_girls", "attendance_percent", "teachers")
LABELS = {
    "enrolment": QT_TRANSLATE_NOOP("Imports", "Enrolment"),
    "enrolment_boys": QT_TRANSLATE_NOOP("Imports", "Boys enrolled"),
    "enrolment_girls": QT_TRANSLATE_NOOP("Imports", "Girls enrolled"),
    "attendance_percent": QT_TRANSLATE_NOOP("Imports", "Attendance %"),
    "teachers": QT_TRANSLATE_NOOP("Imports", "Teachers"),
}
NO_VALUES = QT_TRANSLATE_NOOP(
    "Imports", "No enrolment, attendance or teachers column is mapped; map at least one of them"
)
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Imports", "is not a number")
ABOVE_100 = QT_TRANSLATE_NOOP("Imports", "is above 100; expected the average attendance as a percentage")

FIELDS = (
    TargetField(
        "udise",
        QT_TRANSLATE_NOOP("Imports", "UDISE code"),
        aliases=("udise", "udise code", "dise code", "school code"),
        expected=EXPECTED_CODE,
    ),
    TargetField(
        "other_id",
        QT_TRANSLATE_NOOP("Imports", "Other school id"),
        aliases=("klp id", "school id"),
        expected=QT_TRANSLATE_NOOP(
            "Imports", "another system's id of the school (e.g. the KLP id); choose the system"
        ),
    ),
    TargetField(
        "enrolment",
        QT_TRANSLATE_NOOP("Imports", "Enrolment"),
        aliases=("enrolment", "enrollment", "total enrolment", "students", "total students"),
        expected=QT_TRANSLATE_NOOP("Imports", "the number of students enrolled"),
    ),
    TargetField(
        "enrolment_boys",
        QT_TRANSLATE_NOOP("Imports", "Boys enrolled"),
        aliases=("boys", "enrolment boys"),
        expected=QT_TRANSLATE_NOOP("Imports", "a whole number"),
    ),
    TargetField(
        "enrolment_girls",
        QT_TRANSLATE_NOOP("Imports", "Girls enrolled"),
        aliases=("girls", "enrolment girls"),
        expected=QT_TRANSLATE_NOOP("Imports", "a whole number"),
    ),
    TargetField(
        "attendance_percent",
        QT_TRANSLATE_NOOP("Imports", "Attendance %"),
        aliases=("attendance", "attendance %", "attendance percent", "average attendance"),
        expected=QT_TRANSLATE_NOOP("Imports", "the average attendance as a percentage, 0 to 100"),
    ),
    TargetField(
        "teachers",
        QT_TRANSLATE_NOOP("Imports", "Teachers"),
        aliases=("teachers", "no of teachers", "teachers in position"),
        expected=QT_TRANSLATE_NOOP("Imports", "a whole number"),
    ),
)


@dataclass
class IndicatorsPayload:
    round_id: int
    create: list[dict]  # school_id and the values
    update: list[tuple[int, dict, dict]]  # indicator id, the new values, the values before


def _values(rows: MappedRows, found: RowProblems) -> tuple[dict[str, np.ndarray], int]:
    """Each mapped value column as floats (NaN when blank); how many enrolments were added up."""
    frame = rows.frame
    count = len(frame)
    values: dict[str, np.ndarray] = {}
    for key in VALUES:
        if key not in frame.columns:
            continue
        read, _missing, wrong = (part.to_numpy() for part in numbers(frame[key]))
        read = read.astype(np.float64)
        cells = frame[key].to_numpy(dtype=object)
        what = translate("Imports", "{value} as a number").format(
            value=translate("Imports", LABELS[key]).lower()
        )
        not_a_number = translate("Imports", NOT_A_NUMBER)
        found.add(
            wrong,
            key,
            lambda p, cells=cells, what=what, text=not_a_number: (cells[p], text, what),
        )
        negative = (translate("Imports", "is negative"), translate("Imports", "0 or more"))
        found.add(read < 0, key, lambda p, cells=cells, texts=negative: (cells[p], *texts))
        if key in COUNTS:
            fraction = ~np.isnan(read) & (read != np.floor(read))
            whole = (translate("Imports", "is not a whole number"), translate("Imports", "a count"))
            found.add(fraction, key, lambda p, cells=cells, texts=whole: (cells[p], *texts))
        else:
            above = translate("Imports", ABOVE_100)
            found.add(read > 100, key, lambda p, cells=cells, text=above: (cells[p], text, None))
        values[key] = read
    summed = 0
    if {"enrolment_boys", "enrolment_girls"} <= values.keys():
        boys, girls = values["enrolment_boys"], values["enrolment_girls"]
        both = boys + girls
        total = values.get("enrolment", np.full(count, np.nan))
        fill = np.isnan(total) & ~np.isnan(both)
        if "enrolment" in values:
            cells = frame["enrolment"].to_numpy(dtype=object)
            found.add(
                ~np.isnan(total) & ~np.isnan(both) & (total < both),
                "enrolment",
                lambda p: (
                    cells[p],
                    translate(
                        "Imports", "is less than the boys and girls together ({boys} + {girls} = {both})"
                    ).format(boys=f"{boys[p]:g}", girls=f"{girls[p]:g}", both=f"{both[p]:g}"),
                    translate("Imports", "the total enrolment, at least boys + girls"),
                ),
            )
        summed = int((fill & ~found.bad).sum())
        values["enrolment"] = np.where(fill, both, total)
    return values, summed


def _duplicates(rows: MappedRows, found: RowProblems, school_ids: np.ndarray) -> None:
    key = "udise" if "udise" in rows.frame.columns else "other_id"
    cells = rows.frame[key].to_numpy(dtype=object)
    known = school_ids != 0
    repeated = pd.Series(school_ids).duplicated().to_numpy() & known
    if not repeated.any():
        return
    first = pd.Series(np.arange(len(school_ids)), index=school_ids)[
        ~pd.Series(school_ids).duplicated().to_numpy()
    ]
    found.add(
        repeated,
        key,
        lambda p: (
            cells[p],
            translate("Imports", "is the same school as row {row}").format(
                row=int(rows.row_numbers[first[school_ids[p]]])
            ),
            translate("Imports", "one row per school"),
        ),
    )


def _stored(value: float, key: str) -> int | float | None:
    if np.isnan(value):
        return None
    return float(value) if key == "attendance_percent" else int(value)


class IndicatorsTarget:
    """School indicators: one row per school and round."""

    key = "indicators"
    label = TARGET_LABELS["indicators"]  # one spelling, shared with listings that do not load targets
    needs_round = True
    fields = FIELDS

    def check(
        self,
        session: Session,
        rows: MappedRows,
        options: ImportOptions,
        round_: AssessmentRound | None,
        progress: Progress = NO_PROGRESS,
    ) -> CheckResult:
        """Every row's school and numbers checked; which schools' indicators would change."""
        if round_ is None:
            raise ValueError("school indicators need a round")
        frame = rows.frame
        refused = mapping_problems(rows, options)
        if not any(key in frame.columns for key in VALUES):
            refused.append(file_problem(rows, translate("Imports", NO_VALUES)))
        if refused:
            return CheckResult(Counts(error_rows=len(frame)), refused)
        progress.report(0, 2, translate("Imports", "Finding the schools"))
        found = RowProblems.for_rows(rows)
        schools = resolve_schools(session, rows, options)
        found.extend(schools.problems, schools.bad)
        values, summed = _values(rows, found)
        blank = np.logical_and.reduce([np.isnan(column) for column in values.values()])
        key = "udise" if "udise" in frame.columns else "other_id"
        found.add(
            blank & ~found.bad,
            key,
            lambda p: (
                None,
                translate("Imports", "the row has no enrolment, attendance or teachers"),
                translate("Imports", "at least one of them"),
            ),
        )
        _duplicates(rows, found, np.where(schools.bad, 0, schools.school_ids))
        progress.report(1, 2, translate("Imports", "Comparing with the round's indicators"))
        existing = {
            row.school_id: row
            for row in session.scalars(select(SchoolIndicator).where(SchoolIndicator.round_id == round_.id))
        }
        payload = IndicatorsPayload(round_.id, [], [])
        unchanged = 0
        preview: list[dict[str, str]] = []
        for position in np.flatnonzero(~found.bad).tolist():
            school_id = int(schools.school_ids[position])
            new = {name: _stored(column[position], name) for name, column in values.items()}
            held = existing.get(school_id)
            if held is None:
                payload.create.append({"school_id": school_id, **new})
            else:
                before = {name: getattr(held, name) for name in VALUES}
                if all(before[name] == value for name, value in new.items()):
                    unchanged += 1
                else:
                    payload.update.append((held.id, new, {**before, "batch_id": held.batch_id}))
            if len(preview) < 20:
                preview.append(
                    {
                        translate("Imports", LABELS[name]): "" if value is None else f"{value:g}"
                        for name, value in new.items()
                    }
                )
        counts = Counts(
            create=len(payload.create),
            update=len(payload.update),
            unchanged=unchanged,
            error_rows=int(found.bad.sum()),
            repaired=schools.repaired,
            normalised=schools.normalised,
        )
        notes = []
        if summed:
            message = plural(
                summed,
                translate("Imports", "Enrolment was empty in {count} row and was taken as boys + girls."),
                translate("Imports", "Enrolment was empty in {count} rows and was taken as boys + girls."),
            )
            notes.append(message.format(count=summed))
        progress.report(2, 2, translate("Imports", "Checked"))
        return CheckResult(counts, found.sorted(), schools.repairs, notes, preview, payload)

    def write(self, session: Session, checked: CheckResult, batch: ImportBatch, progress: Progress) -> None:
        """Store the checked indicators as ``batch``, keeping what updated rows held before."""
        payload: IndicatorsPayload = checked.payload
        progress.report(0, 1, translate("Imports", "Storing school indicators"))
        if payload.create:
            session.execute(
                insert(SchoolIndicator),
                [{"round_id": payload.round_id, "batch_id": batch.id, **row} for row in payload.create],
            )
        if payload.update:
            session.execute(
                update(SchoolIndicator),
                [{"id": row_id, "batch_id": batch.id, **new} for row_id, new, _before in payload.update],
            )
            session.execute(
                insert(ImportBatchChange),
                [
                    {"batch_id": batch.id, "entity": ENTITY, "entity_id": row_id, "before": before}
                    for row_id, _new, before in payload.update
                ],
            )
        progress.report(1, 1, translate("Imports", "Stored"))

    def undo(self, session: Session, batch: ImportBatch) -> None:
        """Put back the indicators ``batch`` replaced and delete those it created.

        An indicator a later batch changed again is left as that batch made it.
        """
        ours = set(session.scalars(select(SchoolIndicator.id).where(SchoolIndicator.batch_id == batch.id)))
        changes = session.execute(
            select(ImportBatchChange.entity_id, ImportBatchChange.before).where(
                ImportBatchChange.batch_id == batch.id, ImportBatchChange.entity == ENTITY
            )
        ).all()
        restored = [{"id": entity_id, **before} for entity_id, before in changes if entity_id in ours]
        if restored:
            session.execute(update(SchoolIndicator), restored)
        session.execute(
            delete(SchoolIndicator)
            .where(SchoolIndicator.batch_id == batch.id)
            .execution_options(synchronize_session=False)
        )


INDICATORS = IndicatorsTarget()
