"""Text normalisation: every stored name is NFC, trimmed, with single spaces; longer typed text
(:func:`clean_multiline`) keeps its lines.

Kannada and Devanagari text typed on different keyboards (or pasted from PDFs) can reach the same
visible word through different code point sequences; NFC makes them compare and search equal.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def clean(value: str | None) -> str:
    """NFC-normalise, trim and collapse runs of white space; ``None`` becomes ``""``."""
    if value is None:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", str(value))).strip()


def clean_optional(value: str | None) -> str | None:
    cleaned = clean(value)
    return cleaned or None


def clean_multiline(value: str | None) -> str:
    """Typed paragraphs or numbered lines, NFC, with their line breaks kept (unlike :func:`clean`):
    every kind of line break becomes ``\\n``, each line loses its trailing spaces, two or more blank
    lines in a row become one, and the text loses its blank lines and spaces at both ends.
    ``None`` becomes ``""``."""
    if value is None:
        return ""
    lines = unicodedata.normalize("NFC", str(value)).splitlines()
    kept: list[str] = []
    for line in (line.rstrip() for line in lines):
        if line or (kept and kept[-1]):  # a blank line only after a line with text
            kept.append(line)
    return "\n".join(kept).strip()


def search_key(*parts: str | None) -> str:
    """The text that search compares against: cleaned, case-folded, parts joined by a separator."""
    return "\x1f".join(clean(part).casefold() for part in parts if part)


def search_terms(query: str) -> list[str]:
    """Split a typed query into case-folded words; every word must match for a row to show."""
    return [term for term in clean(query).casefold().split(" ") if term]
