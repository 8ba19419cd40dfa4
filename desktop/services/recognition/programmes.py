"""Recognition programmes and their rubrics: creating, editing, deleting, reading and listing.

A programme's rubric is a list of criteria, each with a weight and one descriptor per level of
the programme's scale. Once reviewers have scored a programme, its scale and its list of criteria
are fixed (scores would lose their meaning); weights and wording may still be corrected.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    RecognitionCriterion,
    RecognitionCycle,
    RecognitionNomination,
    RecognitionProgramme,
    RecognitionScore,
)
from desktop.services.database import Database
from desktop.services.errors import ConflictError, NotFoundError
from desktop.services.recognition.vocabulary import NOMINEE_KINDS, REGIONAL_LANGUAGES, kinds_text
from desktop.services.records import assign, count, get_or_raise
from desktop.services.text import clean, clean_multiline
from desktop.services.validation import FieldErrors

SCALE_LOWEST = 0
SCALE_HIGHEST = 10


@dataclass(frozen=True)
class CriterionInput:
    name: str
    weight: float
    # One per level of the scale, lowest level first.
    level_descriptors: tuple[str, ...]
    name_local: str | None = None
    description: str = ""
    id: int | None = None  # an existing criterion being edited; None for a new one


@dataclass(frozen=True)
class ProgrammeInput:
    name: str
    purpose: str
    eligible_kinds: tuple[str, ...]
    criteria: tuple[CriterionInput, ...]
    categories: tuple[str, ...] = ()
    selection_rules: str = ""
    scale_min: int = 1
    scale_max: int = 4
    language: str = "kn"
    name_local: str | None = None


@dataclass(frozen=True)
class CriterionRow:
    id: int
    position: int
    name: str
    name_local: str | None
    description: str
    weight: float
    level_descriptors: tuple[str, ...]


@dataclass(frozen=True)
class ProgrammeRow:
    id: int
    name: str
    name_local: str | None
    purpose: str
    eligible_kinds: tuple[str, ...]
    categories: tuple[str, ...]
    selection_rules: str
    scale_min: int
    scale_max: int
    language: str
    template_key: str | None
    criteria: tuple[CriterionRow, ...]
    cycle_count: int

    @property
    def eligible_text(self) -> str:
        """Who may be nominated, as a sentence names them."""
        return kinds_text(self.eligible_kinds)

    @property
    def levels(self) -> range:
        return range(self.scale_min, self.scale_max + 1)

    @property
    def total_weight(self) -> float:
        return sum(criterion.weight for criterion in self.criteria)

    def as_input(self) -> ProgrammeInput:
        """The programme as its form edits it (criteria keep their ids)."""
        return ProgrammeInput(
            name=self.name,
            purpose=self.purpose,
            eligible_kinds=self.eligible_kinds,
            criteria=tuple(
                CriterionInput(c.name, c.weight, c.level_descriptors, c.name_local, c.description, c.id)
                for c in self.criteria
            ),
            categories=self.categories,
            selection_rules=self.selection_rules,
            scale_min=self.scale_min,
            scale_max=self.scale_max,
            language=self.language,
            name_local=self.name_local,
        )


def _check_name(session: Session, name: str, own_id: int | None, errors: FieldErrors) -> None:
    for other_id, other_name in session.execute(select(RecognitionProgramme.id, RecognitionProgramme.name)):
        if other_id != own_id and other_name.casefold() == name.casefold():
            errors.add("name", f"A programme named {other_name} already exists; give this one another name.")
            return


def _check_scale(data: ProgrammeInput, errors: FieldErrors) -> bool:
    if not isinstance(data.scale_min, int) or not isinstance(data.scale_max, int):
        errors.add("scale_max", "The scale's lowest and highest levels must be whole numbers.")
        return False
    if data.scale_min < SCALE_LOWEST:
        errors.add(
            "scale_min", f"The scale cannot start below {SCALE_LOWEST} (it starts at {data.scale_min})."
        )
        return False
    if data.scale_max <= data.scale_min:
        errors.add(
            "scale_max",
            f"The scale's highest level ({data.scale_max}) must be above its lowest ({data.scale_min}).",
        )
        return False
    if data.scale_max > SCALE_HIGHEST:
        errors.add("scale_max", f"The scale can go up to {SCALE_HIGHEST} at most, not {data.scale_max}.")
        return False
    return True


def _eligible_kinds(data: ProgrammeInput, errors: FieldErrors) -> list[str]:
    unknown = [kind for kind in data.eligible_kinds if kind not in NOMINEE_KINDS]
    if unknown:
        errors.add("eligible_kinds", f"Unknown kind(s) of nominee: {', '.join(unknown)}.")
    kinds = [kind for kind in NOMINEE_KINDS if kind in data.eligible_kinds]
    if not kinds and not unknown:
        errors.add("eligible_kinds", "Choose who may be nominated: at least one kind of person or unit.")
    return kinds


def _categories(data: ProgrammeInput, errors: FieldErrors) -> list[str]:
    categories: list[str] = []
    for raw in data.categories:
        category = clean(raw)
        if len(category) > 120:
            errors.add(
                "categories", f"Category '{category[:40]}…' is {len(category)} characters; at most 120 fit."
            )
        elif category and category.casefold() not in {c.casefold() for c in categories}:
            categories.append(category)
    return categories


def _criteria(data: ProgrammeInput, scale_ok: bool, errors: FieldErrors) -> list[dict[str, Any]]:
    if not data.criteria:
        errors.add("criteria", "The rubric needs at least one criterion.")
    levels = data.scale_max - data.scale_min + 1 if scale_ok else None
    seen: set[str] = set()
    criteria = []
    for index, criterion in enumerate(data.criteria):
        key = f"criteria.{index}"
        name = errors.required(f"{key}.name", criterion.name, f"The name of criterion {index + 1}", 200)
        label = f"Criterion '{name}'" if name else f"Criterion {index + 1}"
        if name and name.casefold() in seen:
            errors.add(f"{key}.name", f"Two criteria are named '{name}'; each needs its own name.")
        seen.add(name.casefold())
        weight = criterion.weight
        if isinstance(weight, bool) or not isinstance(weight, int | float) or not math.isfinite(weight):
            errors.add(f"{key}.weight", f"{label} needs a weight that is a number.")
        elif weight <= 0:
            errors.add(f"{key}.weight", f"{label} has weight {weight:g}; a weight must be above 0.")
        descriptors = [clean(text) for text in criterion.level_descriptors]
        if levels is not None and len(descriptors) != levels:
            errors.add(
                f"{key}.level_descriptors",
                f"{label} has {len(descriptors)} level descriptor(s); the scale "
                f"{data.scale_min} to {data.scale_max} needs {levels}, one for each level.",
            )
        elif levels is not None and "" in descriptors:
            level = data.scale_min + descriptors.index("")
            errors.add(f"{key}.level_descriptors", f"{label} has no descriptor for level {level}.")
        criteria.append(
            {
                "id": criterion.id,
                "position": index,
                "name": name,
                "name_local": errors.optional(
                    f"{key}.name_local", criterion.name_local, f"{label}'s local name", 200
                ),
                "description": clean(criterion.description),
                "weight": float(weight) if isinstance(weight, int | float) else weight,
                "level_descriptors": descriptors,
            }
        )
    return criteria


def _multiline_text(errors: FieldErrors, field: str, value: str | None, label: str, max_length: int) -> str:
    """Purpose and selection rules keep their lines: the templates number their rules one a line."""
    text = clean_multiline(value)
    if len(text) > max_length:
        errors.add(field, f"{label} is {len(text)} characters long; at most {max_length} fit.")
    return text


def _values(session: Session, data: ProgrammeInput, own_id: int | None) -> tuple[dict[str, Any], list[dict]]:
    """The programme's columns and its criteria, or a ValidationError with every problem."""
    errors = FieldErrors()
    name = errors.required("name", data.name, "Programme name", 200)
    if name:
        _check_name(session, name, own_id, errors)
    kinds = _eligible_kinds(data, errors)
    scale_ok = _check_scale(data, errors)
    criteria = _criteria(data, scale_ok, errors)
    if data.language not in REGIONAL_LANGUAGES:
        errors.add(
            "language",
            f"The regional language must be one of {', '.join(REGIONAL_LANGUAGES.values())}, not '{data.language}'.",
        )
    values = {
        "name": name,
        "name_local": errors.optional("name_local", data.name_local, "Local name", 200),
        "purpose": _multiline_text(errors, "purpose", data.purpose, "Purpose", 5000),
        "eligible_kinds": kinds,
        "categories": _categories(data, errors),
        "selection_rules": _multiline_text(
            errors, "selection_rules", data.selection_rules, "Selection rules", 10000
        ),
        "scale_min": data.scale_min,
        "scale_max": data.scale_max,
        "language": data.language,
    }
    errors.raise_if_any()
    return values, criteria


def _score_count(session: Session, programme_id: int) -> int:
    statement = (
        select(func.count())
        .select_from(RecognitionScore)
        .join(RecognitionCriterion, RecognitionCriterion.id == RecognitionScore.criterion_id)
        .where(RecognitionCriterion.programme_id == programme_id)
    )
    return int(session.scalar(statement) or 0)


def _nomination_count(session: Session, programme_id: int, *conditions: Any) -> int:
    statement = (
        select(func.count())
        .select_from(RecognitionNomination)
        .join(RecognitionCycle, RecognitionCycle.id == RecognitionNomination.cycle_id)
        .where(RecognitionCycle.programme_id == programme_id, *conditions)
    )
    return int(session.scalar(statement) or 0)


def _refuse_breaking_changes(
    session: Session, programme: RecognitionProgramme, values: dict[str, Any], criteria: list[dict]
) -> None:
    """Refuse edits that would leave scores or nominations of the programme without meaning."""
    existing = {
        c.id: c
        for c in session.scalars(
            select(RecognitionCriterion).where(RecognitionCriterion.programme_id == programme.id)
        )
    }
    strangers = [c["id"] for c in criteria if c["id"] is not None and c["id"] not in existing]
    if strangers:
        raise ConflictError(
            f"Criterion #{strangers[0]} is not part of {programme.name}'s rubric (it may have been "
            "removed meanwhile); reopen the programme and edit it again."
        )
    scores = _score_count(session, programme.id)
    if scores:
        removed = [c.name for c_id, c in existing.items() if c_id not in {d["id"] for d in criteria}]
        if removed:
            raise ConflictError(
                f"Reviewers have already given {scores} score(s) under {programme.name}'s rubric; "
                f"criterion '{removed[0]}' cannot be removed now, or the totals already given would change "
                "meaning. Correct its wording or weight instead."
            )
        if (values["scale_min"], values["scale_max"]) != (programme.scale_min, programme.scale_max):
            raise ConflictError(
                f"Reviewers have already given {scores} score(s) on {programme.name}'s scale of "
                f"{programme.scale_min} to {programme.scale_max}; the scale cannot change now."
            )
    for kind in set(programme.eligible_kinds) - set(values["eligible_kinds"]):
        used = _nomination_count(session, programme.id, RecognitionNomination.nominee_kind == kind)
        if used:
            raise ConflictError(
                f"{used} nomination(s) under {programme.name} are of kind {NOMINEE_KINDS[kind]}; "
                "it must stay eligible while they are on record."
            )
    kept = {c.casefold() for c in values["categories"]}
    for category in programme.categories:
        if category.casefold() not in kept:
            used = _nomination_count(session, programme.id, RecognitionNomination.category == category)
            if used:
                raise ConflictError(
                    f"{used} nomination(s) under {programme.name} are in category '{category}'; "
                    "it cannot be removed while they are on record."
                )


def _save_criteria(session: Session, programme_id: int, criteria: list[dict]) -> None:
    """Sync the rubric by id, so the audit log shows each criterion's real change."""
    existing = {
        c.id: c
        for c in session.scalars(
            select(RecognitionCriterion).where(RecognitionCriterion.programme_id == programme_id)
        )
    }
    kept = {c["id"] for c in criteria if c["id"] is not None}
    for criterion_id, criterion in existing.items():
        if criterion_id not in kept:
            session.delete(criterion)
    # Names are unique per programme and the database checks them row by row: a kept criterion
    # whose present name another criterion is taking (two names swapped) is parked first.
    wanted = {values["name"]: values["id"] for values in criteria}
    for criterion in existing.values():
        if criterion.id in kept and wanted.get(criterion.name, criterion.id) != criterion.id:
            criterion.name = f"{criterion.name} (#{criterion.id})"
    session.flush()
    for values in criteria:
        fields = {key: value for key, value in values.items() if key != "id"}
        if values["id"] is None:
            session.add(RecognitionCriterion(programme_id=programme_id, **fields))
        else:
            assign(existing[values["id"]], fields)
    session.flush()


def _row(session: Session, programme: RecognitionProgramme) -> ProgrammeRow:
    criteria = session.scalars(
        select(RecognitionCriterion)
        .where(RecognitionCriterion.programme_id == programme.id)
        .order_by(RecognitionCriterion.position, RecognitionCriterion.id)
    )
    return ProgrammeRow(
        id=programme.id,
        name=programme.name,
        name_local=programme.name_local,
        purpose=programme.purpose,
        eligible_kinds=tuple(programme.eligible_kinds),
        categories=tuple(programme.categories),
        selection_rules=programme.selection_rules,
        scale_min=programme.scale_min,
        scale_max=programme.scale_max,
        language=programme.language,
        template_key=programme.template_key,
        criteria=tuple(
            CriterionRow(
                c.id, c.position, c.name, c.name_local, c.description, c.weight, tuple(c.level_descriptors)
            )
            for c in criteria
        ),
        cycle_count=count(session, RecognitionCycle.programme_id, programme.id),
    )


def create_in(session: Session, data: ProgrammeInput, template_key: str | None = None) -> ProgrammeRow:
    """:func:`create_programme` in an open session (the demo district builds its own)."""
    values, criteria = _values(session, data, None)
    programme = RecognitionProgramme(**values, template_key=template_key)
    session.add(programme)
    session.flush()
    _save_criteria(session, programme.id, criteria)
    return _row(session, programme)


def create_programme(db: Database, data: ProgrammeInput) -> ProgrammeRow:
    """Create a programme with its rubric."""
    with db.transaction() as session:
        return create_in(session, data, None)


def _free_name(session: Session, name: str) -> str:
    taken = {other.casefold() for other in session.scalars(select(RecognitionProgramme.name))}
    candidate, number = name, 1
    while candidate.casefold() in taken:
        number += 1
        candidate = f"{name} ({number})"
    return candidate


def create_from_template(db: Database, key: str, name: str | None = None) -> ProgrammeRow:
    """A new programme copied from a shipped template; a second copy is named "… (2)"."""
    from desktop.services.recognition.programme_templates import PROGRAMME_TEMPLATES

    if key not in PROGRAMME_TEMPLATES:
        raise NotFoundError(f"There is no programme template '{key}'.")
    template = PROGRAMME_TEMPLATES[key]
    with db.transaction() as session:
        chosen = name if name is not None and clean(name) else _free_name(session, template.name)
        return create_in(session, replace(template, name=chosen), key)


def update_programme(db: Database, programme_id: int, data: ProgrammeInput) -> ProgrammeRow:
    """Edit a programme and its rubric (criteria matched by id; new ones added, missing ones removed)."""
    with db.transaction() as session:
        programme = get_or_raise(session, RecognitionProgramme, programme_id, "Programme")
        values, criteria = _values(session, data, programme_id)
        _refuse_breaking_changes(session, programme, values, criteria)
        assign(programme, values)
        _save_criteria(session, programme_id, criteria)
        return _row(session, programme)


def delete_programme(db: Database, programme_id: int) -> None:
    """Delete a programme entered by mistake; one with cycles stays."""
    with db.transaction() as session:
        programme = get_or_raise(session, RecognitionProgramme, programme_id, "Programme")
        cycles = count(session, RecognitionCycle.programme_id, programme_id)
        if cycles:
            raise ConflictError(
                f"{programme.name} has {cycles} cycle(s); delete them first, or keep the programme."
            )
        # One by one rather than by the database's cascade, so the audit log records each.
        for criterion in session.scalars(
            select(RecognitionCriterion).where(RecognitionCriterion.programme_id == programme_id)
        ):
            session.delete(criterion)
        session.flush()
        session.delete(programme)


def get_programme(db: Database, programme_id: int) -> ProgrammeRow:
    with db.reading() as session:
        return _row(session, get_or_raise(session, RecognitionProgramme, programme_id, "Programme"))


def list_programmes(db: Database) -> list[ProgrammeRow]:
    """Every programme with its rubric, by name."""
    with db.reading() as session:
        programmes = session.scalars(
            select(RecognitionProgramme).order_by(RecognitionProgramme.name.collate("NOCASE"))
        ).all()
        return [_row(session, programme) for programme in programmes]
