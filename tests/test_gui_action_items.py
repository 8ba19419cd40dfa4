"""The Action items page on the demo district with its committees: filters, sorting, each step on
an item through its form, the history, and the status report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from db.models import Body
from desktop.services.database import Database
from desktop.services.meetings.action_listing import ActionFilter, ActionRow, item_history, list_action_items
from desktop.services.meetings.creation import add_meeting
from desktop.ui.pages.action_items_page import DUE_COLUMN, ORIGIN_COLUMN, OVERDUE_COLOUR, ActionItemsPage
from desktop.ui.table_model import Column, ListTableModel
from tests.test_action_report import TODAY

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture
def page(qtbot, isolated_settings, governance_db: Database) -> ActionItemsPage:  # type: ignore[no-untyped-def]
    widget = ActionItemsPage(governance_db, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    QAbstractItemModelTester(widget.model, FATAL)
    return widget


def shown(page: ActionItemsPage) -> list[ActionRow]:
    return [page.model.row_at(i) for i in range(page.model.rowCount())]


def pick(page: ActionItemsPage, test) -> ActionRow:  # type: ignore[no-untyped-def]
    row = next(r for r in shown(page) if test(r))
    page.select(row.id)
    assert page.selected() == row
    return row


def click_save(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def december_block_reviews(db: Database) -> None:
    """Each block review group meets on 8 December 2026: meetings an overdue cluster item can go to."""
    with db.transaction() as session:
        for body in session.query(Body).filter(Body.level == "block"):
            add_meeting(
                session, title=f"{body.name}: December 2026", meeting_date=date(2026, 12, 8), body=body
            )


def test_foreground_colours_only_the_cells_of_columns_that_ask(qapp) -> None:  # type: ignore[no-untyped-def]
    model = ListTableModel(
        [Column("n", lambda n: n, foreground=lambda n: "#c62828" if n > 1 else None), Column("plain", str)]
    )
    QAbstractItemModelTester(model, FATAL)
    model.set_rows([1, 2])
    role = Qt.ItemDataRole.ForegroundRole
    assert model.data(model.index(0, 0), role) is None
    assert model.data(model.index(1, 0), role).color().name() == "#c62828"
    assert model.data(model.index(1, 1), role) is None
    assert model.data(model.index(1, 0)) == 2


def test_the_page_lists_every_item_overdue_ones_in_red(page: ActionItemsPage) -> None:
    assert page.count.text() == "126 of 126" and page.model.rowCount() == 126
    role = Qt.ItemDataRole.ForegroundRole
    for position, row in enumerate(shown(page)):
        colour = page.model.data(page.model.index(position, 0), role)
        assert (colour.color().name() if colour is not None else None) == (
            OVERDUE_COLOUR if row.overdue else None
        )
    escalated = next(position for position, row in enumerate(shown(page)) if row.escalated)
    assert (
        page.model.data(page.model.index(escalated, ORIGIN_COLUMN))
        == "Cluster review — Mavakote cluster — August 2026"
    )
    assert page.model.data(page.model.index(escalated, 7)) == 96  # days overdue


def test_filters_narrow_the_list_and_the_count_says_so(page: ActionItemsPage) -> None:
    page.owner.setCurrentIndex(page.owner.findText("Ramesh Desai, Block Education Officer (BEO)"))
    assert {r.owner_name for r in shown(page)} == {"Ramesh Desai"} and page.count.text() == "4 of 126"
    page.status.setCurrentIndex(page.status.findData("open"))
    assert page.count.text() == "3 of 126" and all(r.status == "open" for r in shown(page))
    page.owner.setCurrentIndex(0)
    page.overdue.setChecked(True)
    overdue = shown(page)
    assert len(overdue) == 27 and all(r.overdue for r in overdue)
    page.level.setCurrentIndex(page.level.findData("cluster"))
    assert len(shown(page)) == 16 and all(r.current_level == "cluster" for r in shown(page))
    page.level.setCurrentIndex(page.level.findData("block"))
    block_overdue = shown(page)
    assert {r.current_body_name for r in block_overdue} >= {"Sriguda block review"}
    page.body.setCurrentIndex(page.body.findText("Sriguda block review", Qt.MatchFlag.MatchStartsWith))
    assert page.count.text() == "4 of 126"
    assert {r.current_body_name for r in shown(page)} == {"Sriguda block review"}
    # Typing narrows what the choices left: the escalated item's raising cluster is searchable.
    page.search.setText("mavakote")
    assert [r.escalated for r in shown(page)] == [True] and page.count.text() == "1 of 126"
    page.search.setText("")
    for combo in (page.status, page.level, page.body):
        combo.setCurrentIndex(0)
    page.overdue.setChecked(False)
    page.search.setText("doddahalli")
    assert shown(page) and all("doddahalli" in r.search_text for r in shown(page))
    assert page.count.text() == f"{len(shown(page))} of 126"


def test_the_page_agrees_with_the_service_for_the_same_filter(page: ActionItemsPage) -> None:
    page.status.setCurrentIndex(page.status.findData("open"))
    page.level.setCurrentIndex(page.level.findData("cluster"))
    page.search.setText("gowda")
    wanted = page.current_filter()
    assert wanted == ActionFilter(status="open", level="cluster", search="gowda")
    assert [r.id for r in shown(page)] == [r.id for r in list_action_items(page.db, wanted, TODAY)]


def test_header_clicks_sort_by_the_date_not_its_text(page: ActionItemsPage) -> None:
    page.table.sortByColumn(DUE_COLUMN, Qt.SortOrder.DescendingOrder)
    dues = [r.due_date for r in shown(page)]
    assert dues == sorted(dues, reverse=True)
    texts = [f"{d:%d/%m/%Y}" for d in dues]
    assert texts != sorted(texts, reverse=True)  # as text, "30/08" would come before "21/11"
    page.table.sortByColumn(7, Qt.SortOrder.DescendingOrder)
    assert shown(page)[0].days_overdue == 96
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    owners = [r.owner_name.casefold() for r in shown(page)]
    assert owners == sorted(owners)
    page.status.setCurrentIndex(page.status.findData("open"))  # the order holds when the rows change
    owners = [r.owner_name.casefold() for r in shown(page)]
    assert owners == sorted(owners)


def test_buttons_follow_the_selected_items_status(page: ActionItemsPage) -> None:
    assert not any(
        page.actions[key].isEnabled() for key in ("done", "dropped", "reopen", "change", "history")
    )
    assert page.actions["report"].isEnabled()
    pick(page, lambda r: r.status == "done")
    assert [key for key, b in page.actions.items() if b.isEnabled()] == ["reopen", "history", "report"]
    pick(page, lambda r: r.status == "open" and not r.overdue)
    assert not page.actions["escalate"].isEnabled() and page.actions["done"].isEnabled()
    pick(page, lambda r: r.overdue)
    assert page.actions["escalate"].isEnabled() and not page.actions["reopen"].isEnabled()


def test_mark_done_through_the_form(page: ActionItemsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    row = pick(page, lambda r: r.overdue and r.owner_name == "Geetha Bhat")
    page.actions["done"].click()
    dialog = page.dialog
    assert "Geetha Bhat, Cluster Resource Person (CRP) · due 02/09/2026 · Open" in dialog.summary.text()
    dialog.widget("reason").setPlainText("All five schools visited; report filed")
    with qtbot.waitSignal(page.changed):
        click_save(dialog)
    after = page.selected()
    assert after.id == row.id and after.status == "done" and after.closed_on == TODAY and not after.overdue
    assert page.model.data(page.model.index(page.table.currentIndex().row(), 6)) == "Done"
    assert [(e.kind, e.note) for e in item_history(page.db, row.id)][-1] == (
        "done",
        "All five schools visited; report filed",
    )


def test_drop_needs_a_reason_and_reopen_brings_it_back(page: ActionItemsPage) -> None:
    row = pick(page, lambda r: r.status == "open")
    page.actions["dropped"].click()
    dialog = page.dialog
    click_save(dialog)
    assert dialog.isVisible()
    assert (
        dialog.error_text("reason") == "Give the reason for dropping the action item; the register keeps it."
    )
    dialog.widget("reason").setPlainText("Covered by the state programme")
    click_save(dialog)
    assert (
        page.selected().status == "dropped"
        and page.selected().drop_reason == "Covered by the state programme"
    )
    page.actions["reopen"].click()
    reopen = page.dialog
    reopen.on.setDate(date(2026, 11, 1))  # before it was dropped
    reopen.widget("reason").setPlainText("The state programme ended")
    click_save(reopen)
    assert reopen.error_text("on") == (
        "01/11/2026 is before the item was closed (23/11/2026); reopen it on or after that day."
    )
    reopen.on.setDate(TODAY)
    click_save(reopen)
    assert page.selected().id == row.id and page.selected().status == "open"


def test_change_the_owner_and_due_date_through_the_form(page: ActionItemsPage) -> None:
    row = pick(page, lambda r: r.overdue and r.owner_name == "Geetha Bhat")
    page.actions["change"].click()
    dialog = page.dialog
    assert dialog.owner.person_id() == row.owner_id
    assert dialog.owner.matches.currentItem().text().startswith("Geetha Bhat, Cluster Resource Person")
    dialog.widget("description").setPlainText("  ")
    click_save(dialog)
    assert dialog.error_text("description") == "Description is required."
    dialog.widget("description").setPlainText(row.description)
    dialog.owner.query.setText("Ramesh Desai")
    ramesh = dialog.owner.matches.item(0)
    assert ramesh.text().startswith("Ramesh Desai, Block Education Officer")
    dialog.owner.matches.setCurrentItem(ramesh)
    dialog.due.setDate(date(2026, 12, 15))
    click_save(dialog)
    after = page.selected()
    assert (after.owner_name, after.due_date, after.overdue) == ("Ramesh Desai", date(2026, 12, 15), False)
    change = item_history(page.db, row.id)[-1]
    assert change.kind == "changed" and change.note == (
        "Owner changed from Geetha Bhat to Ramesh Desai; Due date moved from 02/09/2026 to 15/12/2026."
    )


def test_escalate_an_overdue_cluster_item_to_its_blocks_meeting(page: ActionItemsPage) -> None:
    row = pick(page, lambda r: r.overdue and r.current_body_name == "Doddahalli cluster review")
    page.actions["escalate"].click()
    dialog = page.dialog
    # No block meeting is scheduled yet: the form says so and refuses.
    assert dialog.meeting.count() == 0 and dialog.none_found.isVisible()
    assert dialog.none_found.text() == (
        "No meeting of the next level up over this item's unit is scheduled on or after 23/11/2026; "
        "schedule one, then escalate."
    )
    click_save(dialog)
    assert dialog.error_text("to_meeting_id") == "Choose the meeting that takes the item up."
    dialog.reject()

    december_block_reviews(page.db)
    page.actions["escalate"].click()
    dialog = page.dialog
    block = row.raised_unit_name.split("(")[1].rstrip(")")  # "Doddahalli cluster (X block)"
    # Only the block over the cluster, of all the block reviews in December.
    assert [dialog.meeting.itemText(i) for i in range(dialog.meeting.count())] == [
        f"{block.removesuffix(' block')} block review: December 2026 — 08/12/2026 ({block})"
    ]
    assert not dialog.none_found.isVisible()
    dialog.on.setDate(date(2026, 12, 9))  # after the meeting: nothing can take it that day
    assert dialog.meeting.count() == 0
    dialog.on.setDate(TODAY)
    dialog.widget("note").setPlainText("The CRP needs the BEO's help with transport")
    click_save(dialog)
    after = page.selected()
    assert after.id == row.id and after.escalated
    assert (after.current_level, after.current_body_name) == (
        "block",
        f"{block.removesuffix(' block')} block review",
    )
    position = page.table.currentIndex().row()
    assert (
        page.model.data(page.model.index(position, ORIGIN_COLUMN))
        == "Cluster review — Doddahalli cluster — August 2026"
    )
    assert page.model.data(page.model.index(position, 3)) == "Block"
    assert after.origin.endswith(
        f"escalated to {block.removesuffix(' block')} block review: December 2026 on 08/12/2026"
    )
    note = item_history(page.db, row.id)[-1].note
    assert note.startswith(f"Escalated from {row.raised_unit_name} (cluster) to {block} (block).")
    assert note.endswith("The CRP needs the BEO's help with transport")


def test_the_history_lists_what_happened_to_the_item(page: ActionItemsPage) -> None:
    row = pick(page, lambda r: r.escalated)
    page.actions["history"].click()
    dialog = page.dialog
    QAbstractItemModelTester(dialog.model, FATAL)
    cells = [
        [dialog.model.data(dialog.model.index(r, c)) for c in range(dialog.model.columnCount())]
        for r in range(dialog.model.rowCount())
    ]
    assert cells == [
        ["05/08/2026", "Raised", "Cluster review — Mavakote cluster — August 2026", ""],
        [
            "20/08/2026",
            "Escalated",
            "Block review — Sriguda block — September 2026",
            "Overdue since 19/08/2026; escalated to the block review.",
        ],
    ]
    assert dialog.origin.text().endswith(row.origin) and row.description in dialog.summary.text()
    dialog.reject()


@pytest.mark.parametrize("chosen, suffix", [("Excel workbook (*.xlsx)", ".xlsx"), ("PDF (*.pdf)", ".pdf")])
def test_the_status_report_of_what_the_filters_show_is_saved(  # type: ignore[no-untyped-def]
    page: ActionItemsPage, qtbot, tmp_path: Path, monkeypatch, chosen: str, suffix: str
) -> None:
    page.overdue.setChecked(True)
    page.level.setCurrentIndex(page.level.findData("block"))
    target = tmp_path / "status"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), chosen))
    page.actions["report"].click()
    saved = target.with_suffix(suffix)
    qtbot.waitUntil(saved.exists, timeout=20_000)
    qtbot.waitUntil(lambda: page.status_line.text() == f"Saved {saved}", timeout=5_000)
    if suffix == ".xlsx":
        book = load_workbook(saved)
        about = {label: value for label, value in book["About"].iter_rows(values_only=True)}
        assert about["Showing"] == "Overdue only · Level: Block"
        listed = [row[8] for row in book["Open items"].iter_rows(min_row=2, values_only=True)]
        assert listed == [r.days_overdue for r in list_action_items(page.db, page.current_filter(), TODAY)]
        assert len(listed) == page.model.rowCount() == 11
    else:
        from tests.test_action_report import pdf_words

        text = pdf_words(saved)
        assert "Showing: Overdue only · Level: Block" in text and "of which 11 overdue" in text
