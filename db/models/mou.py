"""MoUs between the district and partner organisations, and everything agreed in them.

An MoU's parts (partners, coverage, signatories, obligations, data-sharing terms, amendments,
attachments) are separate audited rows carrying ``mou_id``, so the audit log tells the MoU's
whole story (see ``desktop/services/mous/timeline.py``).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
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


class Mou(Audited, Timestamped, Base):
    __tablename__ = "mou"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="ends_after_start"),
        CheckConstraint(
            "status IN ('draft', 'under_review', 'signed', 'active', 'expired', 'terminated')",
            name="known_status",
        ),
        CheckConstraint("funding_amount IS NULL OR funding_amount >= 0", name="amount_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(80), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="RESTRICT"), index=True)
    nodal_officer_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )
    focus: Mapped[str] = mapped_column(String(40))  # a code of FOCUS_AREAS, or "custom"
    focus_other: Mapped[str | None] = mapped_column(String(200))  # the custom focus, in words
    objectives: Mapped[str | None] = mapped_column(Text)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    funded: Mapped[bool] = mapped_column(Boolean, default=False)
    funding_amount: Mapped[int | None] = mapped_column(Integer)  # whole rupees
    whole_district: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    status_changed_on: Mapped[date | None] = mapped_column(Date)
    terminated_on: Mapped[date | None] = mapped_column(Date)
    termination_reason: Mapped[str | None] = mapped_column(Text)
    # Why it was activated although another active MoU with the partner overlaps it.
    overlap_reason: Mapped[str | None] = mapped_column(Text)
    renews_id: Mapped[int | None] = mapped_column(ForeignKey("mou.id", ondelete="RESTRICT"), index=True)
    language: Mapped[str] = mapped_column(String(5), default="en")
    text: Mapped[str] = mapped_column(Text, default="")  # the clauses, in body markup
    search_text: Mapped[str] = mapped_column(String(2000), default="")


class MouPartner(Audited, Base):
    __tablename__ = "mou_partner"
    __table_args__ = (UniqueConstraint("mou_id", "organisation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    mou_id: Mapped[int] = mapped_column(ForeignKey("mou.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )


class MouCoverage(Audited, Base):
    """One block, cluster or school the MoU covers (none at all when it covers the whole district)."""

    __tablename__ = "mou_coverage"
    __table_args__ = (
        CheckConstraint(
            "(block_id IS NOT NULL) + (cluster_id IS NOT NULL) + (school_id IS NOT NULL) = 1",
            name="one_unit",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mou_id: Mapped[int] = mapped_column(ForeignKey("mou.id", ondelete="CASCADE"), index=True)
    block_id: Mapped[int | None] = mapped_column(ForeignKey("block.id", ondelete="RESTRICT"), index=True)
    cluster_id: Mapped[int | None] = mapped_column(ForeignKey("cluster.id", ondelete="RESTRICT"), index=True)
    school_id: Mapped[int | None] = mapped_column(ForeignKey("school.id", ondelete="RESTRICT"), index=True)


class MouSignatory(Audited, Base):
    __tablename__ = "mou_signatory"
    __table_args__ = (CheckConstraint("party IN ('district', 'partner')", name="known_party"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    mou_id: Mapped[int] = mapped_column(ForeignKey("mou.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    designation: Mapped[str] = mapped_column(String(200))
    party: Mapped[str] = mapped_column(String(20))
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    signed_on: Mapped[date | None] = mapped_column(Date)


class MouObligation(Audited, Base):
    """A responsibility of one party, or a deliverable with the indicator agreed for it."""

    __tablename__ = "mou_obligation"
    __table_args__ = (
        CheckConstraint("party IN ('district', 'partner')", name="known_party"),
        CheckConstraint("kind IN ('responsibility', 'deliverable')", name="known_kind"),
        CheckConstraint("status IN ('pending', 'in_progress', 'done', 'dropped')", name="known_status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mou_id: Mapped[int] = mapped_column(ForeignKey("mou.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    party: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20), default="responsibility")
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(200))
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    frequency: Mapped[str | None] = mapped_column(String(30))
    indicator: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="pending")


class MouDataShare(Audited, Base):
    """One category of data the partner may receive, for what purpose, kept for how long."""

    __tablename__ = "mou_data_share"
    __table_args__ = (
        UniqueConstraint("mou_id", "category"),
        CheckConstraint("keep_months BETWEEN 1 AND 120", name="keep_months_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mou_id: Mapped[int] = mapped_column(ForeignKey("mou.id", ondelete="CASCADE"), index=True)
    category: Mapped[str] = mapped_column(String(40))
    purpose: Mapped[str] = mapped_column(Text)
    keep_months: Mapped[int] = mapped_column(Integer)


class MouAmendment(Audited, Base):
    """A later version of the MoU's text, with its own dates; may extend the end date."""

    __tablename__ = "mou_amendment"
    __table_args__ = (UniqueConstraint("mou_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    mou_id: Mapped[int] = mapped_column(ForeignKey("mou.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)  # the original is version 1; amendments 2, 3, …
    effective_from: Mapped[date] = mapped_column(Date)
    signed_on: Mapped[date | None] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(String(500))
    text: Mapped[str] = mapped_column(Text, default="")
    new_end_date: Mapped[date | None] = mapped_column(Date)
    previous_end_date: Mapped[date | None] = mapped_column(Date)


class MouAttachment(Audited, Base):
    __tablename__ = "mou_attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    mou_id: Mapped[int] = mapped_column(ForeignKey("mou.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))  # "signed copy", "annexure", "other"
    title: Mapped[str] = mapped_column(String(200))
    file_name: Mapped[str] = mapped_column(String(260))
    sha256: Mapped[str] = mapped_column(ForeignKey("stored_file.sha256", ondelete="RESTRICT"), index=True)
    media_type: Mapped[str] = mapped_column(String(60))
    size: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
