"""The audit log: one row per create, update or delete made through the services."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, utc_now


class AuditEntry(Base):
    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    # Free text until user accounts exist; an account id column can be added beside it then.
    operator: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(10))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[int] = mapped_column(Integer)
    before: Mapped[dict | None] = mapped_column(JSON)
    after: Mapped[dict | None] = mapped_column(JSON)

    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)
