"""The template manager: built-ins copied, not edited; own copies edited, checked and deleted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QLabel, QMessageBox

from desktop.services import templates
from desktop.services.database import Database
from desktop.services.templates import TemplateInput
from desktop.ui.dialogs.template_dialog import TemplateDialog
from desktop.ui.dialogs.template_manager import TemplateManager
from desktop.ui.pages.circulars_page import CircularsPage


@pytest.fixture
def page(qtbot, isolated_settings, demo_db: Database) -> CircularsPage:  # type: ignore[no-untyped-def]
    widget = CircularsPage(demo_db)  # seeds the built-in templates
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def manager(page: CircularsPage) -> TemplateManager:
    page.templates_button.click()
    assert page.template_manager is not None and page.template_manager.isVisible()
    return page.template_manager


def _select(manager: TemplateManager, name: str) -> None:
    names = [row.name for row in manager.rows()]
    manager.table.selectRow(names.index(name))
    assert manager.selected() is not None and manager.selected().name == name


def _save(dialog: TemplateDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def _own_template(db: Database, name: str = "Library week notice") -> int:
    data = TemplateInput(
        name, "en", "school", "Library week at {school_name}", "From {start_date}.", ("start_date",)
    )
    return templates.create_template(db, data).id


def test_the_list_shows_every_template_and_filters_by_language(manager: TemplateManager) -> None:
    tester = QAbstractItemModelTester(manager.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert manager.model.rowCount() == 12 and manager.count.text() == "12 templates"
    data_request = next(row for row in range(12) if manager.model.row_at(row).name == "Data request")
    shown = [manager.model.index(data_request, column).data() for column in range(4)]
    assert shown == ["Data request", "English", "Schools", "Built-in"]
    manager.language.setCurrentIndex(manager.language.findData("kn"))
    assert manager.model.rowCount() == 4 and {row.language for row in manager.rows()} == {"kn"}
    new = manager.new()
    assert new is not None and new.value("language") == "kn"  # a new one starts in the shown language
    new.reject()
    del tester


def test_builtins_cannot_be_edited_or_deleted(manager: TemplateManager) -> None:
    _select(manager, "Data request")
    assert manager.copy_button.isEnabled() and manager.new_button.isEnabled()
    assert not manager.edit_button.isEnabled() and not manager.delete_button.isEnabled()
    assert "make a copy" in manager.edit_button.toolTip()
    assert manager.edit() is None and manager.active_dialog is None


def test_a_copy_of_a_builtin_is_edited_and_offered_in_the_circular_editor(
    page: CircularsPage, manager: TemplateManager, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _select(manager, "Data request")
    asked: list[str] = []
    monkeypatch.setattr(
        QInputDialog,
        "getText",
        lambda _p, _t, _label, _mode, text, *a, **k: asked.append(text) or ("Our data request", True),
    )
    dialog = manager.copy()
    assert asked == ["Data request (our copy)"]
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Edit template"
    assert dialog.value("subject") == "Submission of {data_description}"
    dialog.widget("subject").setText("Please send {data_description} by {due_date}")
    dialog.fields.setPlainText("data_description\ndue_date\nsend_to\n")
    with qtbot.waitSignal(dialog.accepted):
        _save(dialog)
    copy = manager.selected()
    assert copy is not None and copy.name == "Our data request" and not copy.builtin
    assert manager.model.rowCount() == 13
    assert manager.model.index(manager.rows().index(copy), 3).data() == "Own copy"
    assert manager.edit_button.isEnabled() and manager.delete_button.isEnabled()
    assert manager.edit_button.toolTip() == ""

    editor = page.new_circular()
    editor.template.setCurrentIndex(editor.template.findText("Our data request"))
    assert editor.widget("subject").text() == "Please send {data_description} by {due_date}"
    assert set(editor.field_edits) == {"data_description", "due_date", "send_to"}
    editor.reject()


def test_an_unknown_placeholder_is_shown_under_the_body_and_nothing_is_saved(
    manager: TemplateManager,
) -> None:
    dialog = manager.new()
    assert dialog is not None
    dialog.widget("name").setText("Review meeting")
    dialog.widget("subject").setText("Review meeting at {school_name}")
    dialog.body.setPlainText("The meeting is at {venu}.\n- Bring the enrolment register.")
    dialog.fields.setPlainText("venue")
    _save(dialog)
    assert dialog.isVisible()
    assert dialog.error_text("body") == (
        "Body, line 1, column 19: unknown placeholder {venu}; did you mean {venue}?"
    )
    assert dialog.error_text("subject") == ""
    message = dialog.findChild(QLabel, "error_body")
    assert (
        message.mapTo(dialog, QPoint(0, 0)).y()
        >= dialog.body.mapTo(dialog, QPoint(0, dialog.body.height())).y()
    )
    assert [t for t in templates.list_templates(manager.db) if not t.builtin] == []
    dialog.body.setPlainText("The meeting is at {venue}.")
    assert dialog.error_text("body") == ""  # typing clears the message
    _save(dialog)
    assert not dialog.isVisible() and manager.selected().name == "Review meeting"


def test_a_bad_edit_of_an_own_template_changes_nothing(manager: TemplateManager) -> None:
    template_id = _own_template(manager.db)
    manager.reload(select_id=template_id)
    dialog = manager.edit()
    assert dialog is not None and dialog.value("fields") == "start_date"
    dialog.body.setPlainText("| a | b |\n| c |")
    dialog.fields.setPlainText("Start Date")
    _save(dialog)
    assert "Start Date" in dialog.error_text("fields")
    dialog.fields.setPlainText("start_date")
    _save(dialog)
    assert "Line 2" in dialog.error_text("body") and dialog.isVisible()
    assert templates.get_template(manager.db, template_id).body == "From {start_date}."


def test_delete_asks_first_and_removes_an_own_copy(manager: TemplateManager, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    template_id = _own_template(manager.db)
    manager.reload(select_id=template_id)
    questions: list[str] = []
    answer = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: questions.append(text) or answer)
    manager.delete_button.click()
    assert "Library week notice" in questions[0]
    assert template_id in {row.id for row in manager.rows()}
    answer = QMessageBox.StandardButton.Yes
    manager.delete_button.click()
    assert len(questions) == 2
    assert template_id not in {t.id for t in templates.list_templates(manager.db)}
    assert template_id not in {row.id for row in manager.rows()} and manager.selected() is None


def test_a_template_saved_in_another_language_is_still_shown(manager: TemplateManager) -> None:
    manager.language.setCurrentIndex(manager.language.findData("kn"))
    dialog = manager.new()
    assert dialog is not None
    dialog.widget("name").setText("Sports day")
    dialog.set_combo(dialog.language, "en")
    dialog.set_combo(dialog.recipient_kind, "office")
    assert "{office_name}" in dialog.available.text() and "{school_name}" not in dialog.available.text()
    dialog.widget("subject").setText("Sports day on {event_date}")
    dialog.body.setPlainText("*All offices* are invited.")
    dialog.fields.setPlainText("event_date")
    _save(dialog)
    assert manager.language.currentData() is None and manager.selected().name == "Sports day"
