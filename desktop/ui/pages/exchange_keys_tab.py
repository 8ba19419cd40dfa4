"""The Exchange page's keys tab: the office's signing key (what partners check packages against)
and the partners' keys the office checks their packages against."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.database import Database
from desktop.services.errors import ValidationError
from desktop.services.exchange import keys, partner_keys
from desktop.services.exchange.key_storage import MIN_PASSPHRASE_LENGTH, PassphraseNeededError
from desktop.services.exchange.keys import KeyInfo
from desktop.services.moments import local_day
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.dialogs.partner_key_dialog import PartnerKeyDialog, fingerprint_label
from desktop.ui.fonts import mono_font
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.widgets import button_bar, notice_label, open_dialog, record_table, select_row, selected_row

RETIRED_COLOUR = "#757575"
RETIREMENT_COLUMNS = (5, 6)  # retired on, reason: shown with the retired keys


def day_of(moment: datetime | None) -> str:
    return f"{local_day(moment):%d/%m/%Y}" if moment is not None else ""


class CreateKeyDialog(FormDialog):
    """Create the office's signing key now (instead of at the first export); asks for a
    passphrase only where the key cannot be kept in the system keyring."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Create the office's signing key"), parent)
        self._db = db
        about = QLabel(
            self.tr(
                "Packages sent to partners are signed with this key, so that partners can tell they "
                "come from this office. Its fingerprint is printed on every hand-over receipt."
            )
        )
        about.setWordWrap(True)
        self.add_field("about", "", about)
        self.line("label", self.tr("&Label"), placeholder=self.tr("e.g. DIET office PC"))
        self.passphrase = self.line(
            "passphrase",
            self.tr("&Passphrase"),
            placeholder=self.tr("At least %s characters; asked at every export") % MIN_PASSPHRASE_LENGTH,
        )
        self.again = self.line("passphrase_again", self.tr("&Again"))
        for edit in (self.passphrase, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        for name in ("label", "passphrase", "passphrase_again"):
            self._holders[name].setFocusProxy(self.widget(name))
        self.show_passphrase(keys.needs_passphrase(db))
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Create key"))

    def show_passphrase(self, shown: bool) -> None:
        self._asks_passphrase = shown
        self.set_field_visible("passphrase", shown)
        self.set_field_visible("passphrase_again", shown)
        if self.isVisible():
            self.adjustSize()  # rows shown after a refusal: make room for them

    def asks_passphrase(self) -> bool:
        return self._asks_passphrase

    def submit(self) -> KeyInfo:
        passphrase = None
        if self.asks_passphrase():
            passphrase = self.passphrase.text()
            if passphrase and passphrase != self.again.text():
                raise ValidationError.single(
                    "passphrase_again", self.tr("The two passphrases differ; type the same one twice.")
                )
        try:
            return keys.create_own_key(self._db, passphrase=passphrase or None, label=self.value("label"))
        except PassphraseNeededError as exc:
            # No keyring, or it refused the key: a passphrase protects the key instead.
            self.show_passphrase(True)
            raise ValidationError.single("passphrase", exc.message) from exc


class ReasonDialog(FormDialog):
    """Why a key is retired, with what retiring it means; ``action(reason)`` does it."""

    def __init__(
        self,
        title: str,
        explanation: str,
        action: Callable[[str], Any],
        button_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self._action = action
        about = QLabel(explanation)
        about.setWordWrap(True)
        self.add_field("about", "", about)
        self.text_area("reason", self.tr("&Reason (kept with the key)"))
        self._holders["reason"].setFocusProxy(self.widget("reason"))
        self.widget("reason").setFocus()
        self.buttons.button(self.buttons.StandardButton.Save).setText(button_text)

    def submit(self) -> Any:
        return self._action(self.value("reason"))


class ExchangeKeysTab(QWidget):
    """``changed`` after a key is created, replaced, registered or retired."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.key: KeyInfo | None = None
        self.dialog: Any = None

        self.no_key = notice_label(
            self.tr(
                "This office has no signing key yet. One is created at the first export, or now with "
                "Create key…"
            )
        )
        self.fingerprint = fingerprint_label()
        self.public_key = QLineEdit()
        self.public_key.setReadOnly(True)
        self.public_key.setFont(mono_font())
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setToolTip(self.tr("Copy the public key, to send it to a partner"))
        self.copy_button.clicked.connect(self.copy_public_key)
        self.storage = QLabel()
        self.created = QLabel()
        self.earlier = QLabel()
        self.earlier.setWordWrap(True)
        self.earlier.setStyleSheet(f"color: {RETIRED_COLOUR};")
        self.create_button = QPushButton(self.tr("Create &key…"))
        self.create_button.clicked.connect(self.create_key)
        self.replace_button = QPushButton(self.tr("Re&place key…"))
        self.replace_button.clicked.connect(self.replace_key)
        own = QGroupBox(self.tr("This office's signing key"))
        grid = QGridLayout(own)
        grid.addWidget(self.no_key, 0, 0, 1, 3)
        self.key_labels = [QLabel(self.tr("Fingerprint")), QLabel(self.tr("Public key"))]
        grid.addWidget(self.key_labels[0], 1, 0)
        grid.addWidget(self.fingerprint, 1, 1, 1, 2)
        grid.addWidget(self.key_labels[1], 2, 0)
        # Wide enough for the 44 characters of a key and the box's own margins (two characters'
        # room was not: the key's first characters scrolled out of sight), no wider: the Copy
        # button stays beside it.
        self.public_key.setMinimumWidth(self.public_key.fontMetrics().horizontalAdvance("W" * 50))
        key_row = QHBoxLayout()
        key_row.addWidget(self.public_key)
        key_row.addWidget(self.copy_button)
        key_row.addStretch(1)
        grid.addLayout(key_row, 2, 1, 1, 2)
        grid.addWidget(self.storage, 3, 1, 1, 2)
        grid.addWidget(self.created, 4, 1, 1, 2)
        grid.addWidget(self.earlier, 5, 0, 1, 3)
        own_buttons = QHBoxLayout()
        own_buttons.addWidget(self.create_button)
        own_buttons.addWidget(self.replace_button)
        own_buttons.addStretch(1)
        grid.addLayout(own_buttons, 6, 0, 1, 3)
        grid.setColumnStretch(1, 1)

        bar, self.actions = button_bar(
            ("register", self.tr("&Register partner key…"), self.register_partner_key),
            ("retire", self.tr("Re&tire…"), self.retire_partner_key),
        )
        self.show_retired = QCheckBox(self.tr("&Show retired keys"))
        self.show_retired.toggled.connect(self.reload_partner_keys)
        bar.addWidget(self.show_retired)
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        bar.addWidget(self.status_line, 1)
        self.model = ListTableModel(
            [
                Column(self.tr("Organisation"), lambda k: k.organisation_name or ""),
                Column(self.tr("Label"), lambda k: k.label),
                Column(self.tr("Fingerprint"), lambda k: k.fingerprint),
                Column(
                    self.tr("Registered on"), lambda k: day_of(k.created_at), order_by=lambda k: k.created_at
                ),
                Column(self.tr("By"), lambda k: k.created_by),
                Column(
                    self.tr("Retired on"),
                    lambda k: day_of(k.retired_at),
                    order_by=lambda k: k.retired_at,
                    foreground=lambda k: None if k.active else RETIRED_COLOUR,
                ),
                Column(self.tr("Reason"), lambda k: k.retired_reason or ""),
            ],
            self,
        )
        self.table = record_table(self.model, stretch=QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        partners = QGroupBox(
            self.tr("Partners' keys (packages from partners must be signed with one of these)")
        )
        partner_layout = QVBoxLayout(partners)
        partner_layout.addLayout(bar)
        partner_layout.addWidget(self.table, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(own)
        layout.addWidget(partners, 1)

    # --- data -----------------------------------------------------------------------------------

    def set_database(self, db: Database) -> None:
        self.db = db
        self.reload()

    def reload(self) -> None:
        self.reload_own_key()
        self.reload_partner_keys()

    def reload_own_key(self) -> None:
        self.key = keys.own_key(self.db)
        key = self.key
        self.no_key.setVisible(key is None)
        for widget in (
            self.fingerprint,
            self.public_key,
            self.copy_button,
            self.storage,
            self.created,
            *self.key_labels,
        ):
            widget.setVisible(key is not None)
        if key is not None:
            self.fingerprint.setText(key.fingerprint)
            self.public_key.setText(key.public_key)
            self.public_key.setCursorPosition(0)
            self.storage.setText(self.storage_text(key))
            created = self.tr("Created on %s") % day_of(key.created_at)
            if key.created_by:
                created = self.tr("Created on %(date)s by %(who)s") % {
                    "date": day_of(key.created_at),
                    "who": key.created_by,
                }
            if key.label:
                created += f" · {key.label}"
            self.created.setText(created)
        retired = [k for k in keys.office_keys(self.db) if not k.active]
        self.earlier.setText(
            self.tr("Earlier keys, still trusted for the packages they signed: %s")
            % "; ".join(
                self.tr("%(fingerprint)s (retired %(date)s: %(reason)s)")
                % {
                    "fingerprint": k.fingerprint,
                    "date": day_of(k.retired_at),
                    "reason": k.retired_reason or "",
                }
                for k in retired
            )
        )
        self.earlier.setVisible(bool(retired))
        writable = not self.db.read_only
        self.create_button.setVisible(key is None)
        self.create_button.setEnabled(writable)
        self.replace_button.setVisible(key is not None)
        self.replace_button.setEnabled(writable)

    def storage_text(self, key: KeyInfo) -> str:
        if key.storage == "passphrase":
            return self.tr("The private key is protected by a passphrase, asked for at every export.")
        if sys.platform == "win32":
            return self.tr("The private key is kept by Windows Credential Manager on this PC.")
        return self.tr("The private key is kept by the system keyring on this PC.")

    def reload_partner_keys(self) -> None:
        selected = self.selected()
        with_retired = self.show_retired.isChecked()
        self.model.set_rows(partner_keys.partner_keys(self.db, include_retired=with_retired))
        for column in RETIREMENT_COLUMNS:
            self.table.setColumnHidden(column, not with_retired)
        if selected is not None:
            select_row(self.table, selected.id)
        self._update_buttons()

    def selected(self) -> KeyInfo | None:
        return selected_row(self.table)

    def _update_buttons(self) -> None:
        writable = not self.db.read_only
        key = self.selected()
        self.actions["register"].setEnabled(writable)
        self.actions["retire"].setEnabled(writable and key is not None and key.active)

    def show_status(self, text: str) -> None:
        self.status_line.setText(text)

    def _after_change(self, status: str) -> None:
        self.reload()
        self.show_status(status)
        self.changed.emit()

    # --- the office's key -----------------------------------------------------------------------

    def copy_public_key(self) -> None:
        if self.key is not None:
            QGuiApplication.clipboard().setText(self.key.public_key)
            self.show_status(self.tr("Public key copied."))

    def create_key(self) -> CreateKeyDialog:
        self.dialog = open_dialog(
            CreateKeyDialog(self.db, self),
            lambda dialog: self._after_change(self.tr("Signing key %s created.") % dialog.saved.fingerprint),
        )
        return self.dialog

    def replace_key(self) -> ReasonDialog | None:
        if self.key is None:
            return None
        explanation = (
            self.tr(
                "The key with fingerprint %s is retired now, and the next package you export creates a new "
                "key. Every partner will need a new hand-over receipt with the new fingerprint before they "
                "can check packages from this office. Packages already signed with this key stay valid."
            )
            % self.key.fingerprint
        )
        db = self.db
        self.dialog = open_dialog(
            ReasonDialog(
                self.tr("Replace the office's signing key"),
                explanation,
                lambda reason: keys.retire_own_key(db, reason),
                self.tr("Retire key"),
                self,
            ),
            lambda _dialog: self._after_change(
                self.tr("Key retired; the next export creates a new one. Give partners its new receipt.")
            ),
        )
        return self.dialog

    # --- partners' keys -------------------------------------------------------------------------

    def register_partner_key(self) -> PartnerKeyDialog:
        self.dialog = open_dialog(PartnerKeyDialog(self.db, self), self._registered)
        return self.dialog

    def _registered(self, dialog: PartnerKeyDialog) -> None:
        key: KeyInfo = dialog.saved
        self._after_change(
            self.tr("Key %(fingerprint)s registered for %(organisation)s.")
            % {"fingerprint": key.fingerprint, "organisation": key.organisation_name}
        )
        select_row(self.table, key.id)

    def retire_partner_key(self) -> ReasonDialog | None:
        key = self.selected()
        if key is None or not key.active:
            return None
        explanation = self.tr(
            "Packages signed with %(organisation)s's key %(fingerprint)s will be refused from now on. Register the partner's new "
            "key from their new receipt."
        ) % {"organisation": key.organisation_name, "fingerprint": key.fingerprint}
        db, key_id = self.db, key.id
        self.dialog = open_dialog(
            ReasonDialog(
                self.tr("Retire %s's key") % key.organisation_name,
                explanation,
                lambda reason: partner_keys.retire_partner_key(db, key_id, reason),
                self.tr("Retire key"),
                self,
            ),
            lambda _dialog: self._after_change(self.tr("Key %s retired.") % key.fingerprint),
        )
        return self.dialog
