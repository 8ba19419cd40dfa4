"""The Recognition page: programmes and their cycles, and for the chosen cycle its nominations,
the reviewers' scoring screen, and the ranking with selection, invitations and certificates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.services.database import Database
from desktop.services.recognition import cycles
from desktop.ui.pages.recognition_nominations import NominationsTab
from desktop.ui.pages.recognition_programmes import ProgrammesTab
from desktop.ui.pages.recognition_ranking import RankingTab
from desktop.ui.pages.recognition_scoring import ScoringTab


class RecognitionPage(QWidget):
    changed = Signal()

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.programmes = ProgrammesTab(db, self, today=today)
        self.nominations = NominationsTab(db, self, today=today)
        self.scoring = ScoringTab(db, self, today=today)
        self.ranking = RankingTab(db, self, today=today)
        self.cycle_tabs = (self.nominations, self.scoring, self.ranking)

        self.cycle_combo = QComboBox()
        self.cycle_combo.setMinimumContentsLength(40)
        self.cycle_combo.setAccessibleName(self.tr("Cycle"))
        cycle_label = QLabel(self.tr("&Cycle:"))
        cycle_label.setBuddy(self.cycle_combo)
        chooser = QHBoxLayout()
        chooser.addWidget(cycle_label)
        chooser.addWidget(self.cycle_combo, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.programmes, self.tr("Programmes and cycles"))
        self.tabs.addTab(self.nominations, self.tr("Nominations"))
        self.tabs.addTab(self.scoring, self.tr("Scoring"))
        self.tabs.addTab(self.ranking, self.tr("Ranking and selection"))

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>{}</h2>".format(self.tr("Recognition"))))
        layout.addLayout(chooser)
        layout.addWidget(self.tabs, 1)

        self.cycle_combo.currentIndexChanged.connect(self._cycle_chosen)
        self.programmes.changed.connect(self._programmes_changed)
        self.programmes.cycle_chosen.connect(self.show_cycle)
        # A change on one tab (a nomination, a score, a selection) shows on the others.
        for tab in self.cycle_tabs:
            tab.changed.connect(self._tab_changed)
        self._fill_cycles()  # each tab has read the database it was built on

    def set_database(self, db: Database) -> None:
        self.db = db
        self.programmes.set_database(db)
        for tab in self.cycle_tabs:
            tab.set_database(db)
        self._fill_cycles()

    def reload(self) -> None:
        self.programmes.reload()
        self._fill_cycles()

    def current_cycle_id(self) -> int | None:
        value = self.cycle_combo.currentData()
        return int(value) if value is not None else None

    def show_cycle(self, cycle_id: int) -> None:
        """Choose ``cycle_id`` and open its nominations."""
        index = self.cycle_combo.findData(cycle_id)
        if index >= 0:
            self.cycle_combo.setCurrentIndex(index)
            self.tabs.setCurrentWidget(self.nominations)

    def _fill_cycles(self) -> None:
        """Refill the chooser, keeping the chosen cycle; the newest cycle when none was chosen."""
        kept = self.current_cycle_id()
        rows = sorted(
            cycles.list_cycles(self.db), key=lambda row: (row.nomination_opens, row.id), reverse=True
        )
        self.cycle_combo.blockSignals(True)
        self.cycle_combo.clear()
        for row in rows:
            self.cycle_combo.addItem(f"{row.programme_name} — {row.name}", row.id)
        if not rows:
            self.cycle_combo.addItem(self.tr("No cycles yet: add one on Programmes and cycles"), None)
        index = self.cycle_combo.findData(kept) if kept is not None else -1
        self.cycle_combo.setCurrentIndex(max(index, 0))
        self.cycle_combo.setEnabled(bool(rows))
        self.cycle_combo.blockSignals(False)
        self._cycle_chosen()

    def _cycle_chosen(self) -> None:
        cycle_id = self.current_cycle_id()
        for tab in self.cycle_tabs:
            tab.set_cycle(cycle_id)

    def _programmes_changed(self) -> None:
        self._fill_cycles()
        self.changed.emit()

    def _tab_changed(self) -> None:
        sender = self.sender()
        for tab in self.cycle_tabs:
            if tab is not sender:
                tab.reload()
        self.programmes.reload()  # nomination counts
        self.changed.emit()
