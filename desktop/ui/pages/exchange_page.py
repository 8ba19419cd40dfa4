"""The Exchange page: sending packages to partners and importing theirs (the wizards), the return
template for partners without the app, the exchange log, and the keys packages are signed and
checked with."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.services.database import Database
from desktop.ui.pages.exchange_keys_tab import ExchangeKeysTab
from desktop.ui.pages.exchange_log_tab import ExchangeLogTab


class ExchangePage(QWidget):
    changed = Signal()

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.dialog: Any = None
        self.export_button = QPushButton(self.tr("&Export package…"))
        self.export_button.setToolTip(
            self.tr("Write a signed, encrypted package for a partner under an active MoU")
        )
        self.import_button = QPushButton(self.tr("&Import package…"))
        self.import_button.setToolTip(self.tr("Check a partner's package and import what it holds"))
        self.template_button = QPushButton(self.tr("Return &template…"))
        self.template_button.setToolTip(
            self.tr("Save the workbook a partner without the app fills in to send data back (logged)")
        )
        self.export_button.clicked.connect(self.export_package)
        self.import_button.clicked.connect(self.import_package)
        self.template_button.clicked.connect(self.return_template)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.template_button)
        buttons.addStretch(1)
        self.log = ExchangeLogTab(db, self, today=today)
        self.keys = ExchangeKeysTab(db, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.log, self.tr("Exchange log"))
        self.tabs.addTab(self.keys, self.tr("Keys"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>{}</h2>".format(self.tr("Exchange with partners"))))
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        self.log.changed.connect(self.changed)
        self.keys.changed.connect(self.changed)
        self.set_database(db)

    def set_database(self, db: Database) -> None:
        self.db = db
        self.log.set_database(db)
        self.keys.set_database(db)
        writable = not db.read_only
        for button in (self.export_button, self.import_button, self.template_button):
            button.setEnabled(writable)

    def reload(self) -> None:
        self.log.reload()
        self.keys.reload()

    # The wizards are imported when first opened: they are large and seldom used.

    def export_package(self) -> QDialog:
        from desktop.ui.dialogs.export_wizard import ExportWizard

        return self._open_wizard(ExportWizard(self.db, self, today=self.today))

    def import_package(self) -> QDialog:
        from desktop.ui.dialogs.package_import_wizard import PackageImportWizard

        return self._open_wizard(PackageImportWizard(self.db, self, today=self.today))

    def return_template(self) -> QDialog:
        from desktop.ui.dialogs.return_template_dialog import ReturnTemplateDialog

        dialog = ReturnTemplateDialog(self.db, self, today=self.today)
        dialog.saved.connect(self._template_saved)
        return self._open_wizard(dialog)

    def _template_saved(self, result: Any) -> None:
        """The new entry shown in the log at once; the dialog stays open for another."""
        self.reload()
        self.log.select(result.log_id)
        self.log.show_status(self.tr("%s saved and recorded in the log.") % result.path.name)
        self.changed.emit()

    def _open_wizard(self, wizard: QDialog) -> QDialog:
        """Show a wizard window-modal; whatever it did, even when closed part-way after writing,
        shows in the log and the keys once it closes."""
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.finished.connect(self._wizard_closed)
        wizard.open()
        self.dialog = wizard
        return wizard

    def _wizard_closed(self, _result: int) -> None:
        self.reload()
        self.changed.emit()
