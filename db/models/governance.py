"""Committees and task forces, who sits on them and when, and the office calendar they meet by.

A body belongs to one unit of the administrative tree (the district, a block, a cluster or a
school), given by exactly one of its unit columns. Memberships are never rewritten: replacing a
member ends one row and starts another, so the body's composition on any past date is a query.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, CheckConstraint, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Audited, Base, Timestamped

LEVEL_CHECK = "level IN ('district', 'block', 'cluster', 'school')"
# The unit column that is set must be the one of the level, and only that one.
UNIT_MATCHES_LEVEL = (
    "(district_id IS NOT NULL) + (block_id IS NOT NULL) + (cluster_id IS NOT NULL)"
    " + (school_id IS NOT NULL) = 1"
    " AND (level != 'district' OR district_id IS NOT NULL)"
    " AND (level != 'block' OR block_id IS NOT NULL)"
    " AND (level != 'cluster' OR cluster_id IS NOT NULL)"
    " AND (level != 'school' OR school_id IS NOT NULL)"
)


class Body(Audited, Timestamped, Base):
    """A committee, task force, resource group or review group."""

    __tablename__ = "body"
    __table_args__ = (
        CheckConstraint(LEVEL_CHECK, name="known_level"),
        CheckConstraint(UNIT_MATCHES_LEVEL, name="unit_of_level"),
        CheckConstraint("dissolved_on IS NULL OR dissolved_on >= formed_on", name="dissolved_after_formed"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_local: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40))  # a code of BODY_KINDS, or "custom"
    kind_other: Mapped[str | None] = mapped_column(String(120))  # the custom kind, in words
    level: Mapped[str] = mapped_column(String(10), index=True)
    district_id: Mapped[int | None] = mapped_column(
        ForeignKey("district.id", ondelete="RESTRICT"), index=True
    )
    block_id: Mapped[int | None] = mapped_column(ForeignKey("block.id", ondelete="RESTRICT"), index=True)
    cluster_id: Mapped[int | None] = mapped_column(ForeignKey("cluster.id", ondelete="RESTRICT"), index=True)
    school_id: Mapped[int | None] = mapped_column(ForeignKey("school.id", ondelete="RESTRICT"), index=True)
    # The convening office: its letterhead prints the orders, its calendar sets the meeting days.
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="RESTRICT"), index=True)
    purpose: Mapped[str | None] = mapped_column(Text)
    formed_on: Mapped[date] = mapped_column(Date)
    dissolved_on: Mapped[date | None] = mapped_column(Date)
    # The number of the order that constituted (or last reconstituted) the body, as printed on it.
    constituting_order: Mapped[str | None] = mapped_column(String(120))
    # Set when that order was issued from this app's dispatch register.
    constituting_entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("dispatch_entry.id", ondelete="RESTRICT"), index=True
    )
    meeting_frequency: Mapped[str] = mapped_column(String(20), default="monthly")
    search_text: Mapped[str] = mapped_column(String(1000), default="")


class BodyMembership(Audited, Timestamped, Base):
    """One person's seat on a body, in one role, for one period."""

    __tablename__ = "body_membership"
    __table_args__ = (
        CheckConstraint(
            "role IN ('chair', 'convenor', 'member_secretary', 'member', 'special_invitee')",
            name="known_role",
        ),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="ends_after_start"),
        CheckConstraint(
            "(office_id IS NOT NULL) + (organisation_id IS NOT NULL) <= 1", name="represents_one"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    # Whom the member speaks for on the body: a government office or a partner organisation.
    office_id: Mapped[int | None] = mapped_column(ForeignKey("office.id", ondelete="RESTRICT"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)  # the last day in the seat
    end_reason: Mapped[str | None] = mapped_column(String(300))
    replaces_id: Mapped[int | None] = mapped_column(
        ForeignKey("body_membership.id", ondelete="SET NULL"), index=True
    )


class OfficeCalendar(Audited, Timestamped, Base):
    """Which days an office does not work, besides its holidays.

    ``weekly_offs`` are weekday numbers (Monday 0 … Sunday 6); ``off_saturdays`` are which
    Saturdays of the month are off (2 and 4 in most states) when Saturday is not a weekly off.
    """

    __tablename__ = "office_calendar"

    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"), primary_key=True)
    weekly_offs: Mapped[list[int]] = mapped_column(JSON, default=lambda: [6])
    off_saturdays: Mapped[list[int]] = mapped_column(JSON, default=lambda: [2, 4])


class Holiday(Audited, Base):
    __tablename__ = "holiday"
    __table_args__ = (UniqueConstraint("office_id", "on_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"), index=True)
    on_date: Mapped[date] = mapped_column(Date, index=True)
    name: Mapped[str] = mapped_column(String(200))
