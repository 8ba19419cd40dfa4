"""The check page's tables: the rows as they will be stored, the proposed repairs, the problems."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.errors import DomainError
from desktop.services.imports.problem_workbook import save_problems_workbook
from desktop.services.imports.problems import ImportProblem, ProposedRepair
from desktop.services.text import search_terms
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.tasks import BackgroundTask, run_with_progress
from desktop.ui.widgets import record_table


def _problem_text(problem: ImportProblem) -> str:
    return " ".join(
        str(part)
        for part in (problem.row, problem.column, problem.value, problem.reason, problem.expected)
        if part
    ).casefold()


class PreviewPanel(QWidget):
    """The first rows as the import will store them, one column per field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ListTableModel([], self)
        self.table = record_table(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(140)
        self.caption = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)

    def show_rows(self, rows: list[dict[str, str]]) -> None:
        labels = list(dict.fromkeys(label for row in rows for label in row))
        self.model = ListTableModel(
            [Column(label, lambda row, label=label: row.get(label, "")) for label in labels], self
        )
        self.model.set_rows(rows)
        self.table.setModel(self.model)
        self.caption.setText(
            self.tr("The first %d rows as they will be stored:") % len(rows)
            if rows
            else self.tr("No row would be stored.")
        )


class RepairsPanel(QWidget):
    """The UDISE codes the import could correct, and the user's consent to correct them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.apply = QCheckBox()
        self.model = ListTableModel(
            [
                Column(self.tr("Row"), lambda r: r.row, align_right=True),
                Column(self.tr("Column"), lambda r: r.column),
                Column(self.tr("In the file"), lambda r: r.original),
                Column(self.tr("Repaired to"), lambda r: r.repaired),
                Column(self.tr("Why"), lambda r: r.reason),
            ],
            self,
        )
        self.table = record_table(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by row, as in the file
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.apply)
        layout.addWidget(self.table, 1)

    def show_repairs(self, repairs: list[ProposedRepair], accepted: bool) -> None:
        self.model.set_rows(repairs)
        self.table.resizeColumnsToContents()
        self.apply.blockSignals(True)
        self.apply.setChecked(accepted)
        self.apply.blockSignals(False)
        self.apply.setText(self.tr("Apply these %s repairs") % f"{len(repairs):,}")


class ProblemsPanel(QWidget):
    """Every problem found, sortable and searchable, and saved as a workbook to work from."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the problems"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.save_button = QPushButton(self.tr("Save problems as XLSX…"))
        self.saved_to = QLabel()
        self.model = ListTableModel(
            [
                Column(self.tr("Row"), lambda p: p.row, align_right=True),
                Column(self.tr("Column"), lambda p: p.column or ""),
                Column(self.tr("Value"), lambda p: p.value or ""),
                Column(self.tr("Problem"), lambda p: p.reason),
                Column(self.tr("Expected"), lambda p: p.expected or ""),
            ],
            self,
        )
        self.table = record_table(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by row, as in the file
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.saved_to)
        self.search.textChanged.connect(self._filter)
        self.table.selectionModel().selectionChanged.connect(self._show_detail)
        self.model.modelReset.connect(self._show_detail)
        self.save_button.clicked.connect(self.save_workbook)
        self.problems: list[ImportProblem] = []
        self.repairs: list[ProposedRepair] = []
        self.file_stem = "import"
        self.task: BackgroundTask | None = None

    def show_problems(
        self, problems: list[ImportProblem], repairs: list[ProposedRepair], file_stem: str
    ) -> None:
        self.problems, self.repairs, self.file_stem = problems, repairs, file_stem
        self._texts = [_problem_text(p) for p in problems]
        self.saved_to.clear()
        self._filter()
        self.table.resizeColumnsToContents()
        for column, most in ((2, 220), (3, 380)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), most))

    def _show_detail(self, *_args) -> None:  # type: ignore[no-untyped-def]
        """The selected problem in full: the table's cells are cut to fit."""
        rows = self.table.selectionModel().selectedRows()
        self.detail.setText(
            self.model.row_at(rows[0].row()).message
            if rows
            else self.tr("Select a problem to read it in full.")
            if self.problems
            else ""
        )

    def _filter(self) -> None:
        terms = search_terms(self.search.text())
        shown = [
            p for p, text in zip(self.problems, self._texts, strict=True) if all(t in text for t in terms)
        ]
        self.model.set_rows(shown)
        self.count.setText(
            self.tr("%(shown)s of %(total)s")
            % {"shown": f"{len(shown):,}", "total": f"{len(self.problems):,}"}
        )
        self.save_button.setEnabled(bool(self.problems or self.repairs))

    def save_workbook(self) -> BackgroundTask | None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the problems"),
            f"{self.file_stem}-problems.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not name:
            return None
        path = Path(name) if name.lower().endswith(".xlsx") else Path(f"{name}.xlsx")
        problems, repairs = list(self.problems), list(self.repairs)
        self.task = run_with_progress(
            self,
            self.tr("Saving the problems"),
            lambda _progress: save_problems_workbook(path, problems, repairs),
        )
        self.task.succeeded.connect(lambda saved: self.saved_to.setText(self.tr("Saved to %s") % saved))
        self.task.failed.connect(self._save_failed)
        return self.task

    def _save_failed(self, error: object) -> None:
        text = error.message if isinstance(error, DomainError) else str(error)
        QMessageBox.warning(self, self.tr("Not saved"), text)


def set_tab_text(tabs, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    tabs.setTabText(tabs.indexOf(widget), text)
