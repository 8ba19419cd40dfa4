"""The exchange log: append-only, and the questions it answers (who holds what, erasures)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DatabaseError

from db.models import ExchangeErasure, ExchangeLogEntry, Organisation
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.exchange import log
from desktop.services.exchange.log import LogFilter, pack_student_keys

TODAY = date(2026, 11, 23)


def _add(db, **values) -> int:
    defaults = dict(
        event="export",
        package_id="0f5e0c8e-0000-4000-8000-000000000001",
        format_version=1,
        mou_reference="DIET/KVD/MOU/2026-01",
        partner_names=["Akshara Foundation"],
        organisation_ids=[7],
        purpose="Plan the FLN programme",
        categories=["school_directory"],
        fields={"school_directory": ["udise_code", "school_name"]},
        counts={"schools": 2},
        school_codes=["29200100101", "29200100102"],
        student_keys=None,
        package_name="DIET-KVD-MOU-2026-01.zip",
        package_sha256="ab" * 32,
        package_size=4096,
        signer_fingerprint="3F2A 9C1B",
        keep_until=date(2027, 5, 23),
        operator="tester",
        occurred_at=datetime(2026, 5, 23, 6, 0, tzinfo=UTC),
    )
    defaults.update(values)
    with db.transaction() as session:
        row = ExchangeLogEntry(**defaults)
        session.add(row)
        session.flush()
        return row.id


def test_the_log_refuses_changes_and_deletions(db):
    log_id = _add(db)
    with pytest.raises(DatabaseError, match="append-only"), db.transaction() as session:
        session.execute(text("UPDATE exchange_log SET operator = 'someone' WHERE id = :id"), {"id": log_id})
    with pytest.raises(DatabaseError, match="append-only"), db.transaction() as session:
        session.execute(text("DELETE FROM exchange_log WHERE id = :id"), {"id": log_id})
    log.confirm_erasure(
        db, log_id, confirmed_on=date(2026, 11, 20), confirmed_by="Programme head", today=TODAY
    )
    with pytest.raises(DatabaseError, match="append-only"), db.transaction() as session:
        session.execute(text("DELETE FROM exchange_erasure"))
    assert log.entry(db, log_id).operator == "tester"


def test_holders_of_a_school_and_of_a_student(db):
    first = _add(db, student_keys=pack_student_keys(["STU-1", "STU-2"]))
    second = _add(
        db,
        package_id="0f5e0c8e-0000-4000-8000-000000000002",
        partner_names=["Pratham Books"],
        organisation_ids=[9],
        school_codes=["29200100102"],
        student_keys=pack_student_keys(["STU-2"]),
        occurred_at=datetime(2026, 9, 1, 6, 0, tzinfo=UTC),
    )
    assert [e.id for e in log.holders_of_school(db, "29200100102")] == [second, first]
    assert [e.id for e in log.holders_of_school(db, " 29200100101 ")] == [first]
    assert log.holders_of_school(db, "29200199999") == []
    assert [e.id for e in log.holders_of_student(db, "STU-2")] == [second, first]
    assert [e.id for e in log.holders_of_student(db, "STU-1")] == [first]
    assert log.holders_of_student(db, "STU-") == []  # a whole id, never a prefix
    with pytest.raises(ValidationError):
        log.holders_of_school(db, "  ")


@pytest.fixture
def india_time(monkeypatch):
    """The computer's clock set to India's time, as on the office PCs."""
    import time

    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_what_a_partner_received_in_a_period(db, india_time):
    may = _add(db)
    _add(db, package_id="other", organisation_ids=[9], partner_names=["Pratham Books"])
    later = _add(db, package_id="later", occurred_at=datetime(2026, 10, 1, 20, 0, tzinfo=UTC))
    _add(db, package_id="last-year", occurred_at=datetime(2025, 12, 1, 6, 0, tzinfo=UTC))
    found = log.received_by(db, 7, since=date(2026, 4, 1), until=date(2027, 3, 31))
    assert [e.id for e in found] == [later, may]
    # 20:00 UTC on 01/10 is 02/10 in India: the office's day counts.
    assert found[0].occurred_on == date(2026, 10, 2)
    assert [e.id for e in log.list_entries(db, LogFilter(since=date(2026, 10, 2)))] == [later]


def test_erasure_reminders_and_confirmation(db):
    overdue = _add(db, keep_until=date(2026, 11, 1))
    _add(db, package_id="not-yet", keep_until=date(2027, 1, 1))
    _add(db, package_id="in", event="import", keep_until=None)
    assert [e.id for e in log.due_erasures(db, today=TODAY)] == [overdue]
    assert log.entry(db, overdue).holding_status(TODAY) == "Past keep-until (01/11/2026): ask for deletion"

    with pytest.raises(ValidationError) as refused:
        log.confirm_erasure(db, overdue, confirmed_on=date(2026, 11, 24), confirmed_by=" ", today=TODAY)
    assert set(refused.value.field_errors) == {"confirmed_by", "confirmed_on"}
    with pytest.raises(ValidationError, match="before the package"):
        log.confirm_erasure(db, overdue, confirmed_on=date(2026, 5, 1), confirmed_by="Head", today=TODAY)
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(ExchangeErasure)) == 0

    done = log.confirm_erasure(
        db, overdue, confirmed_on=date(2026, 11, 20), confirmed_by="R. Rao, Programme head", today=TODAY
    )
    assert done.erasure is not None and done.erasure.recorded_by == "tester"
    assert done.holding_status(TODAY) == "Deleted (confirmed 20/11/2026)"
    assert log.due_erasures(db, today=TODAY) == []
    with pytest.raises(ConflictError, match="already confirmed on 20/11/2026"):
        log.confirm_erasure(db, overdue, confirmed_on=date(2026, 11, 21), confirmed_by="Head", today=TODAY)


def test_an_import_has_nothing_to_erase(db):
    imported = _add(db, event="import", keep_until=None)
    with pytest.raises(ConflictError, match="Only packages sent"):
        log.confirm_erasure(db, imported, confirmed_on=TODAY, confirmed_by="Head", today=TODAY)
    undo = _add(db, event="import_undone", refers_to_id=imported)
    assert log.entry(db, imported).undone_by_id == undo


def test_organisation_names_are_kept_as_text(db):
    with db.transaction() as session:
        session.add(Organisation(name="Akshara Foundation", kind="ngo"))
    log_id = _add(db)
    assert log.entry(db, log_id).partner_names == ("Akshara Foundation",)


def test_a_moment_in_india_is_stored_as_utc_and_keeps_its_day(db):
    # 23:30 in India is 18:00 UTC the same day: stored as it read, it would come back a day later.
    evening_in_india = datetime(2026, 11, 23, 23, 30, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    log_id = _add(db, occurred_at=evening_in_india)
    with db.reading() as session:
        stored = session.execute(
            text("SELECT occurred_at FROM exchange_log WHERE id = :id"), {"id": log_id}
        ).scalar_one()
        read_back = session.get(ExchangeLogEntry, log_id).occurred_at
    assert stored.startswith("2026-11-23 18:00:00")
    assert read_back == evening_in_india and read_back.tzinfo is not None
    assert log.entry(db, log_id).occurred_at == evening_in_india
