"""Importing what a partner sends back: verify, dry run, then all or nothing as undoable batches.

A package is verified before anything in it is read (signature of a registered partner key,
hashes, format, passphrase: ``package.verify_package``). Then it must be a partner's package for
the district, under an MoU of the office that names the signer's organisation as a partner and
is signed (:mod:`inbound_envelope`). Its tables go through the baseline import targets (the same
checks as any import), with the students' pseudonyms turned back into the office's student ids
(:mod:`inbound_check`). Rows that would overwrite the office's own newer data are conflicts
(:mod:`inbound_conflicts`): left out unless the user takes the package's values.

The dry run (:func:`check_package`) writes nothing. The import (:func:`import_package`) checks
everything again, takes a backup, and stores every table as an import batch and the exchange log
entry in one transaction. A package already imported (and not undone) changes nothing.
:func:`undo_package_import` (:mod:`inbound_undo`) takes all its batches back together.

Every source of returned tables becomes :class:`InboundTables` (:mod:`inbound_tables`): a package,
or the office's return template filled by a partner without the app (:func:`check_workbook`,
:func:`import_workbook`; unsigned). :func:`check_tables` and :func:`import_tables` take any.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np
from sqlalchemy.orm import Session

from db.models import ExchangeLogEntry
from desktop.services import backups
from desktop.services.database import Database
from desktop.services.exchange import keys
from desktop.services.exchange.catalogue import CATEGORIES, INBOUND_CATEGORIES
from desktop.services.exchange.inbound_check import (
    Examined,
    InboundCheck,
    TableCheck,
    examine,
    import_options,
    refuse_problems,
)
from desktop.services.exchange.inbound_conflicts import Conflict
from desktop.services.exchange.inbound_envelope import OWN_PACKAGE
from desktop.services.exchange.inbound_tables import InboundTables, from_package, from_workbook, without_rows
from desktop.services.exchange.inbound_undo import undo_batches_in, undo_package_import
from desktop.services.exchange.package import verify_package
from desktop.services.exchange.return_template_reader import read_return_template
from desktop.services.imports.mapping import ColumnMapping
from desktop.services.imports.pipeline import store_rows
from desktop.services.imports.target import Counts
from desktop.services.imports.targets.registry import get_target
from desktop.services.progress import NO_PROGRESS, Progress

__all__ = [
    "OWN_PACKAGE",
    "Conflict",
    "InboundCheck",
    "InboundOutcome",
    "TableCheck",
    "check_package",
    "check_tables",
    "check_workbook",
    "import_package",
    "import_tables",
    "import_workbook",
    "undo_batches_in",
    "undo_package_import",
]

TakeChoice = Collection[str] | Literal["all"]


@dataclass(frozen=True)
class InboundOutcome:
    """What an import did."""

    log_id: int | None  # None when nothing was done (already imported)
    counts: dict[str, Counts]  # category -> what its batch stored
    batch_ids: tuple[int, ...]
    backup: Path | None
    already_imported: str | None = None
    skipped_conflicts: int = 0  # conflicting rows kept as the office had them
    notes: tuple[str, ...] = ()


# --- the public steps ------------------------------------------------------------------------------


def _open_package(db: Database, path: Path, passphrase: str, progress: Progress) -> InboundTables:
    """The package verified (PackageRefusedError otherwise: nothing read) and its tables."""
    with db.reading() as session:
        trusted = keys.trusted_public_keys(session)
    return from_package(verify_package(Path(path), passphrase, trusted, progress=progress))


def check_tables(
    db: Database, inbound: InboundTables, *, round_id: int | None = None, progress: Progress = NO_PROGRESS
) -> InboundCheck:
    """The dry run of returned tables from any source: every check, nothing written."""
    with db.reading() as session:
        return examine(session, inbound, round_id, progress).check


def check_package(
    db: Database,
    path: Path,
    passphrase: str,
    *,
    round_id: int | None = None,
    progress: Progress = NO_PROGRESS,
) -> InboundCheck:
    """The dry run of a partner's package: verified first (PackageRefusedError says why it is
    not), then every check of :func:`import_package`, and the conflicts; nothing is written.
    ``round_id`` None: the round the package names."""
    inbound = _open_package(db, path, passphrase, progress.part(0, 40))
    return check_tables(db, inbound, round_id=round_id, progress=progress.part(40, 100))


def import_package(
    db: Database,
    path: Path,
    passphrase: str,
    *,
    round_id: int | None = None,
    take_package_for: TakeChoice = (),
    progress: Progress = NO_PROGRESS,
) -> InboundOutcome:
    """Import a partner's package, verified and checked again whatever a dry run said: all of it
    or nothing. ``take_package_for``: the keys of conflicts where the package's values replace
    the office's (or "all"); every other conflicting row is left as the office has it."""
    inbound = _open_package(db, path, passphrase, progress.part(0, 20))
    return import_tables(
        db, inbound, round_id=round_id, take_package_for=take_package_for, progress=progress.part(20, 100)
    )


def check_workbook(
    db: Database, path: Path, *, round_id: int | None = None, progress: Progress = NO_PROGRESS
) -> InboundCheck:
    """The dry run of a filled return template: the office's own workbook, filled by a partner
    without the app (unsigned; FileProblemsError when it is not such a template). Otherwise as
    :func:`check_package`."""
    return check_tables(
        db, from_workbook(read_return_template(Path(path))), round_id=round_id, progress=progress
    )


def import_workbook(
    db: Database,
    path: Path,
    *,
    round_id: int | None = None,
    take_package_for: TakeChoice = (),
    progress: Progress = NO_PROGRESS,
) -> InboundOutcome:
    """Import a filled return template, read and checked again: as :func:`import_package`."""
    inbound = from_workbook(read_return_template(Path(path)))
    return import_tables(db, inbound, round_id=round_id, take_package_for=take_package_for, progress=progress)


def _taken(choice: TakeChoice) -> Callable[[str], bool]:
    if choice == "all":
        return lambda _key: True
    if isinstance(choice, str):  # one key alone would be read as its characters
        raise ValueError(f'take_package_for is "all" or a collection of conflict keys, not {choice!r}')
    chosen = frozenset(choice)
    return lambda key: key in chosen


def import_tables(
    db: Database,
    inbound: InboundTables,
    *,
    round_id: int | None = None,
    take_package_for: TakeChoice = (),
    progress: Progress = NO_PROGRESS,
) -> InboundOutcome:
    """Import returned tables from any source (see :func:`import_package`)."""
    with db.reading() as session:
        first = examine(session, inbound, round_id, progress.part(0, 30))
    if first.check.already_imported:
        return InboundOutcome(None, {}, (), None, first.check.already_imported)
    refuse_problems(inbound, first.check)
    backup = backups.create_backup(db.path, "pre-import", progress=progress.part(30, 40)).path
    taken = _taken(take_package_for)
    with db.transaction() as session:
        # As the database is now: another window may have imported since the first look.
        examined = examine(session, inbound, round_id, progress.part(40, 55))
        if examined.check.already_imported:
            return InboundOutcome(None, {}, (), backup, examined.check.already_imported)
        refuse_problems(inbound, examined.check)
        stored, batch_ids, skipped, took = _store(
            session, db.operator, inbound, examined, taken, progress.part(55, 100)
        )
        notes = [*examined.check.notes, *(note for table in examined.check.tables for note in table.notes)]
        entry = _log_import(session, db.operator, inbound, examined, batch_ids, skipped, took)
        return InboundOutcome(entry.id, stored, tuple(batch_ids), backup, None, skipped, tuple(notes))


def _store(
    session: Session,
    operator: str,
    inbound: InboundTables,
    examined: Examined,
    taken: Callable[[str], bool],
    progress: Progress,
) -> tuple[dict[str, Counts], list[int], int, int]:
    """Every table stored as its own batch, conflicts the office keeps left out. Returns what was
    stored per category, the batches, and how many conflicting rows were kept and taken."""
    options = import_options(examined.context)
    stored: dict[str, Counts] = {}
    batch_ids: list[int] = []
    skipped = took = 0
    step = 100 // len(examined.tables)
    for position, table in enumerate(examined.tables):
        code = table.received.category
        keep_office = {c.key for c in table.conflicts if not taken(c.key)}
        skipped += len(keep_office)
        took += len(table.conflicts) - len(keep_office)
        rows = table.rows
        if rows is not None and keep_office:
            rows = without_rows(rows, np.isin(table.conflict_keys, list(keep_office)))
        if rows is None or rows.frame.empty:
            stored[code] = Counts()
            continue
        target = get_target(INBOUND_CATEGORIES[code][0])
        batch_id, checked = store_rows(
            session,
            target,
            rows,
            options,
            valid_rows_only=False,
            file_names=[inbound.path.name, table.received.file_name],
            mapping=ColumnMapping(
                columns={key: column for column, key in INBOUND_CATEGORIES[code][1].items()}
            ).as_json(),
            options_json={
                "source": inbound.source,
                "package_id": inbound.package_id,
                "mou_reference": examined.context.mou_reference,
            },
            operator=operator,
            progress=progress.part(position * step, (position + 1) * step),
        )
        stored[code] = checked.counts
        if batch_id is not None:
            batch_ids.append(batch_id)
    return stored, batch_ids, skipped, took


def _log_import(
    session: Session,
    operator: str,
    inbound: InboundTables,
    examined: Examined,
    batch_ids: list[int],
    skipped: int,
    took: int,
) -> ExchangeLogEntry:
    context = examined.context
    note = []
    if skipped:
        note.append(f"{skipped} conflicting row{'s' if skipped != 1 else ''} kept as the office had them")
    if took:
        note.append(f"{took} conflicting row{'s' if took != 1 else ''} replaced by the package's values")
    if unknown := examined.check.unknown_students:
        note.append(f"{unknown} student{'s' if unknown != 1 else ''} kept under the partner's ids")
    codes = {str(code) for table in examined.tables for code in table.school_codes.tolist() if code}
    entry = ExchangeLogEntry(
        event="import",
        package_id=inbound.package_id,
        format_version=inbound.format_version,
        mou_id=context.mou_id,
        mou_reference=context.mou_reference,
        partner_names=list(context.organisation_names),
        organisation_ids=list(context.organisation_ids),
        categories=[table.received.category for table in examined.tables],
        fields={
            table.received.category: list(CATEGORIES[table.received.category].columns)
            for table in examined.tables
        },
        counts={CATEGORIES[t.received.category].record_kind: t.check.rows for t in examined.tables},
        school_codes=sorted(codes),
        package_name=inbound.path.name,
        package_sha256=inbound.sha256,
        package_size=inbound.size,
        signer_fingerprint=inbound.signer_fingerprint or "",
        batch_ids=list(batch_ids),
        note="; ".join(note) + ("." if note else ""),
        operator=operator,
    )
    session.add(entry)
    session.flush()
    return entry
