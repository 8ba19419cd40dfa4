"""Settings kept per user in QSettings: the operator's name and the interface language."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.services.operator import default_operator
from desktop.ui.i18n import (
    LANGUAGE_NAMES,
    SYSTEM_DEFAULT,
    current_language,
    language_setting,
    set_language_setting,
    system_language,
)

OPERATOR_KEY = "operator"
HINT_STYLE = "color: palette(placeholder-text);"


def operator_name(settings: QSettings | None = None) -> str:
    """The name recorded in the audit log: set in Settings, else the computer's user name."""
    value = (settings or QSettings()).value(OPERATOR_KEY, "")
    return str(value).strip() or default_operator()


def can_restart_now(window: QWidget | None, asking: QWidget | None = None) -> bool:
    """True when quitting and starting again loses nothing: no background work is running (an
    import or a printing job would be cancelled) and no window or dialog is open but ``window``
    and the one ``asking``. Everything else is already in the database: forms save only on Save."""
    if window is None or QThreadPool.globalInstance().activeThreadCount():
        return False
    windows = (Qt.WindowType.Window, Qt.WindowType.Dialog)  # not popups (the open combo) or tips
    others = [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w.windowType() in windows and w not in (window, asking)
    ]
    return not others


class SettingsDialog(QDialog):
    """``restart_requested`` is True when the user chose "Restart now" (the main window restarts)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(460)
        self.restart_requested = False
        settings = QSettings()
        self.operator = QLineEdit(str(settings.value(OPERATOR_KEY, "")))
        self.operator.setObjectName("operator")
        self.operator.setPlaceholderText(default_operator())
        hint = QLabel(self.tr("Recorded as the author of every change in the audit log."))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)

        self.language = QComboBox()
        self.language.setObjectName("language")
        system = LANGUAGE_NAMES[system_language()]
        self.language.addItem(self.tr("System default (%s)") % system, SYSTEM_DEFAULT)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(language_setting(settings)), 0))
        self.language_note = QLabel(self.tr("A new language takes effect when the app is started again."))
        self.language_note.setObjectName("language_note")
        self.language_note.setWordWrap(True)
        self.language_note.setStyleSheet(HINT_STYLE)
        self.restart = QPushButton(self.tr("Save and restart now"))
        self.restart.setObjectName("restart")
        self.restart.clicked.connect(self._save_and_restart)
        self.restart.hide()
        self.language.currentIndexChanged.connect(self._language_changed)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Your name"), self.operator)
        form.addRow("", hint)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.language_note)
        restart_row = QHBoxLayout()
        restart_row.addWidget(self.restart)
        restart_row.addStretch(1)
        form.addRow("", restart_row)
        form.addRow(buttons)

    def chosen_language(self) -> str:
        """The language the choice means now: the system's for "System default"."""
        return self.language.currentData() or system_language()

    def _language_changed(self) -> None:
        changed = self.chosen_language() != current_language()
        self.restart.setVisible(changed and can_restart_now(self.parentWidget(), self))

    def _save(self) -> None:
        settings = QSettings()
        settings.setValue(OPERATOR_KEY, self.operator.text().strip())
        set_language_setting(self.language.currentData(), settings)
        self.accept()

    def _save_and_restart(self) -> None:
        self.restart_requested = True
        self._save()
