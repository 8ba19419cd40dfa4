"""A bar chart of % achieving per unit (two bars a unit when two rounds are compared)."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

LATER_COLOUR = "#1f5f99"
EARLIER_COLOUR = "#9ec3e6"
SMALL_GROUP_COLOUR = "#c9c9c9"
LABEL_LENGTH = 14  # characters of a unit's name under its bars, at most
CHAR_PIXELS = 8.5  # about one character of the 9-point axis font
MOST_LABELS = 40
FEWEST_SLOTS = 6  # the chart is as wide as six units at least  # with more units, only every n-th is named


def short_name(name: str, length: int = LABEL_LENGTH) -> str:
    return name if len(name) <= length else name[: length - 1].rstrip() + "…"


class AchievingChart(QWidget):
    """``show_bars(names, later, earlier)``: values are percentages or None (no bar drawn)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMinimumHeight(220)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        item = self.plot.getPlotItem()
        font = QFont()
        font.setPointSize(9)
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(pg.mkPen("#444444"))
            axis.setTextPen(pg.mkPen("#222222"))
            axis.setTickFont(font)
        item.setLabel("left", "% achieving", color="#222222")
        item.showGrid(x=False, y=True, alpha=0.25)
        # One row, above the 100% line (the y range leaves room), so it never covers a bar.
        self.legend = item.addLegend(
            offset=(-10, 2), colCount=2, labelTextColor="#222222", brush=pg.mkBrush(255, 255, 255, 220)
        )
        self.bars: list[pg.BarGraphItem] = []
        self.names: list[str] = []
        self.step = 1
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

    def show_bars(
        self,
        names: Sequence[str],
        later: Sequence[float | None],
        earlier: Sequence[float | None] | None = None,
        *,
        small: Sequence[bool] = (),
        later_label: str = "",
        earlier_label: str = "",
    ) -> None:
        """One bar per unit (two when ``earlier`` is given); units in ``small`` drawn grey."""
        item = self.plot.getPlotItem()
        for bars in self.bars:
            item.removeItem(bars)
        self.bars = []
        self.legend.clear()
        small = list(small) or [False] * len(names)
        width = 0.38 if earlier is not None else 0.7
        offset = width / 2 if earlier is not None else 0.0
        sides = [(later, LATER_COLOUR, +offset, later_label)]
        if earlier is not None:
            sides.insert(0, (earlier, EARLIER_COLOUR, -offset, earlier_label))
        for values, colour, shift, label in sides:
            xs = [i + shift for i, v in enumerate(values) if v is not None]
            heights = [v for v in values if v is not None]
            brushes = [
                pg.mkBrush(SMALL_GROUP_COLOUR if small[i] else colour)
                for i, v in enumerate(values)
                if v is not None
            ]
            bars = pg.BarGraphItem(x=xs, height=heights, width=width, brushes=brushes, pen=pg.mkPen(None))
            item.addItem(bars)
            self.bars.append(bars)
            if label:
                self.legend.addItem(pg.BarGraphItem(x=[], height=[], width=1, brush=colour), label)
        self.names = list(names)
        self.step = max(1, -(-len(names) // MOST_LABELS))
        self._label_units()
        item.disableAutoRange()
        item.setYRange(-2, 118, padding=0)
        item.getAxis("left").setTicks([[(value, str(value)) for value in range(0, 101, 20)]])
        # A few units keep a sensible bar width, centred, instead of filling the whole width.
        room = max(len(names), FEWEST_SLOTS)
        spare = (room - len(names)) / 2
        item.setXRange(-0.6 - spare, len(names) - 0.4 + spare, padding=0)
        item.getAxis("left").setStyle(tickTextOffset=4)
        self.plot.setToolTip(
            self.tr("Grey bars: fewer than 5 students, suppressed in shared reports") if any(small) else ""
        )

    def _label_units(self) -> None:
        """Unit names under the bars, cut to what fits the width each unit has on screen."""
        room = max(len(self.names), FEWEST_SLOTS) / self.step
        width = self.plot.width()
        length = (
            LABEL_LENGTH if width <= 0 else max(4, min(LABEL_LENGTH, int(width / room / CHAR_PIXELS) - 1))
        )
        ticks = [(i, short_name(name, length)) for i, name in enumerate(self.names) if i % self.step == 0]
        self.plot.getPlotItem().getAxis("bottom").setTicks([ticks])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.names:
            self._label_units()

    def bar_count(self) -> int:
        return sum(len(bars.opts["x"]) for bars in self.bars)
