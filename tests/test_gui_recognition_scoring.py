"""The Scoring tab, driven with the keyboard on a real database: digits give levels, Ctrl+Enter
saves through scoring.save_scores and moves on, PgUp/PgDn move between nominations; a locked
review is read-only, a conflicted nomination cannot be scored, a digit outside the scale does
nothing, unsaved levels are never dropped silently, and refusals show in the message line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox

from desktop.services.database import Database
from desktop.services.recognition import cycles
from desktop.services.recognition.reviewers import add_reviewer
from desktop.services.recognition.scoring import NOMINATED_BY_REVIEWER, score_sheet
from desktop.ui.pages.recognition_scoring import ScoringTab
from tests.recognition_fixtures import (
    REVIEW_DAY,
    TODAY,
    World,
    make_cycle,
    make_programme,
    make_world,
    nominate_person,
    row_counts,
)

CTRL = Qt.KeyboardModifier.ControlModifier


@dataclass(frozen=True)
class Review:
    world: World
    cycle_id: int
    criteria: tuple[int, ...]  # Coffee with Collector's four, weights 40, 20, 20, 20
    nominations: dict[str, int]  # student, headmaster, crp, teacher (by name order on the sheet)


@pytest.fixture
def review(db: Database) -> Review:
    """Coffee with Collector 2026 with four nominees; the DDPI and the BEO review, and the BEO
    nominated the teacher (a conflict of interest)."""
    world = make_world(db)
    programme = make_programme(db)
    cycle = make_cycle(db, programme.id, world)
    nominations = {
        "headmaster": nominate_person(db, cycle.id, world.headmaster_id, by=world.collector_id).id,
        "teacher": nominate_person(db, cycle.id, world.teacher_id, by=world.beo_id).id,
        "crp": nominate_person(db, cycle.id, world.crp_id, by=world.brp_id).id,
        "student": nominate_person(db, cycle.id, world.student_id, by=world.headmaster_id).id,
    }
    for person_id in (world.ddpi_id, world.beo_id):
        add_reviewer(db, cycle.id, person_id, today=TODAY)
    return Review(world, cycle.id, tuple(c.id for c in programme.criteria), nominations)


def open_tab(qtbot, db: Database, review: Review, reviewer_id: int, today: date = REVIEW_DAY) -> ScoringTab:  # type: ignore[no-untyped-def]
    tab = ScoringTab(db, today=lambda: today)
    qtbot.addWidget(tab)
    tab.set_cycle(review.cycle_id)
    tab.reviewer_combo.setCurrentIndex(tab.reviewer_combo.findData(reviewer_id))
    tab.resize(1200, 800)
    tab.show()
    return tab


def saved_levels(db: Database, review: Review, reviewer_id: int, nomination: str) -> dict[int, int]:
    sheet = score_sheet(db, review.cycle_id, reviewer_id, REVIEW_DAY)
    entry = next(e for e in sheet.entries if e.nomination_id == review.nominations[nomination])
    return dict(entry.levels)


def press(qtbot, widget, *keys: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    for key in keys:
        qtbot.keyClick(widget, key, modifier)


def shown(tab: ScoringTab) -> str:
    assert tab.entry is not None
    return tab.entry.nominee_name


def test_a_reviewer_scores_with_digits_and_ctrl_enter_and_moves_on(
    qtbot, db: Database, review: Review
) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, db, review, review.world.ddpi_id)
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert [e.nominee_name for e in tab.sheet.entries] == [
        "Ananya Patil", "Lakshmi Devi", "Manjunath Hosamani", "Ramesh K",
    ]  # fmt: skip
    assert shown(tab) == "Ananya Patil" and "Review open until 10/12/2026" in tab.lock_line.text()
    assert tab.progress.text() == "0 of 4 scored"
    changes: list[bool] = []
    tab.changed.connect(lambda: changes.append(True))

    press(qtbot, tab.table, Qt.Key.Key_4, Qt.Key.Key_3)
    assert tab.current_criterion == 2
    # (40x4 + 20x3) / 60 = 3.667 on 1-4: 88.9 %, on the two criteria given so far
    assert "88.9%" in tab.total.text() and "2 of 4 criteria" in tab.total.text()
    assert "not saved yet" in tab.total.text()
    press(qtbot, tab.rows[2], Qt.Key.Key_2)
    press(qtbot, tab.rows[3], Qt.Key.Key_3)
    # (40x4 + 20x3 + 20x2 + 20x3) / 100 = 3.2: 73.3 %
    assert "Weighted total: <b>73.3%</b>" in tab.total.text()
    qtbot.keyClick(tab.rows[3], Qt.Key.Key_Return, CTRL)

    assert saved_levels(db, review, review.world.ddpi_id, "student") == dict(
        zip(review.criteria, (4, 3, 2, 3), strict=True)
    )
    assert changes == [True]
    assert tab.message.text() == "Saved the scores for Ananya Patil."
    assert shown(tab) == "Lakshmi Devi" and tab.current_criterion == 0
    assert tab.model.data(tab.model.index(0, 0)) == "✓ Done" and tab.progress.text() == "1 of 4 scored"

    # Half a sheet is saved as it is (Enter on the keypad too) and shows as partly scored.
    press(qtbot, tab.table, Qt.Key.Key_1, Qt.Key.Key_2)
    qtbot.keyClick(tab.table, Qt.Key.Key_Enter, CTRL | Qt.KeyboardModifier.KeypadModifier)
    assert saved_levels(db, review, review.world.ddpi_id, "headmaster") == {
        review.criteria[0]: 1,
        review.criteria[1]: 2,
    }
    assert tab.model.data(tab.model.index(1, 0)) == "◐ 2 of 4"
    assert shown(tab) == "Manjunath Hosamani"

    # PgUp / PgDn move between nominations; the Save and next button does what Ctrl+Enter does.
    press(qtbot, tab.table, Qt.Key.Key_PageUp)
    assert shown(tab) == "Lakshmi Devi" and tab.current_criterion == 2  # the first without a level
    press(qtbot, tab.table, Qt.Key.Key_PageDown, Qt.Key.Key_PageDown)
    assert shown(tab) == "Ramesh K"
    press(qtbot, tab.table, Qt.Key.Key_PageDown)  # the last one: nowhere further
    assert shown(tab) == "Ramesh K"
    for key in (Qt.Key.Key_4, Qt.Key.Key_4, Qt.Key.Key_4, Qt.Key.Key_4):
        press(qtbot, tab.table, key)
    tab.save_button.click()
    assert saved_levels(db, review, review.world.ddpi_id, "teacher") == dict.fromkeys(review.criteria, 4)
    assert shown(tab) == "Lakshmi Devi"  # round to the first not fully scored


def test_arrow_keys_move_between_criteria_and_change_the_level_and_a_note_is_kept(
    qtbot, db: Database, review: Review
) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, db, review, review.world.ddpi_id)
    row = tab.rows[0]
    press(qtbot, row, Qt.Key.Key_Right)  # from nothing, the lowest level
    assert row.level == 1 and tab.current_criterion == 0
    press(qtbot, row, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Right)
    assert row.level == 4  # no further than the top of the scale
    press(qtbot, row, Qt.Key.Key_Left)
    assert row.level == 3 and row.group.checkedId() == 3
    assert "<b>3 — A clear improvement" in row.descriptors.text()
    press(qtbot, row, Qt.Key.Key_Down)
    assert tab.current_criterion == 1 and tab.rows[1].current and not row.current
    press(qtbot, tab.rows[1], Qt.Key.Key_Up, Qt.Key.Key_Delete)
    assert tab.current_criterion == 0 and row.level is None and row.group.checkedId() == -1
    press(qtbot, row, Qt.Key.Key_2)
    assert tab.current_criterion == 1
    # Tab walks the criteria in order too (the focus makes a criterion the current one).
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.rows[1].setFocus()
    press(qtbot, tab.rows[1], Qt.Key.Key_Tab)
    assert tab.rows[2].hasFocus() and tab.current_criterion == 2 and tab.rows[2].current
    press(qtbot, tab.rows[2], Qt.Key.Key_Backtab)
    assert tab.current_criterion == 1
    tab.rows[3].group.button(4).click()  # the mouse works too, without moving on
    assert tab.current_criterion == 3 and tab.given[review.criteria[3]] == 4
    qtbot.keyClicks(tab.note_edit, "Met her at the camp 2")  # a digit in the note is text
    assert tab.note_edit.text() == "Met her at the camp 2" and tab.given[review.criteria[3]] == 4
    qtbot.keyClick(tab.note_edit, Qt.Key.Key_Return, CTRL)
    sheet = score_sheet(db, review.cycle_id, review.world.ddpi_id, REVIEW_DAY)
    student = next(e for e in sheet.entries if e.nomination_id == review.nominations["student"])
    assert student.levels == {review.criteria[0]: 2, review.criteria[3]: 4}
    assert student.note == "Met her at the camp 2"


def test_a_digit_outside_the_scale_does_nothing(qtbot, db: Database, review: Review) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, db, review, review.world.ddpi_id)
    press(qtbot, tab.table, Qt.Key.Key_3)
    before = (dict(tab.given), tab.current_criterion)
    press(qtbot, tab.rows[1], Qt.Key.Key_5, Qt.Key.Key_0, Qt.Key.Key_9)
    assert (dict(tab.given), tab.current_criterion) == before
    assert tab.rows[1].level is None and tab.message.text() == ""


def test_a_conflicted_nomination_is_greyed_with_its_reason_and_cannot_be_scored(
    qtbot, db: Database, review: Review
) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, db, review, review.world.beo_id)  # the BEO nominated Ramesh K
    assert tab.progress.text() == "0 of 3 scored"
    teacher_row = 3
    assert tab.model.data(tab.model.index(teacher_row, 0)) == "⊘ Nominated by you"
    assert NOMINATED_BY_REVIEWER in tab.model.data(
        tab.model.index(teacher_row, 1), Qt.ItemDataRole.ToolTipRole
    )
    assert (
        tab.model.data(tab.model.index(teacher_row, 1), Qt.ItemDataRole.ForegroundRole).color().name()
        == "#8a8a8a"
    )
    tab.table.selectRow(teacher_row)
    assert shown(tab) == "Ramesh K"
    assert tab.conflict.isVisibleTo(tab) and tab.conflict.text() == (
        "You cannot score this nomination: Reviewer nominated this nominee."
    )
    before = row_counts(db)
    press(qtbot, tab.rows[0], Qt.Key.Key_3)
    qtbot.keyClick(tab.rows[0], Qt.Key.Key_Return, CTRL)
    assert tab.given == {} and not tab.save_button.isEnabled()
    assert not any(button.isEnabled() for button in tab.rows[0].group.buttons())
    assert row_counts(db) == before


@pytest.mark.parametrize("closed_early", [False, True])
def test_a_locked_review_is_read_only(qtbot, db: Database, review: Review, closed_early: bool) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, db, review, review.world.ddpi_id)
    press(qtbot, tab.table, Qt.Key.Key_2, Qt.Key.Key_2, Qt.Key.Key_2, Qt.Key.Key_2)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return, CTRL)
    if closed_early:
        cycles.close_review(
            db, review.cycle_id, today=date(2026, 12, 3), now=datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
        )
        locked = open_tab(qtbot, db, review, review.world.ddpi_id, today=date(2026, 12, 4))
        assert "were locked on 03/12/2026" in locked.lock_line.text()
    else:
        locked = open_tab(qtbot, db, review, review.world.ddpi_id, today=date(2026, 12, 11))
        assert "were locked on 10/12/2026" in locked.lock_line.text()
    assert locked.lock_line.text().startswith("Read-only.")
    before = row_counts(db)
    assert locked.entry is not None
    locked.table.selectRow(0)  # Ananya Patil, scored before the lock: shown, not changeable
    assert [row.level for row in locked.rows] == [2, 2, 2, 2]
    press(qtbot, locked.rows[0], Qt.Key.Key_4, Qt.Key.Key_Right, Qt.Key.Key_Delete)
    qtbot.keyClick(locked.rows[0], Qt.Key.Key_Return, CTRL)
    assert [row.level for row in locked.rows] == [2, 2, 2, 2]
    assert locked.note_edit.isReadOnly() and not locked.save_button.isEnabled()
    assert row_counts(db) == before


def test_before_the_review_opens_the_sheet_says_when(qtbot, db: Database, review: Review) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, db, review, review.world.ddpi_id, today=TODAY)
    assert "Review opens on 26/11/2026" in tab.lock_line.text()
    press(qtbot, tab.table, Qt.Key.Key_3)
    assert tab.given == {}


def test_a_refusal_shows_in_the_message_line_and_keeps_the_levels(
    qtbot, db: Database, review: Review
) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, db, review, review.world.ddpi_id)
    press(qtbot, tab.table, Qt.Key.Key_3, Qt.Key.Key_3)
    # The office closes the review while the reviewer is at work.
    cycles.close_review(
        db, review.cycle_id, today=date(2026, 12, 1), now=datetime(2026, 12, 1, 11, 0, tzinfo=UTC)
    )
    before = row_counts(db)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return, CTRL)
    assert "were locked on 01/12/2026" in tab.message.text()
    assert tab.message.styleSheet() == "color: #b00020;"
    assert shown(tab) == "Ananya Patil" and [row.level for row in tab.rows[:2]] == [3, 3]
    assert row_counts(db) == before


def test_unsaved_levels_are_asked_about_before_moving_and_kept_on_reload(
    qtbot, db: Database, review: Review, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, db, review, review.world.ddpi_id)
    answers: list[QMessageBox.StandardButton] = []
    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    press(qtbot, tab.table, Qt.Key.Key_4)
    tab.reload()  # another tab changed something: the level on screen stays
    assert tab.given == {review.criteria[0]: 4} and tab.dirty()

    answers.append(QMessageBox.StandardButton.Cancel)
    press(qtbot, tab.table, Qt.Key.Key_PageDown)
    assert asked == ["The levels you gave Ananya Patil are not saved yet. Save them?"]
    assert shown(tab) == "Ananya Patil" and tab.given == {review.criteria[0]: 4}

    answers.append(QMessageBox.StandardButton.Cancel)
    tab.table.selectRow(2)  # a click in the list asks too, and stays when cancelled
    assert shown(tab) == "Ananya Patil" and tab.table.currentIndex().row() == 0

    answers.append(QMessageBox.StandardButton.Discard)
    press(qtbot, tab.table, Qt.Key.Key_PageDown)
    assert shown(tab) == "Lakshmi Devi"
    assert saved_levels(db, review, review.world.ddpi_id, "student") == {}

    press(qtbot, tab.table, Qt.Key.Key_1)
    answers.append(QMessageBox.StandardButton.Save)
    tab.reviewer_combo.setCurrentIndex(tab.reviewer_combo.findData(review.world.beo_id))
    assert saved_levels(db, review, review.world.ddpi_id, "headmaster") == {review.criteria[0]: 1}
    assert tab.sheet.reviewer_person_id == review.world.beo_id and len(asked) == 4

    press(qtbot, tab.table, Qt.Key.Key_2)  # changing reviewer back, and cancelling, keeps the BEO
    answers.append(QMessageBox.StandardButton.Cancel)
    tab.reviewer_combo.setCurrentIndex(tab.reviewer_combo.findData(review.world.ddpi_id))
    assert tab.reviewer_person_id() == review.world.beo_id and tab.given == {review.criteria[0]: 2}


def test_a_cycle_without_reviewers_says_how_to_add_them(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    world = make_world(db)
    cycle = make_cycle(db, make_programme(db).id, world)
    tab = ScoringTab(db, today=lambda: REVIEW_DAY)
    qtbot.addWidget(tab)
    assert tab.lock_line.text() == "Choose a cycle above."
    tab.set_cycle(cycle.id)
    assert "No reviewers on this cycle's panel yet" in tab.lock_line.text()
    assert not tab.reviewer_combo.isEnabled() and tab.entry is None
    press(qtbot, tab.table, Qt.Key.Key_3, Qt.Key.Key_PageDown)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return, CTRL)
    assert tab.message.text() == ""
