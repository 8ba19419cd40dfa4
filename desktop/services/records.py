"""Small helpers shared by the entity services."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.services.errors import NotFoundError
from desktop.services.i18n import translate

T = TypeVar("T")


def get_or_raise(session: Session, model: type[T], record_id: int, label: str) -> T:
    """The row with ``record_id`` or a :class:`NotFoundError` saying it no longer exists."""
    obj = session.get(model, record_id)
    if obj is None:
        message = translate("Records", "{label} #{id} no longer exists; it may have been deleted.")
        raise NotFoundError(message.format(label=label, id=record_id))
    return obj


def is_taken(session: Session, column: Any, value: Any, own_id: int | None) -> bool:
    """True when another row than ``own_id`` already has ``value`` in ``column``."""
    model = column.class_
    statement = select(func.count()).select_from(model).where(column == value)
    if own_id is not None:
        statement = statement.where(model.id != own_id)
    return bool(session.scalar(statement))


def count(session: Session, column: Any, value: Any) -> int:
    return int(session.scalar(select(func.count()).where(column == value)) or 0)


def assign(obj: Any, values: dict[str, Any]) -> None:
    for key, value in values.items():
        setattr(obj, key, value)
