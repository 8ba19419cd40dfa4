"""The export wizard's first two pages: which MoU, and what its package will hold."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.documents.text import indian_date
from desktop.services.errors import DomainError
from desktop.services.exchange.catalogue import CATEGORIES, SMALL_GROUP
from desktop.services.exchange.export import ExportPreview, preview_export
from desktop.services.exchange.scope import ROUND_CATEGORIES
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
                    lambda r: self.tr(r.status_label),
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
        self.count.setText(self.tr("%d of %d") % (self.proxy.rowCount(), len(self.rows)))

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
            self.tr("MoU %s: %s") % (scope.reference, scope.title),
            self.tr("For: %s") % ", ".join(scope.partner_names),
            self.tr(
                "Its terms allow %d categories of data about %s schools; the partner keeps them until %s."
            )
            % (len(scope.categories), thousands(len(scope.school_ids)), indian_date(scope.keep_until)),
        ]
        return "\n".join(lines)

    def isComplete(self) -> bool:
        return self.state.terms is not None


class ContentsPage(QWizardPage):
    """Each category the terms allow (ticked unless left out), with its fields and record count;
    the rounds; and what the package never holds. Counts are read again on every change."""

    def __init__(self, state, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("What will be included"))
        self.setSubTitle(
            self.tr("Untick what the partner does not need. Nothing outside the MoU's terms can be added.")
        )
        self.tree = QTreeWidget()
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [
                self.tr("Category and its fields"),
                self.tr("Column"),
                self.tr("Records"),
                self.tr("Keep until"),
                self.tr("Purpose"),
            ]
        )
        self.tree.setAccessibleName(self.tr("Categories and fields"))
        header = self.tree.header()
        header.setStretchLastSection(True)
        for column in (0, 1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.rounds = QListWidget()
        self.rounds.setAccessibleName(self.tr("Assessment rounds"))
        self.rounds.setMaximumHeight(self.rounds.fontMetrics().height() * 6)
        self.rounds_note = QLabel()
        self.rounds_note.setWordWrap(True)
        rounds_box = QGroupBox(self.tr("Assessment rounds"))
        rounds_layout = QVBoxLayout(rounds_box)
        rounds_layout.addWidget(self.rounds, 1)
        rounds_layout.addWidget(self.rounds_note)
        self.package = QLabel()
        self.package.setWordWrap(True)
        self.package.setTextFormat(Qt.TextFormat.PlainText)
        self.left_out = QLabel()
        self.left_out.setWordWrap(True)
        self.left_out.setTextFormat(Qt.TextFormat.PlainText)
        package_box = QGroupBox(self.tr("The package"))
        package_layout = QVBoxLayout(package_box)
        package_layout.addWidget(self.package)
        package_layout.addWidget(self.left_out)
        package_layout.addStretch(1)
        self.problem = problem_notice()
        lower = QHBoxLayout()
        lower.addWidget(rounds_box, 1)
        lower.addWidget(package_box, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.problem)
        layout.addLayout(lower)
        self.items: dict[str, QTreeWidgetItem] = {}
        self._included: dict[str, bool] = {}  # as last shown, so a fold the user made is kept
        self._built_for: int | None = None
        self._filling = False
        self._problem = ""
        self.tree.itemChanged.connect(self._item_changed)
        self.rounds.itemChanged.connect(lambda _item: self._recount())

    # --- building -----------------------------------------------------------------------------

    def initializePage(self) -> None:
        """Build the choices afresh for a newly chosen MoU; coming back to the same MoU keeps them."""
        state = self.state
        if self._built_for != state.mou_id:
            self._build(state.terms)
            self._built_for = state.mou_id
        self._recount()

    def _build(self, terms: ExportPreview) -> None:
        self._filling = True
        self.tree.clear()
        self.items.clear()
        self._included.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for category in terms.scope.categories:
            item = QTreeWidgetItem(
                self.tree,
                [self.tr(category.label), "", "", indian_date(category.keep_until), category.purpose],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, category.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setFont(0, bold)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(4, category.purpose)
            for export_field in CATEGORIES[category.code].fields:
                child = QTreeWidgetItem(item, [self.tr(export_field.label), export_field.key])
                child.setToolTip(0, self.tr(export_field.label))
            self.items[category.code] = item
        self.rounds.clear()
        for round_id, name in terms.rounds:
            round_item = QListWidgetItem(name, self.rounds)
            round_item.setData(Qt.ItemDataRole.UserRole, round_id)
            round_item.setFlags(round_item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            round_item.setCheckState(Qt.CheckState.Checked)
        self._filling = False

    # --- choices ------------------------------------------------------------------------------

    def checked_categories(self) -> tuple[str, ...]:
        return tuple(code for code, item in self.items.items() if item.checkState(0) == Qt.CheckState.Checked)

    def checked_rounds(self) -> tuple[int, ...]:
        return tuple(
            self.rounds.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.rounds.count())
            if self.rounds.item(i).checkState() == Qt.CheckState.Checked
        )

    def set_category(self, code: str, included: bool) -> None:
        state = Qt.CheckState.Checked if included else Qt.CheckState.Unchecked
        self.items[code].setCheckState(0, state)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column == 0 and item.parent() is None:
            self._recount()

    def _recount(self) -> None:
        """Ask the service for the package as now chosen: its scope and counts, or why not."""
        if self._filling or self.state.terms is None:
            return
        state = self.state
        state.categories = self.checked_categories()
        # With no round holding data there is nothing to choose: the tables about rounds are empty.
        state.round_ids = self.checked_rounds() if self.rounds.count() else None
        self._problem = ""
        try:
            state.preview = preview_export(
                state.db,
                state.mou_id,
                today=state.today(),
                categories=state.categories,
                round_ids=state.round_ids,
            )
        except DomainError as refusal:
            state.preview = None
            self._problem = refusal.message
        self._show()
        self.completeChanged.emit()

    def _show(self) -> None:
        state, terms, preview = self.state, self.state.terms, self.state.preview
        chosen = set(state.categories or ())
        self._filling = True
        for code, item in self.items.items():
            included = code in chosen
            records = preview.records.get(code) if preview is not None and included else None
            item.setText(
                2,
                thousands(records) if records is not None else (self.tr("left out") if not included else ""),
            )
            for position in range(item.childCount()):
                item.child(position).setDisabled(not included)
            if self._included.get(code) != included:  # folded away when left out, shown when ticked
                item.setExpanded(included)
                self._included[code] = included
        self._filling = False
        uses_rounds = bool(chosen & ROUND_CATEGORIES)
        self.rounds.setEnabled(uses_rounds and self.rounds.count() > 0)
        if not self.rounds.count():
            note = self.tr("No assessment round has data about the schools this MoU covers.")
        elif not uses_rounds:
            note = self.tr("Only indicators and results are about rounds.")
        else:
            note = self.tr("Indicators and results of the ticked rounds.")
        self.rounds_note.setText(note)
        self.problem.setText(self._problem)
        self.problem.setVisible(bool(self._problem))
        self.package.setText(self._package_text(preview) if preview is not None else "")
        self.left_out.setText(self._left_out_text(terms, chosen) if terms is not None else "")

    def _package_text(self, preview: ExportPreview) -> str:
        scope = preview.scope
        lines = [
            self.tr("For: %s") % ", ".join(scope.partner_names),
            self.tr("About %s schools the MoU covers today.") % thousands(len(scope.school_ids)),
            self.tr(
                "Keep until %s: the earliest date of the chosen categories; the partner deletes the "
                "whole package then."
            )
            % indian_date(scope.keep_until),
        ]
        return "\n".join(lines)

    def _left_out_text(self, terms: ExportPreview, chosen: set[str]) -> str:
        allowed = {category.code for category in terms.scope.categories}
        lines = [
            self.tr(
                "Never included: children's names and the office's own student ids (student results "
                "carry a pseudonym used only under this MoU)."
            ),
        ]
        if "official_contacts" not in allowed:
            lines.append(
                self.tr(
                    "Officials' names, phone numbers and email addresses: the MoU's terms do not allow them."
                )
            )
        elif "official_contacts" not in chosen:
            lines.append(self.tr("Officials' names, phone numbers and email addresses: left out."))
        if "assessment_aggregates" in chosen:
            lines.append(
                self.tr("In the aggregated results, groups of fewer than %d students are suppressed.")
                % SMALL_GROUP
            )
        refused = [self.tr(CATEGORIES[code].label) for code in CATEGORIES if code not in allowed]
        if refused:
            lines.append(self.tr("Not allowed by the terms: %s.") % "; ".join(refused))
        return "\n".join(lines)

    def problem_text(self) -> str:
        return self._problem

    def isComplete(self) -> bool:
        return self.state.preview is not None and not self._problem
