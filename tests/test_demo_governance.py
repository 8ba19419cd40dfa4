"""The demo district's committees and meetings, read back through the services that show them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop.services.calendar import cadence
from desktop.services.committees import listing, memberships
from desktop.services.database import Database
from desktop.services.demo import DemoSize, generate_demo
from desktop.services.meetings.action_listing import ActionFilter, items_for_meeting, list_action_items
from desktop.services.meetings.reading import MeetingFilter, get_meeting, list_meetings
from desktop.services.opening import open_database

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("demo-governance") / "demo.db"
    database, _report = open_database(path, operator="demo")
    generate_demo(database, size=DemoSize(blocks=3, clusters_per_block=4, schools_per_cluster=5), today=TODAY)
    try:
        yield database
    finally:
        database.close()


def test_the_demo_has_district_block_and_cluster_bodies_with_chairs(demo: Database) -> None:
    bodies = listing.list_bodies(demo, TODAY)
    levels = {row.level for row in bodies}
    assert levels == {"district", "block", "cluster"}
    assert all(row.chair_name for row in bodies if row.level in ("block", "cluster"))
    task_force = next(row for row in bodies if row.name.startswith("District Task Force"))
    assert task_force.members >= 8


def test_the_task_force_shows_who_was_member_secretary_before_the_handover(demo: Database) -> None:
    task_force = next(row for row in listing.list_bodies(demo, TODAY) if row.name.startswith("District Task"))
    history = memberships.membership_history(demo, task_force.id)
    secretaries = [row for row in history if row.role == "member_secretary"]
    assert len(secretaries) == 2
    assert secretaries[0].end_reason == "Transferred"
    assert secretaries[1].replaces == secretaries[0].person_name
    today_roles = {row.role for row in memberships.composition_on(demo, task_force.id, TODAY)}
    assert "member_secretary" in today_roles


def test_review_meetings_fall_on_the_2_4_6_8_working_days(demo: Database) -> None:
    # November 2026: the 1st is a Sunday and Kannada Rajyotsava; Saturday the 7th is a working day.
    meetings = list_meetings(demo, MeetingFilter(date_from=date(2026, 11, 1), date_to=date(2026, 11, 30)))
    dates = {row.level_label: row.meeting_date for row in meetings if "review" in row.title.lower()}
    assert dates == {
        "Cluster": date(2026, 11, 5),
        "Block": date(2026, 11, 7),
        "District": date(2026, 11, 10),
    }


def test_past_months_are_approved_and_this_month_is_drafted(demo: Database) -> None:
    october = list_meetings(demo, MeetingFilter(date_from=date(2026, 10, 1), date_to=date(2026, 10, 31)))
    assert october and {row.status for row in october} == {"minutes_approved"}
    november = list_meetings(demo, MeetingFilter(date_from=date(2026, 11, 1), date_to=TODAY))
    assert {row.status for row in november} == {"minutes_drafted"}
    detail = get_meeting(demo, november[0].id)
    assert detail.agenda[0].kind == "previous_review"


def test_one_overdue_item_came_up_from_a_cluster_review(demo: Database) -> None:
    escalated = [row for row in list_action_items(demo, ActionFilter(), TODAY) if row.escalated]
    assert len(escalated) == 1
    item = escalated[0]
    assert item.raised_level == "cluster" and item.current_level == "block"
    assert "escalated to" in item.origin
    open_items = list_action_items(demo, ActionFilter(status="open"), TODAY)
    assert any(row.overdue for row in open_items)


def test_an_open_item_is_carried_into_the_next_meeting_of_its_body(demo: Database) -> None:
    open_item = next(
        row
        for row in list_action_items(demo, ActionFilter(status="open"), TODAY)
        if not row.escalated and row.raised_on < date(2026, 11, 1)
    )
    later = [
        row
        for row in list_meetings(demo, MeetingFilter(date_from=date(2026, 11, 1)))
        if row.body_name == open_item.current_body_name
    ]
    carried = items_for_meeting(demo, later[0].id).carried
    assert open_item.id in {row.id for row in carried}


def test_the_cascade_of_november_counts_held_reviews_per_level(demo: Database) -> None:
    summary = {row.level: row for row in cadence.cascade_summary(demo, 2026, 11, today=TODAY)}
    assert summary["cluster"].planned == 12 - 4  # cluster groups exist for the first two blocks
    assert summary["block"].held == 3
    assert summary["district"].minutes_recorded == 2  # the review and the task force
