"""Reading nominations: the rows of a cycle's nominations list (filtered and searched) and one
nomination in full, with its nominators, evidence and the steps it has taken.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import RecognitionNomination, RecognitionNominator
from desktop.services.database import Database
from desktop.services.i18n import translate
from desktop.services.recognition.evidence import EvidenceRow, evidence_counts, evidence_of
from desktop.services.recognition.nominees import nominator_names, nominees_of
from desktop.services.recognition.vocabulary import NOMINATOR_KINDS, NOMINEE_KINDS, STATUS_DATES, STATUSES
from desktop.services.records import get_or_raise
from desktop.services.text import search_key, search_terms


@dataclass(frozen=True)
class NominationRow:
    id: int
    cycle_id: int
    nominee_kind: str
    kind_label: str
    nominee_name: str
    nominee_name_local: str | None
    detail: str
    block: str | None
    cluster: str | None
    category: str | None
    nominated_on: date
    nominators: str  # names joined "; ", first nominator first
    nominator_count: int
    status: str
    status_label: str
    status_date: date | None
    source: str
    evidence_count: int
    person_id: int | None
    school_id: int | None
    cluster_id: int | None


@dataclass(frozen=True)
class NominatorRow:
    id: int
    kind: str
    kind_label: str
    name: str
    detail: str
    justification: str
    nominated_on: date
    person_id: int | None
    office_id: int | None
    organisation_id: int | None


@dataclass(frozen=True)
class NominationDetail:
    row: NominationRow
    nominators: tuple[NominatorRow, ...]
    evidence: tuple[EvidenceRow, ...]
    evidence_note: str | None
    selection_reason: str | None
    withdrawal_reason: str | None
    certificate_number: str | None
    # The steps the nomination has reached so far, as (status, date), in the order taken.
    steps: tuple[tuple[str, date], ...]


def nomination_rows(session: Session, nominations: Sequence[RecognitionNomination]) -> list[NominationRow]:
    """List rows for ``nominations`` (in their order), read in a few queries whatever the number."""
    ids = [n.id for n in nominations]
    nominees = nominees_of(session, nominations)
    nominators = session.scalars(
        select(RecognitionNominator)
        .where(RecognitionNominator.nomination_id.in_(ids))
        .order_by(RecognitionNominator.id)
    ).all()
    names = nominator_names(session, nominators)
    by_nomination: dict[int, list[str]] = {}
    for nominator in nominators:
        by_nomination.setdefault(nominator.nomination_id, []).append(names[nominator.id].name)
    files = evidence_counts(session, ids)
    rows = []
    for n in nominations:
        nominee = nominees[n.id]
        rows.append(
            NominationRow(
                id=n.id,
                cycle_id=n.cycle_id,
                nominee_kind=n.nominee_kind,
                kind_label=NOMINEE_KINDS[n.nominee_kind],
                nominee_name=nominee.name,
                nominee_name_local=nominee.name_local,
                detail=nominee.detail,
                block=nominee.block,
                cluster=nominee.cluster,
                category=n.category,
                nominated_on=n.nominated_on,
                nominators="; ".join(by_nomination.get(n.id, [])),
                nominator_count=len(by_nomination.get(n.id, [])),
                status=n.status,
                status_label=STATUSES[n.status],
                status_date=getattr(n, STATUS_DATES[n.status]),
                source=n.source,
                evidence_count=files.get(n.id, 0),
                person_id=n.person_id,
                school_id=n.school_id,
                cluster_id=n.cluster_id,
            )
        )
    return rows


def nominators_of(session: Session, nomination_id: int) -> list[RecognitionNominator]:
    return list(
        session.scalars(
            select(RecognitionNominator)
            .where(RecognitionNominator.nomination_id == nomination_id)
            .order_by(RecognitionNominator.id)
        )
    )


def get_nomination(db: Database, nomination_id: int) -> NominationDetail:
    """A nomination with all its nominators, evidence and the steps it has taken."""
    with db.reading() as session:
        nomination = get_or_raise(
            session, RecognitionNomination, nomination_id, translate("Recognition", "Nomination")
        )
        nominators = nominators_of(session, nomination_id)
        names = nominator_names(session, nominators)
        steps = tuple(
            (status, getattr(nomination, column))
            for status, column in STATUS_DATES.items()
            if getattr(nomination, column) is not None
        )
        return NominationDetail(
            row=nomination_rows(session, [nomination])[0],
            nominators=tuple(
                NominatorRow(
                    id=n.id,
                    kind=names[n.id].kind,
                    kind_label=NOMINATOR_KINDS[names[n.id].kind],
                    name=names[n.id].name,
                    detail=names[n.id].detail,
                    justification=n.justification,
                    nominated_on=n.nominated_on,
                    person_id=n.person_id,
                    office_id=n.office_id,
                    organisation_id=n.organisation_id,
                )
                for n in nominators
            ),
            evidence=tuple(evidence_of(session, nomination_id)),
            evidence_note=nomination.evidence_note,
            selection_reason=nomination.selection_reason,
            withdrawal_reason=nomination.withdrawal_reason,
            certificate_number=nomination.certificate_number,
            steps=tuple(sorted(steps, key=lambda step: step[1])),
        )


def matches(row: NominationRow, terms: list[str]) -> bool:
    """Whether every one of ``terms`` (from text.search_terms) is in the nominee's names (English
    or regional), the nominators, the category, or the nominee's kind, designation and place. The
    Nominations tab filters its rows with this too, so both search the same fields."""
    text = search_key(
        row.nominee_name, row.nominee_name_local, row.nominators, row.category, row.detail, row.kind_label
    )
    return all(term in text for term in terms)


def list_nominations(
    db: Database,
    cycle_id: int,
    *,
    status: str | None = None,
    kind: str | None = None,
    category: str | None = None,
    search: str = "",
) -> list[NominationRow]:
    """A cycle's nominations by nominee name, filtered by status, kind and category; every word
    of ``search`` must appear in the nominee's names (English or regional), the nominators, the
    category or the nominee's designation and place."""
    statement = select(RecognitionNomination).where(RecognitionNomination.cycle_id == cycle_id)
    if status is not None:
        statement = statement.where(RecognitionNomination.status == status)
    if kind is not None:
        statement = statement.where(RecognitionNomination.nominee_kind == kind)
    if category is not None:
        statement = statement.where(RecognitionNomination.category == category)
    with db.reading() as session:
        rows = nomination_rows(session, session.scalars(statement.order_by(RecognitionNomination.id)).all())
    terms = search_terms(search)
    matching = [row for row in rows if matches(row, terms)] if terms else rows
    return sorted(matching, key=lambda row: (row.nominee_name.casefold(), row.id))
