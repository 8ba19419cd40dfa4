"""Baseline data: assessment rounds, imported school indicators and student results, import batches.

Imported rows are not in the audit log one by one: a million student results would swamp it.
Their record is the :class:`ImportBatch` that brought them (file, SHA-256, mapping, counts, who,
when) and the :class:`ImportBatchChange` rows that hold what each batch replaced, so a batch can
be undone as a whole.
"""

from __future__ import annotations

from datetime import date, datetime

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
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Audited, Base, Timestamped, utc_now
from db.models.geography import School

ROUND_KINDS = ("baseline", "midline", "endline", "custom")
IMPORT_TARGETS = ("schools", "indicators", "assessment")


class LevelScheme(Audited, Timestamped, Base):
    """Ordered competency levels of an assessment, lowest first (e.g. the FLN reading levels)."""

    __tablename__ = "level_scheme"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    levels: Mapped[list[str]] = mapped_column(JSON)
    # Index into ``levels`` of the lowest level that meets the state's goal for the grade.
    achieving_from: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (CheckConstraint("achieving_from >= 0", name="achieving_from_not_negative"),)


class AssessmentRound(Audited, Timestamped, Base):
    """One round of data collection: baseline, midline, endline or a custom one."""

    __tablename__ = "assessment_round"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    tool: Mapped[str | None] = mapped_column(String(200))  # the assessment tool used, in words
    mou_id: Mapped[int | None] = mapped_column(ForeignKey("mou.id", ondelete="SET NULL"), index=True)
    level_scheme_id: Mapped[int | None] = mapped_column(
        ForeignKey("level_scheme.id", ondelete="RESTRICT"), index=True
    )
    max_score: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[str | None] = mapped_column(Text)

    level_scheme: Mapped[LevelScheme | None] = relationship()

    __table_args__ = (
        CheckConstraint("kind IN ('baseline', 'midline', 'endline', 'custom')", name="known_kind"),
        CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="ends_after_start"
        ),
        CheckConstraint("max_score IS NULL OR max_score > 0", name="max_score_positive"),
    )


class SchoolAlias(Base):
    """Another system's id for a school (e.g. the KLP school id), so its files can be matched."""

    __tablename__ = "school_alias"

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id", ondelete="CASCADE"), index=True)
    system: Mapped[str] = mapped_column(String(40))
    code: Mapped[str] = mapped_column(String(40))
    batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL"), index=True
    )

    school: Mapped[School] = relationship()

    __table_args__ = (UniqueConstraint("system", "code"),)


class ImportBatch(Base):
    """One import: what came in, from which file, mapped how, by whom; undone as a whole."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    target: Mapped[str] = mapped_column(String(20))
    round_id: Mapped[int | None] = mapped_column(
        ForeignKey("assessment_round.id", ondelete="RESTRICT"), index=True
    )
    file_names: Mapped[list[str]] = mapped_column(JSON)
    # Of the files' bytes, in the order given; a second import of the same files is recognised.
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    mapping: Mapped[dict] = mapped_column(JSON)
    options: Mapped[dict] = mapped_column(JSON, default=dict)
    counts: Mapped[dict] = mapped_column(JSON, default=dict)
    operator: Mapped[str] = mapped_column(String(120))
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    undone_by: Mapped[str | None] = mapped_column(String(120))

    round: Mapped[AssessmentRound | None] = relationship()

    __table_args__ = (
        CheckConstraint("target IN ('schools', 'indicators', 'assessment')", name="known_target"),
    )


class ImportBatchChange(Base):
    """A row a batch created (``before`` is NULL) or changed (``before`` holds the old values)."""

    __tablename__ = "import_batch_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id", ondelete="CASCADE"), index=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    before: Mapped[dict | None] = mapped_column(JSON)


class ImportProfile(Timestamped, Base):
    """A saved column mapping, offered again when a file with the same headers comes in."""

    __tablename__ = "import_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    target: Mapped[str] = mapped_column(String(20))
    # Field key -> the file's header text, or {"value": ...} for a value typed in the wizard.
    mapping: Mapped[dict] = mapped_column(JSON)
    options: Mapped[dict] = mapped_column(JSON, default=dict)
    headers: Mapped[list[str]] = mapped_column(JSON, default=list)


class SchoolIndicator(Base):
    """A school's enrolment, attendance and teachers in one round."""

    __tablename__ = "school_indicator"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("assessment_round.id", ondelete="RESTRICT"))
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id", ondelete="RESTRICT"), index=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id", ondelete="RESTRICT"), index=True)
    enrolment: Mapped[int | None] = mapped_column(Integer)
    enrolment_boys: Mapped[int | None] = mapped_column(Integer)
    enrolment_girls: Mapped[int | None] = mapped_column(Integer)
    # Average daily attendance as a percentage of enrolment.
    attendance_percent: Mapped[float | None] = mapped_column(Float)
    teachers: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        UniqueConstraint("round_id", "school_id"),
        CheckConstraint("attendance_percent IS NULL OR attendance_percent BETWEEN 0 AND 100", name="percent"),
    )


class StudentResult(Base):
    """One student's result in one subject in one round; ``student_key`` is pseudonymous."""

    __tablename__ = "student_result"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("assessment_round.id", ondelete="RESTRICT"))
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id", ondelete="RESTRICT"))
    # No index: a batch is undone by one scan, and an index here would double the import time.
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id", ondelete="RESTRICT"))
    student_key: Mapped[str] = mapped_column(String(80))
    student_name: Mapped[str | None] = mapped_column(String(120))  # only if the office keeps names
    grade: Mapped[int] = mapped_column(Integer)
    gender: Mapped[str | None] = mapped_column(String(1))
    subject: Mapped[str] = mapped_column(String(80))
    score: Mapped[float | None] = mapped_column(Float)
    level: Mapped[int | None] = mapped_column(Integer)  # index into the round's level scheme
    assessed_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (
        UniqueConstraint("round_id", "student_key", "subject"),
        CheckConstraint("gender IS NULL OR gender IN ('F', 'M', 'O')", name="gender_values"),
        CheckConstraint("grade BETWEEN 1 AND 12", name="grade_range"),
    )


class ResultSummary(Base):
    """Student results added up per school, grade, subject, gender and level.

    Kept in step with ``student_result`` by every import and undo, so analysis over a million
    results reads a few thousand rows. ``gender`` is '' and ``level`` is -1 where not known.
    """

    __tablename__ = "result_summary"

    round_id: Mapped[int] = mapped_column(
        ForeignKey("assessment_round.id", ondelete="CASCADE"), primary_key=True
    )
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id", ondelete="CASCADE"), primary_key=True)
    grade: Mapped[int] = mapped_column(Integer, primary_key=True)
    subject: Mapped[str] = mapped_column(String(80), primary_key=True)
    gender: Mapped[str] = mapped_column(String(1), primary_key=True)
    level: Mapped[int] = mapped_column(Integer, primary_key=True)
    students: Mapped[int] = mapped_column(Integer)
    scored: Mapped[int] = mapped_column(Integer)  # students with a score
    score_sum: Mapped[float] = mapped_column(Float)
