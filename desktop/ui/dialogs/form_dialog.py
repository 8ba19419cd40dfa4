"""Base for add / edit dialogs: a form whose service errors appear under the field they concern."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.errors import DomainError, ValidationError

ERROR_STYLE = "color: #b00020;"
INVALID_STYLE = "border: 1px solid #b00020;"


class FieldRows:
    """Fields in a form layout, each with its error line under it, and a general error line for
    the messages that belong to no field; forms and tabs that are not dialogs use it too."""

    def __init__(self, form: QFormLayout, *, mark_only_line_edits: bool = False) -> None:
        self.form = form  # where the next field goes; a form spread over tabs changes it meanwhile
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.holders: dict[str, QWidget] = {}
        self.forms: dict[str, QFormLayout] = {}  # the form each field went into
        # A red border suits a line edit; some forms keep combos and date edits as they are.
        self._mark_only_line_edits = mark_only_line_edits
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        widget.setObjectName(name)
        self.form.addRow(label, holder)
        self.widgets[name], self.errors[name], self.holders[name] = widget, error, holder
        self.forms[name] = self.form
        return widget

    def set_visible(self, name: str, visible: bool) -> None:
        """Show or hide a field's row, label and error line with it, in the form it went into."""
        self.forms[name].setRowVisible(self.holders[name], visible)

    def clear_error(self, name: str) -> None:
        label = self.errors.get(name)
        if label is not None and not label.isHidden():
            label.hide()
            self.widgets[name].setStyleSheet("")

    def show_errors(self, field_errors: dict[str, str]) -> QWidget | None:
        """Each message under its field, the others in the general line; returns the first field
        with an error, to put the cursor in."""
        first: QWidget | None = None
        unplaced = []
        for name, message in field_errors.items():
            if name in self.errors:
                self.errors[name].setText(message)
                self.errors[name].show()
                widget = self.widgets[name]
                marked = not self._mark_only_line_edits or isinstance(widget, QLineEdit)
                widget.setStyleSheet(INVALID_STYLE if marked else "")
                first = first or widget
            else:
                unplaced.append(message)
        self.general_error.setText("\n".join(unplaced))
        self.general_error.setVisible(bool(unplaced))
        return first

    def error_text(self, name: str) -> str:
        label = self.errors[name]
        return label.text() if not label.isHidden() else ""


class FormDialog(QDialog):
    """Subclasses add fields with :meth:`line` / :meth:`combo` / :meth:`text_area` and implement
    :meth:`submit`, which calls the service and returns the saved record."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._rows = FieldRows(form)
        self._widgets, self._errors, self._holders = self._rows.widgets, self._rows.errors, self._rows.holders
        self.general_error = self._rows.general_error
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self._columns = QHBoxLayout()
        self._columns.addLayout(form, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self._columns, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.saved: Any = None

    # --- building the form --------------------------------------------------------------------

    @property
    def _form(self) -> QFormLayout:
        """The form the next field goes into: the dialog's own, or the one :meth:`fields_in` gives.
        Setting it sets where the fields go (dialogs spread over tabs used to swap it)."""
        return self._rows.form

    @_form.setter
    def _form(self, form: QFormLayout) -> None:
        self._rows.form = form

    @contextmanager
    def fields_in(self, form: QFormLayout) -> Iterator[None]:
        """Fields added meanwhile go into ``form`` (a tab's, say), with their error lines and
        everything else the dialog's own fields have."""
        saved, self._rows.form = self._rows.form, form
        try:
            yield
        finally:
            self._rows.form = saved

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        return self._rows.add_field(name, label, widget)

    def line(self, name: str, label: str, value: Any = None, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit("" if value is None else str(value))
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(lambda _text: self.clear_error(name))
        self.add_field(name, label, edit)
        return edit

    def text_area(self, name: str, label: str, value: str | None = None) -> QPlainTextEdit:
        edit = QPlainTextEdit(value or "")
        edit.setFixedHeight(64)
        edit.setTabChangesFocus(True)
        self.add_field(name, label, edit)
        return edit

    def combo(
        self,
        name: str,
        label: str,
        items: Sequence[tuple[str, Any]],
        current: Any = None,
        *,
        editable: bool = False,
    ) -> QComboBox:
        box = QComboBox()
        box.setEditable(editable)
        for text, data in items:
            box.addItem(text, data)
        self.set_combo(box, current)
        box.currentIndexChanged.connect(lambda _i: self.clear_error(name))
        self.add_field(name, label, box)
        return box

    @staticmethod
    def set_combo(box: QComboBox, current: Any) -> None:
        index = box.findData(current) if current is not None else -1
        if index < 0 and isinstance(current, str) and box.isEditable():
            box.setEditText(current)
        elif index >= 0:
            box.setCurrentIndex(index)

    def add_side_panel(self, widget: QWidget, stretch: int = 1) -> None:
        """A panel beside the form (a preview, say)."""
        self._columns.addWidget(widget, stretch)

    # --- reading values -----------------------------------------------------------------------

    def value(self, name: str) -> Any:
        widget = self._widgets[name]
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            if widget.isEditable():
                text = widget.currentText()
                index = widget.findText(text)
                return widget.itemData(index) if index >= 0 and widget.itemData(index) is not None else text
            return widget.currentData()
        raise TypeError(f"no value reader for {type(widget).__name__}")

    def widget(self, name: str) -> QWidget:
        return self._widgets[name]

    def set_field_visible(self, name: str, visible: bool) -> None:
        self._rows.set_visible(name, visible)

    # --- errors -------------------------------------------------------------------------------

    def clear_error(self, name: str) -> None:
        self._rows.clear_error(name)

    def show_errors(self, field_errors: dict[str, str]) -> None:
        first = self._rows.show_errors(field_errors)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, name: str) -> str:
        return self._rows.error_text(name)

    # --- saving -------------------------------------------------------------------------------

    def submit(self) -> Any:
        raise NotImplementedError

    def _save(self) -> None:
        for name in self._errors:
            self.clear_error(name)
        self.general_error.hide()
        try:
            self.saved = self.submit()
        except ValidationError as exc:
            self.show_errors(exc.field_errors)
            return
        except DomainError as exc:  # a rule about other records: shown above the buttons
            self.general_error.setText(exc.message)
            self.general_error.show()
            return
        self.accept()


def optional_id(value: Any) -> int | None:
    return value if isinstance(value, int) else None
