"""Registering a partner's public key from their hand-over receipt, its fingerprint shown as it is
typed so that it can be compared with the receipt before anything is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from desktop.services import organisations
from desktop.services.database import Database
from desktop.services.errors import ValidationError
from desktop.services.exchange import partner_keys
from desktop.services.exchange.keys import KeyInfo
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.fonts import mono_font

NO_FINGERPRINT = "—"


def fingerprint_font(point_size: int = 15) -> QFont:
    """A large fixed-width font: fingerprints are compared group by group, by eye."""
    font = mono_font()
    font.setPointSize(point_size)
    font.setBold(True)
    return font


def fingerprint_label(text: str = NO_FINGERPRINT) -> QLabel:
    label = QLabel(text)
    label.setFont(fingerprint_font())
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class PartnerKeyDialog(FormDialog):
    """Organisation, a label, the pasted key; ``saved`` is the registered key's KeyInfo."""

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, organisation_id: int | None = None
    ) -> None:
        super().__init__(self.tr("Register a partner's key"), parent)
        self.setMinimumWidth(760)
        self._db = db
        choices = [(o.name, o.id) for o in organisations.list_organisations(db)]
        self.combo("organisation", self.tr("&Organisation"), choices, organisation_id)
        self.line("label", self.tr("&Label"), placeholder=self.tr("e.g. Programme office laptop"))
        self.key_text = self.text_area("public_key", self.tr("&Public key"))
        self.key_text.setFixedHeight(56)
        self.key_text.setFont(mono_font())
        self.key_text.setPlaceholderText(
            self.tr("Paste or type the public key printed on the partner's hand-over receipt (44 characters)")
        )
        self.fingerprint = fingerprint_label()
        self.add_field("fingerprint", self.tr("Fingerprint"), self.fingerprint)
        self.instruction = QLabel(
            self.tr(
                "Compare this with the fingerprint printed on the partner's receipt, group by group, "
                "before saving. If a single character differs, do not save: the key is not theirs."
            )
        )
        self.instruction.setWordWrap(True)
        self.add_field("instruction", "", self.instruction)
        for name in ("organisation", "label", "public_key"):
            self._holders[name].setFocusProxy(self.widget(name))  # a label's mnemonic reaches the field
        self.key_text.textChanged.connect(self._preview)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Register key"))

    def _preview(self) -> None:
        """The fingerprint of what is pasted so far, or a dash until it is a whole key."""
        self.clear_error("public_key")
        try:
            shown = partner_keys.preview_public_key(self.key_text.toPlainText())
        except ValidationError:
            shown = NO_FINGERPRINT
        self.fingerprint.setText(shown)

    def submit(self) -> KeyInfo:
        organisation_id = self.value("organisation")
        if organisation_id is None:
            raise ValidationError.single(
                "organisation",
                self.tr(
                    "Choose the organisation the key belongs to (add it first on the Organisations page)."
                ),
            )
        return partner_keys.register_partner_key(
            self._db, organisation_id, self.value("public_key"), label=self.value("label")
        )
