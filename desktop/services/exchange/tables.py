"""The tables of a package: one per category in the export's scope, in the catalogue's columns.

Every table holds only the covered schools and only the scope's rounds. Rows are plain Python
values (text, numbers, dates, None); :mod:`desktop.services.exchange.table_files` writes them out.
Student results are read with Core selects straight from the connection and pseudonymised in
memory, never by a query per row: 200,000 results take a fraction of a second.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from itertools import repeat
from operator import add, itemgetter, mul
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from db.models import (
    AssessmentRound,
    Block,
    Cluster,
    District,
    LevelScheme,
    Office,
    Person,
    ResultSummary,
    School,
    SchoolIndicator,
    StudentResult,
)
from desktop.services.exchange.aggregates import aggregate_count, aggregate_rows
from desktop.services.exchange.catalogue import CATEGORIES
from desktop.services.exchange.pseudonyms import pseudonym_map
from desktop.services.exchange.scope import ExportScope, among
from desktop.services.i18n import translate
from desktop.services.mous.coverage import district_of_office
from desktop.services.progress import NO_PROGRESS, Progress


class ExportTable:
    """One table of a package, with what the exchange log records about it.

    Its values are held as ``rows`` or column by column (``values``), as they were built; either
    form is made from the other only when first asked for. The files are written column by
    column, so a district's 200,000 results never become 200,000 row tuples. A table is not
    changed once built.
    """

    def __init__(
        self,
        category: str,
        name: str,
        columns: tuple[str, ...],
        rows: list[tuple] | None = None,
        school_codes: set[str] | None = None,
        student_keys: set[str] | None = None,
        *,
        values: list[Sequence[Any]] | None = None,
    ) -> None:
        self.category = category  # the category's code
        self.name = name  # file stem
        self.columns = columns  # the catalogue's columns of the category, in order
        self._rows = rows if rows is not None or values is not None else []
        self._values = values
        # UDISE codes of the schools the table has data about.
        self.school_codes = school_codes if school_codes is not None else set()
        # The office's student ids behind pseudonymised rows: for the exchange log, never for a file.
        self.student_keys = student_keys if student_keys is not None else set()

    @property
    def rows(self) -> list[tuple]:
        if self._rows is None:
            self._rows = list(zip(*self._values, strict=True)) if self._values else []
        return self._rows

    @property
    def values(self) -> list[Sequence[Any]]:
        """The table's values column by column, in the order of ``columns``."""
        if self._values is None:
            rows = self._rows or []
            # A C-level pass per column: three times as fast as zip(*rows) on 200,000 rows.
            self._values = [list(map(itemgetter(index), rows)) for index in range(len(self.columns))]
        return self._values

    @property
    def records(self) -> int:
        if self._rows is not None:
            return len(self._rows)
        return len(self._values[0]) if self._values else 0

    def __repr__(self) -> str:
        return f"ExportTable({self.category!r}, {self.name!r}, {self.records:,} records)"


def _table(
    code: str,
    data: list[Any],
    school_codes: set[str],
    student_keys: set[str] | None = None,
    *,
    by_column: bool = False,
) -> ExportTable:
    """The category's table of ``data``: rows, or its values column by column when ``by_column``."""
    category = CATEGORIES[code]
    width = len(category.columns)
    if (len(data) != width) if by_column else any(len(row) != width for row in data[:1]):
        raise RuntimeError(f"The {category.table} table was built with columns other than the catalogue's.")
    if by_column:
        return ExportTable(
            code, category.table, category.columns, None, school_codes, student_keys, values=data
        )
    return ExportTable(code, category.table, category.columns, data, school_codes, student_keys)


def _school_directory(session: Session, scope: ExportScope, _secret: bytes | None) -> ExportTable:
    statement = (
        select(
            School.udise_code,
            School.name,
            School.name_local,
            Block.name,
            Cluster.name,
            School.village,
            School.management,
            School.category,
            School.area,
            School.pincode,
            School.medium,
            School.latitude,
            School.longitude,
        )
        .join(Block, Block.id == School.block_id)
        .outerjoin(Cluster, Cluster.id == School.cluster_id)
        .where(among(School.id, scope.school_ids))
        .order_by(School.udise_code)
    )
    rows = [tuple(row) for row in session.execute(statement)]
    return _table("school_directory", rows, {row[0] for row in rows})


def _round_positions(scope: ExportScope) -> dict[int, int]:
    return {round_id: position for position, round_id in enumerate(scope.round_ids)}


def _school_indicators(session: Session, scope: ExportScope, _secret: bytes | None) -> ExportTable:
    indicator = SchoolIndicator
    statement = (
        select(
            indicator.round_id,
            School.udise_code,
            indicator.enrolment,
            indicator.enrolment_boys,
            indicator.enrolment_girls,
            indicator.attendance_percent,
            indicator.teachers,
        )
        .join(School, School.id == indicator.school_id)
        .where(among(indicator.round_id, scope.round_ids), among(indicator.school_id, scope.school_ids))
    )
    positions = _round_positions(scope)
    found = sorted(session.execute(statement), key=lambda row: (positions[row[0]], row[1]))
    rows = [(code, scope.round_names[positions[round_id]], *values) for round_id, code, *values in found]
    return _table("school_indicators", rows, {row[0] for row in rows})


def _assessment_aggregates(session: Session, scope: ExportScope, _secret: bytes | None) -> ExportTable:
    rows, codes = aggregate_rows(session, scope)
    return _table("assessment_aggregates", rows, codes)


def _level_names(session: Session, round_ids: tuple[int, ...]) -> dict[int, tuple[str, ...]]:
    statement = (
        select(AssessmentRound.id, LevelScheme.levels)
        .outerjoin(LevelScheme, LevelScheme.id == AssessmentRound.level_scheme_id)
        .where(among(AssessmentRound.id, round_ids))
    )
    return {round_id: tuple(levels or ()) for round_id, levels in session.execute(statement)}


def _plain_rows(session: Session, statement: Any) -> list[tuple]:
    """The rows of a Core select as the DBAPI cursor's plain tuples, its values written into the
    SQL (ids only): SQLAlchemy's rows and date parsing would cost more than the rest of the
    export for 200,000 results."""
    connection = session.connection()
    sql = str(statement.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True}))
    return connection.connection.dbapi_connection.cursor().execute(sql).fetchall()


def _result_order(
    positions: dict[int, int],
    codes: dict[int, str],
    aliases: dict[str, str],
    rounds: list[int],
    schools: list[int],
    keys: list[str],
) -> list[int]:
    """The indexes of the results in the table's order: by round, school code and pseudonym. Each
    of the three is numbered by its rank and folded into one integer a row, in C-level passes; the
    sort is stable, so a student's subjects stay in the order the select gave them. Sorting
    200,000 tuples of strings takes three times as long."""
    school_ranks = {school: rank for rank, school in enumerate(sorted(set(schools), key=codes.__getitem__))}
    key_ranks = {key: rank for rank, key in enumerate(sorted(set(keys), key=aliases.__getitem__))}
    folded: Any = map(positions.__getitem__, rounds)
    for ranks, column in ((school_ranks, schools), (key_ranks, keys)):
        folded = map(add, map(mul, folded, repeat(len(ranks))), map(ranks.__getitem__, column))
    order_keys = list(folded)
    return sorted(range(len(order_keys)), key=order_keys.__getitem__)


def _student_results(session: Session, scope: ExportScope, secret: bytes | None) -> ExportTable:
    if secret is None:
        raise ValueError("Student results are pseudonymised with the MoU's secret (pseudonyms.mou_secret).")
    result = StudentResult
    codes = dict(
        session.execute(select(School.id, School.udise_code).where(among(School.id, scope.school_ids))).all()
    )
    statement = (
        select(
            result.round_id,
            result.school_id,
            result.student_key,
            result.subject,
            result.grade,
            result.gender,
            result.score,
            result.level,
            result.assessed_on,
        )
        .where(among(result.round_id, scope.round_ids), among(result.school_id, codes))
        # The unique index's order (round, student, subject): SQLite does not sort, and each
        # student's subjects come in order for the stable sort below.
        .order_by(result.round_id, result.student_key, result.subject)
    )
    found = _plain_rows(session, statement)
    # Column by column from here: a pass over a column is a C-level map, not a Python loop per row.
    rounds, schools, keys, subjects, grades, genders, scores, levels, days = (
        list(map(itemgetter(index), found)) for index in range(9)
    )
    del found
    student_keys = set(keys)
    aliases = pseudonym_map(secret, student_keys)  # a student in several rounds is hashed once
    order = _result_order(_round_positions(scope), codes, aliases, rounds, schools, keys)
    # A level index the scheme does not have (or none at all) is written as no level.
    level_names = {
        (round_id, index): name
        for round_id, names in _level_names(session, scope.round_ids).items()
        for index, name in enumerate(names)
    }
    # Dates come as the ISO text SQLite keeps; a round has a handful of distinct ones.
    dates = {text: date.fromisoformat(text) for text in set(days) if text}
    round_names = dict(zip(scope.round_ids, scope.round_names, strict=True))
    in_select_order = [
        list(map(aliases.__getitem__, keys)),
        list(map(codes.__getitem__, schools)),
        list(map(round_names.__getitem__, rounds)),
        grades,
        genders,
        subjects,
        scores,
        list(map(level_names.get, zip(rounds, levels, strict=True))),
        list(map(dates.get, days)),
    ]
    values = [list(map(column.__getitem__, order)) for column in in_select_order]
    school_codes = {codes[school] for school in set(schools)}
    return _table("student_results_pseudonymised", values, school_codes, student_keys, by_column=True)


def _contacts_statement(session: Session, scope: ExportScope, *columns: Any) -> Any:
    """People of the MoU's office, of the district's own offices and of the offices of the blocks
    the MoU reaches (the blocks of its covered schools)."""
    office = session.get(Office, scope.office_id)
    district_id = district_of_office(session, office) if office is not None else None
    blocks = set(session.scalars(select(School.block_id).where(among(School.id, scope.school_ids))))
    district_offices = and_(Office.block_id.is_(None), Office.district_id == district_id)
    if district_id is not None and session.scalar(select(func.count()).select_from(District)) == 1:
        # In a one-district database an office without a district is one of its offices.
        district_offices = and_(Office.block_id.is_(None), Office.district_id.is_(None) | district_offices)
    return (
        select(*columns)
        .join(Office, Office.id == Person.office_id)
        .where(
            or_(
                Office.id == scope.office_id,
                district_offices,
                among(Office.block_id, blocks),
            )
        )
    )


def _official_contacts(session: Session, scope: ExportScope, _secret: bytes | None) -> ExportTable:
    statement = _contacts_statement(
        session,
        scope,
        Person.name,
        Person.name_local,
        Person.designation,
        Office.name,
        Person.phone,
        Person.email,
    ).order_by(Office.name, Person.name, Person.id)
    return _table("official_contacts", [tuple(row) for row in session.execute(statement)], set())


BUILDERS: dict[str, Callable[[Session, ExportScope, bytes | None], ExportTable]] = {
    "school_directory": _school_directory,
    "school_indicators": _school_indicators,
    "assessment_aggregates": _assessment_aggregates,
    "student_results_pseudonymised": _student_results,
    "official_contacts": _official_contacts,
}
assert set(BUILDERS) == set(CATEGORIES), "every category needs its table builder"


def build_tables(
    session: Session, scope: ExportScope, secret: bytes | None, progress: Progress = NO_PROGRESS
) -> list[ExportTable]:
    """One table per category of ``scope``, in its order. ``secret`` (:func:`pseudonyms.mou_secret`)
    is needed only for student results."""
    total = len(scope.categories)
    tables = []
    for done, category in enumerate(scope.categories):
        progress.report(
            done,
            total,
            translate("Exchange", "Table {number} of {total}: {category}").format(
                number=done + 1, total=total, category=translate("MoUs", category.label)
            ),
        )
        tables.append(BUILDERS[category.code](session, scope, secret))
    progress.report(total, total, translate("Exchange", "Tables ready"))
    return tables


def count_records(session: Session, scope: ExportScope) -> dict[str, int]:
    """Category -> how many rows its table will have, by counting (for the review before building)."""
    counts: dict[str, int] = {}
    in_rounds = scope.round_ids
    for category in scope.categories:
        code = category.code
        if code == "school_directory":
            statement = select(func.count()).select_from(School).where(among(School.id, scope.school_ids))
        elif code == "school_indicators":
            statement = select(func.count()).where(
                among(SchoolIndicator.round_id, in_rounds), among(SchoolIndicator.school_id, scope.school_ids)
            )
        elif code == "student_results_pseudonymised":
            # The summary counts every result once: no need to count the results themselves.
            statement = select(func.coalesce(func.sum(ResultSummary.students), 0)).where(
                among(ResultSummary.round_id, in_rounds), among(ResultSummary.school_id, scope.school_ids)
            )
        elif code == "official_contacts":
            statement = _contacts_statement(session, scope, func.count(Person.id))
        else:
            counts[code] = aggregate_count(session, scope)
            continue
        counts[code] = int(session.scalar(statement) or 0)
    return counts
