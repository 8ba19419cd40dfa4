"""Schools: create / update / delete / get, field-keyed validation, search, sort and audit."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from db.models import AuditEntry, School
from desktop.services.database import Database
from desktop.services.demo import DemoSize, generate_demo
from desktop.services.errors import ConflictError, NotFoundError, ValidationError
from desktop.services.geography import (
    BlockInput,
    ClusterInput,
    DistrictInput,
    create_block,
    create_cluster,
    create_district,
)
from desktop.services.opening import open_database
from desktop.services.people import PersonInput, create_person
from desktop.services.schools import (
    SORT_KEYS,
    SchoolInput,
    SchoolRow,
    count_schools,
    create_school,
    delete_school,
    get_school,
    school_rows,
    search_school_ids,
    update_school,
)


@dataclass(frozen=True)
class Tree:
    district: int
    gokak: int
    athani: int
    kallur: int  # in Gokak
    ainapur: int  # in Athani


def _tree(db: Database) -> Tree:
    district = create_district(db, DistrictInput("Belagavi", "Karnataka", "2901")).id
    gokak = create_block(db, BlockInput(district, "Gokak", "ಗೋಕಾಕ")).id
    athani = create_block(db, BlockInput(district, "Athani", "ಅಥಣಿ")).id
    kallur = create_cluster(db, ClusterInput(gokak, "Kallur", "ಕಲ್ಲೂರ")).id
    ainapur = create_cluster(db, ClusterInput(athani, "Ainapur")).id
    return Tree(district, gokak, athani, kallur, ainapur)


@pytest.fixture
def tree(db: Database) -> Tree:
    return _tree(db)


def _audit(db: Database, entity: str = "school") -> list[AuditEntry]:
    with db.reading() as session:
        return list(
            session.scalars(select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id))
        )


def _audit_count(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def _full_input(tree: Tree) -> SchoolInput:
    return SchoolInput(
        udise_code=" 2901 0100 101 ",
        name="  Government Higher Primary School,   Tukkanatti ",
        block_id=tree.gokak,
        cluster_id=tree.kallur,
        name_local="ಸರ್ಕಾರಿ ಹಿರಿಯ ಪ್ರಾಥಮಿಕ ಶಾಲೆ, ತುಕ್ಕಾನಟ್ಟಿ",
        village="Tukkanatti",
        management="Department of Education",
        category="Upper primary (1-8)",
        area="Rural",
        pincode="591 307",
        medium="Kannada",
        latitude="16.1725",
        longitude=74.8234,
    )


# --- create / get / update / delete --------------------------------------------------------------


def test_create_school_cleans_and_returns_the_row(db: Database, tree: Tree) -> None:
    row = create_school(db, _full_input(tree))
    assert row == SchoolRow(
        id=row.id,
        udise_code="29010100101",
        name="Government Higher Primary School, Tukkanatti",
        name_local="ಸರ್ಕಾರಿ ಹಿರಿಯ ಪ್ರಾಥಮಿಕ ಶಾಲೆ, ತುಕ್ಕಾನಟ್ಟಿ",
        district_id=tree.district,
        block_id=tree.gokak,
        block_name="Gokak",
        cluster_id=tree.kallur,
        cluster_name="Kallur",
        village="Tukkanatti",
        management="Department of Education",
        category="Upper primary (1-8)",
        area="rural",
        pincode="591307",
        medium="Kannada",
        latitude=16.1725,
        longitude=74.8234,
    )
    assert get_school(db, row.id) == row
    assert count_schools(db) == 1


def test_school_without_cluster(db: Database, tree: Tree) -> None:
    row = create_school(db, SchoolInput("29010200101", "GHS Shiraguppi", tree.athani))
    assert (row.cluster_id, row.cluster_name, row.village, row.latitude) == (None, None, None, None)
    assert get_school(db, row.id) == row


def test_create_writes_an_audit_row(db: Database, tree: Tree) -> None:
    row = create_school(db, _full_input(tree))
    (entry,) = _audit(db)
    assert (entry.action, entry.entity_id, entry.operator, entry.before) == ("create", row.id, "tester", None)
    assert entry.after is not None
    assert entry.after["udise_code"] == "29010100101"
    assert entry.after["latitude"] == 16.1725
    assert "search_text" not in entry.after


def test_update_school_and_its_audit_before_after(db: Database, tree: Tree) -> None:
    row = create_school(db, _full_input(tree))
    changed = replace(
        _full_input(tree),
        name="Government Model Higher Primary School, Tukkanatti",
        village=None,
        pincode="591308",
        block_id=tree.athani,
        cluster_id=tree.ainapur,
    )
    updated = update_school(db, row.id, changed)
    assert (updated.name, updated.village, updated.pincode) == (
        "Government Model Higher Primary School, Tukkanatti",
        None,
        "591308",
    )
    assert (updated.block_name, updated.cluster_name) == ("Athani", "Ainapur")
    assert get_school(db, row.id) == updated
    create, update = _audit(db)
    assert create.action == "create"
    assert (update.action, update.entity_id, update.operator) == ("update", row.id, "tester")
    assert update.before == {
        "name": "Government Higher Primary School, Tukkanatti",
        "village": "Tukkanatti",
        "pincode": "591307",
        "block_id": tree.gokak,
        "cluster_id": tree.kallur,
    }
    assert update.after == {
        "name": "Government Model Higher Primary School, Tukkanatti",
        "village": None,
        "pincode": "591308",
        "block_id": tree.athani,
        "cluster_id": tree.ainapur,
    }


def test_update_keeps_its_own_udise_code(db: Database, tree: Tree) -> None:
    row = create_school(db, _full_input(tree))
    assert update_school(db, row.id, replace(_full_input(tree), medium="English")).medium == "English"


def test_update_moves_the_search_text(db: Database, tree: Tree) -> None:
    row = create_school(db, _full_input(tree))
    update_school(db, row.id, replace(_full_input(tree), name="GHPS Ghodageri", village="Ghodageri"))
    assert search_school_ids(db, "ghodageri") == [row.id]
    assert search_school_ids(db, "tukkanatti") == []


def test_delete_school(db: Database, tree: Tree) -> None:
    row = create_school(db, _full_input(tree))
    delete_school(db, row.id)
    assert count_schools(db) == 0
    assert [e.action for e in _audit(db)] == ["create", "delete"]
    assert _audit(db)[1].before is not None and _audit(db)[1].before["udise_code"] == "29010100101"
    with pytest.raises(NotFoundError) as caught:
        get_school(db, row.id)
    assert str(caught.value) == f"School #{row.id} no longer exists; it may have been deleted."


@pytest.mark.parametrize(
    "call",
    [
        lambda db, tree: get_school(db, 999),
        lambda db, tree: delete_school(db, 999),
        lambda db, tree: update_school(db, 999, _full_input(tree)),
    ],
)
def test_unknown_school(db: Database, tree: Tree, call: Callable[[Database, Tree], Any]) -> None:
    with pytest.raises(NotFoundError, match=r"^School #999 no longer exists; it may have been deleted\.$"):
        call(db, tree)


def test_deleting_a_school_with_people_is_refused(db: Database, tree: Tree) -> None:
    row = create_school(db, _full_input(tree))
    create_person(db, PersonInput("Savitha Patil", "Headmaster", school_id=row.id))
    audits = _audit_count(db)
    with pytest.raises(ConflictError) as caught:
        delete_school(db, row.id)
    assert str(caught.value) == (
        "Government Higher Primary School, Tukkanatti (29010100101) still has one person recorded at it; "
        "move them to another school or remove them first."
    )
    assert get_school(db, row.id).id == row.id
    assert _audit_count(db) == audits


# --- validation ----------------------------------------------------------------------------------


def test_every_wrong_field_is_reported_by_name(db: Database, tree: Tree) -> None:
    bad = SchoolInput(
        udise_code="2901010010",
        name="  ",
        block_id=None,
        pincode="059001",
        latitude="74.8",
        longitude="east",
        area="town",
        village="v" * 121,
    )
    with pytest.raises(ValidationError) as caught:
        create_school(db, bad)
    assert caught.value.field_errors == {
        "udise_code": "UDISE code 2901010010 has 10 digits; expected 11.",
        "name": "School name is required.",
        "block_id": "Choose the block the school is in.",
        "village": "Village is 121 characters long; at most 120 fit.",
        "area": "Rural / urban 'town' is not one of: rural, urban.",
        "pincode": "PIN code '059001' must be 6 digits, not starting with 0.",
        "latitude": "Latitude 74.8 is outside India (6.0 to 37.5).",
        "longitude": "Longitude 'east' is not a number (expected decimal degrees such as 15.85).",
    }
    assert count_schools(db) == 0


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("", "UDISE code is required."),
        ("2901010010", "UDISE code 2901010010 has 10 digits; expected 11."),
        ("29010100I01", "UDISE code 29010100I01 contains 'I'; it must have digits only."),
        (
            "29020100101",
            "UDISE code 29020100101 starts with 2902, but school codes of Belagavi district start with 2901.",
        ),
    ],
)
def test_bad_udise_code_stores_nothing(db: Database, tree: Tree, code: str, message: str) -> None:
    audits = _audit_count(db)
    with pytest.raises(ValidationError) as caught:
        create_school(db, replace(_full_input(tree), udise_code=code))
    assert caught.value.field_errors == {"udise_code": message}
    assert count_schools(db) == 0
    assert _audit_count(db) == audits


def test_bad_update_changes_nothing(db: Database, tree: Tree) -> None:
    row = create_school(db, _full_input(tree))
    audits = _audit_count(db)
    with pytest.raises(ValidationError) as caught:
        update_school(db, row.id, replace(_full_input(tree), name="Renamed", latitude="0"))
    assert set(caught.value.field_errors) == {"latitude"}
    assert get_school(db, row.id) == row
    assert _audit_count(db) == audits


def test_duplicate_udise_code_names_the_other_school(db: Database, tree: Tree) -> None:
    create_school(db, SchoolInput("29010100101", "GLPS Tukkanatti", tree.gokak))
    with pytest.raises(ValidationError) as caught:
        create_school(db, SchoolInput("2901-0100-101", "GHPS Mamadapur", tree.gokak))
    assert caught.value.field_errors == {
        "udise_code": "UDISE code 29010100101 already belongs to GLPS Tukkanatti."
    }
    other = create_school(db, SchoolInput("29010100201", "GHPS Mamadapur", tree.gokak))
    with pytest.raises(ValidationError) as caught:
        update_school(db, other.id, SchoolInput("29010100101", "GHPS Mamadapur", tree.gokak))
    assert caught.value.field_errors == {
        "udise_code": "UDISE code 29010100101 already belongs to GLPS Tukkanatti."
    }
    assert count_schools(db) == 2


def test_cluster_must_belong_to_the_block(db: Database, tree: Tree) -> None:
    with pytest.raises(ValidationError) as caught:
        create_school(db, SchoolInput("29010100101", "GLPS Tukkanatti", tree.gokak, tree.ainapur))
    assert caught.value.field_errors == {"cluster_id": "Cluster Ainapur is not in block Gokak."}
    with pytest.raises(ValidationError) as caught:
        create_school(db, SchoolInput("29010100101", "GLPS Tukkanatti", tree.gokak, 9999))
    assert caught.value.field_errors == {"cluster_id": "The chosen cluster no longer exists."}
    with pytest.raises(ValidationError) as caught:
        create_school(db, SchoolInput("29010100101", "GLPS Tukkanatti", 9999, tree.kallur))
    assert caught.value.field_errors == {"block_id": "Choose the block the school is in."}
    assert count_schools(db) == 0


# --- search --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Searchable:
    db: Database
    tree: Tree
    ids: dict[str, int]


@pytest.fixture(scope="module")
def searchable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Searchable]:
    """Five schools whose words overlap in chosen ways (one database for the module, only read)."""
    db, _report = open_database(tmp_path_factory.mktemp("search") / "district.db", operator="tester")
    tree = _tree(db)
    made = {
        "tukkanatti": SchoolInput(
            "29010100101", "GLPS Tukkanatti", tree.gokak, tree.kallur, "ಸರ್ಕಾರಿ ಶಾಲೆ ತುಕ್ಕಾನಟ್ಟಿ", "Tukkanatti"
        ),
        "mamadapur": SchoolInput(
            "29010100201", "GHPS Mamadapur", tree.gokak, tree.kallur, village="Mamadapur"
        ),
        "urdu": SchoolInput("29010100301", "Govt Urdu HPS", tree.gokak, None, village="Konnur"),
        "shiraguppi": SchoolInput(
            "29010200101", "GHS Shiraguppi", tree.athani, tree.ainapur, village="Shiraguppi"
        ),
        "ainapur": SchoolInput(
            "29010200201", "GLPS Ainapur Tanda", tree.athani, tree.ainapur, village="Tanda"
        ),
    }
    ids = {key: create_school(db, data).id for key, data in made.items()}
    try:
        yield Searchable(db, tree, ids)
    finally:
        db.close()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["tukkanatti", "mamadapur", "urdu", "shiraguppi", "ainapur"]),
        ("tukkanatti", ["tukkanatti"]),  # name and village
        ("TUKKA", ["tukkanatti"]),  # case-insensitive, part of a word
        ("ತುಕ್ಕಾ", ["tukkanatti"]),  # local name
        ("2901010", ["tukkanatti", "mamadapur", "urdu"]),  # part of the UDISE code
        ("2901 0100 201", ["mamadapur"]),  # the code as printed, in groups
        ("konnur", ["urdu"]),  # village only
        ("gokak", ["tukkanatti", "mamadapur", "urdu"]),  # block name
        ("ಅಥಣಿ", ["shiraguppi", "ainapur"]),  # block local name
        ("kallur", ["tukkanatti", "mamadapur"]),  # cluster name
        ("ಕಲ್ಲೂರ", ["tukkanatti", "mamadapur"]),  # cluster local name
        ("ainapur", ["shiraguppi", "ainapur"]),  # cluster for one, name and cluster for the other
        ("glps", ["tukkanatti", "ainapur"]),
        ("glps athani", ["ainapur"]),  # every word must match
        ("glps   GOKAK", ["tukkanatti"]),
        ("ghps gokak urdu", []),
        ("tanda gokak", []),
        ("belagavi", []),  # the district name is not part of a school's search text
    ],
)
def test_search_every_word_must_match(searchable: Searchable, query: str, expected: list[str]) -> None:
    found = search_school_ids(searchable.db, query)
    assert sorted(found) == sorted(searchable.ids[key] for key in expected)


def test_search_within_a_block(searchable: Searchable) -> None:
    db, tree, ids = searchable.db, searchable.tree, searchable.ids
    assert search_school_ids(db, "glps", block_id=tree.athani) == [ids["ainapur"]]
    assert sorted(search_school_ids(db, block_id=tree.gokak)) == sorted(
        [ids["tukkanatti"], ids["mamadapur"], ids["urdu"]]
    )


def test_unknown_sort_key_is_refused(db: Database) -> None:
    with pytest.raises(ValueError, match="cannot sort by 'district'"):
        search_school_ids(db, sort="district")


# --- sorting (one shared database, read only) ----------------------------------------------------


@pytest.fixture(scope="module")
def sort_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """Schools whose names differ in case and whose optional columns are partly empty."""
    path = Path(tmp_path_factory.mktemp("sorting")) / "district.db"
    db, _report = open_database(path, operator="tester")
    tree = _tree(db)
    other_cluster = create_cluster(db, ClusterInput(tree.gokak, "arabhavi")).id
    rows = [
        ("banana School", tree.gokak, tree.kallur, "Zunjarwad", "Private aided", "Primary (1-5)"),
        ("apple School", tree.gokak, other_cluster, None, "Department of Education", "Upper primary (1-8)"),
        ("Cherry School", tree.athani, tree.ainapur, "arjunwad", None, "Primary (1-5)"),
        ("Apple School", tree.athani, None, "Badigwad", "Department of Education", None),
        ("date School", tree.gokak, None, "zunjarwad", "Local body", "Secondary (1-10)"),
        ("Banana School", tree.athani, tree.ainapur, None, "Private unaided", "Upper primary (1-8)"),
        ("ಕನ್ನಡ ಶಾಲೆ", tree.gokak, tree.kallur, "ಗೋಕಾಕ", "Department of Education", "Primary (1-5)"),
        ("Elephant School", tree.athani, tree.ainapur, "Arjunwad", "Private aided", "Secondary (1-10)"),
    ]
    codes = [
        "29010100501",
        "29010100301",
        "29010200101",
        "29010200901",
        "29010100201",
        "29010200301",
        "29010100401",
        "29010200201",
    ]
    for code, (name, block, cluster, village, management, category) in zip(codes, rows, strict=True):
        create_school(
            db,
            SchoolInput(
                code, name, block, cluster, village=village, management=management, category=category
            ),
        )
    try:
        yield db
    finally:
        db.close()


def _nocase(text: str | None) -> tuple[int, str]:
    """SQLite's NOCASE: only ASCII letters fold; NULL sorts before every value."""
    if text is None:
        return (0, "")
    return (1, text.translate(str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")))


def _binary(text: str | None) -> tuple[int, str]:
    return (0, "") if text is None else (1, text)


EXPECTED_ORDER: dict[str, Callable[[SchoolRow], tuple]] = {
    "udise_code": lambda r: (r.udise_code, r.id),
    "name": lambda r: (_nocase(r.name), r.id),
    "block": lambda r: (_nocase(r.block_name), _nocase(r.name), r.id),
    "cluster": lambda r: (_nocase(r.cluster_name), _nocase(r.name), r.id),
    "village": lambda r: (_nocase(r.village), r.id),
    "management": lambda r: (_binary(r.management), r.id),
    "category": lambda r: (_binary(r.category), r.id),
}


def test_every_sort_key_is_covered() -> None:
    assert set(EXPECTED_ORDER) == set(SORT_KEYS)


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
@pytest.mark.parametrize("sort", sorted(EXPECTED_ORDER))
def test_sorting(sort_db: Database, sort: str, descending: bool) -> None:
    ids = search_school_ids(sort_db, sort=sort, descending=descending)
    rows = school_rows(sort_db, ids)
    assert len(ids) == 8
    expected = sorted(rows.values(), key=EXPECTED_ORDER[sort], reverse=descending)
    assert ids == [row.id for row in expected]


def _names(db: Database, ids: list[int]) -> list[str]:
    rows = school_rows(db, ids)
    return [rows[i].name for i in ids]


def test_name_sort_ignores_ascii_case_and_breaks_ties_by_id(sort_db: Database) -> None:
    # A binary sort would put every capitalised name before "apple School".
    assert _names(sort_db, search_school_ids(sort_db, sort="name")) == [
        "apple School",
        "Apple School",
        "banana School",
        "Banana School",
        "Cherry School",
        "date School",
        "Elephant School",
        "ಕನ್ನಡ ಶಾಲೆ",
    ]


def test_sorting_a_search_result(sort_db: Database) -> None:
    ids = search_school_ids(sort_db, "school", sort="village", descending=True)
    # zunjarwad / Zunjarwad tie: later id first when descending; empty villages come last.
    assert _names(sort_db, ids) == [
        "date School",
        "banana School",
        "Apple School",
        "Elephant School",
        "Cherry School",
        "Banana School",
        "apple School",
    ]


# --- school_rows ---------------------------------------------------------------------------------


def test_school_rows_returns_exactly_the_asked_ids(db: Database) -> None:
    generate_demo(db, size=DemoSize(blocks=3, clusters_per_block=4, schools_per_cluster=50, headmasters=0))
    all_ids = search_school_ids(db, sort="udise_code")
    assert len(all_ids) == 600  # more than one fetch chunk of 500
    asked = [*all_ids[::-1][:550], 10**6]  # a missing id is simply left out
    rows = school_rows(db, asked)
    assert set(rows) == set(all_ids[::-1][:550])
    assert all(rows[i].id == i for i in rows)
    with db.reading() as session:
        statement = select(School.id, School.udise_code).where(School.id.in_(list(rows)))
        codes = {school_id: code for school_id, code in session.execute(statement)}
    assert {i: row.udise_code for i, row in rows.items()} == codes
    assert school_rows(db, []) == {}
    assert set(school_rows(db, all_ids[:3])) == set(all_ids[:3])


def test_search_finds_a_school_by_the_initials_of_its_kind(db: Database) -> None:
    """Offices say GHPS / GLPS / GHS; the names spell them out."""
    from desktop.services.search_text import initials

    assert initials("Government Higher Primary School, Kerehalli") == "ghps"
    assert initials("Government High School") == "ghs"
    assert initials("Kerehalli") is None
    assert initials(None) is None
    district = create_district(db, DistrictInput("Bagalkot", "Karnataka", "2902"))
    block = create_block(db, BlockInput(district.id, "Badami"))
    ghps = create_school(db, SchoolInput("29020100101", "Government Higher Primary School, Kerur", block.id))
    create_school(db, SchoolInput("29020100102", "Government Lower Primary School, Kerur", block.id))
    assert search_school_ids(db, "GHPS kerur") == [ghps.id]
