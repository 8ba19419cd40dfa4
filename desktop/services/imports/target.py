"""What every import target (schools, indicators, assessment results) offers the import pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy.orm import Session

from db.models import AssessmentRound, ImportBatch
from desktop.services.imports.problems import ImportProblem, ProposedRepair
from desktop.services.progress import NO_PROGRESS, Progress

if TYPE_CHECKING:  # pandas takes 0.4 s to load: not when the Baseline page is built at start-up
    import numpy as np
    import pandas as pd


@dataclass(frozen=True)
class TargetField:
    """A field the target stores; ``aliases`` are header words that suggest a column for it."""

    key: str
    label: str
    required: bool = False
    aliases: tuple[str, ...] = ()
    # Shown beside the field in the wizard: what the cells should hold.
    expected: str = ""
    # A value typed in the wizard instead of a column (e.g. the subject of a one-subject file).
    fixed_allowed: bool = False
    # Free text (names, ids): the apostrophe this app's exports put before a leading =, +, - or @
    # is taken off again, so an exported file imports back unchanged.
    free_text: bool = False


@dataclass(frozen=True)
class ImportOptions:
    """Choices the user makes besides the mapping."""

    round_id: int | None = None
    accept_repairs: bool = False  # apply the proposed UDISE repairs
    keep_names: bool = False  # store student names (otherwise only the pseudonymous id)
    alias_system: str | None = None  # whose ids the "other id" column holds, e.g. "KLP"


@dataclass
class MappedRows:
    """The file's rows with one text column per mapped field key (fixed values repeated)."""

    frame: pd.DataFrame
    row_numbers: np.ndarray
    file_names: np.ndarray  # per row; equal where the import has one file
    sheet: str | None
    column_of: dict[str, str]  # field key -> the header shown in messages (or "(typed: value)")
    source_sha256: str = ""  # of the file(s): keys rows of files that have no student id

    def problem(
        self, position: int, key: str, value: str | None, reason: str, expected: str | None = None
    ) -> ImportProblem:
        """A problem at frame row ``position`` (0-based), in the column mapped to ``key``."""
        return ImportProblem(
            str(self.file_names[position]),
            int(self.row_numbers[position]),
            self.column_of.get(key, key),
            value,
            reason,
            expected,
            self.sheet,
        )


@dataclass
class Counts:
    """How many rows of the file a check or an import found in each state."""

    create: int = 0
    update: int = 0
    unchanged: int = 0
    error_rows: int = 0  # rows with at least one problem; never stored
    repaired: int = 0  # rows whose UDISE code was repaired (with the user's consent)
    normalised: int = 0  # codes written with spaces or as numbers, read as the plain code

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass
class CheckResult:
    """A target's verdict on every row: what would be created or updated, and what is wrong.

    ``payload`` is the target's own cleaned data of the rows without errors, handed back to its
    ``write``; ``preview`` shows the first rows as they will be stored (field label -> value).
    """

    counts: Counts
    problems: list[ImportProblem] = field(default_factory=list)
    repairs: list[ProposedRepair] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    preview: list[dict[str, str]] = field(default_factory=list)
    payload: Any = None


class ImportTarget(Protocol):
    key: str  # "schools" | "indicators" | "assessment"
    label: str
    needs_round: bool
    fields: tuple[TargetField, ...]

    def check(
        self,
        session: Session,
        rows: MappedRows,
        options: ImportOptions,
        round_: AssessmentRound | None,
        progress: Progress = NO_PROGRESS,
    ) -> CheckResult:
        """Validate every row against the database, read-only: problems, repairs, counts."""
        ...

    def write(self, session: Session, checked: CheckResult, batch: ImportBatch, progress: Progress) -> None:
        """Store ``checked.payload`` in the open transaction, recording what ``batch`` changed."""
        ...

    def undo(self, session: Session, batch: ImportBatch) -> None:
        """Take back everything ``batch`` stored, in the open transaction."""
        ...
