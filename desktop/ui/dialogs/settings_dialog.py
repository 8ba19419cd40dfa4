"""Settings kept per user in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.services.operator import default_operator

OPERATOR_KEY = "operator"


def operator_name(settings: QSettings | None = None) -> str:
    """The name recorded in the audit log: set in Settings, else the computer's user name."""
    value = (settings or QSettings()).value(OPERATOR_KEY, "")
    return str(value).strip() or default_operator()


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(420)
        settings = QSettings()
        self.operator = QLineEdit(str(settings.value(OPERATOR_KEY, "")))
        self.operator.setObjectName("operator")
        self.operator.setPlaceholderText(default_operator())
        hint = QLabel(self.tr("Recorded as the author of every change in the audit log."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Your name"), self.operator)
        form.addRow("", hint)
        form.addRow(buttons)

    def _save(self) -> None:
        QSettings().setValue(OPERATOR_KEY, self.operator.text().strip())
        self.accept()
