"""Shaping words that change font part-way, which ReportLab gets wrong on its own.

ReportLab's paragraph shaping (``shapeFragWord``) shapes a whole word with the font of its first
fragment. A word such as "SSLC-ಪರೀಕ್ಷೆ" or "UDISE।" is set in two fonts (the Indic fonts have no
Latin letters), so its second part came out as empty boxes or wrong characters. ReportLab offers
no hook for this, so :func:`install` wraps that one function: a word in several fonts is split
into same-font groups, each shaped by ReportLab's own function, and the results joined. Words in
one font go to ReportLab untouched.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.platypus import paragraph

_original = ttfonts.shapeFragWord


def _font(fragment: Any) -> str | None:
    return None if hasattr(fragment, "cbDefn") else fragment.fontName


def shape_per_font(word: Any, *args: Any, **kwargs: Any) -> Any:
    """``shapeFragWord`` for words whose fragments use more than one font."""
    if isinstance(word, ttfonts.ShapedFragWord):
        return word
    pieces = word[1:]
    fonts = {_font(fragment) for fragment, _text in pieces} - {None}
    if len(fonts) <= 1:
        return _original(word, *args, **kwargs)
    groups: list[list[Any]] = []
    for fragment, text in pieces:
        font = _font(fragment)
        if groups and font in (None, groups[-1][0]):
            groups[-1][1].append((fragment, text))
        else:
            groups.append([font, [(fragment, text)]])
    total = 0.0
    shaped_pieces: list[Any] = []
    for _font_name, group in groups:
        width = sum(
            pdfmetrics.stringWidth(text, fragment.fontName, fragment.fontSize)
            for fragment, text in group
            if _font(fragment) is not None
        )
        shaped = _original(word.__class__([width, *group]), *args, **kwargs)
        total += shaped[0]
        shaped_pieces += shaped[1:]
    return ttfonts.makeShapedFragWord(word)([total, *shaped_pieces])


def install() -> None:
    """Make ReportLab's paragraphs shape each font's part of a word separately (idempotent)."""
    paragraph.shapeFragWord = shape_per_font
