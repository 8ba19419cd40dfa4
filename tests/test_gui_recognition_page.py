"""The Recognition page as a whole: the cycle chooser feeds every cycle tab, and a change on one tab
shows on the others. Run on the demo district's recognition programmes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop.services.database import Database
from desktop.services.demo import DemoSize, generate_demo
from desktop.services.opening import open_database
from desktop.services.recognition import cycles, ranking, selection
from desktop.ui.pages.recognition_page import RecognitionPage
from tests.conftest import copy_database

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def recognition_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("recognition-demo") / "demo.db"
    database, _report = open_database(path, operator="demo")
    size = DemoSize(blocks=2, clusters_per_block=3, schools_per_cluster=4, headmasters=6)
    generate_demo(database, size=size, with_mous=False, with_governance=False, today=TODAY)
    database.close()
    return path


@pytest.fixture
def db(recognition_template: Path, tmp_path: Path) -> Iterator[Database]:
    database, _report = open_database(copy_database(recognition_template, tmp_path / "demo.db"))
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def page(qtbot, db: Database) -> RecognitionPage:  # type: ignore[no-untyped-def]
    widget = RecognitionPage(db, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def _cycle_ids(page: RecognitionPage) -> list[int | None]:
    return [page.cycle_combo.itemData(i) for i in range(page.cycle_combo.count())]


def test_the_chooser_lists_every_cycle_and_feeds_the_cycle_tabs(page: RecognitionPage, db: Database) -> None:
    listed = cycles.list_cycles(db)
    assert sorted(_cycle_ids(page)) == sorted(row.id for row in listed)
    # The newest cycle (by when its nominations open) is chosen first: Pragatiya Hejje's.
    newest = max(listed, key=lambda row: row.nomination_opens)
    assert page.current_cycle_id() == newest.id
    assert all(tab.cycle_id == newest.id for tab in page.cycle_tabs)
    coffee = next(row for row in listed if row.id != newest.id)
    page.cycle_combo.setCurrentIndex(page.cycle_combo.findData(coffee.id))
    assert all(tab.cycle_id == coffee.id for tab in page.cycle_tabs)
    assert page.nominations.model.rowCount() == 10


def test_opening_a_cycle_from_the_programmes_tab_shows_its_nominations(
    page: RecognitionPage, db: Database
) -> None:
    coffee = min(cycles.list_cycles(db), key=lambda row: row.nomination_opens)
    page.tabs.setCurrentWidget(page.programmes)
    page.programmes.cycle_chosen.emit(coffee.id)
    assert page.current_cycle_id() == coffee.id
    assert page.tabs.currentWidget() is page.nominations


def test_a_change_on_one_tab_shows_on_the_others(page: RecognitionPage, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    coffee = min(cycles.list_cycles(db), key=lambda row: row.nomination_opens)
    page.show_cycle(coffee.id)
    best = min(
        (row for row in ranking.ranking(db, coffee.id).rows if row.status == "shortlisted"),
        key=lambda row: row.rank,
    )
    selection.select(db, [best.nomination_id], TODAY)
    with qtbot.waitSignal(page.changed, timeout=2000):
        page.ranking.changed.emit()  # as the ranking tab does after a step
    statuses = {row.id: row.status for row in page.nominations.rows}
    assert statuses[best.nomination_id] == "selected"


def test_an_empty_database_says_where_to_start(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    database, _report = open_database(tmp_path / "empty.db")
    try:
        widget = RecognitionPage(database, today=lambda: TODAY)
        qtbot.addWidget(widget)
        assert _cycle_ids(widget) == [None]
        assert not widget.cycle_combo.isEnabled()
        assert "Programmes and cycles" in widget.cycle_combo.currentText()
        assert all(tab.cycle_id is None for tab in widget.cycle_tabs)
    finally:
        database.close()
