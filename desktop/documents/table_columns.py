"""How wide each column of a table typed in a circular body is printed."""

from __future__ import annotations

import math
from collections.abc import Sequence

from desktop.documents.markup import Span

# In characters of body text: a column keeps room for its longest word, or for its whole text when
# that is short ("10:30 AM", "Member"), plus the cell's padding; headings are bold, so wider. Long
# cells share what is left of a line, about 90 characters wide.
_MIN_COLUMN = 3
_KEEP_WHOLE = 12
_COLUMN_PADDING = 3
_BOLD = 1.2
_LONGEST_USEFUL_CELL = 60
_LINE = 90


def _needs(cells: Sequence[str], heading: str) -> tuple[float, float]:
    """The least and the most room (in characters) one column's texts ask for."""
    longest_cell = max((len(cell) for cell in cells), default=0)
    unbreakable = max((len(word) for cell in cells for word in cell.split()), default=0)
    if longest_cell <= _KEEP_WHOLE:
        unbreakable = longest_cell
    heading_word = max((len(word) for word in heading.split()), default=0) * _BOLD
    least = max(_MIN_COLUMN, unbreakable, heading_word) + _COLUMN_PADDING
    most = max(least, min(max(longest_cell, len(heading) * _BOLD), _LONGEST_USEFUL_CELL) + _COLUMN_PADDING)
    return least, most


def column_widths(rows: Sequence[Sequence[tuple[Span, ...]]]) -> list[str]:
    """Column widths as percentages of the line: a "No." column stays narrow and the columns with
    more text (names, designations) get the room, as a word processor sizes an automatic table."""
    texts = [["".join(span.text for span in cell) for cell in row] for row in rows]
    needs = [_needs(column[1:], column[0]) for column in zip(*texts, strict=True)]
    minimum = [least for least, _most in needs]
    desired = [most for _least, most in needs]
    if sum(desired) <= _LINE:
        shares = desired
    elif sum(minimum) >= _LINE:
        shares = minimum
    else:
        spare = (_LINE - sum(minimum)) / (sum(desired) - sum(minimum))
        shares = [low + (high - low) * spare for low, high in zip(minimum, desired, strict=True)]
    total = sum(shares)
    # Rounded down, so the columns never add up to more than the line.
    return [f"{math.floor(10_000 * share / total) / 100}%" for share in shares]
