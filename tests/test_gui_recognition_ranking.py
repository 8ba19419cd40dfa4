"""The Ranking and selection tab on a real database: ranks with ties, each reviewer's total and a
large spread marked; shortlist, select with the reason the service asks for, deselect, attendance
and withdrawal; invitations and certificates issued in the background, a certificate previewed
and the publicity summary saved."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QPushButton

from desktop.services.database import Database
from desktop.services.recognition import cycles, selection
from desktop.services.recognition.nomination_listing import get_nomination
from desktop.services.recognition.ranking import ranking
from desktop.services.recognition.reviewers import add_reviewer
from desktop.services.recognition.scoring import save_scores
from desktop.ui.dialogs.selection_reason_dialog import IssueDialog, SelectionReasonDialog, StepDialog
from desktop.ui.pages import recognition_ranking_printing as printing
from desktop.ui.pages.recognition_ranking import RankingTab
from desktop.ui.pages.recognition_ranking_model import SPREAD_BACKGROUND
from desktop.ui.pages.recognition_ranking_printing import CertificatePreviewDialog, IssuedPdfDialog
from tests.recognition_fixtures import (
    EVENT_DATE,
    REVIEW_DAY,
    TODAY,
    World,
    make_cycle,
    make_programme,
    make_world,
    nominate_person,
    row_counts,
    set_status,
)

AFTER_REVIEW = date(2026, 12, 11)  # the review closed on 10/12/2026; the event is on 18/12/2026


@dataclass(frozen=True)
class Ranked:
    world: World
    cycle_id: int
    nominations: dict[str, int]  # headmaster, teacher, crp, student


@pytest.fixture
def ranked(db: Database) -> Ranked:
    """Coffee with Collector 2026 (3 places) scored by the DDPI and the BEO: Lakshmi Devi first,
    Manjunath Hosamani and Ramesh K tied second (the reviewers 26.7 points apart on Manjunath),
    Ananya Patil fourth with one review of two."""
    world = make_world(db)
    programme = make_programme(db)
    cycle = make_cycle(db, programme.id, world)
    nominations = {
        "headmaster": nominate_person(db, cycle.id, world.headmaster_id, by=world.collector_id).id,
        "teacher": nominate_person(db, cycle.id, world.teacher_id, by=world.collector_id, category="Student welfare").id,
        "crp": nominate_person(db, cycle.id, world.crp_id, by=world.brp_id, category="Education improvement").id,
        "student": nominate_person(db, cycle.id, world.student_id, by=world.headmaster_id, category="Student welfare").id,
    }  # fmt: skip
    for person_id in (world.ddpi_id, world.beo_id):
        add_reviewer(db, cycle.id, person_id, today=TODAY)
    criteria = [criterion.id for criterion in programme.criteria]

    def score(nominee: str, reviewer: int, *levels: int) -> None:
        save_scores(
            db, nominations[nominee], reviewer, dict(zip(criteria, levels, strict=True)), today=REVIEW_DAY
        )

    score("headmaster", world.ddpi_id, 4, 4, 4, 4)
    score("headmaster", world.beo_id, 4, 4, 4, 3)
    score("teacher", world.ddpi_id, 3, 3, 3, 3)
    score("teacher", world.beo_id, 3, 3, 3, 3)
    score("crp", world.ddpi_id, 4, 3, 3, 3)
    score("crp", world.beo_id, 2, 3, 3, 3)
    score("student", world.ddpi_id, 2, 2, 2, 2)
    return Ranked(world, cycle.id, nominations)


def open_tab(qtbot, db: Database, ranked: Ranked, today: date = AFTER_REVIEW) -> RankingTab:  # type: ignore[no-untyped-def]
    tab = RankingTab(db, today=lambda: today)
    qtbot.addWidget(tab)
    tab.set_cycle(ranked.cycle_id)
    tab.resize(1280, 600)
    tab.show()
    return tab


def column(tab: RankingTab, header: str) -> list[str]:
    proxy = tab.proxy
    index = next(
        c for c in range(proxy.columnCount()) if proxy.headerData(c, Qt.Orientation.Horizontal) == header
    )
    return [proxy.index(row, index).data() for row in range(proxy.rowCount())]


def statuses(db: Database, ranked: Ranked) -> dict[str, str]:
    rows = {row.nomination_id: row.status for row in ranking(db, ranked.cycle_id).rows}
    return {key: rows.get(nomination_id, "withdrawn") for key, nomination_id in ranked.nominations.items()}


def choose(tab: RankingTab, ranked: Ranked, *keys: str) -> None:
    tab.select_ids([ranked.nominations[key] for key in keys])
    assert {line.id for line in tab.selected_lines()} == {ranked.nominations[key] for key in keys}


def save(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


@pytest.fixture
def warnings(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_args: shown.append(text))
    return shown


def test_the_ranking_shows_ties_each_reviewer_and_a_large_spread(qtbot, db: Database, ranked: Ranked) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, db, ranked)
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(tab.proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert column(tab, "Rank") == ["1", "=2", "=2", "4"]
    assert column(tab, "Nominee") == ["Lakshmi Devi", "Manjunath Hosamani", "Ramesh K", "Ananya Patil"]
    assert column(tab, "Regional name") == ["ಲಕ್ಷ್ಮೀ ದೇವಿ", "ಮಂಜುನಾಥ ಹೊಸಮನಿ", "ರಮೇಶ್ ಕೆ", "ಅನನ್ಯಾ ಪಾಟೀಲ"]
    assert column(tab, "Kind") == ["Headmaster", "CRP", "Teacher", "Student"]
    assert column(tab, "Total %") == ["96.7", "66.7", "66.7", "33.3"]
    assert column(tab, "Basavaraj Angadi") == ["93.3", "53.3", "66.7", ""]  # the BEO has not scored Ananya
    assert column(tab, "Savitha K. Patil") == ["100.0", "80.0", "66.7", "33.3"]
    assert column(tab, "Spread") == ["6.7", "26.7", "0.0", ""]
    assert column(tab, "Reviews") == ["2 of 2", "2 of 2", "2 of 2", "1 of 2"]
    assert column(tab, "Status") == ["Nominated 23/11/2026"] * 4
    spread = tab.proxy.index(1, tab.model.spread_column)
    assert spread.data(Qt.ItemDataRole.BackgroundRole).color().name() == SPREAD_BACKGROUND
    assert spread.data(Qt.ItemDataRole.ToolTipRole) == (
        "The reviewers' totals are 26.7 points apart (Basavaraj Angadi 53.3, Savitha K. Patil 80.0); "
        "worth talking over before selecting."
    )
    assert tab.proxy.index(0, tab.model.spread_column).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "3 places · 0 selected · 0 shortlisted" in tab.summary.text()
    assert "scores locked on 10/12/2026" in tab.summary.text()

    tab.table.sortByColumn(tab.model.spread_column, Qt.SortOrder.DescendingOrder)
    assert column(tab, "Spread") == [
        "",
        "26.7",
        "6.7",
        "0.0",
    ]  # empty cells first when reversed, as elsewhere
    tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert column(tab, "Rank") == ["1", "=2", "=2", "4"]


@pytest.fixture
def clock_in_india() -> Iterator[None]:
    """The computer's own time zone set to India's, as on the office PC, for this test only."""
    kept = os.environ.get("TZ")
    os.environ["TZ"] = "IST-5:30"  # POSIX form: needs no zone database
    time.tzset()
    yield
    if kept is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = kept
    time.tzset()


@pytest.mark.skipif(
    not hasattr(time, "tzset"), reason="the time zone is set through time.tzset (not on Windows)"
)
def test_an_early_close_just_after_midnight_is_dated_by_the_office_day(
    qtbot, db: Database, ranked: Ranked, clock_in_india: None
) -> None:  # type: ignore[no-untyped-def]
    india = timezone(timedelta(hours=5, minutes=30))
    # 00:30 on 01/12/2026 in India is stored as 19:00 UTC on 30/11/2026.
    cycles.close_review(db, ranked.cycle_id, today=REVIEW_DAY, now=datetime(2026, 12, 1, 0, 30, tzinfo=india))
    tab = open_tab(qtbot, db, ranked, today=REVIEW_DAY)
    assert "scores locked on 01/12/2026: the shortlist can be drawn." in tab.summary.text()


def test_shortlisting_waits_for_the_review_to_close(
    qtbot, db: Database, ranked: Ranked, warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, db, ranked, today=REVIEW_DAY)
    assert "scores not locked yet: the review closes on 10/12/2026" in tab.summary.text()
    choose(tab, ranked, "headmaster", "crp")
    before = row_counts(db)
    assert tab.actions["shortlist"].isEnabled()
    tab.actions["shortlist"].click()
    assert len(warnings) == 1 and "None of the 2 nominations was changed" in warnings[0]
    assert "not locked until the review closes on 10/12/2026" in warnings[0]
    assert set(statuses(db, ranked).values()) == {"nominated"} and row_counts(db) == before


def test_shortlist_then_select_over_a_higher_rank_asks_for_the_reason_and_keeps_it(
    qtbot, db: Database, ranked: Ranked
) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, db, ranked)
    choose(tab, ranked, "headmaster", "teacher", "crp", "student")
    assert tab.actions["shortlist"].isEnabled() and not tab.actions["select"].isEnabled()
    changes: list[bool] = []
    tab.changed.connect(lambda: changes.append(True))
    tab.actions["shortlist"].click()
    assert set(statuses(db, ranked).values()) == {"shortlisted"} and changes == [True]
    assert column(tab, "Status") == ["Shortlisted 11/12/2026"] * 4
    assert "0 selected · 4 shortlisted" in tab.summary.text()

    choose(tab, ranked, "crp")  # =2, while Lakshmi Devi (1) waits on the shortlist
    dialog = tab.select()
    assert isinstance(dialog, SelectionReasonDialog) and dialog.isVisible()
    assert "Selecting Manjunath Hosamani (rank 2 (tied), 66.7%) passes over Lakshmi Devi (rank 1, 96.7%)" in (
        dialog.warnings.text()
    )
    assert statuses(db, ranked)["crp"] == "shortlisted"  # nothing yet
    save(dialog)
    assert dialog.error_text("reason") == "Give the reason for this selection, or cancel."
    dialog.widget("reason").setPlainText("Only CRP nominated; the block wants one recognised")
    save(dialog)
    assert not dialog.isVisible() and statuses(db, ranked)["crp"] == "selected"
    assert get_nomination(db, ranked.nominations["crp"]).selection_reason == (
        "Only CRP nominated; the block wants one recognised"
    )
    row = column(tab, "Nominee").index("Manjunath Hosamani")
    assert tab.proxy.index(row, 1).data(Qt.ItemDataRole.ToolTipRole) == (
        "Selected because: Only CRP nominated; the block wants one recognised"
    )
    assert tab.status_line.text() == "Selected with a reason: Manjunath Hosamani."

    choose(tab, ranked, "headmaster")  # the top of the ranking, within the places: no reason asked
    assert tab.select() is True and statuses(db, ranked)["headmaster"] == "selected"
    assert "3 places · 2 selected · 2 shortlisted" in tab.summary.text()

    choose(tab, ranked, "crp")
    assert tab.actions["deselect"].isEnabled()
    tab.actions["deselect"].click()
    assert statuses(db, ranked)["crp"] == "shortlisted"
    assert get_nomination(db, ranked.nominations["crp"]).selection_reason is None
    choose(tab, ranked, "student")
    tab.actions["nominated"].click()
    assert statuses(db, ranked)["student"] == "nominated"

    tab.status_filter.setCurrentIndex(tab.status_filter.findData("shortlisted"))
    assert column(tab, "Nominee") == ["Manjunath Hosamani", "Ramesh K"]


def test_a_cancelled_reason_selects_nobody(qtbot, db: Database, ranked: Ranked) -> None:  # type: ignore[no-untyped-def]
    selection.shortlist(db, list(ranked.nominations.values()), AFTER_REVIEW)
    tab = open_tab(qtbot, db, ranked)
    choose(tab, ranked, "teacher", "crp", "student")  # three, passing over Lakshmi Devi
    dialog = tab.select()
    assert isinstance(dialog, SelectionReasonDialog)
    before = row_counts(db)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert set(statuses(db, ranked).values()) == {"shortlisted"} and row_counts(db) == before


def test_withdraw_asks_for_the_reason_and_the_row_leaves_the_ranking(
    qtbot, db: Database, ranked: Ranked
) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, db, ranked)
    choose(tab, ranked, "student", "teacher")
    assert not tab.actions["withdraw"].isEnabled()  # one at a time
    choose(tab, ranked, "student")
    dialog = tab.withdraw()
    assert isinstance(dialog, StepDialog)
    save(dialog)
    assert (
        dialog.error_text("reason") == "Give the reason for withdrawing the nomination; it is kept on record."
    )
    dialog.widget("reason").setPlainText("Family moved out of the district")
    save(dialog)
    assert statuses(db, ranked)["student"] == "withdrawn"
    assert (
        get_nomination(db, ranked.nominations["student"]).withdrawal_reason
        == "Family moved out of the district"
    )
    assert "Ananya Patil" not in column(tab, "Nominee")


def test_invitations_are_issued_in_the_background_and_mark_the_nominees_invited(
    qtbot, db: Database, ranked: Ranked, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    ids = [ranked.nominations[key] for key in ("headmaster", "teacher")]
    selection.shortlist(db, list(ranked.nominations.values()), AFTER_REVIEW)
    selection.select(db, ids, AFTER_REVIEW)
    tab = open_tab(qtbot, db, ranked)
    assert tab.actions["invitations"].isEnabled() and not tab.actions["certificates"].isEnabled()
    dialog = printing.issue_invitations(tab)  # nobody chosen: every selected nominee
    assert isinstance(dialog, IssueDialog)
    assert dialog.widget("nominees").text() == "• Lakshmi Devi\n• Ramesh K"
    before = row_counts(db)
    dialog.issued_on.setDate(QDate(2026, 12, 19))  # after the event: refused before any number is taken
    save(dialog)
    assert "after the event on 18/12/2026" in dialog.error_text("issued_on") and dialog.isVisible()
    assert row_counts(db) == before
    dialog.issued_on.setDate(QDate(2026, 12, 12))
    dialog.widget("section").setText("ACAD")
    save(dialog)
    qtbot.waitUntil(lambda: statuses(db, ranked)["teacher"] == "invited", timeout=30_000)
    qtbot.waitUntil(lambda: isinstance(tab.dialog, IssuedPdfDialog), timeout=5_000)
    assert statuses(db, ranked) == {
        "headmaster": "invited", "teacher": "invited", "crp": "shortlisted", "student": "shortlisted",
    }  # fmt: skip
    issued = tab.dialog
    assert "/ACAD/" in issued.issued.number and tab.status_line.text() == f"Issued as {issued.issued.number}."
    assert column(tab, "Status")[:1] == ["Invited 12/12/2026"]
    target = tmp_path / "invitations"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    saved = issued.save_pdf()
    assert saved == target.with_suffix(".pdf") and saved.read_bytes().startswith(b"%PDF")
    assert not tab.actions["invitations"].isEnabled()


def test_cancelling_the_invitations_issues_nothing(qtbot, db: Database, ranked: Ranked) -> None:  # type: ignore[no-untyped-def]
    selection.shortlist(db, list(ranked.nominations.values()), AFTER_REVIEW)
    selection.select(db, [ranked.nominations["headmaster"]], AFTER_REVIEW)
    tab = open_tab(qtbot, db, ranked)
    before = row_counts(db)
    tab.actions["invitations"].click()  # the button opens the same dialog
    assert isinstance(tab.dialog, IssueDialog)
    save(tab.dialog)
    assert tab.task is not None and tab.task.running
    tab.task.dialog.findChild(QPushButton).click()  # the progress dialog's Cancel button
    qtbot.waitUntil(lambda: not tab.task.running, timeout=30_000)
    assert tab.status_line.text() == "Cancelled: nothing was issued."
    assert statuses(db, ranked)["headmaster"] == "selected" and row_counts(db) == before
    assert not isinstance(tab.dialog, IssuedPdfDialog)


def test_attendance_certificates_a_preview_and_the_publicity_summary(
    qtbot, db: Database, ranked: Ranked, tmp_path: Path, monkeypatch, warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    for key in ("headmaster", "teacher"):
        set_status(db, ranked.nominations[key], "selected", AFTER_REVIEW)
        set_status(db, ranked.nominations[key], "invited", AFTER_REVIEW)
    tab = open_tab(qtbot, db, ranked)
    choose(tab, ranked, "headmaster", "teacher")
    dialog = tab.mark_attended()
    assert isinstance(dialog, StepDialog) and dialog.on.date().toPython() == EVENT_DATE
    save(dialog)  # on 11/12/2026 the event of 18/12/2026 is still to come: refused
    assert statuses(db, ranked)["headmaster"] == statuses(db, ranked)["teacher"] == "invited"
    dialog.reject()

    tab = open_tab(qtbot, db, ranked, today=EVENT_DATE)
    choose(tab, ranked, "headmaster", "teacher")
    save(tab.mark_attended())
    assert statuses(db, ranked)["headmaster"] == statuses(db, ranked)["teacher"] == "attended"

    issue = printing.issue_certificates(tab)
    assert isinstance(issue, IssueDialog)
    issue.issued_on.setDate(QDate(2026, 12, 11))
    save(issue)  # dated 11/12/2026: before the attendance on 18/12/2026
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    assert "before" in warnings[0] and statuses(db, ranked)["teacher"] == "attended"
    issue = printing.issue_certificates(tab)
    issue.issued_on.setDate(QDate(2026, 12, 18))
    save(issue)
    qtbot.waitUntil(lambda: statuses(db, ranked)["teacher"] == "recognised", timeout=30_000)
    qtbot.waitUntil(lambda: isinstance(tab.dialog, IssuedPdfDialog), timeout=5_000)
    assert statuses(db, ranked)["headmaster"] == "recognised"

    choose(tab, ranked, "headmaster")
    assert printing.preview_certificate(tab) is not None
    qtbot.waitUntil(lambda: isinstance(tab.dialog, CertificatePreviewDialog), timeout=30_000)
    page = tab.dialog.page.pixmap()
    assert not page.isNull() and page.width() > page.height()  # landscape

    target = tmp_path / "press note"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    printing.save_publicity_summary(tab)
    saved = target.with_suffix(".pdf")
    qtbot.waitUntil(saved.exists, timeout=30_000)
    qtbot.waitUntil(lambda: tab.status_line.text() == f"Saved {saved}", timeout=5_000)
    assert saved.read_bytes().startswith(b"%PDF")
