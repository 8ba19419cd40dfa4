"""The demo district's recognition programmes, read back through the services that show them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop.services.database import Database
from desktop.services.demo import DemoSize, generate_demo
from desktop.services.opening import open_database
from desktop.services.recognition import cycles, programmes, ranking, scoring, selection
from desktop.services.recognition.nominations import list_nominations
from desktop.services.recognition.suggestions import rounds_for_suggestions, suggest_nominees

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("demo-recognition") / "demo.db"
    database, _report = open_database(path, operator="demo")
    generate_demo(database, size=DemoSize(blocks=3, clusters_per_block=4, schools_per_cluster=5), today=TODAY)
    try:
        yield database
    finally:
        database.close()


def _cycle(db: Database, template_key: str) -> cycles.CycleRow:
    programme = next(p for p in programmes.list_programmes(db) if p.template_key == template_key)
    return next(c for c in cycles.list_cycles(db, on=TODAY) if c.programme_id == programme.id)


def test_coffee_with_collector_is_reviewed_ranked_and_ready_for_invitations(demo: Database) -> None:
    cycle = _cycle(demo, "coffee_with_collector")
    assert cycle.phase == cycles.REVIEW_CLOSED
    assert cycles.scores_locked(cycle, TODAY)
    ranked = ranking.ranking(demo, cycle.id)
    assert len(ranked.rows) == 10
    assert all(row.total is not None for row in ranked.rows)
    selected = [row for row in ranked.rows if row.status == "selected"]
    # The five selected are the five ranked highest: no reason was needed, none is recorded.
    assert [row.rank for row in selected] == sorted(row.rank for row in ranked.rows)[:5]
    assert all(row.selection_reason is None for row in selected)
    assert len(selected) < cycle.places
    assert sum(row.status == "shortlisted" for row in ranked.rows) == 3


def test_the_demo_panel_shows_a_conflict_of_interest(demo: Database) -> None:
    cycle = _cycle(demo, "coffee_with_collector")
    sheets = [scoring.score_sheet(demo, cycle.id, r.person_id, TODAY) for r in _reviewers(demo, cycle.id)]
    conflicts = [entry for sheet in sheets for entry in sheet.entries if entry.conflict]
    assert [entry.conflict for entry in conflicts] == [scoring.NOMINATED_BY_REVIEWER]
    assert all(sheet.locked for sheet in sheets)


def test_the_next_steps_work_on_the_demo(demo: Database, tmp_path: Path) -> None:
    cycle = _cycle(demo, "coffee_with_collector")
    shortlisted = [row for row in list_nominations(demo, cycle.id) if row.status == "shortlisted"]
    # One more place is free: the highest-ranked shortlisted nominee takes it without a reason.
    best = min(ranking.ranking(demo, cycle.id).rows, key=lambda r: (r.status != "shortlisted", r.rank))
    selection.select(demo, [best.nomination_id], TODAY)
    # Beyond the places, a reason is required.
    others = [row.id for row in shortlisted if row.id != best.nomination_id]
    with pytest.raises(selection.ReasonRequiredError, match="places"):
        selection.select(demo, others, TODAY)


def test_pragatiya_hejje_is_open_for_nominations_and_data_suggests_clusters(demo: Database) -> None:
    cycle = _cycle(demo, "pragatiya_hejje")
    assert cycle.phase == cycles.NOMINATIONS_OPEN
    assert [row.nominee_kind for row in list_nominations(demo, cycle.id)] == ["crp"] * 3
    rounds = rounds_for_suggestions(demo)
    assert len(rounds) == 2
    suggestions = suggest_nominees(demo, cycle.id, rounds[0].id, rounds[1].id, level="cluster")
    assert suggestions, "the demo's midline improves on its baseline somewhere"
    assert all(s.change_points is not None and s.change_points > 0 for s in suggestions)


def _reviewers(db: Database, cycle_id: int) -> list:
    from desktop.services.recognition.reviewers import list_reviewers

    return list_reviewers(db, cycle_id)
