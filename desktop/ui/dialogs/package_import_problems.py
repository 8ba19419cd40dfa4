"""The problems the check found in a partner's package: a searchable table, each in full, and
saved as a workbook for the partner to correct the package from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.services.errors import DomainError
from desktop.services.imports.problem_workbook import save_problems_workbook
from desktop.services.imports.problems import ImportProblem
from desktop.ui.dialogs.import_wizard_parts import thousands
from desktop.ui.dialogs.package_import_state import SearchProxy, selectable
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.tasks import BackgroundTask, run_with_progress
from desktop.ui.widgets import record_table

WIDEST = ((0, 220), (3, 200), (4, 380))  # column, most pixels: long values are read in full below


def problem_file(problem: ImportProblem) -> str:
    """The file, and the sheet of a workbook, the problem is in."""
    return f"{problem.file_name}, sheet {problem.sheet}" if problem.sheet else problem.file_name


def problem_text(problem: ImportProblem) -> str:
    return problem.message


class PackageProblemsPanel(QWidget):
    """Every problem with its file, row, column, value, what is wrong and what was expected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ListTableModel(
            [
                Column(self.tr("File"), problem_file),
                Column(
                    self.tr("Row"),
                    lambda p: p.row,
                    order_by=lambda p: (problem_file(p), p.row or 0),
                    align_right=True,
                ),
                Column(self.tr("Column"), lambda p: p.column or ""),
                Column(self.tr("Value"), lambda p: p.value or ""),
                Column(self.tr("Problem"), lambda p: p.reason),
                Column(self.tr("Expected"), lambda p: p.expected or ""),
            ],
            self,
        )
        self.proxy = SearchProxy(problem_text, self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by file and row, as in the files
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Problems"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the problems"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("Searc&h:"))
        search_label.setBuddy(self.search)
        self.count = QLabel()
        self.save_button = QPushButton(self.tr("&Save problems as XLSX…"))
        self.saved_to = QLabel()
        self.detail = selectable()
        bar = QHBoxLayout()
        bar.addWidget(search_label)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.saved_to)
        self.search.textChanged.connect(self._filter)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_detail())
        self.save_button.clicked.connect(self.save)
        self.file_stem = "package"
        self.task: BackgroundTask | None = None

    def show_problems(self, problems: list[ImportProblem], file_stem: str) -> None:
        self.file_stem = file_stem
        self.model.set_rows(problems)
        self.saved_to.clear()
        self.search.clear()
        self._filter()
        self.table.resizeColumnsToContents()
        for column, most in WIDEST:
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), most))

    def _filter(self) -> None:
        self.proxy.set_query(self.search.text())
        self.count.setText(
            self.tr("%(shown)s of %(total)s")
            % {"shown": thousands(self.proxy.rowCount()), "total": thousands(self.model.rowCount())}
        )
        self._show_detail()

    def _show_detail(self) -> None:
        """The selected problem in full: the table's cells are cut to fit."""
        rows = self.table.selectionModel().selectedRows()
        self.detail.setText(
            self.proxy.row_at(rows[0].row()).message
            if rows
            else self.tr("Select a problem to read it in full.")
        )

    def save(self) -> BackgroundTask | None:
        """Every problem as a workbook, in the background."""
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the problems"),
            f"{self.file_stem}-problems.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not name:
            return None
        path = Path(name).with_suffix(".xlsx")
        problems = [self.model.row_at(row) for row in range(self.model.rowCount())]
        self.task = run_with_progress(
            self, self.tr("Saving the problems"), lambda _progress: save_problems_workbook(path, problems, [])
        )
        self.task.succeeded.connect(lambda saved: self.saved_to.setText(self.tr("Saved to %s") % saved))
        self.task.failed.connect(
            lambda error: self.saved_to.setText(
                self.tr("Not saved: %s") % (error.message if isinstance(error, DomainError) else error)
            )
        )
        return self.task
