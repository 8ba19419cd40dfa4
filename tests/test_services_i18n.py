"""Service messages in the interface's language: desktop.services.i18n, the schools service (and
the field checks, UDISE codes and record look-ups it uses), counts, lists and messages put
together from translated parts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services import i18n, schools
from desktop.services.database import Database
from desktop.services.errors import ConflictError, NotFoundError, ValidationError
from desktop.services.geography import (
    BlockInput,
    DistrictInput,
    create_block,
    create_district,
    delete_district,
)
from desktop.services.imports.problems import ImportProblem
from desktop.services.people import PersonInput, create_person
from desktop.services.schools import SchoolInput, create_school, delete_school, get_school
from scripts.translations import extracted_messages
from tests.fake_translator import translating

ROOT = Path(__file__).resolve().parents[1]
# Every service module: a message may come from any of them (a school's refusal names its people).
SERVICES = sorted((ROOT / "desktop" / "services").rglob("*.py"))
KANNADA = {
    ("Validation", "{label} is required."): "{label} ಅಗತ್ಯವಿದೆ.",
    ("Schools", "School name"): "ಶಾಲೆಯ ಹೆಸರು",
    ("Schools", "UDISE code {code} has {count} digits; expected {expected}."): (
        "UDISE ಸಂಕೇತ {code} ನಲ್ಲಿ {count} ಅಂಕಿಗಳಿವೆ; {expected} ಬೇಕು."
    ),
}


@pytest.fixture
def block(db: Database) -> int:
    district = create_district(db, DistrictInput("Belagavi", "Karnataka", "2901")).id
    return create_block(db, BlockInput(district, "Gokak")).id


@pytest.fixture
def recorded() -> Iterator[list[tuple[str, str]]]:
    """Every (context, text) the services ask to translate meanwhile; English comes back."""
    with translating() as asked:
        yield asked


def test_messages_stay_english_without_a_translation(db: Database, block: int) -> None:
    with pytest.raises(ValidationError) as caught:
        create_school(db, SchoolInput("2901", "", block))
    assert caught.value.field_errors == {
        "udise_code": "UDISE code 2901 has 4 digits; expected 11.",
        "name": "School name is required.",
    }


def test_an_installed_translation_reaches_the_messages_with_their_values(db: Database, block: int) -> None:
    with translating(KANNADA), pytest.raises(ValidationError) as caught:
        create_school(db, SchoolInput("2901", "", block))
    assert caught.value.field_errors == {
        "udise_code": "UDISE ಸಂಕೇತ 2901 ನಲ್ಲಿ 4 ಅಂಕಿಗಳಿವೆ; 11 ಬೇಕು.",
        "name": "ಶಾಲೆಯ ಹೆಸರು ಅಗತ್ಯವಿದೆ.",
    }
    # Back to English once uninstalled.
    with pytest.raises(ValidationError) as again:
        create_school(db, SchoolInput("2901", "", block))
    assert again.value.field_errors["name"] == "School name is required."


def test_every_message_the_schools_service_builds_is_extracted_by_lupdate(
    db: Database, block: int, recorded: list[tuple[str, str]]
) -> None:
    """The messages really asked for at run time are the ones lupdate finds in the code: none is
    built from pieces lupdate cannot see."""
    wrong_inputs = [
        SchoolInput("", "x" * 201, None),
        SchoolInput("29010100A01", "School", block, cluster_id=999_999),
        SchoolInput("2801 0100 101", "School", block, area="hills", pincode="012345"),
        SchoolInput("29010100101", "School", block, latitude="north", longitude="120.5"),
    ]
    for data in wrong_inputs:
        with pytest.raises(ValidationError):
            create_school(db, data)
    school = create_school(db, SchoolInput("29010100101", "GHPS Tukkanatti", block))
    with pytest.raises(ValidationError):
        create_school(db, SchoolInput("29010100101", "Another", block))
    create_person(db, PersonInput("Savitha Patil", "Headmaster", school_id=school.id))
    with pytest.raises(ConflictError):
        delete_school(db, school.id)
    with pytest.raises(NotFoundError):
        get_school(db, 999_999)

    extracted = {(m.context, m.source) for m in extracted_messages(SERVICES)}
    assert len(set(recorded)) >= 15
    assert set(recorded) <= extracted, set(recorded) - extracted


def test_words_kept_in_english_are_marked_for_the_interface() -> None:
    extracted = {(m.context, m.source) for m in extracted_messages(SERVICES)}
    for value in (*schools.MANAGEMENTS, *schools.CATEGORIES, *schools.MEDIUMS):
        assert ("Schools", value) in extracted


def test_lupdate_finds_translate_calls_in_any_module(tmp_path: Path) -> None:
    """The mechanism itself: a plain function named translate, a marked constant, formatting
    after translating; an f-string inside would be extracted with its braces and never match."""
    module = tmp_path / "service.py"
    module.write_text(
        "from desktop.services.i18n import QT_TRANSLATE_NOOP, translate\n"
        'STATUS = QT_TRANSLATE_NOOP("Things", "Active")\n'
        "def message(n):\n"
        '    return translate("Things", "{count} things are too many.").format(count=n)\n',
        encoding="utf-8",
    )
    found = {(m.context, m.source) for m in extracted_messages([module])}
    assert found == {("Things", "Active"), ("Things", "{count} things are too many.")}


# --- messages put together from translated parts ---------------------------------------------


def test_a_refusal_with_counts_asks_for_whole_phrases_that_lupdate_extracts(
    db: Database, block: int, recorded: list[tuple[str, str]]
) -> None:
    """Counts are a phrase for one and one for many, each asked for whole; the English reads as
    before the conversion, without "(s)"."""
    district = create_district(db, DistrictInput("Dharwad", "Karnataka", "2902")).id
    create_block(db, BlockInput(district, "Hubli"))
    with pytest.raises(ConflictError) as caught:
        delete_district(db, district)
    assert str(caught.value) == "Dharwad still has 1 block and 0 offices; remove them first."
    extracted = {(m.context, m.source) for m in extracted_messages(SERVICES)}
    assert {("Geography", "{count} block"), ("Geography", "{count} offices")} <= set(recorded)
    assert set(recorded) <= extracted, set(recorded) - extracted


def test_an_import_problem_is_put_together_in_the_interface_language() -> None:
    """Its place, the reason and what was expected come each in the installed language, in the
    order the translated template puts them."""
    words = {
        ("Imports", "row {row}"): "ಸಾಲು {row}",
        ("Imports", 'column "{column}"'): 'ಕಾಲಂ "{column}"',
        (
            "Imports",
            '{place}: "{value}" {reason}; expected {expected}.',
        ): '{place}: {expected} ಬೇಕು; "{value}" {reason}.',
    }
    problem = ImportProblem("schools.csv", 14, "PIN", "01234", "ಸರಿಯಲ್ಲ", "6 ಅಂಕಿಗಳು")
    assert problem.message == 'schools.csv, row 14, column "PIN": "01234" ಸರಿಯಲ್ಲ; expected 6 ಅಂಕಿಗಳು.'
    with translating(words):
        translated = problem.message
    assert translated == 'schools.csv, ಸಾಲು 14, ಕಾಲಂ "PIN": 6 ಅಂಕಿಗಳು ಬೇಕು; "01234" ಸರಿಯಲ್ಲ.'


def test_lists_and_counts_join_in_the_interface_language() -> None:
    assert i18n.and_list(["attendance", "minutes", "action items"]) == "attendance, minutes and action items"
    assert i18n.or_list(["Teacher", "School"]) == "Teacher or School"
    assert i18n.and_list(["one"]) == "one" and i18n.or_list([]) == ""
    assert i18n.plural(1, "one", "many") == "one" and i18n.plural(0, "one", "many") == "many"
    with translating({("Lists", "{items} and {last}"): "{items} ಮತ್ತು {last}"}):
        assert i18n.and_list(["a", "b", "c"]) == "a, b ಮತ್ತು c"
