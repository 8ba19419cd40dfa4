"""The student assessment results target: reading cells, every problem, storing, re-importing,
undoing, and the summary kept equal to one rebuilt from the results."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from db.models import AssessmentRound, ImportBatchChange, StudentResult
from desktop.services.imports.target import ImportOptions
from desktop.services.imports.targets.assessment import ASSESSMENT
from desktop.services.imports.targets.assessment_check import NAMES_NOT_STORED, NO_STUDENT_ID
from desktop.services.imports.targets.result_values import read_gender, read_grade, read_level
from desktop.services.imports.targets.summary import rebuild_summary, summary_rows
from tests.conftest import SHARED_DATA
from tests.import_target_fixtures import (
    CODES,
    FLN_LEVELS,
    SHA,
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


def results(**columns: list[str]) -> dict[str, list[str]]:
    return columns


def options(world: World, **kwargs) -> ImportOptions:  # type: ignore[no-untyped-def]
    return ImportOptions(round_id=kwargs.pop("round_id", world.round_id), **kwargs)


def stored(db) -> list[tuple]:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        rows = session.execute(
            select(
                StudentResult.student_key,
                StudentResult.subject,
                StudentResult.school_id,
                StudentResult.grade,
                StudentResult.gender,
                StudentResult.score,
                StudentResult.level,
                StudentResult.assessed_on,
                StudentResult.student_name,
            ).order_by(StudentResult.student_key, StudentResult.subject)
        ).all()
    return [tuple(row) for row in rows]


def summary_is_rebuilt(db, round_id: int) -> bool:  # type: ignore[no-untyped-def]
    """The incrementally kept summary equals one computed afresh (rolled back afterwards)."""
    with db.reading() as session:
        kept = summary_rows(session, round_id)
        rebuild_summary(session, round_id)
        rebuilt = summary_rows(session, round_id)
        session.rollback()
    return kept == rebuilt


# Value readers


@pytest.mark.parametrize(
    "text, grade",
    [
        ("4", 4),
        ("Class 4", 4),
        ("class-4", 4),
        ("4th", 4),
        ("IV", 4),
        ("iv", 4),
        ("Std 4", 4),
        ("Std. 7", 7),
        ("Standard 1", 1),
        ("Grade 12", 12),
        ("1st", 1),
        ("2nd", 2),
        ("3rd", 3),
        ("XII", 12),
        ("೪", 4),
        ("4.0", 4),
        (" Class  10 ", 10),
    ],
)
def test_grades_as_schools_write_them(text: str, grade: int) -> None:
    assert read_grade(text) == grade


@pytest.mark.parametrize("text", ["0", "13", "Class", "four", "4a", "IIII", "", "LKG"])
def test_what_is_not_a_grade(text: str) -> None:
    assert read_grade(text) is None


@pytest.mark.parametrize(
    "text, gender",
    [
        ("M", "M"),
        ("Male", "M"),
        ("male", "M"),
        ("Boy", "M"),
        ("B", "M"),
        ("F", "F"),
        ("Female", "F"),
        ("GIRL", "F"),
        ("G", "F"),
        ("Transgender", "O"),
        ("Other", "O"),
        ("O", "O"),
        ("ಗಂಡು", "M"),
        ("ಹೆಣ್ಣು", "F"),
        ("पुरुष", "M"),
        ("महिला", "F"),
        ("लड़का", "M"),
        ("लड़की", "F"),
        ("बालक", "M"),
        ("बालिका", "F"),
        ("मुलगा", "M"),
        ("मुलगी", "F"),
    ],
)
def test_genders_in_four_languages(text: str, gender: str) -> None:
    assert read_gender(text) == gender


@pytest.mark.parametrize("text", ["X", "Mr", "1", "unknown"])
def test_what_is_not_a_gender(text: str) -> None:
    assert read_gender(text) is None


@pytest.mark.parametrize(
    "text, level",
    [
        ("Beginner", 0),
        ("beginner", 0),
        ("STORY", 4),
        ("Paragraph", 3),
        ("1", 0),
        ("5", 4),
        ("L1", 0),
        ("l3", 2),
        ("L 5", 4),
        ("೩", 2),
    ],
)
def test_levels_by_label_number_or_l_number(text: str, level: int) -> None:
    assert read_level(text, FLN_LEVELS) == level


@pytest.mark.parametrize("text", ["0", "6", "L6", "L0", "Sentence", "Level"])
def test_what_is_not_a_level(text: str) -> None:
    assert read_level(text, FLN_LEVELS) is None


# Problems, one message each


def one_row(**overrides: str) -> dict[str, list[str]]:
    row = {"student_id": "S1", "udise": A, "grade": "4", "gender": "F", "subject": "Kannada", "score": "12"}
    row.update(overrides)
    return {key: [value] for key, value in row.items()}


@pytest.mark.parametrize(
    "overrides, expected",
    [
        (
            {"udise": "29020904799"},
            'row 2, column "Udise": "29020904799" is not a school in the directory; '
            "import the school directory first or correct the code.",
        ),
        ({"udise": ""}, "The school's UDISE code is empty"),
        ({"udise": "2902A100101"}, "a UDISE code has digits only"),
        ({"student_id": ""}, "The student id is empty"),
        ({"student_id": "x" * 81}, "is longer than 80 characters"),
        ({"grade": ""}, 'column "Grade": The grade is empty; expected a class from 1 to 12'),
        ({"grade": "LKG"}, '"LKG" is not a class this import reads; expected a class from 1 to 12'),
        ({"gender": "X"}, '"X" is not a gender this import reads; expected M, F or O'),
        ({"subject": " "}, "The subject is empty"),
        ({"score": "88 = not answered"}, '"88 = not answered" is not a number'),
        ({"score": "-2"}, '"-2" is negative'),
        ({"score": "21"}, '"21" is above the round\'s maximum score of 20; expected a score from 0 to 20.'),
        ({"score": "NA"}, "The row has neither a score nor a level"),
    ],
)
def test_every_cell_problem_names_row_column_and_value(
    db, world: World, overrides: dict, expected: str
) -> None:
    checked = check(db, ASSESSMENT, mapped(one_row(**overrides)), options(world))
    assert checked.counts.error_rows == 1
    assert checked.counts.create == 0
    assert any(expected in message for message in messages(checked)), messages(checked)
    assert all(message.startswith("results.csv, row 2") for message in messages(checked))


def test_level_problems_name_the_scheme_and_its_levels(db, world: World) -> None:
    rows = mapped({**one_row(), "level": ["Sentence"]})
    (message,) = messages(check(db, ASSESSMENT, rows, options(world)))
    assert '"Sentence" is not a level of FLN reading' in message
    assert "Beginner, Letter, Word, Paragraph, Story, or its number 1 to 5 (also L1 to L5)" in message


@pytest.mark.parametrize(
    "value, reason",
    [("31/02/2026", "February 2026 has 29 days"), ("15/08/26", "2-digit year"), ("yesterday", "not a date")],
)
def test_date_problems(db, world: World, value: str, reason: str) -> None:
    rows = mapped({**one_row(), "assessed_on": [value]})
    (message,) = messages(check(db, ASSESSMENT, rows, options(world)))
    assert f'column "Assessed On": "{value}"' in message and reason.split()[-1] in message


def test_mapping_problems_refuse_the_whole_file(db, world: World) -> None:
    no_school = check(
        db, ASSESSMENT, mapped({k: v for k, v in one_row().items() if k != "udise"}), options(world)
    )
    assert (
        "No column is mapped to the school's UDISE code or to another system's school id"
        in messages(no_school)[0]
    )
    assert no_school.counts.error_rows == 1
    no_system = {**{k: v for k, v in one_row().items() if k != "udise"}, "other_id": ["20145"]}
    assert (
        "choose the system (e.g. KLP)"
        in messages(check(db, ASSESSMENT, mapped(no_system), options(world)))[0]
    )
    no_marks = check(
        db, ASSESSMENT, mapped({k: v for k, v in one_row().items() if k != "score"}), options(world)
    )
    assert "Neither the score nor the level is mapped" in messages(no_marks)[0]
    no_scheme = check(
        db,
        ASSESSMENT,
        mapped({**one_row(), "level": ["Word"]}),
        options(world, round_id=world.plain_round_id),
    )
    assert "this round has no level scheme" in messages(no_scheme)[0]


def test_a_repeated_student_and_subject_names_the_earlier_row(db, world: World) -> None:
    rows = mapped(
        results(
            student_id=["S1", "S2", "S1", "S1"],
            udise=[A, A, A, A],
            grade=["4"] * 4,
            subject=["Kannada", "Kannada", "Mathematics", "Kannada"],
            score=["1", "2", "3", "4"],
        )
    )
    checked = check(db, ASSESSMENT, rows, options(world))
    assert checked.counts.create == 3 and checked.counts.error_rows == 1
    (message,) = messages(checked)
    assert message.startswith(
        'results.csv, row 5, column "Student Id": "S1" is a second result for this student in Kannada'
    )
    assert "row 2 already has one" in message


def test_a_ten_digit_code_is_a_problem_until_its_repair_is_accepted(db, world: World) -> None:
    rows = mapped(one_row(udise="2902010010"))  # 02902... is not a district here, 2902 is: not repairable
    assert "has 10 digits" in messages(check(db, ASSESSMENT, rows, options(world)))[0]


# Storing


def test_rows_are_stored_with_every_value_read(db, world: World) -> None:
    rows = mapped(
        results(
            student_id=["S1", "S2"],
            udise=[A, "2902 0100 102"],
            grade=["Class 4", "IV"],
            gender=["Girl", "ಗಂಡು"],
            subject=["Kannada", "Kannada"],
            score=["12", ""],
            level=["Word", "L5"],
            assessed_on=["05/09/2026", "2026-09-06"],
        )
    )
    checked, batch_id = run(db, ASSESSMENT, rows, options(world))
    assert checked.counts.create == 2 and checked.counts.normalised == 1 and not checked.problems
    assert batch_id is not None
    from datetime import date

    assert stored(db) == [
        ("S1", "Kannada", world.school_ids[A], 4, "F", 12.0, 2, date(2026, 9, 5), None),
        ("S2", "Kannada", world.school_ids[B], 4, "M", None, 4, date(2026, 9, 6), None),
    ]
    assert checked.preview[0]["Level"] == "Word"
    assert summary_is_rebuilt(db, world.round_id)


def test_names_are_stored_only_when_the_office_keeps_them(db, world: World) -> None:
    columns = {**one_row(), "student_name": ["Kavya  R."]}
    checked, _ = run(db, ASSESSMENT, mapped(columns), options(world))
    assert NAMES_NOT_STORED in checked.notes
    assert stored(db)[0][-1] is None
    checked, _ = run(db, ASSESSMENT, mapped(columns), options(world, keep_names=True))
    assert checked.counts.update == 1 and NAMES_NOT_STORED not in checked.notes
    assert stored(db)[0][-1] == "Kavya R."


def test_without_a_student_id_rows_are_keyed_by_file_and_row(db, world: World) -> None:
    columns = {k: v * 2 for k, v in one_row().items() if k != "student_id"}
    checked, _ = run(db, ASSESSMENT, mapped(columns), options(world))
    assert NO_STUDENT_ID in checked.notes and checked.counts.create == 2
    assert [row[0] for row in stored(db)] == [f"row-{SHA[:12]}-2", f"row-{SHA[:12]}-3"]


def four_students(**changes: list[str]) -> dict[str, list[str]]:
    columns = results(
        student_id=["S1", "S2", "S3", "S4"],
        udise=[A, A, B, C],
        grade=["4", "4", "5", "5"],
        gender=["F", "M", "F", "M"],
        subject=["Kannada"] * 4,
        score=["10", "12", "", "7"],
        level=["Word", "Letter", "Story", ""],
    )
    columns.update(changes)
    return columns


def test_create_update_unchanged_and_an_idempotent_second_import(db, world: World) -> None:
    first, first_batch = run(db, ASSESSMENT, mapped(four_students()), options(world))
    assert (first.counts.create, first.counts.update, first.counts.unchanged) == (4, 0, 0)
    again, none = run(db, ASSESSMENT, mapped(four_students()), options(world))
    assert (again.counts.create, again.counts.update, again.counts.unchanged) == (0, 0, 4) and none is None
    changed = four_students(student_id=["S1", "S2", "S3", "S5"], score=["10", "13", "", "9"])
    second, second_batch = run(db, ASSESSMENT, mapped(changed), options(world))
    assert (second.counts.create, second.counts.update, second.counts.unchanged) == (1, 1, 2)
    with db.reading() as session:
        (change,) = session.scalars(
            select(ImportBatchChange).where(ImportBatchChange.batch_id == second_batch)
        )
        s2 = session.scalars(select(StudentResult).where(StudentResult.student_key == "S2")).one()
        assert change.entity == "student_result" and change.entity_id == s2.id
        before = change.before if isinstance(change.before, dict) else json.loads(change.before)
        assert before["score"] == 12.0 and before["batch_id"] == first_batch
        assert s2.score == 13.0 and s2.batch_id == second_batch
    assert summary_is_rebuilt(db, world.round_id)
    with db.reading() as session:
        students = session.execute(
            select(func.sum(func.coalesce(StudentResult.score, 0))).where(
                StudentResult.round_id == world.round_id
            )
        ).scalar_one()
        assert students == 10 + 13 + 7 + 9


def test_undo_restores_updated_rows_deletes_created_ones_and_keeps_the_summary(db, world: World) -> None:
    _first, _ = run(db, ASSESSMENT, mapped(four_students()), options(world))
    before = stored(db)
    with db.reading() as session:
        summary_before = summary_rows(session, world.round_id)
    changed = four_students(
        student_id=["S1", "S2", "S3", "S9"],
        udise=[A, C, B, C],
        gender=["F", "F", "F", "M"],
        level=["Word", "", "", "1"],
    )
    _second, second_batch = run(db, ASSESSMENT, mapped(changed), options(world))
    assert stored(db) != before
    assert summary_is_rebuilt(db, world.round_id)
    undo(db, ASSESSMENT, second_batch)
    assert stored(db) == before
    with db.reading() as session:
        assert summary_rows(session, world.round_id) == summary_before
    assert summary_is_rebuilt(db, world.round_id)


def test_undoing_the_first_batch_empties_the_round(db, world: World) -> None:
    _first, batch_id = run(db, ASSESSMENT, mapped(four_students()), options(world))
    undo(db, ASSESSMENT, batch_id)
    assert stored(db) == []
    with db.reading() as session:
        assert summary_rows(session, world.round_id) == []


def test_a_later_batch_survives_undoing_an_earlier_one(db, world: World) -> None:
    _first, first_batch = run(db, ASSESSMENT, mapped(four_students()), options(world))
    _second, _ = run(db, ASSESSMENT, mapped(four_students(score=["1", "12", "", "7"])), options(world))
    undo(db, ASSESSMENT, first_batch)
    assert [(row[0], row[5]) for row in stored(db)] == [("S1", 1.0)]
    assert summary_is_rebuilt(db, world.round_id)


# The real KLP contest file


def test_the_klp_maths_contest_file_by_klp_id(db, world: World) -> None:
    path = SHARED_DATA / "assessment" / "klp_gp_maths_contest_class4_2018-19_redacted.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    known = {"20145": world.school_ids[A], "20169": world.school_ids[B], "47978": world.school_ids[C]}
    add_aliases(db, "KLP", known)
    columns = {
        "other_id": frame["Klp id"].tolist(),
        "grade": frame["Class"].tolist(),
        "gender": frame["Sex ( male / female )"].tolist(),
        "score": frame["Total"].tolist(),
        "subject": ["Mathematics"] * len(frame),
        "assessed_on": frame["Date"].tolist(),
        "student_name": frame["Student name"].tolist(),
    }
    rows = mapped(columns, file_name=path.name)
    rows.column_of.update({"other_id": "Klp id", "grade": "Class", "score": "Total"})
    checked, _ = run(db, ASSESSMENT, rows, options(world, alias_system="KLP"))
    ours = frame["Klp id"].isin(known.keys())
    assert checked.counts.create == int(ours.sum()) > 100
    assert checked.counts.error_rows == int((~ours).sum())
    assert NAMES_NOT_STORED in checked.notes and NO_STUDENT_ID in checked.notes
    other = frame.index[~ours][0]
    expected = f'{path.name}, row {other + 2}, column "Klp id": "{frame["Klp id"][other]}" is not the KLP id of any school'
    assert any(message.startswith(expected) for message in messages(checked))
    with db.reading() as session:
        count, names, genders = session.execute(
            select(func.count(), func.count(StudentResult.student_name), func.count(StudentResult.gender))
        ).one()
    assert (count, names, genders) == (int(ours.sum()), 0, int(ours.sum()))
    assert summary_is_rebuilt(db, world.round_id)


# Random tables: check never raises, write stores exactly the rows without problems

cells = {
    "student_id": st.sampled_from(["S1", "S2", "S3", "", " S1 ", "S4"]),
    "udise": st.sampled_from([A, B, "29020904799", "", "2902 0100 103", "abc"]),
    "grade": st.sampled_from(["4", "Class 5", "IV", "13", "", "LKG"]),
    "gender": st.sampled_from(["M", "Female", "ಹೆಣ್ಣು", "X", "", "NA"]),
    "subject": st.sampled_from(["Kannada", "Mathematics", "", "English"]),
    "score": st.sampled_from(["0", "20", "12.5", "21", "-1", "NA", "", "abc", "1,5"]),
    "level": st.sampled_from(["Word", "story", "L2", "6", "", "-", "Sentence"]),
    "assessed_on": st.sampled_from(["05/09/2026", "2026-09-05", "31/02/2026", "", "soon"]),
}
table = st.integers(min_value=1, max_value=12).flatmap(
    lambda n: st.fixed_dictionaries(
        {key: st.lists(strategy, min_size=n, max_size=n) for key, strategy in cells.items()}
    )
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(columns=table)
def test_random_tables_store_exactly_the_rows_without_problems(db, world: World, columns: dict) -> None:
    with db.transaction() as session:
        session.query(StudentResult).delete()
        rebuild_summary(session, world.round_id)
    checked, _ = run(db, ASSESSMENT, mapped(columns), options(world))
    bad_rows = {problem.row for problem in checked.problems}
    assert checked.counts.error_rows == len(bad_rows)
    assert checked.counts.create == len(columns["grade"]) - len(bad_rows)
    assert len(stored(db)) == checked.counts.create
    assert summary_is_rebuilt(db, world.round_id)


def test_check_constraints_hold_again_after_the_write(db, world: World) -> None:
    """The write skips SQLite's CHECKs (the check step enforced them); later statements do not."""
    import sqlalchemy.exc

    from db.models import ImportBatch
    from desktop.services.progress import NO_PROGRESS

    with db.transaction() as session:
        checked = ASSESSMENT.check(
            session, mapped(one_row()), options(world), session.get(AssessmentRound, world.round_id)
        )
        batch = ImportBatch(
            target="assessment",
            round_id=world.round_id,
            file_names=["r.csv"],
            sha256=SHA,
            mapping={},
            operator="t",
        )
        session.add(batch)
        session.flush()
        ASSESSMENT.write(session, checked, batch, NO_PROGRESS)
        with pytest.raises(sqlalchemy.exc.IntegrityError, match="grade_range"):
            session.connection().exec_driver_sql(
                "INSERT INTO student_result (round_id, school_id, batch_id, student_key, grade, subject) "
                "VALUES (?, ?, ?, 'S9', 13, 'Kannada')",
                (world.round_id, world.school_ids[A], batch.id),
            )
