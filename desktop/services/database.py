"""The open database: one handle per window, and the unit of work every service runs in."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from db.audit import OPERATOR_KEY, install_audit
from db.engine import WRITE_OPTIONS
from db.lock import InstanceLock
from desktop.services.errors import ReadOnlyError
from desktop.services.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.operator import default_operator

# Translated where a database is opened read-only for this reason (opening.py).
READ_ONLY_BECAUSE_IN_USE = QT_TRANSLATE_NOOP(
    "Database",
    "Another District Collective Desk window is already using this database, so it is open here "
    "read-only. Close the other window and reopen to make changes.",
)


class AuditedSession(Session):
    """Sessions made by the services: every flush writes audit rows for the changes."""


install_audit(AuditedSession)


@dataclass
class Database:
    path: Path
    engine: Engine
    read_only: bool = False
    read_only_reason: str | None = None
    operator: str = field(default_factory=default_operator)
    lock: InstanceLock | None = None

    def __post_init__(self) -> None:
        self._writer = sessionmaker(
            bind=self.engine.execution_options(**WRITE_OPTIONS), class_=AuditedSession, expire_on_commit=False
        )
        self._reader = sessionmaker(bind=self.engine, class_=AuditedSession, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: everything done in the block commits together or not at all."""
        if self.read_only:
            raise ReadOnlyError(
                self.read_only_reason or translate("Database", "This database is open read-only.")
            )
        session = self._writer()
        session.info[OPERATOR_KEY] = self.operator
        try:
            with session.begin():
                yield session
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only view of one consistent snapshot of the database."""
        session = self._reader()
        try:
            yield session
        finally:
            session.close()  # also rolls back: a reading block never writes

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
