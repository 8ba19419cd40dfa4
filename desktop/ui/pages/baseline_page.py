"""The Baseline page: assessment rounds, the imports that brought their data in, and the analysis
of a round (or two compared) by district, block, cluster and school."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.services.database import Database
from desktop.ui.pages.baseline_analysis_view import AnalysisTab
from desktop.ui.pages.baseline_imports import ImportsTab
from desktop.ui.pages.baseline_rounds import RoundsTab


class BaselinePage(QWidget):
    changed = Signal()

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.rounds = RoundsTab(db, self)
        self.imports = ImportsTab(db, self)
        self.analysis = AnalysisTab(db, self, today=today)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.rounds, self.tr("Rounds"))
        self.tabs.addTab(self.imports, self.tr("Imports"))
        self.tabs.addTab(self.analysis, self.tr("Analysis"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>{}</h2>".format(self.tr("Baseline and assessments"))))
        layout.addWidget(self.tabs, 1)
        # A change on one tab shows on the others (a new round to import into, an undone batch's
        # figures gone) and on the pages that count rounds and results.
        for tab in (self.rounds, self.imports):
            tab.changed.connect(self._tab_changed)
        self.set_database(db)

    def set_database(self, db: Database) -> None:
        self.db = db
        self.rounds.set_database(db)
        self.imports.set_database(db)
        self.analysis.set_database(db)

    def reload(self) -> None:
        self.rounds.reload()
        self.imports.reload()
        self.analysis.reload()

    def _tab_changed(self) -> None:
        sender = self.sender()
        for tab in (self.rounds, self.imports, self.analysis):
            if tab is not sender:
                tab.reload()
        self.changed.emit()
