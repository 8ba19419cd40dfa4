"""Two rounds side by side: each unit's change, the schools that improved most and least, and the
district playbook's impact indicators."""

from __future__ import annotations

import math
from dataclasses import dataclass

from desktop.services.baseline.analysis import (
    RoundAnalysis,
    RoundInfo,
    Unit,
    UnitRow,
    round_analysis,
    unit_order,
)
from desktop.services.baseline.figures import (
    SUPPRESS_BELOW,
    Figure,
    Results,
    change,
    subject_area,
)
from desktop.services.database import Database
from desktop.services.errors import ValidationError
from desktop.services.i18n import QT_TRANSLATE_NOOP, translate

RANKED = 5  # schools listed as most and as least improved
# The indicators' names and fixed notes, printed in English and translated where shown.
ENROLMENT = QT_TRANSLATE_NOOP("Baseline", "Increase in enrolment")
ATTENDANCE = QT_TRANSLATE_NOOP("Baseline", "Increase in average attendance")
COMPETENCY = {
    "reading": QT_TRANSLATE_NOOP("Baseline", "Students achieving reading competency (%)"),
    "numeracy": QT_TRANSLATE_NOOP("Baseline", "Students achieving numeracy competency (%)"),
}
NOTES = (
    QT_TRANSLATE_NOOP("Baseline", "Schools' enrolment, all grades."),
    QT_TRANSLATE_NOOP("Baseline", "Average daily attendance, weighted by enrolment."),
)


@dataclass(frozen=True)
class UnitChange:
    """One unit in both rounds (a side is None when the unit has no data in that round)."""

    unit: Unit
    earlier: UnitRow | None
    later: UnitRow | None

    def _figure(self, side: UnitRow | None, name: str) -> Figure:
        if side is None:
            return Figure(None, 0, name not in ("enrolment", "attendance"))
        return {
            "achieving": lambda: side.results.achieving_percent(),
            "score": lambda: side.results.mean_score(),
            "enrolment": lambda: side.indicators.enrolment_figure(),
            "attendance": lambda: side.indicators.average_attendance(),
        }[name]()

    def values(self, name: str) -> tuple[Figure, Figure, Figure]:
        """Earlier, later and change of "achieving" (% points), "score" (points), "enrolment" or
        "attendance" (% change)."""
        earlier, later = self._figure(self.earlier, name), self._figure(self.later, name)
        return earlier, later, change(earlier, later, relative=name in ("enrolment", "attendance"))

    def achieving_change(self) -> Figure:
        return self.values("achieving")[2]

    def score_change(self) -> Figure:
        return self.values("score")[2]

    def enrolment_change(self) -> Figure:
        return self.values("enrolment")[2]

    def attendance_change(self) -> Figure:
        return self.values("attendance")[2]


@dataclass(frozen=True)
class RoundComparison:
    earlier: RoundAnalysis
    later: RoundAnalysis
    rows: tuple[UnitChange, ...]
    total: UnitChange
    most_improved: tuple[UnitChange, ...]  # schools, largest rise in % achieving first
    least_improved: tuple[UnitChange, ...]  # schools, largest fall (or smallest rise) first


@dataclass(frozen=True)
class ImpactIndicator:
    """One of the playbook's indicators for the district: both rounds' values and the change."""

    name: str
    earlier: Figure
    later: Figure
    change: Figure
    change_unit: str  # "%" (relative change) or "points" (percentage points)
    note: str = ""  # in English, as printed
    subjects: tuple[str, str] | None = None  # the subjects counted in each round ("" for none)

    def name_text(self) -> str:
        """The name in the interface's language."""
        return translate("Baseline", self.name)

    def note_text(self) -> str:
        """The note in the interface's language."""
        if self.subjects is None:
            return translate("Baseline", self.note)
        none = translate("Baseline", "no such subject")
        earlier, later = (names or none for names in self.subjects)
        return translate("Baseline", "Subjects: {earlier} (earlier); {later} (later).").format(
            earlier=earlier, later=later
        )


def _pair(earlier: RoundAnalysis, later: RoundAnalysis) -> list[UnitChange]:
    before = {row.unit.key: row for row in earlier.rows}
    after = {row.unit.key: row for row in later.rows}
    pairs = [UnitChange(row.unit, before.get(row.unit.key), row) for row in later.rows]
    pairs += [UnitChange(row.unit, row, None) for row in earlier.rows if row.unit.key not in after]
    return pairs


def improvement(pair: UnitChange) -> tuple[float, float]:
    """How much a unit improved, for ranking: the rise in % achieving, then in mean score."""
    score = pair.score_change().value
    return (pair.achieving_change().value or 0.0, score if score is not None else -math.inf)


def _ranked(
    earlier: RoundAnalysis, later: RoundAnalysis
) -> tuple[tuple[UnitChange, ...], tuple[UnitChange, ...]]:
    """Schools with at least SUPPRESS_BELOW students with a level in both rounds, ranked by the
    change in % achieving, then in mean score. With fewer than 2 x RANKED such schools, half are
    listed as most and the rest as least improved, so no school is in both lists."""
    eligible = [
        pair
        for pair in _pair(earlier, later)
        if pair.earlier is not None
        and pair.later is not None
        and min(pair.earlier.results.with_level, pair.later.results.with_level) >= SUPPRESS_BELOW
        and pair.achieving_change().value is not None
    ]
    ranked = sorted(eligible, key=lambda pair: (improvement(pair), pair.unit.name), reverse=True)
    top = min(RANKED, math.ceil(len(ranked) / 2))
    most = ranked[:top]
    least = list(reversed(ranked[top:]))[:RANKED]
    return tuple(most), tuple(least)


def unit_changes(
    db: Database,
    earlier_id: int,
    later_id: int,
    by: str = "block",
    *,
    grade: int | None = None,
    subject: str | None = None,
    within: tuple[str, int] | None = None,
) -> tuple[RoundAnalysis, RoundAnalysis, tuple[UnitChange, ...]]:
    """Both rounds by ``by`` and each unit's change, in unit order, without the schools ranked as
    most and least improved (:func:`compare_rounds` adds them)."""
    if earlier_id == later_id:
        raise ValidationError.single(
            "later", translate("Baseline", "Choose two different rounds to compare.")
        )
    filters = {"grade": grade, "subject": subject, "within": within}
    earlier = round_analysis(db, earlier_id, by, **filters)
    later = round_analysis(db, later_id, by, **filters)
    return earlier, later, tuple(sorted(_pair(earlier, later), key=lambda pair: unit_order(pair.unit)))


def compare_rounds(
    db: Database,
    earlier_id: int,
    later_id: int,
    by: str = "block",
    *,
    grade: int | None = None,
    subject: str | None = None,
    within: tuple[str, int] | None = None,
) -> RoundComparison:
    """Each unit's figures in an earlier and a later round and the change: percentage points for
    % achieving, points for the mean score, % change for enrolment and average attendance."""
    filters = {"grade": grade, "subject": subject, "within": within}
    earlier, later, rows = unit_changes(db, earlier_id, later_id, by, **filters)
    if by == "school":
        schools = (earlier, later)
    else:
        schools = (
            round_analysis(db, earlier_id, "school", **filters),
            round_analysis(db, later_id, "school", **filters),
        )
    most, least = _ranked(*schools)
    return RoundComparison(
        earlier, later, rows, UnitChange(later.total.unit, earlier.total, later.total), most, least
    )


def _area_results(row: UnitRow, area: str, info: RoundInfo) -> Results:
    empty = Results(0, (0,) * len(info.levels), info.achieving_from, 0, 0.0, info.max_score)
    return sum((results for name, results in row.subjects if subject_area(name) == area), empty)


def _area_subjects(analysis: RoundAnalysis, area: str) -> str:
    names = [name for name, _results in analysis.total.subjects if subject_area(name) == area]
    return ", ".join(names)


def impact_indicators(db: Database, earlier_id: int, later_id: int) -> list[ImpactIndicator]:
    """The district playbook's indicators between two rounds: % increase in enrolment and in
    average attendance, and the % of students achieving reading and numeracy competency (at the
    level scheme's achieving level or above), all grades together."""
    comparison = compare_rounds(db, earlier_id, later_id, "district")
    total = comparison.total
    indicators = [
        ImpactIndicator(ENROLMENT, *total.values("enrolment"), "%", NOTES[0]),
        ImpactIndicator(ATTENDANCE, *total.values("attendance"), "%", NOTES[1]),
    ]
    for area, name in COMPETENCY.items():
        sides = []
        for analysis in (comparison.earlier, comparison.later):
            sides.append(_area_results(analysis.total, area, analysis.round).achieving_percent())
        subjects = (_area_subjects(comparison.earlier, area), _area_subjects(comparison.later, area))
        earlier, later = (names or "no such subject" for names in subjects)
        note = f"Subjects: {earlier} (earlier); {later} (later)."  # printed in English
        indicators.append(ImpactIndicator(name, sides[0], sides[1], change(*sides), "points", note, subjects))
    return indicators
