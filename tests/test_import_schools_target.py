"""The school directory import target: check (read-only), write, second run, undo."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from sqlalchemy import func, select

from db.models import (
    Block,
    Cluster,
    District,
    ImportBatch,
    ImportBatchChange,
    Person,
    School,
    SchoolAlias,
)
from desktop.services.database import Database
from desktop.services.errors import ConflictError
from desktop.services.geography import (
    BlockInput,
    ClusterInput,
    DistrictInput,
    create_block,
    create_cluster,
    create_district,
    update_block,
)
from desktop.services.imports.states import state_name
from desktop.services.imports.target import CheckResult, ImportOptions, MappedRows
from desktop.services.imports.targets.schools import SCHOOLS
from desktop.services.imports.targets.schools_places import title_case
from tests.conftest import SHARED_DATA

DIRECTORY = SHARED_DATA / "school_directory"
BAGALKOT_CSV = DIRECTORY / "bagalkot_2902_flattened.csv"
KLP_CSV = DIRECTORY / "klp_karnataka_village_school_mapping.csv"
GIS = {
    "udise": "schcd",
    "name": "schname",
    "state": "stname",
    "district": "dtname",
    "village": "vilname",
    "management": "management",
    "category": "school_cat",
    "area": "rururb",
    "pincode": "pincode",
    "latitude": "latitude",
    "longitude": "longitude",
}
KLP = {
    "udise": "DiseCode",
    "name": "SchoolName",
    "state": "State",
    "district": "District",
    "block": "Block",
    "cluster": "Cluster",
    "village": "Village",
    "other_id": "SchoolId",
}


def read_csv(path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def mapped(
    frame: pd.DataFrame, headers: dict[str, str] | None = None, file_name: str = "schools.csv"
) -> MappedRows:
    """``frame``'s columns are field keys; ``headers`` names the file's column for messages."""
    frame = frame.reset_index(drop=True)
    return MappedRows(
        frame=frame,
        row_numbers=np.arange(len(frame)) + 2,
        file_names=np.repeat(file_name, len(frame)).astype(object),
        sheet=None,
        column_of={key: (headers or {}).get(key, key) for key in frame.columns},
    )


def from_file(source: pd.DataFrame, mapping: dict[str, str], file_name: str) -> MappedRows:
    return mapped(pd.DataFrame({key: source[column] for key, column in mapping.items()}), mapping, file_name)


def check(db: Database, rows: MappedRows, **options) -> CheckResult:
    with db.reading() as session:
        return SCHOOLS.check(session, rows, ImportOptions(**options), None)


def import_rows(db: Database, rows: MappedRows, **options) -> tuple[CheckResult, int]:
    """Check and write in one transaction, as the pipeline does; returns the check and the batch id."""
    with db.transaction() as session:
        result = SCHOOLS.check(session, rows, ImportOptions(**options), None)
        assert not result.problems, [p.message for p in result.problems[:5]]
        batch = ImportBatch(
            target="schools", file_names=["f"], sha256="0" * 64, mapping={}, operator="tester"
        )
        session.add(batch)
        session.flush()
        SCHOOLS.write(session, result, batch, progress=_no_progress())
        return result, batch.id


def _no_progress():
    from desktop.services.progress import NO_PROGRESS

    return NO_PROGRESS


def undo(db: Database, batch_id: int) -> None:
    with db.transaction() as session:
        SCHOOLS.undo(session, session.get(ImportBatch, batch_id))


def messages(result: CheckResult) -> list[str]:
    return [problem.message for problem in result.problems]


def count(db: Database, model) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def bagalkot(db: Database) -> Database:
    """District 2902 with block Jamakhandi and its cluster Chimmad."""
    district = create_district(db, DistrictInput("Bagalkot", "Karnataka", "2902"))
    block = create_block(db, BlockInput(district.id, "Jamakhandi"))
    create_cluster(db, ClusterInput(block.id, "Chimmad"))
    return db


def small(**columns) -> MappedRows:
    base = {"udise": ["29020901101"], "name": ["GOVT HPS CHIMMAD"], "block": ["Jamakhandi"]}
    base.update(columns)
    length = max(len(v) for v in base.values())
    return mapped(pd.DataFrame({k: (v * length if len(v) == 1 else v) for k, v in base.items()}))


# --- the target ----------------------------------------------------------------------------


def test_target_fields_and_header_aliases():
    assert (SCHOOLS.key, SCHOOLS.label, SCHOOLS.needs_round) == ("schools", "School directory", False)
    fields = {f.key: f for f in SCHOOLS.fields}
    assert {k for k, f in fields.items() if f.required} == {"udise", "name"}
    assert "UDISE code's first 6 digits" in fields["block"].expected
    assert "Block 290207" in fields["block"].expected
    assert {"schcd", "disecode", "dise code", "udise code"} <= set(fields["udise"].aliases)
    assert "schname" in fields["name"].aliases and "vilname" in fields["village"].aliases
    every_alias = {alias for f in SCHOOLS.fields for alias in f.aliases}
    # Codes and the GIS export's blank sub-district are never suggested.
    assert not {"schmgt", "schcat", "sdtname"} & every_alias
    assert "rururb" in fields["area"].aliases and "schoolid" in fields["other_id"].aliases


def test_state_table_and_title_case():
    assert state_name("29020904706") == "Karnataka" and state_name("0101") == "Jammu and Kashmir"
    assert state_name("99") is None
    assert title_case("mangaluru south") == "Mangaluru South"
    assert title_case("H.D. KOTE") == "H.D. Kote"


# --- the Bagalkot GIS export ---------------------------------------------------------------


CODED_NOTE = (
    "Will add 6 blocks named by their UDISE block codes (Block 290201, Block 290202, Block 290206, "
    "Block 290207, Block 290209, Block 290211); rename them on the Blocks and clusters page — later "
    "imports will find them by their codes."
)


def test_bagalkot_export_without_block_names_takes_blocks_from_the_codes(db):
    source = read_csv(BAGALKOT_CSV)
    assert "sdtname" in source and set(source["sdtname"]) == {" "}  # the sub-district: blank
    # Mapped to the blank column, every row's block comes from its code just as when unmapped.
    blank = check(db, from_file(source, {**GIS, "block": "sdtname"}, "bagalkot.csv"))
    assert not blank.problems and blank.counts.create == 2387
    assert CODED_NOTE in blank.notes
    assert not any(note.startswith("Will add 6 blocks:") for note in blank.notes)


def test_bagalkot_export_imports_with_district_areas_and_placeholders(db):
    rows = from_file(read_csv(BAGALKOT_CSV), GIS, "bagalkot.csv")
    result, batch_id = import_rows(db, rows)
    assert result.counts.create == 2387 and result.counts.error_rows == 0
    assert "Will add district Bagalkot (2902) in Karnataka." in result.notes
    assert CODED_NOTE in result.notes
    assert any("(BAGALKOT → Bagalkot)" in note for note in result.notes)
    assert "9 schools had placeholder coordinates (whole degrees such as 77, 12); left empty." in result.notes
    assert result.preview[0]["Rural / urban"] == "rural" and result.preview[0]["District"] == "Bagalkot"
    assert len(result.preview) == 20
    with db.reading() as session:
        district = session.scalars(select(District)).one()
        assert (district.name, district.state_name, district.udise_code) == ("Bagalkot", "Karnataka", "2902")
        areas = dict(session.execute(select(School.area, func.count()).group_by(School.area)).all())
        assert areas == {"rural": 1671, "urban": 716}
        assert session.scalar(select(func.count()).where(School.pincode.is_not(None))) == 0
        assert session.scalar(select(func.count()).where(School.latitude.is_(None))) == 9
        school = session.scalars(select(School).where(School.udise_code == "29020904706")).one()
        assert school.block.name == "Block 290209" and school.latitude == pytest.approx(12.342)
        assert "linganur" in school.search_text and "block 290209" in school.search_text
        per_block = dict(
            session.execute(select(Block.name, func.count()).join(School.block).group_by(Block.name)).all()
        )
        assert per_block == {
            "Block 290201": 385,
            "Block 290202": 347,
            "Block 290206": 235,
            "Block 290207": 426,
            "Block 290209": 592,
            "Block 290211": 402,
        }
        changes = session.scalar(select(func.count()).where(ImportBatchChange.batch_id == batch_id))
        assert changes == 2387 + 6 + 1  # schools, blocks, the district

    again = check(db, rows)
    assert (again.counts.create, again.counts.update, again.counts.unchanged) == (0, 0, 2387)
    assert not any(note.startswith("Will add") for note in again.notes)
    # A second write changes nothing.
    with db.transaction() as session:
        batch = ImportBatch(
            target="schools", file_names=["f"], sha256="1" * 64, mapping={}, operator="tester"
        )
        session.add(batch)
        session.flush()
        SCHOOLS.write(session, again, batch, _no_progress())
        assert session.scalar(select(func.count()).where(ImportBatchChange.batch_id == batch.id)) == 0
    undo(db, batch_id)
    for model in (School, Block, District):
        assert count(db, model) == 0


def test_bagalkot_after_klp_files_its_schools_under_the_block_klp_named(db):
    import_rows(db, from_file(read_csv(KLP_CSV), KLP, "klp.csv"), alias_system="KLP")
    with db.reading() as session:
        jamakhandi = session.scalars(select(Block).where(Block.name == "Jamakhandi")).one().id
    blocks_before = count(db, Block)
    result, batch_id = import_rows(db, from_file(read_csv(BAGALKOT_CSV), GIS, "bagalkot.csv"))
    assert result.counts.create == 2387 - 34 and result.counts.error_rows == 0
    assert (
        "Will add 5 blocks named by their UDISE block codes (Block 290201, Block 290202, Block 290206, "
        "Block 290207, Block 290211); rename them on the Blocks and clusters page — later imports will "
        "find them by their codes."
    ) in result.notes
    assert count(db, Block) == blocks_before + 5
    with db.reading() as session:
        assert session.scalar(select(func.count()).where(School.block_id == jamakhandi)) == 592
        assert session.scalar(select(func.count()).where(Block.name == "Block 290209")) == 0
    undo(db, batch_id)
    # The code-named blocks go with the batch; Jamakhandi, added by the KLP import, stays.
    assert count(db, Block) == blocks_before and count(db, School) == 484
    with db.reading() as session:
        assert session.scalar(select(func.count()).where(School.block_id == jamakhandi)) == 34


def test_a_block_renamed_after_an_import_is_found_again_by_its_code(db):
    source = read_csv(BAGALKOT_CSV)
    first, second = source.iloc[:1200], source.iloc[1200:]
    import_rows(db, from_file(first, GIS, "first.csv"))
    with db.reading() as session:
        coded = session.scalars(select(Block).where(Block.name == "Block 290207")).one()
    update_block(db, coded.id, BlockInput(coded.district_id, "Badami"))
    result, _ = import_rows(db, from_file(second, GIS, "second.csv"))
    assert result.counts.create == 2387 - 1200
    assert not any("Block 290207" in note for note in result.notes)
    assert not any(note.startswith("Will add") for note in result.notes)  # every block was found
    with db.reading() as session:
        assert session.scalar(select(func.count()).where(Block.name == "Block 290207")) == 0
        in_badami = session.scalar(select(func.count()).where(School.block_id == coded.id))
        assert in_badami == 426


def test_state_from_the_code_when_the_file_has_no_state_column(db):
    source = read_csv(BAGALKOT_CSV).head(3)
    mapping = {"udise": "schcd", "name": "schname", "district": "dtname", "block": "dtname"}
    result, _ = import_rows(db, from_file(source, mapping, "b.csv"))
    assert "Will add district Bagalkot (2902) in Karnataka (the state from the UDISE code)." in result.notes


def test_new_district_without_a_name_in_the_file(db):
    result = check(db, small(udise=["29130100101"]))
    assert messages(result) == [
        'schools.csv, row 2, column "udise": "29130100101" is a school of district 2913, which is not in '
        "the database, and the file gives no district name to add it with; expected the District column "
        "mapped (e.g. dtname), or the district added on the Geography page first."
    ]
    assert result.counts.error_rows == 1


def test_new_district_named_like_another(bagalkot):
    result = check(bagalkot, small(udise=["29130100101"], district=["BAGALKOT"]))
    assert "but Bagalkot is the district with code 2902 in the database" in messages(result)[0]


# --- the KLP mapping -----------------------------------------------------------------------


def test_klp_mapping_lower_case_names_and_aliases(bagalkot):
    source = read_csv(KLP_CSV)
    rows = from_file(source, KLP, "klp.csv")
    unnamed = check(bagalkot, rows)
    assert unnamed.counts.error_rows == 484
    assert messages(unnamed) == [
        'klp.csv, column "SchoolId": The column of another system\'s school ids is mapped, but the system '
        "is not named; expected the system's name (e.g. KLP) typed in the import options, or the column "
        "left unmapped."
    ]
    result, batch_id = import_rows(bagalkot, rows, alias_system="KLP")
    assert result.counts.create == 484
    assert "Will record 484 KLP school ids." in result.notes
    assert any(note.startswith("The file writes block names all in lower case") for note in result.notes)
    assert any(
        note.startswith("Will add district Dakshina Kannada (2924) in Karnataka") for note in result.notes
    )
    with bagalkot.reading() as session:
        assert session.scalar(select(func.count()).select_from(District)) == 17
        # Bagalkot's block and cluster were found despite the lower case; no copies were added.
        assert session.scalar(select(func.count()).where(Block.name.ilike("jamakhandi"))) == 1
        assert session.scalar(select(func.count()).where(Cluster.name.ilike("chimmad"))) == 1
        school = session.scalars(select(School).where(School.udise_code == "29020901101")).one()
        assert (school.block.name, school.cluster.name, school.district.name) == (
            "Jamakhandi",
            "Chimmad",
            "Bagalkot",
        )
        south = session.scalars(select(Block).where(Block.name == "Mangaluru South")).one()
        assert south.district.name == "Dakshina Kannada"
        alias = session.scalars(select(SchoolAlias).where(SchoolAlias.code == "2629")).one()
        assert (alias.system, alias.school_id, alias.batch_id) == ("KLP", school.id, batch_id)
    assert check(bagalkot, rows, alias_system="KLP").counts.unchanged == 484


def test_an_alias_already_on_another_school(bagalkot):
    import_rows(bagalkot, small(other_id=["2629"]), alias_system="KLP")
    result = check(bagalkot, small(udise=["29020901102"], other_id=["2629"]), alias_system="KLP")
    assert "is already the KLP id of GOVT HPS CHIMMAD (29020901101)" in messages(result)[0]


# --- codes ---------------------------------------------------------------------------------


def test_repairs_are_proposed_and_used_only_when_accepted(db):
    create_district(db, DistrictInput("Srinagar", "Jammu and Kashmir", "0101"))
    rows = small(udise=["1010100101"], block=["Srinagar"])
    refused = check(db, rows)
    assert [r.repaired for r in refused.repairs] == ["01010100101"]
    assert refused.repairs[0].row == 2 and refused.counts.error_rows == 1
    assert "accept the proposed repairs to read it as 01010100101" in messages(refused)[0]
    accepted = check(db, rows, accept_repairs=True)
    assert not accepted.problems and accepted.counts.create == 1 and accepted.counts.repaired == 1
    assert len(accepted.repairs) == 1  # still listed, so the user sees what was changed
    assert accepted.preview[0]["UDISE code"] == "01010100101"


def test_codes_with_spaces_or_as_numbers_are_normalised(bagalkot):
    result = check(bagalkot, small(udise=["2902 0901 101", "29020901102.0", "2.9e10"]))
    assert result.counts.normalised == 2 and result.counts.create == 2
    assert "was shortened by Excel to scientific notation" in messages(result)[0]
    assert list(result.payload.rows["udise"]) == ["29020901101", "29020901102"]


def test_a_duplicate_code_names_the_first_row(bagalkot):
    result = check(bagalkot, small(udise=["29020901101", "29020901102", "2902 0901 101"]))
    assert messages(result) == [
        'schools.csv, row 4, column "udise": "29020901101" is also on row 2; expected each school once in the file.'
    ]
    assert (result.counts.create, result.counts.error_rows) == (2, 1)


# --- cells ---------------------------------------------------------------------------------


def test_required_cells_empty(bagalkot):
    rows = mapped(
        pd.DataFrame({"udise": ["29020901101", ""], "name": [" ", "X"], "block": ["NA", "Jamakhandi"]}),
        {"udise": "DiseCode", "name": "SchoolName", "block": "Block"},
    )
    assert messages(check(bagalkot, rows)) == [
        'schools.csv, row 2, column "SchoolName": The school name is empty; expected every school\'s school name.',
        'schools.csv, row 3, column "DiseCode": The UDISE code is empty; expected an 11-digit UDISE code, '
        "e.g. 29020904706.",
    ]


def test_rows_without_a_block_name_in_a_file_that_names_some(bagalkot):
    first = small(udise=["29020901101", "29020901102", "29020901150"], block=["Jamakhandi", "", "Hunnur"])
    import_rows(bagalkot, first)  # row 3: Jamakhandi, the block holding that code's schools
    rows = small(
        udise=["29020901103", "29020101101", "29020101102", "29020301101", "29020901150", "29020101103"],
        block=["", "Badami", "", "NA", "", "BADAMI"],
    )
    result = check(bagalkot, rows)
    assert not result.problems
    assert (result.counts.create, result.counts.unchanged) == (5, 1)
    assert "Will add 1 block: Badami." in result.notes
    assert (
        "Will add 1 block named by its UDISE block code (Block 290203); rename it on the Blocks and "
        "clusters page — later imports will find it by its code."
    ) in result.notes
    stored = result.payload.rows.set_index("udise")["block"]
    # An existing school with no block in the file stays in its own block (Hunnur), never moved to
    # the block holding most schools of its code.
    assert "29020901150" not in stored.index
    assert stored.to_dict() == {
        "29020901103": "Jamakhandi",
        "29020101101": "Badami",
        "29020101102": "Badami",
        "29020301101": "Block 290203",
        "29020101103": "Badami",  # the first spelling of the new block
    }
    _, batch_id = import_rows(bagalkot, rows)
    with bagalkot.reading() as session:
        assert session.scalars(select(School).where(School.udise_code == "29020901150")).one().block.name == (
            "Hunnur"
        )
    undo(bagalkot, batch_id)
    with bagalkot.reading() as session:
        assert set(session.scalars(select(Block.name))) == {"Jamakhandi", "Hunnur"}


def test_block_and_cluster_names_match_ignoring_case_and_new_ones_get_capitals(bagalkot):
    rows = small(
        udise=["29020901101", "29020101101", "29020301101"],
        block=["jamakhandi", "badami", "bilagi"],
        cluster=["chimmad", "kerur", ""],
    )
    result = check(bagalkot, rows)
    assert not result.problems
    assert "Will add 2 blocks: Badami, Bilagi." in result.notes
    assert "Will add 1 cluster: Kerur." in result.notes
    assert list(result.payload.rows["block"]) == ["Jamakhandi", "Badami", "Bilagi"]
    mixed = check(bagalkot, small(udise=["29020101101", "29020301101"], block=["badami", "Bilagi Town"]))
    assert "Will add 2 blocks: badami, Bilagi Town." in mixed.notes  # mixed case is left as typed


def test_area_pincode_and_coordinates(bagalkot):
    rows = small(
        udise=[f"290209011{n:02d}" for n in range(1, 8)],
        area=["Urban", "2", "town", "ಗ್ರಾಮೀಣ", "", "1", "R"],
        pincode=[" ", "587301", "58730", "", "-", "587 301", ""],
        latitude=["16.5", "abc", "40.1", "75.6", "16", "", "16.2"],
        longitude=["75.3", "75.3", "75.3", "16.2", "75.25", "", "75.2"],
    )
    result = check(bagalkot, rows)
    assert messages(result) == [
        'schools.csv, row 3, column "latitude": "abc" is not a number; expected decimal degrees such as 16.18.',
        'schools.csv, row 4, column "area": "town" is not rural or urban; expected 1 or Rural, 2 or Urban.',
        'schools.csv, row 4, column "pincode": "58730" is not a PIN code; expected 6 digits, not starting '
        "with 0 (or the cell left blank).",
        'schools.csv, row 4, column "latitude": "40.1" is outside India; expected a latitude from 6 to 37.5 '
        "in decimal degrees.",
        'schools.csv, row 5, column "latitude": "75.6" is outside India; latitude and longitude look swapped; '
        "expected a latitude from 6 to 37.5 in decimal degrees.",
        'schools.csv, row 5, column "longitude": "16.2" is outside India; latitude and longitude look swapped; '
        "expected a longitude from 68 to 97.5 in decimal degrees.",
    ]
    stored = result.payload.rows.set_index("udise")
    assert list(stored.index) == ["29020901101", "29020901105", "29020901106", "29020901107"]
    assert stored.loc["29020901101", ["area", "pincode", "latitude"]].tolist() == ["urban", "", 16.5]
    assert stored.loc["29020901105", "area"] == ""
    assert np.isnan(stored.loc["29020901105", "latitude"]) and np.isnan(
        stored.loc["29020901105", "longitude"]
    )
    assert stored.loc["29020901106", "pincode"] == "587301" and stored.loc["29020901107", "area"] == "rural"
    assert "1 school had placeholder coordinates (whole degrees such as 77, 12); left empty." in result.notes


# --- updates and undo ----------------------------------------------------------------------


def test_update_only_mapped_filled_cells_and_undo_restores(bagalkot):
    first = small(udise=["29020901101", "29020901102"], village=["Chimmad", "Hunnur"], pincode=["587301"])
    _, created_batch = import_rows(bagalkot, first)
    changed = small(
        udise=["29020901101", "29020901102"],
        name=["GOVT HPS CHIMMAD (NEW)", "GOVT HPS CHIMMAD"],
        pincode=["", ""],
    )
    result = check(bagalkot, changed)
    assert (result.counts.update, result.counts.unchanged) == (1, 1)
    _, batch_id = import_rows(bagalkot, changed)
    with bagalkot.reading() as session:
        school = session.scalars(select(School).where(School.udise_code == "29020901101")).one()
        # The name changed; the village (not mapped) and the PIN code (blank) stayed.
        assert (school.name, school.village, school.pincode) == (
            "GOVT HPS CHIMMAD (NEW)",
            "Chimmad",
            "587301",
        )
        assert "(new)" in school.search_text
        change = session.scalars(
            select(ImportBatchChange).where(ImportBatchChange.batch_id == batch_id)
        ).one()
        assert (change.entity, change.entity_id, change.before) == (
            "school",
            school.id,
            {"name": "GOVT HPS CHIMMAD"},
        )
        json.dumps(change.before)
    undo(bagalkot, batch_id)
    with bagalkot.reading() as session:
        school = session.scalars(select(School).where(School.udise_code == "29020901101")).one()
        assert school.name == "GOVT HPS CHIMMAD" and "(new)" not in school.search_text
    undo(bagalkot, created_batch)
    assert count(bagalkot, School) == 0 and count(bagalkot, Block) == 1 and count(bagalkot, Cluster) == 1


def test_moving_a_school_to_another_block_clears_its_old_cluster(bagalkot):
    _, _ = import_rows(bagalkot, small(cluster=["Chimmad"]))
    _, batch_id = import_rows(bagalkot, small(block=["Badami"]))
    with bagalkot.reading() as session:
        school = session.scalars(select(School)).one()
        assert (school.block.name, school.cluster_id) == ("Badami", None)
    undo(bagalkot, batch_id)
    with bagalkot.reading() as session:
        school = session.scalars(select(School)).one()
        assert (school.block.name, school.cluster.name) == ("Jamakhandi", "Chimmad")
        assert session.scalar(select(func.count()).where(Block.name == "Badami")) == 0


def test_undo_deletes_what_the_batch_created(db):
    _, batch_id = import_rows(db, from_file(read_csv(KLP_CSV), KLP, "klp.csv"), alias_system="KLP")
    assert count(db, School) == 484 and count(db, SchoolAlias) == 484
    undo(db, batch_id)
    for model in (School, SchoolAlias, Cluster, Block, District):
        assert count(db, model) == 0


def test_undo_is_refused_while_a_person_works_at_a_created_school(bagalkot):
    _, batch_id = import_rows(
        bagalkot, small(udise=["29020901101", "29020101101"], block=["Jamakhandi", "Badami"])
    )
    with bagalkot.transaction() as session:
        school = session.scalars(select(School).where(School.udise_code == "29020101101")).one()
        session.add(Person(name="Savitha K. Patil", designation="Head teacher", school_id=school.id))
    with pytest.raises(ConflictError) as refused:
        undo(bagalkot, batch_id)
    assert str(refused.value) == (
        "This import cannot be undone: 1 school it added is now in use — GOVT HPS CHIMMAD (29020101101) "
        "is referred to by 1 person. Remove those records or move them to other schools first; "
        "nothing was changed."
    )
    assert count(bagalkot, School) == 2 and count(bagalkot, Block) == 2


def test_notes_name_clusters_of_different_blocks_apart_and_show_a_real_capitals_example(bagalkot):
    rows = mapped(
        pd.DataFrame(
            {
                "udise": ["29020901101", "29020901102", "29020701103"],
                "name": ["GHPS A", "GHPS B", "GHPS C"],
                "block": ["JAMAKHANDI", "JAMAKHANDI", "BADAMI"],
                "cluster": ["C1", "HUNNUR", "C1"],
            }
        )
    )
    notes = check(bagalkot, rows).notes
    assert "Will add 3 clusters: C1 (Badami), C1 (Jamakhandi), Hunnur." in notes
    capitals = [note for note in notes if note.startswith("The file writes cluster names")]
    assert capitals == [
        "The file writes cluster names all in capitals; new ones are stored with capitals "
        "(HUNNUR → Hunnur), names already in the database keep their spelling."
    ]
