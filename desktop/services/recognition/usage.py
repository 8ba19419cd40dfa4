"""Records that take part in recognition cycles stay on record: the delete actions of people,
schools, clusters, offices and organisations ask here first."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    RecognitionCycle,
    RecognitionNomination,
    RecognitionNominator,
    RecognitionProgramme,
    RecognitionReviewer,
)
from desktop.services.errors import ConflictError
from desktop.services.i18n import plural, translate
from desktop.services.recognition.cycles import cycle_label

# How each kind of record can take part in recognition: (column, role in the refusal message).
_USES: dict[str, tuple[tuple[object, str], ...]] = {
    "person": (
        (RecognitionNomination.person_id, "nominated"),
        (RecognitionNominator.person_id, "nominator"),
        (RecognitionReviewer.person_id, "reviewer"),
        (RecognitionCycle.signatory_person_id, "signatory"),
    ),
    "school": ((RecognitionNomination.school_id, "nominated"),),
    "cluster": ((RecognitionNomination.cluster_id, "nominated"),),
    "office": (
        (RecognitionNominator.office_id, "nominator"),
        (RecognitionCycle.office_id, "issuer"),
    ),
    "organisation": ((RecognitionNominator.organisation_id, "nominator"),),
}


def _messages(role: str) -> tuple[str, str]:
    """The refusal for one cycle and for several, for each way of taking part."""
    if role == "nominated":
        return (
            translate(
                "Recognition",
                "{name} is nominated in {count} recognition cycle ({cycles}); it stays on record while they do.",
            ),
            translate(
                "Recognition",
                "{name} is nominated in {count} recognition cycles ({cycles}); it stays on record while they do.",
            ),
        )
    if role == "nominator":
        return (
            translate(
                "Recognition",
                "{name} nominated someone in {count} recognition cycle ({cycles}); "
                "it stays on record while they do.",
            ),
            translate(
                "Recognition",
                "{name} nominated someone in {count} recognition cycles ({cycles}); "
                "it stays on record while they do.",
            ),
        )
    if role == "reviewer":
        return (
            translate(
                "Recognition",
                "{name} reviews nominations in {count} recognition cycle ({cycles}); "
                "it stays on record while they do.",
            ),
            translate(
                "Recognition",
                "{name} reviews nominations in {count} recognition cycles ({cycles}); "
                "it stays on record while they do.",
            ),
        )
    if role == "signatory":
        return (
            translate(
                "Recognition",
                "{name} signs for {count} recognition cycle ({cycles}); it stays on record while they do.",
            ),
            translate(
                "Recognition",
                "{name} signs for {count} recognition cycles ({cycles}); it stays on record while they do.",
            ),
        )
    return (
        translate(
            "Recognition",
            "{name} issues the letters of {count} recognition cycle ({cycles}); it stays on record while they do.",
        ),
        translate(
            "Recognition",
            "{name} issues the letters of {count} recognition cycles ({cycles}); "
            "it stays on record while they do.",
        ),
    )


def refuse_if_in_recognition(session: Session, name: str, kind: str, record_id: int) -> None:
    """Raise ConflictError naming the cycles if the person, school, cluster, office or
    organisation ``record_id`` takes part in one (for the delete actions of those records)."""
    for column, role in _USES[kind]:
        model = column.class_  # type: ignore[attr-defined]
        statement = select(RecognitionCycle.name, RecognitionProgramme.name).join(
            RecognitionProgramme, RecognitionProgramme.id == RecognitionCycle.programme_id
        )
        if model is RecognitionNominator:
            statement = statement.join(
                RecognitionNomination, RecognitionNomination.cycle_id == RecognitionCycle.id
            ).join(RecognitionNominator, RecognitionNominator.nomination_id == RecognitionNomination.id)
        elif model is not RecognitionCycle:
            statement = statement.join(model, model.cycle_id == RecognitionCycle.id)
        cycles = session.execute(statement.where(column == record_id).distinct()).all()
        if cycles:
            labels = sorted(cycle_label(cycle, programme) for cycle, programme in cycles)
            message = plural(len(labels), *_messages(role))
            raise ConflictError(message.format(name=name, count=len(labels), cycles=", ".join(labels)))
