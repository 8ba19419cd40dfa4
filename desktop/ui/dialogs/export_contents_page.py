"""The export wizard's second page: which categories and rounds the package will hold, with counts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
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
from desktop.ui.dialogs.import_wizard_parts import problem_notice, thousands


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
                [
                    QCoreApplication.translate("MoUs", category.label),
                    "",
                    "",
                    indian_date(category.keep_until),
                    category.purpose,
                ],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, category.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setFont(0, bold)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(4, category.purpose)
            for export_field in CATEGORIES[category.code].fields:
                child = QTreeWidgetItem(
                    item, [QCoreApplication.translate("Exchange", export_field.label), export_field.key]
                )
                child.setToolTip(0, QCoreApplication.translate("Exchange", export_field.label))
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
        refused = [
            QCoreApplication.translate("MoUs", CATEGORIES[code].label)
            for code in CATEGORIES
            if code not in allowed
        ]
        if refused:
            lines.append(self.tr("Not allowed by the terms: %s.") % "; ".join(refused))
        return "\n".join(lines)

    def problem_text(self) -> str:
        return self._problem

    def isComplete(self) -> bool:
        return self.state.preview is not None and not self._problem
