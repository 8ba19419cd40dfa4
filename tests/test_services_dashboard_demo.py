"""The generated demo district and the Dashboard figures."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from db.models import Office, Organisation, Person, School
from desktop.services.dashboard import BlockCounts, Totals, counts_per_block, totals
from desktop.services.database import Database
from desktop.services.demo import DISTRICT, DemoSize, DemoSummary, generate_demo
from desktop.services.demo_names import ORGANISATIONS
from desktop.services.errors import ConflictError
from desktop.services.geography import (
    BlockInput,
    ClusterInput,
    DistrictInput,
    create_block,
    create_cluster,
    create_district,
)
from desktop.services.offices import OfficeInput, create_office, office_rows, search_office_ids, update_office
from desktop.services.opening import open_database
from desktop.services.organisations import (
    OrganisationInput,
    create_organisation,
    organisation_rows,
    search_organisation_ids,
    update_organisation,
)
from desktop.services.people import PersonInput, create_person, person_rows, search_person_ids, update_person
from desktop.services.progress import CancelledError, Progress
from desktop.services.schools import SchoolInput, create_school, school_rows, search_school_ids, update_school
from desktop.services.search_text import school_search_text

TABLES = ("district", "block", "cluster", "school", "office", "organisation", "person", "audit_entry")


def _sql_count(path: Path, table: str, where: str = "1") -> int:
    """Counted with plain sqlite3, independently of the services and the ORM."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0])
    finally:
        connection.close()


def _sql_counts(path: Path) -> dict[str, int]:
    return {table: _sql_count(path, table) for table in TABLES}


def _dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every data table, without the timestamps (which record when, not what)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        dump = {}
        for table in TABLES[:-1]:
            columns = [
                row[1]
                for row in connection.execute(f"PRAGMA table_info({table})")
                if row[1] not in ("created_at", "updated_at")
            ]
            dump[table] = connection.execute(
                f"SELECT {', '.join(columns)} FROM {table} ORDER BY id"
            ).fetchall()
        return dump
    finally:
        connection.close()


def _fresh(path: Path) -> Database:
    return open_database(path, operator="tester")[0]


# --- the full-size demo (generated once for the module, then only read) ---------------------------


# Teachers and students the demo adds to be nominated for recognition.
NOMINEES = 3 + 2


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    db = _fresh(tmp_path_factory.mktemp("demo") / "district.db")
    try:
        yield db, generate_demo(db)
    finally:
        db.close()


def test_demo_has_the_promised_size(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    district_people = 5 + 3 + 8 + 2  # collector, CEO, DDPI, DEO, DIET principal; lecturers; DPO staff
    people = district_people + 10 * (2 + 10) + 3 * len(ORGANISATIONS) + 150 + NOMINEES
    assert len(ORGANISATIONS) == 12
    assert summary == DemoSummary(
        blocks=10, clusters=100, schools=2500, offices=5 + 10, organisations=12, people=people
    )
    assert 200 <= summary.people <= 500
    assert totals(db) == Totals(
        blocks=10, clusters=100, schools=2500, offices=15, organisations=12, people=people
    )
    counts = _sql_counts(db.path)
    assert (counts["district"], counts["block"], counts["cluster"], counts["school"]) == (1, 10, 100, 2500)
    assert (counts["organisation"], counts["person"]) == (12, people)


def test_demo_udise_codes_are_valid_unique_and_of_the_district(demo: tuple[Database, DemoSummary]) -> None:
    db, _summary = demo
    connection = sqlite3.connect(f"file:{db.path}?mode=ro", uri=True)
    try:
        (district_code,) = connection.execute("SELECT udise_code FROM district").fetchone()
        codes = [row[0] for row in connection.execute("SELECT udise_code FROM school")]
    finally:
        connection.close()
    assert district_code == DISTRICT[2] == "2990"
    assert len(codes) == 2500
    assert all(len(code) == 11 and code.isascii() and code.isdigit() for code in codes)
    assert len(set(codes)) == len(codes)
    assert all(code.startswith(district_code) for code in codes)


def test_demo_tree_is_consistent(demo: tuple[Database, DemoSummary]) -> None:
    db, _summary = demo
    # Every school's cluster lies in the school's own block.
    assert (
        _sql_count(
            db.path,
            "school",
            "cluster_id IS NULL OR cluster_id NOT IN (SELECT id FROM cluster WHERE cluster.block_id = school.block_id)",
        )
        == 0
    )
    assert all(
        row
        == BlockCounts(
            row.block_id,
            row.block,
            row.block_local,
            10,
            250,
            row.rural_schools,
            row.urban_schools,
            row.government_schools,
        )
        and row.rural_schools + row.urban_schools == 250
        and row.block_local
        for row in counts_per_block(db)
    )
    assert len(counts_per_block(db)) == 10
    # 150 headmasters at 150 different schools.
    assert _sql_count(db.path, "person", "designation = 'Headmaster'") == 150
    headmasters_schools = "(SELECT DISTINCT school_id FROM person WHERE designation = 'Headmaster')"
    assert _sql_count(db.path, headmasters_schools) == 150


def test_demo_search_text_matches_what_the_services_write(demo: tuple[Database, DemoSummary]) -> None:
    db, _summary = demo
    with db.reading() as session:
        schools = session.scalars(
            select(School).options(selectinload(School.block), selectinload(School.cluster))
        ).all()
        mismatched = [
            s.udise_code for s in schools if s.search_text != school_search_text(s, s.block, s.cluster)
        ]
    assert len(schools) == 2500
    assert mismatched == []


def test_demo_has_a_baseline_and_a_midline_to_compare(demo: tuple[Database, DemoSummary]) -> None:
    from desktop.services.baseline.comparison import impact_indicators
    from desktop.services.imports.batches import list_batches
    from desktop.services.imports.targets.summary import rebuild_summary, summary_rows
    from desktop.services.rounds import list_rounds

    db, summary = demo
    midline, baseline = list_rounds(db)
    assert (baseline.kind, midline.kind) == ("baseline", "midline")
    assert baseline.results == midline.results == summary.schools * 12 * 2
    assert baseline.schools_with_indicators == summary.schools
    batches = list_batches(db)
    assert sorted((b.target, b.round_name) for b in batches) == [
        ("assessment", "Baseline 2026"),
        ("assessment", "Midline 2026"),
        ("indicators", "Baseline 2026"),
        ("indicators", "Midline 2026"),
        ("indicators", "Midline 2026"),  # the FLN partner's return (demo_exchange)
    ]
    reading = next(i for i in impact_indicators(db, baseline.id, midline.id) if "reading" in i.name)
    assert reading.later.value > reading.earlier.value
    with db.reading() as session:
        stored = summary_rows(session, midline.id)
        rebuild_summary(session, midline.id)
        assert summary_rows(session, midline.id) == stored
        session.rollback()


def test_demo_uses_level_schemes_already_there(db: Database) -> None:
    from desktop.services.rounds import ensure_standard_schemes, list_rounds

    ensure_standard_schemes(db)  # as the Baseline page does when first shown
    generate_demo(db, size=DemoSize(blocks=1, clusters_per_block=2, schools_per_cluster=3, headmasters=2))
    assert {r.level_scheme_name for r in list_rounds(db)} == {"NAS performance levels"}


def test_demo_writes_no_audit_rows(demo: tuple[Database, DemoSummary]) -> None:
    db, _summary = demo
    assert _sql_count(db.path, "audit_entry") == 0


def test_same_seed_gives_identical_data(tmp_path: Path, demo: tuple[Database, DemoSummary]) -> None:
    first, summary = demo
    second = _fresh(tmp_path / "again.db")
    try:
        assert generate_demo(second) == summary
    finally:
        second.close()
    assert _dump(tmp_path / "again.db") == _dump(first.path)


def test_another_seed_gives_other_data(tmp_path: Path) -> None:
    size = DemoSize(blocks=2, clusters_per_block=2, schools_per_cluster=4, headmasters=3)
    paths = {"a": (tmp_path / "a.db", 1), "b": (tmp_path / "b.db", 1), "c": (tmp_path / "c.db", 2)}
    for path, seed in paths.values():
        db = _fresh(path)
        try:
            generate_demo(db, size=size, seed=seed)
        finally:
            db.close()
    a, b, c = (_dump(path) for path, _seed in paths.values())
    assert a == b
    assert a["school"] != c["school"]
    assert len(a["school"]) == len(c["school"]) == 16


# --- small sizes, refusal, progress --------------------------------------------------------------


def test_small_demo_size(db: Database) -> None:
    size = DemoSize(blocks=2, clusters_per_block=3, schools_per_cluster=4, headmasters=5)
    assert size.schools == 24
    summary = generate_demo(db, size=size, seed=7)
    assert summary == DemoSummary(
        blocks=2,
        clusters=6,
        schools=24,
        offices=7,
        organisations=12,
        people=18 + 2 * (2 + 3) + 36 + 5 + NOMINEES,
    )
    assert totals(db) == Totals(2, 6, 24, 7, 12, summary.people)
    assert [(row.clusters, row.schools) for row in counts_per_block(db)] == [(3, 12), (3, 12)]
    codes = _dump(db.path)["school"]
    assert len({row[1] for row in codes}) == 24
    assert all(len(row[1]) == 11 and row[1].startswith("2990") for row in codes)


def test_headmasters_are_capped_by_the_number_of_schools(db: Database) -> None:
    summary = generate_demo(
        db, size=DemoSize(blocks=1, clusters_per_block=1, schools_per_cluster=3, headmasters=50)
    )
    assert _sql_count(db.path, "person", "designation = 'Headmaster'") == 3
    assert summary.people == 18 + (2 + 1) + 36 + 3 + NOMINEES


def test_demo_refuses_a_database_with_schools(db: Database) -> None:
    district = create_district(db, DistrictInput("Belagavi", "Karnataka", "2901")).id
    block = create_block(db, BlockInput(district, "Gokak")).id
    create_school(db, SchoolInput("29010100101", "GHPS Tukkanatti", block))
    before = _dump(db.path)
    counts = _sql_counts(db.path)
    with pytest.raises(ConflictError) as caught:
        generate_demo(db, size=DemoSize(blocks=1, clusters_per_block=1, schools_per_cluster=1))
    assert str(caught.value) == "The demo district goes only into an empty database; this one has schools."
    assert _dump(db.path) == before
    assert _sql_counts(db.path) == counts


def test_demo_reports_progress_to_done(db: Database) -> None:
    calls: list[tuple[int, int, str]] = []
    generate_demo(
        db,
        size=DemoSize(blocks=2, clusters_per_block=1, schools_per_cluster=2, headmasters=1),
        progress=Progress(lambda done, total, message: calls.append((done, total, message))),
    )
    assert calls[0] == (0, 4, "Blocks, clusters and schools")
    assert calls[-1] == (4, 4, "Done")
    assert [done for done, _total, _message in calls] == sorted(done for done, _total, _message in calls)


def test_cancelled_demo_leaves_the_database_empty(db: Database) -> None:
    cancel = threading.Event()

    def cancel_after_first_block(done: int, _total: int, _message: str) -> None:
        if done >= 1:
            cancel.set()

    with pytest.raises(CancelledError):
        generate_demo(
            db,
            size=DemoSize(blocks=3, clusters_per_block=1, schools_per_cluster=2, headmasters=1),
            progress=Progress(cancel_after_first_block, cancel),
        )
    assert set(_sql_counts(db.path).values()) == {0}


# --- dashboard on a hand-built district ----------------------------------------------------------


@pytest.fixture
def hand_built(db: Database) -> Database:
    """Four blocks; expected figures are counted by hand below."""
    district = create_district(db, DistrictInput("Belagavi", "Karnataka", "2901")).id
    athani = create_block(db, BlockInput(district, "Athani", "ಅಥಣಿ")).id
    chikkodi = create_block(db, BlockInput(district, "Chikkodi")).id
    gokak = create_block(db, BlockInput(district, "Gokak")).id
    create_block(db, BlockInput(district, "Raibag"))  # no clusters, no schools
    ainapur = create_cluster(db, ClusterInput(athani, "Ainapur")).id
    create_cluster(db, ClusterInput(athani, "Kagwad"))  # a cluster without schools
    nippani = create_cluster(db, ClusterInput(chikkodi, "Nippani")).id
    kallur = create_cluster(db, ClusterInput(gokak, "Kallur")).id
    government = "Department of Education"
    schools = [
        ("29010100101", athani, ainapur, "rural", government),
        ("29010100201", athani, ainapur, "urban", "Private aided"),
        ("29010100301", athani, None, None, government),
        ("29010200101", chikkodi, nippani, "urban", None),
        ("29010300101", gokak, kallur, "rural", government),
        ("29010300201", gokak, kallur, "rural", "Local body"),
    ]
    ids = []
    for code, block, cluster, area, management in schools:
        ids.append(
            create_school(
                db, SchoolInput(code, f"School {code}", block, cluster, area=area, management=management)
            ).id
        )
    office = create_office(db, OfficeInput("BEO Gokak", "BEO", "BEO/GKK", block_id=gokak)).id
    create_office(db, OfficeInput("DDPI Belagavi", "DDPI", "DDPI/BGM", district_id=district))
    org = create_organisation(db, OrganisationInput("Akshara Pathways Foundation", "NGO")).id
    create_person(db, PersonInput("Mahesh Naik", "Block Education Officer (BEO)", office_id=office))
    create_person(db, PersonInput("Kavitha Hegde", "NGO Director", organisation_id=org))
    create_person(db, PersonInput("Savitha Patil", "Headmaster", school_id=ids[0]))
    return db


def test_totals_on_a_hand_built_district(hand_built: Database) -> None:
    assert totals(hand_built) == Totals(blocks=4, clusters=4, schools=6, offices=2, organisations=1, people=3)
    counts = _sql_counts(hand_built.path)
    assert totals(hand_built) == Totals(
        counts["block"],
        counts["cluster"],
        counts["school"],
        counts["office"],
        counts["organisation"],
        counts["person"],
    )


def test_counts_per_block_on_a_hand_built_district(hand_built: Database) -> None:
    rows = counts_per_block(hand_built)
    assert [
        (
            r.block,
            r.block_local,
            r.clusters,
            r.schools,
            r.rural_schools,
            r.urban_schools,
            r.government_schools,
        )
        for r in rows
    ] == [
        ("Athani", "ಅಥಣಿ", 2, 3, 1, 1, 2),
        ("Chikkodi", None, 1, 1, 0, 1, 0),
        ("Gokak", None, 1, 2, 2, 0, 1),
        ("Raibag", None, 0, 0, 0, 0, 0),
    ]
    for row in rows:
        where = f"block_id = {row.block_id}"
        assert row.clusters == _sql_count(hand_built.path, "cluster", where)
        assert row.schools == _sql_count(hand_built.path, "school", where)
        assert row.rural_schools == _sql_count(hand_built.path, "school", f"{where} AND area = 'rural'")
        assert row.urban_schools == _sql_count(hand_built.path, "school", f"{where} AND area = 'urban'")
        assert row.government_schools == _sql_count(
            hand_built.path, "school", f"{where} AND management = 'Department of Education'"
        )


def test_dashboard_of_an_empty_database(db: Database) -> None:
    assert totals(db) == Totals(0, 0, 0, 0, 0, 0)
    assert counts_per_block(db) == []


# --- demo rows are exactly what the services would have written ----------------------------------


def _search_texts(db: Database) -> dict[tuple[str, int], str]:
    with db.reading() as session:
        return {
            (model.__tablename__, row_id): text
            for model in (School, Office, Organisation, Person)
            for row_id, text in session.execute(select(model.id, model.search_text))
        }


def test_demo_rows_pass_validation_and_save_unchanged(db: Database) -> None:
    """Saving every demo row through its service unchanged changes nothing: the demo data is valid,
    already clean, and its search text is the one the services compute (so search finds demo rows
    by the same words as rows typed in)."""
    generate_demo(db, size=DemoSize(blocks=2, clusters_per_block=2, schools_per_cluster=3, headmasters=4))
    before = _search_texts(db)
    for s in school_rows(db, search_school_ids(db)).values():
        update_school(
            db,
            s.id,
            SchoolInput(
                s.udise_code, s.name, s.block_id, s.cluster_id, s.name_local, s.village, s.management,
                s.category, s.area, s.pincode, s.medium, s.latitude, s.longitude,
            ),
        )  # fmt: skip
    for o in office_rows(db, search_office_ids(db)).values():
        update_office(
            db,
            o.id,
            OfficeInput(
                o.name, o.kind, o.office_code, o.name_local, o.address, o.address_local, o.district_id,
                o.block_id, o.phone, o.email,
            ),
        )  # fmt: skip
    for g in organisation_rows(db, search_organisation_ids(db)).values():
        update_organisation(
            db,
            g.id,
            OrganisationInput(
                g.name, g.kind, g.name_local, g.registration_number, g.ngo_darpan_id, g.address,
                g.focus_areas, g.contact_person, g.phone, g.email, g.website,
            ),
        )  # fmt: skip
    for p in person_rows(db, search_person_ids(db)).values():
        update_person(
            db,
            p.id,
            PersonInput(
                p.name, p.designation, p.name_local, p.office_id, p.organisation_id, p.school_id, p.phone,
                p.email, p.preferred_language,
            ),
        )  # fmt: skip
    assert len(before) == 12 + 7 + 12 + (18 + 2 * (2 + 2) + 36 + 4 + NOMINEES)
    assert _search_texts(db) == before
    assert _sql_count(db.path, "audit_entry") == 0  # no value needed cleaning or changed


def test_demo_people_are_found_by_their_organisation_and_phone(demo: tuple[Database, DemoSummary]) -> None:
    db, _summary = demo
    found = person_rows(db, search_person_ids(db, "akshara pathways"))
    assert sorted(p.designation for p in found.values()) == [
        "NGO Director",
        "NGO Field Coordinator",
        "NGO Programme Manager",
    ]
    collector = next(p for p in person_rows(db, search_person_ids(db, "district collector")).values())
    assert collector.phone is not None
    assert collector.id in search_person_ids(db, collector.phone)
    assert len(search_office_ids(db, "ಕ್ಷೇತ್ರ ಶಿಕ್ಷಣಾಧಿಕಾರಿಗಳ")) == 10  # the BEO offices' Kannada name
