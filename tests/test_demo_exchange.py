"""The demo district's exchange: its keys (never in the OS keyring), and a log whose entries hold
what the demo's data says, read back through the services that show them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date
from pathlib import Path

import keyring
import pytest
from sqlalchemy import func, select

from db.models import (
    ExchangeKey,
    ExchangeLogEntry,
    ImportBatch,
    Mou,
    MouPartner,
    School,
    SchoolIndicator,
    StudentResult,
)
from desktop.services.database import Database
from desktop.services.demo import DemoSize, generate_demo
from desktop.services.demo_exchange import COMMUNITY_REFERENCE, DEMO_KEY_PASSPHRASE, FLN_REFERENCE
from desktop.services.errors import ValidationError
from desktop.services.exchange import inbound, keys, log, partner_keys, receipts
from desktop.services.exchange.catalogue import CATEGORIES
from desktop.services.exchange.export import ExportRequest, export_package
from desktop.services.exchange.fingerprints import encode_public_key
from desktop.services.exchange.log import LogEntry, unpack_student_keys
from desktop.services.exchange.package import verify_package
from desktop.services.exchange.scope import check_in_force, export_scope
from desktop.services.exchange.tables import count_records
from desktop.services.imports.batches import list_batches
from desktop.services.opening import open_database
from desktop.services.rounds import list_rounds
from tests.conftest import copy_database
from tests.keyring_backends import MemoryKeyring

TODAY = date(2026, 11, 23)
SIZE = DemoSize(blocks=4, clusters_per_block=2, schools_per_cluster=5, headmasters=4)
CHEAP_KDF = {"name": "scrypt", "n": 2**10, "r": 8, "p": 1}


class WatchedKeyring(MemoryKeyring):
    """A memory keyring that remembers every call made to it."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.calls.append(f"get {service} {username}")
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls.append(f"set {service} {username}")
        super().set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        self.calls.append(f"delete {service} {username}")
        super().delete_password(service, username)


def _generate(path: Path, **flags: bool) -> Database:
    database, _report = open_database(path, operator="demo")
    generate_demo(database, size=SIZE, today=TODAY, **flags)
    return database


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Generated once for the module, under a keyring of its own (the per-test one is not set yet)."""
    before = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        path = tmp_path_factory.mktemp("demo-exchange") / "demo.db"
        _generate(path).close()
    finally:
        keyring.set_keyring(before)
    return path


@pytest.fixture
def demo(demo_path: Path, tmp_path: Path) -> Iterator[Database]:
    database, _report = open_database(copy_database(demo_path, tmp_path / "demo.db"), operator="tester")
    try:
        yield database
    finally:
        database.close()


def _mou_id(db: Database, reference: str) -> int:
    with db.reading() as session:
        return session.scalar(select(Mou.id).where(Mou.reference == reference))


def _exports(db: Database) -> list[LogEntry]:
    """Oldest first: the community MoU's directory, the FLN MoU's first round, its latest."""
    return sorted(log.list_entries(db, log.LogFilter(event="export")), key=lambda e: e.occurred_at)


def _codes(db: Database, blocks: int | None = None) -> set[str]:
    """UDISE codes of the schools in the first ``blocks`` blocks (all when None)."""
    with db.reading() as session:
        statement = select(School.udise_code).order_by(School.block_id)
        if blocks is not None:
            first = select(School.block_id).distinct().order_by(School.block_id).limit(blocks)
            statement = statement.where(School.block_id.in_(first))
        return set(session.scalars(statement))


# --- the keys -------------------------------------------------------------------------------------


def test_generating_the_demo_never_touches_the_keyring(memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    watched = WatchedKeyring()
    keyring.set_keyring(watched)
    database = _generate(tmp_path / "demo.db")
    try:
        assert keys.own_key(database) is not None
    finally:
        database.close()
    assert watched.calls == [] and watched.secrets == {}
    assert memory_keyring.secrets == {}  # type: ignore[attr-defined]


def test_the_demo_key_is_kept_with_the_passphrase_its_label_gives(demo: Database, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    own = keys.own_key(demo)
    assert own is not None and own.storage == "passphrase"
    assert DEMO_KEY_PASSPHRASE in own.label
    assert keys.needs_passphrase(demo)
    signing = keys.signing_key(demo, passphrase=DEMO_KEY_PASSPHRASE)
    assert encode_public_key(signing.public_key().public_bytes_raw()) == own.public_key
    with pytest.raises(ValidationError):
        keys.signing_key(demo, passphrase="not the demo passphrase")
    assert memory_keyring.secrets == {}


def test_the_fln_partner_has_a_registered_key(demo: Database) -> None:
    registered = partner_keys.partner_keys(demo)
    assert len(registered) == 1
    with demo.reading() as session:
        partner_ids = set(
            session.scalars(
                select(MouPartner.organisation_id).where(MouPartner.mou_id == _mou_id(demo, FLN_REFERENCE))
            )
        )
    assert registered[0].organisation_id in partner_ids
    imported = log.list_entries(demo, log.LogFilter(event="import"))
    assert [e.signer_fingerprint for e in imported] == [registered[0].fingerprint]


def test_an_export_from_the_demo_is_signed_with_the_demo_key(
    demo: Database, tmp_path: Path, memory_keyring
) -> None:  # type: ignore[no-untyped-def]
    before = len(log.list_entries(demo))
    request = ExportRequest(
        mou_id=_mou_id(demo, FLN_REFERENCE),
        folder=tmp_path,
        passphrase="mango monsoon ledger 42",
        today=TODAY,
        key_passphrase=DEMO_KEY_PASSPHRASE,
    )
    result = export_package(demo, request, kdf=CHEAP_KDF)
    with demo.reading() as session:
        trusted = keys.trusted_public_keys(session)
    opened = verify_package(result.path, "mango monsoon ledger 42", trusted)
    assert opened.signer_fingerprint == keys.own_key(demo).fingerprint  # type: ignore[union-attr]
    assert len(log.list_entries(demo)) == before + 1
    assert memory_keyring.secrets == {}


# --- the log --------------------------------------------------------------------------------------


def test_the_log_tells_the_story(demo: Database) -> None:
    community, early, recent = _exports(demo)
    assert [e.mou_reference for e in (community, early, recent)] == [
        COMMUNITY_REFERENCE,
        FLN_REFERENCE,
        FLN_REFERENCE,
    ]
    assert [e.occurred_on for e in (community, early, recent)] == [
        date(2026, 5, 17),
        date(2026, 7, 20),
        date(2026, 11, 17),
    ]
    assert community.erasure is not None and community.erasure.confirmed_on == date(2026, 11, 3)
    assert early.erasure_due(TODAY) and not recent.erasure_due(TODAY)
    assert early.keep_until == date(2026, 10, 20)  # the results' three months
    assert set(recent.categories) == {
        "school_directory",
        "assessment_aggregates",
        "student_results_pseudonymised",
    }
    own = keys.own_key(demo)
    assert own is not None and {e.signer_fingerprint for e in (community, early, recent)} == {own.fingerprint}
    for entry in (community, early, recent):
        assert entry.package_name.endswith(f"_{entry.occurred_on:%Y%m%d}_{entry.package_id[:8]}.zip")
        assert entry.fields == {code: list(CATEGORIES[code].columns) for code in entry.categories}
        with demo.reading() as session:
            check_in_force(session.get(Mou, entry.mou_id), entry.occurred_on)  # raises if not


def test_the_overdue_export_is_the_one_reminder(demo: Database) -> None:
    _community, early, _recent = _exports(demo)
    assert [e.id for e in log.due_erasures(demo, today=TODAY)] == [early.id]


def test_who_holds_data_about_a_school_or_a_student(demo: Database) -> None:
    community, early, recent = _exports(demo)
    in_fln = sorted(_codes(demo, 3))[0]
    outside = sorted(_codes(demo) - _codes(demo, 3))[0]
    assert [e.id for e in log.holders_of_school(demo, in_fln)] == [recent.id, early.id, community.id]
    assert [e.id for e in log.holders_of_school(demo, outside)] == [community.id]
    with demo.reading() as session:
        student = session.scalar(
            select(StudentResult.student_key).join(School).where(School.udise_code == in_fln).limit(1)
        )
    assert [e.id for e in log.holders_of_student(demo, student)] == [recent.id, early.id]


def test_the_counts_are_those_of_the_demo_data(demo: Database) -> None:
    community, early, recent = _exports(demo)
    baseline, midline = sorted(list_rounds(demo), key=lambda r: r.start_date)
    expected_rounds = {community.id: None, early.id: [baseline.id], recent.id: [midline.id]}
    with demo.reading() as session:
        rows = {row.id: row for row in session.scalars(select(ExchangeLogEntry))}
        for entry in (community, early, recent):
            scope = export_scope(
                session,
                entry.mou_id,
                today=entry.occurred_on,
                categories=entry.categories,
                round_ids=expected_rounds[entry.id],
            )
            counted = count_records(session, scope)
            assert entry.counts == {CATEGORIES[code].record_kind: n for code, n in counted.items()}
            assert entry.keep_until == scope.keep_until
            stored = rows[entry.id]
            covered = _codes(demo, None if entry.id == community.id else 3)
            assert set(stored.school_codes) == covered
            if expected_rounds[entry.id] is None:
                assert stored.student_keys is None
                continue
            results = (
                select(StudentResult.student_key)
                .join(School)
                .where(StudentResult.round_id == expected_rounds[entry.id][0], School.udise_code.in_(covered))
            )
            assert unpack_student_keys(stored.student_keys) == set(session.scalars(results))
            total = session.scalar(select(func.count()).select_from(results.subquery()))
            assert entry.counts["student results"] == total == len(covered) * 12 * 2


def test_the_partners_return_is_an_import_that_can_be_undone(demo: Database) -> None:
    (entry,) = log.list_entries(demo, log.LogFilter(event="import"))
    (batch_id,) = entry.batch_ids
    with demo.reading() as session:
        batch = session.get(ImportBatch, batch_id)
        imported_at = batch.imported_at
        assert (batch.target, batch.round.name, batch.file_names[0]) == (
            "indicators",
            "Midline 2026",
            entry.package_name,
        )
        stored = session.scalar(select(ExchangeLogEntry).where(ExchangeLogEntry.id == entry.id))
        changed = session.execute(
            select(SchoolIndicator.enrolment, SchoolIndicator.enrolment_boys, SchoolIndicator.enrolment_girls)
            .join(School)
            .where(SchoolIndicator.batch_id == batch_id, School.udise_code.in_(stored.school_codes))
        ).all()
    assert "_20261121_" in entry.package_name  # made by the partner two days ago
    # Imported with the demo's own batches, after them (the batch keeps UTC without its zone).
    assert entry.occurred_at == imported_at.replace(tzinfo=UTC)
    assert batch_id == max(b.id for b in list_batches(demo))
    assert entry.counts == {"school indicator rows": len(changed)} and entry.school_count == len(changed) == 5
    assert all(boys + girls == enrolment for enrolment, boys, girls in changed)
    inbound.undo_package_import(demo, entry.id)
    with demo.reading() as session:
        split = session.scalar(
            select(func.count())
            .select_from(SchoolIndicator)
            .where(SchoolIndicator.enrolment_boys.is_not(None))
        )
    assert split == 0
    assert log.entry(demo, entry.id).undone_by_id is not None


def test_the_demo_exports_have_receipts(demo: Database) -> None:
    for entry in _exports(demo):
        assert receipts.receipt_pdf_for(demo, entry.id).startswith(b"%PDF")


# --- flags and sameness ---------------------------------------------------------------------------


@pytest.mark.parametrize("flags", [{"with_exchange": False}, {"with_mous": False}, {"with_baseline": False}])
def test_the_exchange_is_left_out_with_its_flag_or_what_it_needs(
    tmp_path: Path, flags: dict[str, bool]
) -> None:
    database = _generate(tmp_path / "demo.db", **flags)
    try:
        with database.reading() as session:
            assert session.scalar(select(func.count()).select_from(ExchangeKey)) == 0
            assert session.scalar(select(func.count()).select_from(ExchangeLogEntry)) == 0
    finally:
        database.close()


def test_the_same_seed_gives_the_same_exchange(demo: Database, tmp_path: Path) -> None:
    again = _generate(tmp_path / "again.db")
    try:

        def seen(db: Database) -> list[tuple]:
            return [
                (
                    e.package_id,
                    e.package_name,
                    e.counts,
                    e.signer_fingerprint,
                    e.event == "import" or e.occurred_at,
                )
                for e in log.list_entries(db)
            ]

        assert seen(again) == seen(demo)
        assert keys.own_key(again).fingerprint == keys.own_key(demo).fingerprint  # type: ignore[union-attr]
    finally:
        again.close()


# --- on the Exchange page ---------------------------------------------------------------------------


def test_the_exchange_page_shows_the_demo_log_with_its_reminder(
    qtbot, isolated_settings, demo: Database
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.pages.exchange_page import ExchangePage

    page = ExchangePage(demo, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    assert page.log.banner.isVisible()
    assert "1 package is past its keep-until date" in page.log.banner_text.text()
    assert len(page.log.shown()) == 4  # all in this financial year
    page.log.show_due()
    assert [e.id for e in page.log.shown()] == [_exports(demo)[1].id]
