"""One assessment round analysed by district, block, cluster or school.

Reads :class:`ResultSummary` (results already added up per school, grade, subject, gender and
level) and :class:`SchoolIndicator`, never the student results themselves: a block-level analysis
of a million results reads a few thousand grouped rows. Grade and subject filters narrow the
results; enrolment, attendance and teachers are whole-school figures and are not narrowed by them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from operator import add
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from db.models import AssessmentRound, Block, Cluster, District, ResultSummary, School, SchoolIndicator
from desktop.services.baseline.figures import Indicators, Results
from desktop.services.database import Database
from desktop.services.errors import ValidationError
from desktop.services.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.records import get_or_raise

LEVELS = ("district", "block", "cluster", "school")
# The levels' names, translated where shown as the committees' are (the same words, translated once).
LEVEL_NAMES = {
    "district": QT_TRANSLATE_NOOP("Committees", "District"),
    "block": QT_TRANSLATE_NOOP("Committees", "Block"),
    "cluster": QT_TRANSLATE_NOOP("Committees", "Cluster"),
    "school": QT_TRANSLATE_NOOP("Committees", "School"),
}
NO_CLUSTER = "(no cluster)"


@dataclass(frozen=True)
class RoundInfo:
    """What the report says about a round: name, kind, dates, tool and how levels are read."""

    id: int
    name: str
    kind: str
    start_date: date | None
    end_date: date | None
    tool: str | None
    max_score: float | None
    scheme: str | None  # the level scheme's name
    levels: tuple[str, ...]  # lowest first; empty when the round has no level scheme
    achieving_from: int | None  # index into levels

    @property
    def achieving_levels(self) -> tuple[str, ...]:
        return self.levels[self.achieving_from :] if self.achieving_from is not None else ()


@dataclass(frozen=True)
class Unit:
    """A district, block, cluster or school, with the names of its parents.

    ``id`` is None only for the schools of a block that have no cluster, grouped at cluster level
    under "(no cluster)"."""

    level: str
    id: int | None
    name: str
    name_local: str | None = None
    block: str | None = None
    cluster: str | None = None
    code: str | None = None  # a school's UDISE code

    @property
    def key(self) -> tuple[str, int | None, str | None]:
        """What matches the same unit in two rounds."""
        return (self.level, self.id, self.block if self.id is None else None)


@dataclass(frozen=True)
class UnitRow:
    """One unit's figures: all selected subjects together, each subject, and its schools' indicators."""

    unit: Unit
    results: Results
    subjects: tuple[tuple[str, Results], ...]
    indicators: Indicators

    def subject(self, name: str) -> Results | None:
        return next((results for subject, results in self.subjects if subject == name), None)


@dataclass(frozen=True)
class RoundAnalysis:
    round: RoundInfo
    by: str
    grade: int | None
    subject: str | None
    within: Unit | None  # the block or cluster drilled into
    rows: tuple[UnitRow, ...]
    total: UnitRow  # the district (or the block or cluster drilled into) as a whole
    subjects: tuple[str, ...]  # present in the round, for the filters
    grades: tuple[int, ...]

    @property
    def shown_subjects(self) -> tuple[str, ...]:
        """The subjects the figures cover, in the order of :attr:`subjects`."""
        return tuple(name for name in self.subjects if self.subject in (None, name))


def round_info(session: Session, round_id: int) -> RoundInfo:
    found = get_or_raise(session, AssessmentRound, round_id, translate("Baseline", "Assessment round"))
    scheme = found.level_scheme
    levels = tuple(scheme.levels) if scheme is not None else ()
    achieving = scheme.achieving_from if scheme is not None and scheme.achieving_from < len(levels) else None
    return RoundInfo(
        found.id, found.name, found.kind, found.start_date, found.end_date, found.tool, found.max_score,
        scheme.name if scheme is not None else None, levels, achieving,
    )  # fmt: skip


def _keys(by: str) -> list[Any]:
    return {
        "district": [School.district_id],
        "block": [School.block_id],
        "cluster": [School.block_id, School.cluster_id],
        "school": [School.id],
    }[by]


def _check(by: str, within: tuple[str, int] | None) -> None:
    if by not in LEVELS:
        raise ValidationError.single(
            "by",
            translate("Baseline", "Figures can be grouped by {levels}; not by '{by}'.").format(
                levels=", ".join(LEVELS), by=by
            ),
        )
    if within is not None and within[0] not in ("block", "cluster"):
        raise ValidationError.single(
            "within",
            translate(
                "Baseline", "Figures can be narrowed to one block or one cluster; not to a {level}."
            ).format(level=within[0]),
        )


def _scope(statement: Any, within: tuple[str, int] | None) -> Any:
    if within is None:
        return statement
    column = School.block_id if within[0] == "block" else School.cluster_id
    return statement.where(column == within[1])


def _school_keys(session: Session, by: str, within: tuple[str, int] | None) -> dict[int, tuple]:
    """Each school in scope -> the key of the unit it is counted in."""
    statement = _scope(select(School.id, *_keys(by)), within)
    return {row[0]: tuple(row[1:]) for row in session.execute(statement)}


def _results(
    session: Session, info: RoundInfo, by: str, grade: int | None, subject: str | None, within: Any
) -> tuple[dict[tuple, dict[str, Results]], dict[tuple, int], set[str], set[int]]:
    """Per unit key, per subject: the results added up; per unit key, the pupils assessed; and the
    subjects and grades seen.

    A pupil has a result in each subject, and the summaries do not know pupils, so the pupils of a
    school's grade are counted as its largest subject: exact when every pupil takes every subject.

    The summaries are grouped by school, grade and subject (the start of their primary key, so
    SQLite adds them up as it reads them, without sorting), levels side by side; the few thousand
    rows that gives are added up per unit here. Grouping by unit in SQL would sort every row."""
    levels = len(info.levels)
    summary = ResultSummary
    statement = (
        select(
            summary.school_id,
            summary.grade,
            summary.subject,
            func.sum(summary.students),
            func.sum(summary.scored),
            func.sum(summary.score_sum),
            # A level the scheme does not have (or -1, none) counts as no level.
            *(func.sum(case((summary.level == level, summary.students), else_=0)) for level in range(levels)),
        )
        .where(summary.round_id == info.id)
        .group_by(summary.school_id, summary.grade, summary.subject)
    )
    if grade is not None:
        statement = statement.where(summary.grade == grade)
    if subject is not None:
        statement = statement.where(summary.subject == subject)
    unit_of = _school_keys(session, by, within)
    subjects: set[str] = set()
    grades: set[int] = set()
    # unit key -> subject -> [students, scored, score_sum, level counts...]
    sums: dict[tuple, dict[str, list[float]]] = defaultdict(dict)
    # unit key -> (school, grade) -> pupils in its largest subject
    largest: dict[tuple, dict[tuple[int, int], int]] = defaultdict(dict)
    # Core rows straight from the connection (no ORM layer), added up with map(): this loop sees
    # one row per school, grade and subject, 20,000 for a district of 2,000 schools.
    for school_id, row_grade, name, *values in session.connection().execute(statement):
        subjects.add(name)
        grades.add(row_grade)
        key = unit_of.get(school_id)
        if key is None:  # outside the block or cluster drilled into
            continue
        per_class = largest[key]
        per_class[school_id, row_grade] = max(per_class.get((school_id, row_grade), 0), int(values[0]))
        per_subject = sums[key]
        totals = per_subject.get(name)
        per_subject[name] = values if totals is None else list(map(add, totals, values))
    results = {
        key: {
            name: Results(
                int(t[0]), tuple(int(c) for c in t[3:]), info.achieving_from, int(t[1]), t[2], info.max_score
            )
            for name, t in per_subject.items()
        }
        for key, per_subject in sums.items()
    }
    pupils = {key: sum(per_class.values()) for key, per_class in largest.items()}
    return results, pupils, subjects, grades


def _indicators(session: Session, round_id: int, by: str, within: Any) -> dict[tuple, Indicators]:
    keys = _keys(by)
    indicator = SchoolIndicator
    both = indicator.enrolment.is_not(None) & indicator.attendance_percent.is_not(None)
    staffed = indicator.enrolment.is_not(None) & indicator.teachers.is_not(None)
    statement = (
        select(
            *keys,
            func.count(),
            func.sum(indicator.enrolment),
            func.sum(case((both, indicator.enrolment * indicator.attendance_percent), else_=0)),
            func.sum(case((both, indicator.enrolment), else_=0)),
            func.sum(case((staffed, indicator.teachers), else_=0)),
            func.sum(case((staffed, indicator.enrolment), else_=0)),
        )
        .join(School, School.id == indicator.school_id)
        .where(indicator.round_id == round_id)
        .group_by(*keys)
    )
    width = len(keys)
    return {
        tuple(row[:width]): Indicators(
            row[width], row[width + 1], *(value or 0 for value in row[width + 2 :])
        )
        for row in session.execute(_scope(statement, within))
    }


def _units(session: Session, by: str, keys: set[tuple]) -> dict[tuple, Unit]:
    """The unit each key stands for, with its name and its parents' names."""
    if by == "district":
        rows = session.execute(select(District.id, District.name, District.name_local))
        return {(i,): Unit("district", i, name, local) for i, name, local in rows if (i,) in keys}
    blocks = {
        i: (name, local) for i, name, local in session.execute(select(Block.id, Block.name, Block.name_local))
    }
    if by == "block":
        return {(i,): Unit("block", i, *blocks[i]) for (i,) in keys}
    if by == "cluster":
        clusters = {
            i: (name, local)
            for i, name, local in session.execute(select(Cluster.id, Cluster.name, Cluster.name_local))
        }
        return {
            (block, cluster): Unit("cluster", cluster, *(clusters[cluster] if cluster else (NO_CLUSTER, None)),
                                   block=blocks[block][0])
            for block, cluster in keys
        }  # fmt: skip
    wanted = [key[0] for key in keys]
    statement = (
        select(School.id, School.name, School.name_local, School.udise_code, Block.name, Cluster.name)
        .join(Block, Block.id == School.block_id)
        .outerjoin(Cluster, Cluster.id == School.cluster_id)
    )
    units = {}
    for start in range(0, len(wanted), 5000):  # SQLite limits the values bound in one statement
        chunk = statement.where(School.id.in_(wanted[start : start + 5000]))
        for i, name, local, code, block, cluster in session.execute(chunk):
            units[(i,)] = Unit("school", i, name, local, block, cluster or NO_CLUSTER, code)
    return units


def unit_order(unit: Unit) -> tuple:
    # Blocks, then clusters within them ("(no cluster)" last), then schools, by name.
    return (
        (unit.block or "").casefold(),
        unit.cluster == NO_CLUSTER,
        (unit.cluster or "").casefold(),
        unit.id is None,
        unit.name.casefold(),
        unit.id or 0,
    )


def _empty(info: RoundInfo) -> Results:
    return Results(0, (0,) * len(info.levels), info.achieving_from, 0, 0.0, info.max_score)


def _row(
    unit: Unit, subjects: dict[str, Results], indicators: Indicators, info: RoundInfo, pupils: int | None
) -> UnitRow:
    ordered = tuple(sorted(subjects.items(), key=lambda item: item[0].casefold()))
    overall = sum((results for _name, results in ordered), _empty(info))
    if pupils is not None and len(ordered) > 1:
        # Across subjects the shares are of results; the count is of pupils, not pupil-subjects.
        overall = replace(overall, students=pupils)
    return UnitRow(unit, overall, ordered, indicators)


def _total_unit(session: Session, within: tuple[str, int] | None) -> Unit:
    if within is None:
        districts = session.execute(select(District.name, District.name_local)).all()
        if len(districts) == 1:
            return Unit("district", None, districts[0][0], districts[0][1])
        return Unit("district", None, "All districts")
    if within[0] == "block":
        block = get_or_raise(session, Block, within[1], translate("Geography", "Block"))
        return Unit("block", block.id, block.name, block.name_local)
    cluster = get_or_raise(session, Cluster, within[1], translate("Geography", "Cluster"))
    return Unit("cluster", cluster.id, cluster.name, cluster.name_local, block=cluster.block.name)


def round_analysis(
    db: Database,
    round_id: int,
    by: str = "block",
    *,
    grade: int | None = None,
    subject: str | None = None,
    within: tuple[str, int] | None = None,
) -> RoundAnalysis:
    """The round's figures per district, block, cluster or school (``by``), for one grade and one
    subject if given, narrowed to one block or cluster (``within=("block", id)``) if given; with a
    total row and the subjects and grades the round has."""
    _check(by, within)
    with db.reading() as session:
        info = round_info(session, round_id)
        within_unit = _total_unit(session, within)
        results, pupils, subjects, grades = _results(session, info, by, grade, subject, within)
        indicators = _indicators(session, round_id, by, within)
        units = _units(session, by, set(results) | set(indicators))
        if grade is not None or subject is not None:  # the filters offer what the whole round has
            present = select(ResultSummary.subject, ResultSummary.grade).where(
                ResultSummary.round_id == round_id
            )
            subjects = set(session.scalars(present.with_only_columns(ResultSummary.subject).distinct()))
            grades = set(session.scalars(present.with_only_columns(ResultSummary.grade).distinct()))
    rows = sorted(
        (
            _row(units[key], results.get(key, {}), indicators.get(key, Indicators()), info, pupils.get(key))
            for key in units
        ),
        key=lambda row: unit_order(row.unit),
    )
    total_subjects: dict[str, Results] = {}
    for per_unit in results.values():
        for name, figures in per_unit.items():
            total_subjects[name] = total_subjects[name] + figures if name in total_subjects else figures
    total_indicators = sum((row.indicators for row in rows), Indicators())
    total = _row(within_unit, total_subjects, total_indicators, info, sum(pupils.values()))
    return RoundAnalysis(
        info,
        by,
        grade,
        subject,
        within_unit if within else None,
        tuple(rows),
        total,
        tuple(sorted(subjects, key=str.casefold)),
        tuple(sorted(grades)),
    )
