"""What the log tab does with one entry: its details, the hand-over receipt of an export, and
undoing an import (both in the background); and why an action does not apply to an entry."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.services.errors import DomainError
from desktop.services.exchange import receipts
from desktop.services.exchange.catalogue import CATEGORIES
from desktop.services.exchange.log import LogEntry
from desktop.ui.fonts import MONO_FAMILY
from desktop.ui.tasks import BackgroundTask, run_with_progress

# Why an action does not apply to an entry of this kind (its button's tooltip, the button disabled).
NOT_FOR = {
    "receipt": {
        "template": QT_TRANSLATE_NOOP(
            "ExchangeLogTab", "A return template is not signed, so it has no hand-over receipt"
        ),
        "import": QT_TRANSLATE_NOOP(
            "ExchangeLogTab", "A hand-over receipt is printed for packages sent to a partner"
        ),
        "import_undone": QT_TRANSLATE_NOOP(
            "ExchangeLogTab", "A hand-over receipt is printed for packages sent to a partner"
        ),
    },
    "erasure": {
        "import": QT_TRANSLATE_NOOP("ExchangeLogTab", "Only data sent to a partner can be deleted by them"),
        "import_undone": QT_TRANSLATE_NOOP(
            "ExchangeLogTab", "Only data sent to a partner can be deleted by them"
        ),
    },
    "undo": {
        "export": QT_TRANSLATE_NOOP(
            "ExchangeLogTab", "Only an import can be undone; a package sent stays in the log"
        ),
        "template": QT_TRANSLATE_NOOP(
            "ExchangeLogTab", "Only an import can be undone; a template given to a partner stays in the log"
        ),
        "import_undone": QT_TRANSLATE_NOOP("ExchangeLogTab", "This entry already takes back an import"),
    },
}

if TYPE_CHECKING:
    from desktop.ui.pages.exchange_log_tab import ExchangeLogTab


def day_text(day: date | None) -> str:
    return f"{day:%d/%m/%Y}" if day is not None else ""


def error_message(error: object) -> str:
    return error.message if isinstance(error, DomainError) else str(error)


def save_receipt(tab: ExchangeLogTab) -> BackgroundTask | None:
    """The selected export's hand-over receipt as a PDF, written in the background."""
    entry = tab.selected()
    if entry is None or entry.event != "export":
        return None
    title = QCoreApplication.translate("ExchangeLogTab", "Save the hand-over receipt")
    suggested = f"{Path(entry.package_name).stem} receipt.pdf"
    name, _filter = QFileDialog.getSaveFileName(
        tab, title, suggested, QCoreApplication.translate("ExchangeLogTab", "PDF files (*.pdf)")
    )
    if not name:
        return None
    db, log_id, path = tab.db, entry.id, Path(name).with_suffix(".pdf")
    task = run_with_progress(tab, title, lambda _progress: receipts.save_receipt(db, log_id, path))
    task.succeeded.connect(
        lambda saved: tab.show_status(
            QCoreApplication.translate("ExchangeLogTab", "Receipt saved to %s") % saved
        )
    )
    task.failed.connect(lambda error: QMessageBox.warning(tab, title, error_message(error)))
    task.finished.connect(tab.update_buttons)
    tab.task = task
    tab.update_buttons()
    return task


def undo_import(tab: ExchangeLogTab) -> BackgroundTask | None:
    """Ask, then take back everything the selected imported package stored, in the background
    (the service makes a backup first)."""
    entry = tab.selected()
    if entry is None or entry.event != "import" or entry.undone_by_id is not None:
        return None
    from desktop.services.exchange import inbound

    title = QCoreApplication.translate("ExchangeLogTab", "Undo import")
    question = QCoreApplication.translate(
        "ExchangeLogTab",
        "Undo the import of %(package)s from %(partners)s (received on %(date)s)?\n\nEverything it stored is taken back "
        "as a whole. A backup of the database is made first; the log keeps both entries.",
    ) % {
        "package": entry.package_name,
        "partners": ", ".join(entry.partner_names),
        "date": day_text(entry.occurred_on),
    }
    if QMessageBox.question(tab, title, question) != QMessageBox.StandardButton.Yes:
        return None
    db, log_id = tab.db, entry.id
    task = run_with_progress(
        tab,
        QCoreApplication.translate("ExchangeLogTab", "Undoing the import of %s") % entry.package_name,
        lambda _progress: inbound.undo_package_import(db, log_id),
        cancellable=False,
    )

    def undone(backup: Path) -> None:
        tab.reload()
        tab.select(log_id)
        tab.show_status(
            QCoreApplication.translate(
                "ExchangeLogTab", "Import undone; the database as it was is kept in %s"
            )
            % backup
        )
        tab.changed.emit()

    def failed(error: object) -> None:
        QMessageBox.warning(tab, title, error_message(error))
        tab.reload()

    task.succeeded.connect(undone)
    task.failed.connect(failed)
    task.finished.connect(tab.update_buttons)
    tab.task = task
    tab.update_buttons()
    return task


def explain_actions(actions: dict[str, QPushButton], entry: LogEntry | None) -> None:
    """Each action button's tooltip says why it does not apply to the selected entry, if so."""
    for key, reasons in NOT_FOR.items():
        reason = reasons.get(entry.event, "") if entry is not None else ""
        if entry is not None and key == "erasure" and entry.erasure is not None:
            reason = QT_TRANSLATE_NOOP("ExchangeLogTab", "The partner's deletion is already recorded")
        if entry is not None and key == "undo" and entry.undone_by_id is not None:
            reason = QT_TRANSLATE_NOOP("ExchangeLogTab", "This import was already undone")
        actions[key].setToolTip(QCoreApplication.translate("ExchangeLogTab", reason) if reason else "")


class EntryDetailsDialog(QDialog):
    """Everything the log keeps about one package, read-only and selectable for copying."""

    def __init__(self, entry: LogEntry, status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("Return template %s") if entry.event == "template" else self.tr("Package %s")
        self.setWindowTitle(title % entry.package_name)
        self.resize(720, 560)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setHtml(self.details_html(entry, status))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def details_html(self, entry: LogEntry, status: str) -> str:
        rows: list[tuple[str, str]] = [
            (self.tr("Event"), QCoreApplication.translate("Exchange", entry.event_label)),
            (self.tr("Date"), day_text(entry.occurred_on)),
            (self.tr("MoU"), entry.mou_reference),
            (self.tr("Partner(s)"), ", ".join(entry.partner_names)),
            (self.tr("Purpose"), entry.purpose),
            (self.tr("Status"), status),
            (self.tr("Keep until"), day_text(entry.keep_until)),
            (self.tr("Schools"), f"{entry.school_count:,}"),
            (self.tr("Records"), ", ".join(f"{int(n):,} {kind}" for kind, n in entry.counts.items())),
            (self.tr("Package file"), entry.package_name),
            (self.tr("Size"), self.tr("%s bytes") % f"{entry.package_size:,}"),
            (self.tr("Package id"), entry.package_id),
            (self.tr("By"), entry.operator),
        ]
        if entry.erasure is not None:
            erasure = entry.erasure
            rows.append(
                (
                    self.tr("Deletion confirmed"),
                    self.tr("on %(date)s by %(confirmed_by)s (recorded by %(recorded_by)s)")
                    % {
                        "date": day_text(erasure.confirmed_on),
                        "confirmed_by": erasure.confirmed_by,
                        "recorded_by": erasure.recorded_by,
                    },
                )
            )
            rows.append((self.tr("Deletion note"), erasure.note))
        rows.append((self.tr("Import batches"), ", ".join(str(b) for b in entry.batch_ids)))
        rows.append((self.tr("Note"), entry.note))
        body = "".join(_row_html(label, value) for label, value in rows if value)
        body += _row_html(self.tr("SHA-256"), entry.package_sha256, mono=True)
        signer = entry.signer_fingerprint or self.tr("none: not signed")
        body += _row_html(self.tr("Signer's key fingerprint"), signer, mono=bool(entry.signer_fingerprint))
        categories = "".join(
            f"<h4>{html.escape(QCoreApplication.translate('MoUs', label))}</h4>"
            f"<p>{html.escape(', '.join(self._field_labels(code, entry)))}</p>"
            for code, label in zip(entry.categories, entry.category_labels, strict=True)
        )
        heading = html.escape(self.tr("Categories and fields"))
        return f"<table cellspacing='4'>{body}</table><h3>{heading}</h3>{categories}"

    def _field_labels(self, code: str, entry: LogEntry) -> list[str]:
        """A category's fields in the package, by what they hold where the catalogue knows them."""
        known = {f.key: f.label for f in CATEGORIES[code].fields} if code in CATEGORIES else {}
        return [
            QCoreApplication.translate("Exchange", known[key]) if key in known else key
            for key in entry.fields.get(code, [])
        ]


def _row_html(label: str, value: str, *, mono: bool = False) -> str:
    shown = html.escape(value)
    if mono:
        shown = f"<span style='font-family: \"{MONO_FAMILY}\", monospace'>{shown}</span>"
    return f"<tr><td valign='top'><b>{html.escape(label)}</b></td><td>{shown}</td></tr>"
