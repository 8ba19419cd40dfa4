"""Suggestions from data: the clusters or schools that improved most between two assessment
rounds, with the figures, and a nomination made from one of them (its figures kept with it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.baseline.analysis import round_analysis
from desktop.services.database import Database
from desktop.services.errors import DomainError, ValidationError
from desktop.services.recognition import cycles, programmes, suggestions
from desktop.services.recognition.suggestions import SUGGESTION_LEVELS, Suggestion
from desktop.ui.dialogs.mou_records import TextTableModel
from desktop.ui.dialogs.mou_widgets import error_label, hint_label
from desktop.ui.dialogs.nomination_dialog import FromData, NominationDialog
from desktop.ui.table_model import Column
from desktop.ui.widgets import filter_combo, notice_label, record_table, refill_combo, selected_row

LIMIT = 20


def _signed(value: float | None) -> str:
    return "" if value is None else f"{value:+.1f}"


class SuggestionsDialog(QDialog):
    """Suggested nominees for a cycle from two rounds' results; ``changed`` when a nomination is
    made from one."""

    changed = Signal()

    def __init__(
        self,
        db: Database,
        cycle_id: int,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.cycle = cycles.get_cycle(db, cycle_id)
        self.programme = programmes.get_programme(db, self.cycle.programme_id)
        self.dialog: Any = None
        self.nomination_id: int | None = None  # the last nomination made from here
        self.setWindowTitle(self.tr("Suggestions from data — %s") % self.cycle.label)
        self.setMinimumSize(980, 560)

        self.rounds = suggestions.rounds_for_suggestions(db)
        self.earlier = QComboBox()
        self.later = QComboBox()
        for box in (self.earlier, self.later):
            for choice in self.rounds:
                box.addItem(choice.label, choice.id)
        if len(self.rounds) >= 2:
            self.earlier.setCurrentIndex(len(self.rounds) - 2)
            self.later.setCurrentIndex(len(self.rounds) - 1)
        self.level = QComboBox()
        for level, label in SUGGESTION_LEVELS.items():
            self.level.addItem(QCoreApplication.translate("Recognition", label), level)
        self.grade = filter_combo(self.tr("all grades"), [])
        self.subject = filter_combo(self.tr("all subjects"), [])
        grid = QGridLayout()
        for column, (text, box) in enumerate(
            (
                (self.tr("&Earlier round"), self.earlier),
                (self.tr("&Later round"), self.later),
                (self.tr("Le&vel"), self.level),
                (self.tr("&Grade"), self.grade),
                (self.tr("Su&bject"), self.subject),
            )
        ):
            label = QLabel(text)
            label.setBuddy(box)
            grid.addWidget(label, 0, column)
            grid.addWidget(box, 1, column)
            grid.setColumnStretch(column, 2 if column < 2 else 1)

        self.notice = notice_label(
            self.tr(
                "Suggestions need two assessment rounds with students' results: import them on "
                "Baseline → Imports."
            )
        )
        self.notice.setVisible(len(self.rounds) < 2)
        self.explain = hint_label(
            self.tr(
                "The units whose share of students at or above grade level rose most (then their mean "
                "score), largest rise first; units with too few students in either round are left out."
            )
        )
        self.model = TextTableModel(
            [
                Column(self.tr("Unit"), self._unit_text),
                Column(self.tr("Block"), lambda s: s.block or ""),
                Column(self.tr("Earlier %"), lambda s: f"{s.earlier_percent:.1f}", align_right=True,
                       order_by=lambda s: s.earlier_percent),
                Column(self.tr("Later %"), lambda s: f"{s.later_percent:.1f}", align_right=True,
                       order_by=lambda s: s.later_percent),
                Column(self.tr("Change (points)"), lambda s: _signed(s.change_points), align_right=True,
                       order_by=lambda s: s.change_points),
                Column(self.tr("Mean score change"), lambda s: _signed(s.score_change), align_right=True,
                       order_by=lambda s: s.score_change),
                Column(self.tr("Students"), lambda s: f"{s.students_earlier:,} → {s.students_later:,}",
                       align_right=True, order_by=lambda s: s.students_later),
                Column(self.tr("Already nominated"), lambda s: self.tr("yes") if s.already_nominated else ""),
            ],
            self,
        )  # fmt: skip
        self.table = record_table(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Suggested nominees"))
        self.detail = QLabel()
        self.detail.setObjectName("evidence_sentence")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(40)
        self.error = error_label()
        self.nominate_button = QPushButton(self.tr("&Nominate…"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.nominate_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(grid)
        layout.addWidget(self.explain)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.buttons)

        for box in (self.earlier, self.later):
            box.currentIndexChanged.connect(self._rounds_changed)
        for box in (self.level, self.grade, self.subject):
            box.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_detail())
        self.table.doubleClicked.connect(lambda _index: self.nominate_selected())
        self.nominate_button.clicked.connect(self.nominate_selected)
        self._rounds_changed()

    # --- reading ----------------------------------------------------------------------------------

    def _unit_text(self, suggestion: Suggestion) -> str:
        local = f" ({suggestion.name_local})" if suggestion.name_local else ""
        cluster = self.tr(", %s cluster") % suggestion.cluster if suggestion.cluster else ""
        return f"{suggestion.name}{local}{cluster}"

    def suggestions(self) -> list[Suggestion]:
        return [self.model.row_at(i) for i in range(self.model.rowCount())]

    def selected(self) -> Suggestion | None:
        return selected_row(self.table)

    def _rounds_changed(self) -> None:
        """Offer the grades and subjects of the two rounds, then suggest afresh."""
        grades: set[int] = set()
        subjects: set[str] = set()
        for box in (self.earlier, self.later):
            round_id = box.currentData()
            if round_id is not None:
                analysis = round_analysis(self.db, round_id, "district")
                grades |= set(analysis.grades)
                subjects |= set(analysis.subjects)
        for box, choices in (
            (self.grade, [(grade, self.tr("Grade %d") % grade) for grade in sorted(grades)]),
            (self.subject, [(name, name) for name in sorted(subjects, key=str.casefold)]),
        ):
            refill_combo(box, choices)
        self.refresh()

    def refresh(self) -> None:
        """Suggest again for the rounds, level, grade and subject chosen; a refusal is shown."""
        self.error.hide()
        kept = self.selected()
        found: list[Suggestion] = []
        earlier, later = self.earlier.currentData(), self.later.currentData()
        if earlier is not None and later is not None:
            try:
                found = suggestions.suggest_nominees(
                    self.db,
                    self.cycle.id,
                    earlier,
                    later,
                    level=self.level.currentData(),
                    limit=LIMIT,
                    grade=self.grade.currentData(),
                    subject=self.subject.currentData(),
                )
            except ValidationError as exc:
                self._show_error("\n".join(exc.field_errors.values()))
            except DomainError as exc:
                self._show_error(exc.message)
            else:
                if not found:
                    self._show_error(self.tr("No unit improved between these rounds for this choice."))
        self.model.set_rows(found)
        rows = self.suggestions()
        same = next((i for i, s in enumerate(rows) if kept and s.unit_id == kept.unit_id), 0 if rows else -1)
        if same >= 0:
            self.table.selectRow(same)
        self._show_detail()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _show_detail(self) -> None:
        suggestion = self.selected()
        self.detail.setText(suggestion.evidence_note if suggestion else "")
        writable = not self.db.read_only
        self.nominate_button.setEnabled(
            writable and suggestion is not None and not suggestion.already_nominated
        )
        if suggestion is not None and suggestion.already_nominated:
            self.nominate_button.setToolTip(self.tr("Already nominated in this cycle"))
        else:
            self.nominate_button.setToolTip("")

    # --- nominating -------------------------------------------------------------------------------

    def from_data(self, suggestion: Suggestion) -> FromData:
        """The unit itself when the programme recognises it; otherwise a person, searched for by
        the unit's name (a CRP of the cluster, say)."""
        if suggestion.level in self.programme.eligible_kinds:
            return FromData(suggestion.evidence_note, suggestion.level, suggestion.unit_id)
        return FromData(suggestion.evidence_note, person_search=suggestion.name)

    def nominate_selected(self) -> None:
        suggestion = self.selected()
        if suggestion is None or suggestion.already_nominated or self.db.read_only:
            return
        dialog = NominationDialog(
            self.db, self.cycle.id, parent=self, today=self.today, from_data=self.from_data(suggestion)
        )
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._nominated)
        dialog.open()

    def _nominated(self) -> None:
        self.nomination_id = getattr(self.dialog, "nomination_id", None)
        self.refresh()  # the unit is now already nominated
        self.changed.emit()
