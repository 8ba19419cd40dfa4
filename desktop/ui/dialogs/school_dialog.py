"""Add / edit a school."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.services import geography, schools
from desktop.services.database import Database
from desktop.services.schools import SchoolInput, SchoolRow
from desktop.ui.dialogs.form_dialog import FormDialog, optional_id


class SchoolDialog(FormDialog):
    def __init__(self, db: Database, school: SchoolRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit school") if school else self.tr("Add school"), parent)
        self._db = db
        self._school = school
        s = school
        self.line(
            "udise_code", self.tr("UDISE code"), s and s.udise_code, self.tr("11 digits, e.g. 29900101001")
        )
        self.line("name", self.tr("Name"), s and s.name)
        self.line("name_local", self.tr("Name (regional language)"), s and s.name_local)
        blocks = [(b.name, b.id) for b in geography.list_blocks(db)]
        self.block_box = self.combo(
            "block_id", self.tr("Block"), [(self.tr("— choose —"), None), *blocks], s and s.block_id
        )
        self.cluster_box: QComboBox = self.combo("cluster_id", self.tr("Cluster"), [])
        self.block_box.currentIndexChanged.connect(self._fill_clusters)
        self._fill_clusters()
        if s and s.cluster_id:
            self.set_combo(self.cluster_box, s.cluster_id)
        self.line("village", self.tr("Village"), s and s.village)
        # Kept in English in the database, shown in the interface language (the item's data is
        # the English word); a value typed by hand is kept as typed.
        managements = [(QCoreApplication.translate("Schools", m), m) for m in schools.MANAGEMENTS]
        self.combo(
            "management", self.tr("Management"), [("", None), *managements], s and s.management, editable=True
        )
        categories = [(QCoreApplication.translate("Schools", c), c) for c in schools.CATEGORIES]
        self.combo(
            "category", self.tr("Category"), [("", None), *categories], s and s.category, editable=True
        )
        areas = [("", None), (self.tr("Rural"), "rural"), (self.tr("Urban"), "urban")]
        self.combo("area", self.tr("Rural / urban"), areas, s and s.area)
        self.line("pincode", self.tr("PIN code"), s and s.pincode)
        mediums = [(QCoreApplication.translate("Schools", m), m) for m in schools.MEDIUMS]
        self.combo("medium", self.tr("Medium"), [("", None), *mediums], s and s.medium, editable=True)
        self.line("latitude", self.tr("Latitude"), s and s.latitude, self.tr("decimal degrees, e.g. 16.1817"))
        self.line(
            "longitude", self.tr("Longitude"), s and s.longitude, self.tr("decimal degrees, e.g. 75.6958")
        )

    def _fill_clusters(self) -> None:
        self.cluster_box.clear()
        self.cluster_box.addItem(self.tr("(no cluster)"), None)
        block_id = self.block_box.currentData()
        if block_id is not None:
            for cluster in geography.list_clusters(self._db, block_id):
                self.cluster_box.addItem(cluster.name, cluster.id)

    def submit(self) -> SchoolRow:
        data = SchoolInput(
            udise_code=self.value("udise_code"),
            name=self.value("name"),
            name_local=self.value("name_local"),
            block_id=optional_id(self.value("block_id")),
            cluster_id=optional_id(self.value("cluster_id")),
            village=self.value("village"),
            management=self.value("management"),
            category=self.value("category"),
            area=self.value("area"),
            pincode=self.value("pincode"),
            medium=self.value("medium"),
            latitude=self.value("latitude"),
            longitude=self.value("longitude"),
        )
        if self._school is None:
            return schools.create_school(self._db, data)
        return schools.update_school(self._db, self._school.id, data)
