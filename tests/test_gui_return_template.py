"""The return template dialog on the Exchange page, on the small exchange district: only MoUs in
force offered (the others with their reasons), the round typed or chosen, the file saved in the
background and the template shown in the exchange log with what does not apply to it disabled."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from desktop.services.database import Database
from desktop.services.exchange import log
from desktop.ui.dialogs.return_template_dialog import ReturnTemplateDialog
from desktop.ui.pages.exchange_page import ExchangePage
from tests.exchange_fixtures import (
    FLN_REFERENCE,
    TODAY,
    WIDE_REFERENCE,
    DistrictTemplate,
    ExchangeDistrict,
    add_mou,
    build_template,
    district_copy,
    row_counts,
)

WAIT_MS = 30_000
FLN_FILE = "Return template DDPI-SNR-MOU-2026-01 Endline 2027.xlsx"
SCREENSHOTS = Path(os.environ.get("SCREENSHOT_DIR", "/tmp"))


@pytest.fixture(scope="module")
def district() -> Iterator[DistrictTemplate]:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        yield build_template(Path(folder))


@pytest.fixture
def office(district: DistrictTemplate, tmp_path: Path) -> Iterator[tuple[Database, ExchangeDistrict]]:
    with district_copy(district, tmp_path) as opened:
        yield opened


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[tuple]:
    """The save dialog answers with ``stick/<the suggested name>``; each call is kept."""
    stick = tmp_path / "stick"
    stick.mkdir()
    calls: list[tuple] = []

    def answer(_parent, _caption, suggested, _filter, **options):  # type: ignore[no-untyped-def]
        calls.append((suggested, options))
        return str(stick / Path(suggested).name), "Excel workbooks (*.xlsx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return calls


def make_page(qtbot, db: Database) -> ExchangePage:  # type: ignore[no-untyped-def]
    page = ExchangePage(db, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def open_dialog(qtbot, page: ExchangePage) -> ReturnTemplateDialog:  # type: ignore[no-untyped-def]
    page.template_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ReturnTemplateDialog) and dialog.isVisible()
    return dialog


def offered(dialog: ReturnTemplateDialog) -> list[str]:
    return [dialog.mou.itemText(i).split(" — ")[0] for i in range(dialog.mou.count())]


def test_only_mous_in_force_are_offered_and_the_others_say_why(qtbot, isolated_settings, office):
    db, world = office
    add_mou(db, world, "DDPI/SNR/MOU/2026/05", status="draft", block_names=("Kundgol",))
    page = make_page(qtbot, db)
    dialog = open_dialog(qtbot, page)
    assert offered(dialog) == [FLN_REFERENCE, WIDE_REFERENCE]
    assert not dialog.not_offered.isHidden()
    assert "MoU DDPI/SNR/MOU/2026/05 is draft" in dialog.not_offered.text()
    assert dialog.summary.text().splitlines() == [
        "For: Akshara Learning Trust",
        "Pre-filled: 7 schools (UDISE code, name, block, cluster); 42 students of Midline 2026 under "
        "their pseudonyms for this MoU, with grade and gender.",
        "The partner keeps it until 23/11/2027.",
    ]
    # The rounds the office has, latest first; a new one can be typed.
    assert [dialog.round.itemText(i) for i in range(dialog.round.count())] == [
        "Midline 2026",
        "Camp check 2026",
        "Baseline 2026",
    ]
    assert dialog.round.currentText() == "" and dialog.round.isEditable()
    assert dialog.save_button.isEnabled()


def test_with_no_mou_in_force_nothing_can_be_saved_and_each_reason_is_given(qtbot, isolated_settings, office):
    db, _world = office
    dialog = ReturnTemplateDialog(db, today=lambda: date(2030, 1, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.mou.count() == 0 and not dialog.mou.isEnabled()
    lines = dialog.not_offered.text().splitlines()
    assert lines[0] == "No MoU can have a return template today:"
    assert lines[1:] == [
        "• MoU DDPI/SNR/MOU/2026/01 expired on 31/05/2027; no data can be shared under it (extend it "
        "by an amendment or renew it to share data again).",
        "• MoU DDPI/SNR/MOU/2026/02 expired on 31/03/2028; no data can be shared under it (extend it "
        "by an amendment or renew it to share data again).",
    ]
    assert not dialog.save_button.isEnabled() and dialog.summary.isHidden()
    dialog.grab().save(str(SCREENSHOTS / "return_template_dialog_none.png"))


def test_a_round_is_needed_before_asking_where_to_save(qtbot, isolated_settings, office, save_as):
    db, _world = office
    page = make_page(qtbot, db)
    dialog = open_dialog(qtbot, page)
    assert dialog.save() is None
    assert dialog.refusal.text() == "Give the name of the round the partner returns data for."
    assert not dialog.refusal.isHidden() and save_as == []
    dialog.round.setEditText("Endline 2027")
    assert dialog.refusal.isHidden()


def test_the_template_is_saved_in_the_background_and_shown_in_the_log(
    qtbot, isolated_settings, office, save_as, tmp_path
):
    db, _world = office
    page = make_page(qtbot, db)
    dialog = open_dialog(qtbot, page)
    dialog.round.setEditText("Endline 2027")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        task = dialog.save()
        assert task is not None and dialog.busy()
        assert not dialog.save_button.isEnabled() and not dialog.mou.isEnabled()
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close).text() == "Cancel"
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=WAIT_MS)

    (suggested, options) = save_as[0]
    assert Path(suggested).name == FLN_FILE
    assert options == {"options": QFileDialog.Option.DontConfirmOverwrite}
    saved = tmp_path / "stick" / FLN_FILE
    assert saved.is_file()
    assert dialog.outcome.text().splitlines()[:3] == [
        f"Saved to: {saved}",
        "7 schools; 42 students under their pseudonyms (84 rows to fill in).",
        "Keep until: 23/11/2027",
    ]
    assert dialog.save_button.isEnabled()  # another round or MoU may follow
    dialog.grab().save(str(SCREENSHOTS / "return_template_dialog.png"))

    # The log shows it at once, selected, as a return template.
    tab = page.log
    entry = tab.selected()
    assert entry is not None and entry.event == "template"
    assert entry.package_name == FLN_FILE
    assert tab.status_text(entry) == "Held until 23/11/2027"
    assert tab.status_line.text() == f"{FLN_FILE} saved and recorded in the log."
    row = [e.id for e in tab.shown()].index(entry.id)
    proxy = tab.proxy
    cells = {
        proxy.headerData(c, Qt.Orientation.Horizontal): proxy.data(proxy.index(row, c))
        for c in range(proxy.columnCount())
    }
    assert cells["Event"] == "Return template"
    assert cells["Schools"] == "7" and cells["Records"] == "49"
    # What does not apply is disabled, and says why.
    assert not tab.actions["receipt"].isEnabled()
    assert (
        tab.actions["receipt"].toolTip() == "A return template is not signed, so it has no hand-over receipt"
    )
    assert not tab.actions["undo"].isEnabled()
    assert "a template given to a partner stays in the log" in tab.actions["undo"].toolTip()
    assert tab.actions["erasure"].isEnabled() and tab.actions["erasure"].toolTip() == ""
    details = tab.show_details()
    assert details is not None
    assert details.windowTitle() == f"Return template {FLN_FILE}"
    assert "none: not signed" in details.text.toPlainText()
    details.grab().save(str(SCREENSHOTS / "return_template_details.png"))
    details.close()
    page.grab().save(str(SCREENSHOTS / "return_template_in_log.png"))

    # Who holds data about one of its schools: the partner the template went to.
    tab.holder_query.setText("29310100102")
    tab.school_button.click()
    assert [e.id for e in tab.shown()] == [entry.id]
    assert "Still held by: Akshara Learning Trust." in tab.narrowed_text.text()


def test_a_refusal_is_shown_and_nothing_is_recorded(qtbot, isolated_settings, office, save_as, tmp_path):
    db, _world = office
    (tmp_path / "stick" / FLN_FILE).write_bytes(b"the one given last month")
    before = row_counts(db)
    page = make_page(qtbot, db)
    dialog = open_dialog(qtbot, page)
    dialog.round.setEditText("Endline 2027")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=WAIT_MS)
    assert not dialog.refusal.isHidden()
    assert f"already holds a file named {FLN_FILE}" in dialog.refusal.text()
    assert dialog.outcome.isHidden()
    assert row_counts(db) == before
    assert log.list_entries(db) == []
    dialog.grab().save(str(SCREENSHOTS / "return_template_dialog_refused.png"))


def test_the_button_is_off_on_a_read_only_database(qtbot, isolated_settings, office):
    db, _world = office
    page = make_page(qtbot, db)
    assert page.template_button.isEnabled()
    db.read_only = True
    page.set_database(db)
    assert not page.template_button.isEnabled()
    db.read_only = False
