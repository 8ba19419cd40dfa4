"""The ranking of a cycle's nominations by their weighted rubric totals, and how reviewers differed.

A reviewer's total for a nomination is their weighted mean level on the rubric, put on a 0-100
scale (the lowest level is 0, the highest 100); it counts once the reviewer has given a level for
every criterion. A nomination's total is the mean of those totals, to one decimal, and ranks are
competition ranks on it: equal totals share a rank and the next rank skips (1, 2, 2, 4).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    Person,
    RecognitionCriterion,
    RecognitionCycle,
    RecognitionNomination,
    RecognitionProgramme,
    RecognitionReviewer,
    RecognitionScore,
)
from desktop.services.baseline.figures import rounded
from desktop.services.database import Database
from desktop.services.i18n import translate
from desktop.services.recognition.conflicts import conflict_reason, nominator_people
from desktop.services.recognition.nominees import nominees_of
from desktop.services.recognition.scoring import (
    CriterionInfo,
    criteria_of,
    criterion_info,
    cycle_title,
    live_nominations,
)
from desktop.services.recognition.vocabulary import HOLDS_PLACE, NOMINEE_KINDS, STATUSES
from desktop.services.records import get_or_raise


def weighted_percent(
    levels: Mapping[int, int], weights: Mapping[int, float], scale_min: int, scale_max: int
) -> float:
    """The weighted mean of ``levels`` (criterion id -> level) with ``weights`` (criterion id ->
    weight), mapped to 0-100: ``scale_min`` is 0 and ``scale_max`` is 100. Not rounded."""
    if not levels:
        raise ValueError("No levels to weigh.")
    if scale_max <= scale_min:
        raise ValueError(f"The scale {scale_min}-{scale_max} has no width.")
    total_weight = sum(weights[criterion] for criterion in levels)
    mean = sum(weights[criterion] * level for criterion, level in levels.items()) / total_weight
    return 100 * (mean - scale_min) / (scale_max - scale_min)


@dataclass(frozen=True)
class RankedNomination:
    nomination_id: int
    nominee_name: str
    nominee_name_local: str | None
    nominee_kind: str
    nominee_detail: str
    category: str | None
    status: str
    rank: int | None  # None until a reviewer has scored every criterion
    tied: bool  # another nomination shares the rank
    total: float | None  # mean of the complete reviewers' percents, one decimal
    reviewer_totals: tuple[tuple[str, float], ...]  # (reviewer's name, percent), one decimal
    spread: float | None  # highest minus lowest reviewer percent; None with fewer than 2
    complete_reviews: int
    expected_reviews: int  # reviewers on the panel without a conflict of interest
    criterion_means: Mapping[int, float]  # criterion id -> mean level of the complete reviews
    selection_reason: str | None = None

    @property
    def nominee_kind_label(self) -> str:
        return NOMINEE_KINDS[self.nominee_kind]

    @property
    def status_label(self) -> str:
        return STATUSES[self.status]

    @property
    def fully_reviewed(self) -> bool:
        return self.complete_reviews >= self.expected_reviews

    def place_text(self) -> str:
        """ "rank 2, 78.5%" (or "not scored") for messages, in the interface's language."""
        if self.rank is None or self.total is None:
            return translate("Recognition", "not scored")
        if self.tied:
            return translate("Recognition", "rank {rank} (tied), {total}%").format(
                rank=self.rank, total=f"{self.total:.1f}"
            )
        return translate("Recognition", "rank {rank}, {total}%").format(
            rank=self.rank, total=f"{self.total:.1f}"
        )


@dataclass(frozen=True)
class Ranking:
    cycle_id: int
    cycle_title: str
    criteria: tuple[CriterionInfo, ...]
    scale_min: int
    scale_max: int
    reviewers: tuple[str, ...]
    places: int
    rows: tuple[RankedNomination, ...]

    @property
    def selected(self) -> int:
        """Nominations holding one of the places (selected, invited, attended or recognised)."""
        return sum(row.status in HOLDS_PLACE for row in self.rows)

    def row(self, nomination_id: int) -> RankedNomination | None:
        return next((row for row in self.rows if row.nomination_id == nomination_id), None)


def competition_ranks(totals: Mapping[int, float]) -> dict[int, int]:
    """Key -> rank, highest total first; equal totals share a rank and the next one skips."""
    ordered = sorted(totals.values(), reverse=True)
    first_place = {}
    for position, total in enumerate(ordered, start=1):
        first_place.setdefault(total, position)
    return {key: first_place[total] for key, total in totals.items()}


def _mean(values: list[float] | list[int]) -> float:
    return sum(values) / len(values)


def _rounded(value: float) -> float:
    return rounded(value) or 0.0


@dataclass(frozen=True)
class _Reviews:
    expected: int
    complete: int
    reviewer_totals: tuple[tuple[str, float], ...]
    total: float | None
    spread: float | None
    means: dict[int, float]


def _reviews(
    nomination: RecognitionNomination,
    panel: list[tuple[int, Person]],
    nominator_ids: set[int],
    given: Mapping[int, Mapping[int, int]],
    criteria: list[RecognitionCriterion],
    programme: RecognitionProgramme,
) -> _Reviews:
    """One nomination's figures from the reviewers (id, person) of the panel and their levels
    (reviewer id -> criterion id -> level); reviewers with a conflict of interest are left out."""
    weights = {criterion.id: criterion.weight for criterion in criteria}
    expected = 0
    totals: list[tuple[str, float]] = []
    complete: list[Mapping[int, int]] = []
    for reviewer_id, person in panel:
        if conflict_reason(nomination, person, nominator_ids) is not None:
            continue
        expected += 1
        levels = given.get(reviewer_id, {})
        if criteria and len(levels) == len(criteria):
            totals.append(
                (person.name, weighted_percent(levels, weights, programme.scale_min, programme.scale_max))
            )
            complete.append(levels)
    percents = [percent for _name, percent in totals]
    means = (
        {
            criterion.id: _rounded(_mean([levels[criterion.id] for levels in complete]))
            for criterion in criteria
        }
        if complete
        else {}
    )
    return _Reviews(
        expected,
        len(complete),
        tuple((name, _rounded(percent)) for name, percent in totals),
        _rounded(_mean(percents)) if percents else None,
        _rounded(max(percents) - min(percents)) if len(percents) >= 2 else None,
        means,
    )


def ranking(db: Database, cycle_id: int) -> Ranking:
    """Every nomination of the cycle that was not withdrawn, ranked by its weighted total; those
    no reviewer has fully scored come last, unranked."""
    with db.reading() as session:
        return ranking_in(session, cycle_id)


def ranking_in(session: Session, cycle_id: int) -> Ranking:
    """:func:`ranking` in an open session (the selection checks it in its own transaction)."""
    cycle = get_or_raise(session, RecognitionCycle, cycle_id, translate("Recognition", "Recognition cycle"))
    programme = get_or_raise(
        session, RecognitionProgramme, cycle.programme_id, translate("Recognition", "Recognition programme")
    )
    criteria = criteria_of(session, programme.id)
    in_rubric = {criterion.id for criterion in criteria}
    panel = list(
        session.execute(
            select(RecognitionReviewer.id, Person)
            .join(Person, Person.id == RecognitionReviewer.person_id)
            .where(RecognitionReviewer.cycle_id == cycle.id)
            .order_by(Person.name, RecognitionReviewer.id)
        ).all()
    )
    nominations = live_nominations(session, cycle.id)
    nominees = nominees_of(session, nominations)
    nominators = nominator_people(session, (nomination.id for nomination in nominations))
    # nomination -> reviewer -> criterion -> level
    levels: dict[int, dict[int, dict[int, int]]] = defaultdict(lambda: defaultdict(dict))
    for score in session.scalars(
        select(RecognitionScore).where(
            RecognitionScore.nomination_id.in_([nomination.id for nomination in nominations])
        )
    ):
        if score.criterion_id in in_rubric:
            levels[score.nomination_id][score.reviewer_id][score.criterion_id] = score.level
    reviews = {
        nomination.id: _reviews(
            nomination,
            panel,
            nominators.get(nomination.id, set()),
            levels[nomination.id],
            criteria,
            programme,
        )
        for nomination in nominations
    }
    ranks = competition_ranks(
        {key: review.total for key, review in reviews.items() if review.total is not None}
    )
    sharing = Counter(ranks.values())
    rows = []
    for nomination in nominations:
        nominee, review = nominees[nomination.id], reviews[nomination.id]
        rank = ranks.get(nomination.id)
        rows.append(
            RankedNomination(
                nomination_id=nomination.id,
                nominee_name=nominee.name,
                nominee_name_local=nominee.name_local,
                nominee_kind=nomination.nominee_kind,
                nominee_detail=nominee.detail,
                category=nomination.category,
                status=nomination.status,
                rank=rank,
                tied=rank is not None and sharing[rank] > 1,
                total=review.total,
                reviewer_totals=review.reviewer_totals,
                spread=review.spread,
                complete_reviews=review.complete,
                expected_reviews=review.expected,
                criterion_means=review.means,
                selection_reason=nomination.selection_reason,
            )
        )
    rows.sort(
        key=lambda row: (row.rank is None, row.rank or 0, row.nominee_name.casefold(), row.nomination_id)
    )
    return Ranking(
        cycle.id, cycle_title(session, cycle), tuple(criterion_info(c) for c in criteria),
        programme.scale_min, programme.scale_max, tuple(person.name for _id, person in panel),
        cycle.places, tuple(rows),
    )  # fmt: skip
