"""The dry run of what a partner sends back: every table checked, nothing written.

The envelope is checked first (:mod:`inbound_envelope`); then each table becomes the import
pipeline's rows, with the students' pseudonyms turned back into the office's student ids and the
names the office keeps carried over, and goes through its baseline import target's own check.
Rows that would overwrite the office's newer data are found by :mod:`inbound_conflicts`. The
import runs the same examination again inside its transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import School, StudentResult
from desktop.services.exchange.catalogue import CATEGORIES, INBOUND_CATEGORIES
from desktop.services.exchange.inbound_conflicts import RESULTS, Conflict, find_conflicts, row_keys
from desktop.services.exchange.inbound_envelope import Envelope, already_imported, envelope
from desktop.services.exchange.inbound_tables import InboundTable, InboundTables, mapped_rows
from desktop.services.exchange.scope import among
from desktop.services.i18n import plural, translate
from desktop.services.imports.pipeline import ImportRefusedError
from desktop.services.imports.problems import ImportProblem
from desktop.services.imports.target import CheckResult, Counts, ImportOptions, MappedRows
from desktop.services.imports.targets.registry import get_target
from desktop.services.imports.targets.school_column import resolve_schools
from desktop.services.progress import Progress
from desktop.services.text import clean


@dataclass
class TableCheck:
    """One table of the package as the dry run found it."""

    category: str
    label: str
    target: str  # the import target's key ("assessment", "indicators")
    file_name: str
    rows: int  # rows with data
    counts: Counts  # as if every row were taken; conflicting rows are among the updates
    problems: list[ImportProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class InboundCheck:
    """The dry run's verdict on a partner's package, shown before the user imports it."""

    source: str  # "package" or "workbook"
    path: Path
    package_id: str
    mou_id: int
    mou_reference: str
    organisation_name: str  # who signed (for an unsigned workbook: the MoU's partners)
    signer_fingerprint: str | None
    created_at: datetime | None
    round_id: int
    round_name: str
    tables: list[TableCheck]
    conflicts: list[Conflict]
    unknown_students: int  # pseudonyms this office did not give: kept as the partner's ids
    already_imported: str | None  # when and by whom, if this package is imported and not undone
    notes: list[str] = field(default_factory=list)  # about the package as a whole

    @property
    def problems(self) -> list[ImportProblem]:
        return [problem for table in self.tables for problem in table.problems]

    @property
    def importable(self) -> bool:
        return not self.problems

    @property
    def rows_to_store(self) -> int:
        """Rows the import stores when the office's records win every conflict."""
        changing = sum(table.counts.create + table.counts.update for table in self.tables)
        return changing - len(self.conflicts)


@dataclass
class ExaminedTable:
    """A table as the dry run left it, with what the import needs to store it."""

    received: InboundTable
    check: TableCheck
    rows: MappedRows | None  # None when the header is wrong
    conflict_keys: np.ndarray  # each row's conflict key
    school_codes: np.ndarray  # each row's school ("" where none was found)
    conflicts: list[Conflict]


@dataclass
class Examined:
    """The dry run's verdict with the envelope and tables the import stores."""

    check: InboundCheck
    context: Envelope
    tables: list[ExaminedTable]


# --- the tables ---------------------------------------------------------------------------------------


def _link_students(rows: MappedRows, student_keys: dict[str, str]) -> int:
    """Turn pseudonyms into the office's student ids; returns how many distinct ids are not ones
    the office gave (kept as the partner sent them)."""
    linked: list[object] = []
    unknown: set[str] = set()
    for cell in rows.frame["student_id"].tolist():
        text = clean(cell) if isinstance(cell, str) else ""
        key = student_keys.get(text) or student_keys.get(text.upper())
        if key is None and text:
            unknown.add(text)
        linked.append(key if key is not None else cell)
    rows.frame["student_id"] = linked
    return len(unknown)


def import_options(context: Envelope) -> ImportOptions:
    # keep_names: only the names the office already keeps are carried (see _carry_office_names).
    return ImportOptions(round_id=context.round_.id, keep_names=True)


def _carry_office_names(session: Session, rows: MappedRows, round_id: int) -> None:
    """The names the office keeps with its results in the round, for the rows of the same
    student and subject: a partner never has them, and its package must not erase them."""
    names = {
        (key, subject): name
        for key, subject, name in session.execute(
            select(StudentResult.student_key, StudentResult.subject, StudentResult.student_name).where(
                StudentResult.round_id == round_id, StudentResult.student_name.is_not(None)
            )
        )
    }
    frame = rows.frame
    frame["student_name"] = [
        names.get(
            (clean(key) if isinstance(key, str) else "", clean(subject) if isinstance(subject, str) else "")
        )
        or ""
        for key, subject in zip(frame["student_id"].tolist(), frame["subject"].tolist(), strict=True)
    ]
    rows.column_of["student_name"] = translate("Exchange", "student name (as the office keeps it)")


def _school_codes(
    session: Session, rows: MappedRows, options: ImportOptions
) -> tuple[np.ndarray, np.ndarray]:
    """Each row's school id (0 where not found) and UDISE code ("" where not found)."""
    if rows.frame.empty:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=object)
    school_ids = resolve_schools(session, rows, options).school_ids
    found = sorted({int(school_id) for school_id in school_ids if school_id})
    codes = (
        dict(session.execute(select(School.id, School.udise_code).where(among(School.id, found))).all())
        if found
        else {}
    )
    return school_ids, np.array([codes.get(int(school_id), "") for school_id in school_ids], dtype=object)


def _examine_table(
    session: Session, inbound: InboundTables, context: Envelope, table: InboundTable, progress: Progress
) -> tuple[ExaminedTable, int]:
    target_key, _columns = INBOUND_CATEGORIES[table.category]
    target = get_target(target_key)
    rows, problems = mapped_rows(table, inbound.round_name, inbound.sha256)
    check = TableCheck(
        table.category, CATEGORIES[table.category].label, target_key, table.file_name, 0, Counts(), problems
    )
    empty = np.zeros(0, dtype=object)
    if rows is None:
        check.rows = sum(1 for row in table.rows if any(clean(cell) for cell in row))
        check.counts = Counts(error_rows=check.rows)
        return ExaminedTable(table, check, None, empty, empty, []), 0
    check.rows = len(rows.frame)
    unknown = 0
    if table.category == RESULTS:
        unknown = _link_students(rows, context.student_keys)
        _carry_office_names(session, rows, context.round_.id)
        if unknown:
            check.notes.append(
                plural(
                    unknown,
                    translate(
                        "Exchange",
                        "{count} student in {file} has an id this office did not give under MoU {reference} "
                        "(the partner's own id, or a pseudonym of another MoU): their results are kept under "
                        "the partner's ids, not linked to the office's students.",
                    ),
                    translate(
                        "Exchange",
                        "{count} students in {file} have an id this office did not give under MoU {reference} "
                        "(the partner's own id, or a pseudonym of another MoU): their results are kept under "
                        "the partner's ids, not linked to the office's students.",
                    ),
                ).format(
                    count=unknown,
                    file=table.file_name,
                    reference=context.mou_reference,
                )
            )
    options = import_options(context)
    if rows.frame.empty:
        return ExaminedTable(table, check, rows, empty, empty, []), unknown
    checked: CheckResult = target.check(session, rows, options, context.round_, progress)
    check.counts = checked.counts
    check.problems.extend(checked.problems)
    check.notes.extend(checked.notes)
    school_ids, codes = _school_codes(session, rows, options)
    outside = int(np.count_nonzero([bool(s) and int(s) not in context.covered for s in school_ids]))
    if outside:
        check.notes.append(
            plural(
                outside,
                translate(
                    "Exchange", "{count} row of {file} is about schools MoU {reference} does not cover."
                ),
                translate(
                    "Exchange", "{count} rows of {file} are about schools MoU {reference} does not cover."
                ),
            ).format(
                count=outside,
                file=table.file_name,
                reference=context.mou_reference,
            )
        )
    conflicts = find_conflicts(session, table.category, checked, context.round_, inbound.created_at)
    return ExaminedTable(table, check, rows, row_keys(table.category, rows, codes), codes, conflicts), unknown


def examine(session: Session, inbound: InboundTables, round_id: int | None, progress: Progress) -> Examined:
    """The whole dry run, read-only, in ``session``."""
    context = envelope(session, inbound, round_id)
    tables: list[ExaminedTable] = []
    unknown = 0
    step = 100 // len(inbound.tables)
    for position, received in enumerate(inbound.tables):
        examined, unknown_here = _examine_table(
            session, inbound, context, received, progress.part(position * step, (position + 1) * step)
        )
        tables.append(examined)
        unknown += unknown_here
    already = already_imported(session, inbound.package_id)
    check = InboundCheck(
        source=inbound.source,
        path=inbound.path,
        package_id=inbound.package_id,
        mou_id=context.mou_id,
        mou_reference=context.mou_reference,
        organisation_name=", ".join(context.organisation_names),
        signer_fingerprint=inbound.signer_fingerprint,
        created_at=inbound.created_at,
        round_id=context.round_.id,
        round_name=context.round_.name,
        tables=[table.check for table in tables],
        conflicts=[conflict for table in tables for conflict in table.conflicts],
        unknown_students=unknown,
        already_imported=already[1] if already else None,
        notes=[*context.notes, *inbound.notes],
    )
    progress.report(100, 100, translate("Exchange", "Checked"))
    return Examined(check, context, tables)


def refuse_problems(inbound: InboundTables, check: InboundCheck) -> None:
    problems = check.problems
    if problems:
        ordered = sorted(problems, key=lambda p: (p.file_name, p.row or 0, p.column or ""))
        raise ImportRefusedError(inbound.path.name, ordered)
