"""Choosing records one by one by searching for them: the people a circular goes to, and the
single schools of a :class:`~desktop.ui.school_picker.SchoolPicker`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import people
from desktop.services.database import Database

Find = Callable[[str, int], Sequence[int]]  # (typed text, at most this many) -> ids, best first
Describe = Callable[[Sequence[int]], dict[int, str]]  # ids -> how each is shown; unknown ids left out
SEARCH_DELAY_MS = 150
ID_ROLE = Qt.ItemDataRole.UserRole


class SearchChooser(QWidget):
    """A search line, the records matching it (check one to choose it) and those chosen so far.

    Only a screenful of matches is ever read (``find`` is asked for ``limit`` + 1, to know whether
    more match), never the whole table: it stays quick at 100,000 schools. With ``browse`` the
    first records show before anything is typed (people, who are few); otherwise the list waits
    for a search. Enter in the search line chooses the only match, so codes can be typed one
    after another."""

    changed = Signal()

    def __init__(
        self,
        find: Find,
        describe: Describe,
        *,
        placeholder: str,
        title: str,
        limit: int = 20,
        browse: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._find = find
        self._describe = describe
        self._limit = limit
        self._browse = browse
        self._chosen: dict[int, str] = {}  # in the order chosen
        self.query = QLineEdit()
        self.query.setPlaceholderText(placeholder)
        self.query.setClearButtonEnabled(True)
        self.matches = _record_list()
        self.matches.setMinimumHeight(90)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: palette(placeholder-text);")
        self.heading = QLabel()
        self.chosen = _record_list()
        self.chosen.setMinimumHeight(60)
        self.chosen.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setEnabled(False)

        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        if title:
            layout.addWidget(QLabel(f"<b>{title}</b>"))
        layout.addWidget(self.query)
        layout.addWidget(self.matches, 3)
        layout.addWidget(self.status)
        layout.addLayout(header)
        layout.addWidget(self.chosen, 2)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.query.textChanged.connect(self._timer.start)
        self.query.returnPressed.connect(self._choose_only_match)
        self.matches.itemChanged.connect(self._match_toggled)
        self.matches.itemActivated.connect(self._toggle)
        self.chosen.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.chosen.selectedItems()))
        )
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.chosen, self.remove_selected)
        self._show_chosen()
        self.search()

    # --- API ------------------------------------------------------------------------------------

    def ids(self) -> tuple[int, ...]:
        return tuple(self._chosen)

    def set_ids(self, ids: Sequence[int]) -> None:
        """Choose exactly these (records that no longer exist are left out); emits ``changed``."""
        labels = self._describe(list(dict.fromkeys(ids)))
        self._chosen = {
            record_id: labels[record_id] for record_id in dict.fromkeys(ids) if record_id in labels
        }
        self._after_change()

    def search(self) -> None:
        """Show the matches of the search line now (typing waits a moment, to search once)."""
        self._timer.stop()
        query = self.query.text().strip()
        ids = list(self._find(query, self._limit + 1)) if query or self._browse else []
        more = len(ids) > self._limit
        labels = self._describe(ids[: self._limit])
        self.matches.blockSignals(True)  # filling the list is not choosing
        self.matches.clear()
        for record_id, label in ((i, labels[i]) for i in ids[: self._limit] if i in labels):
            item = _record_item(label, record_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = record_id in self._chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.matches.addItem(item)
        self.matches.blockSignals(False)
        if query and not labels:
            self.status.setText(self.tr("Nothing matches “%s”.") % query)
        elif more:
            self.status.setText(
                self.tr("The first %d matches are shown; type more to narrow them.") % self._limit
            )
        else:
            self.status.setText("" if query or self._browse else self.tr("Type to search."))
        self.status.setVisible(bool(self.status.text()))

    def choose(self, record_id: int) -> None:
        if record_id not in self._chosen:
            self._chosen.update(self._describe([record_id]))
            self._after_change()

    def remove_selected(self) -> None:
        removed = [item.data(ID_ROLE) for item in self.chosen.selectedItems()]
        if removed:
            for record_id in removed:
                self._chosen.pop(record_id, None)
            self._after_change()

    # --- reacting -----------------------------------------------------------------------------

    def _match_toggled(self, item: QListWidgetItem) -> None:
        record_id = item.data(ID_ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            self.choose(record_id)
        elif self._chosen.pop(record_id, None) is not None:
            self._after_change()

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _choose_only_match(self) -> None:
        self.search()
        if self.matches.count() == 1:
            self.choose(self.matches.item(0).data(ID_ROLE))
            self.query.clear()  # ready for the next code
            self.search()

    def _after_change(self) -> None:
        self._show_chosen()
        self.matches.blockSignals(True)  # keep the ticks in step with the chosen list
        for row in range(self.matches.count()):
            item = self.matches.item(row)
            chosen = item.data(ID_ROLE) in self._chosen
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self.matches.blockSignals(False)
        self.changed.emit()

    def _show_chosen(self) -> None:
        self.chosen.clear()
        for record_id, label in self._chosen.items():
            self.chosen.addItem(_record_item(label, record_id))
        self.heading.setText(self.tr("Chosen: %d") % len(self._chosen))
        self.remove_button.setEnabled(False)


class PersonPicker(SearchChooser):
    """People to send to: search by name, designation or where they work, tick several."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(
            lambda query, limit: people.search_person_ids(db, query)[:limit],
            lambda ids: {i: _person_label(row) for i, row in people.person_rows(db, ids).items()},
            placeholder=QCoreApplication.translate("PersonPicker", "Name, designation or office"),
            title="",
            limit=50,
            browse=True,
            parent=parent,
        )

    def person_ids(self) -> tuple[int, ...]:
        return self.ids()

    def set_person_ids(self, ids: Sequence[int]) -> None:
        self.set_ids(ids)


def _record_list() -> QListWidget:
    widget = QListWidget()
    # Long names are cut at the end (whole in the tooltip) rather than scrolled sideways.
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setTextElideMode(Qt.TextElideMode.ElideRight)
    return widget


def _record_item(label: str, record_id: int) -> QListWidgetItem:
    item = QListWidgetItem(label)
    item.setData(ID_ROLE, record_id)
    item.setToolTip(label)
    return item


def _person_label(row: people.PersonRow) -> str:
    return f"{row.name}, {row.designation}" + (f" — {row.affiliation}" if row.affiliation else "")
