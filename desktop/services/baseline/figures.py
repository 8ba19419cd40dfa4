"""The figures baseline analysis reports, each with the number of students (or schools) behind it.

Counts are kept as counts (students at each level, scores added up) so that units, subjects and
rounds can be added together exactly; percentages are worked out from them when asked for, rounded
half up to one decimal, and are None where there is nothing to divide by (printed as "—").

A figure worked out from fewer than :data:`SUPPRESS_BELOW` students is *suppressed*: the report and
the workbook, which are shared outside the office, print "<5" instead of it, so that no child's
result can be read off a tiny group; in-app tables may show it, flagged.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

SUPPRESS_BELOW = 5
NO_VALUE = "—"
SUPPRESSED = "<5"

# Words in a subject's name that make it a reading (language) or a numeracy subject, for the
# district playbook's two competency indicators. Matched in the casefolded name, so "FLN Reading",
# "Kannada (L1)" and "Maths" are all recognised; a subject matching neither counts for neither.
READING_WORDS = (
    "language", "reading", "literacy", "kannada", "hindi", "marathi", "english", "urdu",
    "ಕನ್ನಡ", "हिंदी", "हिन्दी", "मराठी",
)  # fmt: skip
NUMERACY_WORDS = ("math", "numeracy", "ganit", "arithmetic", "ಗಣಿತ", "गणित")


def subject_area(subject: str) -> str | None:
    """ "reading", "numeracy" or None for a subject's name (see READING_WORDS, NUMERACY_WORDS)."""
    folded = subject.casefold()
    if any(word in folded for word in NUMERACY_WORDS):
        return "numeracy"
    if any(word in folded for word in READING_WORDS):
        return "reading"
    return None


def rounded(value: float | None) -> float | None:
    """``value`` to one decimal, halves rounded up (12.25 → 12.3), as people round by hand."""
    if value is None:
        return None
    return float(Decimal(repr(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def percent(part: float, whole: float) -> float | None:
    return rounded(100 * part / whole) if whole else None


def is_suppressed(students: int) -> bool:
    """True when a figure rests on so few students (1 to 4) that sharing it could identify them."""
    return 0 < students < SUPPRESS_BELOW


@dataclass(frozen=True)
class Figure:
    """One value (a percentage, a mean) and the number of students or schools behind it."""

    value: float | None
    base: int
    # School figures (enrolment, attendance) are not about individual children: never suppressed.
    of_students: bool = True

    @property
    def suppressed(self) -> bool:
        return self.of_students and is_suppressed(self.base)

    def text(self, suppress: bool = True, suffix: str = "") -> str:
        """ "—" for no value, "<5" for a suppressed one (when ``suppress``), else one decimal."""
        if self.value is None:
            return NO_VALUE
        if suppress and self.suppressed:
            return SUPPRESSED
        if abs(self.value) >= 1000 and float(self.value).is_integer():
            return f"{self.value:,.0f}{suffix}"  # a count such as enrolment: 4,24,850 reads badly as 424850.0
        return f"{self.value:.1f}{suffix}"

    def shared(self) -> float | str | None:
        """The value as a shared document holds it: None, "<5" or the number."""
        if self.value is not None and self.suppressed:
            return SUPPRESSED
        return self.value


def change(earlier: Figure, later: Figure, relative: bool = False) -> Figure:
    """``later`` minus ``earlier`` (in points), or the change as a percentage of ``earlier`` when
    ``relative``; its base is the smaller of the two, so it is suppressed when either side is."""
    base = min(earlier.base, later.base)
    if earlier.value is None or later.value is None:
        return Figure(None, base, earlier.of_students)
    if relative:
        return Figure(percent(later.value - earlier.value, earlier.value), base, earlier.of_students)
    return Figure(rounded(later.value - earlier.value), base, earlier.of_students)


@dataclass(frozen=True)
class Results:
    """Results of a group of students added up: how many, how many at each level, their scores."""

    students: int = 0
    level_counts: tuple[int, ...] = ()  # students at each level of the scheme, lowest first
    achieving_from: int | None = None
    scored: int = 0
    score_sum: float = 0.0
    max_score: float | None = None

    @property
    def with_level(self) -> int:
        return sum(self.level_counts)

    @property
    def achieving(self) -> int:
        return sum(self.level_counts[self.achieving_from :]) if self.achieving_from is not None else 0

    def level_percents(self) -> tuple[Figure, ...]:
        """The share of students (with a level) at each level, lowest first."""
        return tuple(Figure(percent(count, self.with_level), self.with_level) for count in self.level_counts)

    def achieving_percent(self) -> Figure:
        """The share of students with a level who are at the scheme's achieving level or above."""
        value = percent(self.achieving, self.with_level) if self.achieving_from is not None else None
        return Figure(value, self.with_level)

    def mean_score(self) -> Figure:
        return Figure(rounded(self.score_sum / self.scored) if self.scored else None, self.scored)

    def mean_score_percent(self) -> Figure:
        """The mean score as a percentage of the round's maximum score (None without one)."""
        if not self.scored or not self.max_score:
            return Figure(None, self.scored)
        return Figure(percent(self.score_sum / self.scored, self.max_score), self.scored)

    def __add__(self, other: Results) -> Results:
        counts = tuple(a + b for a, b in zip(self.level_counts, other.level_counts, strict=True))
        return Results(
            self.students + other.students,
            counts,
            self.achieving_from,
            self.scored + other.scored,
            self.score_sum + other.score_sum,
            self.max_score,
        )


@dataclass(frozen=True)
class Indicators:
    """Schools' enrolment, attendance and teachers added up (from their indicators for the round).

    Average attendance is weighted by enrolment, over the schools that reported both; the
    pupil-teacher ratio is over the schools that reported both enrolment and teachers."""

    schools: int = 0
    enrolment: int | None = None  # None: no school reported it
    attendance_weight: float = 0.0  # sum of attendance % x enrolment
    attendance_enrolment: int = 0
    teachers: int = 0
    teacher_enrolment: int = 0

    def enrolment_figure(self) -> Figure:
        return Figure(None if self.enrolment is None else float(self.enrolment), self.schools, False)

    def average_attendance(self) -> Figure:
        value = (
            rounded(self.attendance_weight / self.attendance_enrolment) if self.attendance_enrolment else None
        )
        return Figure(value, self.schools, False)

    def pupil_teacher_ratio(self) -> Figure:
        value = rounded(self.teacher_enrolment / self.teachers) if self.teachers else None
        return Figure(value, self.schools, False)

    def __add__(self, other: Indicators) -> Indicators:
        enrolment = (
            None
            if self.enrolment is None and other.enrolment is None
            else (self.enrolment or 0) + (other.enrolment or 0)
        )
        return Indicators(
            self.schools + other.schools,
            enrolment,
            self.attendance_weight + other.attendance_weight,
            self.attendance_enrolment + other.attendance_enrolment,
            self.teachers + other.teachers,
            self.teacher_enrolment + other.teacher_enrolment,
        )
