"""What an MoU allows to leave the office: its categories, schools and rounds, or why nothing may.

An export starts here. Only an MoU in force today (active, started, not ended, not terminated)
exports; the package holds only the categories its data-sharing terms allow, each with the
fields :mod:`desktop.services.exchange.catalogue` gives it, about the schools it covers today.

The whole package has one keep-until date, the earliest of its categories': the partner deletes
everything it received by then, rather than tracking a date per table.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import bindparam, select, union
from sqlalchemy.orm import Session

from db.models import (
    AssessmentRound,
    Mou,
    MouDataShare,
    MouPartner,
    Office,
    Organisation,
    ResultSummary,
    SchoolIndicator,
)
from desktop.documents.text import indian_date
from desktop.services.errors import ConflictError, NotFoundError, ValidationError
from desktop.services.exchange.catalogue import CATEGORIES
from desktop.services.i18n import translate
from desktop.services.mous.coverage import covered_school_ids
from desktop.services.mous.vocabulary import STATUSES
from desktop.services.records import get_or_raise

# The categories whose tables are about assessment rounds; the others ignore the rounds.
ROUND_CATEGORIES = frozenset({"school_indicators", "assessment_aggregates", "student_results_pseudonymised"})


@dataclass(frozen=True)
class CategoryScope:
    """One category the package holds, as the MoU's terms allow it."""

    code: str
    label: str
    purpose: str
    keep_months: int
    keep_until: date
    table: str  # file stem: <table>.csv and a sheet of tables.xlsx
    fields: tuple[str, ...]  # the catalogue's column keys, in order


@dataclass(frozen=True)
class ExportScope:
    """Everything an export of one MoU may contain, checked against the MoU today."""

    mou_id: int
    reference: str
    title: str
    office_id: int
    office_name: str
    partner_names: tuple[str, ...]
    organisation_ids: tuple[int, ...]
    categories: tuple[CategoryScope, ...]  # in catalogue order
    school_ids: frozenset[int]
    round_ids: tuple[int, ...]  # in round order; empty when no category is about rounds
    round_names: tuple[str, ...]
    today: date

    @property
    def keep_until(self) -> date:
        """The earliest keep-until of the categories: the partner deletes the whole package then."""
        return min(category.keep_until for category in self.categories)

    @property
    def purpose(self) -> str:
        """The categories' purposes, each once, in category order."""
        return "; ".join(dict.fromkeys(category.purpose for category in self.categories))

    @property
    def category_codes(self) -> tuple[str, ...]:
        return tuple(category.code for category in self.categories)


def add_months(day: date, months: int) -> date:
    """``day`` plus whole calendar months, on the same day of the month or the month's last day
    (31/01/2027 + 1 month = 28/02/2027)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def among(column: Any, ids: Iterable[int]) -> Any:
    """``column IN (ids)`` with the ids written into the SQL: a district's thousands of schools
    would pass SQLite's limit on bound values."""
    return column.in_(bindparam(None, sorted(ids), literal_execute=True, unique=True))


def export_scope(
    session: Session,
    mou_id: int,
    *,
    today: date,
    categories: Sequence[str] | None = None,
    round_ids: Sequence[int] | None = None,
) -> ExportScope:
    """What an export under MoU ``mou_id`` holds today; refuses, saying why, when it may hold
    nothing. ``categories`` None: every category the terms allow; ``round_ids`` None: every round
    with data about the covered schools. Reads only: nothing is written."""
    mou = get_or_raise(session, Mou, mou_id, translate("MoUs", "MoU"))
    check_in_force(mou, today)
    shares = {
        share.category: share
        for share in session.scalars(select(MouDataShare).where(MouDataShare.mou_id == mou.id))
        if share.category in CATEGORIES
    }
    if not shares:
        raise ConflictError(
            translate(
                "Exchange",
                "MoU {reference} has no data-sharing terms: it allows no data to leave the office.",
            ).format(reference=mou.reference)
        )
    chosen = _chosen_categories(mou, shares, categories)
    school_ids = frozenset(covered_school_ids(session, mou))
    if not school_ids:
        raise ConflictError(
            translate(
                "Exchange", "MoU {reference} covers no schools today: there is nothing to share."
            ).format(reference=mou.reference)
        )
    scoped = tuple(
        CategoryScope(
            code=code,
            label=CATEGORIES[code].label,
            purpose=shares[code].purpose,
            keep_months=shares[code].keep_months,
            keep_until=add_months(today, shares[code].keep_months),
            table=CATEGORIES[code].table,
            fields=CATEGORIES[code].columns,
        )
        for code in CATEGORIES
        if code in chosen
    )
    rounds: list[tuple[int, str]] = []
    if chosen & ROUND_CATEGORIES:
        rounds = _rounds(session, school_ids, round_ids)
    partners = session.execute(
        select(Organisation.id, Organisation.name)
        .join(MouPartner, MouPartner.organisation_id == Organisation.id)
        .where(MouPartner.mou_id == mou.id)
        .order_by(MouPartner.id)
    ).all()
    office = session.get(Office, mou.office_id)
    return ExportScope(
        mou_id=mou.id,
        reference=mou.reference,
        title=mou.title,
        office_id=mou.office_id,
        office_name=office.name if office is not None else "",
        partner_names=tuple(name for _id, name in partners),
        organisation_ids=tuple(organisation_id for organisation_id, _name in partners),
        categories=scoped,
        school_ids=school_ids,
        round_ids=tuple(round_id for round_id, _name in rounds),
        round_names=tuple(name for _id, name in rounds),
        today=today,
    )


def check_in_force(mou: Mou, today: date) -> None:
    """Refuses an MoU that is not in force today. The end date is the MoU's own column, which an
    amendment extending (or shortening) the MoU changes (``lifecycle.amend``)."""
    reference = translate("Exchange", "MoU {reference}").format(reference=mou.reference)
    if mou.status in ("draft", "under_review"):
        raise ConflictError(
            translate(
                "Exchange",
                "{reference} is {status}: it is not signed yet, so no data can be shared under it.",
            ).format(reference=reference, status=translate("MoUs", STATUSES[mou.status]).lower())
        )
    if mou.status == "terminated":
        ended = mou.terminated_on or mou.status_changed_on
        if ended:
            message = translate(
                "Exchange", "{reference} was terminated on {day}; no data can be shared under it."
            )
        else:
            message = translate("Exchange", "{reference} was terminated; no data can be shared under it.")
        raise ConflictError(message.format(reference=reference, day=indian_date(ended) if ended else ""))
    if mou.status == "expired" or mou.end_date < today:
        if mou.status == "expired":
            message = translate(
                "Exchange",
                "{reference} expired on {day}; no data can be shared under it (renew it to share data again).",
            )
        else:
            message = translate(
                "Exchange",
                "{reference} expired on {day}; no data can be shared under it "
                "(extend it by an amendment or renew it to share data again).",
            )
        raise ConflictError(message.format(reference=reference, day=indian_date(mou.end_date)))
    if mou.status == "signed":
        raise ConflictError(
            translate(
                "Exchange",
                "{reference} is signed but not yet active; activate it (from {day}) before sharing data under it.",
            ).format(reference=reference, day=indian_date(mou.start_date))
        )
    if mou.start_date > today:
        raise ConflictError(
            translate(
                "Exchange", "{reference} starts on {day}; no data can be shared under it before then."
            ).format(reference=reference, day=indian_date(mou.start_date))
        )


_check_in_force = check_in_force  # the name return_template.py imports; use check_in_force


def _chosen_categories(
    mou: Mou, shares: dict[str, MouDataShare], requested: Sequence[str] | None
) -> set[str]:
    if requested is None:
        return set(shares)
    if not requested:
        raise ValidationError.single(
            "categories", translate("Exchange", "Choose at least one category of data to share.")
        )
    allowed = "; ".join(translate("MoUs", CATEGORIES[code].label) for code in CATEGORIES if code in shares)
    for code in requested:
        if code not in CATEGORIES:
            raise ValidationError.single(
                "categories",
                translate(
                    "Exchange", "'{code}' is not a category of data; MoU {reference} allows: {allowed}."
                ).format(code=code, reference=mou.reference, allowed=allowed),
            )
        if code not in shares:
            raise ValidationError.single(
                "categories",
                translate(
                    "Exchange",
                    "The data-sharing terms of MoU {reference} do not allow {label}; they allow: {allowed}.",
                ).format(
                    reference=mou.reference, label=translate("MoUs", CATEGORIES[code].label), allowed=allowed
                ),
            )
    return set(requested)


def _round_order(statement: Any) -> Any:
    """Rounds as they happened: by start date (undated last), then as they were made."""
    return statement.order_by(AssessmentRound.start_date.asc().nulls_last(), AssessmentRound.id)


def _rounds_with_data(session: Session, school_ids: Iterable[int]) -> list[tuple[int, str]]:
    ids = sorted(school_ids)
    with_data = union(
        select(ResultSummary.round_id).where(among(ResultSummary.school_id, ids)),
        select(SchoolIndicator.round_id).where(among(SchoolIndicator.school_id, ids)),
    ).subquery()
    statement = select(AssessmentRound.id, AssessmentRound.name).where(
        AssessmentRound.id.in_(select(with_data.c.round_id))
    )
    return [(round_id, name) for round_id, name in session.execute(_round_order(statement))]


def _rounds(
    session: Session, school_ids: frozenset[int], requested: Sequence[int] | None
) -> list[tuple[int, str]]:
    if requested is None:
        return _rounds_with_data(session, school_ids)
    if not requested:
        raise ValidationError.single(
            "round_ids", translate("Exchange", "Choose at least one assessment round to share.")
        )
    wanted = set(requested)
    found = list(
        session.execute(
            _round_order(
                select(AssessmentRound.id, AssessmentRound.name).where(AssessmentRound.id.in_(wanted))
            )
        )
    )
    missing = sorted(wanted - {round_id for round_id, _name in found})
    if missing:
        raise NotFoundError(
            translate(
                "Exchange",
                "Assessment round #{number} no longer exists; it may have been deleted. Choose the rounds again.",
            ).format(number=missing[0])
        )
    return [(round_id, name) for round_id, name in found]


def available_rounds(session: Session, mou_id: int) -> list[tuple[int, str]]:
    """The rounds with indicators or results for the schools the MoU covers, in round order
    (the export wizard's choice)."""
    mou = get_or_raise(session, Mou, mou_id, translate("MoUs", "MoU"))
    school_ids = covered_school_ids(session, mou)
    return _rounds_with_data(session, school_ids) if school_ids else []
