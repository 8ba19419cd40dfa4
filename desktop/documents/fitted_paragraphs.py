"""Paragraphs fitted to a number of lines, for a form that must stay on one page (the hand-over
receipt): text measured as ReportLab will set it, cut at a word and ended with "…", lists cut at
the longest start that fits, and a fixed-pitch line given the largest size that keeps it on one
line. Lines laid out one by one on a canvas (the certificate) are fitted by ``fitted_lines``.

The same texts are measured again at each attempt at a page, and shaping them is what takes the
time, so measures and markup are remembered.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from desktop.documents.fonts import LATIN, font_name, register_fonts
from desktop.documents.text import plain_markup


def paragraph_style(name: str, size: float, **extra: Any) -> ParagraphStyle:
    """A shaped Noto Sans style at ``size``, 1.3 times as high unless ``leading`` is given."""
    register_fonts()
    extra.setdefault("leading", size * 1.3)
    return ParagraphStyle(name, fontName=font_name(LATIN), fontSize=size, shaping=1, **extra)


@lru_cache(maxsize=4096)
def markup(text: str, bold: bool = False) -> str:
    """:func:`desktop.documents.text.plain_markup`, remembered."""
    return plain_markup(text, bold)


def line_count(text_markup: str, style: ParagraphStyle, width: float) -> int:
    """How many lines ``text_markup`` takes in ``style`` at ``width``."""
    return _lines_at(text_markup, style.fontSize, style.leading, width)


@lru_cache(maxsize=4096)
def _lines_at(text_markup: str, size: float, leading: float, width: float) -> int:
    paragraph = Paragraph(text_markup, paragraph_style("fitted-measure", size, leading=leading))
    paragraph.wrap(width, 10_000)
    return len(paragraph.blPara.lines)


def longest_fitting(
    text_of: Callable[[int], str], most: int, style: ParagraphStyle, width: float, lines: int
) -> int:
    """The largest ``k`` up to ``most`` whose ``text_of(k)`` (markup) takes at most ``lines`` lines
    (0 when none does)."""
    low, high = 0, most
    while low < high:
        middle = (low + high + 1) // 2
        if line_count(text_of(middle), style, width) <= lines:
            low = middle
        else:
            high = middle - 1
    return low


def clipped_markup(
    text: str, style: ParagraphStyle, width: float, lines: int | None, bold: bool = False, prefix: str = ""
) -> str:
    """Markup for ``prefix`` (markup) and ``text``, the text cut at a word and ended with "…" if
    together they take more than ``lines`` lines."""
    words = text.split()
    whole = prefix + markup(" ".join(words), bold)
    if lines is None or line_count(whole, style, width) <= lines:
        return whole

    def cut(count: int) -> str:
        return prefix + markup(" ".join(words[:count]) + " …", bold)

    return cut(max(1, longest_fitting(cut, len(words), style, width, lines)))


def one_line_size(text: str, font: str, width: float, largest: float) -> float:
    """The largest size, in half points up to ``largest``, at which ``text`` in ``font`` (a font
    whose text needs no shaping, such as the fixed-pitch one) fits ``width`` on one line."""
    return min(largest, int(width / stringWidth(text, font, 1) * 2) / 2)
