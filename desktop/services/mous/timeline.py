"""An MoU's history, read from the audit log: who changed what, and when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select

from db.models import AuditEntry
from desktop.services.database import Database

# The audit log's table names for an MoU's parts, and how the timeline names them.
PART_TABLES = {
    "mou_partner": "partner",
    "mou_coverage": "coverage",
    "mou_signatory": "signatory",
    "mou_obligation": "obligation",
    "mou_data_share": "data-sharing term",
    "mou_amendment": "amendment",
    "mou_attachment": "attachment",
}
ACTIONS = {"create": "added", "update": "changed", "delete": "removed"}
HIDDEN = frozenset({"search_text", "position", "mou_id"})


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    operator: str
    what: str  # "MoU changed", "signatory added", …
    details: str  # "status: under_review → signed"


def timeline(db: Database, mou_id: int) -> list[TimelineEntry]:
    """Every change to the MoU and its parts, oldest first."""
    with db.reading() as session:
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
            and_(AuditEntry.entity == entity, AuditEntry.entity_id.in_(ids))
            for entity, ids in by_table.items()
        ]
        entries = session.scalars(select(AuditEntry).where(or_(*conditions)).order_by(AuditEntry.id)).all()
        return [_entry(e) for e in entries]


def _entry(entry: AuditEntry) -> TimelineEntry:
    subject = "MoU" if entry.entity == "mou" else PART_TABLES[entry.entity]
    what = f"{subject} {ACTIONS.get(entry.action, entry.action)}"
    if entry.action == "update":
        before, after = entry.before or {}, entry.after or {}
        details = "; ".join(
            f"{key}: {_show(before.get(key))} → {_show(value)}"
            for key, value in after.items()
            if key not in HIDDEN
        )
    else:
        values = entry.after if entry.action == "create" else entry.before
        details = _describe(values or {})
    return TimelineEntry(entry.at, entry.operator, what[0].upper() + what[1:], details)


def _describe(values: dict[str, Any]) -> str:
    for key in ("reference", "name", "description", "summary", "title", "category"):
        if values.get(key):
            return str(values[key])
    return ", ".join(f"{k}: {_show(v)}" for k, v in values.items() if k not in HIDDEN and v is not None)


def _show(value: Any) -> str:
    if value is None or value == "":
        return "—"
    text = str(value)
    return text if len(text) <= 80 else text[:77] + "…"
