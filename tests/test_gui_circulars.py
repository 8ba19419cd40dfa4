"""The Circulars page: writing with a live preview, issuing, and the register."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog, QLabel

from desktop.services import dispatch, geography
from desktop.services.database import Database
from desktop.ui.dialogs.circular_editor import CircularEditor
from desktop.ui.pages.circulars_page import CircularsPage


@pytest.fixture
def page(qtbot, isolated_settings, demo_db: Database, monkeypatch) -> CircularsPage:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    widget = CircularsPage(demo_db)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _choose_template(editor: CircularEditor, name: str) -> None:
    editor.template.setCurrentIndex(editor.template.findText(name))


def _check_first_block(editor: CircularEditor) -> None:
    editor.schools.tree.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)


def _sign(editor: CircularEditor) -> None:
    editor.widget("signatory_name").setText("Savitha K. Patil")
    editor.widget("signatory_designation").setText("Deputy Director of Public Instruction")


def test_a_template_fills_the_form_and_the_preview_renders(page: CircularsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = page.new_circular()
    _choose_template(editor, "Data request")
    assert editor.widget("subject").text() == "Submission of {data_description}"
    assert set(editor.field_edits) == {"data_description", "due_date", "send_to"}
    _check_first_block(editor)
    _sign(editor)
    editor.field_edits["data_description"].setText("enrolment figures")
    editor.field_edits["due_date"].setText("05/12/2026")
    editor.field_edits["send_to"].setText("the BEO")
    with qtbot.waitSignal(editor.preview_ready, timeout=20_000):
        editor.refresh_preview()
    assert editor.preview_label.pixmap() is not None and not editor.preview_label.pixmap().isNull()
    assert editor.error_text("recipients") == ""


def test_schools_without_a_headmaster_are_named_before_anything_is_issued(page: CircularsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = page.new_circular()
    _choose_template(editor, "Community School Day notice")
    _check_first_block(editor)
    _sign(editor)
    editor.field_edits["event_date"].setText("15/12/2026")
    editor.field_edits["report_due_date"].setText("20/12/2026")
    with qtbot.waitSignal(editor.preview_ready, timeout=20_000):
        editor.refresh_preview()
    assert "recipients cannot be printed" in editor.error_text("recipients")
    assert "{headmaster}" in editor.error_text("recipients")
    assert dispatch.list_register(page.db) == []


def test_issue_to_offices_then_cancel_with_a_reason(
    page: CircularsPage, qtbot, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    editor = page.new_circular()
    editor.set_combo(editor.recipient_kind, "office")
    editor.offices.item(0).setCheckState(Qt.CheckState.Checked)
    editor.offices.item(1).setCheckState(Qt.CheckState.Checked)
    editor.widget("section").setText("adm")
    editor.widget("subject").setText("Review meeting on 08/12/2026")
    editor.body.setPlainText(
        "The monthly review will be held at the *DIET hall*.\n- Bring the data of your block."
    )
    _sign(editor)
    editor.copy_to.setPlainText("Office copy")
    with qtbot.waitSignal(editor.accepted, timeout=30_000):
        editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    issued = page.issued_dialog
    assert (
        issued is not None and issued.isVisible() and issued.issued.number in issued.findChild(QLabel).text()
    )
    target = tmp_path / "issued.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    issued.save_button.click()
    assert target.read_bytes() == issued.issued.pdf
    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    issued.print_original(printer)
    assert len(PdfReader(printed).pages) == len(PdfReader(target).pages) == 2
    issued.reject()
    (row,) = dispatch.list_register(page.db)
    assert row.number.endswith("/ADM/2026-27/0001") and row.recipients == 2 and row.status == "issued"
    assert page.model.rowCount() == 1 and page.selected() is not None
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Sent to the wrong offices", True))
    page.cancel_circular()
    assert dispatch.list_register(page.db)[0].status == "cancelled"
    assert page.model.row_at(0).status == "cancelled" and not page.cancel_button.isEnabled()


def test_missing_recipients_and_signatory_are_shown_and_nothing_is_numbered(
    page: CircularsPage, qtbot
) -> None:  # type: ignore[no-untyped-def]
    editor = page.new_circular()
    editor.widget("subject").setText("A subject")
    editor.body.setPlainText("Text.")
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "Name and designation" in editor.error_text("signatory_name")
    _sign(editor)
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: editor.error_text("recipients") != "", timeout=20_000)
    assert "at least one recipient" in editor.error_text("recipients")
    assert editor.isVisible() and dispatch.list_register(page.db) == []
    assert geography.list_blocks(page.db)  # the demo district is there to choose from


def _issue_to_two_offices(page: CircularsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = page.new_circular()
    editor.set_combo(editor.recipient_kind, "office")
    for row in (0, 1):
        editor.offices.item(row).setCheckState(Qt.CheckState.Checked)
    editor.widget("subject").setText("Review meeting on 08/12/2026")
    editor.body.setPlainText("The monthly review will be held at the DIET hall.")
    _sign(editor)
    with qtbot.waitSignal(editor.accepted, timeout=30_000):
        editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    page.issued_dialog.reject()


def test_supersede_starts_from_the_old_text_and_marks_it(page: CircularsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    _issue_to_two_offices(page, qtbot)
    page.table.selectRow(0)
    old = page.selected()
    editor = page.supersede()
    assert old.number in editor.windowTitle()
    assert editor.widget("subject").text() == "Review meeting on 08/12/2026"
    assert editor.widget("signatory_name").text() == "Savitha K. Patil"
    editor.widget("subject").setText("Review meeting on 09/12/2026")
    editor.set_combo(editor.recipient_kind, "office")
    editor.offices.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(editor.accepted, timeout=30_000):
        editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    new_number = page.issued_dialog.issued.number
    page.issued_dialog.reject()
    statuses = {
        page.model.row_at(r).number: page._status(page.model.row_at(r)) for r in range(page.model.rowCount())
    }
    assert statuses == {old.number: f"Superseded by {new_number}", new_number: "Issued"}
    page.table.selectRow([page.model.row_at(r).number for r in range(2)].index(old.number))
    assert not page.supersede_button.isEnabled() and not page.cancel_button.isEnabled()


def test_category_filter_narrows_the_schools(page: CircularsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = page.new_circular()
    _check_first_block(editor)
    _sign(editor)
    all_schools = len(editor.draft().recipients)
    editor.set_combo(editor.schools.category, "Primary (1-5)")
    primary = editor.draft().recipients
    assert 0 < len(primary) < all_schools == 250


def test_copy_to_lines_are_saved_as_a_list_for_next_time(page: CircularsPage, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.services import templates

    editor = page.new_circular()
    editor.copy_to.setPlainText("The BEO, Badami\nThe BEO, Hungund")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("North blocks", True))
    editor.save_copy_to_list()
    (saved,) = templates.list_copy_to_lists(page.db)
    assert saved.entries == ("The BEO, Badami", "The BEO, Hungund")
    assert editor.copy_lists.currentData() == saved.id
    editor.copy_to.setPlainText("")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Empty", True))
    editor.save_copy_to_list()
    assert "at least one entry" in editor.error_text("copy_to")
