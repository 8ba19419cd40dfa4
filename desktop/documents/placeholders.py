"""Placeholders in templates: ``{school_name}`` is replaced for each recipient.

``{{`` and ``}}`` print a literal brace. Every placeholder is checked against the names the
recipients can fill before anything is numbered or printed; all problems are reported at once,
each with where it is and, for a misspelling, the name that was probably meant.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from desktop.services.errors import DomainError

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}\n]*)\}|[{}]")
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class Placeholder:
    name: str
    line: int
    column: int


@dataclass(frozen=True)
class Problem:
    part: str  # "Subject", "Body", …
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.part}, line {self.line}, column {self.column}: {self.message}"


class TemplateError(DomainError):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))


class MissingValueError(DomainError):
    def __init__(self, name: str, recipient: str) -> None:
        super().__init__(
            f"{recipient} has no value for {{{name}}}; fill it in the records or remove it from the text."
        )
        self.name = name
        self.recipient = recipient


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def scan(text: str, part: str) -> tuple[list[Placeholder], list[Problem]]:
    """The placeholders in ``text`` and the malformed ones (stray or empty braces)."""
    found: list[Placeholder] = []
    problems: list[Problem] = []
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        if token in ("{{", "}}"):
            continue
        line, column = _position(text, match.start())
        if token in ("{", "}"):
            problems.append(
                Problem(
                    part,
                    line,
                    column,
                    f"a lone '{token}'; write {token * 2} to print a brace, or close the placeholder.",
                )
            )
            continue
        name = match.group(1).strip()
        if not _NAME.match(name):
            problems.append(
                Problem(
                    part,
                    line,
                    column,
                    f"'{token}' is not a placeholder name (use lower-case letters, digits and _).",
                )
            )
            continue
        found.append(Placeholder(name, line, column))
    return found, problems


def check(parts: Mapping[str, str], known: Collection[str]) -> list[Placeholder]:
    """Check every part (e.g. {"Subject": …, "Body": …}); raise :class:`TemplateError` listing all
    unknown or malformed placeholders, else return the placeholders used."""
    used: list[Placeholder] = []
    problems: list[Problem] = []
    for part, text in parts.items():
        found, malformed = scan(text, part)
        problems += malformed
        for placeholder in found:
            if placeholder.name in known:
                used.append(placeholder)
                continue
            guess = difflib.get_close_matches(placeholder.name, list(known), n=1, cutoff=0.6)
            hint = f"; did you mean {{{guess[0]}}}?" if guess else f"; the known ones are {_listing(known)}."
            problems.append(
                Problem(
                    part,
                    placeholder.line,
                    placeholder.column,
                    f"unknown placeholder {{{placeholder.name}}}{hint}",
                )
            )
    if problems:
        raise TemplateError(sorted(problems, key=lambda p: (p.part != "Subject", p.part, p.line, p.column)))
    return used


def _listing(known: Collection[str]) -> str:
    return ", ".join(f"{{{name}}}" for name in sorted(known))


def literal(text: str) -> str:
    """Typed text put into a template as it is: its braces print as braces, never as placeholders."""
    return text.replace("{", "{{").replace("}", "}}")


def fill(text: str, values: Mapping[str, str | None], recipient: str) -> str:
    """Replace the placeholders of a checked text with ``values``; a missing or empty value raises
    :class:`MissingValueError` naming the recipient."""

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token in ("{{", "}}"):
            return token[0]
        name = match.group(1).strip()
        value = values.get(name)
        if value is None or value == "":
            raise MissingValueError(name, recipient)
        return str(value)

    return _TOKEN.sub(replace, text)
