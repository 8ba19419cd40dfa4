"""The Programmes and cycles tab of the Recognition page: the programmes with their rubrics (new,
from a shipped template, edit, delete) and, below, the chosen programme's cycles with their
windows and phase on the day (new, edit, delete, close the review early, open the nominations).
What those buttons do is in recognition_programme_actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services.database import Database
from desktop.services.errors import DomainError
from desktop.services.recognition import cycles, programmes
from desktop.services.recognition.cycles import CycleRow
from desktop.services.recognition.programme_templates import TEMPLATE_LABELS
from desktop.services.recognition.programmes import ProgrammeRow
from desktop.services.recognition.vocabulary import NOMINEE_KINDS
from desktop.ui.pages.recognition_programme_actions import ProgrammeActionsMixin
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.widgets import notice_label, record_table, select_row, selected_row

# Short names of the kinds for a table cell; the form shows the full ones.
KIND_SHORT = {
    "student": QT_TRANSLATE_NOOP("ProgrammesTab", "Students"),
    "teacher": QT_TRANSLATE_NOOP("ProgrammesTab", "Teachers"),
    "headmaster": QT_TRANSLATE_NOOP("ProgrammesTab", "Headmasters"),
    "crp": QT_TRANSLATE_NOOP("ProgrammesTab", "CRPs"),
    "brp": QT_TRANSLATE_NOOP("ProgrammesTab", "BRPs"),
    "block_officer": QT_TRANSLATE_NOOP("ProgrammesTab", "Block officers"),
    "official": QT_TRANSLATE_NOOP("ProgrammesTab", "Officials"),
    "school": QT_TRANSLATE_NOOP("ProgrammesTab", "Schools"),
    "cluster": QT_TRANSLATE_NOOP("ProgrammesTab", "Clusters"),
}
assert set(KIND_SHORT) == set(NOMINEE_KINDS)


def _event_text(row: CycleRow) -> str:
    if row.event_date is None:
        return ""
    when = f"{row.event_date:%d/%m/%Y}"
    return f"{when}, {row.event_time:%H:%M}" if row.event_time else when


class ProgrammesTab(ProgrammeActionsMixin, QWidget):
    changed = Signal()
    cycle_chosen = Signal(int)

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.dialog: Any = None
        self.programme_rows: list[ProgrammeRow] = []
        self.cycle_rows: list[CycleRow] = []

        self.notice = notice_label(
            self.tr(
                "No recognition programmes yet. New from template gives Coffee with Collector or "
                "Pragatiya Hejje, with their rubrics, to adapt to the district."
            )
        )
        self.new_button = QPushButton(self.tr("&New programme…"))
        self.template_button = QPushButton(self.tr("New from &template"))
        self.template_menu = QMenu(self.template_button)
        for key, label in TEMPLATE_LABELS.items():
            action = self.template_menu.addAction(QCoreApplication.translate("Recognition", label))
            action.setData(key)
            action.triggered.connect(lambda _checked=False, key=key: self.new_from_template(key))
        self.template_button.setMenu(self.template_menu)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        programme_bar = QHBoxLayout()
        programme_bar.addWidget(QLabel("<b>{}</b>".format(self.tr("Programmes"))))
        programme_bar.addSpacing(12)
        for button in (self.new_button, self.template_button, self.edit_button, self.delete_button):
            programme_bar.addWidget(button)
        programme_bar.addStretch(1)
        self.programme_model = ListTableModel(
            [
                Column(self.tr("Programme"), lambda r: r.name),
                Column(self.tr("Regional name"), lambda r: r.name_local or ""),
                Column(self.tr("Who may be nominated"), self._kinds_text),
                Column(self.tr("Scale"), lambda r: f"{r.scale_min}–{r.scale_max}"),
                Column(self.tr("Criteria"), lambda r: len(r.criteria), align_right=True),
                Column(self.tr("Cycles"), lambda r: r.cycle_count, align_right=True),
            ],
            self,
        )
        self.programme_table = record_table(
            self.programme_model, stretch=QHeaderView.ResizeMode.ResizeToContents
        )
        self.programme_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.programme_table.setSortingEnabled(True)
        self.programme_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.programme_table.setAccessibleName(self.tr("Programmes"))
        self.purpose = QLabel()
        self.purpose.setWordWrap(True)
        self.purpose.setStyleSheet("color: palette(placeholder-text);")

        self.cycles_heading = QLabel()
        self.new_cycle_button = QPushButton(self.tr("New c&ycle…"))
        self.edit_cycle_button = QPushButton(self.tr("Ed&it…"))
        self.delete_cycle_button = QPushButton(self.tr("De&lete"))
        self.close_review_button = QPushButton(self.tr("Close &review now…"))
        self.close_review_button.setToolTip(
            self.tr("Lock the scores before the review window ends, so that the shortlist can be drawn.")
        )
        self.open_button = QPushButton(self.tr("&Open nominations"))
        cycle_bar = QHBoxLayout()
        cycle_bar.addWidget(self.cycles_heading)
        cycle_bar.addSpacing(12)
        for button in (
            self.new_cycle_button,
            self.edit_cycle_button,
            self.delete_cycle_button,
            self.close_review_button,
        ):
            cycle_bar.addWidget(button)
        cycle_bar.addStretch(1)
        cycle_bar.addWidget(self.open_button)
        self.cycle_model = ListTableModel(
            [
                Column(self.tr("Cycle"), lambda r: r.name),
                Column(
                    self.tr("Nominations"),
                    lambda r: r.nomination_window,
                    order_by=lambda r: r.nomination_opens,
                ),
                Column(self.tr("Review"), lambda r: r.review_window, order_by=lambda r: r.review_opens),
                Column(
                    self.tr("Event"),
                    _event_text,
                    order_by=lambda r: (r.event_date, r.event_time) if r.event_date else None,
                ),
                Column(self.tr("Places"), lambda r: r.places, align_right=True),
                Column(self.tr("Selected"), lambda r: r.places_taken, align_right=True),
                Column(self.tr("Nominated"), lambda r: r.nomination_count, align_right=True),
                Column(self.tr("Phase"), lambda r: QCoreApplication.translate("Recognition", r.phase)),
            ],
            self,
        )
        self.cycle_table = record_table(self.cycle_model, stretch=QHeaderView.ResizeMode.ResizeToContents)
        self.cycle_table.horizontalHeader().setStretchLastSection(True)
        self.cycle_table.setSortingEnabled(True)
        self.cycle_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # newest first
        self.cycle_table.setAccessibleName(self.tr("Cycles"))
        self.cycle_table.setToolTip(self.tr("Double-click a cycle to open its nominations"))
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(programme_bar)
        top_layout.addWidget(self.notice)
        top_layout.addWidget(self.programme_table, 1)
        top_layout.addWidget(self.purpose)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(cycle_bar)
        bottom_layout.addWidget(self.cycle_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 2)  # a district runs a few programmes and more cycles of them
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_line)

        self.new_button.clicked.connect(self.new_programme)
        self.edit_button.clicked.connect(self.edit_programme)
        self.delete_button.clicked.connect(self.delete_programme)
        self.programme_table.doubleClicked.connect(lambda _index: self.edit_programme())
        self.programme_table.selectionModel().selectionChanged.connect(lambda *_: self._programme_changed())
        self.new_cycle_button.clicked.connect(self.new_cycle)
        self.edit_cycle_button.clicked.connect(self.edit_cycle)
        self.delete_cycle_button.clicked.connect(self.delete_cycle)
        self.close_review_button.clicked.connect(self.close_review)
        self.open_button.clicked.connect(self.open_nominations)
        self.cycle_table.doubleClicked.connect(lambda _index: self.open_nominations())
        self.cycle_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.set_database(db)

    # --- data ---------------------------------------------------------------------------------

    def set_database(self, db: Database) -> None:
        self.db = db
        self.status_line.clear()
        self.reload()

    def reload(self) -> None:
        """Read the programmes and the chosen one's cycles again, keeping what was selected."""
        kept = self.selected_programme()
        kept_cycle = self.selected_cycle()
        self.programme_rows = programmes.list_programmes(self.db)
        self.programme_model.set_rows(self.programme_rows)
        self.notice.setVisible(not self.programme_rows)
        if kept is not None:
            select_row(self.programme_table, kept.id)
        if self.selected_programme() is None and self.programme_rows:
            self.programme_table.selectRow(0)
        self._load_cycles(kept_cycle.id if kept_cycle else None)

    def _kinds_text(self, row: ProgrammeRow) -> str:
        return ", ".join(self.tr(KIND_SHORT[kind]) for kind in NOMINEE_KINDS if kind in row.eligible_kinds)

    def _programme_changed(self) -> None:
        self._load_cycles(None)

    def _load_cycles(self, keep_cycle_id: int | None) -> None:
        programme = self.selected_programme()
        self.cycle_rows = cycles.list_cycles(self.db, programme.id, on=self.today()) if programme else []
        self.cycle_model.set_rows(self.cycle_rows)
        if keep_cycle_id is not None:
            select_row(self.cycle_table, keep_cycle_id)
        if self.selected_cycle() is None and self.cycle_rows:
            self.cycle_table.selectRow(0)
        if programme is None:
            self.cycles_heading.setText("<b>{}</b>".format(self.tr("Cycles")))
            self.purpose.clear()
        else:
            self.cycles_heading.setText("<b>%s</b>" % (self.tr("Cycles of %s") % programme.name))
            self.purpose.setText(programme.purpose)
        self.purpose.setVisible(bool(self.purpose.text()))
        self._update_buttons()

    def selected_programme(self) -> ProgrammeRow | None:
        return selected_row(self.programme_table)

    def selected_cycle(self) -> CycleRow | None:
        return selected_row(self.cycle_table)

    def select_programme(self, programme_id: int) -> None:
        select_row(self.programme_table, programme_id)

    def select_cycle(self, cycle_id: int) -> None:
        select_row(self.cycle_table, cycle_id)

    def _update_buttons(self) -> None:
        writable = not self.db.read_only
        programme = self.selected_programme()
        cycle = self.selected_cycle()
        self.new_button.setEnabled(writable)
        self.template_button.setEnabled(writable)
        self.edit_button.setEnabled(programme is not None)
        self.delete_button.setEnabled(writable and programme is not None)
        self.new_cycle_button.setEnabled(writable and programme is not None)
        self.edit_cycle_button.setEnabled(cycle is not None)
        self.delete_cycle_button.setEnabled(writable and cycle is not None)
        self.close_review_button.setEnabled(
            writable and cycle is not None and cycles.review_open(cycle, self.today())
        )
        self.open_button.setEnabled(cycle is not None)

    def _show_status(self, text: str) -> None:
        self.status_line.setText(text)

    def _refused(self, title: str, exc: DomainError) -> None:
        QMessageBox.warning(self, title, exc.message)
