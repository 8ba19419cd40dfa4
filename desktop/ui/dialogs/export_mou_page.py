"""The export wizard's first page: which MoU the package is for, and whether it can export."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.documents.text import indian_date
from desktop.services.errors import DomainError
from desktop.services.exchange.export import ExportPreview, preview_export
from desktop.services.mous import listing
from desktop.services.mous.listing import MouFilter, MouRow
from desktop.ui.dialogs.import_wizard_parts import problem_notice, thousands
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.widgets import record_table, selected_row

# Active MoUs first: only they can export; then those that may soon, then those that cannot.
STATUS_ORDER = {"active": 0, "signed": 1, "under_review": 2, "draft": 3, "expired": 4, "terminated": 5}
DIM = "#6b7280"
STATUS_COLUMN = 3


class MouFilterProxy(QSortFilterProxyModel):
    """The MoUs whose reference, title, partners or office match every word searched for.
    Sorting is the list model's own, so that dates sort as dates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wanted = MouFilter()

    def set_query(self, query: str) -> None:
        self.beginFilterChange()
        self.wanted = MouFilter(query=query)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        return listing.matches(self.sourceModel().row_at(source_row), self.wanted)  # type: ignore[attr-defined]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def row_at(self, row: int) -> MouRow:
        source = self.mapToSource(self.index(row, 0))
        return self.sourceModel().row_at(source.row())  # type: ignore[attr-defined]


class MouPage(QWizardPage):
    """The MoU register, active MoUs first; choosing one shows what it allows or why it cannot
    export (the service's own reason)."""

    def __init__(self, state, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Choose the MoU"))
        self.setSubTitle(
            self.tr(
                "A package holds only what the MoU's data-sharing terms allow, about the schools it "
                "covers. Only an active MoU can export."
            )
        )
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by reference, title, partner or office"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        search_row = QHBoxLayout()
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count)

        self.model = ListTableModel(
            [
                Column(self.tr("Reference"), lambda r: r.reference),
                Column(self.tr("Partner"), lambda r: r.partners),
                Column(self.tr("Title"), lambda r: r.title),
                Column(
                    self.tr("Status"),
                    lambda r: QCoreApplication.translate("MoUs", r.status_label),
                    order_by=lambda r: (STATUS_ORDER.get(r.status, 9), r.end_date),
                    foreground=lambda r: None if r.status == "active" else DIM,
                ),
                Column(
                    self.tr("Valid until"), lambda r: indian_date(r.end_date), order_by=lambda r: r.end_date
                ),
            ],
            self,
        )
        self.proxy = MouFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self.proxy)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(STATUS_COLUMN, Qt.SortOrder.AscendingOrder)
        self.table.setAccessibleName(self.tr("MoUs"))

        self.refusal = problem_notice()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.refusal)
        layout.addWidget(self.summary)

        self.search.textChanged.connect(self._filter)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        self.rows = listing.list_mous(state.db, today=state.today())
        self.model.set_rows(self.rows)
        self._filter()
        self.setFocusProxy(self.search)

    # --- choosing -----------------------------------------------------------------------------

    def shown_references(self) -> list[str]:
        return [self.proxy.row_at(i).reference for i in range(self.proxy.rowCount())]

    def select(self, reference: str) -> None:
        """Choose the MoU with this reference, if the list shows it."""
        for position in range(self.proxy.rowCount()):
            if self.proxy.row_at(position).reference == reference:
                self.table.selectRow(position)
                return

    def _filter(self) -> None:
        self.proxy.set_query(self.search.text())
        self.count.setText(
            self.tr("%(shown)d of %(total)d") % {"shown": self.proxy.rowCount(), "total": len(self.rows)}
        )

    def _chosen(self) -> None:
        state = self.state
        row: MouRow | None = selected_row(self.table)
        state.mou_id = row.id if row is not None else None
        state.terms = state.preview = None
        state.categories = state.round_ids = None
        problem = ""
        if row is not None:
            try:
                state.terms = preview_export(state.db, row.id, today=state.today())
            except DomainError as refusal:
                problem = refusal.message
        state.preview = state.terms
        self.refusal.setText(problem)
        self.refusal.setVisible(bool(problem))
        self.summary.setText(self._summary(state.terms) if state.terms else "")
        self.summary.setVisible(state.terms is not None)
        self.completeChanged.emit()

    def _summary(self, terms: ExportPreview) -> str:
        scope = terms.scope
        lines = [
            self.tr("MoU %(reference)s: %(title)s") % {"reference": scope.reference, "title": scope.title},
            self.tr("For: %s") % ", ".join(scope.partner_names),
            self.tr(
                "Its terms allow %(categories)d categories of data about %(schools)s schools; the partner keeps them until %(date)s."
            )
            % {
                "categories": len(scope.categories),
                "schools": thousands(len(scope.school_ids)),
                "date": indian_date(scope.keep_until),
            },
        ]
        return "\n".join(lines)

    def isComplete(self) -> bool:
        return self.state.terms is not None
