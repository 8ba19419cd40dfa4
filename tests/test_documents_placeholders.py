"""Template placeholders: found with their positions, checked all at once against the names the
recipients can fill (with a "did you mean" for misspellings), and filled per recipient."""

from __future__ import annotations

import pytest

from desktop.documents.placeholders import (
    MissingValueError,
    Placeholder,
    Problem,
    TemplateError,
    check,
    fill,
    literal,
    scan,
)
from desktop.services.errors import DomainError

KNOWN = ("school_name", "udise_code", "head_master", "block", "cluster")


def problems(parts: dict[str, str], known: tuple[str, ...] = KNOWN) -> list[Problem]:
    with pytest.raises(TemplateError) as caught:
        check(parts, known)
    assert isinstance(caught.value, DomainError)
    assert str(caught.value) == "\n".join(str(problem) for problem in caught.value.problems)
    return caught.value.problems


# --- scan ----------------------------------------------------------------------------------------


def test_scan_finds_placeholders_with_line_and_column() -> None:
    text = "To the Head Master,\n  {school_name} ({udise_code}),\n{block} block"
    assert scan(text, "Body") == (
        [
            Placeholder("school_name", 2, 3),
            Placeholder("udise_code", 2, 18),
            Placeholder("block", 3, 1),
        ],
        [],
    )


def test_scan_counts_columns_in_characters_of_any_script() -> None:
    assert scan("ಶಾಲೆ {school_name}", "Body") == ([Placeholder("school_name", 1, 6)], [])


def test_spaces_inside_the_braces_are_allowed() -> None:
    assert scan("{ school_name }", "Body") == ([Placeholder("school_name", 1, 1)], [])


def test_doubled_braces_are_literal() -> None:
    assert scan("{{school_name}} and }} and {{", "Body") == ([], [])
    assert scan("{{{block}}}", "Body") == ([Placeholder("block", 1, 3)], [])


@pytest.mark.parametrize(
    ("text", "column", "message"),
    [
        ("a { b", 3, "a lone '{'; write {{"),
        ("a } b", 3, "a lone '}'; write }}"),
        ("x {school_name", 3, "a lone '{'"),
        ("{}", 1, "'{}' is not a placeholder name"),
        ("ab {School Name}", 4, "'{School Name}' is not a placeholder name"),
        ("{2nd_school}", 1, "'{2nd_school}' is not a placeholder name"),
        ("{school-name}", 1, "'{school-name}' is not a placeholder name"),
    ],
)
def test_scan_reports_malformed_braces_with_positions(text: str, column: int, message: str) -> None:
    found, malformed = scan(f"first line\n{text}", "Body")
    assert found == []
    assert len(malformed) == 1
    assert (malformed[0].part, malformed[0].line, malformed[0].column) == ("Body", 2, column)
    assert message in malformed[0].message


def test_a_placeholder_does_not_run_across_lines() -> None:
    found, malformed = scan("{school\n_name}", "Body")
    assert found == []
    assert [(p.line, p.column) for p in malformed] == [(1, 1), (2, 6)]


# --- check ---------------------------------------------------------------------------------------


def test_check_returns_the_known_placeholders_of_every_part() -> None:
    used = check({"Subject": "Visit to {school_name}", "Body": "Dear {head_master},\n{{not one}}"}, KNOWN)
    assert used == [Placeholder("school_name", 1, 10), Placeholder("head_master", 1, 6)]


def test_check_accepts_text_without_placeholders() -> None:
    assert check({"Subject": "Holiday", "Body": "Schools closed {{all}}."}, KNOWN) == []


def test_unknown_placeholder_near_a_known_one_suggests_it() -> None:
    [problem] = problems({"Body": "Dear {head_mastr}"})
    assert (problem.part, problem.line, problem.column) == ("Body", 1, 6)
    assert problem.message == "unknown placeholder {head_mastr}; did you mean {head_master}?"
    assert str(problem) == "Body, line 1, column 6: " + problem.message


def test_unknown_placeholder_far_from_all_lists_the_known_ones() -> None:
    [problem] = problems({"Body": "{xyz}"})
    # Listed as the interface's language lists (i18n.and_list): "a, b and c".
    assert problem.message == (
        "unknown placeholder {xyz}; the known ones are "
        "{block}, {cluster}, {head_master}, {school_name} and {udise_code}."
    )


def test_a_placeholder_in_the_subject_is_checked() -> None:
    [problem] = problems({"Subject": "Visit to {schol_name}", "Body": "Dear {head_master}"})
    assert (problem.part, problem.line, problem.column) == ("Subject", 1, 10)
    assert "did you mean {school_name}?" in problem.message


def test_every_problem_is_reported_sorted_with_the_subject_first() -> None:
    found = problems(
        {
            "Body": "Dear {head_mastr},\n{school_name} { x\n{Bad}",
            "Footer": "{blok}",
            "Subject": "About {udise_cod} and {zzz}",
        }
    )
    assert [(p.part, p.line, p.column) for p in found] == [
        ("Subject", 1, 7),
        ("Subject", 1, 23),
        ("Body", 1, 6),
        ("Body", 2, 15),
        ("Body", 3, 1),
        ("Footer", 1, 1),
    ]
    assert "did you mean {udise_code}?" in found[0].message
    assert "the known ones are" in found[1].message
    assert "did you mean {head_master}?" in found[2].message
    assert "a lone '{'" in found[3].message
    assert "'{Bad}' is not a placeholder name" in found[4].message
    assert "did you mean {block}?" in found[5].message


# --- fill ----------------------------------------------------------------------------------------

VALUES: dict[str, str | None] = {
    "school_name": "GHPS Navanagar",
    "udise_code": "29020100101",
    "head_master": "Smt. S. K. Rao",
    "block": "Bagalkot",
    "cluster": None,
}


def test_fill_replaces_placeholders_and_undoubles_braces() -> None:
    text = "Dear {head_master},\n{school_name} ({ udise_code }) {{school_name}} }}"
    assert fill(text, VALUES, "GHPS Navanagar") == (
        "Dear Smt. S. K. Rao,\nGHPS Navanagar (29020100101) {school_name} }"
    )


def test_fill_inserts_values_as_they_are() -> None:
    values = {"school_name": "A {block} & <b>B</b> \\1"}
    assert fill("{school_name}", values, "x") == "A {block} & <b>B</b> \\1"


def test_fill_without_placeholders_returns_the_text() -> None:
    assert fill("ಶಾಲೆ ಕಚೇರಿ", VALUES, "x") == "ಶಾಲೆ ಕಚೇರಿ"


@pytest.mark.parametrize("values", [VALUES, {**VALUES, "cluster": ""}, {"school_name": "x"}])
def test_fill_refuses_a_missing_or_empty_value_naming_recipient_and_placeholder(
    values: dict[str, str | None],
) -> None:
    with pytest.raises(MissingValueError) as caught:
        fill("{school_name}: {cluster} cluster", values, "GHPS Navanagar (29020100101)")
    assert caught.value.name == "cluster"
    assert caught.value.recipient == "GHPS Navanagar (29020100101)"
    assert str(caught.value).startswith("GHPS Navanagar (29020100101) has no value for {cluster}")
    assert isinstance(caught.value, DomainError)


def test_typed_braces_print_as_braces() -> None:
    assert fill(literal("Budget {2026-27}"), {}, "the office") == "Budget {2026-27}"
