"""The aggregated assessment table: per school, cluster and block, round, grade and subject.

Read from :class:`ResultSummary` (results already added up per school), never from the student
results, and over the MoU's covered schools only: a cluster or block row adds up the covered
schools in it, not the whole cluster or block. A group of 1 to 4 students (``figures.is_suppressed``)
keeps its identifying columns but not its figures, and says ``suppressed`` "yes"; a mean or a
percentage resting on 1 to 4 students (those with a score, those with a level) is left blank too,
as in the office's own reports.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from operator import add
from typing import Any

from sqlalchemy import and_, case, func, literal, select
from sqlalchemy.orm import Session

from db.models import Block, Cluster, ResultSummary, School
from desktop.services.baseline.analysis import NO_CLUSTER, round_info
from desktop.services.baseline.figures import is_suppressed, percent, rounded
from desktop.services.exchange.scope import ExportScope, among

# Rows of one unit: block first, then its clusters, each followed by its schools.
_LEVEL_RANK = {"block": 0, "cluster": 1, "school": 2}
# A district's 31,000 means and percentages have about a thousand distinct values between them,
# and each is rounded through Decimal (half up): remembered, that is a third of the time.
_rounded = lru_cache(maxsize=65_536)(rounded)
_percent = lru_cache(maxsize=65_536)(percent)


@dataclass(frozen=True)
class CoveredSchool:
    """A covered school's code and name, and the block and cluster it is counted in."""

    code: str
    name: str
    block_id: int
    block: str
    cluster_id: int | None
    cluster: str | None


def covered_schools(session: Session, school_ids: Iterable[int]) -> dict[int, CoveredSchool]:
    """School id -> code, name, block and cluster, for ``school_ids``."""
    statement = (
        select(School.id, School.udise_code, School.name, Block.id, Block.name, Cluster.id, Cluster.name)
        .join(Block, Block.id == School.block_id)
        .outerjoin(Cluster, Cluster.id == School.cluster_id)
        .where(among(School.id, school_ids))
    )
    return {row[0]: CoveredSchool(*row[1:]) for row in session.execute(statement)}


def _summary_statement(round_id: int, levels: int, achieving_from: int | None, school_ids: Any) -> Any:
    """Per school, grade and subject: students, scored, score sum, with a level, at grade level."""
    summary = ResultSummary
    known_level = and_(summary.level >= 0, summary.level < levels)
    achieving = and_(summary.level >= (achieving_from or 0), summary.level < levels)
    return (
        select(
            summary.school_id,
            summary.grade,
            summary.subject,
            func.sum(summary.students),
            func.sum(summary.scored),
            func.sum(summary.score_sum),
            func.sum(case((known_level, summary.students), else_=0)),
            func.sum(case((achieving, summary.students), else_=0))
            if achieving_from is not None
            else literal(0),
        )
        .where(summary.round_id == round_id, among(summary.school_id, school_ids))
        .group_by(summary.school_id, summary.grade, summary.subject)
    )


def _figures(totals: list[float], with_scheme: bool) -> tuple[Any, ...]:
    """students, mean_score, percent_at_grade_level, suppressed from the added-up counts."""
    students, scored, score_sum, with_level, achieving = totals
    students, scored, with_level = int(students), int(scored), int(with_level)
    if is_suppressed(students):
        return (None, None, None, "yes")
    mean = _rounded(score_sum / scored) if scored and not is_suppressed(scored) else None
    share = (
        _percent(achieving, with_level)
        if with_scheme and with_level and not is_suppressed(with_level)
        else None
    )
    return (students, mean, share, "no")


def _units(school_id: int, school: CoveredSchool) -> tuple[tuple, ...]:
    """The block, cluster and school whose figures a school's results are added into."""
    return (
        ("block", school.block_id, None, None),
        ("cluster", school.block_id, school.cluster_id, None),
        ("school", school.block_id, school.cluster_id, school_id),
    )


def aggregate_rows(session: Session, scope: ExportScope) -> tuple[list[tuple], set[str]]:
    """The rows of the assessment_aggregates table and the UDISE codes of the schools in them."""
    schools = covered_schools(session, scope.school_ids)
    units = {school_id: _units(school_id, school) for school_id, school in schools.items()}
    connection = session.connection()
    rows: list[tuple] = []
    codes: set[str] = set()
    for position, round_id in enumerate(scope.round_ids):
        info = round_info(session, round_id)
        statement = _summary_statement(round_id, len(info.levels), info.achieving_from, schools)
        # The DBAPI cursor's plain tuples (only ids written into the SQL): SQLAlchemy's rows
        # would cost as much as the adding up.
        sql = str(statement.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True}))
        found = connection.connection.dbapi_connection.cursor().execute(sql).fetchall()
        # (unit, grade, subject) -> [students, scored, score_sum, with_level, achieving]
        sums: dict[tuple, list[float]] = defaultdict(lambda: [0, 0, 0.0, 0, 0])
        for school_id, grade, subject, *values in found:
            codes.add(schools[school_id].code)
            for unit in units[school_id]:
                key = (unit, grade, subject)
                sums[key] = list(map(add, sums[key], values))
        with_scheme = info.achieving_from is not None
        for ((level, block_id, cluster_id, school_id), grade, subject), totals in sums.items():
            rows.append(
                (
                    position,
                    level,
                    block_id,
                    cluster_id,
                    school_id,
                    grade,
                    subject,
                    _figures(totals, with_scheme),
                )
            )
    return _ordered(rows, schools, scope.round_names), codes


def _ordered(
    rows: list[tuple], schools: dict[int, CoveredSchool], round_names: tuple[str, ...]
) -> list[tuple]:
    block_names = {s.block_id: s.block for s in schools.values()}
    cluster_names = {s.cluster_id: s.cluster for s in schools.values() if s.cluster_id is not None}

    def table_row(row: tuple) -> tuple:
        position, level, block_id, cluster_id, school_id, grade, subject, figures = row
        cluster = cluster_names.get(cluster_id, NO_CLUSTER) if level != "block" else None
        code = name = None
        if level == "school":
            school = schools[school_id]
            code, name, cluster = school.code, school.name, school.cluster or NO_CLUSTER
        return (
            level,
            block_names[block_id],
            cluster,
            code,
            name,
            round_names[position],
            grade,
            subject,
            *figures,
        )

    def order(row: tuple) -> tuple:
        position, level, block_id, cluster_id, school_id, grade, subject, _figures = row
        cluster = cluster_names.get(cluster_id, "") if level != "block" else ""
        return (
            position,
            block_names[block_id].casefold(),
            block_id,
            level != "block",
            cluster_id is None,  # the schools of no cluster after the clusters
            cluster.casefold(),
            cluster_id or 0,
            _LEVEL_RANK[level],
            schools[school_id].code if school_id is not None else "",
            grade,
            subject.casefold(),
        )

    return [table_row(row) for row in sorted(rows, key=order)]


def aggregate_count(session: Session, scope: ExportScope) -> int:
    """How many rows :func:`aggregate_rows` gives, from the distinct keys alone."""
    schools = covered_schools(session, scope.school_ids)
    statement = (
        select(ResultSummary.round_id, ResultSummary.school_id, ResultSummary.grade, ResultSummary.subject)
        .where(among(ResultSummary.round_id, scope.round_ids), among(ResultSummary.school_id, schools))
        .distinct()
    )
    units: set[tuple] = set()
    for round_id, school_id, grade, subject in session.execute(statement):
        school = schools[school_id]
        units.add((round_id, "block", school.block_id, grade, subject))
        units.add((round_id, "cluster", (school.block_id, school.cluster_id), grade, subject))
        units.add((round_id, "school", school_id, grade, subject))
    return len(units)
