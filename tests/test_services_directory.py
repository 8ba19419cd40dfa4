"""Offices, partner organisations and people: CRUD, validation, search, sort, read-only refusal."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from db.models import AuditEntry, Office, Organisation, Person
from desktop.services import offices as office_service
from desktop.services import organisations as organisation_service
from desktop.services import people as person_service
from desktop.services.database import READ_ONLY_BECAUSE_IN_USE, Database
from desktop.services.errors import ConflictError, NotFoundError, ReadOnlyError, ValidationError
from desktop.services.geography import BlockInput, DistrictInput, create_block, create_district
from desktop.services.offices import (
    OfficeInput,
    create_office,
    delete_office,
    get_office,
    list_offices,
    office_rows,
    search_office_ids,
    update_office,
)
from desktop.services.opening import open_database
from desktop.services.organisations import (
    OrganisationInput,
    create_organisation,
    delete_organisation,
    get_organisation,
    list_organisations,
    organisation_rows,
    search_organisation_ids,
    update_organisation,
)
from desktop.services.people import (
    PersonInput,
    create_person,
    delete_person,
    get_person,
    person_rows,
    search_person_ids,
    update_person,
)
from desktop.services.schools import SchoolInput, create_school, search_school_ids


@dataclass(frozen=True)
class Place:
    district: int
    gokak: int
    school: int


def _place(db: Database) -> Place:
    district = create_district(db, DistrictInput("Belagavi", "Karnataka", "2901")).id
    gokak = create_block(db, BlockInput(district, "Gokak")).id
    school = create_school(db, SchoolInput("29010100101", "GHPS Tukkanatti", gokak)).id
    return Place(district, gokak, school)


@pytest.fixture
def place(db: Database) -> Place:
    return _place(db)


def _count(db: Database, model: type) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


DDPI = OfficeInput(
    name="Office of the DDPI, Belagavi",
    kind="DDPI",
    office_code="ddpi/bgm",
    name_local="ಉಪನಿರ್ದೇಶಕರ ಕಛೇರಿ, ಬೆಳಗಾವಿ",
    address="Club Road, Belagavi",
    phone="0831 240 5678",
    email="DDPI.Belagavi@Example.ORG",
)
AKSHARA = OrganisationInput(
    name="Akshara Pathways Foundation",
    kind="NGO",
    name_local="ಅಕ್ಷರ ಪಥ ಪ್ರತಿಷ್ಠಾನ",
    registration_number="DRK/SOR/123/2010",
    ngo_darpan_id="ka/2017/0123456",
    focus_areas=(
        " Foundational literacy and numeracy ",
        "Foundational  literacy and numeracy",
        "",
        "Digital learning",
    ),
    contact_person="Kavitha Hegde",
    phone="+91 98450 12345",
    email="contact@akshara.example.org",
    website="https://akshara.example.org",
)


# --- offices -------------------------------------------------------------------------------------


def test_create_office(db: Database, place: Place) -> None:
    row = create_office(db, replace(DDPI, district_id=place.district))
    assert (row.name, row.office_code, row.kind, row.phone, row.email) == (
        "Office of the DDPI, Belagavi",
        "DDPI/BGM",
        "DDPI",
        "08312405678",
        "ddpi.belagavi@example.org",
    )
    assert (row.district_id, row.block_id, row.block_name) == (place.district, None, None)
    assert get_office(db, row.id) == row
    assert list_offices(db) == [row]


def test_block_office_takes_the_district_of_its_block(db: Database, place: Place) -> None:
    row = create_office(db, OfficeInput("BEO Gokak", "BEO", "BEO/GKK", block_id=place.gokak))
    assert (row.district_id, row.block_id, row.block_name) == (place.district, place.gokak, "Gokak")
    assert get_office(db, row.id).block_name == "Gokak"


def test_office_validation(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_office(
            db,
            OfficeInput(
                "", "", " ", phone="0831-24056", email="ddpi at belagavi", district_id=404, block_id=405
            ),
        )
    assert caught.value.field_errors == {
        "name": "Office name is required.",
        "office_code": "Office code is required.",
        "kind": "Kind of office is required.",
        "district_id": "The chosen district no longer exists.",
        "block_id": "The chosen block no longer exists.",
        "phone": "Phone number '0831-24056' has 8 digits after the prefix; expected 10.",
        "email": "'ddpi at belagavi' is not an e-mail address (expected name@example.org).",
    }
    assert _count(db, Office) == 0


def test_office_name_and_code_are_unique(db: Database) -> None:
    create_office(db, DDPI)
    with pytest.raises(ValidationError) as caught:
        create_office(db, replace(DDPI, office_code="DDPI/BGM "))
    assert caught.value.field_errors == {
        "name": "An office named Office of the DDPI, Belagavi already exists.",
        "office_code": "Office code DDPI/BGM is already used by another office.",
    }
    assert _count(db, Office) == 1


def test_update_office(db: Database, place: Place) -> None:
    row = create_office(db, DDPI)
    updated = update_office(db, row.id, replace(DDPI, kind="DEO", block_id=place.gokak, phone=None))
    assert (updated.kind, updated.block_name, updated.district_id, updated.phone) == (
        "DEO",
        "Gokak",
        place.district,
        None,
    )
    assert get_office(db, row.id) == updated
    assert update_office(db, row.id, replace(DDPI, block_id=None)).block_name is None


def test_deleting_an_office_with_people_is_refused(db: Database) -> None:
    office = create_office(db, DDPI).id
    create_person(
        db, PersonInput("Ramesh Kulkarni", "Deputy Director of Public Instruction (DDPI)", office_id=office)
    )
    create_person(db, PersonInput("Geetha Naik", "District Education Officer (DEO)", office_id=office))
    with pytest.raises(ConflictError) as caught:
        delete_office(db, office)
    assert str(caught.value) == "Office of the DDPI, Belagavi still has 2 people; move or remove them first."
    assert _count(db, Office) == 1
    assert _count(db, Person) == 2


def test_delete_office(db: Database) -> None:
    office = create_office(db, DDPI).id
    delete_office(db, office)
    assert list_offices(db) == []


@pytest.mark.parametrize(
    "call",
    [
        lambda db: get_office(db, 404),
        lambda db: update_office(db, 404, DDPI),
        lambda db: delete_office(db, 404),
    ],
)
def test_unknown_office(db: Database, call: Callable[[Database], Any]) -> None:
    with pytest.raises(NotFoundError, match=r"^Office #404 no longer exists; it may have been deleted\.$"):
        call(db)


# --- organisations -------------------------------------------------------------------------------


def test_create_organisation_cleans_its_fields(db: Database) -> None:
    row = create_organisation(db, AKSHARA)
    assert row.ngo_darpan_id == "KA/2017/0123456"
    assert row.focus_areas == ("Foundational literacy and numeracy", "Digital learning")
    assert (row.phone, row.email) == ("+919845012345", "contact@akshara.example.org")
    assert get_organisation(db, row.id) == row
    assert list_organisations(db) == [row]


def test_organisation_validation(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_organisation(
            db,
            OrganisationInput(
                "  ", "", ngo_darpan_id="KA/17/123", phone="12345", email="x@", website="w" * 201
            ),
        )
    assert caught.value.field_errors == {
        "name": "Organisation name is required.",
        "kind": "Kind of organisation is required.",
        "ngo_darpan_id": "NGO-Darpan ID 'KA/17/123' should look like KA/2017/0123456 (state/year/7 digits).",
        "phone": "Phone number '12345' has 5 digits after the prefix; expected 10.",
        "email": "'x@' is not an e-mail address (expected name@example.org).",
        "website": "Website is 201 characters long; at most 200 fit.",
    }
    assert _count(db, Organisation) == 0


def test_organisation_name_and_darpan_id_are_unique(db: Database) -> None:
    create_organisation(db, AKSHARA)
    with pytest.raises(ValidationError) as caught:
        create_organisation(db, replace(AKSHARA, ngo_darpan_id="KA/2017/0123456"))
    assert caught.value.field_errors == {
        "name": "An organisation named Akshara Pathways Foundation already exists.",
        "ngo_darpan_id": "NGO-Darpan ID KA/2017/0123456 is already recorded for another organisation.",
    }
    # Without a Darpan ID there is nothing to clash on.
    create_organisation(db, OrganisationInput("Kalike Shikshana Trust", "Trust"))
    create_organisation(db, OrganisationInput("Nanna Shale Foundation", "NGO"))
    assert _count(db, Organisation) == 3


def test_update_organisation_keeps_its_own_darpan_id(db: Database) -> None:
    row = create_organisation(db, AKSHARA)
    updated = update_organisation(
        db, row.id, replace(AKSHARA, kind="Trust", focus_areas=("Digital learning",))
    )
    assert (updated.kind, updated.focus_areas, updated.ngo_darpan_id) == (
        "Trust",
        ("Digital learning",),
        "KA/2017/0123456",
    )
    assert get_organisation(db, row.id) == updated


def test_deleting_an_organisation_with_people_is_refused(db: Database) -> None:
    org = create_organisation(db, AKSHARA).id
    for name in ("Kavitha Hegde", "Prakash Bhat", "Shobha Desai"):
        create_person(db, PersonInput(name, "NGO Field Coordinator", organisation_id=org))
    audits = _count(db, AuditEntry)
    with pytest.raises(ConflictError) as caught:
        delete_organisation(db, org)
    assert str(caught.value) == "Akshara Pathways Foundation still has 3 people; move or remove them first."
    assert _count(db, Organisation) == 1
    assert _count(db, AuditEntry) == audits


def test_delete_organisation(db: Database) -> None:
    org = create_organisation(db, AKSHARA).id
    delete_organisation(db, org)
    assert list_organisations(db) == []
    with pytest.raises(NotFoundError, match=rf"^Organisation #{org} no longer exists"):
        get_organisation(db, org)
    with pytest.raises(NotFoundError, match=r"^Organisation #404 no longer exists"):
        update_organisation(db, 404, AKSHARA)


# --- people --------------------------------------------------------------------------------------


def test_people_with_each_kind_of_affiliation(db: Database, place: Place) -> None:
    office = create_office(db, DDPI).id
    org = create_organisation(db, AKSHARA).id
    official = create_person(
        db,
        PersonInput(
            " Ramesh  Kulkarni ",
            "Deputy Director of Public Instruction (DDPI)",
            "ರಮೇಶ್ ಕುಲಕರ್ಣಿ",
            office_id=office,
            preferred_language="kn",
        ),
    )
    ngo = create_person(
        db,
        PersonInput(
            "Kavitha Hegde", "NGO Director", organisation_id=org, email="Kavitha@Akshara.Example.org"
        ),
    )
    head = create_person(
        db, PersonInput("Savitha Patil", "Headmaster", school_id=place.school, phone="98450 12345")
    )
    loner = create_person(db, PersonInput("Anand Murthy", "Teacher"))
    assert (official.name, official.name_local, official.affiliation, official.preferred_language) == (
        "Ramesh Kulkarni",
        "ರಮೇಶ್ ಕುಲಕರ್ಣಿ",
        "Office of the DDPI, Belagavi",
        "kn",
    )
    assert (ngo.organisation_id, ngo.affiliation, ngo.email) == (
        org,
        "Akshara Pathways Foundation",
        "kavitha@akshara.example.org",
    )
    assert (head.school_id, head.affiliation, head.phone) == (place.school, "GHPS Tukkanatti", "9845012345")
    assert (loner.affiliation, loner.preferred_language) == (None, "en")
    for row in (official, ngo, head, loner):
        assert get_person(db, row.id) == row
    assert person_rows(db, [official.id, loner.id]) == {official.id: official, loner.id: loner}


def test_a_person_with_two_affiliations_is_refused(db: Database, place: Place) -> None:
    office = create_office(db, DDPI).id
    org = create_organisation(db, AKSHARA).id
    message = "A person belongs to one office, organisation or school, not several."
    with pytest.raises(ValidationError) as caught:
        create_person(
            db, PersonInput("Ramesh Kulkarni", "DIET Lecturer", office_id=office, organisation_id=org)
        )
    assert caught.value.field_errors == {"organisation_id": message}
    with pytest.raises(ValidationError) as caught:
        create_person(
            db, PersonInput("Ramesh Kulkarni", "Teacher", organisation_id=org, school_id=place.school)
        )
    assert caught.value.field_errors == {"school_id": message}
    with pytest.raises(ValidationError) as caught:
        create_person(
            db,
            PersonInput(
                "Ramesh Kulkarni", "Teacher", office_id=office, organisation_id=org, school_id=place.school
            ),
        )
    assert caught.value.field_errors == {"organisation_id": message}
    assert _count(db, Person) == 0
    # Nor can an existing person gain a second one.
    person = create_person(db, PersonInput("Ramesh Kulkarni", "Teacher", school_id=place.school))
    with pytest.raises(ValidationError):
        update_person(
            db, person.id, PersonInput("Ramesh Kulkarni", "Teacher", office_id=office, school_id=place.school)
        )
    assert get_person(db, person.id) == person


def test_person_validation(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_person(
            db, PersonInput("", " ", office_id=404, phone="phone", email="nobody", preferred_language="ta")
        )
    assert caught.value.field_errors == {
        "name": "Name is required.",
        "designation": "Designation is required.",
        "office_id": "The chosen office, organisation or school no longer exists.",
        "preferred_language": "Preferred language must be one of English, Kannada, Hindi, Marathi.",
        "phone": "Phone number 'phone' may contain only digits, spaces, dashes and a leading +.",
        "email": "'nobody' is not an e-mail address (expected name@example.org).",
    }
    assert _count(db, Person) == 0


def test_update_and_delete_person(db: Database, place: Place) -> None:
    org = create_organisation(db, AKSHARA).id
    person = create_person(db, PersonInput("Kavitha Hegde", "NGO Director", organisation_id=org))
    moved = update_person(db, person.id, PersonInput("Kavitha Hegde", "Headmaster", school_id=place.school))
    assert (moved.organisation_id, moved.school_id, moved.affiliation) == (
        None,
        place.school,
        "GHPS Tukkanatti",
    )
    assert get_person(db, person.id) == moved
    assert search_person_ids(db, "tukkanatti") == [person.id]
    assert search_person_ids(db, "akshara") == []
    delete_person(db, person.id)
    assert search_person_ids(db) == []
    with pytest.raises(
        NotFoundError, match=rf"^Person #{person.id} no longer exists; it may have been deleted\.$"
    ):
        delete_person(db, person.id)
    with pytest.raises(NotFoundError, match=r"^Person #404 no longer exists"):
        update_person(db, 404, PersonInput("X", "Teacher"))


def test_update_person_writes_before_and_after(db: Database) -> None:
    person = create_person(db, PersonInput("Kavitha Hegde", "NGO Director"))
    update_person(db, person.id, PersonInput("Kavitha Hegde", "NGO Director", phone="98450 12345"))
    with db.reading() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "person", AuditEntry.action == "update")
        ).one()
    assert (entry.entity_id, entry.before, entry.after) == (
        person.id,
        {"phone": None},
        {"phone": "9845012345"},
    )


# --- search and sort (one shared database, read only) --------------------------------------------


@dataclass(frozen=True)
class Directory:
    db: Database
    offices: dict[str, int]
    organisations: dict[str, int]
    people: dict[str, int]


@pytest.fixture(scope="module")
def directory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Directory]:
    db, _report = open_database(Path(tmp_path_factory.mktemp("directory")) / "district.db", operator="tester")
    place = _place(db)
    offices = {
        "ddpi": create_office(db, DDPI).id,
        "diet": create_office(db, OfficeInput("diet Belagavi", "DIET", "DIET/BGM", "ಡಯಟ್ ಬೆಳಗಾವಿ")).id,
        "beo": create_office(db, OfficeInput("BEO Gokak", "BEO", "BEO/GKK", block_id=place.gokak)).id,
        "zp": create_office(db, OfficeInput("Zilla Panchayat, Belagavi", "Zilla Panchayat", "ZP/BGM")).id,
    }
    organisations = {
        "akshara": create_organisation(db, AKSHARA).id,
        "kalike": create_organisation(
            db,
            OrganisationInput(
                "kalike Shikshana Trust",
                "Trust",
                ngo_darpan_id="KA/2012/7654321",
                focus_areas=("Community engagement",),
            ),
        ).id,
        "udaya": create_organisation(
            db,
            OrganisationInput(
                "Udaya Early Years Trust",
                "Trust",
                contact_person="rekha Shetty",
                focus_areas=("Early childhood education",),
            ),
        ).id,
        "belaku": create_organisation(
            db,
            OrganisationInput(
                "Belaku Girls' Education Trust",
                "Society",
                contact_person="Anand Reddy",
                ngo_darpan_id="KA/2019/0000001",
            ),
        ).id,
    }
    people = {
        "ramesh": create_person(
            db,
            PersonInput(
                "Ramesh Kulkarni",
                "Deputy Director of Public Instruction (DDPI)",
                "ರಮೇಶ್ ಕುಲಕರ್ಣಿ",
                office_id=offices["ddpi"],
                phone="0831 240 5678",
            ),
        ).id,
        "geetha": create_person(
            db,
            PersonInput(
                "geetha Naik", "DIET Lecturer", office_id=offices["diet"], email="geetha@diet.example.in"
            ),
        ).id,
        "kavitha": create_person(
            db,
            PersonInput(
                "Kavitha Hegde",
                "NGO Director",
                organisation_id=organisations["akshara"],
                phone="+91 98450 12345",
            ),
        ).id,
        "savitha": create_person(
            db,
            PersonInput(
                "Savitha Patil", "Headmaster", school_id=place.school, email="savitha@school.example.in"
            ),
        ).id,
        "anand": create_person(db, PersonInput("Anand Murthy", "Teacher")).id,
        "basavaraj": create_person(
            db, PersonInput("Basavaraj Gowda", "DIET Lecturer", office_id=offices["diet"])
        ).id,
    }
    try:
        yield Directory(db, offices, organisations, people)
    finally:
        db.close()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["ddpi", "diet", "beo", "zp"]),
        ("belagavi", ["ddpi", "diet", "zp"]),
        ("ddpi/bgm", ["ddpi"]),  # office code
        ("gokak", ["beo"]),  # name and block
        ("zilla panchayat", ["zp"]),  # kind and name
        ("ಡಯಟ್", ["diet"]),  # local name
        ("DIET belagavi", ["diet"]),
        ("office gokak", []),
    ],
)
def test_office_search(directory: Directory, query: str, expected: list[str]) -> None:
    assert sorted(search_office_ids(directory.db, query)) == sorted(directory.offices[k] for k in expected)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["akshara", "kalike", "udaya", "belaku"]),
        ("trust", ["kalike", "udaya", "belaku"]),
        ("ka/2017/0123456", ["akshara"]),  # Darpan id
        ("rekha", ["udaya"]),  # contact person
        ("early childhood", ["udaya"]),  # focus area
        ("literacy", ["akshara"]),
        ("ಅಕ್ಷರ", ["akshara"]),
        ("trust girls", ["belaku"]),
        ("trust literacy", []),
    ],
)
def test_organisation_search(directory: Directory, query: str, expected: list[str]) -> None:
    found = search_organisation_ids(directory.db, query)
    assert sorted(found) == sorted(directory.organisations[k] for k in expected)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["ramesh", "geetha", "kavitha", "savitha", "anand", "basavaraj"]),
        ("lecturer", ["geetha", "basavaraj"]),  # designation
        ("diet", ["geetha", "basavaraj"]),  # affiliation and designation
        ("akshara", ["kavitha"]),  # organisation
        ("tukkanatti", ["savitha"]),  # school
        ("08312405678", ["ramesh"]),  # phone as stored
        ("9845012345", ["kavitha"]),
        ("geetha@diet", ["geetha"]),  # e-mail
        ("ರಮೇಶ್", ["ramesh"]),
        ("GEETHA lecturer", ["geetha"]),
        ("gowda teacher", []),
    ],
)
def test_person_search(directory: Directory, query: str, expected: list[str]) -> None:
    assert sorted(search_person_ids(directory.db, query)) == sorted(directory.people[k] for k in expected)


def _nocase(text: str | None) -> tuple[int, str]:
    """SQLite's NOCASE: only ASCII letters fold; NULL sorts before every value."""
    if text is None:
        return (0, "")
    return (1, text.translate(str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")))


def _binary(text: str | None) -> tuple[int, str]:
    return (0, "") if text is None else (1, text)


OFFICE_ORDER: dict[str, Callable[[Any], tuple]] = {
    "name": lambda r: (_nocase(r.name), r.id),
    "kind": lambda r: (_binary(r.kind), _nocase(r.name), r.id),
    "office_code": lambda r: (_binary(r.office_code), r.id),
}
ORGANISATION_ORDER: dict[str, Callable[[Any], tuple]] = {
    "name": lambda r: (_nocase(r.name), r.id),
    "kind": lambda r: (_binary(r.kind), _nocase(r.name), r.id),
    "ngo_darpan_id": lambda r: (_binary(r.ngo_darpan_id), r.id),
    "contact_person": lambda r: (_nocase(r.contact_person), r.id),
}
PERSON_ORDER: dict[str, Callable[[Any], tuple]] = {
    "name": lambda r: (_nocase(r.name), r.id),
    "designation": lambda r: (_binary(r.designation), _nocase(r.name), r.id),
    "affiliation": lambda r: (_nocase(r.affiliation), _nocase(r.name), r.id),
    "phone": lambda r: (_binary(r.phone), r.id),
    "email": lambda r: (_binary(r.email), r.id),
}


def test_every_sort_key_is_covered() -> None:
    assert set(OFFICE_ORDER) == set(office_service.SORT_KEYS)
    assert set(ORGANISATION_ORDER) == set(organisation_service.SORT_KEYS)
    assert set(PERSON_ORDER) == set(person_service.SORT_KEYS)


SORT_CASES = [
    *[("office", key) for key in OFFICE_ORDER],
    *[("organisation", key) for key in ORGANISATION_ORDER],
    *[("person", key) for key in PERSON_ORDER],
]


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
@pytest.mark.parametrize(("entity", "sort"), SORT_CASES)
def test_sorting(directory: Directory, entity: str, sort: str, descending: bool) -> None:
    search, rows_of, order = {
        "office": (search_office_ids, office_rows, OFFICE_ORDER),
        "organisation": (search_organisation_ids, organisation_rows, ORGANISATION_ORDER),
        "person": (search_person_ids, person_rows, PERSON_ORDER),
    }[entity]
    ids = search(directory.db, sort=sort, descending=descending)
    rows = rows_of(directory.db, ids)
    assert len(ids) == len(rows) >= 4
    expected = sorted(rows.values(), key=order[sort], reverse=descending)
    assert ids == [row.id for row in expected]


def test_people_by_affiliation_ignore_ascii_case(directory: Directory) -> None:
    ids = search_person_ids(directory.db, sort="affiliation")
    rows = person_rows(directory.db, ids)
    assert [(rows[i].affiliation, rows[i].name) for i in ids] == [
        (None, "Anand Murthy"),
        ("Akshara Pathways Foundation", "Kavitha Hegde"),
        ("diet Belagavi", "Basavaraj Gowda"),
        ("diet Belagavi", "geetha Naik"),
        ("GHPS Tukkanatti", "Savitha Patil"),
        ("Office of the DDPI, Belagavi", "Ramesh Kulkarni"),
    ]


def test_rows_follow_the_asked_order(directory: Directory) -> None:
    ids = list(reversed(directory.offices.values()))
    assert list(office_rows(directory.db, [*ids, 404])) == ids
    org_ids = list(reversed(directory.organisations.values()))
    assert list(organisation_rows(directory.db, org_ids)) == org_ids


# --- read-only database --------------------------------------------------------------------------


@pytest.fixture
def read_only(db: Database, db_path: Path, place: Place) -> Iterator[Database]:
    """The same file opened a second time while ``db`` holds it: that handle is read-only."""
    second, _report = open_database(db_path, operator="second window")
    try:
        yield second
    finally:
        second.close()


def test_second_handle_is_read_only(read_only: Database) -> None:
    assert read_only.read_only
    assert read_only.read_only_reason == READ_ONLY_BECAUSE_IN_USE


def test_read_only_database_refuses_every_change(db: Database, read_only: Database, place: Place) -> None:
    office = create_office(db, DDPI).id
    org = create_organisation(db, AKSHARA).id
    person = create_person(db, PersonInput("Anand Murthy", "Teacher")).id
    before = {model.__tablename__: _count(db, model) for model in (Office, Organisation, Person, AuditEntry)}
    attempts: list[Callable[[], Any]] = [
        lambda: create_office(read_only, replace(DDPI, name="Another office", office_code="X/1")),
        lambda: update_office(read_only, office, replace(DDPI, kind="DEO")),
        lambda: delete_office(read_only, office),
        lambda: create_organisation(read_only, replace(AKSHARA, name="Another NGO", ngo_darpan_id=None)),
        lambda: update_organisation(read_only, org, AKSHARA),
        lambda: delete_organisation(read_only, org),
        lambda: create_person(read_only, PersonInput("Rekha Shetty", "Teacher")),
        lambda: update_person(read_only, person, PersonInput("Anand Murthy", "Headmaster")),
        lambda: delete_person(read_only, person),
        lambda: create_school(read_only, SchoolInput("29010100102", "GLPS Kallur", place.gokak)),
        lambda: create_district(read_only, DistrictInput("Bagalkote", "Karnataka", "2902")),
    ]
    for attempt in attempts:
        with pytest.raises(ReadOnlyError) as caught:
            attempt()
        assert str(caught.value) == READ_ONLY_BECAUSE_IN_USE
    assert {
        model.__tablename__: _count(db, model) for model in (Office, Organisation, Person, AuditEntry)
    } == before
    # Reading still works, and sees what the writing window committed.
    assert search_office_ids(read_only, "ddpi") == [office]
    assert get_person(read_only, person).name == "Anand Murthy"
    assert search_school_ids(read_only, "tukkanatti") == [place.school]


def test_renaming_an_organisation_updates_its_peoples_search_text(db: Database) -> None:
    org = create_organisation(db, AKSHARA).id
    person = create_person(db, PersonInput("Kavitha Hegde", "NGO Director", organisation_id=org)).id
    assert search_person_ids(db, "akshara") == [person]
    update_organisation(db, org, replace(AKSHARA, name="Belaku Learning Trust"))
    assert get_person(db, person).affiliation == "Belaku Learning Trust"
    assert search_person_ids(db, "akshara") == []
    assert search_person_ids(db, "belaku") == [person]


def test_an_organisation_with_a_registered_exchange_key_stays(db: Database) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from desktop.services.exchange.fingerprints import encode_public_key
    from desktop.services.exchange.partner_keys import register_partner_key

    org = create_organisation(db, AKSHARA).id
    public = Ed25519PrivateKey.generate().public_key()
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    register_partner_key(db, org, encode_public_key(raw))
    with pytest.raises(ConflictError, match="exchange key registered"):
        delete_organisation(db, org)
    assert _count(db, Organisation) == 1
