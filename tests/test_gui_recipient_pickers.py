"""Choosing who a circular goes to: schools by block, cluster, kind or one by one, and people."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QTreeWidgetItem

from desktop.services import dispatch, geography, people, schools
from desktop.services.database import Database
from desktop.services.recipients import SchoolSelection, school_recipients
from desktop.ui.dialogs.circular_editor import CircularEditor
from desktop.ui.pages.circulars_page import CircularsPage
from desktop.ui.person_picker import PersonPicker
from desktop.ui.school_picker import SchoolPicker

CHECKED, PARTIAL, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.PartiallyChecked, Qt.CheckState.Unchecked


@pytest.fixture
def picker(qtbot, demo_db: Database) -> SchoolPicker:  # type: ignore[no-untyped-def]
    widget = SchoolPicker(demo_db)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def page(qtbot, isolated_settings, demo_db: Database, monkeypatch) -> CircularsPage:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    widget = CircularsPage(demo_db)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _block_item(picker: SchoolPicker, block_id: int) -> QTreeWidgetItem:
    tree = picker.tree
    return next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == block_id
    )


def _sign(editor: CircularEditor) -> None:
    editor.widget("signatory_name").setText("Savitha K. Patil")
    editor.widget("signatory_designation").setText("Deputy Director of Public Instruction")


def _count_changes(picker: SchoolPicker | PersonPicker) -> list[None]:
    emitted: list[None] = []
    picker.changed.connect(lambda: emitted.append(None))
    return emitted


def test_two_clusters_of_a_block_choose_exactly_their_schools(page: CircularsPage) -> None:
    editor = page.new_circular()
    picker = editor.schools
    block = geography.list_blocks(page.db)[1]
    first, _second, third = geography.list_clusters(page.db, block.id)[:3]
    item = _block_item(picker, block.id)
    emitted = _count_changes(picker)
    item.child(0).setCheckState(0, CHECKED)
    item.child(2).setCheckState(0, CHECKED)
    assert len(emitted) == 2  # one per tick, however many marks move
    assert item.checkState(0) == PARTIAL
    assert picker.selection() == SchoolSelection(cluster_ids=(first.id, third.id))

    expected = {
        row.id
        for row in schools.school_rows(
            page.db, schools.search_school_ids(page.db, block_id=block.id)
        ).values()
        if row.cluster_id in (first.id, third.id)
    }
    _sign(editor)
    assert expected and {r.id for r in editor.draft().recipients} == expected
    assert picker.summary.text() == f"2 clusters — {len(expected)} schools"
    assert editor.recipients_summary.text() == picker.summary.text()


def test_a_block_means_all_of_it_and_unticking_a_cluster_leaves_the_others(picker: SchoolPicker) -> None:
    block = geography.list_blocks(picker._db)[0]
    clusters = geography.list_clusters(picker._db, block.id)
    item = _block_item(picker, block.id)
    emitted = _count_changes(picker)
    item.setCheckState(0, CHECKED)
    assert len(emitted) == 1
    assert all(item.child(i).checkState(0) == CHECKED for i in range(item.childCount()))
    assert picker.selection() == SchoolSelection(block_ids=(block.id,))
    assert picker.school_count() == 250

    item.child(0).setCheckState(0, UNCHECKED)
    assert item.checkState(0) == PARTIAL
    assert picker.selection() == SchoolSelection(cluster_ids=tuple(c.id for c in clusters[1:]))
    item.setCheckState(0, UNCHECKED)
    assert picker.selection().is_empty and picker.summary.text().startswith("No schools chosen")


def test_the_filter_finds_a_cluster_under_its_block(picker: SchoolPicker) -> None:
    block = geography.list_blocks(picker._db)[3]
    cluster = geography.list_clusters(picker._db, block.id)[4]
    picker.filter.setText(f"{block.name.lower()} {cluster.name[:5]}")
    shown = [
        (picker.tree.topLevelItem(i), picker.tree.topLevelItem(i).child(j))
        for i in range(picker.tree.topLevelItemCount())
        for j in range(picker.tree.topLevelItem(i).childCount())
        if not picker.tree.topLevelItem(i).isHidden() and not picker.tree.topLevelItem(i).child(j).isHidden()
    ]
    assert cluster.name in {child.text(0) for _block, child in shown}
    assert {b.text(0) for b, _child in shown} == {block.name}
    assert _block_item(picker, block.id).isExpanded()
    picker.filter.clear()
    assert not any(picker.tree.topLevelItem(i).isHidden() for i in range(picker.tree.topLevelItemCount()))


def test_a_single_school_found_by_its_udise_code_is_added_and_removed(picker: SchoolPicker, qtbot) -> None:  # type: ignore[no-untyped-def]
    school = schools.get_school(picker._db, schools.search_school_ids(picker._db, "ghps")[5])
    singles = picker.singles
    spaced = f"{school.udise_code[:4]} {school.udise_code[4:8]} {school.udise_code[8:]}"
    qtbot.keyClicks(singles.query, spaced)
    qtbot.keyClick(singles.query, Qt.Key.Key_Return)  # the only match is chosen, ready for the next
    assert picker.selection() == SchoolSelection(school_ids=(school.id,))
    assert singles.query.text() == "" and singles.chosen.count() == 1
    assert school.udise_code in singles.chosen.item(0).text()
    assert picker.summary.text() == "1 single school — 1 school"

    singles.chosen.item(0).setSelected(True)
    assert singles.remove_button.isEnabled()
    qtbot.mouseClick(singles.remove_button, Qt.MouseButton.LeftButton)
    assert picker.selection().is_empty and singles.chosen.count() == 0


def test_searching_by_name_shows_a_screenful_to_tick(picker: SchoolPicker) -> None:
    singles = picker.singles
    singles.query.setText("ghps")
    singles.search()
    assert singles.matches.count() == 20 and "first 20" in singles.status.text()
    singles.matches.item(3).setCheckState(CHECKED)
    chosen = singles.matches.item(3).data(Qt.ItemDataRole.UserRole)
    assert picker.selection().school_ids == (chosen,)
    singles.query.setText("no such school anywhere")
    singles.search()
    assert singles.matches.count() == 0 and "Nothing matches" in singles.status.text()
    assert picker.selection().school_ids == (chosen,)  # a new search keeps what was chosen


def test_a_category_narrows_the_blocks_but_not_single_schools(picker: SchoolPicker) -> None:
    block = geography.list_blocks(picker._db)[0]
    _block_item(picker, block.id).setCheckState(0, CHECKED)
    everything = picker.school_count()
    assert picker.category is not None
    picker.category.setCurrentIndex(picker.category.findData("Primary (1-5)"))
    primary = school_recipients(picker._db, picker.selection())
    assert 0 < len(primary) < everything
    assert all(schools.get_school(picker._db, r.id).category == "Primary (1-5)" for r in primary[:20])
    elsewhere = next(
        i
        for i in schools.search_school_ids(picker._db)
        if schools.get_school(picker._db, i).category != "Primary (1-5)"
    )
    picker.singles.choose(elsewhere)
    assert picker.school_count() == len(primary) + 1


def test_set_selection_round_trips(picker: SchoolPicker, qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    blocks = geography.list_blocks(demo_db)
    clusters = geography.list_clusters(demo_db, blocks[2].id)
    chosen = SchoolSelection(
        block_ids=(blocks[0].id,),
        cluster_ids=(clusters[1].id, clusters[3].id),
        categories=("Primary (1-5)",),
        school_ids=tuple(schools.search_school_ids(demo_db, "ghps")[:2]),
    )
    emitted = _count_changes(picker)
    picker.set_selection(chosen)
    assert picker.selection() == chosen and len(emitted) == 1
    assert _block_item(picker, blocks[2].id).checkState(0) == PARTIAL
    several = SchoolSelection(block_ids=(blocks[1].id,), categories=("Primary (1-5)", "Secondary (1-10)"))
    picker.set_selection(several)
    assert picker.selection() == several
    picker.set_selection(SchoolSelection())
    assert picker.selection() == SchoolSelection() and picker.singles.chosen.count() == 0

    coverage = SchoolPicker(demo_db, with_categories=False)  # as MoUs will use it
    qtbot.addWidget(coverage)
    coverage.set_selection(chosen)
    assert coverage.category is None
    assert coverage.selection() == SchoolSelection(
        chosen.block_ids, chosen.cluster_ids, (), chosen.school_ids
    )


def test_the_person_picker_ticks_several_and_sets_them_back(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    picker = PersonPicker(demo_db)
    qtbot.addWidget(picker)
    assert picker.matches.count() > 0  # people are few: the first are listed before any search
    picker.query.setText("block education officer")
    picker.search()
    beos = [picker.matches.item(i).data(Qt.ItemDataRole.UserRole) for i in range(2)]
    emitted = _count_changes(picker)
    for row in range(2):
        picker.matches.item(row).setCheckState(CHECKED)
    assert picker.person_ids() == tuple(beos) and len(emitted) == 2
    picker.matches.item(0).setCheckState(UNCHECKED)
    assert picker.person_ids() == (beos[1],)
    picker.set_person_ids([beos[0], beos[1], 10**9])  # a person deleted meanwhile is left out
    assert picker.person_ids() == tuple(beos)
    assert picker.matches.item(0).checkState() == CHECKED


def test_a_circular_to_two_people_prints_a_copy_addressed_to_each(page: CircularsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = page.new_circular()
    editor.recipient_kind.setCurrentIndex(editor.recipient_kind.findData("person"))
    editor.recipient_kind.activated.emit(editor.recipient_kind.currentIndex())  # as a user's choice does
    assert editor.recipient_pages.currentWidget() is editor.people
    assert editor.side.currentWidget() is editor.recipient_pages
    assert editor.recipients_summary.text().startswith("Nobody chosen yet")
    ids = people.search_person_ids(page.db, "diet")[:2]
    editor.people.set_person_ids(ids)
    assert editor.recipients_summary.text() == "2 people"
    editor.widget("subject").setText("Training of resource persons on 12/12/2026")
    editor.body.setPlainText("Dear {person_name}, you are requested to attend the training.")
    assert editor.side.currentWidget() is editor.preview_tab  # writing brings the page forward
    _sign(editor)
    with qtbot.waitSignal(editor.accepted, timeout=30_000):
        editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    issued = page.issued_dialog.issued
    page.issued_dialog.reject()
    texts = [p.extract_text() for p in PdfReader(io.BytesIO(issued.pdf)).pages]
    names = [people.get_person(page.db, i).name for i in ids]
    assert len(texts) == 2
    assert sorted(next(n for n in names if n in text) for text in texts) == sorted(names)
    assert all(f"Dear {name}" in " ".join(texts) for name in names)
    (row,) = dispatch.list_register(page.db)
    assert row.recipients == 2
