"""The package import wizard's conflicts: rows that would overwrite the office's newer data, each
kept as the office has it unless the user takes the package's value."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.documents.text import indian_date
from desktop.services.exchange.inbound import Conflict
from desktop.ui.dialogs.import_wizard_parts import thousands
from desktop.ui.dialogs.package_import_state import PackageImportState, SearchProxy, selectable
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.widgets import notice_label, record_table

TAKE_COLUMN = 0
CHANGED_COLUMN = 3
SHARED_COLUMNS = (1, 2, 4)  # the record, the office's value, the package's value
Index = QModelIndex | QPersistentModelIndex


def conflict_text(conflict: Conflict) -> str:
    return " ".join(
        (conflict.description, conflict.office_value, conflict.package_value, conflict.office_changed_by)
    )


class ConflictModel(ListTableModel):
    """The conflicts, the first column a checkbox: ticked, the package's value is taken."""

    choice_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("ConflictModel", "Take"),
                    lambda c: "",
                    order_by=lambda c: c.key in self.taken,
                ),
                Column(QCoreApplication.translate("ConflictModel", "Record"), lambda c: c.description),
                Column(
                    QCoreApplication.translate("ConflictModel", "The office has"), lambda c: c.office_value
                ),
                Column(
                    QCoreApplication.translate("ConflictModel", "Changed in the office"),
                    lambda c: (
                        QCoreApplication.translate("ConflictModel", "%(date)s by %(who)s")
                        % {"date": indian_date(c.office_changed_on), "who": c.office_changed_by}
                    ),
                    order_by=lambda c: (c.office_changed_on, c.office_changed_by),
                ),
                Column(
                    QCoreApplication.translate("ConflictModel", "The package has"), lambda c: c.package_value
                ),
            ],
            parent,
        )
        self.taken: set[str] = set()

    def set_conflicts(self, conflicts: list[Conflict], taken: Iterable[str]) -> None:
        keys = {conflict.key for conflict in conflicts}
        self.taken = {key for key in taken if key in keys}
        self.set_rows(conflicts)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and section == TAKE_COLUMN
        ):
            return QCoreApplication.translate(
                "ConflictModel",
                "Ticked: the package's value replaces the office's. Unticked: the office's value stays.",
            )
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == TAKE_COLUMN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == TAKE_COLUMN and 0 <= index.row() < self.rowCount():
            if role == Qt.ItemDataRole.CheckStateRole:
                taken = self.row_at(index.row()).key in self.taken
                return Qt.CheckState.Checked if taken else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr(
                    "Ticked: the package's value replaces the office's. Unticked: the office's stays."
                )
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and 0 <= index.row() < self.rowCount():
            return super().data(index, Qt.ItemDataRole.DisplayRole)  # cells are cut to fit
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != TAKE_COLUMN or role != Qt.ItemDataRole.CheckStateRole:
            return False
        if not 0 <= index.row() < self.rowCount():
            return False
        key = self.row_at(index.row()).key
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if checked:
            self.taken.add(key)
        else:
            self.taken.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.choice_changed.emit()
        return True

    def set_all(self, taken: bool) -> None:
        """Tick (take every package value) or untick (keep every office value) all rows."""
        self.taken = {self.row_at(row).key for row in range(self.rowCount())} if taken else set()
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, TAKE_COLUMN),
                self.index(self.rowCount() - 1, TAKE_COLUMN),
                [Qt.ItemDataRole.CheckStateRole],
            )
        self.choice_changed.emit()


class ConflictsPage(QWizardPage):
    """Each conflicting row with the office's value (when and by whom it was imported) and the
    package's; the office's records win unless ticked, row by row or all at once."""

    def __init__(self, state: PackageImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Conflicts with the office's newer data"))
        self.setSubTitle(
            self.tr(
                "The office changed these records after the package was made. Unticked rows keep the "
                "office's value; tick a row to take the package's value instead."
            )
        )
        self.model = ConflictModel(self)
        self.proxy = SearchProxy(conflict_text, self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Conflicting rows"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by student, school, subject or value"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        self.count = QLabel()
        self.keep_all_button = QPushButton(self.tr("&Keep all office values"))
        self.take_all_button = QPushButton(self.tr("&Take all from package"))
        bar = QHBoxLayout()
        bar.addWidget(search_label)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        bar.addWidget(self.keep_all_button)
        bar.addWidget(self.take_all_button)
        self.summary = notice_label()
        self.detail = selectable()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.summary)

        self.search.textChanged.connect(self._filter)
        self.keep_all_button.clicked.connect(lambda: self.model.set_all(False))
        self.take_all_button.clicked.connect(lambda: self.model.set_all(True))
        self.model.choice_changed.connect(self._chosen)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_detail())
        self.setFocusProxy(self.table)
        self.table.viewport().installEventFilter(self)

    def initializePage(self) -> None:
        check = self.state.check
        conflicts = check.conflicts if check is not None else []
        self.model.set_conflicts(conflicts, self.state.taken)
        self.search.clear()
        self._filter()
        self._fit_columns()
        self._chosen()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()  # the room the values share changed
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Every column as wide as its text where the table has room; where it has not, the
        widest texts share what is left equally (each row is read in full below the table)."""
        self.table.resizeColumnsToContents()
        fixed = sum(self.table.columnWidth(column) for column in (TAKE_COLUMN, CHANGED_COLUMN))
        room = self.table.viewport().width() - fixed
        wanted = sorted((self.table.columnWidth(column), column) for column in SHARED_COLUMNS)
        for position, (width, column) in enumerate(wanted):
            share = min(width, room // (len(wanted) - position))
            self.table.setColumnWidth(column, share)
            room -= share

    def _filter(self) -> None:
        self.proxy.set_query(self.search.text())
        self.count.setText(
            self.tr("%(shown)s of %(total)s")
            % {"shown": thousands(self.proxy.rowCount()), "total": thousands(self.model.rowCount())}
        )
        self._show_detail()

    def _show_detail(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.detail.setText(
            self.proxy.row_at(rows[0].row()).text if rows else self.tr("Select a row to read it in full.")
        )

    def _chosen(self) -> None:
        self.state.taken = frozenset(self.model.taken)
        total = self.model.rowCount()
        taken = len(self.model.taken)
        self.summary.setText(
            self.tr("The office's value kept: %(kept)s. The package's value taken: %(taken)s.")
            % {"kept": thousands(total - taken), "taken": thousands(taken)}
        )
