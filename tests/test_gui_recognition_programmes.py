"""The Programmes and cycles tab of the Recognition page, its programme form with the rubric
editor and its cycle form with the review panel, on a real temporary database."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.services.database import Database
from desktop.services.opening import open_database
from desktop.services.recognition import cycles, programmes, reviewers
from desktop.services.recognition.programme_templates import PRAGATIYA_HEJJE
from desktop.ui.dialogs.rubric_editor import FIXED_COLUMNS, NAME, NAME_LOCAL, SHARE, WEIGHT
from desktop.ui.pages.recognition_programmes import ProgrammesTab
from tests.recognition_fixtures import (
    REVIEW_CLOSES,
    REVIEW_DAY,
    TODAY,
    World,
    give_score,
    make_cycle,
    make_programme,
    make_world,
    nominate_person,
    row_counts,
)

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
PROGRAMME_COLUMNS = {"name": 0, "regional": 1, "kinds": 2, "scale": 3, "criteria": 4, "cycles": 5}
CYCLE_COLUMNS = {
    "name": 0,
    "nominations": 1,
    "review": 2,
    "event": 3,
    "places": 4,
    "nominated": 6,
    "phase": 7,
}


@pytest.fixture
def world(db: Database) -> World:
    return make_world(db)


def _tab(qtbot, db: Database, today: date = TODAY) -> ProgrammesTab:  # type: ignore[no-untyped-def]
    widget = ProgrammesTab(db, today=lambda: today)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


@pytest.fixture
def tab(qtbot, isolated_settings, db: Database, world: World) -> ProgrammesTab:  # type: ignore[no-untyped-def]
    return _tab(qtbot, db)


def _save(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def _cell(model, row: int, column: int):  # type: ignore[no-untyped-def]
    return model.data(model.index(row, column))


def _count_signals(signal) -> list[object]:  # type: ignore[no-untyped-def]
    seen: list[object] = []
    signal.connect(lambda *args: seen.append(args))
    return seen


def _answer(monkeypatch, answer: QMessageBox.StandardButton) -> list[str]:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _warnings(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: shown.append(text))
    return shown


# --- programmes -------------------------------------------------------------------------------


def test_the_templates_make_editable_programmes_listed_with_their_rubric_and_cycles(
    qtbot, tab: ProgrammesTab, world: World
) -> None:  # type: ignore[no-untyped-def]
    QAbstractItemModelTester(tab.programme_model, FATAL)
    QAbstractItemModelTester(tab.cycle_model, FATAL)
    changed = _count_signals(tab.changed)
    assert tab.notice.isVisibleTo(tab) and tab.programme_model.rowCount() == 0
    assert not tab.new_cycle_button.isEnabled() and not tab.edit_button.isEnabled()
    actions = {action.data(): action for action in tab.template_menu.actions()}
    assert set(actions) == {"coffee_with_collector", "pragatiya_hejje"}
    actions["coffee_with_collector"].trigger()
    actions["pragatiya_hejje"].trigger()
    assert len(changed) == 2 and not tab.notice.isVisibleTo(tab)
    assert tab.selected_programme().name == "Pragatiya Hejje"  # the one just made
    assert "Pragatiya Hejje was made from the template" in tab.status_line.text()
    model = tab.programme_model
    assert [_cell(model, row, 0) for row in range(2)] == ["Coffee with Collector", "Pragatiya Hejje"]
    assert _cell(model, 1, PROGRAMME_COLUMNS["regional"]) == "ಪ್ರಗತಿಯ ಹೆಜ್ಜೆ"
    assert _cell(model, 1, PROGRAMME_COLUMNS["kinds"]) == "CRPs, Clusters"
    assert _cell(model, 0, PROGRAMME_COLUMNS["kinds"]).startswith("Students, Teachers, Headmasters")
    assert _cell(model, 1, PROGRAMME_COLUMNS["scale"]) == "1–4"
    assert _cell(model, 1, PROGRAMME_COLUMNS["criteria"]) == 4
    assert _cell(model, 1, PROGRAMME_COLUMNS["cycles"]) == 0
    # A second copy of a template gets a name of its own.
    actions["coffee_with_collector"].trigger()
    assert tab.selected_programme().name == "Coffee with Collector (2)"
    # The cycles column counts the programme's cycles.
    coffee = next(row for row in tab.programme_rows if row.name == "Coffee with Collector")
    make_cycle(tab.db, coffee.id, world)
    tab.reload()
    tab.select_programme(coffee.id)
    assert _cell(model, 0, PROGRAMME_COLUMNS["cycles"]) == 1
    assert tab.cycles_heading.text() == "<b>Cycles of Coffee with Collector</b>"
    # A double-click on a programme opens its form.
    rect = tab.programme_table.visualRect(model.index(0, 0))
    qtbot.mouseClick(tab.programme_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.programme_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.dialog.isVisible() and tab.dialog.windowTitle() == "Edit Coffee with Collector"
    tab.dialog.reject()
    assert tab.purpose.text().startswith("The District Collector spends about fifteen minutes")


def test_a_new_programme_form_shows_each_refusal_under_its_field_and_saves_nothing_until_right(
    tab: ProgrammesTab,
) -> None:
    before = row_counts(tab.db)
    dialog = tab.new_programme()
    assert dialog.isVisible()
    _save(dialog)
    assert dialog.isVisible() and row_counts(tab.db) == before
    assert dialog.error_text("name") == "Programme name is required."
    assert dialog.error_text("eligible_kinds") == (
        "Choose who may be nominated: at least one kind of person or unit."
    )
    assert dialog.error_text("criteria") == "The rubric needs at least one criterion."
    assert dialog.tabs.currentIndex() == 0  # the first message's tab is shown
    assert dialog.tabs.tabBar().tabTextColor(1).name() == "#b00020"  # the other tab is marked too
    dialog.widget("name").setText("Shiksha Mitra")
    dialog.kinds.boxes["teacher"].setChecked(True)
    dialog.kinds.boxes["school"].setChecked(True)
    dialog.scale.set_scale(3, 3)
    editor = dialog.rubric
    assert editor.model.columnCount() == FIXED_COLUMNS + 1
    row = editor.add_criterion()  # opens the new criterion's name for typing
    model = editor.model
    typing = editor.table.indexWidget(model.index(row, NAME))
    assert typing is not None
    typing.setText("Teaching practice")  # still being typed when Save is clicked: it counts
    model.setData(model.index(row, WEIGHT), 2.0)
    _save(dialog)
    assert dialog.error_text("scale") == "The scale's highest level (3) must be above its lowest (3)."
    assert dialog.error_text("name") == "" and dialog.tabs.currentIndex() == 1
    assert row_counts(tab.db) == before
    dialog.scale.set_scale(1, 3)
    assert dialog.error_text("scale") == ""  # changing the field clears its message
    for level, text in zip((1, 2, 3), ("Rarely", "Often", "Always"), strict=True):
        model.setData(model.index(row, model.level_column(level)), text)
    dialog.widget("categories").setPlainText("Primary\n\nHigh school\n")
    changed = _count_signals(tab.changed)
    _save(dialog)
    assert not dialog.isVisible() and len(changed) == 1
    saved = programmes.get_programme(tab.db, tab.selected_programme().id)
    assert saved.name == "Shiksha Mitra" and saved.eligible_kinds == ("teacher", "school")
    assert saved.categories == ("Primary", "High school")
    assert (saved.scale_min, saved.scale_max) == (1, 3)
    assert [(c.name, c.weight, c.level_descriptors) for c in saved.criteria] == [
        ("Teaching practice", 2.0, ("Rarely", "Often", "Always"))
    ]


def test_the_rubric_editor_follows_the_scale_and_shows_a_refusal_in_the_cells_it_concerns(
    tab: ProgrammesTab,
) -> None:
    hejje = make_programme(tab.db, "pragatiya_hejje")
    tab.reload()
    tab.select_programme(hejje.id)
    dialog = tab.edit_programme()
    editor, model = dialog.rubric, dialog.rubric.model
    QAbstractItemModelTester(model, FATAL)
    assert dialog.tabs.tabText(1) == "Ru&bric (4 criteria)"
    assert model.columnCount() == FIXED_COLUMNS + 4
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(FIXED_COLUMNS, 9)] == [
        "Level 1",
        "Level 2",
        "Level 3",
        "Level 4",
    ]
    assert _cell(model, 0, NAME_LOCAL) == "ತರಗತಿ ಶಿಕ್ಷಕರಿಗೆ ಸೃಜನಶೀಲ ಶೈಕ್ಷಣಿಕ ಬೆಂಬಲ"
    assert [_cell(model, row, SHARE) for row in range(4)] == ["40%", "20%", "20%", "20%"]
    first_level_one = PRAGATIYA_HEJJE.criteria[0].level_descriptors[0]
    assert _cell(model, 0, model.level_column(1)) == first_level_one

    row = editor.add_criterion()  # weighted like the lightest criterion
    assert row == 4 and _cell(model, row, WEIGHT) == "20"
    assert dialog.tabs.tabText(1) == "Ru&bric (5 criteria)"
    model.setData(model.index(row, NAME), "Inclusion of children with special needs")
    model.setData(model.index(row, NAME_LOCAL), "ವಿಶೇಷ ಅಗತ್ಯವುಳ್ಳ ಮಕ್ಕಳ ಸೇರ್ಪಡೆ")
    for level in range(1, 5):
        model.setData(model.index(row, model.level_column(level)), f"Level {level} of inclusion")
    assert [_cell(model, r, SHARE) for r in range(5)] == ["33.3%", "16.7%", "16.7%", "16.7%", "16.7%"]

    # A fifth level: a column for it, the descriptors already typed stay at their levels.
    dialog.scale.highest.setValue(5)
    assert model.columnCount() == FIXED_COLUMNS + 5
    assert model.headerData(FIXED_COLUMNS + 4, Qt.Orientation.Horizontal) == "Level 5"
    assert _cell(model, 0, model.level_column(1)) == first_level_one
    before = row_counts(tab.db)
    _save(dialog)
    assert dialog.isVisible() and row_counts(tab.db) == before
    stored = programmes.get_programme(tab.db, hejje.id)
    assert stored.scale_max == 4 and len(stored.criteria) == 4
    message = dialog.error_text("criteria")
    assert (
        "Criterion 'Creative academic support to classroom teachers' has no descriptor for level 5."
        in message
    )
    assert "Criterion 'Inclusion of children with special needs' has no descriptor for level 5." in message
    assert dialog.tabs.currentIndex() == 1
    level_five = model.level_column(5)
    assert model.error_at(0, level_five).endswith("has no descriptor for level 5.")
    assert model.first_error() == (0, level_five)
    assert model.data(model.index(0, level_five), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(0, model.level_column(4)), Qt.ItemDataRole.BackgroundRole) is None

    # Narrowing the scale and widening it again gives back what was typed.
    dialog.scale.highest.setValue(3)
    assert model.columnCount() == FIXED_COLUMNS + 3
    dialog.scale.highest.setValue(5)
    assert _cell(model, 4, model.level_column(4)) == "Level 4 of inclusion"
    for criterion in range(5):
        model.setData(model.index(criterion, level_five), f"Outstanding, criterion {criterion + 1}")
    assert model.error_at(0, level_five) == ""  # an edited cell loses its mark
    _save(dialog)
    assert not dialog.isVisible()
    stored = programmes.get_programme(tab.db, hejje.id)
    assert (stored.scale_min, stored.scale_max) == (1, 5)
    assert [c.name for c in stored.criteria][-1] == "Inclusion of children with special needs"
    assert stored.criteria[-1].name_local == "ವಿಶೇಷ ಅಗತ್ಯವುಳ್ಳ ಮಕ್ಕಳ ಸೇರ್ಪಡೆ"
    assert stored.criteria[0].level_descriptors[0] == first_level_one
    assert stored.criteria[0].level_descriptors[4] == "Outstanding, criterion 1"
    assert _cell(tab.programme_model, 0, PROGRAMME_COLUMNS["criteria"]) == 5
    assert _cell(tab.programme_model, 0, PROGRAMME_COLUMNS["scale"]) == "1–5"


def test_criteria_are_moved_removed_and_described_keeping_their_ids(tab: ProgrammesTab) -> None:
    coffee = make_programme(tab.db)
    tab.reload()
    dialog = tab.edit_programme()
    editor, model = dialog.rubric, dialog.rubric.model
    names = [c.name for c in coffee.criteria]
    editor.table.setCurrentIndex(model.index(3, NAME))
    assert not editor.down_button.isEnabled() and editor.up_button.isEnabled()
    editor.up_button.click()
    editor.up_button.click()
    assert editor.current_row() == 1 and _cell(model, 1, NAME) == names[3]
    editor.table.setCurrentIndex(model.index(0, NAME))
    editor.down_button.click()
    assert [_cell(model, row, NAME) for row in range(4)] == [names[3], names[0], names[1], names[2]]
    editor.table.setCurrentIndex(model.index(3, NAME))
    editor.remove_button.click()
    assert model.rowCount() == 3 and dialog.tabs.tabText(1) == "Ru&bric (3 criteria)"
    # The description of the chosen criterion is edited under the table.
    editor.table.setCurrentIndex(model.index(0, NAME))
    assert editor.description.toPlainText() == coffee.criteria[3].description
    assert editor.description_label.text().startswith("What criterion 1")
    editor.description.setPlainText("Whether the work lasts and others take it up.")
    _save(dialog)
    assert not dialog.isVisible()
    stored = programmes.get_programme(tab.db, coffee.id)
    assert [c.name for c in stored.criteria] == [names[3], names[0], names[1]]
    assert [c.id for c in stored.criteria] == [coffee.criteria[i].id for i in (3, 0, 1)]
    assert stored.criteria[0].description == "Whether the work lasts and others take it up."


def test_a_scored_rubric_keeps_its_scale_and_the_form_says_why(tab: ProgrammesTab, world: World) -> None:
    coffee = make_programme(tab.db)
    cycle = make_cycle(tab.db, coffee.id, world)
    nomination = nominate_person(tab.db, cycle.id, world.teacher_id, by=world.headmaster_id)
    give_score(tab.db, nomination.id, world.ddpi_id, coffee.criteria[0].id)
    tab.reload()
    dialog = tab.edit_programme()
    dialog.scale.highest.setValue(5)
    for row in range(4):
        dialog.rubric.model.setData(
            dialog.rubric.model.index(row, dialog.rubric.model.level_column(5)), "Best"
        )
    before = row_counts(tab.db)
    _save(dialog)
    assert dialog.isVisible() and row_counts(tab.db) == before
    assert dialog.general_error.text() == (
        "Reviewers have already given one score on Coffee with Collector's scale of 1 to 4; "
        "the scale cannot change now."
    )
    assert programmes.get_programme(tab.db, coffee.id).scale_max == 4


def test_deleting_asks_first_and_a_refusal_is_shown_changing_nothing(
    tab: ProgrammesTab, world: World, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    coffee = make_programme(tab.db)
    cycle = make_cycle(tab.db, coffee.id, world)
    tab.reload()
    warnings = _warnings(monkeypatch)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    before = row_counts(tab.db)
    tab.delete_button.click()
    assert asked == ["Delete the programme Coffee with Collector and its rubric? This cannot be undone."]
    assert warnings == ["Coffee with Collector has one cycle; delete it first, or keep the programme."]
    assert row_counts(tab.db) == before
    _answer(monkeypatch, QMessageBox.StandardButton.No)
    tab.select_cycle(cycle.id)
    tab.delete_cycle_button.click()
    assert row_counts(tab.db) == before
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    tab.delete_cycle_button.click()
    assert tab.cycle_model.rowCount() == 0 and cycles.list_cycles(tab.db) == []
    tab.delete_button.click()
    assert tab.programme_model.rowCount() == 0 and programmes.list_programmes(tab.db) == []
    assert tab.notice.isVisibleTo(tab)


# --- cycles -----------------------------------------------------------------------------------


def _set_date(dialog, name: str, value: date) -> None:  # type: ignore[no-untyped-def]
    dialog.dates[name].setDate(QDate(value))


def test_a_cycle_with_a_bad_window_is_refused_under_the_field_then_a_good_one_is_saved(
    tab: ProgrammesTab, world: World
) -> None:
    coffee = make_programme(tab.db)
    tab.reload()
    before = row_counts(tab.db)
    tab.new_cycle_button.click()
    dialog = tab.dialog
    assert dialog.windowTitle() == "New cycle of Coffee with Collector" and dialog.reviewers is None
    dialog.widget("name").setText("2026-27")
    _set_date(dialog, "nomination_opens", date(2026, 12, 1))
    _set_date(dialog, "nomination_closes", date(2026, 11, 20))
    _set_date(dialog, "review_opens", date(2026, 12, 20))
    _set_date(dialog, "review_closes", date(2027, 1, 5))
    dialog.signatory.setEditText("Nobody by this name")
    _save(dialog)
    assert dialog.error_text("signatory_person_id").startswith("“Nobody by this name” is not in the list")
    dialog.signatory.set_person_id(world.collector_id)
    _save(dialog)
    assert dialog.isVisible() and row_counts(tab.db) == before
    assert dialog.error_text("nomination_closes") == (
        "Nominations cannot close (20/11/2026) before they open (01/12/2026)."
    )
    assert dialog.error_text("signatory_person_id") == ""
    # An event before the review closes is refused as well.
    _set_date(dialog, "nomination_closes", date(2026, 12, 15))
    assert dialog.error_text("nomination_closes") == ""  # a changed date clears the window's messages
    dialog.event.day.set_value(date(2027, 1, 2))
    _save(dialog)
    assert dialog.error_text("event_date") == (
        "The event (02/01/2027) cannot come before the review closes (05/01/2027)."
    )
    assert row_counts(tab.db) == before
    dialog.event.day.set_value(date(2027, 1, 12))
    dialog.event.time.set_value(None)
    dialog.event.time.check.setChecked(True)
    dialog.widget("venue").setText("Zilla Panchayat Hall, Navanagar")
    dialog.widget("venue_local").setText("ಜಿಲ್ಲಾ ಪಂಚಾಯತ್ ಸಭಾಂಗಣ, ನವನಗರ")
    dialog.places.setValue(12)
    office = dialog.widget("office_id")
    office.setCurrentIndex(office.findData(world.collector_office_id))
    changed = _count_signals(tab.changed)
    _save(dialog)
    assert not dialog.isVisible() and len(changed) == 1
    saved = tab.selected_cycle()
    assert saved is not None and saved.name == "2026-27"
    stored = cycles.get_cycle(tab.db, saved.id)
    assert (stored.nomination_opens, stored.nomination_closes) == (date(2026, 12, 1), date(2026, 12, 15))
    assert stored.event_date == date(2027, 1, 12) and stored.event_time is not None
    assert stored.venue_local == "ಜಿಲ್ಲಾ ಪಂಚಾಯತ್ ಸಭಾಂಗಣ, ನವನಗರ" and stored.places == 12
    assert (stored.office_id, stored.signatory_person_id) == (world.collector_office_id, world.collector_id)
    model = tab.cycle_model
    assert _cell(model, 0, CYCLE_COLUMNS["nominations"]) == "01/12/2026 to 15/12/2026"
    assert _cell(model, 0, CYCLE_COLUMNS["review"]) == "20/12/2026 to 05/01/2027"
    assert _cell(model, 0, CYCLE_COLUMNS["event"]) == "12/01/2027, 10:30"
    assert _cell(model, 0, CYCLE_COLUMNS["places"]) == 12
    assert _cell(model, 0, CYCLE_COLUMNS["phase"]) == "Nominations not yet open"
    assert _cell(tab.programme_model, 0, PROGRAMME_COLUMNS["cycles"]) == 1
    assert coffee.id == stored.programme_id


def test_an_edited_cycle_keeps_its_values_and_its_nominations_inside_the_window(
    tab: ProgrammesTab, world: World
) -> None:
    coffee = make_programme(tab.db)
    cycle = make_cycle(tab.db, coffee.id, world)
    nominate_person(tab.db, cycle.id, world.teacher_id, by=world.headmaster_id)
    tab.reload()
    assert _cell(tab.cycle_model, 0, CYCLE_COLUMNS["nominated"]) == 1
    assert _cell(tab.cycle_model, 0, CYCLE_COLUMNS["phase"]) == "Nominations open"
    dialog = tab.edit_cycle()
    assert dialog.signatory.person_id() == world.collector_id
    assert dialog.event.date_value() == date(2026, 12, 18)
    _set_date(dialog, "nomination_opens", date(2026, 11, 24))  # after the nomination, dated 23/11
    before = row_counts(tab.db)
    _save(dialog)
    assert dialog.isVisible() and row_counts(tab.db) == before
    assert "dated outside the new nomination window (24/11/2026 to 25/11/2026)" in dialog.general_error.text()
    _set_date(dialog, "nomination_opens", date(2026, 11, 2))
    dialog.places.setValue(5)
    _save(dialog)
    assert not dialog.isVisible()
    assert cycles.get_cycle(tab.db, cycle.id).places == 5
    assert _cell(tab.cycle_model, 0, CYCLE_COLUMNS["places"]) == 5


def test_reviewers_are_added_and_removed_in_the_cycle_form_with_their_progress_and_conflicts(
    tab: ProgrammesTab, world: World
) -> None:
    coffee = make_programme(tab.db)
    cycle = make_cycle(tab.db, coffee.id, world)
    nominate_person(tab.db, cycle.id, world.teacher_id, by=world.headmaster_id)
    tab.reload()
    dialog = tab.edit_cycle()
    panel = dialog.reviewers
    QAbstractItemModelTester(panel.model, FATAL)
    assert panel.rows() == []
    panel.person.set_person_id(world.headmaster_id)
    panel.add_button.click()
    panel.person.set_person_id(world.ddpi_id)
    panel.add_button.click()
    assert [(r.name, r.scored_count, r.conflicted_count) for r in panel.rows()] == [
        ("Lakshmi Devi", 0, 1),  # she nominated the teacher
        ("Savitha K. Patil", 0, 0),
    ]
    assert _cell(panel.model, 0, 4) == 1 and _cell(panel.model, 0, 2) == "GHPS Kerur"
    panel.person.set_person_id(world.ddpi_id)
    panel.add_button.click()
    assert panel.error.text() == "Savitha K. Patil is already a reviewer of Coffee with Collector 2026."
    assert len(reviewers.list_reviewers(tab.db, cycle.id)) == 2
    panel.person.setEditText("Someone unknown")
    panel.add_button.click()
    assert (
        panel.error.text() == "“Someone unknown” is not in the list of people: choose a person from the list."
    )
    panel.table.selectRow(0)
    panel.remove_button.click()
    assert [r.name for r in panel.rows()] == ["Savitha K. Patil"]
    assert [r.name for r in reviewers.list_reviewers(tab.db, cycle.id)] == ["Savitha K. Patil"]
    dialog.reject()  # the panel's changes stand without the form's Save
    assert len(reviewers.list_reviewers(tab.db, cycle.id)) == 1


def test_a_reviewer_who_has_scored_stays_on_the_panel(tab: ProgrammesTab, world: World) -> None:
    coffee = make_programme(tab.db)
    cycle = make_cycle(tab.db, coffee.id, world)
    nomination = nominate_person(tab.db, cycle.id, world.teacher_id, by=world.headmaster_id)
    give_score(tab.db, nomination.id, world.brp_id, coffee.criteria[0].id)
    tab.reload()
    dialog = tab.edit_cycle()
    panel = dialog.reviewers
    assert [r.name for r in panel.rows()] == ["Shivaprasad Hiremath"]
    panel.table.selectRow(0)
    before = row_counts(tab.db)
    panel.remove_button.click()
    assert panel.error.text().startswith("Shivaprasad Hiremath has given 1 score to 1 nomination")
    assert row_counts(tab.db) == before and len(panel.rows()) == 1


def test_close_review_now_asks_then_locks_the_scores_only_while_the_review_is_open(
    qtbot, isolated_settings, db: Database, world: World, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    coffee = make_programme(db)
    cycle = make_cycle(db, coffee.id, world)
    before_review = _tab(qtbot, db, TODAY)
    assert before_review.selected_cycle().id == cycle.id
    assert not before_review.close_review_button.isEnabled()  # the review opens on 26/11/2026
    tab = _tab(qtbot, db, REVIEW_DAY)
    assert tab.close_review_button.isEnabled()
    assert _cell(tab.cycle_model, 0, CYCLE_COLUMNS["phase"]) == "Review open"
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    tab.close_review_button.click()
    assert "before 10/12/2026" in asked[0]
    assert cycles.get_cycle(db, cycle.id).scores_locked_at is None
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    changed = _count_signals(tab.changed)
    tab.close_review_button.click()
    locked = cycles.get_cycle(db, cycle.id, on=REVIEW_DAY)
    assert locked.scores_locked_at is not None and locked.scores_locked_at.date() <= REVIEW_DAY
    assert len(changed) == 1 and locked.phase == "Review closed"
    assert _cell(tab.cycle_model, 0, CYCLE_COLUMNS["phase"]) == "Review closed"
    assert not tab.close_review_button.isEnabled()
    assert "scores are locked" in tab.status_line.text()
    # Once locked, nobody joins the panel.
    dialog = tab.edit_cycle()
    dialog.reviewers.person.set_person_id(world.ddpi_id)
    dialog.reviewers.add_button.click()
    assert "no reviewer can be added now" in dialog.reviewers.error.text()
    assert REVIEW_CLOSES > REVIEW_DAY


def test_a_double_click_or_open_nominations_chooses_the_cycle(
    qtbot, tab: ProgrammesTab, world: World
) -> None:  # type: ignore[no-untyped-def]
    coffee = make_programme(tab.db)
    older = make_cycle(
        tab.db,
        coffee.id,
        world,
        name="2025",
        nomination_opens=date(2025, 10, 1),
        nomination_closes=date(2025, 10, 31),
        review_opens=date(2025, 11, 1),
        review_closes=date(2025, 11, 20),
        event_date=date(2025, 12, 5),
    )
    newer = make_cycle(tab.db, coffee.id, world)
    tab.reload()
    assert [_cell(tab.cycle_model, row, 0) for row in range(2)] == ["2026", "2025"]  # newest first
    assert _cell(tab.cycle_model, 1, CYCLE_COLUMNS["phase"]) == "Event held"
    rect = tab.cycle_table.visualRect(tab.cycle_model.index(1, 0))
    qtbot.mouseClick(tab.cycle_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.selected_cycle().id == older.id
    with qtbot.waitSignal(tab.cycle_chosen, timeout=2000) as blocker:
        qtbot.mouseDClick(tab.cycle_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [older.id]
    tab.select_cycle(newer.id)
    with qtbot.waitSignal(tab.cycle_chosen, timeout=2000) as blocker:
        tab.open_button.click()
    assert blocker.args == [newer.id]


def test_another_database_shows_its_own_programmes(qtbot, tab: ProgrammesTab, tmp_path) -> None:  # type: ignore[no-untyped-def]
    make_programme(tab.db, "pragatiya_hejje")
    tab.reload()
    assert tab.programme_model.rowCount() == 1
    other, _report = open_database(tmp_path / "other" / "other.db", operator="tester")
    try:
        tab.set_database(other)
        assert tab.programme_model.rowCount() == 0 and tab.cycle_model.rowCount() == 0
        assert tab.notice.isVisibleTo(tab)
    finally:
        other.close()
