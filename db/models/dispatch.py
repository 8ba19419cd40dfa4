"""The dispatch register: every issued circular or letter, numbered in its office's series."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Audited, Base, Timestamped, utc_now

DEFAULT_NUMBER_FORMAT = "{office_code}/{section}/{financial_year}/{serial:04d}"


class DispatchSeries(Audited, Timestamped, Base):
    """One office's numbering for one section in one financial year (April to March)."""

    __tablename__ = "dispatch_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="RESTRICT"), index=True)
    section: Mapped[str] = mapped_column(String(30))
    financial_year: Mapped[str] = mapped_column(String(7))  # "2026-27"
    number_format: Mapped[str] = mapped_column(String(120), default=DEFAULT_NUMBER_FORMAT)
    last_serial: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        UniqueConstraint("office_id", "section", "financial_year"),
        CheckConstraint("last_serial >= 0", name="serial_not_negative"),
    )


class DispatchEntry(Audited, Timestamped, Base):
    """An issued document. Never edited: only cancelled (with a reason) or superseded."""

    __tablename__ = "dispatch_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("dispatch_series.id", ondelete="RESTRICT"), index=True)
    serial: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(120), unique=True)
    issued_on: Mapped[date] = mapped_column(Date)
    issued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    kind: Mapped[str] = mapped_column(String(30), default="circular")
    subject: Mapped[str] = mapped_column(String(500))
    language: Mapped[str] = mapped_column(String(5))
    recipients: Mapped[list] = mapped_column(JSON, default=list)
    copy_to: Mapped[list] = mapped_column(JSON, default=list)
    signatory: Mapped[dict] = mapped_column(JSON, default=dict)
    template_name: Mapped[str | None] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    values: Mapped[dict] = mapped_column(JSON, default=dict)
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(12), default="issued")
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    superseded_by_id: Mapped[int | None] = mapped_column(ForeignKey("dispatch_entry.id", ondelete="RESTRICT"))

    __table_args__ = (
        UniqueConstraint("series_id", "serial"),
        CheckConstraint("status IN ('issued', 'cancelled', 'superseded')", name="status_values"),
        CheckConstraint("serial >= 1", name="serial_positive"),
    )


class DocumentTemplate(Audited, Timestamped, Base):
    """A circular or letter to start from. Built-in ones ship with the app and are copied, not edited."""

    __tablename__ = "document_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(5))
    recipient_kind: Mapped[str] = mapped_column(String(10))  # school, office or person
    subject: Mapped[str] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text)
    # Placeholders filled once per circular (e.g. meeting_date), beyond the recipients' own.
    fields: Mapped[list] = mapped_column(JSON, default=list)
    references: Mapped[list] = mapped_column(JSON, default=list)
    builtin_key: Mapped[str | None] = mapped_column(String(60), unique=True)

    __table_args__ = (
        UniqueConstraint("name", "language"),
        CheckConstraint("recipient_kind IN ('school', 'office', 'person')", name="recipient_kind_values"),
    )


class CopyToList(Audited, Timestamped, Base):
    """A named "Copy to" list, saved once and reused on many circulars."""

    __tablename__ = "copy_to_list"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    entries: Mapped[list] = mapped_column(JSON, default=list)
