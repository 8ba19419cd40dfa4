"""What an import found wrong with a file, and the repairs it proposes: each names the place."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.errors import ValidationError
from desktop.services.i18n import plural, translate

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
        """The problem in one line, in the interface's language (``reason`` and ``expected`` are
        phrases already translated where the problem was found)."""
        place = [self.file_name]
        if self.sheet:
            place.append(translate("Imports", "sheet {sheet}").format(sheet=self.sheet))
        if self.row is not None:
            place.append(translate("Imports", "row {row}").format(row=self.row))
        if self.column:
            place.append(translate("Imports", 'column "{column}"').format(column=self.column))
        if self.value and self.expected:
            message = translate("Imports", '{place}: "{value}" {reason}; expected {expected}.')
        elif self.value:
            message = translate("Imports", '{place}: "{value}" {reason}.')
        elif self.expected:
            message = translate("Imports", "{place}: {reason}; expected {expected}.")
        else:
            message = translate("Imports", "{place}: {reason}.")
        reason = self.reason if self.value else self.reason[:1].upper() + self.reason[1:]
        return message.format(place=", ".join(place), value=self.value, reason=reason, expected=self.expected)


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
        place = [self.file_name]
        if self.sheet:
            place.append(translate("Imports", "sheet {sheet}").format(sheet=self.sheet))
        place.append(translate("Imports", "row {row}").format(row=self.row))
        message = translate("Imports", '{place}, column "{column}": "{original}" → "{repaired}" ({reason})')
        return message.format(
            place=", ".join(place),
            column=self.column,
            original=self.original,
            repaired=self.repaired,
            reason=self.reason,
        )


def problems_text(heading: str, problems: list[ImportProblem]) -> str:
    """``heading`` and the first problems, one a line, with a count of the rest."""
    lines = [heading, *(problem.message for problem in problems[:MAX_LISTED_PROBLEMS])]
    if len(problems) > MAX_LISTED_PROBLEMS:
        lines.append(
            translate("Imports", "… and {count} more.").format(count=len(problems) - MAX_LISTED_PROBLEMS)
        )
    return "\n".join(lines)


class FileProblemsError(ValidationError):
    """A file that cannot be imported at all; ``problems`` holds every reason."""

    def __init__(self, file_name: str, problems: list[ImportProblem]) -> None:
        self.problems = problems
        count = len(problems)
        heading = plural(
            count,
            translate(
                "Imports", "{file} was not imported and nothing was saved: {count} problem to correct first."
            ),
            translate(
                "Imports", "{file} was not imported and nothing was saved: {count} problems to correct first."
            ),
        ).format(file=file_name, count=count)
        super().__init__({"file": problems_text(heading, problems)})
