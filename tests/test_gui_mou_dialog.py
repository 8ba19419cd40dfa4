"""The MoU form: every tab filled and saved, errors under their fields or at the top of their tab,
part ids kept on edit, a signed MoU open for its obligations only, attachments and the timeline."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QTableWidget,
    QTreeWidgetItem,
    QWidget,
)
from sqlalchemy import func, select, update

from db.models import Mou, StoredFile
from desktop.services import geography
from desktop.services.database import Database
from desktop.services.mous import lifecycle, register
from desktop.services.mous.parts import SignatoryInput
from desktop.services.mous.vocabulary import FOCUS_AREAS
from desktop.services.recipients import find_school_ids
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.dialogs.mou_dialog import MouDialog
from desktop.ui.dialogs.mou_tables import ObligationsTab, SignatoriesTab
from tests.mou_fixtures import TODAY, ddpi, mou_input, partner, signed_by_all


def _mou_count(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Mou)) or 0)


def _open(qtbot, db: Database, mou_id: int | None = None) -> MouDialog:  # type: ignore[no-untyped-def]
    dialog = MouDialog(db, mou_id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _save(dialog: MouDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def _type(qtbot, table: QTableWidget, row: int, column: int, text: str, *, enter: bool = True) -> None:  # type: ignore[no-untyped-def]
    """Type into a cell as a user does: open its editor, type, press Enter (or leave it open)."""
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    editor = table.indexWidget(table.model().index(row, column))
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    if enter:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: table.item(row, column).text() == text)  # Qt commits it queued


def _tick_partner(dialog: MouDialog, organisation_id: int) -> None:
    items = dialog.partners.list
    rows = (items.item(i) for i in range(items.count()))
    item = next(item for item in rows if item.data(Qt.ItemDataRole.UserRole) == organisation_id)
    item.setCheckState(Qt.CheckState.Checked)


def _item_with_id(parent: QTreeWidgetItem, record_id: int) -> QTreeWidgetItem:
    children = (parent.child(i) for i in range(parent.childCount()))
    return next(child for child in children if child.data(0, Qt.ItemDataRole.UserRole) == record_id)


def _fill_details(dialog: MouDialog, db: Database) -> None:
    """The least the Details tab needs to be saved."""
    dialog.widget("reference").setText("DDPI/KVD/MOU/2026/09")
    dialog.widget("title").setText("Reading camps in government schools")
    dialog.set_combo(dialog.widget("office_id"), ddpi(db))
    _tick_partner(dialog, partner(db))
    dialog.start.setDate(date(2026, 6, 1))
    dialog.end.setDate(date(2027, 5, 31))


def _shown_errors(dialog: MouDialog) -> dict[str, str]:
    """Every message the form shows, by field (for a failing assertion's report)."""
    names = [*dialog._widgets, "coverage", "signatories", "obligations", "data_shares"]
    shown = {name: dialog.error_text(name) for name in names if dialog.error_text(name)}
    return {**shown, "general": dialog.general_error.text()}


@pytest.fixture
def form_db(isolated_settings, demo_db: Database) -> Database:  # type: ignore[no-untyped-def]
    return demo_db


def test_an_mou_is_created_with_every_tab_filled(qtbot, form_db: Database) -> None:  # type: ignore[no-untyped-def]
    db = form_db
    dialog = _open(qtbot, db)
    assert dialog.attachments is None and dialog.timeline is None  # only for a saved MoU
    _fill_details(dialog, db)
    first, second = partner(db, 0), partner(db, 1)
    _tick_partner(dialog, second)
    nodal = dialog.nodal.itemData(3)
    dialog.nodal.setEditText(dialog.nodal.itemText(3))  # typed in full, as the completer fills it
    dialog.set_combo(dialog.focus, "custom")
    assert dialog.widget("focus_other").isVisible()
    dialog.widget("focus_other").setText("Girls' hostels")
    dialog.funding.funded.setChecked(True)
    dialog.funding.amount.setText("₹ 12,50,000")
    dialog.set_combo(dialog.language, "kn")
    dialog.objectives.setPlainText("Every child in Grade 3 reads with understanding.")
    dialog.text.setPlainText("1. The partner runs reading camps.")

    blocks = geography.list_blocks(db)
    cluster = next(c for c in geography.list_clusters(db) if c.block_id == blocks[1].id)
    tree = dialog.coverage.picker.tree
    _item_with_id(tree.invisibleRootItem(), blocks[0].id).setCheckState(0, Qt.CheckState.Checked)
    block = _item_with_id(tree.invisibleRootItem(), blocks[1].id)
    _item_with_id(block, cluster.id).setCheckState(0, Qt.CheckState.Checked)
    school_id = find_school_ids(db, "government", 1)[0]
    dialog.coverage.picker.singles.set_ids([school_id])

    signatories = dialog.signatories
    row = signatories.add_row()
    _type(qtbot, signatories.table, row, SignatoriesTab.NAME, "Savitha K. Patil")
    _type(qtbot, signatories.table, row, SignatoriesTab.DESIGNATION, "Deputy Director of Public Instruction")
    signatories.table.cellWidget(row, SignatoriesTab.SIGNED).set_value(date(2026, 5, 20))
    row = signatories.add_row()
    _type(qtbot, signatories.table, row, SignatoriesTab.NAME, "Ramesh Gowda")
    _type(qtbot, signatories.table, row, SignatoriesTab.DESIGNATION, "Executive Director")
    party = signatories.table.cellWidget(row, SignatoriesTab.PARTY)
    party.setCurrentIndex(party.findData("partner"))
    which = signatories._partner_box(row)
    assert which.isVisibleTo(signatories.table) and which.count() == 3  # blank and both partners
    which.setCurrentIndex(which.findData(second))
    signatories.table.cellWidget(row, SignatoriesTab.REQUIRED).findChild(QCheckBox).setChecked(False)

    obligations = dialog.obligations
    row = obligations.add_row()
    kind = obligations.table.cellWidget(row, ObligationsTab.KIND)
    kind.setCurrentIndex(kind.findData("deliverable"))
    _type(qtbot, obligations.table, row, ObligationsTab.INDICATOR, "80% of Grade 3 read fluently")
    _type(qtbot, obligations.table, row, ObligationsTab.OWNER, "Programme lead")
    obligations.table.cellWidget(row, ObligationsTab.DUE).set_value(date(2026, 9, 30))
    frequency = obligations.table.cellWidget(row, ObligationsTab.FREQUENCY)
    frequency.setCurrentIndex(frequency.findData("quarterly"))
    status = obligations.table.cellWidget(row, ObligationsTab.STATUS)
    status.setCurrentIndex(status.findData("in_progress"))
    # Typed and not yet left when Save is pressed: still saved.
    _type(qtbot, obligations.table, row, ObligationsTab.DESCRIPTION, "Baseline report", enter=False)

    sharing = dialog.data_sharing
    sharing.checks["school_directory"].setChecked(True)
    sharing.purposes["school_directory"].setText("Plan school visits")
    sharing.keep["school_directory"].setValue(18)

    _save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, _shown_errors(dialog)
    saved = register.get_mou(db, dialog.saved.id)
    data = saved.data
    assert saved.status == "draft"
    assert (data.reference, data.title, data.office_id) == (
        "DDPI/KVD/MOU/2026/09",
        "Reading camps in government schools",
        ddpi(db),
    )
    assert data.partner_ids == (first, second) and data.nodal_officer_id == nodal
    assert (data.focus, data.focus_other) == ("custom", "Girls' hostels")
    assert (data.start_date, data.end_date) == (date(2026, 6, 1), date(2027, 5, 31))
    assert (data.funded, data.funding_amount, data.language) == (True, 1_250_000, "kn")
    assert data.objectives == "Every child in Grade 3 reads with understanding."
    assert data.text == "1. The partner runs reading camps."
    assert data.coverage.block_ids == (blocks[0].id,) and data.coverage.cluster_ids == (cluster.id,)
    assert data.coverage.school_ids == (school_id,) and not data.coverage.whole_district
    assert [(s.name, s.party, s.organisation_id, s.required, s.signed_on) for s in data.signatories] == [
        ("Savitha K. Patil", "district", None, True, date(2026, 5, 20)),
        ("Ramesh Gowda", "partner", second, False, None),
    ]
    (obligation,) = data.obligations
    assert (obligation.description, obligation.kind, obligation.party, obligation.owner) == (
        "Baseline report",
        "deliverable",
        "partner",
        "Programme lead",
    )
    assert (obligation.due_date, obligation.frequency, obligation.status) == (
        date(2026, 9, 30),
        "quarterly",
        "in_progress",
    )
    assert obligation.indicator == "80% of Grade 3 read fluently"
    assert [(d.category, d.purpose, d.keep_months) for d in data.data_shares] == [
        ("school_directory", "Plan school visits", 18)
    ]


def test_an_end_before_the_start_is_shown_under_the_end_date_and_nothing_is_stored(
    qtbot, form_db: Database
) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, form_db)
    _fill_details(dialog, form_db)
    dialog.coverage.whole_district.setChecked(True)
    dialog.end.setDate(date(2026, 5, 31))
    dialog.tabs.setCurrentWidget(dialog.data_sharing)
    _save(dialog)
    assert dialog.isVisible() and dialog.saved is None
    assert dialog.error_text("end_date") == "The MoU ends (31/05/2026) before it starts (01/06/2026)."
    assert dialog.error_text("start_date") == "" and dialog.error_text("coverage") == ""
    assert dialog.tabs.currentWidget() is dialog.details
    assert _mou_count(form_db) == 0
    dialog.end.setDate(date(2027, 5, 31))  # changing the date takes its message away
    assert dialog.error_text("end_date") == ""


def test_coverage_with_nothing_chosen_is_shown_on_its_tab(qtbot, form_db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, form_db)
    _fill_details(dialog, form_db)
    _save(dialog)
    assert dialog.tabs.currentWidget() is dialog.coverage
    assert dialog.error_text("coverage") == (
        "Choose the whole district, or the blocks, clusters or schools covered."
    )
    assert dialog.coverage.error.isVisible()
    assert dialog.tabs.tabBar().tabTextColor(dialog.tabs.indexOf(dialog.coverage)).name() == "#b00020"
    assert _mou_count(form_db) == 0
    dialog.coverage.whole_district.setChecked(True)
    assert not dialog.coverage.picker.isEnabled() and dialog.error_text("coverage") == ""
    _save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert register.get_mou(form_db, dialog.saved.id).data.coverage.whole_district


def test_errors_of_several_tabs_show_the_first_of_them(qtbot, form_db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, form_db)
    dialog.signatories.add_row(SignatoryInput("", "", "district"))
    dialog.funding.funded.setChecked(True)
    dialog.funding.amount.setText("12.5 lakh")
    _save(dialog)  # the amount cannot even be read: said before anything else is checked
    assert dialog.error_text("funding_amount") == "Write the amount in whole rupees, e.g. 12,50,000."
    dialog.funding.amount.setText("")
    _save(dialog)
    assert dialog.error_text("funding_amount").startswith("Give the amount of funding in rupees")
    assert dialog.error_text("reference") == "Reference number is required."
    assert dialog.error_text("signatories") == "Signatory 1: name and designation are both needed."
    assert dialog.tabs.currentWidget() is dialog.details


def test_editing_an_mou_updates_its_parts_in_place(qtbot, form_db: Database) -> None:  # type: ignore[no-untyped-def]
    db = form_db
    mou = register.create_mou(db, mou_input(db), today=TODAY)
    dialog = _open(qtbot, db, mou.id)
    assert dialog.windowTitle() == "MoU DDPI/KVD/MOU/2026/01 — Draft"
    assert dialog.nodal.person_id() == mou.data.nodal_officer_id
    assert dialog.partners.ids() == mou.data.partner_ids
    assert dialog.coverage.coverage() == mou.data.coverage
    assert dialog.signatories.values() == mou.data.signatories
    assert dialog.obligations.values() == mou.data.obligations
    assert dialog.data_sharing.values() == mou.data.data_shares
    _type(qtbot, dialog.signatories.table, 1, SignatoriesTab.DESIGNATION, "Chief Executive Officer")
    dialog.data_sharing.keep["school_directory"].setValue(6)
    _save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.general_error.text()
    after = register.get_mou(db, mou.id).data
    assert [s.id for s in after.signatories] == [s.id for s in mou.data.signatories]
    assert [o.id for o in after.obligations] == [o.id for o in mou.data.obligations]
    assert [d.id for d in after.data_shares] == [d.id for d in mou.data.data_shares]
    assert after.signatories[1].designation == "Chief Executive Officer"
    assert after.data_shares[0].keep_months == 6
    assert after.obligations == mou.data.obligations and after.coverage == mou.data.coverage


def test_a_signed_mou_opens_read_only_but_for_its_obligations(qtbot, form_db: Database) -> None:  # type: ignore[no-untyped-def]
    db = form_db
    mou = register.create_mou(db, signed_by_all(mou_input(db), date(2026, 5, 20)), today=TODAY)
    lifecycle.submit_for_review(db, mou.id, today=TODAY)
    lifecycle.mark_signed(db, mou.id, today=TODAY)
    dialog = _open(qtbot, db, mou.id)
    assert dialog.notice.isVisible()
    assert dialog.notice.text().startswith("Signed MoUs change only through an amendment")
    assert dialog.tabs.currentWidget() is dialog.obligations
    assert dialog.widget("reference").isReadOnly() and dialog.text.isReadOnly()
    assert dialog.start.isReadOnly() and not dialog.widget("office_id").isEnabled()
    assert not dialog.partners.list.isEnabled() and not dialog.funding.funded.isEnabled()
    assert not dialog.coverage.picker.isEnabled() and not dialog.coverage.whole_district.isEnabled()
    assert dialog.signatories.add_button.isHidden()
    assert not dialog.signatories.table.cellWidget(0, SignatoriesTab.PARTY).isEnabled()
    assert not dialog.data_sharing.checks["school_directory"].isEnabled()
    assert dialog.obligations.add_button.isVisible()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Save obligations"
    status = dialog.obligations.table.cellWidget(1, ObligationsTab.STATUS)
    assert status.isEnabled()
    status.setCurrentIndex(status.findData("done"))
    _save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.general_error.text()
    after = register.get_mou(db, mou.id)
    assert after.status == "signed" and dialog.saved.id == mou.id
    assert [o.status for o in after.data.obligations] == ["pending", "done"]
    assert [o.id for o in after.data.obligations] == [o.id for o in mou.data.obligations]


def test_a_terminated_mou_only_shows(qtbot, form_db: Database) -> None:  # type: ignore[no-untyped-def]
    db = form_db
    mou = register.create_mou(db, signed_by_all(mou_input(db), date(2026, 5, 20)), today=TODAY)
    lifecycle.submit_for_review(db, mou.id, today=TODAY)
    lifecycle.mark_signed(db, mou.id, today=TODAY)
    lifecycle.activate(db, mou.id, today=TODAY)
    lifecycle.terminate(db, mou.id, TODAY, "Partner withdrew", today=TODAY)
    dialog = _open(qtbot, db, mou.id)
    assert "is terminated" in dialog.notice.text()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isHidden()
    assert dialog.obligations.add_button.isHidden()
    assert not dialog.obligations.table.cellWidget(0, ObligationsTab.STATUS).isEnabled()


def test_files_are_attached_opened_and_removed_from_their_tab(
    qtbot, form_db: Database, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    db = form_db
    mou = register.create_mou(db, mou_input(db), today=TODAY)
    dialog = _open(qtbot, db, mou.id)
    tab = dialog.attachments
    assert tab is not None and dialog.timeline is not None
    dialog.tabs.setCurrentWidget(tab)
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    tab.export_folder = tmp_path / "opened"
    scan = tmp_path / "signed copy.pdf"
    scan.write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n")
    notes = tmp_path / "notes.txt"
    notes.write_text("not a scan", encoding="utf-8")
    chosen = [str(scan)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (chosen[0], ""))
    tab.title.setText("Signed copy, 4 pages")
    tab.attach_button.click()
    assert not tab.error.isVisible()
    assert tab.model.rowCount() == 1
    row = tab.model.row_at(0)
    assert (row.kind, row.title, row.file_name) == ("signed_copy", "Signed copy, 4 pages", "signed copy.pdf")
    assert tab.model.data(tab.model.index(0, 3)) == "1 KB"

    chosen[0] = str(notes)
    tab.attach_button.click()
    assert tab.error.isVisible() and "PDF, PNG or JPEG" in tab.error.text()
    assert tab.model.rowCount() == 1

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    tab.table.selectRow(0)
    tab.open_button.click()
    assert not tab.error.isVisible()
    assert len(opened) == 1 and Path(opened[0]).read_bytes() == scan.read_bytes()

    with db.transaction() as session:  # the stored copy damaged behind the app's back
        session.execute(update(StoredFile).values(data=b"%PDF-1.4 changed"))
    tab.open_button.click()
    assert len(opened) == 1 and "has changed since it was saved" in tab.error.text()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    tab.remove_button.click()
    assert tab.model.rowCount() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.remove_button.click()
    assert tab.model.rowCount() == 0
    whats = [entry.what for entry in dialog.timeline.entries()]
    assert whats[-2:] == ["Scanned copy attached", "Scanned copy removed"]  # the timeline follows


def test_the_timeline_lists_the_creation(qtbot, form_db: Database) -> None:  # type: ignore[no-untyped-def]
    db = form_db
    dialog = _open(qtbot, db)
    _fill_details(dialog, db)
    dialog.coverage.whole_district.setChecked(True)
    _save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    again = _open(qtbot, db, dialog.saved.id)
    timeline = again.timeline
    assert timeline is not None
    QAbstractItemModelTester(timeline.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    first = timeline.entries()[0]
    assert (first.what, first.operator, first.details) == ("MoU created", "tester", "DDPI/KVD/MOU/2026/09")
    assert "Partner added" in [entry.what for entry in timeline.entries()]
    model = timeline.model
    assert model.data(model.index(0, 2)) == "MoU created"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole) == "tester"


def test_the_standard_text_fills_the_clauses_in_the_language_chosen(
    qtbot, form_db: Database, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    printing = pytest.importorskip("desktop.services.mous.printing")
    if not hasattr(printing, "default_mou_text"):
        pytest.skip("this build has no standard MoU text")
    dialog = _open(qtbot, form_db)
    assert dialog.standard_text_button is not None
    dialog.set_combo(dialog.language, "kn")
    dialog.standard_text_button.click()
    assert dialog.text.toPlainText() == printing.default_mou_text("kn")
    dialog.text.setPlainText("My own clauses")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.standard_text_button.click()
    assert dialog.text.toPlainText() == "My own clauses"  # asked first, and kept


def test_a_database_open_read_only_shows_the_mou_without_saving(  # type: ignore[no-untyped-def]
    qtbot, form_db: Database, demo_db_path: Path
) -> None:
    from desktop.services.opening import open_database

    mou = register.create_mou(form_db, mou_input(form_db), today=TODAY)
    second, _report = open_database(demo_db_path, operator="other")  # the first window writes
    try:
        assert second.read_only
        dialog = _open(qtbot, second, mou.id)
        assert dialog.notice.isVisible() and dialog.notice.text() == second.read_only_reason
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isHidden()
        assert dialog.widget("title").isReadOnly() and dialog.obligations.add_button.isHidden()
        assert dialog.attachments is not None and dialog.attachments.attach_button.isHidden()
        assert dialog.standard_text_button is None or dialog.standard_text_button.isHidden()
        dialog.close()
    finally:
        second.close()


DETAILS_FIELDS = (
    "reference",
    "title",
    "office_id",
    "nodal_officer_id",
    "partner_ids",
    "focus",
    "focus_other",
    "start_date",
    "end_date",
    "funding_amount",
    "language",
    "objectives",
    "text",
)


def test_every_details_field_sits_in_the_details_tab_and_shows_and_hides_there(
    qtbot, qtlog, form_db: Database
) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, form_db)
    assert dialog.tabs.widget(0) is dialog.details
    for name in DETAILS_FIELDS:
        assert dialog.details.isAncestorOf(dialog.widget(name)), name
    # The base form beside the tabs stays empty.
    assert dialog._columns.itemAt(0).layout().rowCount() == 0

    focus_other = dialog.widget("focus_other")
    assert not focus_other.isVisibleTo(dialog)
    dialog.set_combo(dialog.focus, "custom")
    assert focus_other.isVisibleTo(dialog)
    dialog.set_combo(dialog.focus, next(key for key in FOCUS_AREAS if key != "custom"))
    assert not focus_other.isVisibleTo(dialog)
    assert not [record.message for record in qtlog.records if "setRowVisible" in record.message]

    dialog.widget("reference").setText("DDPI/KVD/MOU/2026/09")
    dialog.widget("title").setText("ಸರ್ಕಾರಿ ಶಾಲೆಗಳಲ್ಲಿ ಓದುವ ಶಿಬಿರ — reading camps")
    dialog.set_combo(dialog.widget("office_id"), ddpi(form_db))
    _tick_partner(dialog, partner(form_db))
    dialog.objectives.setPlainText("ಪ್ರತಿ ಮಗು ಓದಬೇಕು: every child in Classes 1 to 3 reads with understanding.")
    dialog.text.setPlainText(
        "1. The partner runs reading camps in 120 schools.\n2. The DDPI's office monitors them."
    )
    dialog.set_combo(dialog.focus, "custom")
    dialog.widget("focus_other").setText("Reading camps in the summer holidays")
    qtbot.wait(20)  # the tab's layout settles on the next turn of the event loop
    Path("/tmp/recognition_shots").mkdir(parents=True, exist_ok=True)
    dialog.grab().save("/tmp/recognition_shots/mou_dialog_fixed.png")


def test_a_form_dialog_that_swaps_its_form_puts_the_fields_there(qtbot, qtlog) -> None:  # type: ignore[no-untyped-def]
    """How the MoU form once built its tabs: whatever a dialog does, a field goes where it is put."""

    class TabbedDialog(FormDialog):
        def __init__(self) -> None:
            super().__init__("Tabbed")
            self.page = QWidget()
            tab_form = QFormLayout(self.page)
            saved, self._form = self._form, tab_form
            self.line("swapped", "Swapped")
            self._form = saved
            with self.fields_in(tab_form):
                self.line("inside", "Inside")
            self.line("outside", "Outside")
            self.add_side_panel(self.page)

    dialog = TabbedDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.page.isAncestorOf(dialog.widget("swapped")) and dialog.page.isAncestorOf(
        dialog.widget("inside")
    )
    assert not dialog.page.isAncestorOf(dialog.widget("outside"))
    for name in ("swapped", "inside", "outside"):
        dialog.set_field_visible(name, False)
        assert not dialog.widget(name).isVisibleTo(dialog)
        dialog.set_field_visible(name, True)
        assert dialog.widget(name).isVisibleTo(dialog)
    assert not [record.message for record in qtlog.records if "setRowVisible" in record.message]
