"""Units of bodies and meetings are named in the interface's language on screens ("Gubbi ಬ್ಲಾಕ್" in
Kannada) and in English on paper and in what is stored (decision 47), from the same parts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from db.models import ActionItemEvent, Body, Meeting
from desktop.services.calendar.cadence import plan_month
from desktop.services.calendar.review_groups import create_review_groups
from desktop.services.committees import bodies, listing
from desktop.services.committees.bodies import BodyInput
from desktop.services.committees.memberships import bodies_of_person
from desktop.services.committees.printing import contact_sheet
from desktop.services.committees.units import Unit, UnitNames, screen_unit_name, unit_name
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.meetings.action_listing import items_for_meeting
from desktop.services.meetings.actions import escalate_action_item, escalation_targets
from desktop.services.meetings.reading import get_meeting, list_meetings
from desktop.services.people import delete_person
from scripts.translations import extracted_messages
from tests.fake_translator import translating
from tests.test_action_items import World, item, meeting, world  # noqa: F401  (world: a fixture)

ROOT = Path(__file__).resolve().parents[1]
SERVICES = sorted((ROOT / "desktop" / "services").rglob("*.py"))
TODAY = date(2026, 11, 23)
# Made-up translations, told apart from English by their Kannada words.
KANNADA = {
    ("Committees", "{name} district"): "{name} ಜಿಲ್ಲೆ",
    ("Committees", "{name} block"): "{name} ಬ್ಲಾಕ್",
    ("Committees", "{name} cluster ({block} block)"): "{name} ಕ್ಲಸ್ಟರ್ ({block} ಬ್ಲಾಕ್)",
    ("Committees", "{name} ({udise_code})"): "{name} [UDISE {udise_code}]",
}
SCREEN = {
    "district": "Tumakuru ಜಿಲ್ಲೆ",
    "gubbi": "Gubbi ಬ್ಲಾಕ್",
    "kunigal": "Kunigal ಬ್ಲಾಕ್",
    "hirehalli": "Hirehalli ಕ್ಲಸ್ಟರ್ (Gubbi ಬ್ಲಾಕ್)",
}


@pytest.fixture
def kannada() -> Iterator[list[tuple[str, str]]]:
    """The made-up Kannada installed; every (context, text) asked for is recorded."""
    with translating(KANNADA) as asked:
        yield asked


def test_each_level_has_a_screen_name_and_a_paper_name(kannada: list[tuple[str, str]]) -> None:
    units = [
        UnitNames("district", "Tumakuru"),
        UnitNames("block", "Gubbi"),
        UnitNames("cluster", "Hirehalli", block="Gubbi"),
        UnitNames("school", "GHPS Hirehalli", udise_code="29180100101"),
    ]
    assert [unit.screen for unit in units] == [
        "Tumakuru ಜಿಲ್ಲೆ",
        "Gubbi ಬ್ಲಾಕ್",
        "Hirehalli ಕ್ಲಸ್ಟರ್ (Gubbi ಬ್ಲಾಕ್)",
        "GHPS Hirehalli [UDISE 29180100101]",
    ]
    assert [unit.paper for unit in units] == [
        "Tumakuru district",
        "Gubbi block",
        "Hirehalli cluster (Gubbi block)",
        "GHPS Hirehalli (29180100101)",
    ]
    # The stored name says "District" already: shown as stored in every language, never twice.
    named = UnitNames("district", "Kaveri Demo District")
    assert (named.screen, named.paper) == ("Kaveri Demo District", "Kaveri Demo District")
    assert set(KANNADA) <= set(kannada)


def test_without_a_translation_the_screen_names_are_the_english_ones() -> None:
    for unit in (
        UnitNames("district", "Tumakuru"),
        UnitNames("district", "Kaveri Demo District"),
        UnitNames("block", "Gubbi"),
        UnitNames("cluster", "Hirehalli", block="Gubbi"),
        UnitNames("school", "GHPS Hirehalli", udise_code="29180100101"),
    ):
        assert unit.screen == unit.paper


def test_the_messages_are_extracted_for_translators() -> None:
    extracted = {(m.context, m.source) for m in extracted_messages(SERVICES)}
    assert set(KANNADA) <= extracted, set(KANNADA) - extracted


def test_screen_lists_name_the_units_in_the_interface_language(
    db: Database,
    world: World,  # noqa: F811
    kannada: list[tuple[str, str]],
) -> None:
    rows = {row.id: row.unit_name for row in listing.list_bodies(db, TODAY)}
    assert {key: rows[getattr(world, key)] for key in SCREEN} == SCREEN
    choices = dict(listing.body_choices(db))
    assert choices[world.gubbi] == "Gubbi block review group — Gubbi ಬ್ಲಾಕ್"
    assert choices[world.hirehalli] == "Hirehalli cluster review group — Hirehalli ಕ್ಲಸ್ಟರ್ (Gubbi ಬ್ಲಾಕ್)"
    seats = {row.body_id: row.unit_name for row in bodies_of_person(db, world.beo)}
    assert seats == {world.gubbi: "Gubbi ಬ್ಲಾಕ್", world.kunigal: "Kunigal ಬ್ಲಾಕ್"}
    review = meeting(db, world.hirehalli, "Hirehalli cluster review", date(2026, 12, 4))
    assert [row.unit_name for row in list_meetings(db)] == [SCREEN["hirehalli"]]
    with db.reading() as session:
        assert (
            screen_unit_name(session, Unit("block", session.get_one(Body, world.gubbi).block_id))
            == (SCREEN["gubbi"])
        )
    # What the screens open to print or edit keeps the English the documents print.
    assert get_meeting(db, review).unit_name == "Hirehalli cluster (Gubbi block)"
    assert bodies.get_body(db, world.gubbi, TODAY).unit_name == "Gubbi block"
    assert contact_sheet(db, world.gubbi, TODAY).body.unit == "Gubbi block"


def test_the_cadence_plan_names_units_on_screen_and_stores_english(
    db: Database,
    world: World,  # noqa: F811
    kannada: list[tuple[str, str]],
) -> None:
    with db.reading() as session:
        office_id = session.get_one(Body, world.district).office_id
    assert create_review_groups(db, office_id, "district", date(2026, 11, 1)) == 1
    with db.reading() as session:
        group = session.query(Body).filter(Body.meeting_frequency == "review_cadence").one()
        assert "tumakuru district" in group.search_text and "ಜಿಲ್ಲೆ" not in group.search_text
    assert [plan.unit_name for plan in plan_month(db, office_id, 2026, 12)] == [SCREEN["district"]]


def test_escalation_names_units_on_screen_and_records_english(
    db: Database,
    world: World,  # noqa: F811
    kannada: list[tuple[str, str]],
) -> None:
    cluster_dec = meeting(db, world.hirehalli, "Hirehalli cluster review", date(2026, 12, 4))
    block_jan = meeting(db, world.gubbi, "Gubbi block review", date(2027, 1, 8))
    kunigal_jan = meeting(db, world.kunigal, "Kunigal block review", date(2027, 1, 8))
    item_id = item(db, cluster_dec, world.crp, date(2026, 12, 15), today=date(2026, 12, 4))
    targets = escalation_targets(db, item_id, date(2027, 1, 6))
    assert [(choice.meeting_id, choice.unit_name) for choice in targets] == [(block_jan, "Gubbi ಬ್ಲಾಕ್")]
    with pytest.raises(ConflictError) as refused:
        escalate_action_item(db, item_id, kunigal_jan, date(2027, 1, 6))
    assert "Kunigal ಬ್ಲಾಕ್" in str(refused.value) and SCREEN["hirehalli"] in str(refused.value)
    escalate_action_item(db, item_id, block_jan, date(2027, 1, 6))
    with db.reading() as session:
        note = session.query(ActionItemEvent).filter(ActionItemEvent.kind == "escalated").one().note
    assert note == "Escalated from Hirehalli cluster (Gubbi block) (cluster) to Gubbi block (block)"
    # The minutes print the raising meeting's unit from the carried rows: English.
    assert items_for_meeting(db, block_jan).carried[0].raised_unit_name == "Hirehalli cluster (Gubbi block)"
    with db.reading() as session:
        assert session.get_one(Meeting, block_jan).title == "Gubbi block review"


def test_refusals_on_screen_name_the_unit_in_the_interface_language(
    db: Database,
    world: World,  # noqa: F811
    kannada: list[tuple[str, str]],
) -> None:
    with pytest.raises(ConflictError) as in_use:
        delete_person(db, world.beo)
    assert "Gubbi block review group — Gubbi ಬ್ಲಾಕ್" in str(in_use.value)
    gubbi = bodies.get_body(db, world.gubbi, TODAY).data
    with pytest.raises(ValidationError) as same_name:
        bodies.create_body(db, BodyInput(**{**gubbi.__dict__, "constituting_order": None}))
    assert same_name.value.field_errors["name"].startswith("Gubbi ಬ್ಲಾಕ್ already has a body named")
    # A body formed meanwhile keeps its search text in English, as every stored text.
    body_id = bodies.create_body(db, BodyInput(**{**gubbi.__dict__, "name": "Gubbi block task force"}))
    with db.reading() as session:
        search_text = session.get_one(Body, body_id).search_text
    assert "gubbi block" in search_text and "ಬ್ಲಾಕ್" not in search_text
    with db.reading() as session:
        assert unit_name(session, Unit("block", session.get_one(Body, body_id).block_id)) == "Gubbi block"
