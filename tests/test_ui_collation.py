"""Sorting and searching Indic names: NFC, and the interface language's collation (QCollator on
the ICU that ships with Qt) in the tables held in memory; the large pages keep code point order."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from desktop.services.text import search_key
from desktop.ui import i18n
from desktop.ui.collation import cell_key, text_key
from desktop.ui.table_model import Column, ListTableModel

# Marathi's alphabet ends ... ह ळ क्ष ज्ञ; by code point क्ष is a क word and ज्ञ a ज word.
MARATHI = ["क्षमा", "हरी", "खंडू", "कमल", "ळ", "अमर", "ज्ञानेश", "जगन"]
MARATHI_ORDER = ["अमर", "कमल", "खंडू", "जगन", "हरी", "ळ", "क्षमा", "ज्ञानेश"]
# Kannada's vowels run ಋ ೠ ಎ; by code point ೠ (U+0CE0) comes after every consonant.
KANNADA = ["ೠಕಾರ", "ಎಲೆ", "ಕಮಲ", "ಋತು", "ಅಂಕ"]
KANNADA_ORDER = ["ಅಂಕ", "ಋತು", "ೠಕಾರ", "ಎಲೆ", "ಕಮಲ"]
# Hindi: a nukta (ज़) is a variant of its letter, not a letter after ल.
HINDI = ["जल", "ज़मीन", "झंडा"]
HINDI_ORDER = ["ज़मीन", "जल", "झंडा"]


@pytest.fixture
def language(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    i18n.install_language(i18n.ENGLISH)


def _by(code: str, words: list[str]) -> list[str]:
    return sorted(words, key=lambda word: text_key(word, code))


def test_code_point_order_is_not_the_alphabet() -> None:
    """What the collator is for: code points misplace these words."""
    assert sorted(MARATHI) != MARATHI_ORDER
    assert sorted(KANNADA) != KANNADA_ORDER
    assert sorted(HINDI) != HINDI_ORDER


def test_each_language_orders_its_own_alphabet(qapp) -> None:  # type: ignore[no-untyped-def]
    assert _by("mr", MARATHI) == MARATHI_ORDER
    assert _by("kn", KANNADA) == KANNADA_ORDER
    assert _by("hi", HINDI) == HINDI_ORDER


def test_case_is_ignored_and_numbers_read_as_numbers(qapp) -> None:  # type: ignore[no-untyped-def]
    words = ["School 10", "school 9", "banana", "Apple", "School 2"]
    assert _by("en", words) == ["Apple", "banana", "School 2", "school 9", "School 10"]


def test_scripts_come_in_the_interface_languages_order(qapp) -> None:  # type: ignore[no-untyped-def]
    """English puts Latin first; a Kannada interface puts Kannada names first (CLDR's order)."""
    names = ["Kiran", "ಕಿರಣ", "कमल", "Anil"]
    assert _by("en", names) == ["Anil", "Kiran", "कमल", "ಕಿರಣ"]
    assert _by("kn", names)[0] == "ಕಿರಣ"


def test_two_spellings_of_one_word_sort_and_search_alike(qapp) -> None:  # type: ignore[no-untyped-def]
    """ಕೀ typed as ಕ + ಿ + ೕ and as ಕ + ೀ; क़ precomposed (U+0958) and as क + ़: NFC makes them one."""
    for composed, decomposed in (("ಕೀರ್ತಿ", "ಕ\u0cbf\u0cd5ರ್ತಿ"), ("\u0958लम", "क\u093cलम")):
        assert composed != decomposed
        assert unicodedata.normalize("NFC", composed) == unicodedata.normalize("NFC", decomposed)
        assert search_key(composed) == search_key(decomposed)
        first, second = cell_key(composed), cell_key(decomposed)
        assert not first < second and not second < first


@dataclass(frozen=True)
class Person:
    name: str
    office: str


def test_a_table_in_memory_sorts_by_the_interface_language(qtbot, language) -> None:  # type: ignore[no-untyped-def]
    model = ListTableModel([Column("Name", lambda p: p.name), Column("Office", lambda p: p.office)])
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows([Person(name, "") for name in MARATHI])
    model.sort(0, Qt.SortOrder.AscendingOrder)
    english = [model.row_at(i).name for i in range(model.rowCount())]
    # No Marathi tailoring in an English interface: क्ष is among the क words there.
    assert english.index("क्षमा") == english.index("कमल") + 1

    i18n.install_language("mr")  # no .qm needed: collation comes from Qt's locale data
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(i).name for i in range(model.rowCount())] == MARATHI_ORDER
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.row_at(i).name for i in range(model.rowCount())] == MARATHI_ORDER[::-1]


def test_empty_cells_go_last_and_numbers_stay_numbers(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = ListTableModel([Column("Name", lambda p: p.name), Column("Count", lambda p: p.office)])
    model.set_rows([Person("b", 10), Person("", 9), Person("A", 100)])  # type: ignore[arg-type]
    model.sort(0)
    assert [model.row_at(i).name for i in range(3)] == ["A", "b", ""]
    model.sort(1)
    assert [model.row_at(i).office for i in range(3)] == [9, 10, 100]
