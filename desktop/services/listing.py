"""Search and sort in SQL for the table screens: ids in display order first, rows on demand.

Screens ask for the ordered ids of everything matching the search (cheap even at 100,000 rows)
and fetch the columns only for the rows actually shown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, func
from sqlalchemy.orm import Session

from desktop.services.text import search_terms

FETCH_CHUNK = 500


def apply_search(statement: Select, search_column: Any, query: str) -> Select:
    """Every typed word must occur somewhere in the row's search text (case-insensitive, NFC)."""
    for term in search_terms(query):
        statement = statement.where(func.instr(search_column, term) > 0)
    return statement


def apply_sort(
    statement: Select,
    sort_keys: Mapping[str, Sequence[ColumnElement]],
    sort: str,
    descending: bool,
    tie_breaker: ColumnElement,
) -> Select:
    if sort not in sort_keys:
        raise ValueError(f"cannot sort by {sort!r}; known: {', '.join(sort_keys)}")
    order = [key.desc() if descending else key.asc() for key in sort_keys[sort]]
    return statement.order_by(*order, tie_breaker.desc() if descending else tie_breaker.asc())


def ordered_ids(session: Session, statement: Select) -> list[int]:
    return list(session.execute(statement).scalars())


def chunks(ids: Sequence[int], size: int = FETCH_CHUNK) -> list[Sequence[int]]:
    return [ids[start : start + size] for start in range(0, len(ids), size)]
