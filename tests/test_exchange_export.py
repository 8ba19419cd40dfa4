"""The whole export: a package written for an MoU, read back and checked; the log and receipt.

The scope rules themselves are tested on the tables (test_exchange_tables.py); here every check
reads the written package back through the verifier, as a partner would.
"""

from __future__ import annotations

import io
import threading
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.services.errors import ConflictError
from desktop.services.exchange import export, key_storage, keys, log
from desktop.services.exchange.catalogue import CATEGORIES
from desktop.services.exchange.package import OpenedPackage, verify_package
from desktop.services.exchange.receipts import receipt_pdf_for
from desktop.services.exchange.table_files import read_csv_table
from desktop.services.progress import CancelledError, Progress
from tests.exchange_fixtures import (
    OFFICIALS,
    STUDENT_KEYS,
    STUDENT_NAMES,
    TODAY,
    DistrictTemplate,
    add_mou,
    build_template,
    district_copy,
    row_counts,
)

CHEAP_KDF = {"name": "scrypt", "n": 2**10, "r": 8, "p": 1}
PASSPHRASE = "KVD7-MQ4X-R2TA-HN6P"
NOW = datetime(2026, 11, 23, 6, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> DistrictTemplate:
    return build_template(tmp_path_factory.mktemp("exchange-export"))


@pytest.fixture
def world(template: DistrictTemplate, tmp_path: Path) -> Iterator[tuple]:
    with district_copy(template, tmp_path) as opened:
        yield opened


def _export(db, mou_id: int, folder: Path, **options) -> export.ExportResult:  # type: ignore[no-untyped-def]
    folder.mkdir(parents=True, exist_ok=True)
    request = export.ExportRequest(mou_id, folder, PASSPHRASE, TODAY, **options)
    return export.export_package(db, request, now=NOW, kdf=CHEAP_KDF)


def _open(db, path: Path) -> OpenedPackage:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        trusted = keys.trusted_public_keys(session)
    return verify_package(path, PASSPHRASE, trusted)


def _all_bytes(opened: OpenedPackage) -> bytes:
    """Every file's bytes, the workbook's XML unzipped, for searching."""
    parts = [opened.readme.encode()]
    for name, data in opened.files.items():
        if name.endswith(".xlsx"):
            with zipfile.ZipFile(io.BytesIO(data)) as book:
                parts += [book.read(member) for member in book.namelist()]
        else:
            parts.append(data)
    return b"\n".join(parts)


def test_a_package_reads_back_with_its_manifest_log_and_receipt(world, tmp_path):
    db, district = world
    result = _export(db, district.wide_mou_id, tmp_path / "usb")
    assert result.path.parent == tmp_path / "usb" and result.path.suffix == ".zip"
    assert result.path.name.startswith("DDPI-SNR-MOU-2026-02_20261123_")
    assert not list((tmp_path / "usb").glob(".*partial"))

    opened = _open(db, result.path)
    manifest = opened.manifest
    assert manifest["package_id"] == result.package_id
    assert manifest["direction"] == "to_partner"
    assert manifest["mou"]["reference"] == "DDPI/SNR/MOU/2026/02"
    assert manifest["recipients"] == ["Kalike Foundation"]
    assert manifest["exported_by"] == "tester"
    assert [c["code"] for c in manifest["categories"]] == list(CATEGORIES)
    # One keep-until for the package: the earliest of its categories (contacts, 6 months).
    assert manifest["keep_until"] == "2027-05-23"
    assert {f["name"] for f in manifest["files"]} == {f"{c.table}.csv" for c in CATEGORIES.values()} | {
        "tables.xlsx"
    }
    assert "district-desk verify" in opened.readme and manifest["signer"]["fingerprint"] in opened.readme

    entry = log.entry(db, result.log_id)
    assert entry.event == "export" and entry.package_sha256 == result.sha256
    assert entry.package_size == result.path.stat().st_size
    assert entry.keep_until.isoformat() == "2027-05-23"
    assert entry.school_count == manifest["schools"] > 0
    assert entry.signer_fingerprint == manifest["signer"]["fingerprint"]
    assert [e.id for e in log.holders_of_student(db, STUDENT_KEYS[0])] == [result.log_id]

    receipt = receipt_pdf_for(db, result.log_id)
    reader = PdfReader(io.BytesIO(receipt))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "DDPI/SNR/MOU/2026/02" in text and "23/05/2027" in text


@pytest.mark.parametrize("code", list(CATEGORIES))
def test_a_package_read_back_holds_only_the_allowed_category_and_its_fields(world, tmp_path, code):
    db, district = world
    mou_id = add_mou(
        db, district, f"DDPI/SNR/ONLY/{code}", whole_district=True, shares=[(code, "One purpose", 12)]
    )
    opened = _open(db, _export(db, mou_id, tmp_path / "usb").path)
    category = CATEGORIES[code]
    assert set(opened.files) == {f"{category.table}.csv", "tables.xlsx"}
    header, rows = read_csv_table(opened.files[f"{category.table}.csv"])
    assert tuple(header) == category.columns
    assert rows
    with zipfile.ZipFile(io.BytesIO(opened.files["tables.xlsx"])) as book:
        sheets = book.read("xl/workbook.xml").decode()
    assert f'name="{category.table}"' in sheets
    for other in CATEGORIES.values():
        if other.table != category.table:
            assert f'name="{other.table}"' not in sheets
    everything = _all_bytes(opened)
    for key in STUDENT_KEYS:
        assert key.encode() not in everything
    for name in STUDENT_NAMES:
        assert name.encode() not in everything
    for phone, email in OFFICIALS.values():
        assert (email.encode() in everything) == (code == "official_contacts")
        assert (phone.encode() in everything) == (code == "official_contacts")


def test_pseudonyms_in_packages_are_stable_per_mou_and_differ_between_mous(world, tmp_path):
    db, district = world

    def pseudonyms(mou_id: int, folder: str) -> set[str]:
        opened = _open(
            db, _export(db, mou_id, tmp_path / folder, categories=("student_results_pseudonymised",)).path
        )
        _header, rows = read_csv_table(opened.files["student_results.csv"])
        return {row[0] for row in rows}

    first = pseudonyms(district.wide_mou_id, "a")
    again = pseudonyms(district.wide_mou_id, "b")
    other = pseudonyms(district.fln_mou_id, "c")
    assert first == again
    assert first and other and not first & other
    assert not first & set(STUDENT_KEYS)


def test_an_mou_that_cannot_export_writes_nothing(world, tmp_path):
    db, district = world
    expired = add_mou(db, district, "DDPI/SNR/OLD", status="expired", whole_district=True)
    before = row_counts(db)
    with pytest.raises(ConflictError, match="expired"):
        _export(db, expired, tmp_path / "usb")
    assert list((tmp_path / "usb").iterdir()) == []
    after = row_counts(db)
    assert after["exchange_log"] == before["exchange_log"]
    assert after["mou_exchange_secret"] == before["mou_exchange_secret"]


def test_a_failure_after_writing_removes_the_package_and_records_nothing(world, tmp_path, monkeypatch):
    db, district = world
    before = row_counts(db)

    def broken(keys_):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk full while logging")

    monkeypatch.setattr(export, "pack_student_keys", broken)
    with pytest.raises(RuntimeError):
        _export(db, district.wide_mou_id, tmp_path / "usb")
    assert list((tmp_path / "usb").iterdir()) == []
    after = row_counts(db)
    assert after["exchange_log"] == before["exchange_log"]
    assert after["mou_exchange_secret"] == before["mou_exchange_secret"]


def test_cancelling_leaves_no_file_and_no_entry(world, tmp_path):
    db, district = world
    before = row_counts(db)
    stop = threading.Event()

    def cancel_while_writing(done: int, total: int, message: str) -> None:
        if done >= 50:
            stop.set()

    watched = Progress(cancel_while_writing, stop)
    (tmp_path / "usb").mkdir()
    request = export.ExportRequest(district.wide_mou_id, tmp_path / "usb", PASSPHRASE, TODAY)
    with pytest.raises(CancelledError):
        export.export_package(db, request, now=NOW, kdf=CHEAP_KDF, progress=watched)
    assert list((tmp_path / "usb").iterdir()) == []
    assert row_counts(db)["exchange_log"] == before["exchange_log"]


def test_without_a_keyring_the_office_key_asks_for_its_passphrase(world, tmp_path, no_keyring):
    db, district = world
    with pytest.raises(key_storage.PassphraseNeededError):
        _export(db, district.fln_mou_id, tmp_path / "usb")
    assert list((tmp_path / "usb").iterdir()) == []
    result = _export(db, district.fln_mou_id, tmp_path / "usb", key_passphrase="office key passphrase 1")
    assert keys.own_key(db).storage == "passphrase"
    assert _open(db, result.path).manifest["signer"]["fingerprint"] == keys.own_key(db).fingerprint


def test_the_preview_counts_what_the_package_holds(world, tmp_path):
    db, district = world
    preview = export.preview_export(db, district.fln_mou_id, today=TODAY)
    result = _export(db, district.fln_mou_id, tmp_path / "usb")
    written = {c["code"]: c["records"] for c in result.manifest["categories"]}
    assert preview.records == written
    assert export.mou_id_for_reference(db, " ddpi/snr/mou/2026/01 ") == district.fln_mou_id


def test_an_mou_reference_that_does_not_exist_is_named(world):
    db, _district = world
    from desktop.services.errors import NotFoundError

    with pytest.raises(NotFoundError, match="'NO/SUCH/MOU'"):
        export.mou_id_for_reference(db, "NO/SUCH/MOU")
