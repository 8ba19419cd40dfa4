"""The MoU register's records: saving with all parts, checks on bad input, coverage, deleting."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from db.models import Mou, MouCoverage, MouSignatory
from desktop.services import geography, organisations, people, schools
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.geography import BlockInput, DistrictInput
from desktop.services.mous import lifecycle, register
from desktop.services.mous.coverage import Coverage, covered_school_ids
from desktop.services.mous.parts import DataShareInput, SignatoryInput
from tests.mou_fixtures import TODAY, mou_input, partner, signed_by_all


def _count(db: Database, model: type) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_an_mou_is_saved_with_all_its_parts_and_read_back(demo_db: Database) -> None:
    data = mou_input(demo_db)
    created = register.create_mou(demo_db, data, today=TODAY)
    assert created.status == "draft" and created.editable
    again = register.get_mou(demo_db, created.id)
    assert again.data.reference == data.reference
    assert again.data.coverage == data.coverage
    assert [s.name for s in again.data.signatories] == ["Savitha K. Patil", "Ramesh Gowda"]
    assert [o.kind for o in again.data.obligations] == ["responsibility", "deliverable"]
    assert [d.category for d in again.data.data_shares] == [
        "school_directory",
        "student_results_pseudonymised",
    ]
    assert again.partner_names == (organisations.list_organisations(demo_db)[0].name,)


def test_saving_the_list_again_updates_rows_in_place(demo_db: Database) -> None:
    created = register.create_mou(demo_db, mou_input(demo_db), today=TODAY)
    first_ids = [s.id for s in created.data.signatories]
    changed = replace(
        created.data,
        signatories=(replace(created.data.signatories[0], designation="DDPI"),),
        coverage=Coverage(whole_district=True),
    )
    updated = register.update_mou(demo_db, created.id, changed, today=TODAY)
    assert [s.id for s in updated.data.signatories] == first_ids[:1]
    assert updated.data.signatories[0].designation == "DDPI"
    assert _count(demo_db, MouSignatory) == 1 and _count(demo_db, MouCoverage) == 0
    assert updated.data.coverage.whole_district


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"end_date": date(2026, 5, 1)}, "end_date", "ends (01/05/2026) before it starts (01/06/2026)"),
        ({"reference": " "}, "reference", "Reference number is required."),
        ({"partner_ids": ()}, "partner_ids", "Choose at least one partner organisation."),
        ({"focus": "custom"}, "focus_other", "Describe the focus intervention."),
        ({"funded": True}, "funding_amount", "Give the amount of funding in rupees"),
        ({"coverage": Coverage()}, "coverage", "Choose the whole district"),
        (
            {"data_shares": (DataShareInput("school_directory", "visits", 200),)},
            "data_shares",
            "from 1 to 120 months, not 200",
        ),
        (
            {"data_shares": (DataShareInput("aadhaar_numbers", "x", 1),)},
            "data_shares",
            "'aadhaar_numbers' is not",
        ),
    ],
)
def test_bad_input_is_refused_naming_the_field_and_nothing_is_stored(
    demo_db: Database, changes: dict, field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        register.create_mou(demo_db, mou_input(demo_db, **changes), today=TODAY)
    assert message in refused.value.field_errors[field]
    assert _count(demo_db, Mou) == 0 and _count(demo_db, MouSignatory) == 0


@pytest.mark.parametrize(
    ("signed_on", "message"),
    [
        (date(2027, 6, 1), "is in the future"),
        (date(2026, 1, 2), "more than 90 days before the MoU starts (01/06/2026); check the year"),
    ],
)
def test_a_signature_date_outside_the_period_is_refused(
    demo_db: Database, signed_on: date, message: str
) -> None:
    data = signed_by_all(mou_input(demo_db), signed_on)
    with pytest.raises(ValidationError) as refused:
        register.create_mou(demo_db, data, today=TODAY)
    assert message in refused.value.field_errors["signatories"]
    # After the end date (when "today" is later still).
    ended = mou_input(demo_db, start_date=date(2025, 1, 1), end_date=date(2025, 12, 31))
    with pytest.raises(ValidationError, match=r"after the MoU ends \(31/12/2025\)"):
        register.create_mou(demo_db, signed_by_all(ended, date(2026, 2, 1)), today=TODAY)


def test_coverage_outside_the_district_is_refused_naming_the_units(demo_db: Database) -> None:
    other = geography.create_district(
        demo_db, DistrictInput(name="Tunga", state_name="Karnataka", udise_code="2991")
    )
    far_block = geography.create_block(demo_db, BlockInput(name="Faraway", district_id=other.id))
    data = mou_input(demo_db, coverage=Coverage(block_ids=(far_block.id,)))
    with pytest.raises(ValidationError) as refused:
        register.create_mou(demo_db, data, today=TODAY)
    assert refused.value.field_errors["coverage"] == (
        "Outside Kaveri Demo District: block Faraway. An MoU covers only its own district."
    )


def test_covered_schools_are_the_union_of_blocks_clusters_and_single_schools(demo_db: Database) -> None:
    blocks = geography.list_blocks(demo_db)
    cluster = geography.list_clusters(demo_db, blocks[2].id)[0]
    single = schools.search_school_ids(demo_db, blocks[3].name)[0]
    coverage = Coverage(block_ids=(blocks[0].id,), cluster_ids=(cluster.id,), school_ids=(single,))
    created = register.create_mou(demo_db, mou_input(demo_db, coverage=coverage), today=TODAY)
    in_block = set(schools.search_school_ids(demo_db, "")) and {
        s.id
        for s in schools.school_rows(demo_db, schools.search_school_ids(demo_db, "")).values()
        if s.block_id == blocks[0].id or s.cluster_id == cluster.id or s.id == single
    }
    with demo_db.reading() as session:
        mou = session.get(Mou, created.id)
        assert covered_school_ids(session, mou) == in_block


def test_only_a_draft_is_deleted_and_a_partner_with_mous_is_kept(demo_db: Database) -> None:
    draft = register.create_mou(demo_db, mou_input(demo_db), today=TODAY)
    with pytest.raises(ConflictError, match=r"is a party to 1 MoU \(DDPI/KVD/MOU/2026/01\)"):
        organisations.delete_organisation(demo_db, partner(demo_db))
    nodal = draft.data.nodal_officer_id
    assert nodal is not None
    with pytest.raises(ConflictError, match="is the nodal officer of 1 MoU"):
        people.delete_person(demo_db, nodal)
    empty = geography.create_block(
        demo_db, BlockInput(name="Newblock", district_id=geography.list_districts(demo_db)[0].id)
    )
    register.update_mou(
        demo_db, draft.id, replace(draft.data, coverage=Coverage(block_ids=(empty.id,))), today=TODAY
    )
    with pytest.raises(ConflictError, match=r"Block Newblock is covered by 1 MoU \(DDPI/KVD/MOU/2026/01\)"):
        geography.delete_block(demo_db, empty.id)
    lifecycle.submit_for_review(demo_db, draft.id, today=TODAY)
    with pytest.raises(ConflictError, match="is under review; only drafts can be deleted"):
        register.delete_mou(demo_db, draft.id)
    lifecycle.return_to_draft(demo_db, draft.id, today=TODAY)
    register.delete_mou(demo_db, draft.id)
    assert _count(demo_db, Mou) == 0 and _count(demo_db, MouSignatory) == 0


def test_a_signed_mou_is_changed_only_by_amendment(demo_db: Database) -> None:
    created = register.create_mou(demo_db, signed_by_all(mou_input(demo_db), date(2026, 5, 20)), today=TODAY)
    lifecycle.submit_for_review(demo_db, created.id, today=TODAY)
    lifecycle.mark_signed(demo_db, created.id, today=TODAY)
    with pytest.raises(ConflictError, match="is signed; its terms change only through an amendment"):
        register.update_mou(demo_db, created.id, replace(created.data, title="Another"), today=TODAY)
    # Its obligations are still tracked.
    done = (replace(created.data.obligations[1], status="done"),)
    tracked = register.update_obligations(demo_db, created.id, created.data.obligations[:1] + done)
    assert [o.status for o in tracked.data.obligations] == ["pending", "done"]


def test_a_partner_signatory_without_organisation_is_kept_as_given(demo_db: Database) -> None:
    data = mou_input(demo_db, signatories=(SignatoryInput("A. Rao", "Director", "partner"),))
    created = register.create_mou(demo_db, data, today=TODAY)
    assert created.data.signatories[0].organisation_id is None
