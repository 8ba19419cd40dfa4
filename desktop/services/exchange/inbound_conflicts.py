"""Rows of a partner's package that would overwrite the office's own newer data.

A package row that would change a stored row (the same round, student and subject for results;
the same round and school for indicators) is an ordinary update when the stored row was imported
before the package was made. When the office imported it after that, the office's data is newer
than what the partner worked from: the row is a conflict, listed with both values and left out of
the import (the office's record wins) unless the user takes the package's value, row by row or
for all. A source that does not say when it was made (an unsigned workbook) makes every such row
a conflict: nothing tells which side is newer.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

import numpy as np
import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AssessmentRound, ImportBatch, School, SchoolIndicator
from desktop.documents.text import indian_date
from desktop.services.exchange.keys import as_utc
from desktop.services.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.imports.target import CheckResult, MappedRows
from desktop.services.imports.targets.assessment_existing import COMPARED
from desktop.services.imports.targets.indicators import LABELS as INDICATOR_LABELS
from desktop.services.imports.targets.indicators import VALUES as INDICATOR_VALUES
from desktop.services.moments import local_day
from desktop.services.text import clean

RESULTS = "student_results_pseudonymised"
INDICATORS = "school_indicators"
RESULT_LABELS = {
    "school_id": QT_TRANSLATE_NOOP("Exchange", "School"),
    "student_name": QT_TRANSLATE_NOOP("Exchange", "Student name"),
    "grade": QT_TRANSLATE_NOOP("Exchange", "Grade"),
    "gender": QT_TRANSLATE_NOOP("Exchange", "Gender"),
    "score": QT_TRANSLATE_NOOP("Exchange", "Score"),
    "level": QT_TRANSLATE_NOOP("Exchange", "Level"),
    "assessed_on": QT_TRANSLATE_NOOP("Exchange", "Assessed on"),
}
BLANK = QT_TRANSLATE_NOOP("Exchange", "blank")


@dataclass(frozen=True)
class Conflict:
    """One package row that would overwrite data the office imported after the package was made."""

    key: str  # "results:<student>:<subject>" or "indicators:<UDISE code>": what the user chooses by
    category: str
    description: str  # which record, e.g. "Student S1A2…, Mathematics, school 29020100101"
    office_value: str  # the fields that differ, as the office has them
    package_value: str  # the same fields as the package has them
    office_changed_on: date  # the office's day its own value was imported
    office_changed_by: str
    fields: tuple[str, ...]  # labels of the fields that differ

    @property
    def text(self) -> str:
        """The conflict in one line, for lists and messages."""
        return translate(
            "Exchange",
            "{record}: the office has {office_value} (imported {day} by {operator}); "
            "the package has {package_value}.",
        ).format(
            record=self.description,
            office_value=self.office_value,
            day=indian_date(self.office_changed_on),
            operator=self.office_changed_by,
            package_value=self.package_value,
        )


def result_key(student_key: str, subject: str) -> str:
    return f"results:{student_key}:{subject}"


def indicator_key(udise_code: str) -> str:
    return f"indicators:{udise_code}"


def row_keys(category: str, rows: MappedRows, school_codes: np.ndarray) -> np.ndarray:
    """Each row's conflict key (as :class:`Conflict.key`), so chosen conflicts find their rows.
    ``school_codes``: each row's school as found by the import ("" where none was)."""
    if category == RESULTS:
        students = (clean(cell) if isinstance(cell, str) else "" for cell in rows.frame["student_id"])
        subjects = (clean(cell) if isinstance(cell, str) else "" for cell in rows.frame["subject"])
        keys = [result_key(s, subject) for s, subject in zip(students, subjects, strict=True)]
    else:
        keys = [indicator_key(code) if code else "" for code in school_codes]
    return np.array(keys, dtype=object)


def _batches(session: Session, batch_ids: Iterable[int]) -> dict[int, tuple[datetime, str]]:
    wanted = sorted({int(batch_id) for batch_id in batch_ids})
    if not wanted:
        return {}
    rows = session.execute(
        select(ImportBatch.id, ImportBatch.imported_at, ImportBatch.operator).where(
            ImportBatch.id.in_(wanted)
        )
    )
    return {batch_id: (as_utc(imported_at), operator) for batch_id, imported_at, operator in rows}  # type: ignore[misc]


def _newer(imported_at: datetime, created_at: datetime | None) -> bool:
    return created_at is None or imported_at > created_at


def _codes(session: Session, school_ids: Iterable[int]) -> dict[int, str]:
    wanted = sorted({int(school_id) for school_id in school_ids})
    if not wanted:
        return {}
    return dict(session.execute(select(School.id, School.udise_code).where(School.id.in_(wanted))).all())


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _same(new: object, old: object) -> bool:
    return (_missing(new) and _missing(old)) or (not _missing(new) and not _missing(old) and new == old)


def _result_text(name: str, value: object, codes: dict[int, str], levels: list[str]) -> str:
    if _missing(value):
        shown = translate("Exchange", BLANK)
    elif name == "school_id":
        shown = codes.get(int(value), f"#{value}")  # type: ignore[call-overload]
    elif name == "score":
        shown = f"{float(value):g}"  # type: ignore[arg-type]
    elif name == "level":
        index = int(value)  # type: ignore[call-overload]
        shown = levels[index] if 0 <= index < len(levels) else str(index)
    elif name == "assessed_on":
        shown = indian_date(date.fromisoformat(str(value)[:10]))
    else:
        shown = str(value)
    return f"{translate('Exchange', RESULT_LABELS[name])} {shown}"


def _result_conflicts(
    session: Session, checked: CheckResult, round_: AssessmentRound, created_at: datetime | None
) -> list[Conflict]:
    payload = checked.payload
    changed: pd.DataFrame = payload.changed
    before: pd.DataFrame = payload.before
    if changed.empty:
        return []
    batches = _batches(session, before["batch_id"].tolist())
    newer = [batch_id for batch_id, (imported_at, _who) in batches.items() if _newer(imported_at, created_at)]
    # Most changes of a large package are plain updates: only the conflicting rows are read one by one.
    conflicting = before["batch_id"].isin(newer).to_numpy()
    if not conflicting.any():
        return []
    changed, before = changed[conflicting], before[conflicting]
    codes = _codes(session, [*changed["school_id"].tolist(), *before["school_id"].tolist()])
    levels = list(round_.level_scheme.levels) if round_.level_scheme is not None else []
    conflicts = []
    for new, old in zip(changed.to_dict("records"), before.to_dict("records"), strict=True):
        imported_at, operator = batches[int(old["batch_id"])]
        differ = [name for name in COMPARED if not _same(new[name], old[name])]
        school = codes.get(int(new["school_id"]), "")
        conflicts.append(
            Conflict(
                key=result_key(new["student_key"], new["subject"]),
                category=RESULTS,
                description=translate("Exchange", "Student {student}, {subject}, school {school}").format(
                    student=new["student_key"], subject=new["subject"], school=school
                ),
                office_value="; ".join(_result_text(n, old[n], codes, levels) for n in differ),
                package_value="; ".join(_result_text(n, new[n], codes, levels) for n in differ),
                office_changed_on=local_day(imported_at),
                office_changed_by=operator,
                fields=tuple(RESULT_LABELS[n] for n in differ),
            )
        )
    return conflicts


def _indicator_text(name: str, value: object) -> str:
    shown = translate("Exchange", BLANK) if _missing(value) else f"{float(value):g}"  # type: ignore[arg-type]
    return f"{translate('Imports', INDICATOR_LABELS[name])} {shown}"


def _indicator_conflicts(
    session: Session, checked: CheckResult, created_at: datetime | None
) -> list[Conflict]:
    updates = checked.payload.update
    if not updates:
        return []
    batches = _batches(session, [before["batch_id"] for _id, _new, before in updates])
    ids = [row_id for row_id, _new, _before in updates]
    schools = dict(
        session.execute(
            select(SchoolIndicator.id, School.udise_code)
            .join(School, School.id == SchoolIndicator.school_id)
            .where(SchoolIndicator.id.in_(ids))
        ).all()
    )
    names = dict(
        session.execute(
            select(School.udise_code, School.name).where(School.udise_code.in_(schools.values()))
        ).all()
    )
    conflicts = []
    for row_id, new, before in updates:
        imported_at, operator = batches[int(before["batch_id"])]
        if not _newer(imported_at, created_at):
            continue
        differ = [name for name in INDICATOR_VALUES if name in new and not _same(new[name], before[name])]
        code = schools[row_id]
        conflicts.append(
            Conflict(
                key=indicator_key(code),
                category=INDICATORS,
                description=translate("Exchange", "School {code} {name}")
                .format(code=code, name=names.get(code, ""))
                .rstrip(),
                office_value="; ".join(_indicator_text(n, before[n]) for n in differ),
                package_value="; ".join(_indicator_text(n, new[n]) for n in differ),
                office_changed_on=local_day(imported_at),
                office_changed_by=operator,
                fields=tuple(INDICATOR_LABELS[n] for n in differ),
            )
        )
    return conflicts


def find_conflicts(
    session: Session,
    category: str,
    checked: CheckResult,
    round_: AssessmentRound,
    created_at: datetime | None,
) -> list[Conflict]:
    """The rows of a checked table that would overwrite office data newer than ``created_at``."""
    if checked.payload is None:
        return []
    if category == RESULTS:
        return _result_conflicts(session, checked, round_, created_at)
    return _indicator_conflicts(session, checked, created_at)
