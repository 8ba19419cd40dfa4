"""The nomination form: the nominee (chosen from the records or added on the spot), category, who
nominates and why, the date, and the evidence.

A new nomination is saved first and the form stays open, so that photos and PDFs can be added to
it; after that, Save corrects it and closes. A nominee already nominated in the cycle is offered
as a merge into the earlier nomination. Reading, saving and the refusals are in nomination_saving.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.text import indian_date
from desktop.services.database import Database
from desktop.services.recognition import cycles, nominations, programmes
from desktop.services.recognition.nominations import (
    EDITABLE_STATUSES,
    MAX_JUSTIFICATION,
    MIN_JUSTIFICATION,
    NominationDetail,
)
from desktop.services.text import clean
from desktop.ui.dialogs.form_dialog import ERROR_STYLE, FieldRows
from desktop.ui.dialogs.mou_widgets import date_edit, freeze_date
from desktop.ui.dialogs.nomination_evidence import EvidencePanel
from desktop.ui.dialogs.nomination_parts import NominatorChooser, NomineeSummary
from desktop.ui.dialogs.nomination_saving import NominationSavingMixin
from desktop.ui.dialogs.nominee_chooser import NomineeChooser
from desktop.ui.widgets import notice_label


@dataclass(frozen=True)
class FromData:
    """A nomination started from a suggestion: the unit, or the search for the person to
    nominate for it, and the figures kept with the nomination."""

    evidence_note: str
    kind: str | None = None  # "school" or "cluster" when the programme recognises the unit
    unit_id: int | None = None
    person_search: str = ""  # otherwise: the person search starts with this (the unit's name)


class NominationDialog(NominationSavingMixin, QDialog):
    """New nomination in ``cycle_id`` (``nomination_id`` None) or an existing one.

    ``changed`` is emitted whenever something is saved (the nomination, a merge, a file), so the
    list behind can follow while the form stays open."""

    changed = Signal()

    def __init__(
        self,
        db: Database,
        cycle_id: int,
        nomination_id: int | None = None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        from_data: FromData | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.cycle = cycles.get_cycle(db, cycle_id)
        self.programme = programmes.get_programme(db, self.cycle.programme_id)
        self.from_data = from_data
        self.nomination_id: int | None = None
        self.detail: NominationDetail | None = None
        self.setMinimumWidth(1000)
        self.resize(1020, 640)  # room for messages under the fields (fits a 1366 × 768 screen)

        self.notice = notice_label()
        self.notice.hide()
        self.chooser = NomineeChooser(db, self.programme)
        self.summary = NomineeSummary()
        self.summary.hide()
        left = self.left = QVBoxLayout()
        left.addWidget(QLabel("<b>{}</b>".format(self.tr("Nominee"))))
        left.addWidget(self.chooser, 1)
        left.addWidget(self.summary)
        left.addStretch(0)  # takes the chooser's room once the nominee is fixed

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rows = FieldRows(form, mark_only_line_edits=True)  # a red frame would run into child widgets
        self.category = QComboBox()
        self.category.addItem(self.tr("— choose —"), None)
        for category in self.programme.categories:
            self.category.addItem(category, category)
        self.rows.add_field("category", self.tr("Cate&gory"), self.category)
        form.setRowVisible(self.rows.holders["category"], bool(self.programme.categories))
        self.nominator = NominatorChooser(db)
        self.rows.add_field("nominator", self.tr("Nominated &by"), self.nominator)
        self.justification = QPlainTextEdit()
        self.justification.setTabChangesFocus(True)
        self.justification.setPlaceholderText(
            self.tr("What the nominee did, and what changed because of it (figures, dates, places).")
        )
        self.justification.setMinimumHeight(110)
        self.counter = QLabel()
        justification = QWidget()
        column = QVBoxLayout(justification)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.justification, 1)
        column.addWidget(self.counter)
        justification.setFocusProxy(self.justification)
        self.rows.add_field("justification", self.tr("&Justification"), justification)
        self.nominated_on = date_edit(today())
        self.window = QLabel()
        self.window.setWordWrap(True)
        when = QWidget()
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nominated_on)
        row.addSpacing(8)
        row.addWidget(self.window, 1)
        when.setFocusProxy(self.nominated_on)
        self.rows.add_field("nominated_on", self.tr("Nominated &on"), when)
        self.data_note = QLabel()
        self.data_note.setWordWrap(True)
        self.rows.add_field("evidence_note", self.tr("From data"), self.data_note)
        for name, holder in self.rows.holders.items():
            holder.setFocusProxy(self.rows.widgets[name])
        self.evidence = EvidencePanel(db)
        right = self.right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.evidence, 1)

        columns = QHBoxLayout()
        columns.addLayout(left, 5)
        columns.addSpacing(12)
        columns.addLayout(right, 6)
        self.general_error = QLabel()
        self.general_error.setObjectName("general_error")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(columns, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.chooser.changed.connect(lambda: self.general_error.hide())
        self.category.currentIndexChanged.connect(lambda _i: self.rows.clear_error("category"))
        self.nominator.changed.connect(lambda: self.rows.clear_error("nominator"))
        self.justification.textChanged.connect(self._justification_changed)
        self.nominated_on.dateChanged.connect(lambda _d: self._date_changed())
        self.evidence.changed.connect(self.changed)

        self._show_window()
        self._justification_changed()
        if nomination_id is not None:
            self._load(nomination_id)
        else:
            self._start_new()

    # --- setting up -----------------------------------------------------------------------------

    def _start_new(self) -> None:
        self.setWindowTitle(self.tr("Nominate for %s") % self.cycle.label)
        data = self.from_data
        note = data.evidence_note if data else ""
        self.data_note.setText(note)
        self.rows.form.setRowVisible(self.rows.holders["evidence_note"], bool(note))
        if data is not None:
            if data.kind is not None and data.unit_id is not None:
                self.chooser.set_choice(data.kind, data.unit_id)
            else:
                self.chooser.search_people(data.person_search)
            if self.cycle.office_id is not None:  # a suggestion from data is the office's own
                self.nominator.set_choice("office", self.cycle.office_id)
        self.evidence.set_nomination(None)
        self.save_button.setEnabled(not self.db.read_only)
        self.save_button.setDefault(True)
        self.chooser.setFocus()

    def _load(self, nomination_id: int) -> None:
        """Show a saved nomination: its nominee fixed, its first nominator's words editable."""
        detail = nominations.get_nomination(self.db, nomination_id)
        self.nomination_id, self.detail = nomination_id, detail
        row = detail.row
        self.setWindowTitle(
            self.tr("Nomination of %(nominee)s — %(cycle)s")
            % {"nominee": row.nominee_name, "cycle": self.cycle.label}
        )
        self.chooser.hide()
        self.summary.show_nomination(detail)
        self.summary.show()
        if self.right.indexOf(self.evidence) >= 0:  # the left column has room for the files now
            self.right.removeWidget(self.evidence)
            self.right.addStretch(1)
            self.left.insertWidget(self.left.count() - 1, self.evidence, 1)
        self.category.setCurrentIndex(max(self.category.findData(row.category), 0))
        first = detail.nominators[0]
        record = {"person": first.person_id, "office": first.office_id, "organisation": first.organisation_id}
        self.nominator.set_choice(first.kind, record[first.kind])
        self.justification.setPlainText(first.justification)
        self.nominated_on.setDate(QDate(row.nominated_on))
        freeze_date(self.nominated_on)
        self.data_note.setText(detail.evidence_note or "")
        self.rows.form.setRowVisible(self.rows.holders["evidence_note"], bool(detail.evidence_note))
        self.evidence.set_nomination(nomination_id)
        editable = row.status in EDITABLE_STATUSES and not self.db.read_only
        self.save_button.setEnabled(editable)
        if row.status not in EDITABLE_STATUSES:
            self._notify(
                self.tr(
                    "This nomination is %(status)s (since %(date)s); it can be corrected only while Nominated or "
                    "Shortlisted. Evidence can still be added."
                )
                % {
                    "status": QCoreApplication.translate("Recognition", row.status_label),
                    "date": indian_date(row.status_date),
                }
            )

    # --- reacting -------------------------------------------------------------------------------

    def _notify(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _justification_changed(self) -> None:
        self.rows.clear_error("justification")
        length = len(clean(self.justification.toPlainText()))
        if length < MIN_JUSTIFICATION:
            text = self.tr("%(length)d characters; write at least %(minimum)d.") % {
                "length": length,
                "minimum": MIN_JUSTIFICATION,
            }
        elif length > MAX_JUSTIFICATION:
            text = self.tr("%(length)d characters; at most %(maximum)d fit.") % {
                "length": length,
                "maximum": MAX_JUSTIFICATION,
            }
        else:
            text = self.tr("%(length)d characters (at least %(minimum)d, at most %(maximum)d).") % {
                "length": length,
                "minimum": MIN_JUSTIFICATION,
                "maximum": MAX_JUSTIFICATION,
            }
        self.counter.setText(text)
        fits = not length or MIN_JUSTIFICATION <= length <= MAX_JUSTIFICATION  # not begun is no fault
        self.counter.setStyleSheet("color: palette(placeholder-text);" if fits else ERROR_STYLE)

    def _date_changed(self) -> None:
        self.rows.clear_error("nominated_on")
        self._show_window()

    def _show_window(self) -> None:
        day = self.nominated_on.date().toPython()
        text = self.tr("Nominations are open %s.") % self.cycle.nomination_window
        inside = self.cycle.nomination_opens <= day <= self.cycle.nomination_closes  # type: ignore[operator]
        if not inside and self.nomination_id is None:
            text += " " + self.tr("This date is outside that window.")
        self.window.setText(text)
        self.window.setStyleSheet("" if inside or self.nomination_id else ERROR_STYLE)
