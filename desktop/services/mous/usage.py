"""Records an MoU refers to cannot be deleted from under it: the refusal names the MoUs."""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Mou
from desktop.services.errors import ConflictError
from desktop.services.i18n import plural, translate

Role = Literal["covered", "party", "signs", "nodal"]


def _messages(role: Role) -> tuple[str, str]:
    """The refusal for one MoU and for several, for each way a record takes part in MoUs."""
    if role == "covered":
        return (
            translate(
                "MoUs", "{name} is covered by {count} MoU ({references}); it stays on record while they do."
            ),
            translate(
                "MoUs", "{name} is covered by {count} MoUs ({references}); it stays on record while they do."
            ),
        )
    if role == "party":
        return (
            translate(
                "MoUs", "{name} is a party to {count} MoU ({references}); it stays on record while they do."
            ),
            translate(
                "MoUs", "{name} is a party to {count} MoUs ({references}); it stays on record while they do."
            ),
        )
    if role == "signs":
        return (
            translate(
                "MoUs",
                "{name} signs for the district in {count} MoU ({references}); it stays on record while they do.",
            ),
            translate(
                "MoUs",
                "{name} signs for the district in {count} MoUs ({references}); it stays on record while they do.",
            ),
        )
    return (
        translate(
            "MoUs",
            "{name} is the nodal officer of {count} MoU ({references}); it stays on record while they do.",
        ),
        translate(
            "MoUs",
            "{name} is the nodal officer of {count} MoUs ({references}); it stays on record while they do.",
        ),
    )


def refuse_if_in_mous(session: Session, name: str, column: Any, value: int, role: Role) -> None:
    """Raise ConflictError if any MoU refers to ``value`` through ``column`` (a column of Mou or of
    one of its parts); ``role`` says how: "covered" (by), "party" (to), "signs" (for the district
    in) or "nodal" (officer of)."""
    model = column.class_
    statement = select(Mou.reference).where(column == value).distinct().order_by(Mou.reference)
    if model is not Mou:
        statement = statement.join(model, model.mou_id == Mou.id)
    references = session.scalars(statement).all()
    if references:
        shown = ", ".join(references[:3])
        if len(references) > 3:
            shown = translate("MoUs", "{references} and {count} more").format(
                references=shown, count=len(references) - 3
            )
        message = plural(len(references), *_messages(role))
        raise ConflictError(message.format(name=name, count=len(references), references=shown))
