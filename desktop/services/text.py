"""Text normalisation: every stored name is NFC, trimmed, with single spaces.

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


def search_key(*parts: str | None) -> str:
    """The text that search compares against: cleaned, case-folded, parts joined by a separator."""
    return "\x1f".join(clean(part).casefold() for part in parts if part)


def search_terms(query: str) -> list[str]:
    """Split a typed query into case-folded words; every word must match for a row to show."""
    return [term for term in clean(query).casefold().split(" ") if term]
