"""Add / edit a government office."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.documents.letterhead import MAX_LOGO_BYTES
from desktop.services import geography, offices, stored_files
from desktop.services.database import Database
from desktop.services.errors import DomainError, ValidationError
from desktop.services.offices import OfficeInput, OfficeRow
from desktop.ui.dialogs.form_dialog import FormDialog, optional_id

LOGO_PREVIEW = 64


class OfficeDialog(FormDialog):
    def __init__(self, db: Database, office: OfficeRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit office") if office else self.tr("Add office"), parent)
        self._db = db
        self._office = office
        o = office
        self.line("name", self.tr("Name"), o and o.name)
        self.line("name_local", self.tr("Name (regional language)"), o and o.name_local)
        kinds = [(kind, kind) for kind in offices.OFFICE_KINDS]
        self.combo("kind", self.tr("Kind"), kinds, o.kind if o else None, editable=True)
        self.line(
            "office_code",
            self.tr("Office code"),
            o and o.office_code,
            self.tr("used in dispatch numbers, e.g. DDPI/BGK"),
        )
        districts = [(d.name, d.id) for d in geography.list_districts(db)]
        default_district = o.district_id if o else (districts[0][1] if len(districts) == 1 else None)
        self.combo("district_id", self.tr("District"), [("", None), *districts], default_district)
        blocks = [(b.name, b.id) for b in geography.list_blocks(db)]
        self.combo("block_id", self.tr("Block (block offices)"), [("", None), *blocks], o and o.block_id)
        self.text_area("address", self.tr("Address"), o and o.address)
        self.text_area("address_local", self.tr("Address (regional language)"), o and o.address_local)
        self.line("phone", self.tr("Phone"), o and o.phone)
        self.line("email", self.tr("E-mail"), o and o.email)
        self._new_logo: bytes | None = None
        self._remove_logo = False
        self._add_logo_field(None)
        if o and o.logo_sha256:
            try:
                self._show_logo(offices.office_logo(db, o.id))
            except DomainError as exc:  # a damaged stored logo: say so, let the user choose again
                self.show_errors({"logo": exc.message})

    # --- logo ---------------------------------------------------------------------------------

    def _add_logo_field(self, current: bytes | None) -> None:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(LOGO_PREVIEW, LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid palette(mid);")
        choose = QPushButton(self.tr("Choose image…"))
        choose.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Remove"))
        self.remove_logo_button.clicked.connect(self.remove_logo)
        row.addWidget(self.logo_preview)
        row.addWidget(choose)
        row.addWidget(self.remove_logo_button)
        row.addStretch(1)
        self.add_field("logo", self.tr("Emblem or logo"), box)
        self._show_logo(current)

    def _show_logo(self, image: bytes | None) -> None:
        pixmap = QPixmap()
        if image is not None and pixmap.loadFromData(image):
            size = LOGO_PREVIEW - 4
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
        else:
            self.logo_preview.clear()
            self.logo_preview.setText(self.tr("none"))
        self.remove_logo_button.setEnabled(image is not None)

    def choose_logo(self) -> None:
        """Pick a PNG or JPEG; it is kept when the office is saved."""
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the emblem or logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if name:
            self.use_logo_file(Path(name))

    def use_logo_file(self, path: Path) -> None:
        self.clear_error("logo")
        try:
            data = stored_files.read_upload(
                path, field="logo", allowed=stored_files.IMAGES, max_bytes=MAX_LOGO_BYTES
            )
        except ValidationError as exc:
            self.show_errors(exc.field_errors)
            return
        self._new_logo, self._remove_logo = data, False
        self._show_logo(data)

    def remove_logo(self) -> None:
        self._new_logo, self._remove_logo = None, True
        self._show_logo(None)

    def submit(self) -> OfficeRow:
        data = OfficeInput(
            name=self.value("name"),
            name_local=self.value("name_local"),
            kind=self.value("kind"),
            office_code=self.value("office_code"),
            district_id=optional_id(self.value("district_id")),
            block_id=optional_id(self.value("block_id")),
            address=self.value("address"),
            address_local=self.value("address_local"),
            phone=self.value("phone"),
            email=self.value("email"),
            logo=self._new_logo,
            remove_logo=self._remove_logo,
        )
        if self._office is None:
            return offices.create_office(self._db, data)
        return offices.update_office(self._db, self._office.id, data)
