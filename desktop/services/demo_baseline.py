"""The demo district's baseline and midline: school indicators and grade 3 results in two subjects.

Stored through the real import targets (check, then write as a batch), so the demo's Imports tab
lists real batches that can be undone, and the Analysis tab has two rounds to compare: most
schools improve between them, some much more than others.
"""

from __future__ import annotations

import hashlib
import random
from datetime import date

import numpy as np
import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.audit import SEED_KEY
from db.models import AssessmentRound, LevelScheme, School
from desktop.services.imports.pipeline import store_rows
from desktop.services.imports.target import ImportOptions, MappedRows
from desktop.services.imports.targets.registry import get_target
from desktop.services.rounds import STANDARD_SCHEMES

STUDENTS_PER_SCHOOL = 12
SUBJECTS = ("Kannada", "Mathematics")
SCHEME = "NAS performance levels"
ROUNDS = (("Baseline 2026", "baseline", date(2026, 7, 6)), ("Midline 2026", "midline", date(2026, 11, 9)))


def _rows(frame: pd.DataFrame, name: str) -> MappedRows:
    digest = hashlib.sha256(pd.util.hash_pandas_object(frame, index=False).values.tobytes()).hexdigest()
    return MappedRows(
        frame=frame.astype(str).reset_index(drop=True),
        row_numbers=np.arange(2, len(frame) + 2),
        file_names=np.repeat(np.array([name], dtype=object), len(frame)),
        sheet=None,
        column_of={key: key for key in frame.columns},
        source_sha256=digest,
    )


def _store(session: Session, key: str, frame: pd.DataFrame, name: str, round_id: int) -> None:
    store_rows(
        session,
        get_target(key),
        _rows(frame, name),
        ImportOptions(round_id=round_id),
        valid_rows_only=False,
        file_names=[name],
        mapping={column: column for column in frame.columns},
        options_json={},
        operator="demo",
    )


def add_demo_baseline(session: Session, rng: random.Random) -> None:
    """Two rounds with indicators and results for every demo school, in the open transaction."""
    session.info[SEED_KEY] = True  # generated data, not anyone's change: not audited
    try:
        _add_rounds(session, rng)
        session.flush()
    finally:
        session.info.pop(SEED_KEY, None)


def _add_rounds(session: Session, rng: random.Random) -> None:
    # The Baseline page may have added the standard schemes already (it does on first showing).
    present = set(session.scalars(select(LevelScheme.name)))
    for name, levels, achieving_from, notes in STANDARD_SCHEMES:
        if name not in present:
            session.add(
                LevelScheme(name=name, levels=list(levels), achieving_from=achieving_from, notes=notes)
            )
    session.flush()
    scheme_id = session.scalar(select(LevelScheme.id).where(LevelScheme.name == SCHEME))
    schools = list(session.execute(select(School.id, School.udise_code).order_by(School.id)))
    growth = {school_id: rng.uniform(-0.05, 0.35) for school_id, _code in schools}
    # Each school's starting point, so blocks and clusters differ as real ones do.
    start = {school_id: rng.uniform(0.25, 0.7) for school_id, _code in schools}
    for index, (round_name, kind, held_on) in enumerate(ROUNDS):
        round_ = AssessmentRound(
            name=round_name,
            kind=kind,
            start_date=held_on,
            end_date=held_on.replace(day=held_on.day + 4),
            tool="District FLN assessment, grade 3",
            level_scheme_id=scheme_id,
            max_score=20,
        )
        session.add(round_)
        session.flush()
        indicators, results = [], []
        for school_id, code in schools:
            enrolment = 40 + school_id * 37 % 260
            indicators.append(
                {
                    "udise": code,
                    "enrolment": round(enrolment * (1 + 0.03 * index * (growth[school_id] > 0.1))),
                    "attendance_percent": round(
                        min(99.0, 72 + 20 * start[school_id] + 8 * index * growth[school_id]), 1
                    ),
                    "teachers": 2 + school_id % 7,
                }
            )
            ability = min(0.95, start[school_id] + index * growth[school_id])
            for pupil in range(STUDENTS_PER_SCHOOL):
                for subject in SUBJECTS:
                    score = max(0, min(20, round(rng.gauss(20 * ability, 3))))
                    results.append(
                        {
                            "student_id": f"D{school_id:05d}-{pupil:02d}",
                            "udise": code,
                            "grade": 3,
                            "gender": "F" if pupil % 2 else "M",
                            "subject": subject,
                            "score": score,
                            "level": 1 + min(3, score // 5),
                        }
                    )
        _store(session, "indicators", pd.DataFrame(indicators), f"demo-indicators-{kind}.csv", round_.id)
        _store(session, "assessment", pd.DataFrame(results), f"demo-results-{kind}.csv", round_.id)
