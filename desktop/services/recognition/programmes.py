"""Recognition programmes and their rubrics: creating, editing, deleting, reading and listing.

A programme's rubric is a list of criteria, each with a weight and one descriptor per level of
the programme's scale. Once reviewers have scored a programme, its scale and its list of criteria
are fixed (scores would lose their meaning); weights and wording may still be corrected.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    RecognitionCriterion,
    RecognitionCycle,
    RecognitionProgramme,
)
from desktop.services.database import Database
from desktop.services.errors import ConflictError, NotFoundError
from desktop.services.i18n import plural, translate
from desktop.services.recognition.programme_checks import (
    SCALE_HIGHEST as SCALE_HIGHEST,
)
from desktop.services.recognition.programme_checks import (
    SCALE_LOWEST as SCALE_LOWEST,
)
from desktop.services.recognition.programme_checks import programme_values, refuse_breaking_changes
from desktop.services.recognition.vocabulary import kinds_text
from desktop.services.records import assign, count, get_or_raise
from desktop.services.text import clean


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
    values, criteria = programme_values(session, data, None)
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
        raise NotFoundError(
            translate("Recognition", "There is no programme template '{key}'.").format(key=key)
        )
    template = PROGRAMME_TEMPLATES[key]
    with db.transaction() as session:
        chosen = name if name is not None and clean(name) else _free_name(session, template.name)
        return create_in(session, replace(template, name=chosen), key)


def update_programme(db: Database, programme_id: int, data: ProgrammeInput) -> ProgrammeRow:
    """Edit a programme and its rubric (criteria matched by id; new ones added, missing ones removed)."""
    with db.transaction() as session:
        programme = get_or_raise(
            session, RecognitionProgramme, programme_id, translate("Recognition", "Programme")
        )
        values, criteria = programme_values(session, data, programme_id)
        refuse_breaking_changes(session, programme, values, criteria)
        assign(programme, values)
        _save_criteria(session, programme_id, criteria)
        return _row(session, programme)


def delete_programme(db: Database, programme_id: int) -> None:
    """Delete a programme entered by mistake; one with cycles stays."""
    with db.transaction() as session:
        programme = get_or_raise(
            session, RecognitionProgramme, programme_id, translate("Recognition", "Programme")
        )
        cycles = count(session, RecognitionCycle.programme_id, programme_id)
        if cycles:
            raise ConflictError(
                plural(
                    cycles,
                    translate(
                        "Recognition", "{programme} has one cycle; delete it first, or keep the programme."
                    ),
                    translate(
                        "Recognition",
                        "{programme} has {count} cycles; delete them first, or keep the programme.",
                    ),
                ).format(programme=programme.name, count=cycles)
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
        return _row(
            session,
            get_or_raise(session, RecognitionProgramme, programme_id, translate("Recognition", "Programme")),
        )


def list_programmes(db: Database) -> list[ProgrammeRow]:
    """Every programme with its rubric, by name."""
    with db.reading() as session:
        programmes = session.scalars(
            select(RecognitionProgramme).order_by(RecognitionProgramme.name.collate("NOCASE"))
        ).all()
        return [_row(session, programme) for programme in programmes]
