"""The Baseline page's Analysis tab: a round's figures per district, block, cluster or school,
optionally compared with another round, as a table and a bar chart, with drill-down and exports.

The figures are worked out in the background (a large round's grouping takes a moment); a newer
request makes an older answer obsolete, so quick changes of the filters never show stale figures.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services import offices, rounds
from desktop.services.baseline.analysis import LEVEL_NAMES, LEVELS
from desktop.services.baseline.comparison import ImpactIndicator
from desktop.services.database import Database
from desktop.services.rounds import RoundRow
from desktop.services.text import search_terms
from desktop.ui.pages import baseline_exports
from desktop.ui.pages.baseline_analysis_table import (
    AnalysisLine,
    AnalysisModel,
    Answer,
    Request,
    compare_columns,
    compared_lines,
    lines_of,
    round_columns,
    unit_columns,
    work_out,
)
from desktop.ui.pages.baseline_chart import AchievingChart
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.tasks import BackgroundTask
from desktop.ui.widgets import filter_combo, record_table, refill_combo, selected_row

DRILL_INTO = {"district": "block", "block": "cluster", "cluster": "school"}


def _order(row: RoundRow) -> tuple:
    return (row.start_date or row.end_date or date.min, row.id)


class AnalysisTab(QWidget):
    """``shown`` is emitted each time new figures are on screen."""

    shown = Signal()

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.rounds: list[RoundRow] = []
        self.answer: Answer | None = None
        self.task: BackgroundTask | None = None
        self.export_task: BackgroundTask | None = None
        self._asked = 0  # the newest request's number; older answers are dropped
        self.within: tuple[str, int] | None = None
        self.trail: list[tuple[str, tuple[str, int] | None]] = []  # (by, within) to go back to
        self.round = QComboBox()
        self.compare = filter_combo(self.tr("no comparison"), [])
        self.level = QComboBox()
        for key in LEVELS:
            self.level.addItem(QCoreApplication.translate("Committees", LEVEL_NAMES[key]), key)
        self.level.setCurrentIndex(LEVELS.index("block"))
        self.grade = filter_combo(self.tr("all grades"), [])
        self.subject = filter_combo(self.tr("all subjects"), [])
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a unit"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        controls = QHBoxLayout()
        for label, widget in (
            (self.tr("Round"), self.round),
            (self.tr("Compare with"), self.compare),
            (self.tr("By"), self.level),
            (self.tr("Grade"), self.grade),
            (self.tr("Subject"), self.subject),
        ):
            controls.addWidget(QLabel(label))
            controls.addWidget(widget, 1 if widget in (self.round, self.compare) else 0)
        controls.addWidget(self.search, 1)
        controls.addWidget(self.count)
        self.back = QPushButton(self.tr("◀ Back"))
        self.where = QLabel()
        self.busy = QLabel(self.tr("Working out the figures…"))
        self.busy.hide()
        self.office = QComboBox()
        self.office.setToolTip(self.tr("The office whose letterhead the report and workbook carry"))
        self.pdf_button = QPushButton(self.tr("Save report as PDF…"))
        self.xlsx_button = QPushButton(self.tr("Save workbook…"))
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        trail = QHBoxLayout()
        trail.addWidget(self.back)
        trail.addWidget(self.where, 1)
        trail.addWidget(self.busy)
        trail.addWidget(QLabel(self.tr("Letterhead")))
        trail.addWidget(self.office)
        trail.addWidget(self.pdf_button)
        trail.addWidget(self.xlsx_button)

        self.impact_model = ListTableModel(
            [
                Column(self.tr("Impact indicator (whole district)"), lambda i: i.name_text()),
                Column(self.tr("Earlier"), lambda i: i.earlier.text(suppress=False), align_right=True),
                Column(self.tr("Later"), lambda i: i.later.text(suppress=False), align_right=True),
                Column(self.tr("Change"), self._change_text, align_right=True),
                Column(self.tr("Note"), lambda i: i.note_text()),
            ],
            self,
        )
        self.impact = record_table(self.impact_model, stretch=QHeaderView.ResizeMode.ResizeToContents)
        self.impact.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.impact.setMaximumHeight(150)
        self.impact.hide()

        self.model = AnalysisModel([], self)
        self.table = record_table(self.model, stretch=QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.total = QLabel()
        self.total.setWordWrap(True)
        self.chart = AchievingChart(self)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.total)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(table_box)
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(trail)
        layout.addWidget(self.empty)
        layout.addWidget(self.impact)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_line)

        self.round.currentIndexChanged.connect(self._round_changed)
        self.compare.currentIndexChanged.connect(self.refresh)
        self.level.currentIndexChanged.connect(self._level_changed)
        self.grade.currentIndexChanged.connect(self.refresh)
        self.subject.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self._filter)
        self.back.clicked.connect(self.go_back)
        self.table.doubleClicked.connect(lambda _index: self.drill_down())
        self.pdf_button.clicked.connect(lambda: baseline_exports.save_report(self))
        self.xlsx_button.clicked.connect(lambda: baseline_exports.save_workbook(self))
        self._update_controls()

    # --- choices --------------------------------------------------------------------------------

    def set_database(self, db: Database) -> None:
        self.db = db
        self.answer = None
        self.reload()

    def reload(self) -> None:
        """Refill the round choices (latest first) and work the figures out again."""
        self.rounds = rounds.list_rounds(self.db)
        chosen = self.office.currentData()
        self.office.clear()
        # The district's own offices (no block) first: the report is usually the district's.
        for office in sorted(offices.list_offices(self.db), key=lambda o: (o.block_id is not None, o.name)):
            self.office.addItem(office.name, office.id)
        self.office.setCurrentIndex(max(self.office.findData(chosen), 0))
        current, compared = self.round.currentData(), self.compare.currentData()
        for combo in (self.round, self.compare):
            combo.blockSignals(True)
        self.round.clear()
        for row in self.rounds:
            self.round.addItem(row.name, row.id)
        self.round.setCurrentIndex(max(self.round.findData(current), 0))
        refill_combo(self.compare, [(row.id, row.name) for row in self.rounds])
        self.compare.setCurrentIndex(max(self.compare.findData(compared), 0))
        for combo in (self.round, self.compare):
            combo.blockSignals(False)
        self.refresh()

    def _round_changed(self) -> None:
        self.trail.clear()
        self.within = None
        self.refresh()

    def _level_changed(self) -> None:
        self.trail.clear()
        self.within = None
        self.refresh()

    def request(self) -> Request | None:
        round_id = self.round.currentData()
        if round_id is None:
            return None
        other = self.compare.currentData()
        earlier_id = None
        if other is not None and other != round_id:
            by_id = {row.id: row for row in self.rounds}
            first, second = sorted((by_id[other], by_id[round_id]), key=_order)
            round_id, earlier_id = second.id, first.id
        return Request(
            round_id, earlier_id, self.level.currentData(), self.grade.currentData(), self.subject.currentData(),
            self.within,
        )  # fmt: skip

    # --- working out ----------------------------------------------------------------------------

    def refresh(self) -> BackgroundTask | None:
        """Work the figures out for the current choices, in the background."""
        request = self.request()
        self._asked += 1
        asked = self._asked
        if request is None:
            self.answer = None
            self._show_nothing(
                self.tr("No assessment rounds yet: add one on the Rounds tab, then import its results.")
            )
            return None
        db = self.db
        task = BackgroundTask(lambda _progress: work_out(db, request), self)
        task.succeeded.connect(lambda answer: self._answered(asked, answer))
        task.failed.connect(lambda error: self._failed(asked, error))
        self.task = task
        self.busy.show()
        task.start()
        return task

    def _answered(self, asked: int, answer: Answer) -> None:
        if asked != self._asked:
            return
        self.busy.hide()
        self.answer = answer
        self._refill_filters(answer)
        self._show(answer)
        self.shown.emit()

    def _failed(self, asked: int, error: object) -> None:
        if asked != self._asked:
            return
        self.busy.hide()
        self.answer = None
        self._show_nothing(getattr(error, "message", str(error)))
        self.shown.emit()

    def _refill_filters(self, answer: Answer) -> None:
        grades, subjects = set(answer.analysis.grades), set(answer.analysis.subjects)
        if answer.comparison is not None:
            grades |= set(answer.comparison.earlier.grades)
            subjects |= set(answer.comparison.earlier.subjects)
        refill_combo(self.grade, [(grade, self.tr("Grade %s") % grade) for grade in sorted(grades)])
        refill_combo(self.subject, [(name, name) for name in sorted(subjects, key=str.casefold)])

    # --- showing --------------------------------------------------------------------------------

    def _show_nothing(self, text: str) -> None:
        self.busy.hide()
        self.empty.setText(text)
        self.empty.show()
        self.model.show([], [])
        self.impact.hide()
        self.total.clear()
        self.chart.show_bars([], [])
        self._update_controls()

    def _show(self, answer: Answer) -> None:
        request, analysis = answer.request, answer.analysis
        within = request.within[0] if request.within else None
        if answer.comparison is None:
            columns = unit_columns(request.by, within) + round_columns(analysis.round.levels)
            self.lines = lines_of(analysis)
        else:
            columns = unit_columns(request.by, within) + compare_columns()
            self.lines = compared_lines(answer.comparison)
        self.columns = columns
        self.empty.setVisible(not self.lines)
        self.empty.setText(
            self.tr("%s has no results or indicators yet for these choices.") % analysis.round.name
        )
        self.impact_model.set_rows(answer.impact)
        self.impact.setVisible(bool(answer.impact))
        self.total.setText(self._total_text(answer))
        self._filter()

    def _change_text(self, indicator: ImpactIndicator) -> str:
        text = indicator.change.text(suppress=False)
        if indicator.change.value is None:
            return text
        return text + (" %" if indicator.change_unit == "%" else self.tr(" points"))

    def _total_text(self, answer: Answer) -> str:
        total = answer.analysis.total
        results = total.results
        text = self.tr(
            "%(unit)s as a whole: %(students)s students, %(achieving)s%% achieving, mean score %(mean)s; %(schools)s schools with indicators."
        ) % {
            "unit": total.unit.name,
            "students": f"{results.students:,}",
            "achieving": results.achieving_percent().text(suppress=False),
            "mean": results.mean_score().text(suppress=False),
            "schools": f"{total.indicators.schools:,}",
        }
        if answer.comparison is not None:
            change = answer.comparison.total.achieving_change().text(suppress=False)
            text += " " + self.tr("Change in %% achieving since %(round)s: %(change)s points.") % {
                "round": answer.comparison.earlier.round.name,
                "change": change,
            }
        return text

    def _filter(self) -> None:
        lines = getattr(self, "lines", [])
        terms = search_terms(self.search.text())
        shown = [line for line in lines if all(term in line.search_text for term in terms)]
        self.model.show(getattr(self, "columns", []), shown)
        self.count.setText(self.tr("%(shown)s of %(total)s") % {"shown": len(shown), "total": len(lines)})
        self._draw_chart(shown)
        self._update_controls()

    def _draw_chart(self, shown: list[AnalysisLine]) -> None:
        answer = self.answer
        names = [line.unit.name for line in shown]
        later = [line.pair.values("achieving")[1].value for line in shown]
        small = [line.small for line in shown]
        if answer is None or answer.comparison is None:
            label = answer.analysis.round.name if answer else ""
            self.chart.show_bars(names, later, small=small, later_label=label)
            return
        earlier = [line.pair.values("achieving")[0].value for line in shown]
        self.chart.show_bars(
            names, later, earlier, small=small,
            later_label=answer.comparison.later.round.name, earlier_label=answer.comparison.earlier.round.name,
        )  # fmt: skip

    def _update_controls(self) -> None:
        self.back.setVisible(bool(self.trail))
        if self.answer is not None and self.answer.analysis.within is not None:
            unit = self.answer.analysis.within
            self.where.setText(
                self.tr("Within the %(level)s %(unit)s")
                % {
                    "level": QCoreApplication.translate("Committees", LEVEL_NAMES[unit.level]).lower(),
                    "unit": unit.name,
                }
            )
        else:
            self.where.setText("")
        has_figures = self.answer is not None
        self.pdf_button.setEnabled(has_figures)
        self.xlsx_button.setEnabled(has_figures)

    # --- drilling down --------------------------------------------------------------------------

    def selected(self) -> AnalysisLine | None:
        return selected_row(self.table)

    def drill_down(self) -> BackgroundTask | None:
        """Into the selected block's clusters or the selected cluster's schools."""
        row = self.selected()
        by = self.level.currentData()
        if row is None or by not in DRILL_INTO or row.unit.id is None:
            return None
        self.trail.append((by, self.within))
        self.within = (by, row.unit.id) if by in ("block", "cluster") else None
        self._set_level(DRILL_INTO[by])
        return self.refresh()

    def go_back(self) -> BackgroundTask | None:
        if not self.trail:
            return None
        by, self.within = self.trail.pop()
        self._set_level(by)
        return self.refresh()

    def _set_level(self, by: str) -> None:
        self.level.blockSignals(True)
        self.level.setCurrentIndex(self.level.findData(by))
        self.level.blockSignals(False)

    def show_status(self, text: str) -> None:
        self.status_line.setText(text)
