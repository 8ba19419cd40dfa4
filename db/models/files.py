"""Files kept inside the database: office logos now, MoU scans and evidence later.

Content-addressed by SHA-256, so the same file stored twice is kept once, and a stored file
that no longer matches its hash (damage, or a hand edit of the database) is detected on reading.
Stored files are never changed; a record that points at one names it by its hash.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, utc_now


class StoredFile(Base):
    __tablename__ = "stored_file"
    __table_args__ = (CheckConstraint("length(sha256) = 64", name="sha256_length"),)

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    media_type: Mapped[str] = mapped_column(String(60))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
