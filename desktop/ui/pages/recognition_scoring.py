"""The Scoring tab of the Recognition page: a reviewer works through their score sheet with the
keyboard.

On the left, the cycle's nominations and how far the reviewer has got with each (greyed, with the
reason, where the reviewer has a conflict of interest); on the right, the nominee, why they were
nominated, and the rubric. A digit gives the current criterion that level and moves to the next;
Up/Down or Tab move between criteria, Left/Right change the level, Delete clears it; Ctrl+Enter
saves and opens the next nomination not yet scored; PgUp/PgDn move between nominations. Unsaved
levels are never dropped silently: moving away asks whether to save them, and a reload keeps them.

This module builds the tab, reads the reviewer's sheet and maps the keys; showing, scoring, saving
and leaving one nomination are in :mod:`desktop.ui.pages.recognition_scoring_sheet`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services.database import Database
from desktop.services.errors import DomainError
from desktop.services.recognition import cycles, reviewers, scoring
from desktop.services.recognition.scoring import ScoreSheet, SheetEntry
from desktop.ui.pages.recognition_rubric_row import GREY, CriterionRow
from desktop.ui.pages.recognition_score_sheet_model import SheetModel, state_text
from desktop.ui.pages.recognition_scoring_sheet import ScoringSheetMixin
from desktop.ui.table_model import Column
from desktop.ui.widgets import notice_label, record_table

DIGITS = {getattr(Qt.Key, f"Key_{digit}"): digit for digit in range(10)}
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ScoringTab(ScoringSheetMixin, QWidget):
    changed = Signal()

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.cycle_id: int | None = None
        self.sheet: ScoreSheet | None = None
        self.entry: SheetEntry | None = None
        self.given: dict[int, int | None] = {}  # criterion id -> level, as edited on screen
        self.current_criterion = 0
        self.rows: list[CriterionRow] = []
        self._syncing = False

        self.reviewer_combo = QComboBox()
        self.reviewer_combo.setMinimumContentsLength(30)
        self.reviewer_combo.setAccessibleName(self.tr("Reviewer"))
        reviewer_label = QLabel(self.tr("&Reviewer:"))
        reviewer_label.setBuddy(self.reviewer_combo)
        self.progress = QLabel()
        top = QHBoxLayout()
        top.addWidget(reviewer_label)
        top.addWidget(self.reviewer_combo, 1)
        top.addSpacing(12)
        top.addWidget(self.progress)
        self.lock_line = QLabel()
        self.lock_line.setWordWrap(True)

        self.model = SheetModel(
            [
                Column(self.tr("Scored"), state_text, foreground=self._grey_if_conflict),
                Column(self.tr("Nominee"), lambda e: e.nominee_name, foreground=self._grey_if_conflict),
            ],
            self,
        )
        self.table = record_table(self.model, stretch=QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Nominations to score"))
        self.table.setTabKeyNavigation(False)

        self.name = QLabel()
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.RichText)
        self.conflict = notice_label()
        self.rubric = QVBoxLayout()
        self.rubric.setSpacing(6)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Optional: a note kept with your scores"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.textEdited.connect(lambda _text: self._update_total())
        note_label = QLabel(self.tr("N&ote:"))
        note_label.setBuddy(self.note_edit)
        note_row = QHBoxLayout()
        note_row.addWidget(note_label)
        note_row.addWidget(self.note_edit, 1)
        keys = QLabel(
            self.tr(
                "Keys: a digit gives the current criterion that level and moves on · ↑ ↓ or Tab: criteria · "
                "← →: level · Delete: clear · Ctrl+Enter: save and next · PgUp PgDn: nominations"
            )
        )
        keys.setWordWrap(True)
        keys.setStyleSheet(f"color: {GREY};")
        content = QWidget()
        details = QVBoxLayout(content)
        for widget in (self.name, self.about, self.why, self.conflict):
            details.addWidget(widget)
        details.addLayout(self.rubric)
        details.addLayout(note_row)
        details.addWidget(keys)
        details.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(content)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.total = QLabel()
        self.total.setWordWrap(True)
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.revert_button.setToolTip(self.tr("Put back the levels last saved for this nomination"))
        self.save_button = QPushButton(self.tr("&Save and next"))
        self.save_button.setToolTip(
            self.tr("Save the levels and open the next nomination not yet scored (Ctrl+Enter)")
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.scroll, 1)
        right_layout.addLayout(bottom)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([340, 900])
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.lock_line)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        self.reviewer_combo.currentIndexChanged.connect(lambda _index: self._reviewer_chosen())
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.save_button.clicked.connect(self.save_and_next)
        self.revert_button.clicked.connect(self.revert)
        for widget in (self.table, self.note_edit, self.save_button, self.revert_button, self.reviewer_combo):
            widget.installEventFilter(self)
        self.set_database(db)

    # --- the page's interface -------------------------------------------------------------------

    def set_database(self, db: Database) -> None:
        self.db = db
        self.cycle_id = None
        self.entry = None
        self._fill_reviewers()
        self._load(keep_edits=False)

    def set_cycle(self, cycle_id: int | None) -> None:
        if cycle_id == self.cycle_id:
            self.reload()
            return
        self._confirm_leave(cancellable=False)
        self.cycle_id = cycle_id
        self.entry = None
        self._fill_reviewers()
        self._load(keep_edits=False)

    def reload(self) -> None:
        """Read the sheet again; levels given on screen but not saved yet are kept."""
        self._fill_reviewers()
        self._load(keep_edits=True)

    # --- reading ----------------------------------------------------------------------------------

    def reviewer_person_id(self) -> int | None:
        value = self.reviewer_combo.currentData()
        return int(value) if value is not None else None

    def _fill_reviewers(self) -> None:
        kept = self.reviewer_person_id()
        panel = reviewers.list_reviewers(self.db, self.cycle_id) if self.cycle_id is not None else []
        self.reviewer_combo.blockSignals(True)
        self.reviewer_combo.clear()
        for row in panel:
            self.reviewer_combo.addItem(f"{row.name} — {row.designation}", row.person_id)
        index = self.reviewer_combo.findData(kept) if kept is not None else -1
        self.reviewer_combo.setCurrentIndex(max(index, 0) if panel else -1)
        self.reviewer_combo.setEnabled(bool(panel))
        self.reviewer_combo.blockSignals(False)

    def _load(self, *, keep_edits: bool) -> None:
        """Read the chosen reviewer's sheet and show the same nomination again (the first not yet
        scored when there was none); with ``keep_edits``, levels not saved yet stay on screen."""
        edits = (dict(self.given), self.note_edit.text()) if keep_edits and self.dirty() else None
        shown = self.entry.nomination_id if self.entry is not None else None
        person_id = self.reviewer_person_id()
        self.sheet = None
        if self.cycle_id is not None and person_id is not None:
            try:
                self.sheet = scoring.score_sheet(self.db, self.cycle_id, person_id, self.today())
            except DomainError as exc:
                self._say(exc.message, error=True)
        sheet = self.sheet
        if sheet is not None and [row.criterion for row in self.rows] != list(sheet.criteria):
            self._build_rubric(sheet)
        self._syncing = True
        self.model.set_rows(sheet.entries if sheet is not None else [])
        self._syncing = False
        self._show_lock_line()
        if sheet is None or not sheet.entries:
            self._show_entry(None)
            return
        index = self._index_of(shown)
        if index is None:
            index = self._next_unscored(-1)
            edits = None
        self._show_entry(index if index is not None else 0, edits)

    def _build_rubric(self, sheet: ScoreSheet) -> None:
        for row in self.rows:
            self.rubric.removeWidget(row)
            row.deleteLater()
        total_weight = sum(criterion.weight for criterion in sheet.criteria) or 1.0
        scale = range(sheet.scale_min, sheet.scale_max + 1)
        self.rows = []
        for position, criterion in enumerate(sheet.criteria):
            row = CriterionRow(position, criterion, 100 * criterion.weight / total_weight, scale)
            row.chosen.connect(self._level_clicked)
            row.entered.connect(self.go_to_criterion)
            row.installEventFilter(self)
            self.rubric.addWidget(row)
            self.rows.append(row)
        chain = [self.table, *self.rows, self.note_edit, self.revert_button, self.save_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _show_lock_line(self) -> None:
        sheet = self.sheet
        if self.cycle_id is None:
            text, warn = self.tr("Choose a cycle above."), False
        elif self.reviewer_combo.count() == 0:
            text = self.tr(
                "No reviewers on this cycle's panel yet: add them with Edit… on Programmes and cycles."
            )
            warn = True
        elif sheet is None:
            text, warn = "", False
        elif sheet.locked:
            text, warn = self.tr("Read-only. %s") % sheet.why, True
        else:
            closes = cycles.get_cycle(self.db, sheet.cycle_id).review_closes
            text = self.tr("Review open until %s: scores can be entered and changed until that day.") % (
                f"{closes:%d/%m/%Y}"
            )
            warn = False
        self.lock_line.setText(text)
        self.lock_line.setStyleSheet(
            "background: #fff6d5; border: 1px solid #e0c96b; padding: 6px;" if warn else ""
        )
        if sheet is None:
            self.progress.setText("")
        else:
            self.progress.setText(
                self.tr("%(complete)d of %(scorable)d scored")
                % {"complete": sheet.complete_count, "scorable": sheet.scorable_count}
            )

    # --- keys -------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(watched, event)
        return super().eventFilter(watched, event)

    def _key(self, watched: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        if key in ENTER_KEYS and modifiers == Qt.KeyboardModifier.ControlModifier:
            self.save_and_next()
            return True
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) and plain:
            self.move(1 if key == Qt.Key.Key_PageDown else -1)
            return True
        if watched in (self.note_edit, self.reviewer_combo) or not plain:
            if watched is self.note_edit and key == Qt.Key.Key_Up and self.rows:
                self.go_to_criterion(len(self.rows) - 1)
                return True
            return False
        if key in DIGITS:
            self.give_level(DIGITS[key])  # a digit outside the scale does nothing
            return True
        if not isinstance(watched, CriterionRow):
            return False
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.go_to_criterion(self.current_criterion + (1 if key == Qt.Key.Key_Down else -1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._step_level(1 if key == Qt.Key.Key_Right else -1)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.give_level(None, advance=False)
        else:
            return False
        return True
