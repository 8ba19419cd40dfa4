"""The small markup office staff write circular bodies in.

    Every line is a paragraph; blank lines are ignored (spacing is automatic).
    - A line starting with "- " or "• " is a bullet point.
    1. A line starting with "1. " or "1) " is a numbered point (numbering follows the first number).
    | A table | is lines | starting with "|" |   <- the first row is the heading row;
    |---|---|---|                              <- a row of dashes under it is allowed and skipped.
    *bold* and _italic_, as in WhatsApp.

Everything else is text: "<", ">" and "&" are printed as typed, never read as ReportLab markup,
so nothing a user types can break the PDF. What the layout cannot take is refused with the line
(and column) it is on: control characters, tables with uneven rows or too many columns, a body
longer than the limits.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from desktop.services.errors import DomainError
from desktop.services.i18n import plural, translate

MAX_BODY_CHARACTERS = 20_000
MAX_LINE_CHARACTERS = 3_000
MAX_TABLE_COLUMNS = 8
MAX_TABLE_ROWS = 300

_BULLET = re.compile(r"^\s*[-•]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*(\d{1,3})[.)]\s+(.*)$")
_RULE_ROW = re.compile(r"^\|?[\s:|-]*-[\s:|-]*\|?$")
# WhatsApp's rule: a marker opens before a non-space and closes after one, at word boundaries.
_EMPHASIS = re.compile(r"(?<![\w*_])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*_])")


class MarkupError(DomainError):
    """The body cannot be laid out; ``line`` and ``column`` count from 1 as an editor shows them,
    ``problem`` says what is wrong there (translated, like the whole message)."""

    def __init__(self, line: int, problem: str, column: int | None = None) -> None:
        if column:
            where = translate("Documents", "Line {line}, column {column}: {problem}")
        else:
            where = translate("Documents", "Line {line}: {problem}")
        super().__init__(where.format(line=line, column=column, problem=problem))
        self.line = line
        self.column = column
        self.problem = problem


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class ParagraphBlock:
    spans: tuple[Span, ...]
    line: int


@dataclass(frozen=True)
class ListBlock:
    items: tuple[tuple[Span, ...], ...]
    ordered: bool
    start: int
    line: int


@dataclass(frozen=True)
class TableBlock:
    rows: tuple[tuple[tuple[Span, ...], ...], ...]
    line: int


Block = ParagraphBlock | ListBlock | TableBlock


def parse_spans(text: str) -> tuple[Span, ...]:
    """Split a line into plain, *bold* and _italic_ spans (markers may nest once: *_both_*)."""
    spans: list[Span] = []

    def add(part: str, bold: bool, italic: bool) -> None:
        if not part:
            return
        inner_position = 0
        for match in _EMPHASIS.finditer(part):
            if match.start() > inner_position:
                spans.append(Span(part[inner_position : match.start()], bold, italic))
            marker, inner = match.group(1), match.group(2)
            if (marker == "*" and bold) or (marker == "_" and italic):
                spans.append(Span(match.group(0), bold, italic))  # already in that style: keep as typed
            else:
                add(inner, bold or marker == "*", italic or marker == "_")
            inner_position = match.end()
        if inner_position < len(part):
            spans.append(Span(part[inner_position:], bold, italic))

    add(text, False, False)
    return tuple(spans)


def _check_characters(line: str, number: int) -> None:
    for column, char in enumerate(line, start=1):
        if char != "\t" and unicodedata.category(char) == "Cc":
            problem = translate("Documents", "the invisible control character {code} cannot be printed.")
            raise MarkupError(number, problem.format(code=f"U+{ord(char):04X}"), column)
    if len(line) > MAX_LINE_CHARACTERS:
        problem = translate("Documents", "the line has {count} characters; at most {most} fit.")
        raise MarkupError(number, problem.format(count=f"{len(line):,}", most=f"{MAX_LINE_CHARACTERS:,}"))


@dataclass
class _Builder:
    blocks: list[Block] = field(default_factory=list)
    items: list[tuple[Span, ...]] = field(default_factory=list)
    ordered: bool = False
    start: int = 1
    list_line: int = 0
    rows: list[tuple[tuple[Span, ...], ...]] = field(default_factory=list)
    table_line: int = 0

    def flush_list(self) -> None:
        if self.items:
            self.blocks.append(ListBlock(tuple(self.items), self.ordered, self.start, self.list_line))
            self.items = []

    def flush_table(self) -> None:
        if self.rows:
            self.blocks.append(TableBlock(tuple(self.rows), self.table_line))
            self.rows = []

    def list_item(self, text: str, ordered: bool, number: int, line: int) -> None:
        self.flush_table()
        if self.items and self.ordered != ordered:
            self.flush_list()
        if not self.items:
            self.ordered, self.start, self.list_line = ordered, number, line
        self.items.append(parse_spans(text))

    def table_row(self, text: str, line: int) -> None:
        self.flush_list()
        if _RULE_ROW.match(text) and len(self.rows) == 1:
            return  # the dashes under the heading row
        cells = text.strip()
        cells = cells[1:] if cells.startswith("|") else cells
        cells = cells[:-1] if cells.endswith("|") else cells
        row = tuple(parse_spans(cell.strip()) for cell in cells.split("|"))
        if len(row) > MAX_TABLE_COLUMNS:
            problem = translate("Documents", "the table row has {count} columns; at most {most} fit on A4.")
            raise MarkupError(line, problem.format(count=len(row), most=MAX_TABLE_COLUMNS))
        if self.rows and len(row) != len(self.rows[0]):
            problem = translate(
                "Documents",
                "this table row has {cells} but the table's first row (line {first_line}) has "
                "{first_cells}; every row needs the same number of | separators.",
            )
            raise MarkupError(
                line,
                problem.format(
                    cells=_cells(len(row)), first_line=self.table_line, first_cells=_cells(len(self.rows[0]))
                ),
            )
        if not self.rows:
            self.table_line = line
        if len(self.rows) >= MAX_TABLE_ROWS:
            problem = translate("Documents", "a table may have at most {most} rows; split it in two.")
            raise MarkupError(line, problem.format(most=MAX_TABLE_ROWS))
        self.rows.append(row)


def _cells(count: int) -> str:
    one, many = translate("Documents", "{count} cell"), translate("Documents", "{count} cells")
    return plural(count, one, many).format(count=count)


def table_cell(text: str | None) -> str:
    """Typed text put into one cell of a ``|`` table: on one line, a "|" (which would start another
    cell) shown as "/"."""
    return " ".join((text or "").split()).replace("|", "/")


def parse_body(text: str) -> list[Block]:
    """The blocks of a circular body; raises :class:`MarkupError` for what cannot be printed."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if len(text) > MAX_BODY_CHARACTERS:
        problem = translate(
            "Documents",
            "the body has {count} characters; at most {most} fit in a circular. Attach long material "
            "as an annexure.",
        )
        raise MarkupError(
            text.count("\n", 0, MAX_BODY_CHARACTERS) + 1,
            problem.format(count=f"{len(text):,}", most=f"{MAX_BODY_CHARACTERS:,}"),
        )
    builder = _Builder()
    for number, line in enumerate(text.split("\n"), start=1):
        _check_characters(line, number)
        if not line.strip():
            builder.flush_list()
            builder.flush_table()
            continue
        if line.lstrip().startswith("|"):
            builder.table_row(line, number)
        elif bullet := _BULLET.match(line):
            builder.list_item(bullet.group(1), False, 1, number)
        elif numbered := _NUMBERED.match(line):
            builder.list_item(numbered.group(2), True, int(numbered.group(1)), number)
        else:
            builder.flush_list()
            builder.flush_table()
            builder.blocks.append(ParagraphBlock(parse_spans(line.strip()), number))
    builder.flush_list()
    builder.flush_table()
    return builder.blocks
