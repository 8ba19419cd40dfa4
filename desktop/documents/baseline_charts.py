"""Bar charts of % achieving for the baseline report, drawn with ReportLab's own charts.

ReportLab's chart labels are drawn straight on the canvas without shaping, so a Kannada or
Devanagari name would print with broken conjuncts. Axis labels therefore use a unit's name when it
is written in Latin letters only, and otherwise its row number in the table printed above the
chart, where the name itself is shaped properly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.textlabels import NA_Label
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.documents.fonts import LATIN, font_name, register_fonts, script_runs

SERIES_COLOURS = (colors.HexColor("#9fb8d3"), colors.HexColor("#1f4e79"))
LONGEST_LABEL = 14  # characters; longer Latin names are cut with "…"


@dataclass(frozen=True)
class Bars:
    """One chart: a title, the label of each category and one or two series of values (None for
    no bar: no data, or a group too small to show)."""

    title: str
    labels: tuple[str, ...]
    series: tuple[tuple[str, tuple[float | None, ...]], ...]  # (legend name, values)


def is_latin(text: str) -> bool:
    return all(run.script == LATIN for run in script_runs(text))


def axis_label(name: str, number: int) -> str:
    """The unit's name if it is in Latin letters (cut when long), else its row number."""
    if not is_latin(name):
        return f"No. {number}"
    return name if len(name) <= LONGEST_LABEL else name[: LONGEST_LABEL - 1].rstrip() + "…"


def _fitted(label: str, room: float, font: str, size: float) -> str:
    """``label`` cut (with "…") to fit ``room`` points, so neighbouring labels never run together."""
    if stringWidth(label, font, size) <= room:
        return label
    while len(label) > 1 and stringWidth(label + "…", font, size) > room:
        label = label[:-1]
    return label.rstrip() + "…"


def bar_chart(bars: Bars, width: float, height: float = 62 * mm) -> Drawing:
    """A vertical bar chart from 0 to 100 %, values printed over the bars, a legend when there are
    two series (earlier and later round side by side)."""
    register_fonts()
    font, bold = font_name(LATIN), font_name(LATIN, bold=True)
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, bars.title, fontName=bold, fontSize=9))
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 14 * mm
    chart.width = width - chart.x - (38 * mm if len(bars.series) > 1 else 4 * mm)
    chart.height = height - chart.y - 9 * mm
    chart.data = [list(values) for _name, values in bars.series]
    many = len(bars.labels) > 12
    size = 6.5 if many else 7.5
    # Upright labels share the width of their slot; angled ones have room to run diagonally.
    room = chart.width / max(1, len(bars.labels)) - 3 if not many else 28 * mm
    chart.categoryAxis.categoryNames = [_fitted(label, room, font, size) for label in bars.labels]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = size
    chart.categoryAxis.labels.angle = 30 if many else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if many else "n"
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.barLabelFormat = "%.1f"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6 if many or len(bars.series) > 1 else 7
    chart.barLabels.nudge = 5
    chart.naLabel = NA_Label()
    chart.naLabel.text = "–"  # no bar: no data, or too few students
    chart.naLabel.fontName = font
    chart.naLabel.fontSize = 7
    chart.groupSpacing = 6
    chart.barSpacing = 1
    for index in range(len(bars.series)):
        chart.bars[index].fillColor = SERIES_COLOURS[-len(bars.series) + index]
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    if len(bars.series) > 1:
        legend = Legend()
        legend.x, legend.y = width - 35 * mm, height - 16 * mm
        legend.fontName, legend.fontSize = font, 7.5
        legend.alignment = "right"
        legend.colorNamePairs = [
            (SERIES_COLOURS[-len(bars.series) + i], name) for i, (name, _v) in enumerate(bars.series)
        ]
        drawing.add(legend)
    return drawing


def achieving_values(values: Sequence[object]) -> tuple[float | None, ...]:
    """Values for the bars: numbers stay, "<5" and None become no bar."""
    return tuple(value if isinstance(value, float | int) else None for value in values)
