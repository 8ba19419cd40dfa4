"""Recognition programmes: rubrics, cycles, nominations with their nominators and evidence,
reviewers and their scores.

A programme ("Coffee with Collector", "Pragatiya Hejje") says who may be nominated and carries
a rubric: criteria with weights, scored on the programme's scale (e.g. 1 to 4), each level with a
descriptor. A cycle is one round of a programme with its windows, event and number of places.
A nomination names exactly one nominee (a person, school or cluster from the records) and moves
through nominated → shortlisted → selected → invited → attended → recognised, each step dated.
Scores are kept per reviewer and criterion; weighted totals are computed, never stored.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Audited, Base, Timestamped, utc_now

NOMINEE_KIND_VALUES = (
    "student",
    "teacher",
    "headmaster",
    "crp",
    "brp",
    "block_officer",
    "official",
    "school",
    "cluster",
)
NOMINATION_STATUS_VALUES = (
    "nominated",
    "shortlisted",
    "selected",
    "invited",
    "attended",
    "recognised",
    "withdrawn",
)


def _values(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(value) for value in values)})"


class RecognitionProgramme(Audited, Timestamped, Base):
    """A recognition programme and its rubric's scale; the criteria are rows of their own."""

    __tablename__ = "recognition_programme"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    name_local: Mapped[str | None] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(Text, default="")
    # Which NOMINEE_KIND_VALUES may be nominated.
    eligible_kinds: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Categories a nomination is made under (e.g. "Student welfare"); empty: no categories.
    categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    selection_rules: Mapped[str] = mapped_column(Text, default="")
    scale_min: Mapped[int] = mapped_column(Integer, default=1)
    scale_max: Mapped[int] = mapped_column(Integer, default=4)
    # The regional language printed beside English on invitations and certificates.
    language: Mapped[str] = mapped_column(String(5), default="kn")
    # The shipped template it was made from, if any ("coffee_with_collector", "pragatiya_hejje").
    template_key: Mapped[str | None] = mapped_column(String(40))

    __table_args__ = (
        CheckConstraint("scale_min >= 0 AND scale_max > scale_min AND scale_max <= 10", name="scale_range"),
        CheckConstraint("language IN ('kn', 'hi', 'mr')", name="language_values"),
    )


class RecognitionCriterion(Audited, Base):
    """One criterion of a programme's rubric: its weight and a descriptor for each level."""

    __tablename__ = "recognition_criterion"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("recognition_programme.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    name_local: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    # One descriptor per level, lowest first: scale_max - scale_min + 1 strings.
    level_descriptors: Mapped[list[str]] = mapped_column(JSON, default=list)

    __table_args__ = (
        UniqueConstraint("programme_id", "name"),
        CheckConstraint("weight > 0", name="weight_positive"),
    )


class RecognitionCycle(Audited, Timestamped, Base):
    """One round of a programme: when nominations and reviews are open, the event, the places."""

    __tablename__ = "recognition_cycle"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("recognition_programme.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(120))
    nomination_opens: Mapped[date] = mapped_column(Date)
    nomination_closes: Mapped[date] = mapped_column(Date)
    review_opens: Mapped[date] = mapped_column(Date)
    review_closes: Mapped[date] = mapped_column(Date)
    event_date: Mapped[date | None] = mapped_column(Date)
    event_time: Mapped[time | None] = mapped_column(Time)
    venue: Mapped[str | None] = mapped_column(String(300))
    venue_local: Mapped[str | None] = mapped_column(String(300))
    places: Mapped[int] = mapped_column(Integer, default=1)
    # The office that issues the invitations and certificates, and who signs them.
    office_id: Mapped[int | None] = mapped_column(ForeignKey("office.id", ondelete="RESTRICT"), index=True)
    signatory_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )
    # Set when the office closes the review before review_closes; scores are locked from then.
    scores_locked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        UniqueConstraint("programme_id", "name"),
        CheckConstraint("nomination_opens <= nomination_closes", name="nomination_window"),
        CheckConstraint("review_opens <= review_closes", name="review_window"),
        CheckConstraint("nomination_opens <= review_opens", name="review_after_nomination"),
        CheckConstraint("event_date IS NULL OR event_date >= review_closes", name="event_after_review"),
        CheckConstraint("places >= 1", name="places_positive"),
    )


class RecognitionNomination(Audited, Timestamped, Base):
    """A nominee in a cycle: exactly one of person, school or cluster, and where it stands."""

    __tablename__ = "recognition_nomination"

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("recognition_cycle.id", ondelete="RESTRICT"), index=True)
    nominee_kind: Mapped[str] = mapped_column(String(20))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    school_id: Mapped[int | None] = mapped_column(ForeignKey("school.id", ondelete="RESTRICT"), index=True)
    cluster_id: Mapped[int | None] = mapped_column(ForeignKey("cluster.id", ondelete="RESTRICT"), index=True)
    category: Mapped[str | None] = mapped_column(String(120))
    nominated_on: Mapped[date] = mapped_column(Date)
    # "manual", or "data" when made from a suggestion; evidence_note keeps the figures shown then.
    source: Mapped[str] = mapped_column(String(10), default="manual")
    evidence_note: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), default="nominated")
    shortlisted_on: Mapped[date | None] = mapped_column(Date)
    selected_on: Mapped[date | None] = mapped_column(Date)
    invited_on: Mapped[date | None] = mapped_column(Date)
    attended_on: Mapped[date | None] = mapped_column(Date)
    recognised_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    # Why this nominee was selected over a higher-ranked one, or beyond the cycle's places.
    selection_reason: Mapped[str | None] = mapped_column(Text)
    withdrawal_reason: Mapped[str | None] = mapped_column(Text)
    invitation_entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("dispatch_entry.id", ondelete="RESTRICT"), index=True
    )
    certificate_entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("dispatch_entry.id", ondelete="RESTRICT"), index=True
    )
    # The certificate's own number: the batch's dispatch number and this certificate's place in it.
    certificate_number: Mapped[str | None] = mapped_column(String(140))

    __table_args__ = (
        CheckConstraint(
            "(person_id IS NOT NULL) + (school_id IS NOT NULL) + (cluster_id IS NOT NULL) = 1",
            name="one_nominee",
        ),
        CheckConstraint(
            "(nominee_kind = 'school') = (school_id IS NOT NULL) "
            "AND (nominee_kind = 'cluster') = (cluster_id IS NOT NULL)",
            name="kind_matches_nominee",
        ),
        CheckConstraint(_values("nominee_kind", NOMINEE_KIND_VALUES), name="nominee_kind_values"),
        CheckConstraint(_values("status", NOMINATION_STATUS_VALUES), name="status_values"),
        CheckConstraint("source IN ('manual', 'data')", name="source_values"),
        UniqueConstraint("cycle_id", "person_id"),
        UniqueConstraint("cycle_id", "school_id"),
        UniqueConstraint("cycle_id", "cluster_id"),
    )


class RecognitionNominator(Audited, Base):
    """Who nominated, and why. A duplicate nomination merged into an earlier one adds a row."""

    __tablename__ = "recognition_nominator"

    id: Mapped[int] = mapped_column(primary_key=True)
    nomination_id: Mapped[int] = mapped_column(
        ForeignKey("recognition_nomination.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    office_id: Mapped[int | None] = mapped_column(ForeignKey("office.id", ondelete="RESTRICT"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    justification: Mapped[str] = mapped_column(Text, default="")
    nominated_on: Mapped[date] = mapped_column(Date)

    __table_args__ = (
        CheckConstraint(
            "(person_id IS NOT NULL) + (office_id IS NOT NULL) + (organisation_id IS NOT NULL) = 1",
            name="one_nominator",
        ),
    )


class RecognitionEvidence(Audited, Base):
    """A photo or PDF supporting a nomination, kept in stored_file by its SHA-256."""

    __tablename__ = "recognition_evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    nomination_id: Mapped[int] = mapped_column(
        ForeignKey("recognition_nomination.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    file_name: Mapped[str] = mapped_column(String(260))
    sha256: Mapped[str] = mapped_column(ForeignKey("stored_file.sha256", ondelete="RESTRICT"), index=True)
    media_type: Mapped[str] = mapped_column(String(60))
    size: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class RecognitionReviewer(Audited, Base):
    """A person on a cycle's review panel."""

    __tablename__ = "recognition_reviewer"

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("recognition_cycle.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)

    __table_args__ = (UniqueConstraint("cycle_id", "person_id"),)


class RecognitionScore(Audited, Base):
    """One reviewer's level on one criterion for one nomination."""

    __tablename__ = "recognition_score"

    id: Mapped[int] = mapped_column(primary_key=True)
    nomination_id: Mapped[int] = mapped_column(
        ForeignKey("recognition_nomination.id", ondelete="CASCADE"), index=True
    )
    reviewer_id: Mapped[int] = mapped_column(
        ForeignKey("recognition_reviewer.id", ondelete="RESTRICT"), index=True
    )
    criterion_id: Mapped[int] = mapped_column(
        ForeignKey("recognition_criterion.id", ondelete="RESTRICT"), index=True
    )
    level: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    scored_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    __table_args__ = (UniqueConstraint("nomination_id", "reviewer_id", "criterion_id"),)
