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
from desktop.services.i18n import QT_TRANSLATE_NOOP, and_list, translate

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}\n]*)\}|[{}]")
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
# The parts the services check, named in English (their field keys are these, lower-cased) and
# translated where a problem is shown; another part shows as it is named.
PARTS = (
    QT_TRANSLATE_NOOP("Documents", "Subject"),
    QT_TRANSLATE_NOOP("Documents", "Body"),
    QT_TRANSLATE_NOOP("Documents", "MoU text"),
)


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
        where = translate("Documents", "{part}, line {line}, column {column}: {problem}")
        part = translate("Documents", self.part)
        return where.format(part=part, line=self.line, column=self.column, problem=self.message)


class TemplateError(DomainError):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))


class MissingValueError(DomainError):
    def __init__(self, name: str, recipient: str) -> None:
        message = translate(
            "Documents",
            "{recipient} has no value for {placeholder}; fill it in the records or remove it from the text.",
        )
        super().__init__(message.format(recipient=recipient, placeholder=_braced(name)))
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
            message = translate(
                "Documents", "a lone '{brace}'; write {doubled} to print a brace, or close the placeholder."
            )
            problems.append(Problem(part, line, column, message.format(brace=token, doubled=token * 2)))
            continue
        name = match.group(1).strip()
        if not _NAME.match(name):
            message = translate(
                "Documents", "'{token}' is not a placeholder name (use lower-case letters, digits and _)."
            )
            problems.append(Problem(part, line, column, message.format(token=token)))
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
            if guess:
                message = translate("Documents", "unknown placeholder {placeholder}; did you mean {guess}?")
            else:
                message = translate(
                    "Documents", "unknown placeholder {placeholder}; the known ones are {known}."
                )
            message = message.format(
                placeholder=_braced(placeholder.name),
                guess=_braced(guess[0]) if guess else "",
                known=and_list([_braced(name) for name in sorted(known)]),
            )
            problems.append(Problem(part, placeholder.line, placeholder.column, message))
    if problems:
        raise TemplateError(sorted(problems, key=lambda p: (p.part != "Subject", p.part, p.line, p.column)))
    return used


def _braced(name: str) -> str:
    return "{" + name + "}"


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
