"""Add / edit the district, a block or a cluster."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.services import geography
from desktop.services.database import Database
from desktop.services.geography import (
    BlockInput,
    BlockRow,
    ClusterInput,
    ClusterRow,
    DistrictInput,
    DistrictRow,
)
from desktop.ui.dialogs.form_dialog import FormDialog


class DistrictDialog(FormDialog):
    def __init__(
        self, db: Database, district: DistrictRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Edit district") if district else self.tr("Add district"), parent)
        self._db = db
        self._district = district
        d = district
        self.line("name", self.tr("District"), d and d.name, self.tr("e.g. Bagalkot"))
        self.line("name_local", self.tr("District (regional language)"), d and d.name_local)
        # No default state: the app serves districts of every state.
        self.line("state_name", self.tr("State"), d and d.state_name, self.tr("e.g. Karnataka"))
        self.line(
            "udise_code", self.tr("UDISE district code"), d and d.udise_code, self.tr("4 digits, e.g. 2902")
        )

    def submit(self) -> DistrictRow:
        data = DistrictInput(
            name=self.value("name"),
            name_local=self.value("name_local"),
            state_name=self.value("state_name"),
            udise_code=self.value("udise_code"),
        )
        if self._district is None:
            return geography.create_district(self._db, data)
        return geography.update_district(self._db, self._district.id, data)


class BlockDialog(FormDialog):
    def __init__(
        self, db: Database, district_id: int, block: BlockRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Edit block") if block else self.tr("Add block"), parent)
        self._db = db
        self._district_id = district_id
        self._block = block
        self.line("name", self.tr("Block"), block and block.name)
        self.line("name_local", self.tr("Block (regional language)"), block and block.name_local)

    def submit(self) -> BlockRow:
        data = BlockInput(self._district_id, self.value("name"), self.value("name_local"))
        if self._block is None:
            return geography.create_block(self._db, data)
        return geography.update_block(self._db, self._block.id, data)


class ClusterDialog(FormDialog):
    def __init__(
        self, db: Database, block_id: int, cluster: ClusterRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Edit cluster") if cluster else self.tr("Add cluster"), parent)
        self._db = db
        self._block_id = block_id
        self._cluster = cluster
        self.line("name", self.tr("Cluster"), cluster and cluster.name)
        self.line("name_local", self.tr("Cluster (regional language)"), cluster and cluster.name_local)

    def submit(self) -> ClusterRow:
        data = ClusterInput(self._block_id, self.value("name"), self.value("name_local"))
        if self._cluster is None:
            return geography.create_cluster(self._db, data)
        return geography.update_cluster(self._db, self._cluster.id, data)
