"""Assessment rounds, level schemes, column suggestions and saved mapping profiles."""

from __future__ import annotations

from datetime import date

import pytest

from db.models import ImportBatch
from desktop.services import rounds
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.imports import mapping
from desktop.services.imports.mapping import ColumnMapping
from desktop.services.imports.target import TargetField
from desktop.services.rounds import RoundInput, SchemeInput

FIELDS = (
    TargetField("udise", "UDISE code", required=True, aliases=("udise", "dise code", "disecode", "schcd")),
    TargetField("name", "School name", required=True, aliases=("school name", "schname", "schoolname")),
    TargetField("block", "Block", required=True, aliases=("block", "block name")),
    TargetField("cluster", "Cluster", aliases=("cluster",)),
    TargetField("subject", "Subject", aliases=("subject",), fixed_allowed=True),
)


def test_standard_schemes_are_added_once(db) -> None:
    first = rounds.ensure_standard_schemes(db)
    again = rounds.ensure_standard_schemes(db)
    assert [s.name for s in first] == [s.name for s in again]
    reading = next(s for s in first if s.name == "FLN reading levels")
    assert reading.levels[0] == "Beginner" and reading.achieving_label == "Paragraph"


def test_scheme_rules(db) -> None:
    with pytest.raises(ValidationError) as error:
        rounds.create_scheme(db, SchemeInput("Tiny", ("Only",), 0))
    assert "at least two levels" in error.value.field_errors["levels"]
    with pytest.raises(ValidationError) as error:
        rounds.create_scheme(db, SchemeInput("Twice", ("Low", "low", "High"), 1))
    assert "Low is listed twice" in error.value.field_errors["levels"]
    with pytest.raises(ValidationError) as error:
        rounds.create_scheme(db, SchemeInput("Out", ("Low", "High"), 2))
    assert "lowest level" in error.value.field_errors["achieving_from"]
    scheme = rounds.create_scheme(db, SchemeInput(" Mine ", ("Low", " ", "High"), 1))
    assert scheme.name == "Mine" and scheme.levels == ("Low", "High")
    with pytest.raises(ValidationError, match="already a level scheme named Mine"):
        rounds.create_scheme(db, SchemeInput("Mine", ("A", "B"), 0))


def test_round_lifecycle(db) -> None:
    scheme = rounds.create_scheme(db, SchemeInput("Levels", ("Low", "Mid", "High"), 1))
    with pytest.raises(ValidationError) as error:
        rounds.create_round(db, RoundInput("", "", date(2026, 7, 10), date(2026, 7, 1), max_score=0))
    assert set(error.value.field_errors) == {"name", "kind", "end_date", "max_score"}
    base = rounds.create_round(
        db,
        RoundInput(
            "Baseline 2026", "baseline", date(2026, 7, 1), date(2026, 7, 15), "FLN tool", None, scheme.id, 20
        ),
    )
    assert base.kind_label == "Baseline" and base.level_scheme_name == "Levels" and base.results == 0
    mid = rounds.create_round(db, RoundInput("Midline 2026", "midline", date(2026, 11, 1)))
    assert [r.name for r in rounds.list_rounds(db)] == ["Midline 2026", "Baseline 2026"]
    assert rounds.find_round_id(db, "baseline 2026") == base.id
    with pytest.raises(ConflictError, match="used by 1 assessment round"):
        rounds.delete_scheme(db, scheme.id)
    updated = rounds.update_round(db, mid.id, RoundInput("Midline 2026-27", "midline", date(2026, 11, 1)))
    assert updated.name == "Midline 2026-27"
    rounds.delete_round(db, mid.id)
    assert [r.name for r in rounds.list_rounds(db)] == ["Baseline 2026"]


def test_round_with_a_live_import_cannot_be_deleted(db) -> None:
    base = rounds.create_round(db, RoundInput("Baseline", "baseline"))
    with db.transaction() as session:
        session.add(
            ImportBatch(
                target="indicators",
                round_id=base.id,
                file_names=["enrolment.xlsx"],
                sha256="0" * 64,
                mapping={},
                operator="tester",
            )
        )
    with pytest.raises(ConflictError, match="1 import in place; undo it first"):
        rounds.delete_round(db, base.id)


def test_suggestions_prefer_exact_headers_and_use_each_column_once() -> None:
    headers = ["objectid", "schcd", "School Name of\nthe school", "Block Name", "Cluster", "Cluster code"]
    suggested = mapping.suggest_mapping(headers, FIELDS)
    assert suggested.columns == {
        "udise": "schcd",
        "name": "School Name of\nthe school",
        "block": "Block Name",
        "cluster": "Cluster",
    }


def test_mapping_problems_name_what_is_missing() -> None:
    headers = ("schcd", "Block")
    problems = mapping.mapping_problems(
        ColumnMapping({"udise": "schcd", "cluster": "Gone"}, {"block": "  "}), FIELDS, headers
    )
    assert problems["name"] == "School name is required: choose the column that holds it."
    assert problems["cluster"] == 'The file has no column "Gone" for Cluster.'
    assert problems["block"] == "Block must come from a column of the file."
    assert mapping.mapping_problems(ColumnMapping({}, {"subject": " "}), FIELDS[4:], ())[
        "subject"
    ].startswith("Type the subject")


def test_profiles_are_saved_found_by_headers_and_adapted(db) -> None:
    chosen = ColumnMapping(
        {"udise": "DiseCode", "name": "SchoolName", "block": "Block"}, {"subject": "Maths"}
    )
    saved = mapping.save_profile(
        db, "KLP mapping", "schools", chosen, ("State", "Block", "SchoolName", "DiseCode")
    )
    assert mapping.ColumnMapping.from_json(chosen.as_json()) == chosen
    again = mapping.save_profile(
        db, "KLP mapping", "schools", chosen, ("Block", "SchoolName", "DiseCode"), {"x": 1}
    )
    assert again.id == saved.id and again.options == {"x": 1}
    found = mapping.matching_profile(db, "schools", ("BLOCK", "School name", "schoolname", "DISECODE"))
    assert found is not None and found.name == "KLP mapping"
    assert mapping.matching_profile(db, "indicators", ("Block", "SchoolName", "DiseCode")) is None
    assert mapping.matching_profile(db, "schools", ("Block", "SchoolName")) is None
    adapted = mapping.adapt_to_headers(found.mapping, ("BLOCK", "School Name", "DISECODE"))
    assert adapted.columns == {"udise": "DISECODE", "name": "School Name", "block": "BLOCK"}
    assert mapping.find_profile(db, "klp MAPPING").id == saved.id
    with pytest.raises(ValidationError, match="Give the mapping a name"):
        mapping.save_profile(db, " ", "schools", chosen, ())
    mapping.delete_profile(db, saved.id)
    assert mapping.list_profiles(db) == []
