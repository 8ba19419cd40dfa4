"""Choosing recipients, and the placeholder values each one fills."""

from __future__ import annotations

import pytest

from desktop.documents.placeholders import MissingValueError, check, fill
from desktop.services import geography, people, schools
from desktop.services.database import Database
from desktop.services.recipients import (
    SchoolSelection,
    count_school_recipients,
    find_school_ids,
    office_recipients,
    person_recipients,
    placeholder_names,
    school_recipients,
)


def test_empty_selection_chooses_nobody(demo_db: Database) -> None:
    assert school_recipients(demo_db, SchoolSelection()) == []
    assert school_recipients(demo_db, SchoolSelection(categories=("Primary (1-5)",))) == []


def test_schools_of_blocks_clusters_categories_and_single_choices(demo_db: Database) -> None:
    blocks = geography.list_blocks(demo_db)
    two_blocks = school_recipients(demo_db, SchoolSelection(block_ids=(blocks[0].id, blocks[1].id)))
    assert len(two_blocks) == 500
    assert {r.values["block"] for r in two_blocks} == {blocks[0].name, blocks[1].name}
    codes = [r.values["udise_code"] for r in two_blocks]
    assert codes == sorted(codes)

    cluster = geography.list_clusters(demo_db, blocks[2].id)[0]
    primary = school_recipients(
        demo_db, SchoolSelection(cluster_ids=(cluster.id,), categories=("Primary (1-5)",))
    )
    assert primary and all(r.values["cluster"] == cluster.name for r in primary)
    assert all(schools.get_school(demo_db, r.id).category == "Primary (1-5)" for r in primary)

    one = schools.search_school_ids(demo_db)[0]
    combined = school_recipients(demo_db, SchoolSelection(cluster_ids=(cluster.id,), school_ids=(one,)))
    assert one in {r.id for r in combined} and len(combined) == len({r.id for r in combined})


def test_the_count_agrees_with_the_schools_chosen(demo_db: Database) -> None:
    blocks = geography.list_blocks(demo_db)
    clusters = geography.list_clusters(demo_db, blocks[2].id)
    singles = tuple(schools.search_school_ids(demo_db, "ghps")[:3])
    for selection in (
        SchoolSelection(),
        SchoolSelection(categories=("Primary (1-5)",)),
        SchoolSelection(block_ids=(blocks[0].id,)),
        SchoolSelection(block_ids=(blocks[0].id,), cluster_ids=(clusters[0].id, clusters[1].id)),
        SchoolSelection(cluster_ids=(clusters[0].id,), categories=("Primary (1-5)",), school_ids=singles),
        SchoolSelection(block_ids=(blocks[2].id,), cluster_ids=(clusters[0].id,), school_ids=singles),
    ):
        assert count_school_recipients(demo_db, selection) == len(school_recipients(demo_db, selection))


def test_schools_are_found_by_udise_code_or_a_screenful_by_name(demo_db: Database) -> None:
    school = schools.get_school(demo_db, schools.search_school_ids(demo_db, "ghps")[7])
    code = school.udise_code
    assert find_school_ids(demo_db, f"{code[:4]} {code[4:8]}-{code[8:]}", 20) == [school.id]
    assert find_school_ids(demo_db, "29999999999", 20) == []
    by_name = find_school_ids(demo_db, "ghps", 21)
    assert by_name == schools.search_school_ids(demo_db, "ghps")[:21]
    assert find_school_ids(demo_db, code[:6], 5) and len(find_school_ids(demo_db, "", 5)) == 5


def test_school_values_fill_a_template_and_a_missing_headmaster_is_named(demo_db: Database) -> None:
    headmaster = people.get_person(demo_db, people.search_person_ids(demo_db, "headmaster")[0])
    without = next(i for i in schools.search_school_ids(demo_db) if i != headmaster.school_id)
    chosen = school_recipients(demo_db, SchoolSelection(school_ids=(headmaster.school_id, without)))
    template = "Dear {headmaster}, {school_name} ({udise_code}) of {block} block"
    check({"Body": template}, placeholder_names("school"))
    with_headmaster = next(r for r in chosen if r.id == headmaster.school_id)
    filled = fill(template, with_headmaster.values, with_headmaster.label)
    assert filled.startswith(f"Dear {headmaster.name}, ") and with_headmaster.values["udise_code"] in filled
    lacking = next(r for r in chosen if r.id == without)
    with pytest.raises(MissingValueError) as caught:
        fill(template, lacking.values, lacking.label)
    assert lacking.label in str(caught.value) and "{headmaster}" in str(caught.value)


def test_offices_and_people_as_recipients(demo_db: Database) -> None:
    from desktop.services.offices import list_offices

    offices = list_offices(demo_db)[:3]
    got = office_recipients(demo_db, [o.id for o in offices])
    assert sorted(r.values["office_code"] for r in got) == sorted(o.office_code for o in offices)
    person = people.get_person(demo_db, people.search_person_ids(demo_db, "diet principal")[0])
    (recipient,) = person_recipients(demo_db, [person.id])
    assert recipient.values["works_at"] == person.affiliation
    assert recipient.address[0] == person.name
    assert "person_name" in placeholder_names("person") and "date" in placeholder_names("office")


def test_a_kannada_circular_uses_the_kannada_names_on_record(demo_db: Database) -> None:
    from desktop.services.recipients import localise

    headmaster = people.get_person(demo_db, people.search_person_ids(demo_db, "headmaster")[0])
    (school,) = school_recipients(demo_db, SchoolSelection(school_ids=(headmaster.school_id,)))
    kannada = localise(school, "kn")
    assert kannada.values["school_name"] == school.values["school_name_local"]
    assert kannada.values["block"] == school.values["block_local"]
    assert kannada.values["headmaster"] == headmaster.name_local
    assert kannada.address[0] == "ಮುಖ್ಯ ಶಿಕ್ಷಕರು" and kannada.address[2].endswith("ತಾಲ್ಲೂಕು")
    # The demo's regional names are Kannada: a Hindi circular keeps the English ones.
    hindi = localise(school, "hi")
    assert hindi.values["school_name"] == school.values["school_name"]
    assert hindi.address[0] == "प्रधानाध्यापक"
    assert localise(school, "en") == school
