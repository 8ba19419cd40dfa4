"""Nominations (window, eligibility, duplicates, the nominee created on the spot), their listing
and search, and evidence files with their limits."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from db.models import StoredFile
from desktop.services import people
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.recognition import evidence as evidence_service
from desktop.services.recognition.cycles import get_cycle
from desktop.services.recognition.evidence import (
    add_evidence,
    evidence_content,
    export_evidence,
    list_evidence,
    remove_evidence,
)
from desktop.services.recognition.nomination_listing import matches
from desktop.services.recognition.nominations import (
    DuplicateNominationError,
    NominationInput,
    NominatorChoice,
    NomineeChoice,
    delete_nomination,
    get_nomination,
    list_nominations,
    nominate,
    update_nomination,
)
from desktop.services.recognition.nominees import nominee_kind_for
from desktop.services.recognition.programmes import get_programme, update_programme
from desktop.services.recognition.usage import refuse_if_in_recognition
from desktop.services.stored_files import DamagedFileError
from desktop.services.text import search_terms
from tests.recognition_fixtures import (
    JUSTIFICATION,
    NOMINATIONS_CLOSE,
    NOMINATIONS_OPEN,
    TODAY,
    World,
    give_score,
    make_cycle,
    make_programme,
    make_world,
    nominate_person,
    row_counts,
    set_status,
)

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200
JPEG = b"\xff\xd8\xff\xe0" + b"\x01" * 300
PDF = b"%PDF-1.4\n" + b"2" * 400


@pytest.fixture
def world(db: Database) -> World:
    return make_world(db)


@pytest.fixture
def coffee(db: Database, world: World) -> int:
    """The id of a Coffee with Collector cycle open for nominations on TODAY."""
    return make_cycle(db, make_programme(db).id, world).id


@pytest.fixture
def hejje(db: Database, world: World) -> int:
    """The id of a Pragatiya Hejje cycle (CRPs and clusters, no categories)."""
    return make_cycle(db, make_programme(db, "pragatiya_hejje").id, world).id


def nomination(cycle_id: int, nominee: NomineeChoice, by: NominatorChoice, **changes) -> NominationInput:
    data = NominationInput(
        cycle_id=cycle_id,
        nominee=nominee,
        nominator=by,
        justification=JUSTIFICATION,
        nominated_on=TODAY,
        category="Student welfare",
    )
    return replace(data, **changes)


def person(person_id: int) -> NomineeChoice:
    return NomineeChoice("person", person_id)


def by_person(person_id: int) -> NominatorChoice:
    return NominatorChoice("person", person_id)


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


# The nomination window ---------------------------------------------------------------------------


@pytest.mark.parametrize("day", [NOMINATIONS_OPEN, NOMINATIONS_CLOSE])
def test_the_first_and_last_day_of_the_window_are_accepted(
    db: Database, world: World, coffee: int, day: date
) -> None:
    row = nominate(
        db, nomination(coffee, person(world.teacher_id), by_person(world.ddpi_id), nominated_on=day)
    )
    assert row.nominated_on == day == row.status_date and row.status == "nominated"


@pytest.mark.parametrize(
    ("day", "shown"), [(date(2026, 10, 31), "31/10/2026"), (date(2026, 11, 26), "26/11/2026")]
)
def test_a_nomination_dated_outside_the_window_is_refused(
    db: Database, world: World, coffee: int, day: date, shown: str
) -> None:
    before = row_counts(db)
    with pytest.raises(ValidationError) as caught:
        nominate(db, nomination(coffee, person(world.teacher_id), by_person(world.ddpi_id), nominated_on=day))
    assert caught.value.field_errors["nominated_on"] == (
        f"Nominations for Coffee with Collector 2026 are open from 01/11/2026 to 25/11/2026; this one is dated {shown}."
    )
    assert row_counts(db) == before


# Eligibility -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("attribute", "kind"),
    [
        ("student_id", "student"),
        ("teacher_id", "teacher"),
        ("headmaster_id", "headmaster"),
        ("crp_id", "crp"),
        ("brp_id", "brp"),
        ("beo_id", "block_officer"),
        ("collector_id", "official"),
    ],
)
def test_every_kind_of_person_coffee_with_collector_recognises_can_be_nominated(
    db: Database, world: World, coffee: int, attribute: str, kind: str
) -> None:
    person_id = getattr(world, attribute)
    row = nominate(db, nomination(coffee, person(person_id), by_person(world.ddpi_id)))
    assert (row.nominee_kind, row.person_id) == (kind, person_id)
    with db.reading() as session:
        assert nominee_kind_for(session, "person", person_id) == kind


@pytest.mark.parametrize(
    ("nominee", "message"),
    [
        (
            lambda w: person(w.teacher_id),
            "Ramesh K is a Teacher; Pragatiya Hejje recognises Cluster Resource Person (CRP / CRC) or Cluster only.",
        ),
        (
            lambda w: person(w.beo_id),
            "Basavaraj Angadi is a Block officer (BEO); Pragatiya Hejje recognises Cluster Resource Person "
            "(CRP / CRC) or Cluster only.",
        ),
        (
            lambda w: NomineeChoice("school", w.school_id),
            "GHPS Kerur is a School; Pragatiya Hejje recognises Cluster Resource Person (CRP / CRC) or Cluster only.",
        ),
        (
            lambda w: person(w.ngo_director_id),
            "Farida Begum's designation 'NGO Director' is not one Pragatiya Hejje recognises (it recognises "
            "Cluster Resource Person (CRP / CRC) or Cluster); correct the designation if it is wrong.",
        ),
    ],
)
def test_a_nominee_the_programme_does_not_recognise_is_refused_saying_why(
    db: Database, world: World, hejje: int, nominee, message: str
) -> None:
    before = row_counts(db)
    with pytest.raises(ValidationError) as caught:
        nominate(db, nomination(hejje, nominee(world), by_person(world.beo_id), category=None))
    assert caught.value.field_errors["nominee"] == message
    assert row_counts(db) == before


def test_a_crp_and_a_cluster_can_be_nominated_for_pragatiya_hejje(
    db: Database, world: World, hejje: int
) -> None:
    crp = nominate(db, nomination(hejje, person(world.crp_id), by_person(world.beo_id), category=None))
    cluster = nominate(
        db,
        nomination(hejje, NomineeChoice("cluster", world.cluster_id), by_person(world.beo_id), category=None),
    )

    assert (crp.nominee_kind, crp.detail, crp.block) == (
        "crp",
        "Cluster Resource Person (CRP), BEO Office, Badami",
        "Badami",
    )
    assert (cluster.nominee_kind, cluster.kind_label, cluster.nominee_name) == ("cluster", "Cluster", "Kerur")
    assert (cluster.detail, cluster.block, cluster.cluster, cluster.cluster_id) == (
        "Cluster in Badami block",
        "Badami",
        "Kerur",
        world.cluster_id,
    )
    with db.reading() as session:
        assert nominee_kind_for(session, "cluster", world.cluster_id) == "cluster"
        assert nominee_kind_for(session, "school", world.school_id) == "school"
        assert nominee_kind_for(session, "person", world.ngo_director_id) is None
        assert nominee_kind_for(session, "school", 999) is None


def test_a_school_is_nominated_with_its_udise_code_cluster_and_block(db: Database, world: World) -> None:
    programme = make_programme(db)
    data = programme.as_input()
    update_programme(db, programme.id, replace(data, eligible_kinds=(*data.eligible_kinds, "school")))
    cycle = make_cycle(db, programme.id, world)

    row = nominate(
        db, nomination(cycle.id, NomineeChoice("school", world.school_id), by_person(world.beo_id))
    )

    assert row.detail == "UDISE 29020100101, Kerur cluster, Badami block"
    assert (row.nominee_kind, row.school_id, row.nominee_name_local) == (
        "school",
        world.school_id,
        "ಸರ್ಕಾರಿ ಹಿರಿಯ ಪ್ರಾಥಮಿಕ ಶಾಲೆ ಕೆರೂರು",
    )


# Category, justification, nominator --------------------------------------------------------------


def test_the_category_must_be_one_of_the_programmes(
    db: Database, world: World, coffee: int, hejje: int
) -> None:
    base = nomination(coffee, person(world.teacher_id), by_person(world.ddpi_id))
    with pytest.raises(ValidationError) as missing:
        nominate(db, replace(base, category=" "))
    assert missing.value.field_errors["category"] == (
        "Choose the category: School development, Student welfare, Education improvement."
    )
    with pytest.raises(ValidationError) as unknown:
        nominate(db, replace(base, category="Sports"))
    assert unknown.value.field_errors["category"].startswith(
        "'Sports' is not a category of Coffee with Collector"
    )
    with pytest.raises(ValidationError) as none_there:
        nominate(db, nomination(hejje, person(world.crp_id), by_person(world.beo_id), category="Sports"))
    assert (
        none_there.value.field_errors["category"]
        == "Pragatiya Hejje has no categories; leave the category empty."
    )

    assert nominate(db, replace(base, category="student WELFARE")).category == "Student welfare"


def test_a_justification_must_say_what_the_nominee_did(db: Database, world: World, coffee: int) -> None:
    base = nomination(coffee, person(world.teacher_id), by_person(world.ddpi_id))
    with pytest.raises(ValidationError) as empty:
        nominate(db, replace(base, justification="   "))
    assert empty.value.field_errors["justification"].startswith("Justification is required")
    with pytest.raises(ValidationError) as short:
        nominate(db, replace(base, justification="Good teacher."))
    assert short.value.field_errors["justification"] == (
        "The justification is 13 characters long; write at least 20: what the nominee did and what changed "
        "because of it."
    )
    assert row_counts(db)["recognition_nomination"] == 0


def test_offices_and_organisations_nominate_too_and_a_missing_nominator_is_refused(
    db: Database, world: World, coffee: int
) -> None:
    by_office = nominate(
        db, nomination(coffee, person(world.teacher_id), NominatorChoice("office", world.beo_office_id))
    )
    by_ngo = nominate(
        db, nomination(coffee, person(world.student_id), NominatorChoice("organisation", world.ngo_id))
    )
    assert by_office.nominators == "BEO Office, Badami" and by_ngo.nominators == "Shikshana Trust"

    with pytest.raises(ValidationError) as caught:
        nominate(db, nomination(coffee, person(world.headmaster_id), NominatorChoice("office", 999)))
    assert (
        caught.value.field_errors["nominator"]
        == "The chosen nominating office no longer exists; choose again."
    )
    with pytest.raises(ValidationError) as gone:
        nominate(db, nomination(coffee, person(999), by_person(world.ddpi_id)))
    assert gone.value.field_errors["nominee"] == "The chosen person no longer exists; choose again."


# A nominee created on the spot -------------------------------------------------------------------


def new_teacher(**changes) -> NomineeChoice:
    data = people.PersonInput("Girija Naik", "Teacher", name_local="ಗಿರಿಜಾ ನಾಯಕ್", phone="9845012345")
    return NomineeChoice("person", None, replace(data, **changes))


def test_a_nominee_missing_from_the_records_is_added_with_the_nomination(
    db: Database, world: World, coffee: int
) -> None:
    choice = new_teacher(school_id=world.school_id)
    row = nominate(db, nomination(coffee, choice, by_person(world.headmaster_id)))

    added = people.get_person(db, row.person_id)
    assert (added.name, added.designation, added.affiliation) == ("Girija Naik", "Teacher", "GHPS Kerur")
    assert (row.nominee_kind, row.nominee_name_local, row.cluster) == ("teacher", "ಗಿರಿಜಾ ನಾಯಕ್", "Kerur")
    assert people.search_person_ids(db, "girija kerur") == [row.person_id]


def test_a_refused_nomination_does_not_add_the_new_person(db: Database, world: World, coffee: int) -> None:
    before = row_counts(db)
    with pytest.raises(ValidationError):
        nominate(
            db, nomination(coffee, new_teacher(), by_person(world.ddpi_id), nominated_on=date(2026, 12, 1))
        )
    with pytest.raises(ValidationError) as ineligible:
        nominate(
            db, nomination(coffee, new_teacher(designation="NGO Field Coordinator"), by_person(world.ddpi_id))
        )
    assert (
        "designation 'NGO Field Coordinator' is not one Coffee with Collector recognises"
        in (ineligible.value.field_errors["nominee"])
    )
    assert row_counts(db) == before


def test_the_new_person_is_checked_as_the_people_form_checks_them(
    db: Database, world: World, coffee: int
) -> None:
    with pytest.raises(ValidationError) as caught:
        nominate(
            db, nomination(coffee, new_teacher(phone="12345", designation=" "), by_person(world.ddpi_id))
        )
    errors = caught.value.field_errors
    assert errors["new_person.designation"] == "Designation is required."
    assert errors["new_person.phone"].startswith("Phone number '12345' has 5 digits")


def test_a_person_already_in_the_records_is_not_added_twice(db: Database, world: World, coffee: int) -> None:
    choice = NomineeChoice(
        "person", None, people.PersonInput("ramesh k", "Teacher", school_id=world.school_id)
    )
    with pytest.raises(ValidationError) as caught:
        nominate(db, nomination(coffee, choice, by_person(world.ddpi_id)))
    assert caught.value.field_errors["new_person.name"] == (
        "Ramesh K (Teacher, GHPS Kerur) is already in the records; choose that person as the nominee instead "
        "of adding them again."
    )
    with pytest.raises(ValidationError) as both:
        nominate(db, nomination(coffee, replace(choice, id=world.teacher_id), by_person(world.ddpi_id)))
    assert both.value.field_errors["nominee"] == "Choose an existing nominee or add a new person, not both."


# Duplicates --------------------------------------------------------------------------------------


def test_a_second_nomination_of_the_same_nominee_is_refused_naming_the_first(
    db: Database, world: World, coffee: int
) -> None:
    first = nominate_person(db, coffee, world.teacher_id, by=world.ddpi_id, on=date(2026, 11, 5))
    before = row_counts(db)

    with pytest.raises(DuplicateNominationError) as caught:
        nominate(db, nomination(coffee, person(world.teacher_id), by_person(world.beo_id)))

    assert caught.value.existing_id == first.id
    assert str(caught.value) == (
        "Ramesh K is already nominated for Coffee with Collector 2026 (on 05/11/2026 by Savitha K. Patil; "
        "now Nominated). Merge this nomination into it to add its nominator and justification."
    )
    assert isinstance(caught.value, ConflictError) and row_counts(db) == before


def test_a_merged_nomination_adds_its_nominator_and_evidence_note_to_the_first(
    db: Database, world: World, coffee: int
) -> None:
    first = nominate(
        db,
        nomination(
            coffee, person(world.teacher_id), by_person(world.ddpi_id), evidence_note="Reading levels 2025."
        ),
    )
    merged = nominate(
        db,
        nomination(
            coffee,
            person(world.teacher_id),
            NominatorChoice("office", world.beo_office_id),
            justification="Started a library in the school with books collected from parents.",
            nominated_on=date(2026, 11, 24),
            evidence_note="Library register.",
        ),
        on_duplicate="merge",
    )

    assert merged.id == first.id and merged.nominated_on == TODAY
    assert merged.nominators == "Savitha K. Patil; BEO Office, Badami" and merged.nominator_count == 2
    detail = get_nomination(db, first.id)
    assert [(n.kind_label, n.nominated_on) for n in detail.nominators] == [
        ("Person", TODAY),
        ("Office", date(2026, 11, 24)),
    ]
    assert detail.nominators[1].justification.startswith("Started a library")
    assert detail.evidence_note == "Reading levels 2025.\n\nLibrary register."
    assert row_counts(db)["recognition_nomination"] == 1

    with pytest.raises(ConflictError) as twice:
        nominate(
            db, nomination(coffee, person(world.teacher_id), by_person(world.ddpi_id)), on_duplicate="merge"
        )
    assert str(twice.value) == (
        "Savitha K. Patil already nominated Ramesh K in this cycle (on 23/11/2026); the same nominator cannot "
        "be added twice."
    )
    assert get_nomination(db, first.id).row.nominator_count == 2


def test_a_withdrawn_nomination_still_counts_and_can_be_reinstated(
    db: Database, world: World, coffee: int
) -> None:
    first = nominate_person(db, coffee, world.student_id, by=world.headmaster_id, on=date(2026, 11, 2))
    set_status(db, first.id, "withdrawn", date(2026, 11, 10))
    before = row_counts(db)

    for mode in ("refuse", "merge"):
        with pytest.raises(DuplicateNominationError) as caught:
            nominate(
                db, nomination(coffee, person(world.student_id), by_person(world.ddpi_id)), on_duplicate=mode
            )
        assert str(caught.value) == (
            "Ananya Patil was nominated for Coffee with Collector 2026 on 02/11/2026 by Lakshmi Devi; that "
            "nomination was withdrawn on 10/11/2026 and still counts. Reinstate it (back to Nominated), then "
            "merge this nomination into it."
        )
    assert row_counts(db) == before


def test_the_same_nominee_may_be_nominated_in_another_cycle(db: Database, world: World, coffee: int) -> None:
    programme_id = make_programme(db, "coffee_with_collector").id
    other = make_cycle(db, programme_id, world).id
    nominate_person(db, coffee, world.teacher_id, by=world.ddpi_id)
    assert nominate_person(db, other, world.teacher_id, by=world.ddpi_id).cycle_id == other


# Correcting and deleting -------------------------------------------------------------------------


def test_a_nomination_is_corrected_through_its_first_nominator(
    db: Database, world: World, coffee: int
) -> None:
    row = nominate_person(db, coffee, world.teacher_id, by=world.ddpi_id)
    nominate(db, nomination(coffee, person(world.teacher_id), by_person(world.beo_id)), on_duplicate="merge")

    edited = update_nomination(
        db,
        row.id,
        "Education improvement",
        "Led the cluster's reading campaign and trained five colleagues in it.",
        NominatorChoice("organisation", world.ngo_id),
    )

    assert edited.category == "Education improvement"
    assert edited.nominators == "Shikshana Trust; Basavaraj Angadi"
    first = get_nomination(db, row.id).nominators[0]
    assert first.justification.startswith("Led the cluster's") and first.person_id is None
    with pytest.raises(ConflictError, match="Basavaraj Angadi is already another nominator"):
        update_nomination(db, row.id, "Education improvement", JUSTIFICATION, by_person(world.beo_id))
    with pytest.raises(ValidationError) as bad:
        update_nomination(db, row.id, "Sports", "short", by_person(world.ddpi_id))
    assert {"category", "justification"} <= bad.value.field_errors.keys()


def test_a_selected_nomination_can_no_longer_be_corrected(db: Database, world: World, coffee: int) -> None:
    row = nominate_person(db, coffee, world.teacher_id, by=world.ddpi_id)
    set_status(db, row.id, "selected", date(2026, 12, 12))
    with pytest.raises(ConflictError) as caught:
        update_nomination(db, row.id, "Student welfare", JUSTIFICATION, by_person(world.ddpi_id))
    assert str(caught.value) == (
        "Ramesh K's nomination is Selected (since 12/12/2026); it can be corrected only while Nominated or "
        "Shortlisted."
    )


def test_a_fresh_nomination_is_deleted_with_its_nominators_and_evidence(
    db: Database, world: World, coffee: int, tmp_path: Path
) -> None:
    before = row_counts(db)
    row = nominate_person(db, coffee, world.teacher_id, by=world.ddpi_id)
    add_evidence(db, row.id, write(tmp_path, "camp.png", PNG))

    delete_nomination(db, row.id)

    after = row_counts(db)
    assert (
        after["recognition_nomination"]
        == after["recognition_nominator"]
        == after["recognition_evidence"]
        == 0
    )
    assert after["stored_file"] == before["stored_file"] + 1  # files are kept by content, like other uploads


def test_a_shortlisted_or_scored_nomination_is_withdrawn_not_deleted(
    db: Database, world: World, coffee: int
) -> None:
    shortlisted = nominate_person(db, coffee, world.teacher_id, by=world.ddpi_id)
    set_status(db, shortlisted.id, "shortlisted")
    scored = nominate_person(db, coffee, world.student_id, by=world.ddpi_id)
    criterion_id = get_programme(db, get_cycle(db, coffee).programme_id).criteria[0].id
    give_score(db, scored.id, world.collector_id, criterion_id)
    before = row_counts(db)

    with pytest.raises(ConflictError) as status:
        delete_nomination(db, shortlisted.id)
    assert str(status.value) == (
        "Ramesh K's nomination is Shortlisted; only a nomination still at Nominated can be deleted. Withdraw it "
        "instead, which keeps it on record."
    )
    with pytest.raises(ConflictError) as scores:
        delete_nomination(db, scored.id)
    assert str(scores.value) == (
        "Reviewers have given one score to Ananya Patil's nomination; withdraw it instead of deleting it."
    )
    assert row_counts(db) == before


# Listing and search ------------------------------------------------------------------------------


@pytest.fixture
def listed(db: Database, world: World, coffee: int) -> dict[str, int]:
    ids = {
        "teacher": nominate_person(db, coffee, world.teacher_id, by=world.ddpi_id).id,
        "crp": nominate_person(
            db, coffee, world.crp_id, by=world.beo_id, category="Education improvement"
        ).id,
        "student": nominate(
            db, nomination(coffee, person(world.student_id), NominatorChoice("organisation", world.ngo_id))
        ).id,
    }
    set_status(db, ids["student"], "shortlisted", date(2026, 11, 28))
    return ids


def test_the_list_is_by_nominee_name_with_status_and_its_date(
    db: Database, coffee: int, listed: dict
) -> None:
    rows = list_nominations(db, coffee)

    assert [r.nominee_name for r in rows] == ["Ananya Patil", "Manjunath Hosamani", "Ramesh K"]
    student = rows[0]
    assert (student.status_label, student.status_date, student.nominators) == (
        "Shortlisted",
        date(2026, 11, 28),
        "Shikshana Trust",
    )
    assert (student.detail, student.block, student.cluster) == ("Student, GHPS Kerur", "Badami", "Kerur")


def test_the_list_filters_by_status_kind_and_category(db: Database, coffee: int, listed: dict) -> None:
    assert [r.id for r in list_nominations(db, coffee, status="shortlisted")] == [listed["student"]]
    assert [r.id for r in list_nominations(db, coffee, kind="crp")] == [listed["crp"]]
    assert [r.id for r in list_nominations(db, coffee, category="Education improvement")] == [listed["crp"]]
    assert list_nominations(db, coffee, status="recognised") == []
    assert list_nominations(db, coffee + 1) == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ರಮೇಶ್", ["teacher"]),
        (unicodedata.normalize("NFD", "ಹೊಸಮನಿ"), ["crp"]),  # typed on another keyboard
        ("RAMESH", ["teacher"]),
        ("shikshana", ["student"]),  # the nominator
        ("savitha ramesh", ["teacher"]),  # every word must match
        ("education improvement", ["crp"]),
        ("kerur", ["student", "teacher"]),
        ("nobody", []),
    ],
)
def test_search_finds_nominees_by_either_script_nominators_and_category(
    db: Database, coffee: int, listed: dict, query: str, expected: list[str]
) -> None:
    assert unicodedata.normalize("NFD", "ಹೊಸಮನಿ") != "ಹೊಸಮನಿ"
    assert [r.id for r in list_nominations(db, coffee, search=query)] == [listed[key] for key in expected]
    # The Nominations tab filters the rows it holds with the same test.
    terms = search_terms(query)
    assert [r.id for r in list_nominations(db, coffee) if matches(r, terms)] == [listed[k] for k in expected]


def test_a_nomination_in_full_shows_its_steps(
    db: Database, world: World, coffee: int, tmp_path: Path
) -> None:
    row = nominate_person(db, coffee, world.teacher_id, by=world.ddpi_id)
    set_status(db, row.id, "shortlisted", date(2026, 11, 30))
    add_evidence(db, row.id, write(tmp_path, "result.pdf", PDF), "Reading results")

    detail = get_nomination(db, row.id)

    assert detail.steps == (("nominated", TODAY), ("shortlisted", date(2026, 11, 30)))
    assert [e.title for e in detail.evidence] == ["Reading results"] and detail.row.evidence_count == 1
    assert (
        detail.nominators[0].detail == "Deputy Director of Public Instruction (DDPI), DDPI Office, Bagalkot"
    )


# Evidence ----------------------------------------------------------------------------------------


def test_photos_and_pdfs_are_kept_and_read_back_checked(
    db: Database, world: World, coffee: int, tmp_path: Path
) -> None:
    row = nominate_person(db, coffee, world.teacher_id, by=world.ddpi_id)
    png = add_evidence(db, row.id, write(tmp_path, "camp.png", PNG), "  Reading   camp ")
    jpeg = add_evidence(db, row.id, write(tmp_path, "library.jpg", JPEG))
    pdf = add_evidence(db, row.id, write(tmp_path, "results.pdf", PDF))

    assert [(e.title, e.media_type) for e in list_evidence(db, row.id)] == [
        ("Reading camp", "image/png"),
        ("library", "image/jpeg"),
        ("results", "application/pdf"),
    ]
    assert png.is_image and not pdf.is_image and jpeg.size_text == "1 KB"
    read, content = evidence_content(db, pdf.id)
    assert (read.id, read.sha256, content) == (pdf.id, pdf.sha256, PDF)
    exported = export_evidence(db, jpeg.id, tmp_path / "out")
    assert exported.read_bytes() == JPEG and exported.name == f"{jpeg.id}-library.jpg"

    remove_evidence(db, png.id)
    assert [e.id for e in list_evidence(db, row.id)] == [jpeg.id, pdf.id]
    assert list_nominations(db, coffee)[0].evidence_count == 2


def test_a_file_of_another_kind_or_too_large_is_refused(
    db: Database, world: World, coffee: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = nominate_person(db, coffee, world.teacher_id, by=world.ddpi_id)
    before = row_counts(db)
    with pytest.raises(ValidationError) as wrong:
        add_evidence(db, row.id, write(tmp_path, "letter.pdf", b"PK\x03\x04 a Word file"))
    assert wrong.value.field_errors["file"] == "letter.pdf is not a PDF, PNG or JPEG file."

    monkeypatch.setattr(evidence_service, "MAX_EVIDENCE_BYTES", 2048)
    with pytest.raises(ValidationError) as large:
        add_evidence(db, row.id, write(tmp_path, "scan.pdf", b"%PDF-" + b"x" * 5000))
    assert large.value.field_errors["file"] == "scan.pdf is 5 KB; at most 2 KB can be kept."
    assert row_counts(db) == before


def test_a_nomination_keeps_a_limited_number_of_files(
    db: Database, world: World, coffee: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(evidence_service, "MAX_EVIDENCE_FILES", 2)
    row = nominate_person(db, coffee, world.teacher_id, by=world.ddpi_id)
    add_evidence(db, row.id, write(tmp_path, "a.png", PNG))
    add_evidence(db, row.id, write(tmp_path, "b.jpg", JPEG))
    before = row_counts(db)

    with pytest.raises(ValidationError) as caught:
        add_evidence(db, row.id, write(tmp_path, "c.pdf", PDF))
    assert caught.value.field_errors["file"] == (
        "Ramesh K's nomination already has 2 evidence files, the most kept for one nomination; remove one "
        "before adding another."
    )
    assert row_counts(db) == before


def test_a_nominations_files_are_limited_in_total_size(
    db: Database, world: World, coffee: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(evidence_service, "MAX_EVIDENCE_TOTAL_BYTES", 3 * 1024)
    row = nominate_person(db, coffee, world.teacher_id, by=world.ddpi_id)
    add_evidence(db, row.id, write(tmp_path, "a.pdf", b"%PDF-" + b"a" * 2000))
    before = row_counts(db)

    with pytest.raises(ValidationError) as caught:
        add_evidence(db, row.id, write(tmp_path, "b.pdf", b"%PDF-" + b"b" * 1500))
    assert caught.value.field_errors["file"] == (
        "Ramesh K's nomination already has 2 KB of evidence; b.pdf (1 KB) would take it past 3 KB. Attach a "
        "smaller copy or remove a file."
    )
    assert row_counts(db) == before


def test_the_same_file_is_attached_once(db: Database, world: World, coffee: int, tmp_path: Path) -> None:
    row = nominate_person(db, coffee, world.teacher_id, by=world.ddpi_id)
    add_evidence(db, row.id, write(tmp_path, "camp.png", PNG), "Reading camp")
    with pytest.raises(ValidationError) as caught:
        add_evidence(db, row.id, write(tmp_path, "copy of camp.png", PNG))
    assert caught.value.field_errors["file"] == (
        "copy of camp.png is already attached to Ramesh K's nomination (as 'Reading camp')."
    )


def test_a_file_changed_inside_the_database_is_reported(
    db: Database, world: World, coffee: int, tmp_path: Path
) -> None:
    row = nominate_person(db, coffee, world.teacher_id, by=world.ddpi_id)
    kept = add_evidence(db, row.id, write(tmp_path, "camp.png", PNG))
    with db.transaction() as session:
        session.get(StoredFile, kept.sha256).data = PNG + b"tampered"

    with pytest.raises(DamagedFileError, match="has changed since it was saved"):
        evidence_content(db, kept.id)


# Records taking part in recognition -------------------------------------------------------------


def test_records_taking_part_in_a_cycle_are_named_for_their_delete_actions(
    db: Database, world: World, coffee: int
) -> None:
    nominate(db, nomination(coffee, person(world.teacher_id), NominatorChoice("organisation", world.ngo_id)))
    taking_part = [
        ("person", world.teacher_id, "Ramesh K", "is nominated in"),
        ("person", world.collector_id, "Meena Rao", "signs for"),
        ("office", world.collector_office_id, "The Collector's office", "issues the letters of"),
        ("organisation", world.ngo_id, "Shikshana Trust", "nominated someone in"),
    ]
    with db.reading() as session:
        for kind, record_id, name, role in taking_part:
            with pytest.raises(ConflictError) as caught:
                refuse_if_in_recognition(session, name, kind, record_id)
            assert str(caught.value) == (
                f"{name} {role} 1 recognition cycle (Coffee with Collector 2026); it stays on record while they do."
            )
        # Not taking part: nothing raised.
        refuse_if_in_recognition(session, "GHPS Kerur", "school", world.school_id)
        refuse_if_in_recognition(session, "Lakshmi Devi", "person", world.headmaster_id)


def test_deleting_a_record_that_takes_part_in_a_cycle_is_refused_and_changes_nothing(
    db: Database, world: World, coffee: int
) -> None:
    from desktop.services import offices, organisations, people

    nominate(db, nomination(coffee, person(world.teacher_id), NominatorChoice("organisation", world.ngo_id)))
    before = row_counts(db)
    for delete, record_id in (
        (people.delete_person, world.teacher_id),
        (people.delete_person, world.collector_id),
        (organisations.delete_organisation, world.ngo_id),
        (offices.delete_office, world.collector_office_id),
    ):
        with pytest.raises(ConflictError, match="recognition cycle"):
            delete(db, record_id)
    assert row_counts(db) == before
