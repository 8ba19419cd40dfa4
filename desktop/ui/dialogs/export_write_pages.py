"""The export wizard's last pages: writing the package in the background, then its receipt."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.documents.text import indian_date
from desktop.services.errors import DomainError
from desktop.services.exchange.export import ExportResult, export_package
from desktop.services.exchange.key_storage import PassphraseNeededError
from desktop.services.exchange.receipts import receipt_pdf_for, save_receipt
from desktop.ui.dialogs.export_drives import data_size
from desktop.ui.dialogs.import_wizard_parts import problem_notice, thousands
from desktop.ui.dialogs.wizard_task import TaskPageMixin
from desktop.ui.fonts import mono_font
from desktop.ui.pdf_pages import page_images, print_pdf
from desktop.ui.tasks import BackgroundTask

NOTHING_WRITTEN = QT_TRANSLATE_NOOP("WritePage", "Nothing was written to the drive and nothing was recorded.")
PREVIEW_DPI = 64


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _selectable(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class WritePage(TaskPageMixin, QWizardPage):
    """What is about to be written, the Write button, progress with Cancel, and the outcome: the
    file, its size and hash, who signed it, and until when the partner may keep it."""

    written = Signal(int)  # the exchange log entry's id
    key_passphrase_needed = Signal()  # signing found it needs the office key's passphrase after all

    def __init__(self, state, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Write the package"))
        self.setSubTitle(
            self.tr("The package is written, read back and checked, then recorded in the exchange log.")
        )
        self.summary = _selectable()
        summary_box = QGroupBox(self.tr("The package"))
        QVBoxLayout(summary_box).addWidget(self.summary)
        self.write_button = QPushButton(self.tr("&Write package"))
        self.write_button.setDefault(True)
        self.status = _bold(QLabel())
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Ca&ncel writing"))
        running = QHBoxLayout()
        running.addWidget(self.write_button)
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        running.addStretch(0)
        self.failure = problem_notice()
        self.outcome = QWidget()
        outcome_form = QFormLayout(self.outcome)
        outcome_form.setContentsMargins(0, 0, 0, 0)
        self.outcome_values = {
            key: _selectable() for key in ("path", "size", "sha256", "fingerprint", "keep_until")
        }
        mono = mono_font()
        for key in ("sha256", "fingerprint"):
            self.outcome_values[key].setFont(mono)
        for key, label in (
            ("path", self.tr("File:")),
            ("size", self.tr("Size:")),
            ("sha256", self.tr("SHA-256:")),
            ("fingerprint", self.tr("Signed by the office key:")),
            ("keep_until", self.tr("The partner keeps it until:")),
        ):
            outcome_form.addRow(label, self.outcome_values[key])
        layout = QVBoxLayout(self)
        layout.addWidget(summary_box)
        layout.addLayout(running)
        layout.addWidget(self.status)
        layout.addWidget(self.failure)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        self.write_button.clicked.connect(self.write)
        self.cancel_button.clicked.connect(self.stop)
        self.task: BackgroundTask | None = None
        self._show_idle()

    def initializePage(self) -> None:
        self.summary.setText(self._summary())
        self.failure.hide()
        self.status.clear()

    def _summary(self) -> str:
        state = self.state
        preview = state.preview
        assert preview is not None
        scope = preview.scope
        lines = [
            self.tr("MoU %(reference)s: %(title)s") % {"reference": scope.reference, "title": scope.title},
            self.tr("For: %s") % ", ".join(scope.partner_names),
            "",
        ]
        for category in scope.categories:
            records = preview.records.get(category.code, 0)
            lines.append(
                self.tr("• %(category)s: %(count)s records")
                % {
                    "category": QCoreApplication.translate("MoUs", category.label),
                    "count": thousands(records),
                }
            )
        if scope.round_names:
            lines.append(self.tr("Rounds: %s") % ", ".join(scope.round_names))
        lines += [
            "",
            self.tr("Into: %s") % state.folder,
            self.tr("Keep until: %s") % indian_date(scope.keep_until),
        ]
        if state.creates_key:
            lines.append(self.tr("This first package creates the office's signing key."))
        elif preview.own_fingerprint:
            lines.append(self.tr("Signed with the office key %s") % preview.own_fingerprint)
        return "\n".join(lines)

    # --- writing ------------------------------------------------------------------------------

    def write(self) -> BackgroundTask:
        """Write the package in the background; the page stays responsive and can cancel."""
        request, db = self.state.request(), self.state.db
        self.task = BackgroundTask(lambda progress: export_package(db, request, progress=progress), self)
        self.task.progress.connect(self._progress)
        self.task.succeeded.connect(self._done)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)
        self.task.finished.connect(self._finished)
        self.failure.hide()
        self.status.setText(self.tr("Writing the package…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.write_button.setEnabled(False)
        self.completeChanged.emit()
        self._allow_back(False)
        self.task.start()
        return self.task

    def _show_idle(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.outcome.setVisible(self.state.result is not None)
        self.write_button.setVisible(self.state.result is None)
        self.write_button.setEnabled(self.state.result is None)

    def _finished(self) -> None:
        self._show_idle()
        self.completeChanged.emit()  # the wizard sets its buttons again, Back included

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Cancelled. ") + self.tr(NOTHING_WRITTEN))

    def _failed(self, error: object) -> None:
        self.status.setText(self.tr(NOTHING_WRITTEN))
        if isinstance(error, PassphraseNeededError):
            self.state.key_passphrase_needed = True
            self.key_passphrase_needed.emit()
            text = error.message + "\n" + self.tr("Go Back to the passphrase page to type it.")
        elif isinstance(error, DomainError):
            text = error.message
        elif isinstance(error, OSError):
            text = self.tr("The package could not be written to %(folder)s: %(error)s") % {
                "folder": self.state.folder,
                "error": error.strerror or error,
            }
        else:
            text = self.tr("Writing stopped on an unexpected error: %s") % error
        self.failure.setText(text)
        self.failure.show()

    def _done(self, result: ExportResult) -> None:
        self.state.result = result
        self.state.passphrase, self.state.key_passphrase = "", None
        self.status.setText(self.tr("The package is written, checked and recorded in the exchange log."))
        values = self.outcome_values
        values["path"].setText(str(result.path))
        values["size"].setText(
            self.tr("%(size)s (%(bytes)s bytes)")
            % {"size": data_size(result.size), "bytes": thousands(result.size)}
        )
        values["sha256"].setText(result.sha256)
        values["fingerprint"].setText(str(result.manifest.get("signer", {}).get("fingerprint", "")))
        keep_until = result.manifest.get("keep_until")
        values["keep_until"].setText(indian_date(date.fromisoformat(keep_until)) if keep_until else "")
        self._show_idle()
        self.written.emit(result.log_id)
        self.completeChanged.emit()  # after ``written``: the wizard has made the way back a commit

    def isComplete(self) -> bool:
        return self.state.result is not None and not self.busy()


class ReceiptPage(QWizardPage):
    """The one-page hand-over receipt: a preview, Print… and Save receipt…."""

    def __init__(self, state, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Hand-over receipt"))
        self.setSubTitle(
            self.tr(
                "Print the receipt; both sides sign it when the drive changes hands. The partner checks "
                "the package's SHA-256 and the office key's fingerprint against it."
            )
        )
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save receipt…"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.message, 1)
        self.page_image = QLabel(self.tr("Preparing the receipt…"))
        self.page_image.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidget(self.page_image)
        scroll.setWidgetResizable(True)
        scroll.setStyleSheet("QScrollArea { background: #e5e7eb; }")
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(scroll, 1)
        self.print_button.clicked.connect(lambda: self.print_receipt())
        self.save_button.clicked.connect(lambda: self.save())
        self.pdf: bytes | None = None
        self.task: BackgroundTask | None = None

    def initializePage(self) -> None:
        self.print_button.setEnabled(False)
        self.prepare()

    def prepare(self) -> BackgroundTask:
        """Make the receipt's PDF and its page image in the background."""
        db, log_id = self.state.db, self._log_id()

        def work(_progress: object) -> tuple[bytes, list]:
            pdf = receipt_pdf_for(db, log_id)
            return pdf, page_images(pdf, dpi=PREVIEW_DPI, first_pages=1)

        self.task = BackgroundTask(work, self)
        self.task.succeeded.connect(self._prepared)
        self.task.failed.connect(self._failed)
        self.task.start()
        return self.task

    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def stop(self) -> None:
        if self.busy():
            self.task.cancel()  # type: ignore[union-attr]

    def _log_id(self) -> int:
        result = self.state.result
        assert result is not None
        return result.log_id

    def _prepared(self, made: tuple[bytes, list]) -> None:
        self.pdf, images = made
        if images:
            self.page_image.setPixmap(QPixmap.fromImage(images[0]))
        self.print_button.setEnabled(True)

    def _failed(self, error: object) -> None:
        text = error.message if isinstance(error, DomainError) else str(error)
        self.page_image.setText(self.tr("The receipt could not be made: %s") % text)

    def print_receipt(self, printer: QPrinter | None = None) -> bool:
        """Print through Qt's print dialog (or straight to ``printer``, already set up)."""
        if self.pdf is None:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if not QPrintDialog(printer, self).exec():
                return False
        try:
            print_pdf(self.pdf, printer)
        except OSError as error:
            self.message.setText(str(error))
            return False
        self.message.setText(self.tr("Sent to the printer."))
        return True

    def default_file_name(self) -> str:
        result = self.state.result
        stem = result.path.stem if result is not None else "package"
        return f"{stem} receipt.pdf"

    def save(self) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the receipt"), self.default_file_name(), self.tr("PDF files (*.pdf)")
        )
        if not name:
            return None
        path = Path(name).with_suffix(".pdf")
        try:
            save_receipt(self.state.db, self._log_id(), path)
        except DomainError as error:
            self.message.setText(error.message)
            return None
        except OSError as error:
            self.message.setText(self.tr("The receipt could not be saved: %s") % (error.strerror or error))
            return None
        self.message.setText(self.tr("Saved %s") % path)
        return path
