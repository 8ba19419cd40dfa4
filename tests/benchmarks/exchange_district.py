"""The benchmark district of ``bench_exchange``: the demo's 2,500 schools with 200,000 student
results (the demo's baseline and midline, topped up with a third round) and an active
whole-district MoU whose terms allow all five categories."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import func, select

from db.models import LevelScheme, Mou, MouDataShare, MouPartner, Office, Organisation, School, StudentResult
from desktop.services.database import Database
from desktop.services.demo import DISTRICT, DemoSize, generate_demo
from desktop.services.exchange.catalogue import CATEGORIES
from desktop.services.imports.pipeline import store_rows
from desktop.services.imports.target import ImportOptions, MappedRows
from desktop.services.imports.targets.registry import get_target
from desktop.services.opening import open_database
from desktop.services.rounds import RoundInput, create_round

TODAY = date(2026, 11, 23)
RESULTS = 200_000
QUICK_SIZE = DemoSize(blocks=2, clusters_per_block=2, schools_per_cluster=5, headmasters=5)
QUICK_RESULTS = 2_000
MOU_REFERENCE = "DDPI/KVD/MOU/2026/BENCH"
TOP_UP_ROUND = ("Reading camp check 2026", "custom", date(2026, 11, 16))
SCHEME = "NAS performance levels"  # the demo rounds' scheme
SUBJECTS = ("Kannada", "Mathematics")


def _camp_results(schools: list[Any], pupils: int) -> pd.DataFrame:
    """``pupils`` students a school (the demo's ids, so pseudonyms link rounds), both subjects."""
    rng = np.random.default_rng(23)
    entries = [(school_id, code, pupil) for school_id, code in schools for pupil in range(pupils)]
    scores = rng.integers(0, 21, len(entries) * len(SUBJECTS))
    return pd.DataFrame(
        {
            "student_id": np.repeat(
                [f"D{school_id:05d}-{pupil:02d}" for school_id, _c, pupil in entries], len(SUBJECTS)
            ),
            "udise": np.repeat([code for _id, code, _pupil in entries], len(SUBJECTS)),
            "grade": 3,
            "gender": np.repeat([("F" if pupil % 2 else "M") for *_school, pupil in entries], len(SUBJECTS)),
            "subject": list(SUBJECTS) * len(entries),
            "score": scores,
            "level": 1 + np.minimum(3, scores // 5),
        }
    )


def _top_up_results(db: Database, target: int) -> int:
    """A third round with as many results as the demo's rounds lack of ``target`` (the demo's
    students, more of them per school), stored through the assessment import target."""
    with db.reading() as session:
        have = int(session.scalar(select(func.count()).select_from(StudentResult)) or 0)
        schools = list(session.execute(select(School.id, School.udise_code).order_by(School.id)))
        scheme_id = session.scalar(select(LevelScheme.id).where(LevelScheme.name == SCHEME))
    missing = target - have
    if missing <= 0:
        return have
    name, kind, held_on = TOP_UP_ROUND
    round_id = create_round(
        db,
        RoundInput(name, kind, start_date=held_on, end_date=held_on, level_scheme_id=scheme_id, max_score=20),
    ).id
    pupils = -(-missing // (len(schools) * len(SUBJECTS)))
    frame = _camp_results(schools, pupils).head(missing).astype(str)
    rows = MappedRows(
        frame=frame,
        row_numbers=np.arange(2, len(frame) + 2),
        file_names=np.repeat(np.array(["camp-check.csv"], dtype=object), len(frame)),
        sheet=None,
        column_of={key: key for key in frame.columns},
        source_sha256=hashlib.sha256(b"bench-exchange camp check").hexdigest(),
    )
    with db.transaction() as session:
        store_rows(
            session,
            get_target("assessment"),
            rows,
            ImportOptions(round_id=round_id),
            valid_rows_only=False,
            file_names=["camp-check.csv"],
            mapping={key: key for key in frame.columns},
            options_json={},
            operator="benchmark",
        )
    return have + len(frame)


def _add_mou(db: Database) -> None:
    """An active whole-district MoU of the DDPI office whose terms allow every category."""
    with db.transaction() as session:
        office_id = session.scalar(select(Office.id).where(Office.office_code == f"DDPI/{DISTRICT[3]}"))
        partner_id = session.scalar(select(Organisation.id).order_by(Organisation.id))
        mou = Mou(
            reference=MOU_REFERENCE,
            title="District-wide learning partnership (benchmark)",
            office_id=office_id,
            focus="fln",
            start_date=date(2026, 4, 1),
            end_date=date(2028, 3, 31),
            whole_district=True,
            status="active",
            status_changed_on=date(2026, 4, 1),
        )
        session.add(mou)
        session.flush()
        session.add(MouPartner(mou_id=mou.id, organisation_id=partner_id))
        for code in CATEGORIES:
            session.add(
                MouDataShare(mou_id=mou.id, category=code, purpose=f"Benchmark: {code}", keep_months=12)
            )


def build_database(path: Path, size: DemoSize, results: int) -> int:
    """The demo district (no MoUs of its own, committees or recognition), its results topped up to
    ``results``, and the benchmark's MoU; returns the number of results."""
    db, _report = open_database(path, operator="benchmark")
    try:
        generate_demo(
            db, size=size, with_mous=False, with_governance=False, with_recognition=False, today=TODAY
        )
        stored = _top_up_results(db, results)
        _add_mou(db)
    finally:
        db.close()
    return stored


def working_copy(kept: Path, folder: Path) -> Path:
    """A copy of the kept database to export from (an export logs itself and makes the office key,
    which the in-memory keyring forgets between runs)."""
    target = folder / "office.db"
    origin, copy = sqlite3.connect(kept), sqlite3.connect(target)
    with copy:
        origin.backup(copy)
    origin.close()
    copy.close()
    return target
