"""Conflicts of interest: a reviewer does not score a nomination about them, one they made, or
one of the school they work at."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Person, RecognitionNomination, RecognitionNominator
from desktop.services.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.records import get_or_raise

# Conflicts of interest: English in the code, translated where shown.
NOMINATED_BY_REVIEWER = QT_TRANSLATE_NOOP("Recognition", "Reviewer nominated this nominee")
ABOUT_REVIEWER = QT_TRANSLATE_NOOP("Recognition", "This nomination is about the reviewer")
REVIEWERS_SCHOOL = QT_TRANSLATE_NOOP("Recognition", "Reviewer works at the nominated school")


def conflict_reason(
    nomination: RecognitionNomination,
    reviewer: Person,
    nominator_person_ids: Iterable[int | None],
) -> str | None:
    """Why ``reviewer`` may not score ``nomination`` (whose nominators are given), or None."""
    if nomination.person_id == reviewer.id:
        return ABOUT_REVIEWER
    if reviewer.id in set(nominator_person_ids):
        return NOMINATED_BY_REVIEWER
    if nomination.school_id is not None and nomination.school_id == reviewer.school_id:
        return REVIEWERS_SCHOOL
    return None


def conflict_of(session: Session, nomination: RecognitionNomination, person_id: int) -> str | None:
    """Why the person may not score the nomination, in words, or None when they may."""
    reviewer = get_or_raise(session, Person, person_id, translate("People", "Person"))
    nominators = session.scalars(
        select(RecognitionNominator.person_id).where(RecognitionNominator.nomination_id == nomination.id)
    )
    return conflict_reason(nomination, reviewer, nominators)


def nominator_people(session: Session, nomination_ids: Iterable[int]) -> dict[int, set[int]]:
    """Each nomination's id -> the people among its nominators."""
    people: dict[int, set[int]] = defaultdict(set)
    ids = list(nomination_ids)
    statement = select(RecognitionNominator.nomination_id, RecognitionNominator.person_id).where(
        RecognitionNominator.nomination_id.in_(ids), RecognitionNominator.person_id.is_not(None)
    )
    for nomination_id, person_id in session.execute(statement):
        people[nomination_id].add(person_id)
    return people
