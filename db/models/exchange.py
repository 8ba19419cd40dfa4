"""USB exchange with partners: signing keys, per-MoU pseudonym secrets and the exchange log.

The log and the erasure confirmations are append-only: triggers created by migration 0008
(:func:`append_only_statements`; exchange_log's made again by 0009, which rebuilt the table)
refuse UPDATE and DELETE, so the record of what left the office, and what came back, cannot be
edited afterwards. An undone import is a new ``import_undone`` row pointing at the import it takes
back. A ``template`` row is a return template given to a partner (since 0009): unsigned, so its
``signer_fingerprint`` is empty.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, UtcDateTime, utc_now

KEY_OWNERS = ("office", "partner")
KEY_STORAGES = ("keyring", "passphrase")
LOG_EVENTS = ("export", "import", "import_undone", "template")
APPEND_ONLY_TABLES = ("exchange_log", "exchange_erasure")


class ExchangeKey(Base):
    """An Ed25519 public key: this office's own (its private half in the OS keyring, or here
    encrypted with a passphrase where no keyring is available) or a partner's, registered from
    their hand-over receipt."""

    __tablename__ = "exchange_key"
    __table_args__ = (
        CheckConstraint("owner IN ('office', 'partner')", name="known_owner"),
        CheckConstraint(
            "(owner = 'partner') = (organisation_id IS NOT NULL)", name="partner_keys_name_organisation"
        ),
        CheckConstraint("storage IS NULL OR storage IN ('keyring', 'passphrase')", name="known_storage"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str] = mapped_column(String(10))
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    label: Mapped[str] = mapped_column(String(200), default="")
    public_key: Mapped[str] = mapped_column(String(64))  # base64 of the 32 raw bytes
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    # Where the office's private key lives; NULL for partners' keys.
    storage: Mapped[str | None] = mapped_column(String(12))
    # PKCS#8 PEM encrypted with the office's key passphrase; only with storage 'passphrase'.
    private_key_pem: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now)
    created_by: Mapped[str] = mapped_column(String(120), default="")
    retired_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    retired_reason: Mapped[str | None] = mapped_column(Text)


class MouExchangeSecret(Base):
    """The random key of an MoU's pseudonyms: the same student gets the same pseudonym in every
    package under the MoU (and its renewals), and a different one under any other MoU."""

    __tablename__ = "mou_exchange_secret"

    mou_id: Mapped[int] = mapped_column(ForeignKey("mou.id", ondelete="RESTRICT"), primary_key=True)
    secret: Mapped[bytes] = mapped_column(LargeBinary(32))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now)


class ExchangeLogEntry(Base):
    """One package or return template that left the office, or a package that came in (append-only)."""

    __tablename__ = "exchange_log"
    __table_args__ = (
        CheckConstraint("event IN ('export', 'import', 'import_undone', 'template')", name="known_event"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event: Mapped[str] = mapped_column(String(16), index=True)
    package_id: Mapped[str] = mapped_column(String(36), index=True)
    format_version: Mapped[int] = mapped_column(Integer)
    mou_id: Mapped[int | None] = mapped_column(ForeignKey("mou.id", ondelete="RESTRICT"), index=True)
    # Kept as text too, so the log reads the same whatever later happens to the records.
    mou_reference: Mapped[str] = mapped_column(String(80))
    partner_names: Mapped[list[str]] = mapped_column(JSON, default=list)
    organisation_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    purpose: Mapped[str] = mapped_column(Text, default="")
    categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    fields: Mapped[dict] = mapped_column(JSON, default=dict)  # category -> field names
    counts: Mapped[dict] = mapped_column(JSON, default=dict)  # kind of record -> how many
    # UDISE codes of the schools the package holds data about.
    school_codes: Mapped[list[str]] = mapped_column(JSON, default=list)
    # The office's student ids whose (pseudonymised) results the package holds: zlib-compressed,
    # sorted, one per line. NULL when it holds none.
    student_keys: Mapped[bytes | None] = mapped_column(LargeBinary)
    package_name: Mapped[str] = mapped_column(String(260))
    package_sha256: Mapped[str] = mapped_column(String(64), index=True)
    package_size: Mapped[int] = mapped_column(Integer, default=0)  # bytes
    signer_fingerprint: Mapped[str] = mapped_column(String(64))  # "" for an unsigned return template
    keep_until: Mapped[date | None] = mapped_column(Date, index=True)
    # Import batches an import created, undone together by an ``import_undone`` entry.
    batch_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    refers_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("exchange_log.id", ondelete="RESTRICT"), index=True
    )
    note: Mapped[str] = mapped_column(Text, default="")
    operator: Mapped[str] = mapped_column(String(120))
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now, index=True)


class ExchangeErasure(Base):
    """The partner's confirmation that an exported package's data was deleted (append-only)."""

    __tablename__ = "exchange_erasure"

    id: Mapped[int] = mapped_column(primary_key=True)
    log_id: Mapped[int] = mapped_column(ForeignKey("exchange_log.id", ondelete="RESTRICT"), unique=True)
    confirmed_on: Mapped[date] = mapped_column(Date)
    confirmed_by: Mapped[str] = mapped_column(String(200))  # who signed for the partner
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(120))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now)


def append_only_statements(table: str) -> tuple[str, str]:
    """The two triggers that make ``table`` append-only (SQLite)."""
    return tuple(  # type: ignore[return-value]
        f"CREATE TRIGGER IF NOT EXISTS {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
        f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: entries cannot be changed or deleted'); END"
        for verb in ("UPDATE", "DELETE")
    )
