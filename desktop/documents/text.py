"""Setting text in any of the three scripts, shaped, on a canvas or in a Paragraph.

Paragraphs shape their text themselves (``ParagraphStyle(shaping=1)``, with uharfbuzz). Text
drawn straight on the canvas (letterheads, page numbers, watermarks) is not shaped by ReportLab
at all, which leaves Kannada and Devanagari conjuncts and vowel signs visibly wrong, so it goes
through :func:`draw_text`, which shapes each font run with ``shapeStr`` first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import shapeStr
from reportlab.pdfgen.canvas import Canvas

from desktop.documents.fonts import register_fonts, script_runs
from desktop.documents.markup import Span


@dataclass(frozen=True)
class ShapedLine:
    """A line shaped once, font run by font run, ready to be measured and drawn any number of times."""

    runs: tuple[tuple[str, str, float], ...]  # (shaped text, font, width)
    size: float

    @property
    def width(self) -> float:
        return sum(width for _text, _font, width in self.runs)


def shape_line(text: str, size: float, bold: bool = False) -> ShapedLine:
    register_fonts()
    runs = []
    for run in script_runs(text):
        font = run.font(bold)
        shaped = shapeStr(run.text, font, size)
        runs.append((shaped, font, pdfmetrics.stringWidth(shaped, font, size)))
    return ShapedLine(tuple(runs), size)


def text_width(text: str, size: float, bold: bool = False) -> float:
    return shape_line(text, size, bold).width


def draw_shaped(canvas: Canvas, x: float, y: float, line: ShapedLine, align: str = "left") -> float:
    """Draw a shaped line; ``align`` is left, centre or right of ``x``. Returns the width."""
    width = line.width
    start = {"left": x, "centre": x - width / 2, "right": x - width}[align]
    for shaped, font, run_width in line.runs:
        canvas.setFont(font, line.size)
        canvas.drawString(start, y, shaped)
        start += run_width
    return width


def draw_text(
    canvas: Canvas, x: float, y: float, text: str, size: float, *, bold: bool = False, align: str = "left"
) -> float:
    """Draw ``text`` shaped, font by font; ``align`` is left, centre or right of ``x``. Returns the width."""
    return draw_shaped(canvas, x, y, shape_line(text, size, bold), align)


def paragraph_markup(spans: tuple[Span, ...] | list[Span]) -> str:
    """ReportLab Paragraph markup for ``spans``: each font run in its own font, text escaped."""
    parts = []
    for span in spans:
        for run in script_runs(span.text):
            parts.append(f'<font name="{run.font(span.bold, span.italic)}">{escape(run.text)}</font>')
    return "".join(parts)


def plain_markup(text: str, bold: bool = False) -> str:
    return paragraph_markup([Span(text, bold=bold)])


def indian_date(value: date | None, empty: str = "") -> str:
    """DD/MM/YYYY, as every date is written in district offices; ``empty`` for no date."""
    return f"{value:%d/%m/%Y}" if value else empty
