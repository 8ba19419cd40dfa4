"""An MoU's history, read from the audit log: who changed what, and when, in words office staff use."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from db.models import AuditEntry
from desktop.services.database import Database
from desktop.services.mous import timeline_words as words

# The audit log's table names for an MoU's parts.
PART_TABLES = tuple(table for table in words.MODELS if table != "mou")


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    operator: str
    what: str  # "MoU changed", "Signatory added", … in the interface's language
    details: str  # "Status: Under review → Signed"


def timeline(db: Database, mou_id: int) -> list[TimelineEntry]:
    """Every change to the MoU and its parts, oldest first, worded for the screen."""
    with db.reading() as session:
        entries = _entries(session, mou_id)
        names = _names(session, entries)
    return [_entry(entry, names) for entry in entries]


def _entries(session: Session, mou_id: int) -> Sequence[AuditEntry]:
    # A part's creation records its mou_id; that finds its later changes and deletion too.
    part_ids = session.execute(
        select(AuditEntry.entity, AuditEntry.entity_id).where(
            AuditEntry.entity.in_(PART_TABLES),
            AuditEntry.action == "create",
            func.json_extract(AuditEntry.after, "$.mou_id") == mou_id,
        )
    ).all()
    conditions = [and_(AuditEntry.entity == "mou", AuditEntry.entity_id == mou_id)]
    by_table: dict[str, list[int]] = {}
    for entity, entity_id in part_ids:
        by_table.setdefault(entity, []).append(entity_id)
    conditions += [
        and_(AuditEntry.entity == entity, AuditEntry.entity_id.in_(ids)) for entity, ids in by_table.items()
    ]
    return session.scalars(select(AuditEntry).where(or_(*conditions)).order_by(AuditEntry.id)).all()


def _names(session: Session, entries: Sequence[AuditEntry]) -> words.Names:
    """The names of every record the entries link to: one query per kind of record."""
    wanted: dict[str, set[int]] = {}
    for entry in entries:
        for values in (entry.before, entry.after):
            for table, ids in words.linked_ids(entry.entity, values).items():
                wanted.setdefault(table, set()).update(ids)
    names: dict[str, dict[int, str]] = {}
    for table, ids in wanted.items():
        columns = words.NAMED_BY[table]
        rows = session.execute(select(*columns).where(columns[0].in_(ids))).all()
        names[table] = {row[0]: words.name_of(tuple(row)) for row in rows}
    return names


def _entry(entry: AuditEntry, names: words.Names) -> TimelineEntry:
    if entry.action == "update":
        details = words.changes(entry.entity, entry.before or {}, entry.after or {}, names)
    else:
        values = entry.after if entry.action == "create" else entry.before
        details = words.summary(entry.entity, values or {}, names)
    return TimelineEntry(entry.at, entry.operator, words.what(entry.entity, entry.action), details)
