"""Blocks and clusters: the district's own tree, set up once and kept current."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services import geography
from desktop.services.database import Database
from desktop.services.errors import DomainError
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.dialogs.geography_dialogs import BlockDialog, ClusterDialog, DistrictDialog
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.widgets import open_dialog, record_table


class RecordPanel(QWidget):
    """A titled table of small records with Add / Edit / Delete buttons under it."""

    selection_changed = Signal()

    def __init__(self, title: str, columns: list[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(f"<h3>{title}</h3>")
        self.model = ListTableModel(columns, self)
        self.table = record_table(self.model, stretch=QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)

    def set_rows(self, rows: list[Any], keep_id: int | None = None) -> None:
        self.model.set_rows(rows)
        for position, row in enumerate(rows):
            if row.id == keep_id:
                self.table.selectRow(position)
                break

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def set_writable(self, writable: bool, can_add: bool = True) -> None:
        has_selection = self.selected() is not None
        self.add_button.setEnabled(writable and can_add)
        self.edit_button.setEnabled(writable and has_selection)
        self.delete_button.setEnabled(writable and has_selection)


class GeographyPage(QWidget):
    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.district: geography.DistrictRow | None = None
        self.active_dialog: FormDialog | None = None
        self.district_label = QLabel()
        self.district_label.setWordWrap(True)
        self.district_button = QPushButton()
        self.district_button.clicked.connect(self.edit_district)
        district_row = QHBoxLayout()
        district_row.addWidget(self.district_label, 1)
        district_row.addWidget(self.district_button)

        self.blocks = RecordPanel(
            self.tr("Blocks"),
            [
                Column(self.tr("Block"), lambda b: b.name),
                Column(self.tr("Block (regional)"), lambda b: b.name_local),
            ],
        )
        self.clusters = RecordPanel(
            self.tr("Clusters"),
            [
                Column(self.tr("Cluster"), lambda c: c.name),
                Column(self.tr("Cluster (regional)"), lambda c: c.name_local),
            ],
        )
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.blocks)
        splitter.addWidget(self.clusters)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>{}</h2>".format(self.tr("Blocks and clusters"))))
        layout.addLayout(district_row)
        layout.addWidget(splitter, 1)

        self.blocks.add_button.clicked.connect(lambda: self._open(self._block_dialog(None)))
        self.blocks.edit_button.clicked.connect(
            lambda: self._open(self._block_dialog(self.blocks.selected()))
        )
        self.blocks.delete_button.clicked.connect(
            lambda: self._delete(self.blocks.selected(), geography.delete_block)
        )
        self.clusters.add_button.clicked.connect(lambda: self._open(self._cluster_dialog(None)))
        self.clusters.edit_button.clicked.connect(
            lambda: self._open(self._cluster_dialog(self.clusters.selected()))
        )
        self.clusters.delete_button.clicked.connect(
            lambda: self._delete(self.clusters.selected(), geography.delete_cluster)
        )
        self.blocks.selection_changed.connect(self._show_clusters)
        self.clusters.selection_changed.connect(self._update_buttons)
        self.blocks.table.doubleClicked.connect(lambda _i: self.blocks.edit_button.click())
        self.clusters.table.doubleClicked.connect(lambda _i: self.clusters.edit_button.click())
        self.reload()

    def set_database(self, db: Database) -> None:
        self.db = db
        self.reload()

    def reload(self, keep_block: int | None = None, keep_cluster: int | None = None) -> None:
        districts = geography.list_districts(self.db)
        self.district = districts[0] if districts else None
        if self.district is None:
            self.district_label.setText(
                self.tr("No district yet. Add your district first; its blocks and clusters come next.")
            )
            self.district_button.setText(self.tr("Add district…"))
        else:
            d = self.district
            local = f" ({d.name_local})" if d.name_local else ""
            text = self.tr("<b>%(name)s</b>%(local)s, %(state)s — UDISE district code %(code)s") % {
                "name": d.name,
                "local": local,
                "state": d.state_name,
                "code": d.udise_code,
            }
            self.district_label.setText(text)
            self.district_button.setText(self.tr("Edit district…"))
        blocks = geography.list_blocks(self.db, self.district.id) if self.district else []
        self.blocks.set_rows(blocks, keep_block)
        self._show_clusters(keep_cluster)

    def _show_clusters(self, keep_cluster: int | None = None) -> None:
        block = self.blocks.selected()
        clusters = geography.list_clusters(self.db, block.id) if block else []
        self.clusters.title.setText(
            "<h3>%s</h3>"
            % (self.tr("Clusters of %s") % block.name if block else self.tr("Clusters (choose a block)"))
        )
        self.clusters.set_rows(clusters, keep_cluster if isinstance(keep_cluster, int) else None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = not self.db.read_only
        self.district_button.setEnabled(writable)
        self.blocks.set_writable(writable, can_add=self.district is not None)
        self.clusters.set_writable(writable, can_add=self.blocks.selected() is not None)

    # --- dialogs ------------------------------------------------------------------------------

    def edit_district(self) -> None:
        self._open(DistrictDialog(self.db, self.district, self))

    def _block_dialog(self, block: Any) -> FormDialog | None:
        if self.district is None:
            return None
        return BlockDialog(self.db, self.district.id, block, self)

    def _cluster_dialog(self, cluster: Any) -> FormDialog | None:
        block = self.blocks.selected()
        return ClusterDialog(self.db, block.id, cluster, self) if block else None

    def _open(self, dialog: FormDialog | None) -> None:
        if dialog is None:
            return
        self.active_dialog = open_dialog(dialog, lambda done: self._saved(done.saved))

    def _saved(self, record: Any) -> None:
        if isinstance(record, geography.BlockRow):
            self.reload(keep_block=record.id)
        elif isinstance(record, geography.ClusterRow):
            self.reload(keep_block=record.block_id, keep_cluster=record.id)
        else:
            self.reload()
        self.changed.emit()

    def _delete(self, record: Any, delete: Callable[[Database, int], None]) -> None:
        if record is None:
            return
        is_cluster = isinstance(record, geography.ClusterRow)
        question = self.tr("Delete the cluster %s?") if is_cluster else self.tr("Delete the block %s?")
        answer = QMessageBox.question(self, self.tr("Delete"), question % record.name)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete(self.db, record.id)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Cannot delete"), exc.message)
            return
        self.reload(keep_block=record.block_id if is_cluster else None)
        self.changed.emit()
