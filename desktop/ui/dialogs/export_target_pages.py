"""The export wizard's middle pages: the drive the package goes to, and the passphrases."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStorageInfo, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.services.errors import DomainError, ValidationError
from desktop.services.exchange import key_storage, keys
from desktop.services.exchange.sealing import check_passphrase, suggest_passphrase
from desktop.ui.dialogs.export_drives import Volume, data_size, mounted_volumes
from desktop.ui.dialogs.form_dialog import FieldRows
from desktop.ui.fonts import mono_font
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.widgets import notice_label, record_table, selected_row


class DrivePage(QWizardPage):
    """A removable drive from the list (the first one is chosen), or any folder."""

    def __init__(self, state, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Where to write the package"))
        self.setSubTitle(
            self.tr(
                "Plug in the drive that goes to the partner and choose it, or choose a folder. The "
                "package is one file; it is written under a temporary name and checked before it is named."
            )
        )
        self.model = ListTableModel(
            [
                Column(self.tr("Drive"), lambda v: v.name),
                Column(self.tr("Where"), lambda v: str(v.root)),
                Column(self.tr("Kind"), lambda v: self.tr("Removable") if v.removable else self.tr("Fixed")),
                Column(
                    self.tr("Free"), lambda v: data_size(v.free), order_by=lambda v: v.free, align_right=True
                ),
                Column(
                    self.tr("Size"),
                    lambda v: data_size(v.total),
                    order_by=lambda v: v.total,
                    align_right=True,
                ),
            ],
            self,
        )
        self.table = record_table(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Drives"))
        self.refresh_button = QPushButton(self.tr("&Refresh the list"))
        drives_box = QGroupBox(self.tr("Drives on this computer"))
        drives_layout = QVBoxLayout(drives_box)
        drives_layout.addWidget(self.table, 1)
        refresh_row = QHBoxLayout()
        refresh_row.addWidget(QLabel(self.tr("Plugged a drive in just now? Refresh the list.")), 1)
        refresh_row.addWidget(self.refresh_button)
        drives_layout.addLayout(refresh_row)

        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("Choose a drive above, or a folder"))
        self.choose_button = QPushButton(self.tr("&Choose folder…"))
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        self.space = QLabel()
        self.space.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(drives_box, 1)
        layout.addLayout(folder_row)
        layout.addWidget(self.space)

        self.refresh_button.clicked.connect(self.refresh)
        self.choose_button.clicked.connect(self.choose_folder)
        self.folder.textChanged.connect(self._folder_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._volume_chosen())
        self._checked = False  # whether the folder is a writable one

    def initializePage(self) -> None:
        if not self.model.rowCount():
            self.refresh()

    def refresh(self) -> None:
        self.set_volumes(mounted_volumes())

    def set_volumes(self, volumes: list[Volume]) -> None:
        """Show ``volumes``; with no folder chosen yet, the first removable one is chosen."""
        self.model.set_rows(volumes)
        if not self.folder.text():
            removable = next((row for row, volume in enumerate(volumes) if volume.removable), None)
            if removable is not None:
                self.table.selectRow(removable)

    def _volume_chosen(self) -> None:
        volume: Volume | None = selected_row(self.table)
        if volume is not None:
            self.folder.setText(str(volume.root))

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Folder for the package"), self.folder.text())
        if name:
            self.folder.setText(str(Path(name)))

    def _folder_changed(self, text: str) -> None:
        folder = Path(text.strip()) if text.strip() else None
        self.state.folder = folder
        self._checked = False
        if folder is None:
            self.space.setText("")
        elif not folder.is_dir():
            self.space.setText(self.tr("There is no folder %s.") % folder)
        elif not os.access(folder, os.W_OK):
            self.space.setText(self.tr("This computer's user may not write in %s.") % folder)
        else:
            storage = QStorageInfo(str(folder))
            self._checked = True
            self.space.setText(
                self.tr("Free on this drive: %s. The space the package needs is checked before writing.")
                % data_size(storage.bytesAvailable())
            )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._checked


class PassphrasePage(QWizardPage):
    """The passphrase that locks the package (suggested or typed twice), and the office key's
    own passphrase where this PC has no keyring to keep the key in."""

    def __init__(self, state, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Passphrase"))
        self.setSubTitle(self.tr("The package is encrypted: only someone with this passphrase can open it."))
        self.choice = QButtonGroup(self)
        self.use_suggested = QRadioButton(self.tr("Use the &suggested passphrase"))
        self.use_own = QRadioButton(self.tr("&Type my own passphrase"))
        self.choice.addButton(self.use_suggested)
        self.choice.addButton(self.use_own)
        self.use_suggested.setChecked(True)
        self.suggestion = QLabel()
        mono = mono_font()
        mono.setPointSize(max(mono.pointSize(), 10) * 2)
        mono.setBold(True)
        self.suggestion.setFont(mono)
        self.suggestion.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.suggestion.setAccessibleName(self.tr("Suggested passphrase"))
        self.another_button = QPushButton(self.tr("Suggest &another"))
        self.copy_button = QPushButton(self.tr("&Copy"))
        suggestion_row = QHBoxLayout()
        suggestion_row.setContentsMargins(24, 0, 0, 0)
        suggestion_row.addWidget(self.suggestion)
        suggestion_row.addStretch(1)
        suggestion_row.addWidget(self.another_button)
        suggestion_row.addWidget(self.copy_button)

        self.own = QLineEdit()
        self.own_again = QLineEdit()
        self.show_typed = QCheckBox(self.tr("Sho&w what is typed"))
        own_form = QFormLayout()
        own_form.setContentsMargins(24, 0, 0, 0)
        self.fields = FieldRows(own_form)
        self.fields.add_field("passphrase", self.tr("Passphrase:"), self.own)
        self.fields.add_field("passphrase_again", self.tr("Again:"), self.own_again)
        own_form.addRow("", self.show_typed)
        advice = notice_label(
            self.tr(
                "Give this passphrase to the partner separately — by phone or on paper, never on the "
                "same drive. It is not kept anywhere: write it down now."
            )
        )

        self.key_box = QGroupBox(self.tr("The office's signing key"))
        self.key_explanation = QLabel()
        self.key_explanation.setWordWrap(True)
        self.key = QLineEdit()
        self.key_again = QLineEdit()
        key_form = QFormLayout()
        key_form.setContentsMargins(0, 0, 0, 0)
        key_layout = QVBoxLayout(self.key_box)
        key_layout.addWidget(self.key_explanation)
        key_layout.addLayout(key_form)
        self.fields.form = key_form  # the key's fields go into the key's own box
        self.fields.add_field("key_passphrase", self.tr("Key passphrase:"), self.key)
        self.fields.add_field("key_passphrase_again", self.tr("Again:"), self.key_again)
        for edit in (self.own, self.own_again, self.key, self.key_again):
            edit.setMaximumWidth(480)
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._typed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.use_suggested)
        layout.addLayout(suggestion_row)
        layout.addWidget(self.use_own)
        layout.addLayout(own_form)
        layout.addWidget(advice)
        layout.addWidget(self.key_box)
        layout.addStretch(1)

        self.choice.buttonToggled.connect(lambda *_: self._show_choice())
        self.another_button.clicked.connect(self.suggest)
        self.copy_button.clicked.connect(self.copy)
        self.show_typed.toggled.connect(self._show_typed)
        self._show_choice()

    def initializePage(self) -> None:
        if not self.suggestion.text():
            self.suggest()
        self.show_key_fields()

    def show_key_fields(self) -> None:
        """Ask for the office key's passphrase only where signing needs it."""
        state = self.state
        self.key_box.setVisible(state.asks_key_passphrase)
        self.fields.set_visible("key_passphrase_again", state.creates_key)
        if state.creates_key:
            self.key_explanation.setText(
                self.tr(
                    "This PC has no keyring to keep the office's signing key in, so the key that signs "
                    "this first package is protected by a passphrase of its own (at least %d "
                    "characters). Choose it now, type it twice, and keep it where the office keeps its "
                    "other passwords: every package is signed with it."
                )
                % key_storage.MIN_PASSPHRASE_LENGTH
            )
        else:
            fingerprint = state.terms.own_fingerprint if state.terms else ""
            self.key_explanation.setText(
                self.tr(
                    "This PC has no keyring, so the office's signing key (fingerprint %s) is protected "
                    "by a passphrase of its own. Type it to sign the package."
                )
                % fingerprint
            )

    # --- the package's passphrase ------------------------------------------------------------

    def suggest(self) -> None:
        self.suggestion.setText(suggest_passphrase())
        self.use_suggested.setChecked(True)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.suggestion.text())

    def _show_choice(self) -> None:
        suggested = self.use_suggested.isChecked()
        for name in ("passphrase", "passphrase_again"):
            self.fields.clear_error(name)
        for widget in (self.suggestion, self.another_button, self.copy_button):
            widget.setEnabled(suggested)
        for widget in (self.own, self.own_again, self.show_typed):
            widget.setEnabled(not suggested)
        if not suggested:
            self.own.setFocus()
        self.completeChanged.emit()

    def _show_typed(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for edit in (self.own, self.own_again, self.key, self.key_again):
            edit.setEchoMode(mode)

    def _typed(self) -> None:
        for name in self.fields.errors:
            self.fields.clear_error(name)
        self.completeChanged.emit()

    def passphrase(self) -> str:
        return self.suggestion.text() if self.use_suggested.isChecked() else self.own.text()

    # --- checking -----------------------------------------------------------------------------

    def problems(self) -> dict[str, str]:
        """What is wrong with the passphrases typed, by field (the services' rules)."""
        errors: dict[str, str] = {}
        if self.use_own.isChecked():
            try:
                check_passphrase(self.own.text())
            except ValidationError as error:
                errors["passphrase"] = error.field_errors.get("passphrase", error.message)
            else:
                if self.own_again.text() != self.own.text():
                    errors["passphrase_again"] = self.tr(
                        "The two passphrases are not the same; type the same passphrase in both fields."
                    )
        if self.state.asks_key_passphrase:
            errors.update(self._key_problems())
        return errors

    def _key_problems(self) -> dict[str, str]:
        key = self.key.text()
        if key == self.passphrase():
            # The package's passphrase goes to the partner: it must not also unlock the office's key.
            return {
                "key_passphrase": self.tr(
                    "This is the package's passphrase, which the partner gets; the office's key needs a "
                    "passphrase of its own."
                )
            }
        if self.state.creates_key:
            try:
                key_storage.check_key_passphrase(key)
            except ValidationError as error:
                return {"key_passphrase": error.message}
            if self.key_again.text() != key:
                return {"key_passphrase_again": self.tr("The two key passphrases are not the same.")}
            return {}
        try:
            keys.signing_key(self.state.db, passphrase=key)  # reads the key; changes nothing
        except DomainError as error:  # a wrong passphrase, or a key not usable on this PC
            return {"key_passphrase": error.message}
        return {}

    def validatePage(self) -> bool:
        errors = self.problems()
        first = self.fields.show_errors(errors)
        if first is not None:
            first.setFocus()
            return False
        self.state.passphrase = self.passphrase()
        self.state.key_passphrase = self.key.text() if self.state.asks_key_passphrase else None
        return True

    def forget(self) -> None:
        """Clear every passphrase once the package is written: nothing needs them any more."""
        self.suggestion.clear()
        for edit in (self.own, self.own_again, self.key, self.key_again):
            edit.clear()

    def isComplete(self) -> bool:
        typed = self.use_suggested.isChecked() or bool(self.own.text() and self.own_again.text())
        return typed and (not self.state.asks_key_passphrase or bool(self.key.text()))
