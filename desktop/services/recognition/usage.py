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
from desktop.services.recognition.cycles import cycle_label

# How each kind of record can take part in recognition: (column, role in the refusal message).
_USES: dict[str, tuple[tuple[object, str], ...]] = {
    "person": (
        (RecognitionNomination.person_id, "is nominated in"),
        (RecognitionNominator.person_id, "nominated someone in"),
        (RecognitionReviewer.person_id, "reviews nominations in"),
        (RecognitionCycle.signatory_person_id, "signs for"),
    ),
    "school": ((RecognitionNomination.school_id, "is nominated in"),),
    "cluster": ((RecognitionNomination.cluster_id, "is nominated in"),),
    "office": (
        (RecognitionNominator.office_id, "nominated someone in"),
        (RecognitionCycle.office_id, "issues the letters of"),
    ),
    "organisation": ((RecognitionNominator.organisation_id, "nominated someone in"),),
}


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
            raise ConflictError(
                f"{name} {role} {len(labels)} recognition cycle(s) ({', '.join(labels)}); "
                "it stays on record while they do."
            )
