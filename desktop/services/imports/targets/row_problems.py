"""Problems collected column by column, built only for the rows that fail, reported by row."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from desktop.services.imports.problems import ImportProblem
from desktop.services.imports.target import MappedRows

# For a failing row's position: (the value shown, why it is wrong, what was expected).
Describe = Callable[[int], tuple[str | None, str, str | None]]


@dataclass
class RowProblems:
    """``bad`` marks every row with at least one problem; such rows are never stored."""

    rows: MappedRows
    bad: np.ndarray
    found: list[tuple[int, int, ImportProblem]] = field(default_factory=list)

    @classmethod
    def for_rows(cls, rows: MappedRows) -> RowProblems:
        return cls(rows, np.zeros(len(rows.frame), dtype=bool))

    def add(self, mask: np.ndarray, key: str, describe: Describe) -> None:
        """A problem in the column of ``key`` for each row in ``mask``."""
        order = len(self.found)
        for position in np.flatnonzero(mask).tolist():
            value, reason, expected = describe(position)
            self.found.append((position, order, self.rows.problem(position, key, value, reason, expected)))
        self.bad |= mask

    def extend(self, problems: list[ImportProblem], bad: np.ndarray) -> None:
        """Problems found elsewhere (the school column), with the rows they make bad."""
        self.found.extend((-1, -1, problem) for problem in problems)
        self.bad |= bad

    def sorted(self) -> list[ImportProblem]:
        """Every problem, by file and row, in the order the columns were checked."""
        items = sorted(self.found, key=lambda item: (item[2].file_name, item[2].row or 0, item[1]))
        return [problem for _position, _order, problem in items]
