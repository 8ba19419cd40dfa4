"""A cycle's review panel: who scores its nominations, how far each has got, and where each one
has a conflict of interest."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Person, RecognitionCycle, RecognitionReviewer, RecognitionScore
from desktop.documents.text import indian_date
from desktop.services.database import Database
from desktop.services.errors import ConflictError
from desktop.services.i18n import plural, translate
from desktop.services.recognition.conflicts import conflict_reason, nominator_people
from desktop.services.recognition.scoring import (
    criteria_of,
    cycle_title,
    live_nominations,
    locked_on,
    reviewer_of,
    scores_locked,
)
from desktop.services.records import get_or_raise
from desktop.services.search_text import affiliation_name


@dataclass(frozen=True)
class ReviewerRow:
    id: int
    person_id: int
    name: str
    designation: str
    affiliation: str  # school, office or organisation; "" when none is recorded
    scored_count: int  # nominations the reviewer has given a level on every criterion
    conflicted_count: int  # nominations the reviewer may not score


def _row(session: Session, cycle: RecognitionCycle, reviewer: RecognitionReviewer) -> ReviewerRow:
    person = get_or_raise(session, Person, reviewer.person_id, translate("People", "Person"))
    nominations = live_nominations(session, cycle.id)
    nominators = nominator_people(session, (nomination.id for nomination in nominations))
    conflicted = {
        nomination.id
        for nomination in nominations
        if conflict_reason(nomination, person, nominators.get(nomination.id, set())) is not None
    }
    criteria = {criterion.id for criterion in criteria_of(session, cycle.programme_id)}
    given = session.execute(
        select(RecognitionScore.nomination_id, func.count())
        .where(RecognitionScore.reviewer_id == reviewer.id, RecognitionScore.criterion_id.in_(criteria))
        .group_by(RecognitionScore.nomination_id)
    ).all()
    live = {nomination.id for nomination in nominations} - conflicted
    scored = sum(1 for nomination_id, levels in given if nomination_id in live and levels == len(criteria))
    return ReviewerRow(
        reviewer.id, person.id, person.name, person.designation, affiliation_name(session, person) or "",
        scored if criteria else 0, len(conflicted),
    )  # fmt: skip


def add_reviewer(db: Database, cycle_id: int, person_id: int, *, today: date | None = None) -> ReviewerRow:
    """Put a person on the cycle's review panel. Refused once the scores are locked (closed early,
    or, when ``today`` is given, past the review's last day)."""
    with db.transaction() as session:
        cycle = get_or_raise(
            session, RecognitionCycle, cycle_id, translate("Recognition", "Recognition cycle")
        )
        person = get_or_raise(session, Person, person_id, translate("People", "Person"))
        if cycle.scores_locked_at is not None or (today is not None and scores_locked(cycle, today)):
            raise ConflictError(
                translate(
                    "Recognition",
                    "Scores for {cycle} were locked on {day} when the review closed; no reviewer can be added now.",
                ).format(cycle=cycle_title(session, cycle), day=indian_date(locked_on(cycle)))
            )
        present = session.scalar(
            select(RecognitionReviewer).where(
                RecognitionReviewer.cycle_id == cycle.id, RecognitionReviewer.person_id == person.id
            )
        )
        if present is not None:
            raise ConflictError(
                translate("Recognition", "{person} is already a reviewer of {cycle}.").format(
                    person=person.name, cycle=cycle_title(session, cycle)
                )
            )
        reviewer = RecognitionReviewer(cycle_id=cycle.id, person_id=person.id)
        session.add(reviewer)
        session.flush()
        return _row(session, cycle, reviewer)


def remove_reviewer(db: Database, cycle_id: int, person_id: int) -> None:
    """Take a person off the panel; refused once they have scored anything, since the ranking
    rests on their scores."""
    with db.transaction() as session:
        cycle = get_or_raise(
            session, RecognitionCycle, cycle_id, translate("Recognition", "Recognition cycle")
        )
        reviewer = reviewer_of(session, cycle, person_id)
        scored = session.execute(
            select(func.count(func.distinct(RecognitionScore.nomination_id)), func.count()).where(
                RecognitionScore.reviewer_id == reviewer.id
            )
        ).one()
        if scored[1]:
            person = get_or_raise(session, Person, person_id, translate("People", "Person"))
            scores = plural(
                scored[1],
                translate("Recognition", "{count} score"),
                translate("Recognition", "{count} scores"),
            ).format(count=scored[1])
            nominations = plural(
                scored[0],
                translate("Recognition", "{count} nomination"),
                translate("Recognition", "{count} nominations"),
            ).format(count=scored[0])
            message = translate(
                "Recognition",
                "{person} has given {scores} to {nominations} in {cycle}; "
                "a reviewer with scores stays on the panel, so that the ranking can be traced to them.",
            )
            raise ConflictError(
                message.format(
                    person=person.name,
                    scores=scores,
                    nominations=nominations,
                    cycle=cycle_title(session, cycle),
                )
            )
        session.delete(reviewer)


def list_reviewers(db: Database, cycle_id: int) -> list[ReviewerRow]:
    """The cycle's review panel, by name."""
    with db.reading() as session:
        cycle = get_or_raise(
            session, RecognitionCycle, cycle_id, translate("Recognition", "Recognition cycle")
        )
        reviewers = session.scalars(
            select(RecognitionReviewer)
            .join(Person, Person.id == RecognitionReviewer.person_id)
            .where(RecognitionReviewer.cycle_id == cycle.id)
            .order_by(Person.name, RecognitionReviewer.id)
        )
        return [_row(session, cycle, reviewer) for reviewer in reviewers]
