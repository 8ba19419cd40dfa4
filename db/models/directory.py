"""Offices, partner organisations and the people who work in them."""

from __future__ import annotations

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Audited, Base, Timestamped
from db.models.geography import Block, District, School


class Office(Audited, Timestamped, Base):
    """A government office: DEO, DIET, Collector's office, block offices."""

    __tablename__ = "office"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    name_local: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40))
    # Short code printed in dispatch numbers, e.g. "DDPI/BGK".
    office_code: Mapped[str] = mapped_column(String(30), unique=True)
    address: Mapped[str | None] = mapped_column(Text)
    address_local: Mapped[str | None] = mapped_column(Text)
    district_id: Mapped[int | None] = mapped_column(
        ForeignKey("district.id", ondelete="RESTRICT"), index=True
    )
    block_id: Mapped[int | None] = mapped_column(ForeignKey("block.id", ondelete="RESTRICT"), index=True)
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(120))
    # The emblem or logo printed on the letterhead, kept in stored_file.
    logo_sha256: Mapped[str | None] = mapped_column(
        ForeignKey("stored_file.sha256", ondelete="RESTRICT"), index=True
    )
    search_text: Mapped[str] = mapped_column(String(1000), default="")

    district: Mapped[District | None] = relationship()
    block: Mapped[Block | None] = relationship()


class Organisation(Audited, Timestamped, Base):
    """A partner NGO, CSR foundation, trust or other non-government body."""

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    name_local: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40))
    registration_number: Mapped[str | None] = mapped_column(String(80))
    ngo_darpan_id: Mapped[str | None] = mapped_column(String(20), unique=True)
    address: Mapped[str | None] = mapped_column(Text)
    focus_areas: Mapped[list[str]] = mapped_column(JSON, default=list)
    contact_person: Mapped[str | None] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(120))
    website: Mapped[str | None] = mapped_column(String(200))
    search_text: Mapped[str] = mapped_column(String(1000), default="")


class Person(Audited, Timestamped, Base):
    """Anyone the office deals with; belongs to at most one office, organisation or school."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    name_local: Mapped[str | None] = mapped_column(String(120))
    designation: Mapped[str] = mapped_column(String(80))
    office_id: Mapped[int | None] = mapped_column(ForeignKey("office.id", ondelete="RESTRICT"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    school_id: Mapped[int | None] = mapped_column(ForeignKey("school.id", ondelete="RESTRICT"), index=True)
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(120))
    preferred_language: Mapped[str] = mapped_column(String(5), default="en")
    search_text: Mapped[str] = mapped_column(String(1000), default="")

    office: Mapped[Office | None] = relationship()
    organisation: Mapped[Organisation | None] = relationship()
    school: Mapped[School | None] = relationship()

    __table_args__ = (
        CheckConstraint(
            "(office_id IS NOT NULL) + (organisation_id IS NOT NULL) + (school_id IS NOT NULL) <= 1",
            name="one_affiliation",
        ),
        CheckConstraint("preferred_language IN ('en', 'kn', 'hi', 'mr')", name="language_values"),
        Index("ix_person_name", "name"),
    )
