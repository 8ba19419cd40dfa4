"""Writes an :class:`~db.models.AuditEntry` for every change to an audited row.

Hooked on the session's ``after_flush``: at that point new rows have their ids while the
attribute history still holds the values before the change. The entries are inserted on the
same connection, so they commit or roll back with the change they describe.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, UOWTransaction

from db.models import Audited, AuditEntry
from db.models.base import utc_now

OPERATOR_KEY = "operator"
# Set in session.info while generated seed data (the demo district) is written: not audited.
SEED_KEY = "audit.seed"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


def _columns(obj: Audited) -> list[str]:
    mapper = inspect(obj).mapper
    return [c.key for c in mapper.column_attrs if c.key not in obj.__audit_exclude__]


def _snapshot(obj: Audited) -> dict[str, Any]:
    return {key: _plain(getattr(obj, key)) for key in _columns(obj)}


def _changes(obj: Audited) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for key in _columns(obj):
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old == new:
            continue
        before[key] = _plain(old)
        after[key] = _plain(new)
    return before, after


def _after_flush(session: Session, _context: UOWTransaction) -> None:
    if session.info.get(SEED_KEY):
        return
    operator = session.info.get(OPERATOR_KEY) or "unknown"
    now = utc_now()
    entries: list[dict[str, Any]] = []

    def add(action: str, obj: Audited, before: dict | None, after: dict | None) -> None:
        entries.append(
            {
                "at": now,
                "operator": operator,
                "action": action,
                "entity": obj.__tablename__,
                "entity_id": inspect(obj).mapper.primary_key_from_instance(obj)[0],
                "before": before,
                "after": after,
            }
        )

    for obj in session.new:
        if isinstance(obj, Audited):
            add("create", obj, None, _snapshot(obj))
    for obj in session.dirty:
        if isinstance(obj, Audited) and session.is_modified(obj, include_collections=False):
            before, after = _changes(obj)
            if after:
                add("update", obj, before, after)
    for obj in session.deleted:
        if isinstance(obj, Audited):
            add("delete", obj, _snapshot(obj), None)
    if entries:
        session.connection().execute(insert(AuditEntry), entries)


def install_audit(session_class: type[Session]) -> None:
    """Attach the audit hook to every session made from ``session_class``."""
    if not event.contains(session_class, "after_flush", _after_flush):
        event.listen(session_class, "after_flush", _after_flush)
