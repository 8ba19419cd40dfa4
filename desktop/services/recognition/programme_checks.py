"""The checks of a programme's form (its name, scale, kinds of nominee, categories and rubric), and
the changes refused once reviewers have scored under it or nominations depend on it."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    RecognitionCriterion,
    RecognitionCycle,
    RecognitionNomination,
    RecognitionProgramme,
    RecognitionScore,
)
from desktop.services.errors import ConflictError
from desktop.services.i18n import plural, translate
from desktop.services.recognition.vocabulary import NOMINEE_KINDS, REGIONAL_LANGUAGES
from desktop.services.text import clean, clean_multiline
from desktop.services.validation import FieldErrors

if TYPE_CHECKING:
    from desktop.services.recognition.programmes import ProgrammeInput

SCALE_LOWEST = 0
SCALE_HIGHEST = 10


def _check_name(session: Session, name: str, own_id: int | None, errors: FieldErrors) -> None:
    for other_id, other_name in session.execute(select(RecognitionProgramme.id, RecognitionProgramme.name)):
        if other_id != own_id and other_name.casefold() == name.casefold():
            errors.add(
                "name",
                translate(
                    "Recognition",
                    "A programme named {name} already exists; give this one another name.",
                ).format(name=other_name),
            )
            return


def _check_scale(data: ProgrammeInput, errors: FieldErrors) -> bool:
    if not isinstance(data.scale_min, int) or not isinstance(data.scale_max, int):
        errors.add(
            "scale_max",
            translate("Recognition", "The scale's lowest and highest levels must be whole numbers."),
        )
        return False
    if data.scale_min < SCALE_LOWEST:
        errors.add(
            "scale_min",
            translate("Recognition", "The scale cannot start below {lowest} (it starts at {start}).").format(
                lowest=SCALE_LOWEST, start=data.scale_min
            ),
        )
        return False
    if data.scale_max <= data.scale_min:
        errors.add(
            "scale_max",
            translate(
                "Recognition",
                "The scale's highest level ({highest}) must be above its lowest ({lowest}).",
            ).format(highest=data.scale_max, lowest=data.scale_min),
        )
        return False
    if data.scale_max > SCALE_HIGHEST:
        errors.add(
            "scale_max",
            translate("Recognition", "The scale can go up to {highest} at most, not {end}.").format(
                highest=SCALE_HIGHEST, end=data.scale_max
            ),
        )
        return False
    return True


def _eligible_kinds(data: ProgrammeInput, errors: FieldErrors) -> list[str]:
    unknown = [kind for kind in data.eligible_kinds if kind not in NOMINEE_KINDS]
    if unknown:
        errors.add(
            "eligible_kinds",
            plural(
                len(unknown),
                translate("Recognition", "Unknown kind of nominee: {kinds}."),
                translate("Recognition", "Unknown kinds of nominee: {kinds}."),
            ).format(kinds=", ".join(unknown)),
        )
    kinds = [kind for kind in NOMINEE_KINDS if kind in data.eligible_kinds]
    if not kinds and not unknown:
        errors.add(
            "eligible_kinds",
            translate("Recognition", "Choose who may be nominated: at least one kind of person or unit."),
        )
    return kinds


def _categories(data: ProgrammeInput, errors: FieldErrors) -> list[str]:
    categories: list[str] = []
    for raw in data.categories:
        category = clean(raw)
        if len(category) > 120:
            errors.add(
                "categories",
                translate(
                    "Recognition", "Category '{category}…' is {count} characters; at most 120 fit."
                ).format(category=category[:40], count=len(category)),
            )
        elif category and category.casefold() not in {c.casefold() for c in categories}:
            categories.append(category)
    return categories


def _criteria(data: ProgrammeInput, scale_ok: bool, errors: FieldErrors) -> list[dict[str, Any]]:
    if not data.criteria:
        errors.add("criteria", translate("Recognition", "The rubric needs at least one criterion."))
    levels = data.scale_max - data.scale_min + 1 if scale_ok else None
    seen: set[str] = set()
    criteria = []
    for index, criterion in enumerate(data.criteria):
        key = f"criteria.{index}"
        number = index + 1
        name = errors.required(
            f"{key}.name",
            criterion.name,
            translate("Recognition", "The name of criterion {number}").format(number=number),
            200,
        )
        if name:
            label = translate("Recognition", "Criterion '{name}'").format(name=name)
        else:
            label = translate("Recognition", "Criterion {number}").format(number=number)
        if name and name.casefold() in seen:
            errors.add(
                f"{key}.name",
                translate("Recognition", "Two criteria are named '{name}'; each needs its own name.").format(
                    name=name
                ),
            )
        seen.add(name.casefold())
        weight = criterion.weight
        if isinstance(weight, bool) or not isinstance(weight, int | float) or not math.isfinite(weight):
            errors.add(
                f"{key}.weight",
                translate("Recognition", "{criterion} needs a weight that is a number.").format(
                    criterion=label
                ),
            )
        elif weight <= 0:
            errors.add(
                f"{key}.weight",
                translate(
                    "Recognition", "{criterion} has weight {weight:g}; a weight must be above 0."
                ).format(criterion=label, weight=weight),
            )
        descriptors = [clean(text) for text in criterion.level_descriptors]
        if levels is not None and len(descriptors) != levels:
            errors.add(
                f"{key}.level_descriptors",
                plural(
                    len(descriptors),
                    translate(
                        "Recognition",
                        "{criterion} has {count} level descriptor; "
                        "the scale {lowest} to {highest} needs {levels}, one for each level.",
                    ),
                    translate(
                        "Recognition",
                        "{criterion} has {count} level descriptors; "
                        "the scale {lowest} to {highest} needs {levels}, one for each level.",
                    ),
                ).format(
                    criterion=label,
                    count=len(descriptors),
                    lowest=data.scale_min,
                    highest=data.scale_max,
                    levels=levels,
                ),
            )
        elif levels is not None and "" in descriptors:
            level = data.scale_min + descriptors.index("")
            errors.add(
                f"{key}.level_descriptors",
                translate("Recognition", "{criterion} has no descriptor for level {level}.").format(
                    criterion=label, level=level
                ),
            )
        criteria.append(
            {
                "id": criterion.id,
                "position": index,
                "name": name,
                "name_local": errors.optional(
                    f"{key}.name_local",
                    criterion.name_local,
                    translate("Recognition", "{criterion}'s local name").format(criterion=label),
                    200,
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
        errors.add(
            field,
            translate("Validation", "{label} is {length} characters long; at most {max_length} fit.").format(
                label=label, length=len(text), max_length=max_length
            ),
        )
    return text


def programme_values(
    session: Session, data: ProgrammeInput, own_id: int | None
) -> tuple[dict[str, Any], list[dict]]:
    """The programme's columns and its criteria, or a ValidationError with every problem."""
    errors = FieldErrors()
    name = errors.required("name", data.name, translate("Recognition", "Programme name"), 200)
    if name:
        _check_name(session, name, own_id, errors)
    kinds = _eligible_kinds(data, errors)
    scale_ok = _check_scale(data, errors)
    criteria = _criteria(data, scale_ok, errors)
    if data.language not in REGIONAL_LANGUAGES:
        errors.add(
            "language",
            translate(
                "Recognition", "The regional language must be one of {values}, not '{language}'."
            ).format(values=", ".join(REGIONAL_LANGUAGES.values()), language=data.language),
        )
    values = {
        "name": name,
        "name_local": errors.optional(
            "name_local", data.name_local, translate("Recognition", "Local name"), 200
        ),
        "purpose": _multiline_text(
            errors, "purpose", data.purpose, translate("Recognition", "Purpose"), 5000
        ),
        "eligible_kinds": kinds,
        "categories": _categories(data, errors),
        "selection_rules": _multiline_text(
            errors,
            "selection_rules",
            data.selection_rules,
            translate("Recognition", "Selection rules"),
            10000,
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


def refuse_breaking_changes(
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
            translate(
                "Recognition",
                "Criterion #{number} is not part of {programme}'s rubric "
                "(it may have been removed meanwhile); reopen the programme and edit it again.",
            ).format(number=strangers[0], programme=programme.name)
        )
    scores = _score_count(session, programme.id)
    if scores:
        removed = [c.name for c_id, c in existing.items() if c_id not in {d["id"] for d in criteria}]
        if removed:
            raise ConflictError(
                plural(
                    scores,
                    translate(
                        "Recognition",
                        "Reviewers have already given one score under {programme}'s rubric; "
                        "criterion '{criterion}' cannot be removed now, or the totals already given would "
                        "change meaning. Correct its wording or weight instead.",
                    ),
                    translate(
                        "Recognition",
                        "Reviewers have already given {count} scores under {programme}'s rubric; "
                        "criterion '{criterion}' cannot be removed now, or the totals already given would "
                        "change meaning. Correct its wording or weight instead.",
                    ),
                ).format(count=scores, programme=programme.name, criterion=removed[0])
            )
        if (values["scale_min"], values["scale_max"]) != (programme.scale_min, programme.scale_max):
            raise ConflictError(
                plural(
                    scores,
                    translate(
                        "Recognition",
                        "Reviewers have already given one score on {programme}'s scale of {lowest} to "
                        "{highest}; the scale cannot change now.",
                    ),
                    translate(
                        "Recognition",
                        "Reviewers have already given {count} scores on {programme}'s scale of {lowest} to "
                        "{highest}; the scale cannot change now.",
                    ),
                ).format(
                    count=scores,
                    programme=programme.name,
                    lowest=programme.scale_min,
                    highest=programme.scale_max,
                )
            )
    for kind in set(programme.eligible_kinds) - set(values["eligible_kinds"]):
        used = _nomination_count(session, programme.id, RecognitionNomination.nominee_kind == kind)
        if used:
            raise ConflictError(
                plural(
                    used,
                    translate(
                        "Recognition",
                        "One nomination under {programme} is of kind {kind}; "
                        "it must stay eligible while it is on record.",
                    ),
                    translate(
                        "Recognition",
                        "{count} nominations under {programme} are of kind {kind}; "
                        "it must stay eligible while they are on record.",
                    ),
                ).format(
                    count=used, programme=programme.name, kind=translate("Recognition", NOMINEE_KINDS[kind])
                )
            )
    kept = {c.casefold() for c in values["categories"]}
    for category in programme.categories:
        if category.casefold() not in kept:
            used = _nomination_count(session, programme.id, RecognitionNomination.category == category)
            if used:
                raise ConflictError(
                    plural(
                        used,
                        translate(
                            "Recognition",
                            "One nomination under {programme} is in category '{category}'; "
                            "it cannot be removed while it is on record.",
                        ),
                        translate(
                            "Recognition",
                            "{count} nominations under {programme} are in category '{category}'; "
                            "it cannot be removed while they are on record.",
                        ),
                    ).format(count=used, programme=programme.name, category=category)
                )
