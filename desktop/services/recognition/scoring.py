"""Reviewers scoring nominations on the programme's rubric.

Each reviewer gives each nomination one level per criterion, on the programme's scale. Scores can
be entered from the day the review opens to the day it closes; after that, or once the office has
closed the review early (``scores_locked_at``), they are locked. A reviewer never scores a
nomination they made, one about themselves, or one about the school they work at: such entries are
shown on their sheet with the reason, and cannot be scored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    Person,
    RecognitionCriterion,
    RecognitionCycle,
    RecognitionEvidence,
    RecognitionNomination,
    RecognitionNominator,
    RecognitionProgramme,
    RecognitionReviewer,
    RecognitionScore,
)
from db.models.base import utc_now
from desktop.documents.text import indian_date
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.i18n import translate
from desktop.services.recognition.conflicts import ABOUT_REVIEWER as ABOUT_REVIEWER
from desktop.services.recognition.conflicts import NOMINATED_BY_REVIEWER as NOMINATED_BY_REVIEWER
from desktop.services.recognition.conflicts import REVIEWERS_SCHOOL as REVIEWERS_SCHOOL
from desktop.services.recognition.conflicts import conflict_of, conflict_reason
from desktop.services.recognition.cycles import cycle_label, locked_on, scores_locked
from desktop.services.recognition.nominees import nominator_names, nominees_of
from desktop.services.recognition.vocabulary import NOMINEE_KINDS
from desktop.services.records import get_or_raise
from desktop.services.text import clean_optional


def cycle_title(session: Session, cycle: RecognitionCycle) -> str:
    """How messages name a cycle (cycles.cycle_label): "Coffee with Collector 2026"."""
    programme = get_or_raise(
        session, RecognitionProgramme, cycle.programme_id, translate("Recognition", "Recognition programme")
    )
    return cycle_label(cycle.name, programme.name)


# ---------------------------------------------------------------------------------------------
# The review window


def review_closed_problem(session: Session, cycle: RecognitionCycle, today: date) -> str | None:
    """Why no score can be entered or changed in the cycle on ``today``, or None."""
    if scores_locked(cycle, today):
        message = translate(
            "Recognition",
            "Scores for {cycle} were locked on {day} when the review closed; "
            "they can no longer be entered or changed.",
        )
        return message.format(cycle=cycle_title(session, cycle), day=indian_date(locked_on(cycle)))
    if today < cycle.review_opens:
        message = translate(
            "Recognition", "Review opens on {day}; scores for {cycle} can be entered from that day."
        )
        return message.format(day=indian_date(cycle.review_opens), cycle=cycle_title(session, cycle))
    return None


# ---------------------------------------------------------------------------------------------
# A reviewer's score sheet


@dataclass(frozen=True)
class CriterionInfo:
    id: int
    name: str
    name_local: str | None
    weight: float
    descriptors: tuple[str, ...]  # one per level of the scale, lowest first
    description: str = ""


@dataclass(frozen=True)
class SheetEntry:
    """One nomination on a reviewer's sheet, with what the reviewer has given it so far."""

    nomination_id: int
    nominee_name: str
    nominee_name_local: str | None
    nominee_kind: str
    nominee_detail: str
    category: str | None
    status: str
    justifications: tuple[str, ...]  # one per nominator, the first nomination first
    nominated_by: tuple[str, ...]  # the nominators' names, in the same order
    evidence_note: str | None  # the figures shown when nominated from data
    evidence_count: int
    levels: Mapping[int, int]  # criterion id -> level
    note: str | None
    criteria_count: int
    conflict: str | None  # why the reviewer may not score it

    @property
    def nominee_kind_label(self) -> str:
        return NOMINEE_KINDS[self.nominee_kind]

    @property
    def scorable(self) -> bool:
        return self.conflict is None

    @property
    def complete(self) -> bool:
        return self.conflict is None and 0 < self.criteria_count == len(self.levels)

    @property
    def state(self) -> str:
        """ "conflict", "complete", "partly scored" or "not scored"."""
        if self.conflict is not None:
            return "conflict"
        if self.complete:
            return "complete"
        return "partly scored" if self.levels else "not scored"


@dataclass(frozen=True)
class ScoreSheet:
    cycle_id: int
    cycle_title: str
    reviewer_id: int
    reviewer_person_id: int
    reviewer_name: str
    criteria: tuple[CriterionInfo, ...]
    scale_min: int
    scale_max: int
    locked: bool  # nothing can be entered today: the review is not open yet, or has closed
    why: str | None  # the reason, when locked
    entries: tuple[SheetEntry, ...] = field(default_factory=tuple)

    @property
    def complete_count(self) -> int:
        return sum(entry.complete for entry in self.entries)

    @property
    def scorable_count(self) -> int:
        return sum(entry.scorable for entry in self.entries)


def criteria_of(session: Session, programme_id: int) -> list[RecognitionCriterion]:
    return list(
        session.scalars(
            select(RecognitionCriterion)
            .where(RecognitionCriterion.programme_id == programme_id)
            .order_by(RecognitionCriterion.position, RecognitionCriterion.id)
        )
    )


def criterion_info(criterion: RecognitionCriterion) -> CriterionInfo:
    return CriterionInfo(
        criterion.id, criterion.name, criterion.name_local, criterion.weight,
        tuple(criterion.level_descriptors), criterion.description,
    )  # fmt: skip


def reviewer_of(session: Session, cycle: RecognitionCycle, person_id: int) -> RecognitionReviewer:
    """The person's place on the cycle's review panel, or a refusal saying they have none."""
    reviewer = session.scalar(
        select(RecognitionReviewer).where(
            RecognitionReviewer.cycle_id == cycle.id, RecognitionReviewer.person_id == person_id
        )
    )
    if reviewer is None:
        person = get_or_raise(session, Person, person_id, translate("People", "Person"))
        raise ConflictError(
            translate(
                "Recognition",
                "{person} is not a reviewer of {cycle}; add them to the review panel first.",
            ).format(person=person.name, cycle=cycle_title(session, cycle))
        )
    return reviewer


def live_nominations(session: Session, cycle_id: int) -> list[RecognitionNomination]:
    """The cycle's nominations that were not withdrawn, oldest first."""
    return list(
        session.scalars(
            select(RecognitionNomination)
            .where(RecognitionNomination.cycle_id == cycle_id, RecognitionNomination.status != "withdrawn")
            .order_by(RecognitionNomination.id)
        )
    )


def score_sheet(db: Database, cycle_id: int, reviewer_person_id: int, today: date) -> ScoreSheet:
    """What a reviewer scores in a cycle: the rubric, every nomination still in the cycle with the
    reviewer's levels so far, and whether scores can be entered on ``today`` (and why not)."""
    with db.reading() as session:
        cycle = get_or_raise(
            session, RecognitionCycle, cycle_id, translate("Recognition", "Recognition cycle")
        )
        programme = get_or_raise(
            session,
            RecognitionProgramme,
            cycle.programme_id,
            translate("Recognition", "Recognition programme"),
        )
        reviewer = reviewer_of(session, cycle, reviewer_person_id)
        person = get_or_raise(session, Person, reviewer_person_id, translate("People", "Person"))
        criteria = criteria_of(session, programme.id)
        nominations = live_nominations(session, cycle.id)
        ids = [nomination.id for nomination in nominations]
        nominees = nominees_of(session, nominations)
        nominators: dict[int, list[RecognitionNominator]] = defaultdict(list)
        rows = session.scalars(
            select(RecognitionNominator)
            .where(RecognitionNominator.nomination_id.in_(ids))
            .order_by(RecognitionNominator.nominated_on, RecognitionNominator.id)
        ).all()
        for row in rows:
            nominators[row.nomination_id].append(row)
        nominator_name = nominator_names(session, rows)
        evidence = dict(
            session.execute(
                select(RecognitionEvidence.nomination_id, func.count())
                .where(RecognitionEvidence.nomination_id.in_(ids))
                .group_by(RecognitionEvidence.nomination_id)
            ).all()
        )
        levels: dict[int, dict[int, int]] = defaultdict(dict)
        notes: dict[int, str] = {}
        for score in session.scalars(
            select(RecognitionScore).where(RecognitionScore.reviewer_id == reviewer.id)
        ):
            levels[score.nomination_id][score.criterion_id] = score.level
            if score.note:
                notes.setdefault(score.nomination_id, score.note)
        entries = []
        for nomination in nominations:
            nominee = nominees[nomination.id]
            made_by = nominators[nomination.id]
            entries.append(
                SheetEntry(
                    nomination_id=nomination.id,
                    nominee_name=nominee.name,
                    nominee_name_local=nominee.name_local,
                    nominee_kind=nomination.nominee_kind,
                    nominee_detail=nominee.detail,
                    category=nomination.category,
                    status=nomination.status,
                    justifications=tuple(row.justification for row in made_by),
                    nominated_by=tuple(nominator_name[row.id].name for row in made_by),
                    evidence_note=nomination.evidence_note,
                    evidence_count=int(evidence.get(nomination.id, 0)),
                    levels=dict(levels.get(nomination.id, {})),
                    note=notes.get(nomination.id),
                    criteria_count=len(criteria),
                    conflict=conflict_reason(nomination, person, (row.person_id for row in made_by)),
                )
            )
        why = review_closed_problem(session, cycle, today)
        entries.sort(key=lambda entry: (entry.nominee_name.casefold(), entry.nomination_id))
        return ScoreSheet(
            cycle.id, cycle_title(session, cycle), reviewer.id, person.id, person.name,
            tuple(criterion_info(criterion) for criterion in criteria), programme.scale_min,
            programme.scale_max, why is not None, why, tuple(entries),
        )  # fmt: skip


def _checked_levels(
    programme: RecognitionProgramme,
    criteria: list[RecognitionCriterion],
    levels: Mapping[int, int | None],
) -> None:
    """Refuse criteria not in the rubric and levels outside its scale, every one named."""
    by_id = {criterion.id: criterion for criterion in criteria}
    scale = f"{programme.scale_min}–{programme.scale_max}"
    errors = {}
    for criterion_id, level in levels.items():
        criterion = by_id.get(criterion_id)
        if criterion is None:
            errors[f"criterion_{criterion_id}"] = translate(
                "Recognition", "Criterion #{number} is not part of the rubric of {programme}."
            ).format(number=criterion_id, programme=programme.name)
        elif level is not None and (
            isinstance(level, bool)
            or not isinstance(level, int)
            or not programme.scale_min <= level <= programme.scale_max
        ):
            errors[f"criterion_{criterion_id}"] = translate(
                "Recognition", "{level} for '{criterion}' is outside the rubric's scale {scale}."
            ).format(level=level, criterion=criterion.name, scale=scale)
    if errors:
        raise ValidationError(errors)


def save_scores(
    db: Database,
    nomination_id: int,
    reviewer_person_id: int,
    levels: Mapping[int, int | None],
    *,
    today: date,
    now: datetime | None = None,
    note: str | None = None,
) -> None:
    """Record a reviewer's levels for one nomination (criterion id -> level; None clears it), and
    their note when given ("" clears it). All of it is saved, or nothing."""
    with db.transaction() as session:
        nomination = get_or_raise(
            session, RecognitionNomination, nomination_id, translate("Recognition", "Nomination")
        )
        cycle = get_or_raise(
            session, RecognitionCycle, nomination.cycle_id, translate("Recognition", "Recognition cycle")
        )
        programme = get_or_raise(
            session,
            RecognitionProgramme,
            cycle.programme_id,
            translate("Recognition", "Recognition programme"),
        )
        nominee = nominees_of(session, [nomination])[nomination.id].name
        if nomination.status == "withdrawn":
            raise ConflictError(
                translate(
                    "Recognition",
                    "The nomination of {nominee} was withdrawn on {day}; it is no longer scored.",
                ).format(nominee=nominee, day=indian_date(nomination.withdrawn_on))
            )
        reviewer = reviewer_of(session, cycle, reviewer_person_id)
        problem = review_closed_problem(session, cycle, today)
        if problem is not None:
            raise ConflictError(problem)
        conflict = conflict_of(session, nomination, reviewer_person_id)
        if conflict is not None:
            person = get_or_raise(session, Person, reviewer_person_id, translate("People", "Person"))
            raise ConflictError(
                translate(
                    "Recognition", "{person} cannot score the nomination of {nominee}: {conflict}."
                ).format(
                    person=person.name, nominee=nominee, conflict=translate("Recognition", conflict).lower()
                )
            )
        _checked_levels(programme, criteria_of(session, programme.id), levels)
        existing = {
            score.criterion_id: score
            for score in session.scalars(
                select(RecognitionScore).where(
                    RecognitionScore.nomination_id == nomination.id,
                    RecognitionScore.reviewer_id == reviewer.id,
                )
            )
        }
        moment = now or utc_now()
        # A new level joins the note already given to the others.
        kept_note = next((score.note for score in existing.values() if score.note), None)
        for criterion_id, level in levels.items():
            score = existing.get(criterion_id)
            if level is None:
                if score is not None:
                    session.delete(score)
                    del existing[criterion_id]
            elif score is None:
                existing[criterion_id] = RecognitionScore(
                    nomination_id=nomination.id, reviewer_id=reviewer.id, criterion_id=criterion_id,
                    level=level, note=kept_note, scored_at=moment,
                )  # fmt: skip
                session.add(existing[criterion_id])
            elif score.level != level:
                score.level, score.scored_at = level, moment
        if note is not None:
            if not existing and clean_optional(note) is not None:
                raise ValidationError.single(
                    "note",
                    translate(
                        "Recognition",
                        "Give at least one level before a note; the note is kept with the scores.",
                    ),
                )
            for score in existing.values():
                score.note = clean_optional(note)
