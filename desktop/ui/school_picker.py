"""Choosing schools: whole blocks, some clusters of a block, a kind of school, and single schools.

Used for the schools a circular goes to and, later, for the blocks, clusters and schools an MoU
covers. Only blocks and clusters are loaded into the widget; single schools are searched for a
screenful at a time and the summary counts in SQL, so it stays quick at 100,000 schools.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import geography, schools
from desktop.services.database import Database
from desktop.services.recipients import SchoolSelection, count_school_recipients, find_school_ids
from desktop.services.text import search_key, search_terms
from desktop.ui.person_picker import SearchChooser

ID_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the folded names the filter line matches
CATEGORY_SEPARATOR = "\x1f"  # the combo's data is a string: several categories joined by this
CHECKED, PARTIAL, UNCHECKED = (
    Qt.CheckState.Checked,
    Qt.CheckState.PartiallyChecked,
    Qt.CheckState.Unchecked,
)


class SchoolPicker(QWidget):
    """Schools chosen by block, by cluster, by kind and one by one.

    A checked block means the whole block (schools without a cluster too); a block with only
    some clusters checked is partly checked and means those clusters. The kind of school narrows
    the blocks and clusters, never the schools chosen one by one. ``changed`` is emitted once
    per change the user makes."""

    changed = Signal()

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        with_categories: bool = True,
        orientation: Qt.Orientation = Qt.Orientation.Horizontal,
    ) -> None:
        """``with_categories=False`` leaves out the kind of school (an MoU covers places, not kinds);
        ``orientation``: blocks and clusters beside the single schools, or above them."""
        super().__init__(parent)
        self._db = db
        self._syncing = False  # set while the picker itself moves check marks

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter blocks and clusters"))
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumHeight(150)
        self._fill_tree()

        self.category: QComboBox | None = None
        if with_categories:
            self.category = QComboBox()
            self.category.addItem(self.tr("all kinds of school"), "")
            for name in schools.CATEGORIES:
                self.category.addItem(QCoreApplication.translate("Schools", name), name)
            self.category.setToolTip(self.tr("Narrows the blocks and clusters; single schools always go."))

        self.singles = SearchChooser(
            lambda query, limit: find_school_ids(db, query, limit),
            self._school_labels,
            placeholder=self.tr("Name or 11-digit UDISE code"),
            title=self.tr("Single schools"),
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        area = QVBoxLayout()
        area.setSpacing(4)
        area.addWidget(QLabel("<b>{}</b>".format(self.tr("Blocks and clusters"))))
        area.addWidget(self.filter)
        area.addWidget(self.tree, 1)
        if self.category is not None:
            kind = QHBoxLayout()
            kind.addWidget(QLabel(self.tr("Kind of school:")))
            kind.addWidget(self.category, 1)
            area.addLayout(kind)
        horizontal = orientation == Qt.Orientation.Horizontal
        columns = QBoxLayout(
            QBoxLayout.Direction.LeftToRight if horizontal else QBoxLayout.Direction.TopToBottom
        )
        columns.addLayout(area, 1)
        columns.addWidget(self.singles, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns, 1)
        layout.addWidget(self.summary)

        self.filter.textChanged.connect(self._filter_tree)
        self.tree.itemChanged.connect(self._item_changed)
        self.singles.changed.connect(self._selection_changed)
        if self.category is not None:
            self.category.currentIndexChanged.connect(self._selection_changed)
        self._show_summary()

    # --- API ------------------------------------------------------------------------------------

    def selection(self) -> SchoolSelection:
        block_ids: list[int] = []
        cluster_ids: list[int] = []
        for block in self._blocks():
            if block.checkState(0) == CHECKED:
                block_ids.append(block.data(0, ID_ROLE))
            elif block.checkState(0) == PARTIAL:
                cluster_ids += [c.data(0, ID_ROLE) for c in _children(block) if c.checkState(0) == CHECKED]
        return SchoolSelection(tuple(block_ids), tuple(cluster_ids), self._categories(), self.singles.ids())

    def set_selection(self, selection: SchoolSelection) -> None:
        """Show ``selection`` (a block whose every cluster is listed becomes the whole block);
        emits ``changed`` once."""
        blocks, clusters = set(selection.block_ids), set(selection.cluster_ids)
        self._syncing = True
        try:
            for block in self._blocks():
                whole = block.data(0, ID_ROLE) in blocks
                block.setCheckState(0, CHECKED if whole else UNCHECKED)
                for cluster in _children(block):
                    cluster.setCheckState(
                        0, CHECKED if whole or cluster.data(0, ID_ROLE) in clusters else UNCHECKED
                    )
                if not whole:
                    self._follow_clusters(block)
            if self.category is not None:
                self.category.blockSignals(True)
                self._set_categories(selection.categories)
                self.category.blockSignals(False)
        finally:
            self._syncing = False
        self.singles.blockSignals(True)
        self.singles.set_ids(selection.school_ids)
        self.singles.blockSignals(False)
        self._selection_changed()

    def school_count(self) -> int:
        """How many schools the selection chooses."""
        return count_school_recipients(self._db, self.selection())

    # --- the tree -------------------------------------------------------------------------------

    def _fill_tree(self) -> None:
        clusters: dict[int, list[geography.ClusterRow]] = {}
        for cluster in geography.list_clusters(self._db):
            clusters.setdefault(cluster.block_id, []).append(cluster)
        for block in geography.list_blocks(self._db):
            block_item = _checkable_item([block.name], block.id, search_key(block.name, block.name_local))
            for cluster in clusters.get(block.id, []):
                # A cluster's key holds its block's names, so "badami kerur" finds Kerur of Badami.
                key = search_key(cluster.name, cluster.name_local, block.name, block.name_local)
                block_item.addChild(_checkable_item([cluster.name], cluster.id, key))
            self.tree.addTopLevelItem(block_item)

    def _blocks(self) -> Iterator[QTreeWidgetItem]:
        return (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))

    def _filter_tree(self, text: str) -> None:
        terms = search_terms(text)
        matches = lambda item: all(term in item.data(0, KEY_ROLE) for term in terms)  # noqa: E731
        for block in self._blocks():
            block_matches = matches(block)
            found = False
            for cluster in _children(block):
                hit = matches(cluster)  # a cluster's key holds its block's names: matching
                cluster.setHidden(not hit)  # the block matches all its clusters
                found = found or hit
            block.setHidden(not (block_matches or found))
            if terms:
                block.setExpanded(found and not block_matches)

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        if self._syncing:
            return
        # Moving the other marks by hand (not Qt's auto-tristate, which emits once per child)
        # makes one click one ``changed``.
        self._syncing = True
        try:
            block = item.parent()
            if block is None and item.checkState(0) != PARTIAL:
                for cluster in _children(item):
                    cluster.setCheckState(0, item.checkState(0))
            elif block is not None:
                self._follow_clusters(block)
        finally:
            self._syncing = False
        self._selection_changed()

    @staticmethod
    def _follow_clusters(block: QTreeWidgetItem) -> None:
        states = {cluster.checkState(0) for cluster in _children(block)}
        if states:
            block.setCheckState(0, states.pop() if len(states) == 1 else PARTIAL)

    # --- categories, singles, summary -----------------------------------------------------------

    def _categories(self) -> tuple[str, ...]:
        if self.category is None:
            return ()
        return tuple(part for part in self.category.currentData().split(CATEGORY_SEPARATOR) if part)

    def _set_categories(self, categories: Sequence[str]) -> None:
        assert self.category is not None
        data = CATEGORY_SEPARATOR.join(categories)
        index = self.category.findData(data)
        if index < 0:  # several kinds at once (set from elsewhere): offered as one more choice
            self.category.addItem(", ".join(categories), data)
            index = self.category.count() - 1
        self.category.setCurrentIndex(index)

    def _school_labels(self, ids: Sequence[int]) -> dict[int, str]:
        # The code first: it lines up, and it is what offices go by.
        rows = schools.school_rows(self._db, ids)
        return {i: f"{r.udise_code}  {r.name} ({r.block_name})" for i, r in rows.items()}

    def _selection_changed(self) -> None:
        self._show_summary()
        self.changed.emit()

    def _show_summary(self) -> None:
        self.summary.setText(self.summary_text())

    def summary_text(self) -> str:
        """What is chosen and how many schools that makes, e.g. "2 blocks, 3 clusters — 312 schools"."""
        selection = self.selection()
        if selection.is_empty:
            return self.tr("No schools chosen yet: tick blocks or clusters, or add single schools.")
        parts = []
        for number, one, many in (
            (len(selection.block_ids), self.tr("block"), self.tr("blocks")),
            (len(selection.cluster_ids), self.tr("cluster"), self.tr("clusters")),
            (len(selection.school_ids), self.tr("single school"), self.tr("single schools")),
        ):
            if number:
                parts.append(f"{number} {one if number == 1 else many}")
        total = count_school_recipients(self._db, selection)
        schools = self.tr("school") if total == 1 else self.tr("schools")
        return "{} — {} {}".format(", ".join(parts), f"{total:,}", schools)


def _checkable_item(texts: list[str], record_id: int, key: str) -> QTreeWidgetItem:
    item = QTreeWidgetItem(texts)
    item.setData(0, ID_ROLE, record_id)
    item.setData(0, KEY_ROLE, key)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(0, UNCHECKED)
    return item


def _children(item: QTreeWidgetItem) -> Iterator[QTreeWidgetItem]:
    return (item.child(i) for i in range(item.childCount()))
