"""The wizard's first page: what the file holds, the file itself, and how it is to be read."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.services import rounds
from desktop.services.imports.problems import FileProblemsError
from desktop.services.imports.sources import SUPPORTED_SUFFIXES, detect_source, raw_rows
from desktop.services.imports.table import SourceOptions
from desktop.services.imports.targets.registry import TARGET_KEYS, TARGET_LABELS
from desktop.services.imports.text_files import DELIMITER_NAMES, DELIMITERS, ENCODING_NAMES, ENCODINGS
from desktop.ui.dialogs.import_wizard_parts import RawRowsModel, problem_notice
from desktop.ui.dialogs.round_dialog import RoundDialog
from desktop.ui.widgets import open_dialog, record_table

RAW_ROWS = 20
FORMAT_LABELS = {
    "csv": QT_TRANSLATE_NOOP("FilePage", "Text file (CSV)"),
    "xlsx": QT_TRANSLATE_NOOP("FilePage", "Excel workbook"),
    "xls": QT_TRANSLATE_NOOP("FilePage", "Excel 97-2003 workbook"),
    "ods": QT_TRANSLATE_NOOP("FilePage", "OpenDocument spreadsheet"),
    "geojson": QT_TRANSLATE_NOOP("FilePage", "GeoJSON"),
}


class FilePage(QWizardPage):
    def __init__(self, state, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr("Say what the file holds and choose it; check that it is read as it should be.")
        )
        explanations = {
            "schools": self.tr(
                "Schools with their UDISE codes, names, blocks and clusters (e.g. a UDISE list)."
            ),
            "indicators": self.tr(
                "One row per school for a round: enrolment, attendance, teachers and the like."
            ),
            "assessment": self.tr("One row per student and subject for a round: scores or levels."),
        }
        self.targets = QButtonGroup(self)
        kinds = QGroupBox(self.tr("The file holds"))
        grid = QGridLayout(kinds)
        self.target_buttons: dict[str, QRadioButton] = {}
        for position, key in enumerate(TARGET_KEYS):
            button = QRadioButton(QCoreApplication.translate("Imports", TARGET_LABELS[key]))
            self.targets.addButton(button, position)
            self.target_buttons[key] = button
            hint = QLabel(explanations.get(key, ""))
            hint.setStyleSheet("color: palette(placeholder-text);")
            grid.addWidget(button, position, 0)
            grid.addWidget(hint, position, 1)
        grid.setColumnStretch(1, 1)
        self.target_buttons.get(state.target, self.target_buttons[TARGET_KEYS[0]]).setChecked(True)

        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.file_names = QLabel(self.tr("No file chosen yet."))
        self.file_names.setWordWrap(True)
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.choose_button)
        choose_row.addWidget(self.file_names, 1)

        self.round_combo = QComboBox()
        self.round_combo.setMinimumContentsLength(24)
        self.new_round_button = QPushButton(self.tr("New round…"))
        self.round_row = QWidget()
        round_layout = QHBoxLayout(self.round_row)
        round_layout.setContentsMargins(0, 0, 0, 0)
        round_layout.addWidget(QLabel(self.tr("Assessment round:")))
        round_layout.addWidget(self.round_combo)
        round_layout.addWidget(self.new_round_button)
        round_layout.addStretch(1)

        self.notice = problem_notice()
        self.format_label = QLabel("—")
        self.encoding = QComboBox()
        for code in ENCODINGS:
            self.encoding.addItem(ENCODING_NAMES[code], code)
        self.delimiter = QComboBox()
        for mark in DELIMITERS:
            self.delimiter.addItem(QCoreApplication.translate("Imports", DELIMITER_NAMES[mark]), mark)
        self.sheet = QComboBox()
        self.sheet.setMinimumContentsLength(16)
        self.header_row = QSpinBox()
        self.header_row.setRange(1, 1000)
        self.header_row.setKeyboardTracking(False)  # re-read when the number is typed, not per digit
        self.read_as = QFormLayout()
        self.read_as.addRow(self.tr("Format"), self.format_label)
        self.read_as.addRow(self.tr("Encoding"), self.encoding)
        self.read_as.addRow(self.tr("Delimiter"), self.delimiter)
        self.read_as.addRow(self.tr("Sheet"), self.sheet)
        self.read_as.addRow(self.tr("Header row"), self.header_row)
        read_box = QGroupBox(self.tr("Read as"))
        read_box.setLayout(self.read_as)

        self.raw_model = RawRowsModel(self)
        self.raw_table = record_table(self.raw_model)
        self.raw_table.verticalHeader().show()
        self.raw_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.raw_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.raw_table.horizontalHeader().setDefaultSectionSize(130)
        raw_box = QGroupBox(self.tr("The first rows of the file (the header row is shaded)"))
        raw_layout = QVBoxLayout(raw_box)
        raw_layout.addWidget(self.raw_table)
        detected = QHBoxLayout()
        detected.addWidget(read_box)
        detected.addWidget(raw_box, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(kinds)
        layout.addLayout(choose_row)
        layout.addWidget(self.round_row)
        layout.addWidget(self.notice)
        layout.addLayout(detected, 1)

        self.targets.idToggled.connect(self._target_toggled)
        self.choose_button.clicked.connect(self.choose_files)
        self.new_round_button.clicked.connect(self.new_round)
        self.round_combo.currentIndexChanged.connect(self._round_chosen)
        self.encoding.activated.connect(lambda _i: self._override(encoding=self.encoding.currentData()))
        self.delimiter.activated.connect(lambda _i: self._override(delimiter=self.delimiter.currentData()))
        self.sheet.activated.connect(
            lambda _i: self._override(sheet=self.sheet.currentText(), header_row=None)
        )
        self.header_row.valueChanged.connect(self._header_row_changed)
        self._problem: str | None = None
        self._last_format: str | None = None  # kept while an override fails, so it can be undone
        self._filling = False
        self._load_rounds(state.round_id)
        self._show_source()

    # --- choices ------------------------------------------------------------------------------

    def _target_toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self.state.target = TARGET_KEYS[button_id]
            self._show_round_row()
            self.completeChanged.emit()

    def _show_round_row(self) -> None:
        self.round_row.setVisible(self.state.needs_round)

    def _load_rounds(self, current: int | None) -> None:
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        self.round_combo.addItem(self.tr("— choose the round —"), None)
        for row in rounds.list_rounds(self.state.db):
            self.round_combo.addItem(
                f"{row.name} ({QCoreApplication.translate('Baseline', row.kind_label)})", row.id
            )
        self.round_combo.setCurrentIndex(max(self.round_combo.findData(current), 0))
        self.round_combo.blockSignals(False)
        self.state.round_id = self.round_combo.currentData()
        self.new_round_button.setEnabled(not self.state.db.read_only)
        self._show_round_row()
        self.completeChanged.emit()

    def _round_chosen(self, _index: int) -> None:
        self.state.round_id = self.round_combo.currentData()
        self.completeChanged.emit()

    def new_round(self) -> RoundDialog:
        dialog = RoundDialog(self.state.db, None, self)
        return open_dialog(dialog, lambda d: self._load_rounds(d.saved.id))

    def choose_files(self) -> None:
        pattern = " ".join(f"*{suffix}" for suffix in SUPPORTED_SUFFIXES)
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose the file (several for GeoJSON pages)"),
            str(self.state.paths[0].parent) if self.state.paths else "",
            self.tr("Data files (%s);;All files (*)") % pattern,
        )
        if names:
            self.set_files([Path(name) for name in names])

    def set_files(self, paths: list[Path]) -> None:
        """Read the chosen file(s) afresh: every earlier override is forgotten."""
        self.state.paths = tuple(paths)
        self.state.source = SourceOptions()
        self._last_format = None
        self._detect()

    def _override(self, **changes) -> None:  # type: ignore[no-untyped-def]
        if self._filling or not self.state.paths:
            return
        self.state.source = replace(self.state.source, **changes)
        self._detect()

    def _header_row_changed(self, value: int) -> None:
        self._override(header_row=value)

    # --- detection ----------------------------------------------------------------------------

    def _detect(self) -> None:
        state = self.state
        state.info, state.check = None, None
        self._problem = None
        try:
            state.info = detect_source(state.paths, state.source)
            rows = raw_rows(state.paths, self._raw_options(), limit=max(RAW_ROWS, state.info.header_row + 5))
        except FileProblemsError as exc:
            self._problem = exc.message
            rows = []
        except OSError as exc:  # vanished or locked between choosing and reading
            self._problem = self.tr("%(file)s could not be read: %(error)s") % {
                "file": state.paths[0].name,
                "error": exc.strerror or exc,
            }
            rows = []
        self.raw_model.set_rows(rows, state.info.header_row if state.info else 0)
        self._show_source()
        self.completeChanged.emit()

    def _raw_options(self) -> SourceOptions:
        info = self.state.info
        assert info is not None
        return SourceOptions(encoding=info.encoding, delimiter=info.delimiter, sheet=info.sheet)

    def _show_source(self) -> None:
        state, info = self.state, self.state.info
        self._filling = True
        names = [path.name for path in state.paths]
        self.file_names.setText(", ".join(names) if names else self.tr("No file chosen yet."))
        self.notice.setText(self._problem or "")
        self.notice.setVisible(bool(self._problem))
        if info is not None:
            self._last_format = info.format
        kind = self._last_format
        self.format_label.setText(self.tr(FORMAT_LABELS.get(kind, kind)) if kind else "—")
        text, workbook = kind == "csv", kind in ("xlsx", "xls", "ods")
        for widget, shown in (
            (self.encoding, text),
            (self.delimiter, text),
            (self.sheet, workbook),
            (self.header_row, text or workbook),
        ):
            self.read_as.setRowVisible(widget, shown)
        if info is not None:
            if info.encoding:
                self.encoding.setCurrentIndex(max(self.encoding.findData(info.encoding), 0))
            if info.delimiter:
                self.delimiter.setCurrentIndex(max(self.delimiter.findData(info.delimiter), 0))
            self.sheet.clear()
            self.sheet.addItems(list(info.sheets))
            if info.sheet:
                self.sheet.setCurrentText(info.sheet)
            self.header_row.setValue(info.header_row)
        self._filling = False
        self._show_round_row()

    # --- QWizardPage --------------------------------------------------------------------------

    def problem_text(self) -> str:
        return self._problem or ""

    def isComplete(self) -> bool:
        state = self.state
        if state.info is None or self._problem:
            return False
        return not state.needs_round or state.round_id is not None
