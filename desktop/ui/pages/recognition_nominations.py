"""The Nominations tab of the Recognition page: the chosen cycle's phase, its nominations with
filters and search, and the actions on them (nominate, edit, delete, withdraw, reinstate, and
nominate from the baseline data). The actions themselves are in recognition_nomination_actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.text import indian_date
from desktop.services.database import Database
from desktop.services.errors import NotFoundError
from desktop.services.recognition import cycles, nominations, programmes
from desktop.services.recognition.cycles import CycleRow
from desktop.services.recognition.nomination_listing import matches
from desktop.services.recognition.nominations import NominationRow
from desktop.services.recognition.programmes import ProgrammeRow
from desktop.services.recognition.vocabulary import NEXT_STATUSES, NOMINEE_KINDS, STATUSES
from desktop.services.text import search_terms
from desktop.ui.dialogs.mou_records import TextTableModel
from desktop.ui.pages.recognition_nomination_actions import NominationActionsMixin
from desktop.ui.table_model import Column
from desktop.ui.widgets import button_bar, filter_combo, notice_label, record_table, refill_combo

SEARCH_DELAY_MS = 150
# Kinds as a table cell shows them; the filter and the form give the full names.
KIND_SHORT = {
    "crp": QT_TRANSLATE_NOOP("NominationsTab", "CRP / CRC"),
    "brp": QT_TRANSLATE_NOOP("NominationsTab", "BRP / BRC"),
    "block_officer": QT_TRANSLATE_NOOP("NominationsTab", "Block officer"),
}
STATUS_ORDER = {status: position for position, status in enumerate(STATUSES)}


def _plural(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


class NominationFilter(QSortFilterProxyModel):
    """Narrows the nominations by status, kind, category and the words searched for. Sorting is
    the list model's own, so that dates sort as dates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status: str | None = None
        self.kind: str | None = None
        self.category: str | None = None
        self.terms: list[str] = []

    def set_filter(self, status: str | None, kind: str | None, category: str | None, search: str) -> None:
        self.beginFilterChange()
        self.status, self.kind, self.category = status, kind, category
        self.terms = search_terms(search)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def accepts(self, row: NominationRow) -> bool:
        if self.status is not None and row.status != self.status:
            return False
        if self.kind is not None and row.nominee_kind != self.kind:
            return False
        if self.category is not None and row.category != self.category:
            return False
        return not self.terms or matches(row, self.terms)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        return self.accepts(self.sourceModel().row_at(source_row))  # type: ignore[attr-defined]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def row_at(self, row: int) -> NominationRow:
        source = self.mapToSource(self.index(row, 0))
        return self.sourceModel().row_at(source.row())  # type: ignore[attr-defined]


class NominationsTab(NominationActionsMixin, QWidget):
    changed = Signal()

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.cycle_id: int | None = None
        self.cycle: CycleRow | None = None
        self.programme: ProgrammeRow | None = None
        self.rows: list[NominationRow] = []
        self.dialog: Any = None

        self.phase = QLabel()
        self.phase.setObjectName("phase")
        self.notice = notice_label(self.tr("Choose a cycle above, or add one on Programmes and cycles."))
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search nominee, nominator, category or place (English or ಕನ್ನಡ)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search nominations"))
        self.status = filter_combo(
            self.tr("any status"),
            [(key, QCoreApplication.translate("Recognition", label)) for key, label in STATUSES.items()],
        )
        self.kind = filter_combo(self.tr("any kind"), [])
        self.category = filter_combo(self.tr("any category"), [])
        self.status.setAccessibleName(self.tr("Status"))
        self.kind.setAccessibleName(self.tr("Kind"))
        self.category.setAccessibleName(self.tr("Category"))
        self.count = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in (self.status, self.kind, self.category):
            filters.addWidget(combo, 1)
        filters.addWidget(self.count)

        bar, self.actions = button_bar(
            ("nominate", self.tr("&Nominate…"), self.nominate),
            ("edit", self.tr("&Edit…"), self.edit_selected),
            ("delete", self.tr("&Delete"), self.delete_selected),
            ("withdraw", self.tr("&Withdraw…"), self.withdraw_selected),
            ("reinstate", self.tr("&Reinstate"), self.reinstate_selected),
        )
        bar.addStretch(1)
        _more, more = button_bar(("suggest", self.tr("Su&ggestions from data…"), self.suggest))
        bar.addWidget(more["suggest"])
        self.actions.update(more)
        self.actions["suggest"].setToolTip(
            self.tr("Clusters and schools that improved most between two assessment rounds")
        )

        self.model = TextTableModel(
            [
                Column(self.tr("Nominee"), lambda r: r.nominee_name),
                Column(self.tr("Regional name"), lambda r: r.nominee_name_local or ""),
                Column(self.tr("Kind"), lambda r: self.tr(KIND_SHORT.get(r.nominee_kind, r.kind_label))),
                Column(self.tr("Detail"), lambda r: r.detail),
                Column(self.tr("Block"), lambda r: r.block or ""),
                Column(self.tr("Category"), lambda r: r.category or ""),
                Column(self.tr("Nominated by"), lambda r: r.nominators),
                Column(
                    self.tr("Nominated on"),
                    lambda r: indian_date(r.nominated_on),
                    order_by=lambda r: r.nominated_on,
                ),
                Column(
                    self.tr("Status"),
                    lambda r: (
                        f"{QCoreApplication.translate('Recognition', r.status_label)} {indian_date(r.status_date)}".strip()
                    ),
                    order_by=lambda r: (STATUS_ORDER[r.status], r.status_date or date.min),
                ),
                Column(self.tr("Evidence"), lambda r: r.evidence_count or "", align_right=True),
                Column(self.tr("Source"), lambda r: self.tr("from data") if r.source == "data" else ""),
            ],
            self,
        )
        self.proxy = NominationFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self.proxy, stretch=QHeaderView.ResizeMode.Interactive)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (3, 6):  # the long texts share what is left; whole in the tooltip
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAccessibleName(self.tr("Nominations"))
        self.table.setToolTip(self.tr("Double-click a nomination to edit it or add evidence"))
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.phase)
        layout.addWidget(self.notice)
        layout.addLayout(filters)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_line)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        for combo in (self.status, self.kind, self.category):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.set_database(db)

    # --- the page's interface ---------------------------------------------------------------------

    def set_database(self, db: Database) -> None:
        self.db = db
        self.status_line.clear()
        self.reload()

    def set_cycle(self, cycle_id: int | None) -> None:
        if cycle_id != self.cycle_id:
            self.status_line.clear()
        self.cycle_id = cycle_id
        self.reload()

    def reload(self) -> None:
        """Read the cycle and its nominations again, keeping the filters and the selection."""
        kept = self.selected()
        self.cycle = self.programme = None
        if self.cycle_id is not None:
            try:
                self.cycle = cycles.get_cycle(self.db, self.cycle_id, on=self.today())
                self.programme = programmes.get_programme(self.db, self.cycle.programme_id)
            except NotFoundError:  # deleted on another tab
                self.cycle = None
        self.rows = nominations.list_nominations(self.db, self.cycle.id) if self.cycle else []
        self.model.set_rows(self.rows)
        self._refill_filters()
        self._show_phase()
        self.apply_filter()
        if kept is not None:
            self.select(kept.id)

    # --- reading --------------------------------------------------------------------------------

    def shown_rows(self) -> list[NominationRow]:
        return [self.proxy.row_at(i) for i in range(self.proxy.rowCount())]

    def selected(self) -> NominationRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(rows[0].row()) if rows else None

    def select(self, nomination_id: int) -> None:
        for position in range(self.proxy.rowCount()):
            if self.proxy.row_at(position).id == nomination_id:
                self.table.selectRow(position)
                return

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.proxy.set_filter(
            self.status.currentData(),
            self.kind.currentData(),
            self.category.currentData(),
            self.search.text(),
        )
        self.count.setText(
            self.tr("%(shown)d of %(total)d") % {"shown": self.proxy.rowCount(), "total": len(self.rows)}
        )
        self._update_buttons()

    def _refill_filters(self) -> None:
        eligible = set(self.programme.eligible_kinds) if self.programme else set()
        kinds = eligible | {row.nominee_kind for row in self.rows}
        refill_combo(
            self.kind,
            [
                (k, QCoreApplication.translate("Recognition", label))
                for k, label in NOMINEE_KINDS.items()
                if k in kinds
            ],
        )
        categories = list(self.programme.categories) if self.programme else []
        refill_combo(self.category, [(c, c) for c in categories])
        self.category.setVisible(bool(categories))

    def _show_phase(self) -> None:
        cycle = self.cycle
        self.notice.setVisible(cycle is None)
        if cycle is None:
            self.phase.clear()
            self.phase.hide()
            return
        parts = [
            self.phase_words(cycle),
            _plural(cycle.nomination_count, self.tr("nomination"), self.tr("nominations")),
            _plural(cycle.places, self.tr("place"), self.tr("places")),
        ]
        if cycle.places_taken:
            parts[-1] += self.tr(" (%d taken)") % cycle.places_taken
        self.phase.setText(f"<b>{cycle.label}</b> — " + " · ".join(parts))
        self.phase.show()

    def phase_words(self, cycle: CycleRow) -> str:
        """Where the cycle stands today, with its dates: "Nominations open until 25/11/2026"."""
        phase = cycles.phase_on(cycle, self.today())
        if phase == cycles.NOT_YET_OPEN:
            return self.tr("Nominations open on %s") % indian_date(cycle.nomination_opens)
        if phase in (cycles.NOMINATIONS_OPEN, cycles.NOMINATIONS_AND_REVIEW_OPEN):
            return self.tr("Nominations open until %s") % indian_date(cycle.nomination_closes)
        if phase == cycles.NOMINATIONS_CLOSED:
            return self.tr("Nominations closed on %(closes)s; review opens on %(opens)s") % {
                "closes": indian_date(cycle.nomination_closes),
                "opens": indian_date(cycle.review_opens),
            }
        if phase == cycles.REVIEW_OPEN:
            return self.tr("Nominations closed · review open until %s") % indian_date(cycle.review_closes)
        if phase == cycles.EVENT_TODAY:
            return self.tr("Event today")
        if phase == cycles.EVENT_HELD:
            return self.tr("Event held on %s") % indian_date(cycle.event_date)
        return self.tr("Review closed, scores locked")

    def _update_buttons(self) -> None:
        row = self.selected()
        writable = not self.db.read_only
        self.actions["nominate"].setEnabled(writable and self.cycle is not None)
        self.actions["suggest"].setEnabled(self.cycle is not None)
        self.actions["edit"].setEnabled(row is not None)
        self.actions["delete"].setEnabled(writable and row is not None and row.status == "nominated")
        self.actions["withdraw"].setEnabled(
            writable and row is not None and "withdrawn" in NEXT_STATUSES[row.status]
        )
        self.actions["reinstate"].setEnabled(writable and row is not None and row.status == "withdrawn")
        for search in (self.search, self.status, self.kind, self.category):
            search.setEnabled(self.cycle is not None)
