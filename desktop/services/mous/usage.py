"""Records an MoU refers to cannot be deleted from under it: the refusal names the MoUs."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Mou
from desktop.services.errors import ConflictError


def refuse_if_in_mous(session: Session, name: str, column: Any, value: int, role: str) -> None:
    """Raise ConflictError if any MoU refers to ``value`` through ``column`` (a column of Mou or of
    one of its parts); ``role`` says how, as in "is a party to" or "is covered by"."""
    model = column.class_
    statement = select(Mou.reference).where(column == value).distinct().order_by(Mou.reference)
    if model is not Mou:
        statement = statement.join(model, model.mou_id == Mou.id)
    references = session.scalars(statement).all()
    if references:
        shown = ", ".join(references[:3]) + (
            f" and {len(references) - 3} more" if len(references) > 3 else ""
        )
        raise ConflictError(
            f"{name} {role} {len(references)} MoU{'' if len(references) == 1 else 's'} ({shown}); "
            "it stays on record while they do."
        )
