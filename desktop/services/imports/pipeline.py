"""One import from file to database: read, map, check every row, then store all or the valid rows.

The same steps serve the wizard's dry run (:func:`check_import`, nothing written) and the import
itself (:func:`run_import`): a backup first, then one transaction in which the target checks the
rows again against the database as it is now and writes them, recorded as an :class:`ImportBatch`.
Cancelling or any error rolls the whole transaction back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AssessmentRound, ImportBatch
from desktop.documents.text import indian_date
from desktop.services import backups
from desktop.services.database import Database
from desktop.services.errors import ValidationError
from desktop.services.i18n import translate
from desktop.services.imports.mapping import ColumnMapping, mapping_problems
from desktop.services.imports.problems import FileProblemsError, ImportProblem, ProposedRepair
from desktop.services.imports.sources import read_source
from desktop.services.imports.table import SourceInfo, SourceOptions, SourceTable
from desktop.services.imports.target import CheckResult, Counts, ImportOptions, ImportTarget, MappedRows
from desktop.services.imports.targets.registry import get_target
from desktop.services.imports.values import unguard
from desktop.services.progress import NO_PROGRESS, Progress
from desktop.services.records import get_or_raise

PREVIEW_ROWS = 20


@dataclass(frozen=True)
class ImportRequest:
    """Everything the user chose: the file(s), what they hold, which column is which."""

    paths: tuple[Path, ...]
    target: str
    mapping: ColumnMapping
    source: SourceOptions = field(default_factory=SourceOptions)
    options: ImportOptions = field(default_factory=ImportOptions)

    @classmethod
    def of(cls, paths: Sequence[Path | str], target: str, mapping: ColumnMapping, **kwargs) -> ImportRequest:
        return cls(tuple(Path(p) for p in paths), target, mapping, **kwargs)


@dataclass
class ImportCheck:
    """The dry run's verdict, shown before the user decides to import."""

    info: SourceInfo
    counts: Counts
    problems: list[ImportProblem] = field(default_factory=list)
    repairs: list[ProposedRepair] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    preview: list[dict[str, str]] = field(default_factory=list)
    # The live batch that already brought these very files in, if any.
    already_imported: str | None = None

    @property
    def rows_to_store(self) -> int:
        return self.counts.create + self.counts.update


@dataclass(frozen=True)
class ImportOutcome:
    batch_id: int | None  # None when nothing needed storing
    counts: Counts
    notes: tuple[str, ...] = ()
    problems: tuple[ImportProblem, ...] = ()  # rows left out (only when importing the valid rows)
    backup: Path | None = None
    already_imported: str | None = None


class ImportRefusedError(FileProblemsError):
    """Some rows have problems and the user asked for all rows or none: nothing was stored."""


def map_rows(table: SourceTable, target: ImportTarget, mapping: ColumnMapping) -> MappedRows:
    """The file's columns renamed to the target's field keys; raises when the mapping is unusable."""
    problems = mapping_problems(mapping, target.fields, table.info.headers)
    if problems:
        raise ValidationError(problems)
    frame = pd.DataFrame(index=table.frame.index)
    column_of: dict[str, str] = {}
    for target_field in target.fields:
        key = target_field.key
        if key in mapping.columns:
            column = table.frame[mapping.columns[key]]
            frame[key] = unguard(column) if target_field.free_text else column
            column_of[key] = mapping.columns[key]
        elif key in mapping.fixed:
            frame[key] = mapping.fixed[key].strip()
            column_of[key] = translate("Imports", "(typed: {value})").format(value=mapping.fixed[key].strip())
    names = np.array([path.name for path in table.info.paths], dtype=object)
    file_names = names[table.file_index] if len(table.file_index) else np.repeat(names[:1], len(frame))
    return MappedRows(
        frame=frame.reset_index(drop=True),
        row_numbers=np.asarray(table.row_numbers),
        file_names=file_names,
        sheet=table.info.sheet if len(table.info.sheets) > 1 else None,
        column_of=column_of,
        source_sha256=table.info.sha256,
    )


def _round(session: Session, target: ImportTarget, options: ImportOptions) -> AssessmentRound | None:
    if not target.needs_round:
        return None
    if options.round_id is None:
        raise ValidationError.single(
            "round",
            translate("Imports", "Choose the assessment round these {target} belong to.").format(
                target=translate("Imports", target.label).lower()
            ),
        )
    return get_or_raise(session, AssessmentRound, options.round_id, translate("Baseline", "Assessment round"))


def _previous_batch(
    session: Session, target: ImportTarget, sha256: str, options: ImportOptions
) -> str | None:
    statement = select(ImportBatch).where(
        ImportBatch.sha256 == sha256, ImportBatch.target == target.key, ImportBatch.undone_at.is_(None)
    )
    if target.needs_round:
        statement = statement.where(ImportBatch.round_id == options.round_id)
    batch = session.scalars(statement.order_by(ImportBatch.id.desc())).first()
    if batch is None:
        return None
    when = indian_date(batch.imported_at.date())
    return translate(
        "Imports", "These files were already imported as batch {batch} on {day} by {operator}."
    ).format(batch=batch.id, day=when, operator=batch.operator)


def _read(request: ImportRequest, target: ImportTarget, progress: Progress) -> tuple[SourceInfo, MappedRows]:
    table = read_source(request.paths, request.source, progress)
    return table.info, map_rows(table, target, request.mapping)


def check_import(db: Database, request: ImportRequest, progress: Progress = NO_PROGRESS) -> ImportCheck:
    """The dry run: every row checked against the database, nothing written."""
    target = get_target(request.target)
    info, rows = _read(request, target, progress.part(0, 50))
    with db.reading() as session:
        round_ = _round(session, target, request.options)
        checked = target.check(session, rows, request.options, round_, progress.part(50, 100))
        already = _previous_batch(session, target, rows.source_sha256, request.options)
    return _as_check(info, checked, already)


def _as_check(info: SourceInfo, checked: CheckResult, already: str | None) -> ImportCheck:
    return ImportCheck(
        info=info,
        counts=checked.counts,
        problems=sorted(checked.problems, key=lambda p: (p.file_name, p.row or 0)),
        repairs=list(checked.repairs),
        notes=list(checked.notes),
        preview=checked.preview[:PREVIEW_ROWS],
        already_imported=already,
    )


def run_import(
    db: Database,
    request: ImportRequest,
    *,
    valid_rows_only: bool = False,
    progress: Progress = NO_PROGRESS,
) -> ImportOutcome:
    """Import the file(s): all rows or none (the default), or only the rows without problems.

    A backup is taken first. Importing the same files into the same place again stores nothing.
    """
    target = get_target(request.target)
    _info, rows = _read(request, target, progress.part(0, 35))
    with db.reading() as session:
        already = _previous_batch(session, target, rows.source_sha256, request.options)
    if already is not None:
        return ImportOutcome(None, Counts(unchanged=len(rows.frame)), already_imported=already)
    backup = backups.create_backup(db.path, "pre-import", progress=progress.part(35, 45)).path
    with db.transaction() as session:
        batch_id, checked = store_rows(
            session,
            target,
            rows,
            request.options,
            valid_rows_only=valid_rows_only,
            file_names=[path.name for path in request.paths],
            mapping=request.mapping.as_json(),
            options_json=_options_json(request),
            operator=db.operator,
            progress=progress.part(45, 100),
        )
    return ImportOutcome(batch_id, checked.counts, tuple(checked.notes), tuple(checked.problems), backup)


def store_rows(
    session: Session,
    target: ImportTarget,
    rows: MappedRows,
    options: ImportOptions,
    *,
    valid_rows_only: bool,
    file_names: list[str],
    mapping: dict,
    options_json: dict,
    operator: str,
    progress: Progress = NO_PROGRESS,
) -> tuple[int | None, CheckResult]:
    """Check ``rows`` again in the open transaction and store them as one batch; the batch's id is
    None when every row is already stored as it is. Raises :class:`ImportRefusedError` when rows
    have problems and ``valid_rows_only`` is not set."""
    round_ = _round(session, target, options)
    checked = target.check(session, rows, options, round_, progress.part(0, 25))
    if checked.problems and not valid_rows_only:
        names = list(dict.fromkeys(str(name) for name in rows.file_names)) or [
            translate("Imports", "The file")
        ]
        shown = (
            names[0]
            if len(names) == 1
            else translate("Imports", "{file} and {count} more").format(file=names[0], count=len(names) - 1)
        )
        raise ImportRefusedError(shown, sorted(checked.problems, key=lambda p: (p.file_name, p.row or 0)))
    if checked.counts.create + checked.counts.update == 0:
        return None, checked
    batch = ImportBatch(
        target=target.key,
        round_id=round_.id if round_ is not None else None,
        file_names=file_names,
        sha256=rows.source_sha256,
        mapping=mapping,
        options=options_json,
        counts=checked.counts.as_dict(),
        operator=operator,
    )
    session.add(batch)
    session.flush()
    progress.report(25, 100, translate("Imports", "Saving"))  # a cancel asked for during the check stops here
    target.write(session, checked, batch, progress.part(25, 100))
    progress.report(
        100, 100, translate("Imports", "Saved")
    )  # still inside the transaction: a late cancel undoes it all
    return batch.id, checked


def _options_json(request: ImportRequest) -> dict:
    source = request.source
    return {
        "encoding": source.encoding,
        "delimiter": source.delimiter,
        "sheet": source.sheet,
        "header_row": source.header_row,
        "accept_repairs": request.options.accept_repairs,
        "keep_names": request.options.keep_names,
        "alias_system": request.options.alias_system,
    }
