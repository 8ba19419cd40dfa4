"""The MoU page: register, filters, alerts banner and lifecycle steps, on a real database."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.services.database import Database
from desktop.services.mous import lifecycle, register
from desktop.ui.pages.mous_page import MousPage
from tests.mou_fixtures import TODAY, mou_input, signed_by_all


@pytest.fixture
def page(qtbot, isolated_settings, demo_db: Database) -> MousPage:  # type: ignore[no-untyped-def]
    widget = MousPage(demo_db, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _select(page: MousPage, reference: str) -> None:
    row = next(r for r in page.rows if r.reference == reference)
    page.select(row.id)
    assert page.selected() is not None and page.selected().reference == reference


def _save(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_an_mou_goes_from_draft_to_active_through_the_buttons(page: MousPage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    draft = register.create_mou(page.db, mou_input(page.db), today=TODAY)
    page.reload()
    _select(page, draft.data.reference)
    assert page.actions["under_review"].isEnabled() and not page.actions["active"].isEnabled()
    page.actions["under_review"].click()
    assert page.selected().status == "under_review"
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    page.actions["signed"].click()  # nobody has signed yet
    assert warnings and "is not signed yet by: Savitha K. Patil" in warnings[0]
    register.update_mou(page.db, draft.id, signed_by_all(draft.data, date(2026, 5, 20)), today=TODAY)
    page.actions["signed"].click()
    page.actions["active"].click()
    assert page.selected().status == "active" and page.selected().days_left == 189
    assert page.model.data(page.model.index(0, 7)) == "Active"


def test_the_banner_shows_what_needs_attention_and_the_expiring_filter_finds_it(
    qtbot, isolated_settings, demo_db: Database
) -> None:  # type: ignore[no-untyped-def]
    mou = register.create_mou(demo_db, signed_by_all(mou_input(demo_db), date(2026, 5, 20)), today=TODAY)
    lifecycle.submit_for_review(demo_db, mou.id, today=TODAY)
    lifecycle.mark_signed(demo_db, mou.id, today=TODAY)
    lifecycle.activate(demo_db, mou.id, today=TODAY)
    page = MousPage(demo_db, today=lambda: date(2027, 5, 10))
    qtbot.addWidget(page)
    assert "Ending within 30 days: DDPI/KVD/MOU/2026/01" in page.banner.text()
    page.expiring.setCurrentIndex(page.expiring.findData(30))
    assert [page.model.row_at(i).reference for i in range(page.model.rowCount())] == ["DDPI/KVD/MOU/2026/01"]
    page.status.setCurrentIndex(page.status.findData("draft"))
    assert page.model.rowCount() == 0 and page.count.text() == "0 of 1"
    # Opened after its end, the MoU has expired and says so.
    later = MousPage(demo_db, today=lambda: date(2027, 6, 2))
    qtbot.addWidget(later)
    assert later.rows[0].status == "expired"
    assert "Expired: DDPI/KVD/MOU/2026/01 (ended 31/05/2027)" in later.banner.text()


def test_an_overlap_asks_for_a_reason_and_records_it(page: MousPage) -> None:
    ids = []
    for reference in ("A/1", "A/2"):
        mou = register.create_mou(
            page.db, signed_by_all(mou_input(page.db, reference=reference), date(2026, 5, 20)), today=TODAY
        )
        lifecycle.submit_for_review(page.db, mou.id, today=TODAY)
        lifecycle.mark_signed(page.db, mou.id, today=TODAY)
        ids.append(mou.id)
    lifecycle.activate(page.db, ids[0], today=TODAY)
    page.reload()
    _select(page, "A/2")
    dialog = page.activate()
    assert "A/1 (until 31/05/2027" in dialog.widget("message").text()
    _save(dialog)  # no reason given
    assert dialog.error_text("overlap_reason") == "Give the reason, or cancel."
    dialog.widget("overlap_reason").setPlainText("Second phase, other grades")
    _save(dialog)
    assert register.get_mou(page.db, ids[1]).overlap_reason == "Second phase, other grades"
    assert page.selected().status == "active"


def test_terminate_renew_and_amend_through_their_forms(page: MousPage) -> None:
    mou = register.create_mou(page.db, signed_by_all(mou_input(page.db), date(2026, 5, 20)), today=TODAY)
    lifecycle.submit_for_review(page.db, mou.id, today=TODAY)
    lifecycle.mark_signed(page.db, mou.id, today=TODAY)
    lifecycle.activate(page.db, mou.id, today=TODAY)
    page.reload()
    _select(page, mou.data.reference)
    amend = page.amend()
    _save(amend)
    assert amend.error_text("summary") == "What the amendment changes is required."
    amend.widget("summary").setText("Grade 4 added")
    _save(amend)
    assert [a.summary for a in register.get_mou(page.db, mou.id).amendments] == ["Grade 4 added"]
    renew = page.renew()
    renew.widget("reference").setText("DDPI/KVD/MOU/2027/01")
    _save(renew)
    assert page.selected().reference == "DDPI/KVD/MOU/2027/01" and page.selected().status == "draft"
    _select(page, mou.data.reference)
    terminate = page.terminate()
    _save(terminate)
    assert terminate.error_text("reason") == "Give the reason for terminating the MoU."
    terminate.widget("reason").setPlainText("Partner withdrew")
    _save(terminate)
    assert page.selected().status == "terminated"
    steps = ("under_review", "draft", "signed", "active", "terminated", "renew", "amend", "delete", "letter")
    assert not any(page.actions[key].isEnabled() for key in steps)
    assert page.actions["print"].isEnabled()  # a terminated MoU can still be printed


def test_a_draft_is_deleted_after_asking(page: MousPage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    register.create_mou(page.db, mou_input(page.db), today=TODAY)
    page.reload()
    _select(page, "DDPI/KVD/MOU/2026/01")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.actions["delete"].click()
    assert len(page.rows) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.actions["delete"].click()
    assert page.rows == [] and page.model.rowCount() == 0


def test_header_click_sorts_by_the_date_not_its_text(page: MousPage) -> None:
    QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    register.create_mou(page.db, mou_input(page.db, reference="B", end_date=date(2027, 12, 1)), today=TODAY)
    register.create_mou(page.db, mou_input(page.db, reference="A", end_date=date(2028, 1, 2)), today=TODAY)
    page.reload()
    page.table.sortByColumn(6, Qt.SortOrder.AscendingOrder)
    assert [page.model.row_at(i).reference for i in range(2)] == ["B", "A"]  # "02/01/2028" sorts after
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [page.model.row_at(i).reference for i in range(2)] == ["A", "B"]


def test_create_through_the_form_sign_activate_and_find_it_expiring(
    qtbot, isolated_settings, demo_db: Database
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.dialogs.mou_tables import SignatoriesTab
    from tests.test_gui_mou_dialog import _fill_details, _type

    page = MousPage(demo_db, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    dialog = page.new_mou()
    _fill_details(dialog, demo_db)  # 01/06/2026 to 31/05/2027
    dialog.coverage.whole_district.setChecked(True)
    signatories = dialog.signatories
    row = signatories.add_row()
    _type(qtbot, signatories.table, row, SignatoriesTab.NAME, "Savitha K. Patil")
    _type(qtbot, signatories.table, row, SignatoriesTab.DESIGNATION, "DDPI")
    _save(dialog)
    assert page.selected() is not None and page.selected().reference == "DDPI/KVD/MOU/2026/09"
    page.actions["under_review"].click()
    # Signed: the date goes in through the form, then "Mark signed".
    form = page.open_selected()
    form.signatories.table.cellWidget(0, SignatoriesTab.SIGNED).set_value(date(2026, 5, 25))
    _save(form)
    page.actions["signed"].click()
    page.actions["active"].click()
    assert page.selected().status == "active"
    page.today = lambda: date(2027, 5, 5)
    page.reload()
    page.expiring.setCurrentIndex(page.expiring.findData(30))
    assert [page.model.row_at(i).reference for i in range(page.model.rowCount())] == ["DDPI/KVD/MOU/2026/09"]
    assert "Ending within 30 days: DDPI/KVD/MOU/2026/09" in page.banner.text()


def test_print_the_mou_and_the_register_from_the_page(page: MousPage, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    register.create_mou(page.db, mou_input(page.db), today=TODAY)
    page.reload()
    _select(page, "DDPI/KVD/MOU/2026/01")
    target = tmp_path / "mou.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.actions["print"].click()
    qtbot.waitUntil(lambda: target.exists(), timeout=20_000)
    assert "DDPI/KVD/MOU/2026/01" in PdfReader(target).pages[0].extract_text()
    report = tmp_path / "register"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(report), "Excel workbook (*.xlsx)")
    )
    page.actions["report"].click()
    qtbot.waitUntil(lambda: report.with_suffix(".xlsx").exists(), timeout=20_000)
    qtbot.waitUntil(lambda: "Saved" in page.status_line.text(), timeout=5_000)


def test_the_authorisation_letter_is_prepared_in_the_circular_editor_and_issued(
    page: MousPage, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from db.models import DispatchEntry
    from desktop.services import dispatch

    mou = register.create_mou(page.db, signed_by_all(mou_input(page.db), date(2026, 5, 20)), today=TODAY)
    page.reload()
    _select(page, mou.data.reference)
    assert not page.actions["letter"].isEnabled()  # a draft authorises nobody
    lifecycle.submit_for_review(page.db, mou.id, today=TODAY)
    lifecycle.mark_signed(page.db, mou.id, today=TODAY)
    page.reload()
    page.actions["letter"].click()
    editor = page.dialog
    assert sorted(editor.schools.selection().block_ids) == list(mou.data.coverage.block_ids)
    assert "mou_reference" in editor.field_edits
    editor.widget("signatory_name").setText("Savitha K. Patil")
    editor.widget("signatory_designation").setText("DDPI")
    changed: list[bool] = []
    page.changed.connect(lambda: changed.append(True))
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: bool(changed), timeout=60_000)
    (row,) = dispatch.list_register(page.db)
    assert row.recipients == 500  # the two blocks' schools
    assert row.number.startswith("DDPI/KVD/")  # issued by the office that signed the MoU
    assert "{" not in row.subject and "DDPI/KVD/MOU/2026/01" in row.subject
    with page.db.reading() as session:
        assert session.get(DispatchEntry, row.id).template_name == "MoU authorisation"
    assert page.issued_dialog is not None
