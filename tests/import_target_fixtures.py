"""A small district with a level-scheme round, and helpers to check, write and undo rows of a target."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from db.models import AssessmentRound, Block, District, ImportBatch, LevelScheme, School, SchoolAlias
from desktop.services.database import Database
from desktop.services.imports.target import CheckResult, ImportOptions, ImportTarget, MappedRows

FLN_LEVELS = ["Beginner", "Letter", "Word", "Paragraph", "Story"]
SHA = "0123456789abcdef" * 4
CODES = ("29020100101", "29020100102", "29020100103")


@dataclass(frozen=True)
class World:
    round_id: int  # with the FLN scheme and a maximum score of 20
    plain_round_id: int  # no scheme, no maximum
    school_ids: dict[str, int]  # UDISE code -> id


def make_world(db: Database) -> World:
    with db.transaction() as session:
        district = District(name="Bagalkot", state_name="Karnataka", udise_code="2902")
        session.add(district)
        session.flush()
        block = Block(district_id=district.id, name="Badami")
        session.add(block)
        session.flush()
        schools = [
            School(udise_code=code, name=f"GHPS {n}", district_id=district.id, block_id=block.id)
            for n, code in enumerate(CODES, start=1)
        ]
        session.add_all(schools)
        scheme = LevelScheme(name="FLN reading", levels=FLN_LEVELS, achieving_from=3)
        session.add(scheme)
        session.flush()
        round_ = AssessmentRound(
            name="Baseline 2026", kind="baseline", level_scheme_id=scheme.id, max_score=20
        )
        plain = AssessmentRound(name="Survey 2026", kind="custom")
        session.add_all([round_, plain])
        session.flush()
        return World(round_.id, plain.id, {school.udise_code: school.id for school in schools})


def add_aliases(db: Database, system: str, codes: dict[str, int]) -> None:
    """Another system's ids for existing schools."""
    with db.transaction() as session:
        session.add_all(
            SchoolAlias(school_id=school_id, system=system, code=code) for code, school_id in codes.items()
        )


def mapped(columns: dict[str, list[str]], *, sha: str = SHA, file_name: str = "results.csv") -> MappedRows:
    """Rows as the pipeline hands them over: text cells, spreadsheet row numbers from 2."""
    frame = pd.DataFrame({key: pd.Series(values, dtype=object) for key, values in columns.items()})
    count = len(frame)
    return MappedRows(
        frame=frame,
        row_numbers=np.arange(2, count + 2),
        file_names=np.repeat(np.array([file_name], dtype=object), count),
        sheet=None,
        column_of={key: key.replace("_", " ").title() for key in columns},
        source_sha256=sha,
    )


def check(db: Database, target: ImportTarget, rows: MappedRows, options: ImportOptions) -> CheckResult:
    with db.reading() as session:
        round_ = session.get(AssessmentRound, options.round_id) if options.round_id else None
        return target.check(session, rows, options, round_)


def run(
    db: Database, target: ImportTarget, rows: MappedRows, options: ImportOptions
) -> tuple[CheckResult, int | None]:
    """Check and write in one transaction, as the pipeline does; the batch id, or None if nothing to store."""
    from desktop.services.progress import NO_PROGRESS

    with db.transaction() as session:
        round_ = session.get(AssessmentRound, options.round_id) if options.round_id else None
        checked = target.check(session, rows, options, round_)
        if checked.counts.create + checked.counts.update == 0:
            return checked, None
        batch = ImportBatch(
            target=target.key,
            round_id=options.round_id,
            file_names=["results.csv"],
            sha256=rows.source_sha256,
            mapping={},
            operator="tester",
        )
        session.add(batch)
        session.flush()
        target.write(session, checked, batch, NO_PROGRESS)
        return checked, batch.id


def undo(db: Database, target: ImportTarget, batch_id: int) -> None:
    with db.transaction() as session:
        target.undo(session, session.get(ImportBatch, batch_id))


def messages(checked: CheckResult) -> list[str]:
    return [problem.message for problem in checked.problems]
