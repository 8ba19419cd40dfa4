"""What an import found wrong with a file, and the repairs it proposes: each names the place."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.errors import ValidationError

MAX_LISTED_PROBLEMS = 20


@dataclass(frozen=True)
class ImportProblem:
    """One thing wrong with the file; ``row`` is the row number a spreadsheet shows."""

    file_name: str
    row: int | None
    column: str | None
    value: str | None
    reason: str
    expected: str | None = None
    sheet: str | None = None

    @property
    def message(self) -> str:
        place = [self.file_name]
        if self.sheet:
            place.append(f"sheet {self.sheet}")
        if self.row is not None:
            place.append(f"row {self.row}")
        if self.column:
            place.append(f'column "{self.column}"')
        what = f'"{self.value}" {self.reason}' if self.value else self.reason[:1].upper() + self.reason[1:]
        return f"{', '.join(place)}: {what}" + (f"; expected {self.expected}." if self.expected else ".")


@dataclass(frozen=True)
class ProposedRepair:
    """A value the import could correct (a UDISE code that lost its leading zero); applied only
    when the user accepts the repairs, otherwise the row is in error."""

    file_name: str
    row: int
    column: str
    original: str
    repaired: str
    reason: str
    sheet: str | None = None

    @property
    def message(self) -> str:
        place = ", ".join(
            p for p in (self.file_name, self.sheet and f"sheet {self.sheet}", f"row {self.row}") if p
        )
        return f'{place}, column "{self.column}": "{self.original}" → "{self.repaired}" ({self.reason})'


def problems_text(heading: str, problems: list[ImportProblem]) -> str:
    """``heading`` and the first problems, one a line, with a count of the rest."""
    lines = [heading, *(problem.message for problem in problems[:MAX_LISTED_PROBLEMS])]
    if len(problems) > MAX_LISTED_PROBLEMS:
        lines.append(f"… and {len(problems) - MAX_LISTED_PROBLEMS} more.")
    return "\n".join(lines)


class FileProblemsError(ValidationError):
    """A file that cannot be imported at all; ``problems`` holds every reason."""

    def __init__(self, file_name: str, problems: list[ImportProblem]) -> None:
        self.problems = problems
        count = len(problems)
        heading = (
            f"{file_name} was not imported and nothing was saved: "
            f"{count} problem{'s' if count != 1 else ''} to correct first."
        )
        super().__init__({"file": problems_text(heading, problems)})
