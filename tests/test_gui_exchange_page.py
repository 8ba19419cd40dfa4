"""The Exchange page: the log with its filters, erasure reminders and "who holds" questions, the
receipt, and the keys tab, on a real database (log rows added as the export and import add them)."""

from __future__ import annotations

import base64
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from db.models import ExchangeLogEntry
from desktop.services import organisations
from desktop.services.database import Database
from desktop.services.exchange import key_storage, keys, log, partner_keys
from desktop.services.exchange.fingerprints import fingerprint
from desktop.services.exchange.log import pack_student_keys
from desktop.services.organisations import OrganisationInput
from desktop.ui.pages.exchange_log_parts import financial_year
from desktop.ui.pages.exchange_page import ExchangePage
from tests.keyring_backends import MemoryKeyring

TODAY = date(2026, 11, 23)
AKSHARA = "ಅಕ್ಷರ ಫೌಂಡೇಶನ್"
PRATHAM = "ಪ್ರಥಮ್ ಬುಕ್ಸ್"
PASSPHRASE = "mango monsoon ledger 42"


@pytest.fixture
def orgs(db: Database) -> dict[str, int]:
    made = {}
    for name in (AKSHARA, PRATHAM):
        made[name] = organisations.create_organisation(db, OrganisationInput(name=name, kind="NGO")).id
    return made


def add_entry(db: Database, **values) -> int:  # type: ignore[no-untyped-def]
    """One log row as the export or import writes it."""
    row = dict(
        event="export",
        package_id=f"0f5e0c8e-0000-4000-8000-{len(str(values)):012d}",
        format_version=1,
        mou_reference="DIET/KWR/MOU/2026-01",
        partner_names=[AKSHARA],
        organisation_ids=[1],
        purpose="Plan the FLN programme",
        categories=["school_directory"],
        fields={"school_directory": ["udise_code", "school_name"]},
        counts={"schools": 2},
        school_codes=["29200100101", "29200100102"],
        student_keys=None,
        package_name="DIET-KWR-MOU-2026-01.zip",
        package_sha256="ab" * 32,
        package_size=4096,
        signer_fingerprint="3F2A 9C1B",
        keep_until=date(2027, 5, 23),
        operator="tester",
        occurred_at=datetime(2026, 5, 23, 6, 0, tzinfo=UTC),
    )
    row.update(values)
    with db.transaction() as session:
        entry = ExchangeLogEntry(**row)
        session.add(entry)
        session.flush()
        return entry.id


def make_page(qtbot, db: Database) -> ExchangePage:  # type: ignore[no-untyped-def]
    page = ExchangePage(db, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    return page


def shown_ids(page: ExchangePage) -> list[int]:
    return [entry.id for entry in page.log.shown()]


def column_of(page: ExchangePage, header: str) -> int:
    proxy = page.log.proxy
    return next(
        c for c in range(proxy.columnCount()) if proxy.headerData(c, Qt.Orientation.Horizontal) == header
    )


def cell(page: ExchangePage, row: int, header: str) -> str:
    proxy = page.log.proxy
    return proxy.data(proxy.index(row, column_of(page, header)))


def save(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def new_public_key() -> str:
    return base64.b64encode(Ed25519PrivateKey.generate().public_key().public_bytes_raw()).decode("ascii")


# --- the log ----------------------------------------------------------------------------------


def test_the_financial_year_runs_from_april_to_march() -> None:
    assert financial_year(date(2026, 11, 23)) == (date(2026, 4, 1), date(2027, 3, 31))
    assert financial_year(date(2027, 3, 31)) == (date(2026, 4, 1), date(2027, 3, 31))
    assert financial_year(date(2027, 4, 1)) == (date(2027, 4, 1), date(2028, 3, 31))


def test_the_log_lists_this_financial_year_and_filters_by_event_partner_dates_and_mou(
    qtbot, isolated_settings, db: Database, orgs: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    akshara, pratham = orgs[AKSHARA], orgs[PRATHAM]
    may = add_entry(db, organisation_ids=[akshara], counts={"schools": 2, "student results": 1200})
    september = add_entry(
        db,
        package_id="september",
        mou_reference="DIET/KWR/MOU/2026-02",
        partner_names=[PRATHAM],
        organisation_ids=[pratham],
        occurred_at=datetime(2026, 9, 1, 6, 0, tzinfo=UTC),
    )
    imported = add_entry(
        db,
        event="import",
        package_id="october",
        organisation_ids=[akshara],
        keep_until=None,
        package_name="endline-from-akshara.zip",
        occurred_at=datetime(2026, 10, 1, 6, 0, tzinfo=UTC),
    )
    last_year = add_entry(
        db, package_id="old", organisation_ids=[akshara], occurred_at=datetime(2025, 12, 1, 6, 0, tzinfo=UTC)
    )
    page = make_page(qtbot, db)
    tab = page.log
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(tab.proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)

    assert (tab.since.date(), tab.until.date()) == (QDate(2026, 4, 1), QDate(2027, 3, 31))
    assert tab.since.displayFormat() == "dd/MM/yyyy"
    assert shown_ids(page) == [imported, september, may]  # the latest first
    assert tab.count.text() == "3 of 3"
    bottom = 2
    assert cell(page, bottom, "Date") == "23/05/2026"
    assert cell(page, bottom, "Event") == "Sent to partner"
    assert cell(page, bottom, "Partner(s)") == AKSHARA
    assert cell(page, bottom, "Categories") == "School directory"
    assert cell(page, bottom, "Records") == "1,202"
    assert cell(page, bottom, "Schools") == "2"
    assert cell(page, bottom, "Keep until") == "23/05/2027"
    assert cell(page, bottom, "Status") == "Held until 23/05/2027"
    assert cell(page, 0, "Status") == "Imported"
    assert cell(page, 0, "Package file") == "endline-from-akshara.zip"

    tab.direction.setCurrentIndex(tab.direction.findData("export"))
    assert shown_ids(page) == [september, may]
    tab.direction.setCurrentIndex(tab.direction.findData("import"))
    assert shown_ids(page) == [imported]
    tab.direction.setCurrentIndex(0)
    tab.partner.setCurrentIndex(tab.partner.findData(pratham))
    assert shown_ids(page) == [september]
    tab.partner.setCurrentIndex(tab.partner.findData(akshara))
    assert shown_ids(page) == [imported, may]
    tab.since.setDate(QDate(2025, 4, 1))
    assert shown_ids(page) == [imported, may, last_year]
    tab.until.setDate(QDate(2026, 9, 30))
    assert shown_ids(page) == [may, last_year]
    tab.partner.setCurrentIndex(0)
    tab.mou_search.setText("mou/2026-02")  # the MoU search narrows what the filters read
    assert shown_ids(page) == [september]
    assert tab.count.text() == "1 of 3"
    tab.mou_search.clear()

    # A header click sorts dates as dates: 01/12/2025 before 23/05/2026 before 01/09/2026.
    tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert shown_ids(page) == [last_year, may, september]
    tab.table.sortByColumn(column_of(page, "Records"), Qt.SortOrder.DescendingOrder)  # 1,202 first
    assert shown_ids(page)[0] == may


def test_the_banner_lists_packages_past_keep_until_and_a_deletion_is_recorded(
    qtbot, isolated_settings, db: Database, orgs: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    overdue = add_entry(db, keep_until=date(2026, 11, 1), package_name="akshara-may.zip")
    held = add_entry(db, package_id="held", keep_until=date(2027, 1, 1))
    page = make_page(qtbot, db)
    tab = page.log
    assert not tab.banner.isHidden()
    assert tab.banner_text.text() == (
        "1 package is past its keep-until date: ask the partner to confirm deletion."
    )
    tab.show_due_button.click()
    assert shown_ids(page) == [overdue]
    assert not tab.narrowed_bar.isHidden() and not tab.direction.isEnabled()
    assert cell(page, 0, "Status") == "Past keep-until (01/11/2026): ask for deletion"

    tab.select(overdue)
    assert tab.actions["erasure"].isEnabled() and tab.actions["receipt"].isEnabled()
    assert not tab.actions["undo"].isEnabled()
    dialog = tab.record_erasure()
    assert dialog.confirmed_on.date() == QDate(2026, 11, 23)
    # The confirmation falls between the day the package was sent and today.
    assert (dialog.confirmed_on.minimumDate(), dialog.confirmed_on.maximumDate()) == (
        QDate(2026, 5, 23),
        QDate(2026, 11, 23),
    )
    save(dialog)  # nobody named
    assert "Say who confirmed the deletion" in dialog.error_text("confirmed_by")
    assert log.entry(db, overdue).erasure is None and dialog.isVisible()
    dialog.confirmed_on.setDate(QDate(2026, 11, 20))
    dialog.widget("confirmed_by").setText("ರಮೇಶ್ ರಾವ್, Programme head")
    dialog.widget("note").setPlainText("Letter AF/2026/311")
    save(dialog)

    recorded = log.entry(db, overdue).erasure
    assert recorded is not None and recorded.confirmed_on == date(2026, 11, 20)
    assert recorded.note == "Letter AF/2026/311"
    assert tab.banner.isHidden()
    assert shown_ids(page) == []  # nothing is past keep-until any more
    assert tab.status_line.text() == "Deletion of akshara-may.zip recorded."
    tab.whole_log_button.click()
    assert tab.narrowed_bar.isHidden() and tab.direction.isEnabled()
    assert set(shown_ids(page)) == {overdue, held}
    tab.select(overdue)
    assert tab.selected().holding_status(TODAY) == "Deleted (confirmed 20/11/2026)"
    assert not tab.actions["erasure"].isEnabled()


def test_the_deletion_of_a_return_template_says_it_was_a_template(
    qtbot, isolated_settings, db: Database, orgs: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    package = add_entry(db, keep_until=date(2026, 11, 1), package_name="akshara-may.dcdpkg")
    template = add_entry(
        db,
        event="template",
        package_id="template",
        keep_until=date(2026, 11, 1),
        package_name="Return template DIET-KWR-MOU-2026-01 Endline.xlsx",
        signer_fingerprint="",
    )
    page = make_page(qtbot, db)
    tab = page.log
    tab.select(template)
    dialog = tab.record_erasure()
    about = dialog.widget("about").text()
    assert about.startswith(
        f"Return template DIET-KWR-MOU-2026-01 Endline.xlsx (a return template) was given to {AKSHARA} "
        "on 23/05/2026 under MoU DIET/KWR/MOU/2026-01."
    )
    dialog.reject()
    tab.select(package)
    dialog = tab.record_erasure()
    assert (
        dialog.widget("about")
        .text()
        .startswith(f"Package akshara-may.dcdpkg, sent to {AKSHARA} on 23/05/2026")
    )
    dialog.reject()


def test_who_holds_data_about_a_school_or_a_student(
    qtbot, isolated_settings, db: Database, orgs: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    first = add_entry(db, student_keys=pack_student_keys(["STU-1", "STU-2"]))
    second = add_entry(
        db,
        package_id="second",
        partner_names=[PRATHAM],
        school_codes=["29200100102"],
        student_keys=pack_student_keys(["STU-2"]),
        keep_until=date(2026, 10, 1),
        occurred_at=datetime(2026, 9, 1, 6, 0, tzinfo=UTC),
    )
    log.confirm_erasure(db, second, confirmed_on=date(2026, 10, 5), confirmed_by="Head", today=TODAY)
    add_entry(db, package_id="third", school_codes=["29200199999"])
    page = make_page(qtbot, db)
    tab = page.log
    assert len(shown_ids(page)) == 3

    tab.school_button.click()  # nothing typed: said beside the box, the log stays
    assert not tab.holder_error.isHidden() and "UDISE code" in tab.holder_error.text()
    assert len(shown_ids(page)) == 3 and tab.narrowed_bar.isHidden()

    tab.holder_query.setText("29200100102")
    tab.school_button.click()
    assert tab.holder_error.isHidden()
    assert shown_ids(page) == [second, first]
    assert tab.narrowed_text.text() == (
        f"2 packages carried data about school 29200100102. Still held by: {AKSHARA}. Deleted by: {PRATHAM}."
    )
    tab.holder_query.setText("STU-1")
    tab.student_button.click()
    assert shown_ids(page) == [first]
    assert tab.narrowed_text.text() == (
        f"1 package carried data about student STU-1. Still held by: {AKSHARA}."
    )
    tab.holder_query.setText("STU-9")
    tab.student_button.click()
    assert shown_ids(page) == []
    assert tab.narrowed_text.text() == "No package sent to a partner carried data about student STU-9."
    tab.whole_log_button.click()
    assert len(shown_ids(page)) == 3


def test_details_show_fields_counts_hash_and_signer(
    qtbot, isolated_settings, db: Database, orgs: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    entry_id = add_entry(db, note="Handed over at the district review")
    page = make_page(qtbot, db)
    page.log.select(entry_id)
    dialog = page.log.show_details()
    text = dialog.text.toPlainText()
    for expected in (
        "School directory",
        "The school's 11-digit UDISE code",
        "Name of the school",
        "ab" * 32,
        "3F2A 9C1B",
        "2 schools",
        "4,096 bytes",
        "Handed over at the district review",
        "Plan the FLN programme",
    ):
        assert expected in text
    dialog.close()


def test_the_receipt_of_an_export_is_saved_as_a_pdf(
    qtbot, isolated_settings, db: Database, orgs: dict[str, int], tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    keys.signing_key(db)
    own = keys.own_key(db)
    assert own is not None
    export = add_entry(db, signer_fingerprint=own.fingerprint, mou_id=None)
    imported = add_entry(db, event="import", package_id="in", keep_until=None)
    page = make_page(qtbot, db)
    page.log.select(imported)
    assert not page.log.actions["receipt"].isEnabled()  # receipts are for packages sent
    assert page.log.save_receipt() is None
    page.log.select(export)
    target = tmp_path / "out" / "receipt"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), "PDF files (*.pdf)"))
    task = page.log.save_receipt()
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    saved = target.with_suffix(".pdf")
    assert saved.read_bytes().startswith(b"%PDF")
    assert page.log.status_line.text() == f"Receipt saved to {saved}"


def test_undo_is_offered_only_for_an_import_not_yet_undone(
    qtbot, isolated_settings, db: Database, orgs: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    live = add_entry(db, event="import", package_id="live", keep_until=None)
    undone = add_entry(db, event="import", package_id="undone", keep_until=None)
    taking_back = add_entry(
        db, event="import_undone", package_id="undone", keep_until=None, refers_to_id=undone
    )
    page = make_page(qtbot, db)
    tab = page.log
    tab.select(live)
    assert tab.actions["undo"].isEnabled() and not tab.actions["erasure"].isEnabled()
    tab.select(undone)
    assert not tab.actions["undo"].isEnabled() and tab.selected().undone_by_id == taking_back
    assert tab.status_text(tab.selected()) == "Import undone"
    assert tab.undo_import() is None
    tab.select(taking_back)
    assert not tab.actions["undo"].isEnabled()


# --- keys -------------------------------------------------------------------------------------


def test_the_office_key_is_created_in_the_keyring_and_its_public_key_copied(
    qtbot, isolated_settings, db: Database, memory_keyring: MemoryKeyring
) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, db)
    tab = page.keys
    assert not tab.no_key.isHidden() and tab.fingerprint.isHidden()
    assert not tab.create_button.isHidden() and tab.replace_button.isHidden()
    dialog = tab.create_key()
    assert not dialog.asks_passphrase()  # the keyring keeps it
    dialog.widget("label").setText("DIET office PC")
    save(dialog)
    key = keys.own_key(db)
    assert key is not None and key.storage == "keyring" and key.label == "DIET office PC"
    assert list(memory_keyring.secrets) == [(key_storage.KEYRING_SERVICE, key.fingerprint)]
    assert tab.fingerprint.text() == key.fingerprint and not tab.fingerprint.isHidden()
    assert tab.public_key.text() == key.public_key
    # The whole key shows, with room for the box's margins: none of it scrolls out of sight.
    assert (
        tab.public_key.minimumWidth() >= tab.public_key.fontMetrics().horizontalAdvance(key.public_key) + 24
    )
    assert "system keyring" in tab.storage.text() or "Windows Credential Manager" in tab.storage.text()
    assert (
        tab.created.text() == f"Created on {key.created_at.astimezone():%d/%m/%Y} by tester · DIET office PC"
    )
    assert tab.create_button.isHidden() and not tab.replace_button.isHidden()
    tab.copy_button.click()
    assert QGuiApplication.clipboard().text() == key.public_key


def test_without_a_keyring_the_key_asks_for_a_passphrase(
    qtbot, isolated_settings, db: Database, no_keyring: None
) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, db)
    dialog = page.keys.create_key()
    assert dialog.asks_passphrase()
    save(dialog)
    assert "no keyring" in dialog.error_text("passphrase")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.again.setText(PASSPHRASE + "!")
    save(dialog)
    assert dialog.error_text("passphrase_again") == "The two passphrases differ; type the same one twice."
    dialog.passphrase.setText("short one")
    dialog.again.setText("short one")
    save(dialog)
    assert "at least 12 characters" in dialog.error_text("passphrase")
    assert keys.own_key(db) is None  # every refusal saved nothing
    dialog.passphrase.setText(PASSPHRASE)
    dialog.again.setText(PASSPHRASE)
    save(dialog)
    key = keys.own_key(db)
    assert key is not None and key.storage == "passphrase"
    assert (
        page.keys.storage.text() == "The private key is protected by a passphrase, asked for at every export."
    )
    assert keys.signing_key(db, passphrase=PASSPHRASE) is not None


def test_replacing_the_office_key_retires_it_with_a_reason(qtbot, isolated_settings, db: Database) -> None:  # type: ignore[no-untyped-def]
    old = keys.create_own_key(db)
    page = make_page(qtbot, db)
    tab = page.keys
    dialog = tab.replace_key()
    assert "new hand-over receipt" in dialog.findChild(type(tab.storage), "about").text()
    save(dialog)
    assert "Give the reason for retiring the key" in dialog.error_text("reason")
    assert keys.own_key(db) is not None
    dialog.widget("reason").setPlainText("The office PC was replaced")
    save(dialog)
    assert keys.own_key(db) is None
    assert not tab.create_button.isHidden() and tab.fingerprint.isHidden()
    assert not tab.earlier.isHidden()
    assert (
        f"{old.fingerprint} (retired" in tab.earlier.text()
        and "The office PC was replaced" in tab.earlier.text()
    )


def test_a_partner_key_is_registered_after_its_fingerprint_is_shown(
    qtbot, isolated_settings, db: Database, orgs: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, db)
    tab = page.keys
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    dialog = tab.register_partner_key()
    assert "group by group" in dialog.instruction.text()
    dialog.widget("organisation").setCurrentIndex(dialog.widget("organisation").findData(orgs[PRATHAM]))
    dialog.key_text.setPlainText("not a key at all!")
    assert dialog.fingerprint.text() == "—"
    save(dialog)
    assert "characters a key cannot have" in dialog.error_text("public_key")
    assert partner_keys.partner_keys(db) == []
    public_key = new_public_key()
    dialog.key_text.setPlainText(public_key[:20] + "\n" + public_key[20:])  # as copied over two lines
    assert dialog.error_text("public_key") == ""
    expected = fingerprint(base64.b64decode(public_key))
    assert dialog.fingerprint.text() == expected  # shown before anything is saved
    assert partner_keys.partner_keys(db) == []
    dialog.widget("label").setText("ಕಾರವಾರ ಕಚೇರಿ")
    save(dialog)
    registered = partner_keys.partner_keys(db)
    assert [(k.organisation_name, k.fingerprint, k.label) for k in registered] == [
        (PRATHAM, expected, "ಕಾರವಾರ ಕಚೇರಿ")
    ]
    assert tab.model.rowCount() == 1 and tab.selected().id == registered[0].id
    assert tab.status_line.text() == f"Key {expected} registered for {PRATHAM}."

    again = tab.register_partner_key()  # the same key for another partner
    again.key_text.setPlainText(public_key)
    save(again)
    assert f"already registered for {PRATHAM}" in again.general_error.text()
    assert len(partner_keys.partner_keys(db)) == 1


def test_a_partner_key_is_retired_with_a_reason_and_shown_with_the_retired(
    qtbot, isolated_settings, db: Database, orgs: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    key = partner_keys.register_partner_key(db, orgs[AKSHARA], new_public_key(), label="Laptop")
    page = make_page(qtbot, db)
    tab = page.keys
    assert not tab.actions["retire"].isEnabled()
    tab.table.selectRow(0)
    dialog = tab.retire_partner_key()
    save(dialog)
    assert "Give the reason" in dialog.error_text("reason")
    assert partner_keys.partner_keys(db)[0].active
    dialog.widget("reason").setPlainText("Laptop stolen")
    save(dialog)
    assert partner_keys.partner_keys(db) == []
    assert tab.model.rowCount() == 0 and tab.table.isColumnHidden(5)
    tab.show_retired.setChecked(True)
    assert tab.model.rowCount() == 1 and not tab.table.isColumnHidden(5)
    row = tab.model.row_at(0)
    assert row.id == key.id and row.retired_reason == "Laptop stolen"
    tab.table.selectRow(0)
    assert not tab.actions["retire"].isEnabled()  # already retired


def test_a_change_on_a_tab_tells_the_other_pages(qtbot, isolated_settings, db: Database) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, db)
    with qtbot.waitSignal(page.changed, timeout=1000):
        save(page.keys.create_key())


def test_a_read_only_database_offers_nothing_that_writes(
    qtbot, isolated_settings, db: Database, db_path: Path, orgs: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.opening import open_database

    exported = add_entry(db, keep_until=date(2026, 11, 1))
    imported = add_entry(db, event="import", package_id="in", keep_until=None)
    keys.create_own_key(db)
    partner_keys.register_partner_key(db, orgs[AKSHARA], new_public_key())
    second, _report = open_database(db_path, operator="other")  # the first window holds the lock
    try:
        assert second.read_only
        page = make_page(qtbot, second)
        assert not page.export_button.isEnabled() and not page.import_button.isEnabled()
        page.log.select(exported)
        assert page.log.actions["details"].isEnabled() and page.log.actions["receipt"].isEnabled()
        assert not page.log.actions["erasure"].isEnabled()
        page.log.select(imported)
        assert not page.log.actions["undo"].isEnabled()
        assert not page.keys.replace_button.isEnabled()
        page.keys.table.selectRow(0)
        assert not page.keys.actions["register"].isEnabled() and not page.keys.actions["retire"].isEnabled()
    finally:
        second.close()


def test_an_import_is_undone_in_the_background_after_a_question(
    qtbot, isolated_settings, db: Database, orgs: dict[str, int], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    imported = add_entry(
        db, event="import", package_id="in", keep_until=None, package_name="akshara-endline.zip"
    )
    page = make_page(qtbot, db)
    tab = page.log
    tab.select(imported)
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or answer)
    assert tab.undo_import() is None  # answered No: nothing changes
    assert "Undo the import of akshara-endline.zip" in asked[0]
    assert log.entry(db, imported).undone_by_id is None
    answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(page.changed, timeout=20000):
        tab.undo_import()
    undone_by = log.entry(db, imported).undone_by_id
    assert undone_by is not None
    assert tab.status_line.text().startswith("Import undone; the database as it was is kept in ")
    assert Path(tab.status_line.text().rsplit(" ", 1)[1]).exists()
    assert tab.selected().id == imported and tab.status_text(tab.selected()) == "Import undone"
    assert not tab.actions["undo"].isEnabled()
    assert undone_by in shown_ids(page)


def test_the_export_button_opens_the_wizard_and_its_closing_refreshes_the_log(
    qtbot, isolated_settings, db: Database, orgs: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.dialogs.export_wizard import ExportWizard

    page = make_page(qtbot, db)
    page.export_button.click()
    wizard = page.dialog
    assert isinstance(wizard, ExportWizard) and wizard.isVisible()
    written = add_entry(db)  # what the wizard writes, as it writes it
    assert shown_ids(page) == []
    with qtbot.waitSignal(page.changed, timeout=1000):
        wizard.reject()
    assert shown_ids(page) == [written]


def test_the_import_button_opens_the_package_import_wizard(
    qtbot, isolated_settings, db: Database, orgs: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.dialogs.package_import_wizard import PackageImportWizard

    page = make_page(qtbot, db)
    page.import_button.click()
    wizard = page.dialog
    assert isinstance(wizard, PackageImportWizard) and wizard.isVisible()
    assert wizard.state.today() == TODAY
    with qtbot.waitSignal(page.changed, timeout=1000):
        wizard.reject()
    assert not wizard.isVisible()
