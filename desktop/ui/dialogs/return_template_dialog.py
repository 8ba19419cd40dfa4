"""The return template for a partner without the app: which MoU, which round, where to save it.

The workbook is built, written and recorded in the exchange log in the background; the log shows
it as given to the partner. MoUs that cannot have a template today are not offered, and the
dialog says why.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.text import indian_date
from desktop.services.database import Database
from desktop.services.errors import DomainError
from desktop.services.exchange.return_template_export import (
    TemplateChoice,
    TemplateExportResult,
    TemplatePreview,
    export_return_template,
    preview_template,
    template_choices,
    template_file_name,
)
from desktop.services.rounds import list_rounds
from desktop.services.text import clean
from desktop.ui.dialogs.import_wizard_parts import problem_notice, thousands
from desktop.ui.tasks import BackgroundTask

FOLDER_KEY = "exchange/return_template_folder"
SHOWN_REFUSALS = 5
DIM_STYLE = "color: #6b7280;"


def _selectable(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ReturnTemplateDialog(QDialog):
    """``saved`` (a TemplateExportResult) once a template is written and logged; the dialog stays
    open for another round or MoU."""

    saved = Signal(object)

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.db, self.today = db, today
        self.task: BackgroundTask | None = None
        self.result: TemplateExportResult | None = None
        self.preview: TemplatePreview | None = None
        self.setWindowTitle(self.tr("Return template for a partner"))
        self.setMinimumWidth(720)
        # Room for a long refusal and the outcome: wrapped labels do not make a window grow.
        self.resize(780, 560)
        intro = QLabel(
            self.tr(
                "A workbook a partner without the app fills in to send data back. It carries the "
                "MoU's school list and, where the MoU's terms allow pseudonymised results, its "
                "students under their pseudonyms with grade and gender. It is recorded in the "
                "exchange log as data given to the partner."
            )
        )
        intro.setWordWrap(True)

        self.choices = template_choices(db, today=today())
        self.mou = QComboBox()
        self.mou.setAccessibleName(self.tr("MoU"))
        for choice in self.choices:
            if choice.refusal is None:
                self.mou.addItem(f"{choice.reference} — {choice.partners}", choice.mou_id)
                self.mou.setItemData(self.mou.count() - 1, choice.title, Qt.ItemDataRole.ToolTipRole)
        self.not_offered = _selectable(QLabel())
        self.not_offered.setStyleSheet(DIM_STYLE)
        self.summary = _selectable(QLabel())

        self.round = QComboBox()
        self.round.setEditable(True)
        self.round.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.round.addItems([row.name for row in list_rounds(db)])
        self.round.setCurrentIndex(-1)
        self.round.lineEdit().setPlaceholderText(
            self.tr("e.g. Endline 2027 (type a new round, or choose one)")
        )
        self.round.setAccessibleName(self.tr("Round"))

        self.form = QFormLayout()
        self.form.addRow(self.tr("&MoU"), self.mou)
        self.form.addRow(self.tr("&Round"), self.round)

        self.refusal = problem_notice()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = _selectable(QLabel())
        self.outcome = _selectable(QLabel())
        self.outcome.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("&Save template…"))
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        # Below the form rather than in it: a form row sized a wrapped label for a narrower width
        # and left a band of empty space under it. What the chosen MoU's template carries first,
        # then the MoUs that cannot have one.
        layout.addWidget(self.summary)
        layout.addWidget(self.not_offered)
        layout.addWidget(self.refusal)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.mou.currentIndexChanged.connect(lambda _index: self._chosen())
        self.round.currentTextChanged.connect(lambda _text: self.refusal.hide())
        self._show_not_offered([c for c in self.choices if c.refusal is not None])
        self._chosen()
        (self.round if self.mou.count() else self.buttons).setFocus()

    # --- choosing -------------------------------------------------------------------------------

    def _show_not_offered(self, refused: list[TemplateChoice]) -> None:
        if not self.choices:
            self.not_offered.setText(self.tr("There is no MoU in the register yet."))
            return
        if not refused:
            self.not_offered.hide()
            return
        if self.mou.count():
            lines = [self.tr("Not offered (a template needs an MoU in force that covers schools):")]
        else:
            lines = [self.tr("No MoU can have a return template today:")]
        lines += [f"• {choice.refusal}" for choice in refused[:SHOWN_REFUSALS]]
        if len(refused) > SHOWN_REFUSALS:
            lines.append(self.tr("… and %s more") % (len(refused) - SHOWN_REFUSALS))
        self.not_offered.setText("\n".join(lines))

    def _chosen(self) -> None:
        self.refusal.hide()
        self.preview = None
        mou_id = self.mou.currentData()
        if mou_id is not None:
            try:
                self.preview = preview_template(self.db, mou_id, today=self.today())
            except DomainError as refused:  # changed since the dialog opened
                self._refuse(refused.message)
        self.mou.setEnabled(self.mou.count() > 0)
        self.summary.setText(self.describe(self.preview) if self.preview else "")
        self.summary.setVisible(self.preview is not None)
        self._update_buttons()

    def describe(self, preview: TemplatePreview) -> str:
        """What the template of the chosen MoU carries out of the office, in words."""
        lines = [self.tr("For: %s") % ", ".join(preview.partner_names)]
        schools = self.tr("%s schools (UDISE code, name, block, cluster)") % thousands(preview.schools)
        if preview.students is None:
            students = self.tr("no students: the MoU's terms do not allow pseudonymised results")
        elif preview.students == 0:
            students = self.tr("no students: the office has no results for these schools yet")
        else:
            students = self.tr(
                "%(students)s students of %(round)s under their pseudonyms for this MoU, with grade and gender"
            ) % {"students": thousands(preview.students), "round": preview.results_round}
        lines.append(
            self.tr("Pre-filled: %(schools)s; %(students)s.") % {"schools": schools, "students": students}
        )
        if preview.keep_until is not None:
            lines.append(self.tr("The partner keeps it until %s.") % indian_date(preview.keep_until))
        else:
            lines.append(self.tr("No keep-until date: the MoU's terms name none of what it carries."))
        return "\n".join(lines)

    # --- saving ---------------------------------------------------------------------------------

    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def _update_buttons(self) -> None:
        busy = self.busy()
        self.save_button.setEnabled(self.preview is not None and not busy and not self.db.read_only)
        for widget in (self.mou, self.round):
            widget.setEnabled(not busy and (widget is not self.mou or self.mou.count() > 0))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Cancel") if busy else self.tr("Close"))

    def _refuse(self, message: str) -> None:
        self.refusal.setText(message)
        self.refusal.show()

    def suggested_path(self, round_name: str) -> Path:
        folder = Path(str(QSettings().value(FOLDER_KEY, "") or Path.home()))
        assert self.preview is not None
        return folder / template_file_name(self.preview.reference, round_name)

    def save(self) -> BackgroundTask | None:
        """Ask where, then build, write and log the template in the background."""
        if self.preview is None or self.busy():
            return None
        round_name = clean(self.round.currentText())
        if not round_name:
            self._refuse(self.tr("Give the name of the round the partner returns data for."))
            self.round.setFocus()
            return None
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the return template"),
            str(self.suggested_path(round_name)),
            self.tr("Excel workbooks (*.xlsx)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is refused, not replaced
        )
        if not name:
            return None
        path = Path(name)
        QSettings().setValue(FOLDER_KEY, str(path.parent))
        db, mou_id, today = self.db, self.preview.mou_id, self.today()
        self.task = BackgroundTask(
            lambda progress: export_return_template(
                db, mou_id, today=today, round_name=round_name, path=path, progress=progress
            ),
            self,
        )
        self.task.progress.connect(lambda _done, _total, message: self.status.setText(message))
        self.task.succeeded.connect(self._saved)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(
            lambda: self.status.setText(self.tr("Cancelled: nothing was written or recorded."))
        )
        self.task.finished.connect(self._finished)
        self.refusal.hide()
        self.outcome.hide()
        self.status.setText(self.tr("Making the return template…"))
        self.progress.show()
        self.task.start()
        self._update_buttons()
        return self.task

    def _finished(self) -> None:
        self.progress.hide()
        self._update_buttons()

    def _failed(self, error: object) -> None:
        self.status.setText("")
        if isinstance(error, DomainError):
            self._refuse(error.message)
        else:
            self._refuse(self.tr("The template was not made, on an unexpected error: %s") % error)

    def _saved(self, result: TemplateExportResult) -> None:
        self.result = result
        self.status.setText(self.tr("The return template is saved and recorded in the exchange log."))
        lines = [self.tr("Saved to: %s") % result.path]
        if result.students:
            lines.append(
                self.tr(
                    "%(schools)s schools; %(students)s students under their pseudonyms (%(rows)s rows to fill in)."
                )
                % {
                    "schools": thousands(result.schools),
                    "students": thousands(result.students),
                    "rows": thousands(result.student_rows),
                }
            )
        else:
            lines.append(self.tr("%s schools; no students.") % thousands(result.schools))
        if result.keep_until is not None:
            lines.append(self.tr("Keep until: %s") % indian_date(result.keep_until))
        lines.append(
            self.tr("Give it to the partner; it is not locked, so hand it over in person or on a drive.")
        )
        self.outcome.setText("\n".join(lines))
        self.outcome.show()
        self.saved.emit(result)

    def reject(self) -> None:
        """Closing while the template is made cancels it; the window stays open until it has
        stopped, so whether it was saved is never in doubt."""
        if self.busy():
            assert self.task is not None
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))
            return
        super().reject()
