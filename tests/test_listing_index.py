"""The in-memory listing index: ordering, filtering, a property test against a plain reference,
and agreement with the SQL listings (``search_*_ids``) on the demo district."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.services import offices, organisations, people, schools
from desktop.services.database import Database
from desktop.services.listing_index import UNTRACK_AT_ROWS, ListingIndex, build_index
from desktop.services.text import search_key

# --- a small hand-made index ----------------------------------------------------------------------------

COLUMNS = ["name", "block", "code"]
SORTS = {"name": ["name"], "block": ["block", "name"], "code": ["code"]}
# (id, name, block, code); ids ascending with gaps, as in a table after deletions.
ROWS: list[tuple[int, str | None, str | None, str | None]] = [
    (2, "banana School", "Gokak", "B-2"),
    (3, "Apple School", "athani", "a-1"),
    (5, "apple School", "Athani", "A-1"),
    (8, None, "Gokak", None),
    (9, "ಕನ್ನಡ ಶಾಲೆ", None, "K-9"),
    (11, "Cherry School", "gokak", "c-3"),
    (12, "हिंदी पाठशाला", "Athani", "H-4"),
    (15, "", "Belagavi", ""),
]
NAMES = {row[0]: row[1] for row in ROWS}


def _index(rows: Sequence[tuple] = ROWS, **options: Any) -> ListingIndex:
    return build_index([(row[0], search_key(*row[1:]), *row[1:]) for row in rows], COLUMNS, SORTS, **options)


@pytest.fixture
def index() -> ListingIndex:
    return _index()


def test_size_and_sort_keys(index: ListingIndex) -> None:
    assert len(index) == len(ROWS)
    assert index.sort_keys == ["name", "block", "code"]


def test_name_ascending_ignores_case_with_empty_first_and_ties_by_id(index: ListingIndex) -> None:
    assert index.query("", "name") == (8, 15, 3, 5, 2, 11, 12, 9)
    # Devanagari (U+0900 block) sorts before Kannada (U+0C80 block), both after Latin.
    assert [NAMES[i] for i in index.query("", "name")][2:4] == ["Apple School", "apple School"]


@pytest.mark.parametrize("sort", list(SORTS))
def test_descending_is_the_exact_reverse(index: ListingIndex, sort: str) -> None:
    ascending = index.query("", sort)
    assert index.query("", sort, descending=True) == ascending[::-1]
    for query in ("school", "athani", "ಶಾಲೆ"):
        assert index.query(query, sort, descending=True) == index.query(query, sort)[::-1]


def test_descending_breaks_ties_by_descending_id(index: ListingIndex) -> None:
    descending = index.query("", "name", descending=True)
    assert descending.index(5) < descending.index(3)  # "apple School" (5) ties "Apple School" (3)
    assert descending[-2:] == (15, 8)  # empty name and no name: later id first


def test_multi_column_sort_block_then_name(index: ListingIndex) -> None:
    # No block first; Athani (any case) by name, then Belagavi, then Gokak (any case) by name.
    assert index.query("", "block") == (9, 3, 5, 12, 15, 8, 2, 11)


def test_sort_by_code_folds_case(index: ListingIndex) -> None:
    assert index.query("", "code") == (8, 15, 3, 5, 2, 11, 12, 9)


def test_exact_columns_keep_binary_order() -> None:
    exact = _index(exact=["code"])
    # Code point order: "" < "A-1" < "B-2" < "H-4" < "K-9" < "a-1" < "c-3"; None counts as "".
    assert exact.query("", "code") == (8, 15, 5, 2, 12, 9, 3, 11)
    assert exact.query("", "code", descending=True) == (11, 3, 9, 12, 2, 5, 15, 8)
    assert exact.query("", "name") == _index().query("", "name")  # other columns still fold


def test_default_sort_is_the_first_key(index: ListingIndex) -> None:
    assert index.query() == index.query("", "name")
    assert index.query("school") == index.query("school", "name")


def test_unknown_sort_key_raises(index: ListingIndex) -> None:
    with pytest.raises(ValueError, match="cannot sort by 'district'"):
        index.query("", "district")
    with pytest.raises(ValueError, match="known: name, block, code"):
        index.query("school", "district", descending=True)


def test_unknown_warm_key_raises() -> None:
    with pytest.raises(ValueError, match="cannot sort by"):
        _index(warm=["district"])


@pytest.mark.parametrize("warm", [[], ["name"], ["name", "block", "code"]])
def test_warm_keys_give_the_same_answers(warm: list[str]) -> None:
    warmed, cold = _index(warm=warm), _index()
    for sort in SORTS:
        for descending in (False, True):
            for query in ("", "school", "gokak"):
                assert warmed.query(query, sort, descending) == cold.query(query, sort, descending)


def test_repeated_queries_are_stable(index: ListingIndex) -> None:
    first = index.query("", "block", descending=True)
    index.query("school", "name")
    assert index.query("", "block", descending=True) == first
    assert index.query("", "block") == first[::-1]


# --- filtering ------------------------------------------------------------------------------------------


def test_every_word_must_match(index: ListingIndex) -> None:
    assert index.query("school", "name") == (3, 5, 2, 11)
    assert index.query("school athani", "name") == (3, 5)
    assert index.query("athani school", "name") == (3, 5)  # word order does not matter
    assert index.query("school belagavi", "name") == ()


def test_filtering_ignores_case_and_spacing(index: ListingIndex) -> None:
    assert index.query("  APPLE   athani ", "name") == (3, 5)
    assert index.query("GoKaK", "name") == (8, 2, 11)
    assert index.query("a-1", "code") == (3, 5)


def test_filter_matches_inside_words(index: ListingIndex) -> None:
    assert index.query("hool", "name") == (3, 5, 2, 11)
    assert index.query("K-", "name") == (9,)


def test_kannada_and_devanagari_terms(index: ListingIndex) -> None:
    assert index.query("ಕನ್ನಡ", "name") == (9,)
    assert index.query("ಶಾಲೆ", "name") == (9,)
    assert index.query("पाठशाला", "name") == (12,)
    assert index.query("हिंदी athani", "name") == (12,)
    assert index.query("ಕನ್ನಡ athani", "name") == ()


def test_query_typed_in_nfd_finds_nfc_text() -> None:
    nfc = unicodedata.normalize("NFC", "ಹೊಸಕೋಟೆ")  # ಹೊ and ಕೋ have two-part vowel signs
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    qalam = "क़लम"  # QA with nukta; U+0958 is a composition exclusion: NFC spells it क + nukta
    index = _index([(1, nfc, None, None), (2, "ಬೆಂಗಳೂರು", None, None), (3, qalam, None, None)])
    assert index.query(nfd, "name") == (1,)
    assert index.query(nfd[:3], "name") == (1,)
    assert index.query("\u0958लम", "name") == (3,)  # precomposed QA, as some keyboards type it


def test_no_match_and_empty_index() -> None:
    assert _index().query("nothing like this", "name") == ()
    empty = _index([])
    assert len(empty) == 0
    for sort in SORTS:
        assert empty.query("", sort) == ()
        assert empty.query("school", sort, descending=True) == ()
    with pytest.raises(ValueError):
        empty.query("", "district")


def test_large_index_uses_ranks_and_still_agrees() -> None:
    """Repetitive columns are ranked rather than compared as text; the order must not change."""
    blocks = ["Athani", "athani", "Gokak", "BELAGAVI", None, "ಅಥಣಿ"]
    rows = [
        (number * 2 + 1, f"School {number % 97:03d}", blocks[number % len(blocks)], f"C{number:05d}")
        for number in range(UNTRACK_AT_ROWS + 10)
    ]
    index = _index(rows, warm=["name"])
    for sort in SORTS:
        for descending in (False, True):
            assert list(index.query("", sort, descending)) == _reference(rows, "", sort, descending)
        assert list(index.query("athani 05", sort)) == _reference(rows, "athani 05", sort, False)


# --- a plain reference, and a property test against it -------------------------------------------------


def _reference(
    rows: Sequence[tuple], text: str, sort: str, descending: bool, exact: Sequence[str] = ()
) -> list[int]:
    """Filter by every term in the case-folded search text; sort by case-folded keys, then id."""
    terms = unicodedata.normalize("NFC", text).casefold().split()
    position = {name: 1 + number for number, name in enumerate(COLUMNS)}

    def key(row: tuple) -> tuple:
        values = [row[position[column]] or "" for column in SORTS[sort]]
        folded = [
            v if column in exact else v.casefold() for v, column in zip(values, SORTS[sort], strict=True)
        ]
        return (*folded, row[0])

    found = [row for row in rows if all(term in search_key(*row[1:]) for term in terms)]
    ordered = [row[0] for row in sorted(found, key=key)]
    return ordered[::-1] if descending else ordered


VALUES = st.one_of(
    st.none(),
    st.just(""),
    st.text(alphabet="aAbBzZ ಕಖಗಅ", min_size=1, max_size=4),
)
ROW_LISTS = st.lists(st.tuples(VALUES, VALUES, VALUES), max_size=25).map(
    lambda values: [(2 * number + 1, *row) for number, row in enumerate(values)]
)
QUERIES = st.one_of(st.just(""), st.text(alphabet="aAbBz ಕಖಗ", max_size=4))


@settings(derandomize=True, database=None, max_examples=300, deadline=None)
@given(
    rows=ROW_LISTS,
    text=QUERIES,
    sort=st.sampled_from(sorted(SORTS)),
    descending=st.booleans(),
    exact=st.sampled_from([(), ("code",), ("block", "name")]),
)
def test_query_agrees_with_the_reference(
    rows: list[tuple], text: str, sort: str, descending: bool, exact: tuple[str, ...]
) -> None:
    index = _index(rows, exact=exact)
    assert list(index.query(text, sort, descending)) == _reference(rows, text, sort, descending, exact)


# --- agreement with the SQL listings on the demo district -------------------------------------------------

QUERIES_ON_DEMO = ["", "kere", "ಕೆರೆ", "hosa pura", "29900105", "KERE ಕೆರೆ", "a"]
Listing = tuple[Callable[[Database], ListingIndex], Callable[..., list[int]], Mapping[str, Sequence[str]]]
LISTINGS: dict[str, Listing] = {
    "schools": (schools.school_listing, schools.search_school_ids, schools.INDEX_SORTS),
    "people": (people.person_listing, people.search_person_ids, people.INDEX_SORTS),
    "offices": (offices.office_listing, offices.search_office_ids, offices.INDEX_SORTS),
    "organisations": (
        organisations.organisation_listing,
        organisations.search_organisation_ids,
        organisations.INDEX_SORTS,
    ),
}
SQL_SORT_KEYS = {
    "schools": schools.SORT_KEYS,
    "people": people.SORT_KEYS,
    "offices": offices.SORT_KEYS,
    "organisations": organisations.SORT_KEYS,
}


@pytest.mark.parametrize("entity", list(LISTINGS))
def test_index_sorts_are_the_sql_sorts(entity: str) -> None:
    _listing, _search, index_sorts = LISTINGS[entity]
    assert list(index_sorts) == list(SQL_SORT_KEYS[entity])


def _ascii_only_case(values: Sequence[str | None]) -> bool:
    """True when case-folding changes only ASCII letters: then SQLite's NOCASE (which folds ASCII
    A-Z only) and ``str.casefold`` (which folds every script) order the values the same way.
    Kannada and Devanagari have no case, so the demo district passes."""
    return all(v is None or all(ch.casefold() == ch or ch.isascii() for ch in v) for v in values)


@pytest.mark.parametrize("entity", list(LISTINGS))
def test_index_agrees_with_sql_on_the_demo_district(demo_db: Database, entity: str) -> None:
    listing, search, index_sorts = LISTINGS[entity]
    index = listing(demo_db)
    assert len(index) > 0
    # SQLite's NOCASE folds ASCII only, casefold() folds all scripts (É/é, ß/ss): they could order
    # such text differently. The comparison below is only valid where that cannot happen.
    for column in {column for columns in index_sorts.values() for column in columns}:
        assert _ascii_only_case(index._columns[column]), f"{entity}.{column} has non-ASCII case"
    compared = 0
    for query in QUERIES_ON_DEMO:
        for sort in index_sorts:
            for descending in (False, True):
                expected = search(demo_db, query, sort=sort, descending=descending)
                assert list(index.query(query, sort, descending)) == expected, (query, sort, descending)
                compared += len(expected)
    assert compared > 0


def test_demo_queries_find_schools(demo_db: Database) -> None:
    """The agreement above compares real results, not only empty lists."""
    index = schools.school_listing(demo_db)
    for query in ("kere", "ಕೆರೆ", "hosa pura", "29900105"):
        assert 0 < len(index.query(query)) < len(index), query
