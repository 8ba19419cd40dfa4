"""Districts, blocks and clusters: CRUD, uniqueness, refusal to orphan schools, search after renames."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from db.models import AuditEntry, Block, Cluster, District, School
from desktop.services.database import Database
from desktop.services.errors import ConflictError, NotFoundError, ValidationError
from desktop.services.geography import (
    BlockInput,
    ClusterInput,
    DistrictInput,
    create_block,
    create_cluster,
    create_district,
    delete_block,
    delete_cluster,
    delete_district,
    list_blocks,
    list_clusters,
    list_districts,
    update_block,
    update_cluster,
    update_district,
)
from desktop.services.offices import OfficeInput, create_office, search_office_ids
from desktop.services.schools import SchoolInput, create_school, search_school_ids


@dataclass(frozen=True)
class Tree:
    """One district with two blocks, a cluster in each and two schools in the first cluster."""

    district: int
    gokak: int
    athani: int
    kallur: int  # cluster in Gokak
    ainapur: int  # cluster in Athani
    school_a: int
    school_b: int
    school_c: int  # in Athani / Ainapur


def _counts(db: Database) -> dict[str, int]:
    with db.reading() as session:
        return {
            model.__tablename__: int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (District, Block, Cluster, School, AuditEntry)
        }


def _tree(db: Database) -> Tree:
    district = create_district(db, DistrictInput("Belagavi", "Karnataka", "2901", "ಬೆಳಗಾವಿ")).id
    gokak = create_block(db, BlockInput(district, "Gokak", "ಗೋಕಾಕ")).id
    athani = create_block(db, BlockInput(district, "Athani")).id
    kallur = create_cluster(db, ClusterInput(gokak, "Kallur")).id
    ainapur = create_cluster(db, ClusterInput(athani, "Ainapur")).id
    school_a = create_school(
        db, SchoolInput("29010100101", "GLPS Tukkanatti", gokak, kallur, village="Tukkanatti")
    ).id
    school_b = create_school(
        db, SchoolInput("29010100201", "GHPS Mamadapur", gokak, kallur, village="Mamadapur")
    ).id
    school_c = create_school(db, SchoolInput("29010200101", "GHS Shiraguppi", athani, ainapur)).id
    return Tree(district, gokak, athani, kallur, ainapur, school_a, school_b, school_c)


# --- districts -----------------------------------------------------------------------------------


def test_create_and_list_districts(db: Database) -> None:
    row = create_district(db, DistrictInput("  Belagavi ", " Karnataka", "2901", " ಬೆಳಗಾವಿ "))
    create_district(db, DistrictInput("Bagalkote", "Karnataka", "2902"))
    assert (row.name, row.state_name, row.udise_code, row.name_local) == (
        "Belagavi",
        "Karnataka",
        "2901",
        "ಬೆಳಗಾವಿ",
    )
    assert [d.name for d in list_districts(db)] == ["Bagalkote", "Belagavi"]


def test_district_code_typed_with_a_space_is_accepted(db: Database) -> None:
    assert create_district(db, DistrictInput("Belagavi", "Karnataka", "29 01")).udise_code == "2901"


def test_district_validation_messages(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_district(db, DistrictInput("", "", "29A1"))
    assert caught.value.field_errors == {
        "name": "District name is required.",
        "state_name": "State is required.",
        "udise_code": "UDISE district code '29A1' must be 4 digits (state 2 + district 2).",
    }
    with pytest.raises(ValidationError) as caught:
        create_district(db, DistrictInput("Mysuru", "Karnataka", "29015"))
    assert caught.value.field_errors == {
        "udise_code": "UDISE district code '29015' must be 4 digits (state 2 + district 2)."
    }
    assert list_districts(db) == []


def test_district_uniqueness_messages(db: Database) -> None:
    create_district(db, DistrictInput("Belagavi", "Karnataka", "2901"))
    with pytest.raises(ValidationError) as caught:
        create_district(db, DistrictInput("Belagavi", "Karnataka", "2901"))
    assert caught.value.field_errors == {
        "name": "A district named Belagavi already exists.",
        "udise_code": "Another district already has UDISE code 2901.",
    }
    assert len(list_districts(db)) == 1


def test_update_district_keeps_its_own_name_and_code(db: Database) -> None:
    district = create_district(db, DistrictInput("Belagavi", "Karnataka", "2901"))
    updated = update_district(db, district.id, DistrictInput("Belagavi", "Karnataka", "2901", "ಬೆಳಗಾವಿ"))
    assert updated.name_local == "ಬೆಳಗಾವಿ"
    assert (
        update_district(db, district.id, DistrictInput("Belgaum", "Karnataka", "2903")).udise_code == "2903"
    )


def test_district_code_cannot_change_once_it_has_schools(db: Database) -> None:
    tree = _tree(db)
    before = _counts(db)
    with pytest.raises(ValidationError) as caught:
        update_district(db, tree.district, DistrictInput("Belagavi", "Karnataka", "2999"))
    assert caught.value.field_errors == {
        "udise_code": "The UDISE district code cannot change while the district has schools."
    }
    assert [d.udise_code for d in list_districts(db)] == ["2901"]
    assert _counts(db) == before


def test_delete_district_with_blocks_or_offices_is_refused(db: Database) -> None:
    district = create_district(db, DistrictInput("Belagavi", "Karnataka", "2901")).id
    block = create_block(db, BlockInput(district, "Gokak")).id
    create_office(db, OfficeInput("DDPI Belagavi", "DDPI", "DDPI/BGM", district_id=district))
    with pytest.raises(
        ConflictError, match=r"^Belagavi still has 1 block and 1 office; remove them first\.$"
    ):
        delete_district(db, district)
    assert [b.id for b in list_blocks(db)] == [block]
    assert len(list_districts(db)) == 1


def test_delete_empty_district(db: Database) -> None:
    district = create_district(db, DistrictInput("Belagavi", "Karnataka", "2901")).id
    delete_district(db, district)
    assert list_districts(db) == []
    with pytest.raises(
        NotFoundError, match=rf"^District #{district} no longer exists; it may have been deleted\.$"
    ):
        delete_district(db, district)


def test_unknown_district(db: Database) -> None:
    with pytest.raises(NotFoundError, match=r"^District #404 no longer exists"):
        update_district(db, 404, DistrictInput("Belagavi", "Karnataka", "2901"))


# --- blocks --------------------------------------------------------------------------------------


def test_block_name_is_unique_within_its_district_only(db: Database) -> None:
    belagavi = create_district(db, DistrictInput("Belagavi", "Karnataka", "2901")).id
    bagalkote = create_district(db, DistrictInput("Bagalkote", "Karnataka", "2902")).id
    gokak = create_block(db, BlockInput(belagavi, " Gokak "))
    assert (gokak.name, gokak.district_id, gokak.name_local) == ("Gokak", belagavi, None)
    with pytest.raises(ValidationError) as caught:
        create_block(db, BlockInput(belagavi, "Gokak"))
    assert caught.value.field_errors == {"name": "The district already has a block named Gokak."}
    other = create_block(db, BlockInput(bagalkote, "Gokak"))
    assert other.district_id == bagalkote
    assert [b.id for b in list_blocks(db, belagavi)] == [gokak.id]
    assert [b.id for b in list_blocks(db, bagalkote)] == [other.id]


def test_block_validation(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_block(db, BlockInput(999, " "))
    assert caught.value.field_errors == {
        "name": "Block name is required.",
        "district_id": "Choose the district the block belongs to.",
    }
    assert list_blocks(db) == []


def test_renaming_a_block_to_a_taken_name_is_refused(db: Database) -> None:
    tree = _tree(db)
    with pytest.raises(ValidationError) as caught:
        update_block(db, tree.athani, BlockInput(tree.district, "Gokak"))
    assert caught.value.field_errors == {"name": "The district already has a block named Gokak."}
    assert update_block(db, tree.athani, BlockInput(tree.district, "Athani", "ಅಥಣಿ")).name_local == "ಅಥಣಿ"


def test_list_blocks_in_name_order(db: Database) -> None:
    tree = _tree(db)
    assert [(b.id, b.name) for b in list_blocks(db)] == [(tree.athani, "Athani"), (tree.gokak, "Gokak")]


def test_deleting_a_block_with_schools_and_clusters_is_refused_and_changes_nothing(db: Database) -> None:
    tree = _tree(db)
    before = _counts(db)
    with pytest.raises(ConflictError) as caught:
        delete_block(db, tree.gokak)
    assert str(caught.value) == "Block Gokak still has 1 cluster and 2 schools; move or delete them first."
    assert _counts(db) == before
    assert tree.gokak in [b.id for b in list_blocks(db)]
    assert sorted(search_school_ids(db, "gokak")) == sorted([tree.school_a, tree.school_b])


def test_deleting_a_block_with_only_a_cluster_is_refused(db: Database) -> None:
    district = create_district(db, DistrictInput("Belagavi", "Karnataka", "2901")).id
    block = create_block(db, BlockInput(district, "Gokak")).id
    create_cluster(db, ClusterInput(block, "Kallur"))
    with pytest.raises(ConflictError, match=r"^Block Gokak still has 1 cluster and 0 schools;"):
        delete_block(db, block)
    assert len(list_blocks(db)) == 1


def test_delete_empty_block_writes_an_audit_row(db: Database) -> None:
    district = create_district(db, DistrictInput("Belagavi", "Karnataka", "2901")).id
    block = create_block(db, BlockInput(district, "Gokak")).id
    delete_block(db, block)
    assert list_blocks(db) == []
    with db.reading() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "block", AuditEntry.action == "delete")
        ).one()
    assert (entry.entity_id, entry.operator, entry.after) == (block, "tester", None)
    assert entry.before is not None and entry.before["name"] == "Gokak"


def test_block_with_schools_cannot_move_district(db: Database) -> None:
    tree = _tree(db)
    other = create_district(db, DistrictInput("Bagalkote", "Karnataka", "2902")).id
    with pytest.raises(ValidationError) as caught:
        update_block(db, tree.gokak, BlockInput(other, "Gokak"))
    assert caught.value.field_errors == {
        "district_id": "A block with schools cannot move to another district."
    }
    assert [b.district_id for b in list_blocks(db)] == [tree.district, tree.district]


def test_renaming_a_block_updates_the_schools_search_text(db: Database) -> None:
    tree = _tree(db)
    gokak_schools = sorted([tree.school_a, tree.school_b])
    assert sorted(search_school_ids(db, "gokak")) == gokak_schools
    assert search_school_ids(db, "mudalagi") == []

    update_block(db, tree.gokak, BlockInput(tree.district, "Mudalagi", "ಮೂಡಲಗಿ"))

    assert sorted(search_school_ids(db, "Mudalagi")) == gokak_schools
    assert sorted(search_school_ids(db, "ಮೂಡಲಗಿ")) == gokak_schools
    assert search_school_ids(db, "gokak") == []
    assert search_school_ids(db, "ಗೋಕಾಕ") == []
    # The other block's school is untouched and still found by its own block.
    assert search_school_ids(db, "athani") == [tree.school_c]


def test_renaming_a_cluster_updates_the_schools_search_text(db: Database) -> None:
    tree = _tree(db)
    assert sorted(search_school_ids(db, "kallur")) == sorted([tree.school_a, tree.school_b])

    renamed = update_cluster(db, tree.kallur, ClusterInput(tree.gokak, "Ghataprabha", "ಘಟಪ್ರಭಾ"))

    assert (renamed.name, renamed.block_name) == ("Ghataprabha", "Gokak")
    assert sorted(search_school_ids(db, "ghataprabha gokak")) == sorted([tree.school_a, tree.school_b])
    assert sorted(search_school_ids(db, "ಘಟಪ್ರಭಾ")) == sorted([tree.school_a, tree.school_b])
    assert search_school_ids(db, "kallur") == []
    assert search_school_ids(db, "ainapur") == [tree.school_c]


# --- clusters ------------------------------------------------------------------------------------


def test_cluster_name_is_unique_within_its_block_only(db: Database) -> None:
    tree = _tree(db)
    with pytest.raises(ValidationError) as caught:
        create_cluster(db, ClusterInput(tree.gokak, "Kallur"))
    assert caught.value.field_errors == {"name": "The block already has a cluster named Kallur."}
    assert create_cluster(db, ClusterInput(tree.athani, "Kallur")).block_name == "Athani"


def test_cluster_validation(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_cluster(db, ClusterInput(999, ""))
    assert caught.value.field_errors == {
        "name": "Cluster name is required.",
        "block_id": "Choose the block the cluster belongs to.",
    }
    assert list_clusters(db) == []


def test_list_clusters_by_block_then_name(db: Database) -> None:
    tree = _tree(db)
    create_cluster(db, ClusterInput(tree.gokak, "Arabhavi"))
    assert [(c.block_name, c.name) for c in list_clusters(db)] == [
        ("Athani", "Ainapur"),
        ("Gokak", "Arabhavi"),
        ("Gokak", "Kallur"),
    ]
    assert [c.name for c in list_clusters(db, tree.gokak)] == ["Arabhavi", "Kallur"]


def test_deleting_a_cluster_with_schools_is_refused(db: Database) -> None:
    tree = _tree(db)
    before = _counts(db)
    with pytest.raises(ConflictError) as caught:
        delete_cluster(db, tree.kallur)
    assert str(caught.value) == "Cluster Kallur still has 2 schools; move them first."
    assert _counts(db) == before


def test_delete_empty_cluster(db: Database) -> None:
    tree = _tree(db)
    spare = create_cluster(db, ClusterInput(tree.gokak, "Arabhavi")).id
    delete_cluster(db, spare)
    assert [c.name for c in list_clusters(db, tree.gokak)] == ["Kallur"]
    with pytest.raises(NotFoundError, match=rf"^Cluster #{spare} no longer exists"):
        delete_cluster(db, spare)


def test_cluster_with_schools_cannot_move_block(db: Database) -> None:
    tree = _tree(db)
    with pytest.raises(ValidationError) as caught:
        update_cluster(db, tree.kallur, ClusterInput(tree.athani, "Kallur"))
    assert caught.value.field_errors == {"block_id": "A cluster with schools cannot move to another block."}
    assert [c.block_id for c in list_clusters(db) if c.id == tree.kallur] == [tree.gokak]


def test_empty_cluster_can_move_block(db: Database) -> None:
    tree = _tree(db)
    spare = create_cluster(db, ClusterInput(tree.gokak, "Arabhavi")).id
    moved = update_cluster(db, spare, ClusterInput(tree.athani, "Arabhavi"))
    assert (moved.block_id, moved.block_name) == (tree.athani, "Athani")


def test_renaming_a_block_updates_its_offices_search_text(db: Database) -> None:
    tree = _tree(db)
    office = create_office(
        db, OfficeInput("Block Education Office", "BEO", "BEO/GKK", block_id=tree.gokak)
    ).id
    assert search_office_ids(db, "gokak") == [office]
    update_block(db, tree.gokak, BlockInput(tree.district, "Mudalagi"))
    assert search_office_ids(db, "gokak") == []
    assert search_office_ids(db, "mudalagi") == [office]
