"""The school indicators target: numbers as offices type them, every problem, create / update /
unchanged, and undo."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db.models import ImportBatchChange, SchoolIndicator
from desktop.services.imports.target import ImportOptions
from desktop.services.imports.targets.indicators import INDICATORS
from tests.import_target_fixtures import (
    CODES,
    World,
    add_aliases,
    check,
    make_world,
    mapped,
    messages,
    run,
    undo,
)

A, B, C = CODES


@pytest.fixture
def world(db) -> World:  # type: ignore[no-untyped-def]
    return make_world(db)


def options(world: World, **kwargs) -> ImportOptions:  # type: ignore[no-untyped-def]
    return ImportOptions(round_id=world.round_id, **kwargs)


def indicators(db) -> dict[int, tuple]:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        rows = session.scalars(select(SchoolIndicator)).all()
        return {
            row.school_id: (
                row.enrolment,
                row.enrolment_boys,
                row.enrolment_girls,
                row.attendance_percent,
                row.teachers,
            )
            for row in rows
        }


def one_school(**overrides: str) -> dict[str, list[str]]:
    row = {
        "udise": A,
        "enrolment": "120",
        "enrolment_boys": "60",
        "enrolment_girls": "58",
        "attendance_percent": "86.5",
        "teachers": "4",
    }
    row.update(overrides)
    return {key: [value] for key, value in row.items()}


@pytest.mark.parametrize(
    "overrides, expected",
    [
        (
            {"udise": "29020904799"},
            '"29020904799" is not a school in the directory; import the school directory first',
        ),
        ({"teachers": "88 = not answered"}, 'column "Teachers": "88 = not answered" is not a number'),
        ({"enrolment": "-5"}, '"-5" is negative'),
        ({"teachers": "3.5"}, '"3.5" is not a whole number'),
        (
            {"attendance_percent": "860"},
            '"860" is above 100; expected the average attendance as a percentage',
        ),
        ({"enrolment": "100"}, '"100" is less than the boys and girls together (60 + 58 = 118)'),
        (
            {
                "enrolment": "NA",
                "enrolment_boys": "-",
                "enrolment_girls": "nil",
                "attendance_percent": "",
                "teachers": "",
            },
            "The row has no enrolment, attendance or teachers",
        ),
    ],
)
def test_every_problem_names_row_column_and_value(db, world: World, overrides: dict, expected: str) -> None:
    checked = check(db, INDICATORS, mapped(one_school(**overrides)), options(world))
    assert checked.counts.error_rows == 1 and checked.counts.create == 0
    assert any(expected in message for message in messages(checked)), messages(checked)


def test_mapping_problems(db, world: World) -> None:
    no_school = {k: v for k, v in one_school().items() if k != "udise"}
    assert (
        "No column is mapped to the school's UDISE code"
        in messages(check(db, INDICATORS, mapped(no_school), options(world)))[0]
    )
    no_values = {"udise": [A]}
    assert (
        "No enrolment, attendance or teachers column is mapped"
        in messages(check(db, INDICATORS, mapped(no_values), options(world)))[0]
    )


def test_missing_markers_are_blank_and_enrolment_is_boys_plus_girls(db, world: World) -> None:
    columns = {
        "udise": [A, B],
        "enrolment": ["", "NA"],
        "enrolment_boys": ["60", "30"],
        "enrolment_girls": ["58", "31"],
        "attendance_percent": ["-", "90"],
        "teachers": ["nil", "2"],
    }
    checked, _ = run(db, INDICATORS, mapped(columns), options(world))
    assert checked.counts.create == 2 and not checked.problems
    assert "Enrolment was empty in 2 rows and was taken as boys + girls." in checked.notes
    assert indicators(db) == {
        world.school_ids[A]: (118, 60, 58, None, None),
        world.school_ids[B]: (61, 30, 31, 90.0, 2),
    }


def test_a_school_twice_names_the_earlier_row(db, world: World) -> None:
    columns = {"udise": [A, B, "2902 0100 101"], "teachers": ["3", "4", "5"]}
    checked = check(db, INDICATORS, mapped(columns), options(world))
    assert checked.counts.create == 2 and checked.counts.error_rows == 1
    (message,) = messages(checked)
    assert message.startswith(
        'results.csv, row 4, column "Udise": "2902 0100 101" is the same school as row 2'
    )


def test_schools_by_klp_id(db, world: World) -> None:
    add_aliases(db, "KLP", {"20145": world.school_ids[B]})
    columns = {"other_id": ["20145", "99999"], "teachers": ["3", "4"]}
    checked, _ = run(db, INDICATORS, mapped(columns), options(world, alias_system="KLP"))
    assert checked.counts.create == 1
    assert '"99999" is not the KLP id of any school in the directory' in messages(checked)[0]
    assert indicators(db) == {world.school_ids[B]: (None, None, None, None, 3)}


def test_create_update_unchanged_idempotence_and_undo(db, world: World) -> None:
    first = {"udise": [A, B], "enrolment": ["100", "80"], "teachers": ["4", "3"]}
    checked, first_batch = run(db, INDICATORS, mapped(first), options(world))
    assert (checked.counts.create, checked.counts.update, checked.counts.unchanged) == (2, 0, 0)
    again, none = run(db, INDICATORS, mapped(first), options(world))
    assert (again.counts.create, again.counts.update, again.counts.unchanged) == (0, 0, 2) and none is None
    after_first = indicators(db)
    second = {"udise": [A, B, C], "enrolment": ["100", "85", "40"], "attendance_percent": ["", "", "75"]}
    checked, second_batch = run(db, INDICATORS, mapped(second), options(world))
    assert (checked.counts.create, checked.counts.update, checked.counts.unchanged) == (1, 1, 1)
    # Teachers was not mapped the second time: the schools keep theirs.
    assert indicators(db)[world.school_ids[B]] == (85, None, None, None, 3)
    with db.reading() as session:
        (change,) = session.scalars(
            select(ImportBatchChange).where(ImportBatchChange.batch_id == second_batch)
        )
        assert change.entity == "school_indicator"
        assert change.before["enrolment"] == 80 and change.before["batch_id"] == first_batch
    undo(db, INDICATORS, second_batch)
    assert indicators(db) == after_first
    undo(db, INDICATORS, first_batch)
    assert indicators(db) == {}
