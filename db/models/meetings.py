"""Meetings, their agenda and minutes, who attended, and the action items they raise.

An action item is one row for its whole life. It is raised in one meeting and followed up in
the meetings of one body (``follow_body_id``) until it is done or dropped; escalating it hands it
to a body of the next level up. Every review, escalation and closing is an ``action_item_event``,
so where an item came from and what happened to it can always be shown.
"""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Audited, Base, Timestamped
from db.models.governance import LEVEL_CHECK, UNIT_MATCHES_LEVEL


class Meeting(Audited, Timestamped, Base):
    __tablename__ = "meeting"
    __table_args__ = (
        CheckConstraint(LEVEL_CHECK, name="known_level"),
        CheckConstraint(UNIT_MATCHES_LEVEL, name="unit_of_level"),
        CheckConstraint(
            "status IN ('scheduled', 'held', 'minutes_drafted', 'minutes_approved', 'cancelled')",
            name="known_status",
        ),
        CheckConstraint("end_time IS NULL OR end_time > start_time", name="ends_after_start"),
        # A body has one review meeting per month of the 2-4-6-8 cadence (NULLs never clash).
        UniqueConstraint("body_id", "cadence_month"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int | None] = mapped_column(ForeignKey("body.id", ondelete="RESTRICT"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    # Level and unit are the meeting's own (copied from its body), so ad-hoc meetings have them too.
    level: Mapped[str] = mapped_column(String(10), index=True)
    district_id: Mapped[int | None] = mapped_column(
        ForeignKey("district.id", ondelete="RESTRICT"), index=True
    )
    block_id: Mapped[int | None] = mapped_column(ForeignKey("block.id", ondelete="RESTRICT"), index=True)
    cluster_id: Mapped[int | None] = mapped_column(ForeignKey("cluster.id", ondelete="RESTRICT"), index=True)
    school_id: Mapped[int | None] = mapped_column(ForeignKey("school.id", ondelete="RESTRICT"), index=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="RESTRICT"), index=True)
    meeting_date: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    venue: Mapped[str | None] = mapped_column(String(300))
    chair_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )
    status: Mapped[str] = mapped_column(String(20), default="scheduled", index=True)
    # Why the meeting is on a holiday or weekly off, when it is (the office accepted the warning).
    holiday_reason: Mapped[str | None] = mapped_column(Text)
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    # "2026-12" for a review meeting generated for that month's 2-4-6-8 cadence.
    cadence_month: Mapped[str | None] = mapped_column(String(7))
    minutes_approved_on: Mapped[date | None] = mapped_column(Date)
    minutes_approved_by: Mapped[str | None] = mapped_column(String(200))
    notice_entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("dispatch_entry.id", ondelete="RESTRICT"), index=True
    )
    search_text: Mapped[str] = mapped_column(String(1000), default="")


class AgendaItem(Audited, Base):
    __tablename__ = "agenda_item"
    __table_args__ = (
        CheckConstraint("kind IN ('regular', 'previous_review')", name="known_kind"),
        CheckConstraint("duration_minutes IS NULL OR duration_minutes > 0", name="duration_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # "previous_review": confirmation of the last minutes and review of open action items.
    kind: Mapped[str] = mapped_column(String(20), default="regular")
    title: Mapped[str] = mapped_column(String(500))
    presenter_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    discussion: Mapped[str | None] = mapped_column(Text)
    decisions: Mapped[str | None] = mapped_column(Text)


class Attendance(Audited, Base):
    """A member's presence at a meeting, or a guest's (a guest has no membership)."""

    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("meeting_id", "person_id"),
        CheckConstraint("status IN ('present', 'absent', 'represented')", name="known_status"),
        CheckConstraint("person_id IS NOT NULL OR guest_name IS NOT NULL", name="someone"),
        CheckConstraint(
            "status != 'represented' OR represented_by_person_id IS NOT NULL OR represented_by_name IS NOT NULL",
            name="representative_named",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    membership_id: Mapped[int | None] = mapped_column(
        ForeignKey("body_membership.id", ondelete="SET NULL"), index=True
    )
    guest_name: Mapped[str | None] = mapped_column(String(120))  # a guest not in the records
    guest_designation: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(12), default="present")
    represented_by_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )
    represented_by_name: Mapped[str | None] = mapped_column(String(120))


class ActionItem(Audited, Timestamped, Base):
    __tablename__ = "action_item"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'done', 'dropped')", name="known_status"),
        CheckConstraint("status = 'open' OR closed_on IS NOT NULL", name="closed_dated"),
        CheckConstraint("status != 'dropped' OR drop_reason IS NOT NULL", name="drop_reason_given"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="RESTRICT"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), index=True
    )
    description: Mapped[str] = mapped_column(Text)
    owner_person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    due_date: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)
    closed_on: Mapped[date | None] = mapped_column(Date)
    drop_reason: Mapped[str | None] = mapped_column(Text)
    # The body whose meetings follow the item up: the raising meeting's, or the one escalated to.
    follow_body_id: Mapped[int | None] = mapped_column(ForeignKey("body.id", ondelete="RESTRICT"), index=True)
    # The meeting it was last escalated to, where it is taken up first.
    escalated_to_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), index=True
    )
    search_text: Mapped[str] = mapped_column(String(1000), default="")


class ActionItemEvent(Audited, Base):
    """Something that happened to an action item: raised, reviewed, escalated, done, dropped…"""

    __tablename__ = "action_item_event"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('raised', 'reviewed', 'escalated', 'done', 'dropped', 'reopened', 'changed')",
            name="known_kind",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    action_item_id: Mapped[int] = mapped_column(ForeignKey("action_item.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"), index=True)
    on_date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(12))
    note: Mapped[str | None] = mapped_column(Text)


class MinutesCorrection(Audited, Base):
    """A correction to approved minutes, recorded in a later meeting instead of editing them."""

    __tablename__ = "minutes_correction"

    id: Mapped[int] = mapped_column(primary_key=True)
    corrected_meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="RESTRICT"), index=True
    )
    recorded_in_meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
