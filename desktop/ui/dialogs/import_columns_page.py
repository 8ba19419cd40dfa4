"""The wizard's second page: which column of the file fills which field, and saved mappings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.services.errors import DomainError, ValidationError
from desktop.services.imports.mapping import (
    ColumnMapping,
    adapt_to_headers,
    mapping_problems,
    matching_profile,
    save_profile,
    suggest_mapping,
)
from desktop.services.imports.target import TargetField
from desktop.services.imports.targets.registry import get_target
from desktop.ui.dialogs.form_dialog import ERROR_STYLE
from desktop.ui.widgets import notice_label, open_dialog

TYPED = "\x00typed"  # the combo entry that turns on the typed value


class FieldRow:
    """One field's widgets: its label, the column combo, a typed value, the hint and the problem."""

    def __init__(self, page: QWizardPage, target_field: TargetField, headers: tuple[str, ...]) -> None:
        self.field = target_field
        label = QCoreApplication.translate("Imports", target_field.label)
        self.label = QLabel(label + (" *" if target_field.required else ""))
        if target_field.required:
            font = self.label.font()
            font.setBold(True)
            self.label.setFont(font)
        self.combo = QComboBox()
        self.combo.setMinimumContentsLength(22)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.addItem(QCoreApplication.translate("ColumnsPage", "— not in the file —"), None)
        if target_field.fixed_allowed:
            self.combo.addItem(QCoreApplication.translate("ColumnsPage", "Type a value…"), TYPED)
        for header in headers:
            self.combo.addItem(header, header)
        self.typed = QLineEdit()
        self.typed.setPlaceholderText(QCoreApplication.translate("ColumnsPage", "the value for every row"))
        self.typed.setVisible(False)
        self.hint = QLabel(
            QCoreApplication.translate("Imports", target_field.expected) if target_field.expected else ""
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setObjectName(f"problem_{target_field.key}")
        self.problem.hide()

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.label, self.combo, self.typed, self.hint, self.problem)

    def set_mapping(self, mapping: ColumnMapping) -> None:
        key = self.field.key
        if key in mapping.fixed and self.field.fixed_allowed:
            self.combo.setCurrentIndex(self.combo.findData(TYPED))
            self.typed.setText(mapping.fixed[key])
        else:
            self.combo.setCurrentIndex(max(self.combo.findData(mapping.columns.get(key)), 0))
        self.typed.setVisible(self.combo.currentData() == TYPED)

    def choose(self, header: str | None) -> None:
        """Pick ``header`` (None: not in the file), as the user would."""
        self.combo.setCurrentIndex(max(self.combo.findData(header), 0))


class ColumnsPage(QWizardPage):
    def __init__(self, state, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr("Choose the column of the file that holds each field. Fields in bold (*) are required.")
        )
        self.source_notice = notice_label()
        self.fields_holder = QWidget()
        self.grid = QGridLayout(self.fields_holder)
        self.grid.setColumnStretch(3, 3)
        self.grid.setColumnStretch(4, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.fields_holder)

        self.keep_names = QCheckBox(self.tr("Keep student names"))
        self.names_warning = QLabel(
            self.tr(
                "Names are personal data: keep them only if the office needs them and may hold them. "
                "Without names, students are matched by their id."
            )
        )
        self.names_warning.setWordWrap(True)
        self.names_warning.setStyleSheet("color: #8a5a00;")
        self.alias_label = QLabel(self.tr("Whose school ids?"))
        self.alias_system = QLineEdit()
        self.alias_system.setPlaceholderText(self.tr("e.g. KLP"))
        self.alias_system.setMaximumWidth(200)
        options = QGridLayout()
        options.addWidget(self.keep_names, 0, 0)
        options.addWidget(self.names_warning, 0, 1)
        options.addWidget(self.alias_label, 1, 0)
        options.addWidget(self.alias_system, 1, 1, Qt.AlignmentFlag.AlignLeft)
        options.setColumnStretch(1, 1)

        self.save_button = QPushButton(self.tr("Save this mapping as…"))
        self.save_result = QLabel()
        self.save_result.setWordWrap(True)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.save_result, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.source_notice)
        layout.addWidget(scroll, 1)
        layout.addLayout(options)
        layout.addLayout(save_row)

        self.keep_names.toggled.connect(self._options_changed)
        self.alias_system.textChanged.connect(self._options_changed)
        self.save_button.clicked.connect(self.ask_profile_name)
        self.rows: dict[str, FieldRow] = {}
        self.problems: dict[str, str] = {}
        self._built_for: tuple | None = None
        self.profile_name: str | None = None

    # --- building -----------------------------------------------------------------------------

    def initializePage(self) -> None:
        """Fill the fields for this target and these headers; coming back with the same file keeps
        what the user chose."""
        info = self.state.info
        headers = info.headers if info else ()
        key = (self.state.target, headers)
        if key != self._built_for:
            self._built_for = key
            self._build(headers)
        self._show_options()
        self._mapping_changed()

    def _build(self, headers: tuple[str, ...]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.rows = {}
        fields = get_target(self.state.target).fields
        for position, target_field in enumerate(fields):
            row = FieldRow(self, target_field, headers)
            for column, widget in enumerate(row.widgets()):
                self.grid.addWidget(widget, position, column)
            self.rows[target_field.key] = row
        self.grid.setRowStretch(len(fields), 1)
        profile = matching_profile(self.state.db, self.state.target, headers)
        if profile is not None:
            mapping = adapt_to_headers(profile.mapping, headers)
            self.profile_name = profile.name
            self.source_notice.setText(self.tr("Using your saved mapping ‘%s’.") % profile.name)
            self.alias_system.setText(str(profile.options.get("alias_system") or ""))
        else:
            mapping = suggest_mapping(headers, fields)
            self.profile_name = None
            self.source_notice.setText(
                self.tr("Columns suggested from the file's headers: check each one before going on.")
            )
        self.keep_names.setChecked(False)  # off for every new file, whatever was chosen before
        for row in self.rows.values():
            row.set_mapping(mapping)
            row.combo.currentIndexChanged.connect(self._mapping_changed)
            row.typed.textChanged.connect(self._mapping_changed)
        self.save_result.clear()

    def _show_options(self) -> None:
        is_assessment = "student_name" in self.rows
        self.keep_names.setVisible(is_assessment)
        self.names_warning.setVisible(is_assessment)

    # --- reading the choices ------------------------------------------------------------------

    def current_mapping(self) -> ColumnMapping:
        columns: dict[str, str] = {}
        fixed: dict[str, str] = {}
        for key, row in self.rows.items():
            chosen = row.combo.currentData()
            if chosen == TYPED:
                fixed[key] = row.typed.text()
            elif chosen is not None:
                columns[key] = chosen
        return ColumnMapping(columns, fixed)

    def _mapping_changed(self, *_args) -> None:  # type: ignore[no-untyped-def]
        mapping = self.current_mapping()
        self.state.mapping = mapping
        self.state.check = None
        info = self.state.info
        fields = get_target(self.state.target).fields
        self.problems = mapping_problems(mapping, fields, info.headers if info else ())
        for key, row in self.rows.items():
            row.typed.setVisible(row.combo.currentData() == TYPED)
            message = self.problems.get(key, "")
            row.problem.setText(message)
            row.problem.setVisible(bool(message))
        self._options_changed()
        self.completeChanged.emit()

    def _options_changed(self, *_args) -> None:  # type: ignore[no-untyped-def]
        other_id = "other_id" in self.state.mapping.columns
        self.alias_label.setVisible(other_id)
        self.alias_system.setVisible(other_id)
        self.state.alias_system = self.alias_system.text().strip() or None
        self.state.keep_names = self.keep_names.isChecked() and not self.keep_names.isHidden()
        self.state.check = None

    def isComplete(self) -> bool:
        return bool(self.rows) and not self.problems

    # --- saved mappings -----------------------------------------------------------------------

    def ask_profile_name(self) -> QInputDialog:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Save this mapping"))
        dialog.setLabelText(self.tr("Name, to find it again for files with these columns:"))
        dialog.setTextValue(self.profile_name or "")
        return open_dialog(dialog, lambda d: self.save_mapping(d.textValue()))

    def save_mapping(self, name: str) -> None:
        info = self.state.info
        options = {"alias_system": self.state.alias_system} if self.state.alias_system else {}
        try:
            saved = save_profile(
                self.state.db,
                name,
                self.state.target,
                self.state.mapping,
                info.headers if info else (),
                options,
            )
        except ValidationError as exc:
            self._save_message(next(iter(exc.field_errors.values()), exc.message), error=True)
            return
        except DomainError as exc:
            self._save_message(exc.message, error=True)
            return
        self.profile_name = saved.name
        self._save_message(self.tr("Saved as ‘%s’; offered again for files with these columns.") % saved.name)

    def _save_message(self, text: str, *, error: bool = False) -> None:
        self.save_result.setText(text)
        self.save_result.setStyleSheet(ERROR_STYLE if error else "")
