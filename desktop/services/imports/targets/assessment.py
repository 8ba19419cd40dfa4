"""The student assessment results target: one row per student and subject in a round."""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.models import AssessmentRound, ImportBatch
from desktop.services.i18n import QT_TRANSLATE_NOOP
from desktop.services.imports.target import CheckResult, ImportOptions, MappedRows, TargetField
from desktop.services.imports.targets.assessment_check import check_results
from desktop.services.imports.targets.assessment_write import undo_results, write_results
from desktop.services.imports.targets.registry import TARGET_LABELS
from desktop.services.imports.targets.result_values import EXPECTED_GENDER, EXPECTED_GRADE
from desktop.services.imports.udise_codes import EXPECTED_CODE
from desktop.services.imports.values import EXPECTED_DATE
from desktop.services.progress import NO_PROGRESS, Progress

FIELDS = (
    TargetField(
        "student_id",
        QT_TRANSLATE_NOOP("Imports", "Student id"),
        aliases=(
            "student id",
            "student_id",
            "sats",
            "sats id",
            "sats no",
            "roll no",
            "roll number",
            "enrolment no",
        ),
        expected=QT_TRANSLATE_NOOP(
            "Imports",
            "the student's id (the state's student number such as SATS, the PEN, or the school's roll number); names are not needed",
        ),
        free_text=True,
    ),
    TargetField(
        "student_name",
        QT_TRANSLATE_NOOP("Imports", "Student name"),
        aliases=("student name", "name of the student", "name", "student"),
        expected=QT_TRANSLATE_NOOP("Imports", "stored only when you choose to keep names"),
        free_text=True,
    ),
    TargetField(
        "udise",
        QT_TRANSLATE_NOOP("Imports", "UDISE code"),
        aliases=("udise", "udise code", "dise code", "school code"),
        expected=EXPECTED_CODE,
    ),
    TargetField(
        "other_id",
        QT_TRANSLATE_NOOP("Imports", "Other school id"),
        aliases=("klp id", "school id", "school_id"),
        expected=QT_TRANSLATE_NOOP(
            "Imports", "another system's id of the school (e.g. the KLP id); choose the system"
        ),
    ),
    TargetField(
        "grade",
        QT_TRANSLATE_NOOP("Imports", "Grade"),
        required=True,
        aliases=("grade", "class", "std", "standard"),
        expected=EXPECTED_GRADE,
    ),
    TargetField(
        "gender",
        QT_TRANSLATE_NOOP("Imports", "Gender"),
        aliases=("gender", "sex", "boy/girl"),
        expected=EXPECTED_GENDER,
    ),
    TargetField(
        "subject",
        QT_TRANSLATE_NOOP("Imports", "Subject"),
        required=True,
        aliases=("subject", "subject name"),
        expected=QT_TRANSLATE_NOOP(
            "Imports", "the subject, e.g. Mathematics; type it if the file has one subject"
        ),
        fixed_allowed=True,
        free_text=True,
    ),
    TargetField(
        "score",
        QT_TRANSLATE_NOOP("Imports", "Score"),
        aliases=("score", "total", "marks", "total marks"),
        expected=QT_TRANSLATE_NOOP("Imports", "a number from 0"),
    ),
    TargetField(
        "level",
        QT_TRANSLATE_NOOP("Imports", "Level"),
        aliases=("level", "learning level", "competency level"),
        expected=QT_TRANSLATE_NOOP("Imports", "a level of the round's level scheme, by name or number"),
    ),
    TargetField(
        "assessed_on",
        QT_TRANSLATE_NOOP("Imports", "Assessed on"),
        aliases=("date", "assessed on", "assessment date", "date of assessment"),
        expected=EXPECTED_DATE,
    ),
)


class AssessmentTarget:
    """Student results: checked on whole columns, stored with ``executemany``, undone by batch."""

    key = "assessment"
    label = TARGET_LABELS["assessment"]  # one spelling, shared with listings that do not load targets
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
        """Every row read and checked against the round and the school directory; nothing written."""
        if round_ is None:
            raise ValueError("assessment results need a round")
        return check_results(session, rows, options, round_, progress)

    def write(self, session: Session, checked: CheckResult, batch: ImportBatch, progress: Progress) -> None:
        """Store the checked rows as ``batch``."""
        write_results(session, checked.payload, batch, progress)

    def undo(self, session: Session, batch: ImportBatch) -> None:
        """Take ``batch`` back: changed results restored, created ones deleted, summary in step."""
        undo_results(session, batch)


ASSESSMENT = AssessmentTarget()
