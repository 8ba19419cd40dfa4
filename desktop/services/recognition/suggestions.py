"""Nominees suggested from the baseline data: the clusters or schools whose students improved most
between two assessment rounds, with the figures that put them there.

Improvement is the rise in the share of students at or above the level scheme's achieving level
(percentage points), then the rise in the mean score. A unit with fewer than SUPPRESS_BELOW
students with a level in either round is left out, as the baseline reports leave such small groups
out: its change says little, and could point at single children. Making a nomination from a
suggestion is the caller's (``nominations.nominate(..., source="data", evidence_note=...)``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import AssessmentRound, RecognitionCycle, RecognitionNomination, ResultSummary
from desktop.documents.text import indian_date
from desktop.services.baseline.analysis import NO_CLUSTER
from desktop.services.baseline.comparison import UnitChange, improvement, unit_changes
from desktop.services.baseline.figures import SUPPRESS_BELOW
from desktop.services.database import Database
from desktop.services.errors import ValidationError
from desktop.services.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.records import get_or_raise

SUGGESTION_LEVELS = {
    "cluster": QT_TRANSLATE_NOOP("Recognition", "Clusters"),
    "school": QT_TRANSLATE_NOOP("Recognition", "Schools"),
}


@dataclass(frozen=True)
class Suggestion:
    level: str  # "school" or "cluster"
    unit_id: int
    name: str
    name_local: str | None
    block: str | None
    cluster: str | None  # a school's cluster; None for a cluster
    earlier_percent: float  # students at or above the achieving level, %
    later_percent: float
    change_points: float  # later - earlier, percentage points
    score_change: float | None  # change in the mean score, points
    students_earlier: int
    students_later: int
    already_nominated: bool  # the unit is already a nominee in the cycle
    evidence_note: str  # the figures in a sentence, kept with a nomination made from it


@dataclass(frozen=True)
class RoundChoice:
    id: int
    name: str
    kind: str
    start_date: date | None
    end_date: date | None
    results: int  # students' results stored for the round

    @property
    def label(self) -> str:
        return f"{self.name} ({indian_date(self.start_date)})" if self.start_date else self.name


def _results_per_round(session: Session) -> dict[int, int]:
    statement = select(ResultSummary.round_id, func.sum(ResultSummary.students)).group_by(
        ResultSummary.round_id
    )
    return {round_id: int(students or 0) for round_id, students in session.execute(statement)}


def rounds_for_suggestions(db: Database) -> list[RoundChoice]:
    """The assessment rounds that have students' results, earliest first (undated ones last)."""
    with db.reading() as session:
        results = _results_per_round(session)
        rounds = session.scalars(
            select(AssessmentRound).order_by(AssessmentRound.start_date.nulls_last(), AssessmentRound.id)
        )
        return [
            RoundChoice(
                round_.id, round_.name, round_.kind, round_.start_date, round_.end_date, results[round_.id]
            )
            for round_ in rounds
            if results.get(round_.id)
        ]


def _checked_rounds(
    session: Session, earlier_round_id: int, later_round_id: int
) -> tuple[AssessmentRound, AssessmentRound]:
    if earlier_round_id == later_round_id:
        raise ValidationError.single(
            "later",
            translate(
                "Recognition", "Choose two different rounds: suggestions come from the change between them."
            ),
        )
    earlier = get_or_raise(
        session, AssessmentRound, earlier_round_id, translate("Baseline", "Assessment round")
    )
    later = get_or_raise(session, AssessmentRound, later_round_id, translate("Baseline", "Assessment round"))
    results = _results_per_round(session)
    for field, round_ in (("earlier", earlier), ("later", later)):
        if not results.get(round_.id):
            raise ValidationError.single(
                field,
                translate(
                    "Recognition",
                    "{round} has no students' results yet; import its results first (Baseline → Imports).",
                ).format(round=round_.name),
            )
    if earlier.start_date and later.start_date and earlier.start_date > later.start_date:
        raise ValidationError.single(
            "later",
            translate(
                "Recognition",
                "{earlier} ({earlier_day}) was held after {later} ({later_day}); choose the earlier round first.",
            ).format(
                earlier=earlier.name,
                earlier_day=indian_date(earlier.start_date),
                later=later.name,
                later_day=indian_date(later.start_date),
            ),
        )
    return earlier, later


def _eligible(pair: UnitChange) -> bool:
    """A real unit in both rounds, with enough students with a level in each, that improved."""
    if pair.unit.id is None or pair.earlier is None or pair.later is None:
        return False
    if min(pair.earlier.results.with_level, pair.later.results.with_level) < SUPPRESS_BELOW:
        return False
    if pair.achieving_change().value is None:
        return False
    return improvement(pair) > (0.0, 0.0)


def evidence_note(pair: UnitChange, earlier: str, later: str, grade: int | None, subject: str | None) -> str:
    """The figures behind a suggestion in one sentence, naming the rounds (and the filters)."""
    before, after, points = (figure.value for figure in pair.values("achieving"))
    scope = ", ".join(part for part in (f"grade {grade}" if grade is not None else "", subject or "") if part)
    heading = f"{later} vs {earlier}" + (f" ({scope})" if scope else "")
    if points:
        share = f"rose from {before:.1f}% to {after:.1f}% ({points:+.1f} points)"
    else:
        share = f"stayed at {after:.1f}%"
    score = pair.score_change().value
    mean = f", mean score {score:+.1f}" if score is not None else ""
    assert pair.earlier is not None and pair.later is not None
    return (
        f"{heading}: students at or above grade level {share}{mean}; "
        f"{pair.earlier.results.students:,} and {pair.later.results.students:,} students assessed."
    )


def suggest_nominees(
    db: Database,
    cycle_id: int,
    earlier_round_id: int,
    later_round_id: int,
    *,
    level: str = "cluster",
    limit: int = 10,
    grade: int | None = None,
    subject: str | None = None,
) -> list[Suggestion]:
    """The ``limit`` clusters (or schools) that improved most from the earlier round to the later
    one, largest rise in % achieving first, then in mean score; each says whether it is already
    nominated in the cycle."""
    if level not in SUGGESTION_LEVELS:
        raise ValidationError.single(
            "level",
            translate("Recognition", "Suggestions are of clusters or schools; not of '{level}'.").format(
                level=level
            ),
        )
    if limit < 1:
        raise ValidationError.single("limit", translate("Recognition", "Ask for at least one suggestion."))
    with db.reading() as session:
        cycle = get_or_raise(
            session, RecognitionCycle, cycle_id, translate("Recognition", "Recognition cycle")
        )
        earlier, later = _checked_rounds(session, earlier_round_id, later_round_id)
        column = RecognitionNomination.cluster_id if level == "cluster" else RecognitionNomination.school_id
        nominated = set(
            session.scalars(
                select(column).where(RecognitionNomination.cycle_id == cycle.id, column.is_not(None))
            )
        )
        names = (earlier.name, later.name)
    # Only the units' changes: the schools compare_rounds would rank as most improved are not needed.
    _earlier, _later, changes = unit_changes(
        db, earlier_round_id, later_round_id, level, grade=grade, subject=subject
    )
    pairs = sorted(
        (pair for pair in changes if _eligible(pair)),
        key=lambda pair: (tuple(-value for value in improvement(pair)), pair.unit.name.casefold()),
    )[:limit]
    suggestions = []
    for pair in pairs:
        assert pair.earlier is not None and pair.later is not None and pair.unit.id is not None
        before, after, points = (figure.value for figure in pair.values("achieving"))
        suggestions.append(
            Suggestion(
                level=level,
                unit_id=pair.unit.id,
                name=pair.unit.name,
                name_local=pair.unit.name_local,
                block=pair.unit.block,
                cluster=pair.unit.cluster if level == "school" and pair.unit.cluster != NO_CLUSTER else None,
                earlier_percent=before or 0.0,
                later_percent=after or 0.0,
                change_points=points or 0.0,
                score_change=pair.score_change().value,
                students_earlier=pair.earlier.results.students,
                students_later=pair.later.results.students,
                already_nominated=pair.unit.id in nominated,
                evidence_note=evidence_note(pair, *names, grade, subject),
            )
        )
    return suggestions
