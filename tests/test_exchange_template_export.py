"""Giving a partner the return template: the file written safely, and what left recorded in the
exchange log in the same transaction (or, on any failure or refusal, neither)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from db.models import ExchangeLogEntry, MouExchangeSecret
from desktop.services.database import Database
from desktop.services.errors import ConflictError, NotFoundError, ValidationError
from desktop.services.exchange import log, receipts
from desktop.services.exchange.log import LogFilter, unpack_student_keys
from desktop.services.exchange.pseudonyms import mou_secret, pseudonym
from desktop.services.exchange.return_template_export import (
    TemplateWriteError,
    export_return_template,
    preview_template,
    template_choices,
    template_file_name,
)
from desktop.services.exchange.return_template_reader import read_return_template
from desktop.services.exchange.scope import export_scope
from desktop.services.progress import CancelledError, Progress
from tests.exchange_fixtures import (
    FLN_REFERENCE,
    PUPILS,
    SCHOOLS,
    SUBJECTS,
    TODAY,
    DistrictTemplate,
    ExchangeDistrict,
    add_mou,
    build_template,
    district_copy,
    row_counts,
)

ROUND = "Endline 2027"
NOW = datetime(2026, 11, 23, 15, 30, tzinfo=timezone(timedelta(hours=5, minutes=30)))
FLN_NAME = "Return template DDPI-SNR-MOU-2026-01 Endline 2027.xlsx"
FLN_SCHOOLS = sorted(
    {code for code, _n, _l, block, _c, _p in SCHOOLS if block == "Hubballi"} | {"29310200101"}
)
FLN_STUDENTS = {key for code, key, _name, _gender in PUPILS if code in FLN_SCHOOLS}
KUNDGOL_SCHOOL = "29310200102"  # not covered by the FLN MoU


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> DistrictTemplate:
    return build_template(tmp_path_factory.mktemp("template-export"))


@pytest.fixture
def office(district: DistrictTemplate, tmp_path: Path) -> Iterator[tuple[Database, ExchangeDistrict]]:
    with district_copy(district, tmp_path) as opened:
        yield opened


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def make(db: Database, mou_id: int, path: Path, round_name: str = ROUND):  # type: ignore[no-untyped-def]
    return export_return_template(db, mou_id, today=TODAY, round_name=round_name, path=path, now=NOW)


def only_row(db: Database) -> ExchangeLogEntry:
    with db.reading() as session:
        (row,) = session.scalars(select(ExchangeLogEntry)).all()
        return row


def test_the_template_is_written_and_what_it_carries_is_logged(office, stick):
    db, world = office
    before = row_counts(db)
    result = make(db, world.fln_mou_id, stick)

    assert result.path == stick / FLN_NAME
    assert sorted(os.listdir(stick)) == [FLN_NAME]  # no partial file left beside it
    data = result.path.read_bytes()
    assert (result.sha256, result.size) == (hashlib.sha256(data).hexdigest(), len(data))
    returned = read_return_template(result.path)
    assert returned.template_id == result.template_id

    row = only_row(db)
    assert row.id == result.log_id and row.event == "template"
    assert row.package_id == result.template_id and row.format_version == 1
    assert (row.mou_id, row.mou_reference) == (world.fln_mou_id, FLN_REFERENCE)
    assert row.partner_names == ["Akshara Learning Trust"]
    assert row.organisation_ids == [world.organisation_ids["akshara"]]
    assert row.purpose == (
        "Return template for the round Endline 2027: for the partner to fill in and give back"
    )
    assert row.categories == ["school_directory", "student_results_pseudonymised"]
    assert row.fields == {
        "school_directory": ["udise_code", "school_name", "block", "cluster"],
        "student_results_pseudonymised": [
            "student_pseudonym",
            "udise_code",
            "round",
            "grade",
            "gender",
            "subject",
        ],
    }
    assert row.counts == {"schools": len(FLN_SCHOOLS), "students": len(FLN_STUDENTS)}
    assert result.student_rows == len(SUBJECTS) * len(FLN_STUDENTS)
    assert row.school_codes == FLN_SCHOOLS
    assert unpack_student_keys(row.student_keys) == FLN_STUDENTS
    assert (row.package_name, row.package_sha256, row.package_size) == (FLN_NAME, result.sha256, result.size)
    assert row.signer_fingerprint == ""  # unsigned
    # The earliest keep-until of the terms for what it carries: school directory 12 months,
    # pseudonymised results 24.
    assert row.keep_until == result.keep_until == date(2027, 11, 23)
    assert row.operator == "tester" and row.occurred_at.replace(tzinfo=UTC) == NOW
    # The pseudonym secret was made in the same transaction; nothing else was added.
    after = row_counts(db)
    assert after["exchange_log"] == before["exchange_log"] + 1
    assert after["mou_exchange_secret"] == before["mou_exchange_secret"] + 1
    # The students appear under the MoU's pseudonyms, never under the office's ids.
    with db.reading() as session:
        secret = mou_secret(session, world.fln_mou_id)
    sheet = load_workbook(result.path, read_only=True)["student_results"]
    pseudonyms = {row[0] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert pseudonyms == {pseudonym(secret, key) for key in FLN_STUDENTS}
    assert not any(key.encode() in data for key in FLN_STUDENTS)


def test_the_log_knows_who_holds_the_templates_schools_and_students(office, stick):
    db, world = office
    result = make(db, world.fln_mou_id, stick)
    found = log.holders_of_school(db, FLN_SCHOOLS[0])
    assert [e.id for e in found] == [result.log_id]
    assert found[0].event_label == "Return template"
    assert found[0].holding_status(TODAY) == "Held until 23/11/2027"
    assert log.holders_of_school(db, KUNDGOL_SCHOOL) == []
    student = sorted(FLN_STUDENTS)[0]
    assert [e.id for e in log.holders_of_student(db, student)] == [result.log_id]
    received = log.received_by(
        db, world.organisation_ids["akshara"], since=date(2026, 4, 1), until=date(2027, 3, 31)
    )
    assert [e.id for e in received] == [result.log_id]
    assert [e.id for e in log.list_entries(db, LogFilter(event="export"))] == [result.log_id]
    assert log.list_entries(db, LogFilter(event="import")) == []

    # Past its keep-until the partner is asked to confirm deletion, as for a package.
    later = date(2027, 11, 24)
    assert [e.id for e in log.due_erasures(db, today=later)] == [result.log_id]
    log.confirm_erasure(
        db, result.log_id, confirmed_on=later, confirmed_by="Programme head, Akshara", today=later
    )
    assert log.due_erasures(db, today=later) == []
    assert log.entry(db, result.log_id).holding_status(later) == "Deleted (confirmed 24/11/2027)"

    # No hand-over receipt: nothing is signed.
    with pytest.raises(ConflictError, match="A return template has no hand-over receipt"):
        receipts.receipt_data(db, result.log_id)


def test_terms_without_pseudonymised_results_send_only_the_school_list(office, stick):
    db, world = office
    schools_only = add_mou(
        db,
        world,
        "DDPI/SNR/MOU/2026/11",
        block_names=("Kundgol",),
        shares=(("school_directory", "Plan school visits", 6),),
    )
    no_terms = add_mou(db, world, "DDPI/SNR/MOU/2026/12", school_codes=(KUNDGOL_SCHOOL,), shares=())
    first = make(db, schools_only, stick)
    second = make(db, no_terms, stick / "no terms.xlsx")
    assert (first.students, first.student_rows, first.keep_until) == (0, 0, date(2027, 5, 23))
    assert second.path.name == "no terms.xlsx" and second.keep_until is None
    for result in (first, second):
        entry = log.entry(db, result.log_id)
        assert entry.categories == ("school_directory",)
        assert "students" not in entry.counts
    assert log.holders_of_student(db, sorted(FLN_STUDENTS)[0]) == []
    assert [e.id for e in log.holders_of_school(db, KUNDGOL_SCHOOL)] == [second.log_id, first.log_id]
    # Without a keep-until nothing falls due: only the MoU's own school list left the office.
    assert [e.id for e in log.due_erasures(db, today=date(2030, 1, 1))] == [first.log_id]


def test_a_name_without_xlsx_gets_it_and_odd_characters_are_replaced(office, stick):
    db, world = office
    assert template_file_name("DDPI/SNR/MOU/2026/01", 'Endline: "2027"?') == (
        "Return template DDPI-SNR-MOU-2026-01 Endline- -2027.xlsx"
    )
    result = make(db, world.fln_mou_id, stick / "for Akshara")
    assert result.path == stick / "for Akshara.xlsx" and result.path.is_file()


def test_a_missing_folder_or_an_existing_file_is_refused_and_nothing_is_recorded(office, stick, tmp_path):
    db, world = office
    before = row_counts(db)
    with pytest.raises(TemplateWriteError, match="does not exist"):
        make(db, world.fln_mou_id, tmp_path / "unplugged" / "template.xlsx")
    existing = stick / FLN_NAME
    existing.write_bytes(b"given to Akshara last month")
    with pytest.raises(ConflictError, match=f"already holds a file named {FLN_NAME}"):
        make(db, world.fln_mou_id, stick)
    assert existing.read_bytes() == b"given to Akshara last month"
    assert row_counts(db) == before
    assert not (tmp_path / "unplugged").exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_folder_is_refused(office, stick):
    db, world = office
    stick.chmod(0o500)
    try:
        with pytest.raises(TemplateWriteError, match="cannot be written to"):
            make(db, world.fln_mou_id, stick)
    finally:
        stick.chmod(0o700)
    assert os.listdir(stick) == []


def test_a_failed_write_leaves_no_file_no_log_entry_and_no_new_secret(office, stick):
    db, world = office
    before = row_counts(db)
    with db.reading() as session:
        assert session.get(MouExchangeSecret, world.fln_mou_id) is None
    # The partial file's name is taken by a folder: the write fails after the workbook was built,
    # the secret made and the log entry flushed.
    (stick / f".{FLN_NAME}.partial").mkdir()
    with pytest.raises(TemplateWriteError, match="could not be written") as refusal:
        make(db, world.fln_mou_id, stick)
    assert "Nothing was left on it and nothing was recorded" in str(refusal.value)
    assert row_counts(db) == before
    assert sorted(os.listdir(stick)) == [f".{FLN_NAME}.partial"]
    with db.reading() as session:
        assert session.get(MouExchangeSecret, world.fln_mou_id) is None


@pytest.mark.parametrize(
    ("status", "changes"),
    [
        ("draft", {}),
        ("terminated", {"terminated_on": date(2026, 10, 1)}),
        ("active", {"end": date(2026, 11, 1)}),
    ],
)
def test_an_mou_not_in_force_is_refused_as_an_export_is(office, stick, status, changes):
    db, world = office
    mou_id = add_mou(db, world, "DDPI/SNR/MOU/2026/07", status=status, block_names=("Kundgol",), **changes)
    with db.reading() as session, pytest.raises(ConflictError) as export_refusal:
        export_scope(session, mou_id, today=TODAY)
    before = row_counts(db)
    with pytest.raises(ConflictError) as refusal:
        make(db, mou_id, stick)
    assert str(refusal.value) == str(export_refusal.value)
    with pytest.raises(ConflictError):
        make(db, mou_id, stick / "named.xlsx")
    assert row_counts(db) == before and os.listdir(stick) == []


def test_a_missing_round_name_or_mou_is_refused(office, stick):
    db, world = office
    before = row_counts(db)
    with pytest.raises(ValidationError, match="Give the name of the round"):
        make(db, world.fln_mou_id, stick / "t.xlsx", round_name="  ")
    with pytest.raises(NotFoundError):
        make(db, 9999, stick)
    assert row_counts(db) == before and os.listdir(stick) == []


def test_the_choices_put_mous_in_force_first_and_say_why_the_others_cannot(office):
    db, world = office
    add_mou(db, world, "DDPI/SNR/MOU/2026/03", status="draft", block_names=("Kundgol",))
    add_mou(db, world, "DDPI/SNR/MOU/2026/04")  # covers nothing
    choices = template_choices(db, today=TODAY)
    assert [(c.reference, c.refusal is None) for c in choices] == [
        (FLN_REFERENCE, True),
        ("DDPI/SNR/MOU/2026/02", True),
        ("DDPI/SNR/MOU/2026/03", False),
        ("DDPI/SNR/MOU/2026/04", False),
    ]
    assert "is draft" in (choices[2].refusal or "")
    assert "covers no schools today" in (choices[3].refusal or "")

    preview = preview_template(db, world.fln_mou_id, today=TODAY)
    assert (preview.schools, preview.students, preview.results_round) == (
        len(FLN_SCHOOLS),
        len(FLN_STUDENTS),
        "Midline 2026",
    )
    assert preview.keep_until == date(2027, 11, 23)
    assert row_counts(db)["mou_exchange_secret"] == 0  # a preview writes nothing


def test_cancelled_while_building_nothing_is_left(office, stick):
    """Cancel pressed while the workbook is built: the secret made and the log entry flushed are
    rolled back at the last check before the file is written."""
    db, world = office
    before = row_counts(db)
    seen: list[str] = []

    def cancel_while_building(_done: int, _total: int, message: str) -> None:
        seen.append(message)
        progress.cancel()

    progress = Progress(cancel_while_building)
    with pytest.raises(CancelledError):
        export_return_template(
            db, world.fln_mou_id, today=TODAY, round_name=ROUND, path=stick, now=NOW, progress=progress
        )
    assert seen == ["Building the workbook"]
    assert row_counts(db) == before and os.listdir(stick) == []
