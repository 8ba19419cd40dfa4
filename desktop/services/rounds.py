"""Assessment rounds (baseline, midline, endline or custom) and the competency level schemes they use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    AssessmentRound,
    ImportBatch,
    LevelScheme,
    Mou,
    ResultSummary,
    SchoolIndicator,
    StudentResult,
)
from db.models.baseline import ROUND_KINDS
from desktop.services.database import Database
from desktop.services.errors import ConflictError
from desktop.services.i18n import QT_TRANSLATE_NOOP, plural, translate
from desktop.services.records import assign, count, get_or_raise, is_taken
from desktop.services.text import clean, clean_optional
from desktop.services.validation import FieldErrors

# Kept in English in the database and on paper; the screens show them with translate("Baseline", label).
ROUND_KIND_LABELS = {
    "baseline": QT_TRANSLATE_NOOP("Baseline", "Baseline"),
    "midline": QT_TRANSLATE_NOOP("Baseline", "Midline"),
    "endline": QT_TRANSLATE_NOOP("Baseline", "Endline"),
    "custom": QT_TRANSLATE_NOOP("Baseline", "Other"),
}
# Offered when an office makes its first round; editable like any other scheme.
STANDARD_SCHEMES = (
    (
        "FLN reading levels",
        ("Beginner", "Letter", "Word", "Paragraph", "Story"),
        3,
        "The levels of the foundational literacy tool; Paragraph and above meets the state goal for grade 3.",
    ),
    (
        "FLN numeracy levels",
        ("Beginner", "Numbers 1-9", "Numbers 10-99", "Subtraction", "Division"),
        3,
        "The levels of the foundational numeracy tool; Subtraction and above meets the state goal for grade 3.",
    ),
    (
        "NAS performance levels",
        ("Below basic", "Basic", "Proficient", "Advanced"),
        2,
        "The National Achievement Survey's levels; Proficient and above meets the goal.",
    ),
)
MAX_LEVELS = 12


@dataclass(frozen=True)
class SchemeInput:
    name: str
    levels: tuple[str, ...]
    achieving_from: int  # index into levels
    notes: str | None = None


@dataclass(frozen=True)
class SchemeRow:
    id: int
    name: str
    levels: tuple[str, ...]
    achieving_from: int
    notes: str | None

    @property
    def achieving_label(self) -> str:
        return self.levels[self.achieving_from] if self.achieving_from < len(self.levels) else ""


@dataclass(frozen=True)
class RoundInput:
    name: str
    kind: str
    start_date: date | None = None
    end_date: date | None = None
    tool: str | None = None
    mou_id: int | None = None
    level_scheme_id: int | None = None
    max_score: float | None = None
    notes: str | None = None


@dataclass(frozen=True)
class RoundRow:
    id: int
    name: str
    kind: str
    start_date: date | None
    end_date: date | None
    tool: str | None
    mou_id: int | None
    mou_reference: str | None
    level_scheme_id: int | None
    level_scheme_name: str | None
    max_score: float | None
    notes: str | None
    results: int
    schools_with_indicators: int

    @property
    def kind_label(self) -> str:
        return ROUND_KIND_LABELS.get(self.kind, self.kind)


def _scheme_row(scheme: LevelScheme) -> SchemeRow:
    return SchemeRow(scheme.id, scheme.name, tuple(scheme.levels), scheme.achieving_from, scheme.notes)


def _scheme_values(session: Session, data: SchemeInput, own_id: int | None) -> dict:
    errors = FieldErrors()
    name = errors.required("name", data.name, translate("Baseline", "Name"), 120)
    levels = [clean(level) for level in data.levels if clean(level)]
    if len(levels) < 2:
        errors.add("levels", translate("Baseline", "A scheme needs at least two levels, lowest first."))
    elif len(levels) > MAX_LEVELS:
        errors.add(
            "levels",
            translate("Baseline", "A scheme has at most {limit} levels; this one has {count}.").format(
                limit=MAX_LEVELS, count=len(levels)
            ),
        )
    seen: dict[str, str] = {}
    for level in levels:
        if level.casefold() in seen:
            errors.add(
                "levels",
                translate("Baseline", "Each level once; {level} is listed twice.").format(
                    level=seen[level.casefold()]
                ),
            )
            break
        seen[level.casefold()] = level
    if levels and not 0 <= data.achieving_from < len(levels):
        errors.add(
            "achieving_from", translate("Baseline", "Choose the lowest level that meets the state's goal.")
        )
    if name and is_taken(session, LevelScheme.name, name, own_id):
        errors.add(
            "name", translate("Baseline", "There is already a level scheme named {name}.").format(name=name)
        )
    errors.raise_if_any()
    return {
        "name": name,
        "levels": levels,
        "achieving_from": data.achieving_from,
        "notes": clean_optional(data.notes),
    }


def create_scheme(db: Database, data: SchemeInput) -> SchemeRow:
    """Add a competency level scheme."""
    with db.transaction() as session:
        scheme = LevelScheme(**_scheme_values(session, data, None))
        session.add(scheme)
        session.flush()
        return _scheme_row(scheme)


def update_scheme(db: Database, scheme_id: int, data: SchemeInput) -> SchemeRow:
    """Rename a scheme or change its levels; levels already used by stored results stay in place."""
    with db.transaction() as session:
        scheme = get_or_raise(session, LevelScheme, scheme_id, translate("Baseline", "Level scheme"))
        values = _scheme_values(session, data, scheme_id)
        used = session.scalar(
            select(func.max(StudentResult.level))
            .join(AssessmentRound, AssessmentRound.id == StudentResult.round_id)
            .where(AssessmentRound.level_scheme_id == scheme_id)
        )
        if used is not None and used >= len(values["levels"]):
            raise ConflictError(
                translate(
                    "Baseline",
                    "Stored results use level {number} ({level}) of {scheme}; keep at least {number} levels, "
                    "or undo those imports first.",
                ).format(number=used + 1, level=scheme.levels[used], scheme=scheme.name)
            )
        assign(scheme, values)
        return _scheme_row(scheme)


def delete_scheme(db: Database, scheme_id: int) -> None:
    with db.transaction() as session:
        scheme = get_or_raise(session, LevelScheme, scheme_id, translate("Baseline", "Level scheme"))
        users = count(session, AssessmentRound.level_scheme_id, scheme_id)
        if users:
            raise ConflictError(
                plural(
                    users,
                    translate(
                        "Baseline",
                        "{scheme} is used by {count} assessment round; choose another scheme for it first.",
                    ),
                    translate(
                        "Baseline",
                        "{scheme} is used by {count} assessment rounds; choose another scheme for them first.",
                    ),
                ).format(scheme=scheme.name, count=users)
            )
        session.delete(scheme)


def list_schemes(db: Database) -> list[SchemeRow]:
    with db.reading() as session:
        return [_scheme_row(s) for s in session.scalars(select(LevelScheme).order_by(LevelScheme.name))]


def ensure_standard_schemes(db: Database) -> list[SchemeRow]:
    """Add the standard schemes that are missing (by name); returns every scheme."""
    with db.transaction() as session:
        present = set(session.scalars(select(LevelScheme.name)))
        for name, levels, achieving_from, notes in STANDARD_SCHEMES:
            if name not in present:
                session.add(
                    LevelScheme(name=name, levels=list(levels), achieving_from=achieving_from, notes=notes)
                )
    return list_schemes(db)


def _round_values(session: Session, data: RoundInput, own_id: int | None) -> dict:
    errors = FieldErrors()
    name = errors.required("name", data.name, translate("Baseline", "Name"), 120)
    kind = errors.choice("kind", data.kind, translate("Baseline", "Kind"), ROUND_KINDS)
    if not kind:
        errors.add(
            "kind",
            translate(
                "Baseline", "Choose whether this is the baseline, a midline, the endline or another round."
            ),
        )
    if data.start_date and data.end_date and data.end_date < data.start_date:
        errors.add("end_date", translate("Baseline", "The round ends before it starts."))
    if data.max_score is not None and data.max_score <= 0:
        errors.add("max_score", translate("Baseline", "The maximum score must be above zero, or left empty."))
    if name and is_taken(session, AssessmentRound.name, name, own_id):
        errors.add("name", translate("Baseline", "There is already a round named {name}.").format(name=name))
    if data.mou_id is not None and session.get(Mou, data.mou_id) is None:
        errors.add("mou_id", translate("Baseline", "That MoU no longer exists."))
    if data.level_scheme_id is not None and session.get(LevelScheme, data.level_scheme_id) is None:
        errors.add("level_scheme_id", translate("Baseline", "That level scheme no longer exists."))
    errors.raise_if_any()
    return {
        "name": name,
        "kind": kind,
        "start_date": data.start_date,
        "end_date": data.end_date,
        "tool": clean_optional(data.tool),
        "mou_id": data.mou_id,
        "level_scheme_id": data.level_scheme_id,
        "max_score": data.max_score,
        "notes": clean_optional(data.notes),
    }


def _round_row(session: Session, round_: AssessmentRound) -> RoundRow:
    mou = session.get(Mou, round_.mou_id) if round_.mou_id else None
    return RoundRow(
        id=round_.id,
        name=round_.name,
        kind=round_.kind,
        start_date=round_.start_date,
        end_date=round_.end_date,
        tool=round_.tool,
        mou_id=round_.mou_id,
        mou_reference=mou.reference if mou else None,
        level_scheme_id=round_.level_scheme_id,
        level_scheme_name=round_.level_scheme.name if round_.level_scheme else None,
        max_score=round_.max_score,
        notes=round_.notes,
        # From the summary: counting a million results row by row takes a noticeable moment.
        results=int(
            session.scalar(
                select(func.coalesce(func.sum(ResultSummary.students), 0)).where(
                    ResultSummary.round_id == round_.id
                )
            )
        ),
        schools_with_indicators=count(session, SchoolIndicator.round_id, round_.id),
    )


def create_round(db: Database, data: RoundInput) -> RoundRow:
    """Add an assessment round."""
    with db.transaction() as session:
        round_ = AssessmentRound(**_round_values(session, data, None))
        session.add(round_)
        session.flush()
        return _round_row(session, round_)


def update_round(db: Database, round_id: int, data: RoundInput) -> RoundRow:
    """Change a round; its level scheme and maximum score must still fit the stored results."""
    with db.transaction() as session:
        round_ = get_or_raise(session, AssessmentRound, round_id, translate("Baseline", "Assessment round"))
        values = _round_values(session, data, round_id)
        _check_results_still_fit(session, round_, values)
        assign(round_, values)
        session.flush()
        return _round_row(session, round_)


def _check_results_still_fit(session: Session, round_: AssessmentRound, values: dict) -> None:
    highest_level, highest_score = session.execute(
        select(func.max(StudentResult.level), func.max(StudentResult.score)).where(
            StudentResult.round_id == round_.id
        )
    ).one()
    if highest_level is not None and values["level_scheme_id"] != round_.level_scheme_id:
        scheme = session.get(LevelScheme, values["level_scheme_id"]) if values["level_scheme_id"] else None
        if scheme is None or len(scheme.levels) <= highest_level:
            raise ConflictError(
                translate(
                    "Baseline",
                    "{round} has results stored with levels of {scheme}; a scheme with fewer levels, "
                    "or none, would leave them meaningless. Undo those imports first.",
                ).format(round=round_.name, scheme=round_.level_scheme.name)
            )
    if highest_score is not None and values["max_score"] is not None and highest_score > values["max_score"]:
        raise ConflictError(
            translate(
                "Baseline",
                "{round} has a stored score of {score:g}, above the maximum of {maximum:g}; "
                "set a higher maximum or undo that import first.",
            ).format(round=round_.name, score=highest_score, maximum=values["max_score"])
        )


def delete_round(db: Database, round_id: int) -> None:
    """Delete a round that holds no data (its imports must be undone first)."""
    with db.transaction() as session:
        round_ = get_or_raise(session, AssessmentRound, round_id, translate("Baseline", "Assessment round"))
        live = session.scalar(
            select(func.count()).where(ImportBatch.round_id == round_id, ImportBatch.undone_at.is_(None))
        )
        if live:
            raise ConflictError(
                plural(
                    live,
                    translate(
                        "Baseline", "{round} has {count} import in place; undo it first (Baseline → Imports)."
                    ),
                    translate(
                        "Baseline",
                        "{round} has {count} imports in place; undo them first (Baseline → Imports).",
                    ),
                ).format(round=round_.name, count=live)
            )
        # Undone batches only record history; they go with the round.
        for batch in session.scalars(select(ImportBatch).where(ImportBatch.round_id == round_id)):
            session.delete(batch)
        session.delete(round_)


def get_round(db: Database, round_id: int) -> RoundRow:
    with db.reading() as session:
        return _round_row(
            session,
            get_or_raise(session, AssessmentRound, round_id, translate("Baseline", "Assessment round")),
        )


def list_rounds(db: Database) -> list[RoundRow]:
    """Every round, the latest first (by start date, then by when it was made)."""
    with db.reading() as session:
        rounds = session.scalars(
            select(AssessmentRound).order_by(
                AssessmentRound.start_date.desc().nulls_last(), AssessmentRound.id.desc()
            )
        )
        return [_round_row(session, round_) for round_ in rounds]


def find_round_id(db: Database, name: str) -> int | None:
    """The round named ``name`` (case does not matter), for the command line."""
    with db.reading() as session:
        return session.scalar(
            select(AssessmentRound.id).where(func.lower(AssessmentRound.name) == clean(name).lower())
        )
