"""What an MoU lets leave the office: refusals, categories, schools, rounds, keep-until, pseudonyms."""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import MouExchangeSecret
from desktop.services.database import Database
from desktop.services.errors import ConflictError, NotFoundError, ValidationError
from desktop.services.exchange.pseudonyms import mou_secret, pseudonym, pseudonym_map, reverse_map
from desktop.services.exchange.scope import add_months, available_rounds, export_scope
from desktop.services.mous.lifecycle import AmendmentInput, amend, renew
from tests.exchange_fixtures import (
    FLN_REFERENCE,
    STUDENT_KEYS,
    TODAY,
    WIDE_REFERENCE,
    DistrictTemplate,
    ExchangeDistrict,
    add_mou,
    build_template,
    district_copy,
    row_counts,
)

ALL_ROUNDS = ("Baseline 2026", "Camp check 2026", "Midline 2026")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> DistrictTemplate:
    return build_template(tmp_path_factory.mktemp("exchange-scope"))


@pytest.fixture
def world(template: DistrictTemplate, tmp_path: Path) -> Iterator[tuple[Database, ExchangeDistrict]]:
    with district_copy(template, tmp_path) as opened:
        yield opened


def _scope(db: Database, mou_id: int, **options):  # type: ignore[no-untyped-def]
    with db.reading() as session:
        return export_scope(session, mou_id, today=options.pop("today", TODAY), **options)


def _refused(db: Database, mou_id: int, error: type[Exception], **options) -> str:  # type: ignore[no-untyped-def]
    """The message of the refusal, checked to have written nothing (asked inside a transaction)."""
    before = row_counts(db)
    with pytest.raises(error) as raised, db.transaction() as session:
        export_scope(session, mou_id, today=TODAY, **options)
    assert row_counts(db) == before
    return str(raised.value)


# --- refusals ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"status": "draft"}, "is draft: it is not signed yet"),
        ({"status": "under_review"}, "is under review: it is not signed yet"),
        ({"status": "signed"}, "is signed but not yet active; activate it (from 01/06/2026)"),
        ({"status": "expired", "end": date(2026, 10, 31)}, "expired on 31/10/2026"),
        ({"end": date(2026, 11, 22)}, "expired on 22/11/2026"),
        ({"status": "terminated", "terminated_on": date(2026, 9, 15)}, "was terminated on 15/09/2026"),
        ({"start": date(2026, 12, 1)}, "starts on 01/12/2026"),
        ({"shares": ()}, "has no data-sharing terms: it allows no data to leave the office"),
        ({"block_names": ()}, "covers no schools today: there is nothing to share"),
    ],
    ids=[
        "draft",
        "under-review",
        "signed",
        "expired",
        "past-end",
        "terminated",
        "not-started",
        "no-terms",
        "no-schools",
    ],
)
def test_an_mou_not_in_force_or_without_terms_or_schools_exports_nothing(world, changes, expected):
    db, district = world
    options = {"block_names": ("Hubballi",)} | changes
    mou_id = add_mou(db, district, "DDPI/SNR/MOU/2026/09", **options)
    message = _refused(db, mou_id, ConflictError)
    assert message.startswith("MoU DDPI/SNR/MOU/2026/09 ")
    assert expected in message


def test_a_category_outside_the_terms_is_refused_naming_what_the_terms_allow(world):
    db, district = world
    message = _refused(db, district.fln_mou_id, ValidationError, categories=["official_contacts"])
    assert message == (
        f"The data-sharing terms of MoU {FLN_REFERENCE} do not allow Contact details of officials; they allow: "
        "School directory (names, UDISE codes, location, management); "
        "Aggregated assessment results (by school, cluster, block); "
        "Pseudonymised student-level assessment results."
    )
    with pytest.raises(ValidationError) as raised, db.reading() as session:
        export_scope(
            session, district.fln_mou_id, today=TODAY, categories=["school_directory", "student_names"]
        )
    assert raised.value.field_errors["categories"].startswith("'student_names' is not a category of data")
    with pytest.raises(ValidationError, match="at least one category"), db.reading() as session:
        export_scope(session, district.fln_mou_id, today=TODAY, categories=[])


def test_an_unknown_round_is_refused(world):
    db, district = world
    message = _refused(
        db, district.wide_mou_id, NotFoundError, round_ids=[district.round_ids["Baseline 2026"], 999]
    )
    assert "Assessment round #999 no longer exists" in message
    with pytest.raises(ValidationError, match="at least one assessment round"), db.reading() as session:
        export_scope(session, district.wide_mou_id, today=TODAY, round_ids=[])


def test_an_unknown_mou_is_not_found(world):
    db, _district = world
    assert "MoU #4040 no longer exists" in _refused(db, 4040, NotFoundError)


def test_an_amendment_extending_the_end_date_lets_the_mou_export_again(world):
    db, district = world
    mou_id = add_mou(db, district, "DDPI/SNR/MOU/2026/10", end=date(2026, 11, 22), block_names=("Hubballi",))
    assert "expired on 22/11/2026" in _refused(db, mou_id, ConflictError)
    amend(
        db,
        mou_id,
        AmendmentInput(date(2026, 11, 1), "Extended by four months", new_end_date=date(2027, 3, 31)),
        today=TODAY,
    )
    assert _scope(db, mou_id).reference == "DDPI/SNR/MOU/2026/10"


def test_the_last_day_and_the_first_day_are_in_force(world):
    db, district = world
    mou_id = add_mou(db, district, "DDPI/SNR/MOU/2026/11", start=TODAY, end=TODAY, block_names=("Hubballi",))
    assert _scope(db, mou_id).today == TODAY


# --- what the scope holds ---------------------------------------------------------------------


def test_the_scope_of_a_whole_district_mou(world):
    db, district = world
    scope = _scope(db, district.wide_mou_id)
    assert (scope.reference, scope.office_name, scope.partner_names) == (
        WIDE_REFERENCE,
        "DDPI Sunnur",
        ("Kalike Foundation",),
    )
    assert scope.organisation_ids == (district.organisation_ids["kalike"],)
    assert scope.category_codes == (
        "school_directory",
        "school_indicators",
        "assessment_aggregates",
        "student_results_pseudonymised",
        "official_contacts",
    )
    assert scope.school_ids == frozenset(district.school_ids.values())
    assert scope.round_names == ALL_ROUNDS
    assert scope.round_ids == tuple(district.round_ids[name] for name in ALL_ROUNDS)
    contacts = scope.categories[-1]
    assert (contacts.table, contacts.keep_months, contacts.keep_until) == (
        "official_contacts",
        6,
        date(2027, 5, 23),
    )
    assert contacts.fields == ("name", "name_local", "designation", "office", "phone", "email")
    assert [c.keep_until for c in scope.categories] == [
        date(2027, 11, 23),
        date(2027, 11, 23),
        date(2028, 11, 23),
        date(2029, 11, 23),
        date(2027, 5, 23),
    ]
    # One date for the whole package: the earliest.
    assert scope.keep_until == date(2027, 5, 23)
    assert scope.purpose == (
        "Plan school visits; Plan teacher support; Report progress to the district; "
        "Measure change in reading levels; Arrange visits with officials"
    )


def test_chosen_categories_come_in_catalogue_order_and_purposes_once(world):
    db, district = world
    mou_id = add_mou(
        db,
        district,
        "DDPI/SNR/MOU/2026/12",
        shares=(
            ("student_results_pseudonymised", "Track reading", 24),
            ("school_directory", "Track reading", 3),
            ("school_indicators", "Plan visits", 12),
        ),
        block_names=("Kundgol",),
    )
    scope = _scope(db, mou_id, categories=["student_results_pseudonymised", "school_directory"])
    assert scope.category_codes == ("school_directory", "student_results_pseudonymised")
    assert scope.purpose == "Track reading"
    assert scope.keep_until == date(2027, 2, 23)


def test_coverage_by_block_cluster_and_school(world):
    db, district = world
    fln = _scope(db, district.fln_mou_id)
    expected = district.school_codes_of_block("Hubballi") | {"29310200101"}
    assert fln.school_ids == frozenset(district.school_ids[code] for code in expected)
    mou_id = add_mou(
        db, district, "DDPI/SNR/MOU/2026/13", cluster_names=("Yaraguppi",), school_codes=("29310200901",)
    )
    assert _scope(db, mou_id).school_ids == frozenset(
        district.school_ids[code] for code in ("29310200201", "29310200202", "29310200901")
    )


def test_rounds_are_those_with_data_for_the_covered_schools_in_round_order(world):
    db, district = world
    # The camp check was held in Byahatti only: an MoU for Saunshi has no data from it.
    saunshi = add_mou(db, district, "DDPI/SNR/MOU/2026/14", cluster_names=("Saunshi",))
    assert _scope(db, saunshi).round_names == ("Baseline 2026", "Midline 2026")
    with db.reading() as session:
        assert available_rounds(session, saunshi) == [
            (district.round_ids["Baseline 2026"], "Baseline 2026"),
            (district.round_ids["Midline 2026"], "Midline 2026"),
        ]
        assert [name for _id, name in available_rounds(session, district.fln_mou_id)] == list(ALL_ROUNDS)
    chosen = _scope(
        db,
        district.wide_mou_id,
        round_ids=[district.round_ids["Midline 2026"], district.round_ids["Baseline 2026"]],
    )
    assert chosen.round_names == ("Baseline 2026", "Midline 2026")


def test_a_package_without_round_tables_names_no_rounds(world):
    db, district = world
    scope = _scope(db, district.wide_mou_id, categories=["school_directory", "official_contacts"])
    assert (scope.round_ids, scope.round_names) == ((), ())


def test_keep_until_adds_calendar_months_and_clamps_the_day():
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 11, 23), 14) == date(2028, 1, 23)
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2026, 12, 15), 120) == date(2036, 12, 15)


def test_the_scope_keep_until_on_a_month_end(world):
    db, district = world
    assert _scope(db, district.wide_mou_id, today=date(2026, 8, 31)).keep_until == date(2027, 2, 28)


# --- pseudonyms -------------------------------------------------------------------------------


def _secret(db: Database, mou_id: int) -> bytes:
    with db.transaction() as session:
        return mou_secret(session, mou_id)


def _secret_rows(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(MouExchangeSecret)) or 0)


def test_an_mou_keeps_one_secret_and_another_mou_has_its_own(world):
    db, district = world
    assert _secret_rows(db) == 0
    first = _secret(db, district.fln_mou_id)
    assert len(first) == 32
    assert _secret(db, district.fln_mou_id) == first
    assert _secret_rows(db) == 1
    other = _secret(db, district.wide_mou_id)
    assert other != first
    assert _secret_rows(db) == 2
    key = STUDENT_KEYS[0]
    assert pseudonym(first, key) != pseudonym(other, key)


def test_a_secret_asked_for_in_a_transaction_that_fails_is_not_kept(world):
    db, district = world
    with pytest.raises(RuntimeError), db.transaction() as session:
        mou_secret(session, district.fln_mou_id)
        raise RuntimeError("the export failed after the secret was made")
    assert _secret_rows(db) == 0


def test_a_renewal_keeps_the_pseudonyms_of_the_mou_it_renews(world):
    db, district = world
    original = _secret(db, district.fln_mou_id)
    renewed = renew(
        db, district.fln_mou_id, "DDPI/SNR/MOU/2027/01", date(2027, 6, 1), date(2028, 5, 31), today=TODAY
    )
    again = add_mou(db, district, "DDPI/SNR/MOU/2028/01", renews_id=renewed.id, block_names=("Hubballi",))
    assert _secret(db, renewed.id) == original
    assert _secret(db, again) == original
    assert _secret_rows(db) == 1
    # Renewing a renewal of an MoU that never exported: the secret is made for the first of the chain.
    fresh = add_mou(db, district, "DDPI/SNR/MOU/2026/15", block_names=("Kundgol",))
    follow = add_mou(db, district, "DDPI/SNR/MOU/2027/15", renews_id=fresh, block_names=("Kundgol",))
    assert _secret(db, follow) == _secret(db, fresh)


def test_pseudonyms_are_the_keyed_hash_of_the_student_id():
    secret = bytes(range(32))
    expected = "S" + hmac.new(secret, b"STU-0100101-01", hashlib.sha256).hexdigest()[:16].upper()
    assert pseudonym(secret, "STU-0100101-01") == expected
    assert re.fullmatch(r"S[0-9A-F]{16}", expected)
    # The same id however its accents were typed (composed or combining marks).
    assert pseudonym(secret, "STU-\u00e9") == pseudonym(secret, "STU-e\u0301")


def test_pseudonym_maps_agree_with_single_pseudonyms_and_reverse():
    secret = bytes(32)
    mapped = pseudonym_map(secret, [*STUDENT_KEYS, STUDENT_KEYS[0]])
    assert set(mapped) == set(STUDENT_KEYS)
    assert all(mapped[key] == pseudonym(secret, key) for key in STUDENT_KEYS)
    assert all(alias != key for key, alias in mapped.items())
    assert len(set(mapped.values())) == len(STUDENT_KEYS)
    back = reverse_map(secret, STUDENT_KEYS)
    assert {back[mapped[key]] for key in STUDENT_KEYS} == set(STUDENT_KEYS)
