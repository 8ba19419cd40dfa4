"""The audit log: every change made through Database.transaction() leaves a matching entry."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from db.models import AuditEntry, Block, District, Organisation, Person, School
from desktop.services.database import Database


class AbortError(Exception):
    """Raised inside a transaction to make it roll back."""


def _entries(db: Database) -> list[AuditEntry]:
    with db.reading() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def _count(db: Database, model: type) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _make_district(db: Database) -> int:
    with db.transaction() as session:
        district = District(name="Belagavi", name_local="ಬೆಳಗಾವಿ", state_name="Karnataka", udise_code="2901")
        session.add(district)
        session.flush()
        return district.id


def test_create_is_audited_with_operator_and_contents(db: Database) -> None:
    before = datetime.now(UTC) - timedelta(seconds=5)
    district_id = _make_district(db)
    [entry] = _entries(db)
    assert entry.operator == "tester"
    assert entry.action == "create"
    assert entry.entity == "district"
    assert entry.entity_id == district_id
    assert entry.before is None
    assert entry.after == {
        "id": district_id,
        "name": "Belagavi",
        "name_local": "ಬೆಳಗಾವಿ",
        "state_name": "Karnataka",
        "udise_code": "2901",
    }
    # Timestamps are stored in UTC; SQLite gives them back without the zone.
    assert entry.at.replace(tzinfo=UTC) >= before


def test_update_records_only_the_changed_fields(db: Database) -> None:
    district_id = _make_district(db)
    with db.transaction() as session:
        district = session.get(District, district_id)
        assert district is not None
        district.name = "Belgaum"
        district.name_local = None
        district.state_name = "Karnataka"  # same value: not a change
    entries = _entries(db)
    assert [e.action for e in entries] == ["create", "update"]
    update = entries[1]
    assert (update.entity, update.entity_id, update.operator) == ("district", district_id, "tester")
    assert update.before == {"name": "Belagavi", "name_local": "ಬೆಳಗಾವಿ"}
    assert update.after == {"name": "Belgaum", "name_local": None}


def test_setting_the_same_values_writes_no_entry(db: Database) -> None:
    district_id = _make_district(db)
    with db.transaction() as session:
        district = session.get(District, district_id)
        assert district is not None
        district.name = "Belagavi"
        district.udise_code = "2901"
    assert [e.action for e in _entries(db)] == ["create"]


def test_delete_records_what_was_deleted(db: Database) -> None:
    district_id = _make_district(db)
    with db.transaction() as session:
        block = Block(district_id=district_id, name="Athani", name_local="ಅಥಣಿ")
        session.add(block)
        session.flush()
        block_id = block.id
    with db.transaction() as session:
        block = session.get(Block, block_id)
        assert block is not None
        session.delete(block)
    delete = _entries(db)[-1]
    assert (delete.action, delete.entity, delete.entity_id) == ("delete", "block", block_id)
    assert delete.before == {
        "id": block_id,
        "district_id": district_id,
        "name": "Athani",
        "name_local": "ಅಥಣಿ",
    }
    assert delete.after is None
    assert _count(db, Block) == 0


def test_one_transaction_audits_every_row_it_touches(db: Database) -> None:
    """Schools, organisations and people are audited too, each with its own id."""
    district_id = _make_district(db)
    with db.transaction() as session:
        district = session.get(District, district_id)
        block = Block(district=district, name="Chikkodi")
        school = School(
            udise_code="29010100101",
            name="GHPS Kabbur",
            name_local="ಸರ್ಕಾರಿ ಹಿರಿಯ ಪ್ರಾಥಮಿಕ ಶಾಲೆ ಕಬ್ಬೂರು",
            district=district,
            block=block,
            area="rural",
            latitude=16.33,
        )
        organisation = Organisation(name="Akshara Foundation", kind="ngo", focus_areas=["numeracy"])
        session.add_all([block, school, organisation])
        session.flush()
        person = Person(name="Savitri Patil", designation="Head teacher", school_id=school.id)
        session.add(person)
    entries = _entries(db)[1:]
    assert sorted((e.action, e.entity) for e in entries) == [
        ("create", "block"),
        ("create", "organisation"),
        ("create", "person"),
        ("create", "school"),
    ]
    by_entity = {e.entity: e for e in entries}
    assert by_entity["school"].after is not None
    assert by_entity["school"].after["udise_code"] == "29010100101"
    assert by_entity["school"].after["latitude"] == 16.33
    assert "search_text" not in by_entity["school"].after
    assert by_entity["organisation"].after is not None
    assert by_entity["organisation"].after["focus_areas"] == ["numeracy"]
    assert by_entity["person"].after is not None
    assert by_entity["person"].after["school_id"] == by_entity["school"].entity_id
    assert {e.operator for e in entries} == {"tester"}


def test_operator_comes_from_the_database_handle(db: Database) -> None:
    db.operator = "BEO Athani"
    _make_district(db)
    assert [e.operator for e in _entries(db)] == ["BEO Athani"]


@pytest.mark.parametrize("flush_first", [False, True], ids=["unflushed", "flushed"])
def test_rollback_stores_neither_row_nor_audit(db: Database, flush_first: bool) -> None:
    """An exception inside the block undoes the change and its audit entry together."""
    with pytest.raises(AbortError), db.transaction() as session:
        session.add(District(name="Bagalkot", state_name="Karnataka", udise_code="2902"))
        if flush_first:
            session.flush()  # the audit row is now written on the connection, not yet committed
            assert session.scalar(select(func.count()).select_from(AuditEntry)) == 1
        raise AbortError
    assert _count(db, District) == 0
    assert _count(db, AuditEntry) == 0


def test_rolled_back_update_keeps_old_values_and_log(db: Database) -> None:
    district_id = _make_district(db)
    with pytest.raises(AbortError), db.transaction() as session:
        district = session.get(District, district_id)
        assert district is not None
        district.name = "Renamed"
        session.flush()
        raise AbortError
    with db.reading() as session:
        district = session.get(District, district_id)
        assert district is not None
        assert district.name == "Belagavi"
    assert [e.action for e in _entries(db)] == ["create"]


def test_failed_commit_stores_no_audit(db: Database) -> None:
    """A change refused by the database (duplicate UDISE code) leaves no audit entry behind."""
    _make_district(db)
    with pytest.raises(IntegrityError, match="UNIQUE"), db.transaction() as session:
        session.add(District(name="Other", state_name="Karnataka", udise_code="2901"))
    assert [e.action for e in _entries(db)] == ["create"]
