"""The export wizard, driven through its pages on the small exchange district: MoU, contents,
drive, passphrases, writing in the background (cancel, failure and retry) and the receipt."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QFileDialog, QWizard
from sqlalchemy import select

from db.models import Mou, MouPartner, Organisation
from desktop.services.database import Database
from desktop.services.exchange import keys, log, sealing
from desktop.services.exchange.catalogue import CATEGORIES
from desktop.services.mous.register import mou_search_key
from desktop.ui.dialogs.export_drives import Volume, is_removable, mounted_volumes
from desktop.ui.dialogs.export_wizard import ExportWizard
from tests.exchange_fixtures import FLN_REFERENCE, TODAY, WIDE_REFERENCE, add_mou, build_district, row_counts

WAIT_MS = 30_000
OWN_PASSPHRASE = "mango-tree-by-the-river-2026"
KEY_PASSPHRASE = "office key of Sunnur DDPI"


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Packages locked with the cheapest key derivation readers accept: tests stay fast."""
    monkeypatch.setattr(sealing, "KDF_DEFAULT", {"name": "scrypt", "n": 2**10, "r": 8, "p": 1})


@pytest.fixture
def district(db: Database):  # type: ignore[no-untyped-def]
    built = build_district(db)
    _searchable(db)
    return built


def _searchable(db: Database) -> None:
    """What search scans for each MoU, as the MoU services keep it (the fixtures write rows straight)."""
    with db.transaction() as session:
        for mou in session.scalars(select(Mou)):
            partners = session.scalars(
                select(Organisation.name).join(MouPartner).where(MouPartner.mou_id == mou.id)
            ).all()
            mou.search_text = mou_search_key(mou.reference, mou.title, mou.focus, None, None, partners)


def _wizard(qtbot, db: Database) -> ExportWizard:  # type: ignore[no-untyped-def]
    wizard = ExportWizard(db, today=lambda: TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _button(wizard: ExportWizard, which: QWizard.WizardButton):  # type: ignore[no-untyped-def]
    return wizard.button(which)


def _next(wizard: ExportWizard) -> None:
    button = _button(wizard, QWizard.WizardButton.NextButton)
    assert button.isEnabled() and button.isVisible()
    button.click()


def _to_drive(wizard: ExportWizard, reference: str = FLN_REFERENCE) -> None:
    wizard.mou_page.select(reference)
    _next(wizard)
    _next(wizard)
    assert wizard.currentPage() is wizard.drive_page


def _choose_folder(monkeypatch, wizard: ExportWizard, folder: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    wizard.drive_page.choose_button.click()


def _to_write(monkeypatch, wizard: ExportWizard, folder: Path) -> None:  # type: ignore[no-untyped-def]
    _to_drive(wizard)
    _choose_folder(monkeypatch, wizard, folder)
    _next(wizard)
    _next(wizard)
    assert wizard.currentPage() is wizard.write_page


def _write(qtbot, wizard: ExportWizard) -> None:  # type: ignore[no-untyped-def]
    page = wizard.write_page
    assert page.write_button.isEnabled()
    page.write_button.click()
    qtbot.waitUntil(lambda: not page.busy(), timeout=WAIT_MS)


def _stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def _tester(model) -> QAbstractItemModelTester:  # type: ignore[no-untyped-def]
    return QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)


def test_an_export_goes_through_every_page(qtbot, monkeypatch, db, district, tmp_path) -> None:  # type: ignore[no-untyped-def]
    stick = _stick(tmp_path)
    wizard = _wizard(qtbot, db)
    testers = [_tester(m) for m in (wizard.mou_page.model, wizard.mou_page.proxy, wizard.drive_page.model)]
    exported: list[int] = []
    wizard.exported.connect(exported.append)
    page = wizard.mou_page
    assert page.shown_references() == [FLN_REFERENCE, WIDE_REFERENCE]  # active ones, soonest end first
    assert not _button(wizard, QWizard.WizardButton.NextButton).isEnabled()  # nothing chosen yet
    page.search.setText("akshara")
    assert page.shown_references() == [FLN_REFERENCE] and page.count.text() == "1 of 2"
    page.select(FLN_REFERENCE)
    assert not page.refusal.isVisible()
    assert "For: Akshara Learning Trust" in page.summary.text()
    assert "allow 3 categories of data about 7 schools" in page.summary.text()
    _next(wizard)

    contents = wizard.contents_page
    assert contents.checked_categories() == (
        "school_directory",
        "assessment_aggregates",
        "student_results_pseudonymised",
    )
    directory = contents.items["school_directory"]
    assert directory.text(2) == "7" and directory.text(3) == "23/11/2027"
    assert directory.text(4) == "Plan school visits"
    fields = [directory.child(i).text(1) for i in range(directory.childCount())]
    assert fields == list(CATEGORIES["school_directory"].columns)
    assert directory.child(0).text(0) == "The school's 11-digit UDISE code"
    assert [contents.rounds.item(i).text() for i in range(contents.rounds.count())] == [
        "Baseline 2026",
        "Camp check 2026",
        "Midline 2026",
    ]
    assert "Keep until 23/11/2027" in contents.package.text()
    assert "the MoU's terms do not allow them" in contents.left_out.text()
    assert "groups of fewer than 5 students are suppressed" in contents.left_out.text()
    results = contents.items["student_results_pseudonymised"]
    both_rounds = int(results.text(2))
    contents.rounds.item(2).setCheckState(Qt.CheckState.Unchecked)  # Midline left out
    assert int(results.text(2)) < both_rounds
    assert wizard.state.round_ids == (
        district.round_ids["Baseline 2026"],
        district.round_ids["Camp check 2026"],
    )
    contents.set_category("assessment_aggregates", False)
    assert contents.items["assessment_aggregates"].text(2) == "left out"
    assert contents.items["assessment_aggregates"].child(0).isDisabled()
    assert not contents.items["assessment_aggregates"].isExpanded() and directory.isExpanded()
    assert "suppressed" not in contents.left_out.text()
    assert wizard.state.preview.scope.category_codes == ("school_directory", "student_results_pseudonymised")
    _next(wizard)

    _choose_folder(monkeypatch, wizard, stick)
    assert wizard.state.folder == stick and "Free on this drive:" in wizard.drive_page.space.text()
    _next(wizard)

    passphrase = wizard.passphrase_page
    assert passphrase.use_suggested.isChecked() and not passphrase.key_box.isVisible()
    suggestion = passphrase.suggestion.text()
    assert len(suggestion) == 29 and suggestion.count("-") == 5
    passphrase.copy_button.click()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == suggestion
    _next(wizard)

    write = wizard.write_page
    assert (
        "School directory" in write.summary.text()
        and "Rounds: Baseline 2026, Camp check 2026" in write.summary.text()
    )
    assert not _button(wizard, QWizard.WizardButton.NextButton).isEnabled()  # not written yet
    _write(qtbot, wizard)
    result = wizard.state.result
    assert result is not None and result.path.exists() and result.path.parent == stick
    assert [p.name for p in stick.iterdir()] == [result.path.name]
    assert write.outcome_values["sha256"].text() == result.sha256
    assert write.outcome_values["path"].text() == str(result.path)
    assert write.outcome_values["keep_until"].text() == "23/11/2027"
    assert write.outcome_values["fingerprint"].text() == keys.own_key(db).fingerprint
    assert exported == [result.log_id]
    entry = log.entry(db, result.log_id)
    assert tuple(entry.categories) == ("school_directory", "student_results_pseudonymised")
    assert entry.package_sha256 == result.sha256
    assert wizard.state.passphrase == "" and passphrase.suggestion.text() == ""  # forgotten
    assert not _button(wizard, QWizard.WizardButton.BackButton).isEnabled()  # no way back
    _next(wizard)

    receipt = wizard.receipt_page
    qtbot.waitUntil(lambda: receipt.pdf is not None, timeout=WAIT_MS)
    assert not receipt.page_image.pixmap().isNull()
    assert not _button(wizard, QWizard.WizardButton.BackButton).isVisible()
    saved = tmp_path / "receipt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(saved), ""))
    receipt.save_button.click()
    assert saved.with_suffix(".pdf").read_bytes().startswith(b"%PDF")
    assert receipt.message.text() == f"Saved {saved.with_suffix('.pdf')}"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert receipt.print_receipt(printer)
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")
    _button(wizard, QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()
    del testers


@pytest.mark.parametrize(
    ("status", "start", "end", "terminated_on", "expected"),
    [
        ("draft", date(2026, 6, 1), date(2027, 5, 31), None, "is draft: it is not signed yet"),
        ("expired", date(2025, 6, 1), date(2026, 5, 31), None, "expired on 31/05/2026"),
        (
            "terminated",
            date(2026, 1, 1),
            date(2027, 5, 31),
            date(2026, 10, 2),
            "was terminated on 02/10/2026",
        ),
        ("active", date(2025, 6, 1), date(2026, 11, 1), None, "expired on 01/11/2026"),
    ],
)
def test_an_mou_that_cannot_export_says_why_and_next_stays_disabled(  # type: ignore[no-untyped-def]
    qtbot, db, district, status, start, end, terminated_on, expected
) -> None:
    add_mou(
        db, district, "DDPI/SNR/MOU/OLD", status=status, start=start, end=end, terminated_on=terminated_on
    )
    before = row_counts(db)
    wizard = _wizard(qtbot, db)
    page = wizard.mou_page
    assert page.shown_references()[-1] == "DDPI/SNR/MOU/OLD" or status == "active"
    page.select("DDPI/SNR/MOU/OLD")
    assert page.refusal.isVisible() and expected in page.refusal.text()
    assert not page.summary.isVisible()
    assert not _button(wizard, QWizard.WizardButton.NextButton).isEnabled()
    page.select(FLN_REFERENCE)  # choosing an MoU that can export clears the refusal
    assert not page.refusal.isVisible() and _button(wizard, QWizard.WizardButton.NextButton).isEnabled()
    assert row_counts(db) == before


def test_an_mou_without_terms_cannot_export(qtbot, db, district) -> None:  # type: ignore[no-untyped-def]
    add_mou(db, district, "DDPI/SNR/MOU/NOTERMS", shares=(), block_names=("Kundgol",))
    wizard = _wizard(qtbot, db)
    wizard.mou_page.select("DDPI/SNR/MOU/NOTERMS")
    assert "has no data-sharing terms" in wizard.mou_page.refusal.text()
    assert not _button(wizard, QWizard.WizardButton.NextButton).isEnabled()


def test_choosing_nothing_is_refused_on_the_contents_page(qtbot, db, district) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, db)
    wizard.mou_page.select(FLN_REFERENCE)
    _next(wizard)
    contents = wizard.contents_page
    for position in range(contents.rounds.count()):
        contents.rounds.item(position).setCheckState(Qt.CheckState.Unchecked)
    assert "Choose at least one assessment round" in contents.problem.text()
    assert not _button(wizard, QWizard.WizardButton.NextButton).isEnabled()
    contents.set_category("assessment_aggregates", False)
    contents.set_category("student_results_pseudonymised", False)
    assert not contents.problem.isVisible() and not contents.rounds.isEnabled()  # no category uses rounds
    assert _button(wizard, QWizard.WizardButton.NextButton).isEnabled()
    contents.set_category("school_directory", False)
    assert "Choose at least one category" in contents.problem.text()
    assert not _button(wizard, QWizard.WizardButton.NextButton).isEnabled()
    # Back and forth to the same MoU keeps the choices; another MoU starts afresh.
    contents.set_category("school_directory", True)
    _button(wizard, QWizard.WizardButton.BackButton).click()
    _next(wizard)
    assert contents.checked_categories() == ("school_directory",)
    _button(wizard, QWizard.WizardButton.BackButton).click()
    wizard.mou_page.select(WIDE_REFERENCE)
    _next(wizard)
    assert len(contents.checked_categories()) == 5
    assert "Officials' names, phone numbers" not in contents.left_out.text()
    contents.set_category("official_contacts", False)
    assert "Officials' names, phone numbers and email addresses: left out." in contents.left_out.text()


def test_passphrases_that_differ_or_are_too_short_are_refused(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch, db, district, tmp_path
) -> None:
    wizard = _wizard(qtbot, db)
    _to_drive(wizard)
    _choose_folder(monkeypatch, wizard, _stick(tmp_path))
    _next(wizard)
    page = wizard.passphrase_page
    first = page.suggestion.text()
    page.another_button.click()
    assert page.suggestion.text() != first
    page.use_own.setChecked(True)
    assert not page.copy_button.isEnabled() and page.own.isEnabled()
    assert not _button(wizard, QWizard.WizardButton.NextButton).isEnabled()  # nothing typed yet
    assert page.own.echoMode() == page.own.EchoMode.Password
    page.show_typed.setChecked(True)
    assert page.own.echoMode() == page.own.EchoMode.Normal
    page.own.setText("short one")
    page.own_again.setText("short one")
    _next(wizard)
    assert wizard.currentPage() is page
    assert "at least 12 characters; this one has 9" in page.fields.error_text("passphrase")
    page.own.setText(OWN_PASSPHRASE)
    assert page.fields.error_text("passphrase") == ""  # typing clears the message
    page.own_again.setText(OWN_PASSPHRASE + "!")
    _next(wizard)
    assert wizard.currentPage() is page
    assert "not the same" in page.fields.error_text("passphrase_again")
    page.own_again.setText(OWN_PASSPHRASE)
    _next(wizard)
    assert wizard.currentPage() is wizard.write_page
    assert wizard.state.passphrase == OWN_PASSPHRASE and wizard.state.key_passphrase is None


def test_without_a_keyring_the_office_key_passphrase_is_asked_for(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch, db, district, tmp_path, no_keyring
) -> None:
    stick = _stick(tmp_path)
    wizard = _wizard(qtbot, db)
    _to_drive(wizard)
    _choose_folder(monkeypatch, wizard, stick)
    _next(wizard)
    page = wizard.passphrase_page
    assert page.key_box.isVisible() and page.key_again.isVisible()  # the first signing makes the key
    assert "no keyring" in page.key_explanation.text()
    assert not _button(wizard, QWizard.WizardButton.NextButton).isEnabled()
    page.key.setText("too short")
    _next(wizard)
    assert "at least 12 characters long; this one has 9" in page.fields.error_text("key_passphrase")
    page.key.setText(page.suggestion.text())
    page.key_again.setText(page.suggestion.text())
    _next(wizard)
    assert "the office's key needs a passphrase of its own" in page.fields.error_text("key_passphrase")
    page.key.setText(KEY_PASSPHRASE)
    page.key_again.setText(KEY_PASSPHRASE + " ")
    _next(wizard)
    assert "not the same" in page.fields.error_text("key_passphrase_again")
    page.key_again.setText(KEY_PASSPHRASE)
    _next(wizard)
    assert "creates the office's signing key" in wizard.write_page.summary.text()
    _write(qtbot, wizard)
    assert wizard.state.result is not None and keys.own_key(db).storage == "passphrase"

    # The next export signs with that key: its passphrase once, checked on the page.
    again = _wizard(qtbot, db)
    _to_drive(again)
    _choose_folder(monkeypatch, again, stick)
    _next(again)
    page = again.passphrase_page
    assert page.key_box.isVisible() and not page.key_again.isVisible()
    assert keys.own_key(db).fingerprint in page.key_explanation.text()
    page.key.setText("not the key's passphrase")
    _next(again)
    assert again.currentPage() is page
    assert "That is not the passphrase of this office's signing key" in page.fields.error_text(
        "key_passphrase"
    )
    page.key.setText(KEY_PASSPHRASE)
    _next(again)
    _write(qtbot, again)
    assert again.state.result is not None and len(list(stick.iterdir())) == 2


def test_cancelling_the_write_leaves_no_file_and_no_log_entry(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch, db, district, tmp_path
) -> None:
    stick = _stick(tmp_path)
    wizard = _wizard(qtbot, db)
    _to_write(monkeypatch, wizard, stick)
    before = row_counts(db)["exchange_log"]
    page = wizard.write_page
    page.write()
    assert page.cancel_button.isVisible() and not page.write_button.isEnabled()
    assert not _button(wizard, QWizard.WizardButton.BackButton).isEnabled()  # not while writing
    page.cancel_button.click()
    qtbot.waitUntil(lambda: not page.busy(), timeout=WAIT_MS)
    assert page.status.text() == ("Cancelled. Nothing was written to the drive and nothing was recorded.")
    assert list(stick.iterdir()) == [] and row_counts(db)["exchange_log"] == before
    assert wizard.state.result is None
    assert not _button(wizard, QWizard.WizardButton.NextButton).isEnabled()
    assert _button(wizard, QWizard.WizardButton.BackButton).isEnabled() and page.write_button.isEnabled()
    _write(qtbot, wizard)  # and it can be written after all
    assert wizard.state.result is not None and row_counts(db)["exchange_log"] == before + 1


def test_a_failed_write_says_why_and_can_be_retried(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch, db, district, tmp_path
) -> None:
    stick = _stick(tmp_path)
    wizard = _wizard(qtbot, db)
    _to_write(monkeypatch, wizard, stick)
    stick.rmdir()  # the stick was pulled out after it was chosen
    _write(qtbot, wizard)
    page = wizard.write_page
    assert page.failure.isVisible() and str(stick) in page.failure.text()
    assert page.status.text() == "Nothing was written to the drive and nothing was recorded."
    assert row_counts(db)["exchange_log"] == 0 and wizard.state.result is None
    assert _button(wizard, QWizard.WizardButton.BackButton).isEnabled()
    stick.mkdir()  # plugged in again
    _write(qtbot, wizard)
    assert not page.failure.isVisible() and wizard.state.result is not None


def test_closing_while_writing_cancels_and_waits(qtbot, monkeypatch, db, district, tmp_path) -> None:  # type: ignore[no-untyped-def]
    stick = _stick(tmp_path)
    wizard = _wizard(qtbot, db)
    _to_write(monkeypatch, wizard, stick)
    wizard.write_page.write()
    wizard.reject()
    assert wizard.isVisible()  # open until the write has stopped
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=WAIT_MS)
    assert list(stick.iterdir()) == [] and row_counts(db)["exchange_log"] == 0
    wizard.reject()
    assert not wizard.isVisible()


def test_a_removable_drive_is_chosen_first(qtbot, db, district, tmp_path) -> None:  # type: ignore[no-untyped-def]
    stick = _stick(tmp_path)
    wizard = _wizard(qtbot, db)
    _to_drive(wizard)
    page = wizard.drive_page
    tester = _tester(page.model)
    page.folder.clear()
    page.set_volumes(
        [
            Volume("USB DRIVE", stick, 3 * 1024**3, 8 * 1024**3, True),
            Volume("Local Disk", tmp_path, 80 * 1024**3, 256 * 1024**3, False),
        ]
    )
    assert page.folder.text() == str(stick) and wizard.state.folder == stick
    assert page.model.data(page.model.index(0, 2)) == "Removable"
    assert page.model.data(page.model.index(0, 3)) == "3.0 GB"
    page.folder.setText(str(tmp_path / "nowhere"))
    assert "There is no folder" in page.space.text()
    assert not _button(wizard, QWizard.WizardButton.NextButton).isEnabled()
    page.table.selectRow(1)
    assert (
        page.folder.text() == str(tmp_path) and _button(wizard, QWizard.WizardButton.NextButton).isEnabled()
    )
    del tester


@pytest.mark.skipif(sys.platform == "win32", reason="mount points of Linux and macOS")
def test_the_volumes_listed_are_writable_drives() -> None:
    assert is_removable("/media/office/USB DRIVE") and is_removable("/run/media/office/KINGSTON")
    assert not is_removable("/") and not is_removable("/home")
    for volume in mounted_volumes():
        assert 0 <= volume.free <= volume.total and volume.root.is_dir()
