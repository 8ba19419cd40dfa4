"""The Baseline page on a real demo database: rounds and level schemes through their forms, the
imports list and undo, the analysis table, drill-down, comparison, chart and exports.

The results are a small hand-made set (three schools, two rounds) added as an import would add
them; every figure the tests read is worked out by hand in the comments."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from sqlalchemy import func, select

from db.models import Block, ImportBatch, ResultSummary, School, SchoolIndicator, StudentResult
from desktop.services import rounds
from desktop.services.database import Database
from desktop.services.rounds import RoundInput
from desktop.ui.pages.baseline_page import BaselinePage
from desktop.ui.widgets import select_row

TODAY = date(2026, 11, 23)
# Per round, per subject, per school (0 and 1 in one block, 2 in another): each child's level on
# the FLN reading scheme (Beginner, Letter, Word, Paragraph, Story; Paragraph and above achieve).
# Each child's score is 4 x level + 2.
LEVELS = {
    "Baseline 2026": {
        "Kannada": {0: [0, 1, 2, 3, 4, 3], 1: [3, 3, 4, 1, 0], 2: [2, 4]},
        "Maths": {0: [1, 1, 1, 1, 3]},
    },
    "Endline 2026": {"Kannada": {0: [3, 3, 4, 4, 2, 3], 1: [4, 4, 3, 2, 3], 2: [3, 4]}},
}
# School -> (enrolment, attendance %, teachers)
INDICATORS = {0: (100, 80.0, 4), 1: (50, 90.0, 2), 2: (30, 70.0, 1)}
DATES = {"Baseline 2026": (date(2026, 6, 15), "baseline"), "Endline 2026": (date(2026, 11, 2), "endline")}


@dataclass(frozen=True)
class Fixture:
    rounds: dict[str, int]
    schools: list[int]
    blocks: list[int]
    block_names: list[str]
    indicator_batches: dict[str, int]


def _summaries(results: list[StudentResult]) -> list[ResultSummary]:
    sums: dict[tuple, list[float]] = defaultdict(lambda: [0, 0, 0.0])
    for r in results:
        key = (r.round_id, r.school_id, r.grade, r.subject, r.gender or "", r.level)
        sums[key][0] += 1
        sums[key][1] += 1
        sums[key][2] += r.score
    return [
        ResultSummary(round_id=k[0], school_id=k[1], grade=k[2], subject=k[3], gender=k[4], level=k[5],
                      students=int(s[0]), scored=int(s[1]), score_sum=s[2])
        for k, s in sums.items()
    ]  # fmt: skip


def add_results(db: Database) -> Fixture:
    """Two rounds made through the service, and their results and indicators as imports store
    them (a batch each, with the summary rows kept in step)."""
    scheme = next(s for s in rounds.ensure_standard_schemes(db) if s.name == "FLN reading levels")
    round_ids = {}
    for name, (start, kind) in DATES.items():
        data = RoundInput(
            name, kind, start, start, "FLN oral assessment", level_scheme_id=scheme.id, max_score=20
        )
        round_ids[name] = rounds.create_round(db, data).id
    with db.transaction() as session:
        block_ids = list(session.scalars(select(Block.id).order_by(Block.id).limit(2)))
        schools = [
            *session.scalars(
                select(School.id).where(School.block_id == block_ids[0]).order_by(School.id).limit(2)
            ),
            session.scalar(
                select(School.id).where(School.block_id == block_ids[1]).order_by(School.id).limit(1)
            ),
        ]
        names = [session.get(Block, i).name for i in block_ids]
        indicator_batches = {}
        for name, round_id in round_ids.items():
            batch = ImportBatch(target="assessment", round_id=round_id, file_names=[f"{name}.xlsx"],
                                sha256="0" * 64, mapping={}, operator="tester",
                                counts={"create": 23, "update": 0, "unchanged": 0, "error_rows": 1})  # fmt: skip
            indicators = ImportBatch(target="indicators", round_id=round_id, file_names=[f"{name} UDISE.csv"],
                                     sha256="1" * 64, mapping={}, operator="tester", counts={"create": 3})  # fmt: skip
            session.add_all([batch, indicators])
            session.flush()
            indicator_batches[name] = indicators.id
            results = [
                StudentResult(round_id=round_id, school_id=schools[school], batch_id=batch.id,
                              student_key=f"{subject}-{school}-{child}", grade=3, gender="FM"[child % 2],
                              subject=subject, score=4 * level + 2, level=level)
                for subject, by_school in LEVELS[name].items()
                for school, levels in by_school.items()
                for child, level in enumerate(levels)
            ]  # fmt: skip
            session.add_all(results)
            session.flush()
            session.add_all(_summaries(results))
            for school, (enrolment, attendance, teachers) in INDICATORS.items():
                session.add(SchoolIndicator(round_id=round_id, school_id=schools[school], batch_id=indicators.id,
                                            enrolment=enrolment, attendance_percent=attendance, teachers=teachers))  # fmt: skip
    return Fixture(round_ids, schools, block_ids, names, indicator_batches)


@pytest.fixture
def data(demo_db: Database) -> Fixture:
    return add_results(demo_db)


@pytest.fixture
def page(qtbot, isolated_settings, demo_db: Database, data: Fixture) -> BaselinePage:  # type: ignore[no-untyped-def]
    widget = BaselinePage(demo_db, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitUntil(lambda: widget.analysis.answer is not None, timeout=10000)
    return widget


def _save(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def _texts(model, column: int) -> list:  # type: ignore[no-untyped-def]
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def _column(model, header: str) -> int:  # type: ignore[no-untyped-def]
    return (
        model.header_texts().index(header)
        if hasattr(model, "header_texts")
        else next(
            c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == header
        )
    )


def _yes(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def question(_parent, _title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _warnings(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *args: shown.append(text))
    return shown


def _wait(qtbot, page: BaselinePage, start) -> None:  # type: ignore[no-untyped-def]
    """Run ``start`` (which asks the analysis for new figures) and wait until they are shown."""
    with qtbot.waitSignal(page.analysis.shown, timeout=10000):
        start()


# --- rounds -----------------------------------------------------------------------------------


def test_rounds_are_listed_and_made_edited_and_deleted_through_the_form(
    page: BaselinePage, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    tab = page.rounds
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert _texts(tab.model, 0) == ["Endline 2026", "Baseline 2026"]  # latest first
    endline = tab.model.row_at(0)
    assert tab.model.data(tab.model.index(0, 2)) == "02/11/2026 – 02/11/2026"
    assert tab.model.data(tab.model.index(0, 4)) == "FLN reading levels"
    assert (endline.results, endline.schools_with_indicators) == (13, 3)

    dialog = tab.new_round()
    dialog.widget("start_date").setText("31/02/2027")
    _save(dialog)  # a date that cannot be read is refused before the round is checked
    assert "Starts: write the date as DD/MM/YYYY" in dialog.error_text("start_date")
    dialog.widget("start_date").setText("")
    _save(dialog)
    assert dialog.error_text("name") == "Name is required." and dialog.error_text("start_date") == ""
    dialog.widget("name").setText("Midline 2027")
    dialog.widget("kind").setCurrentIndex(dialog.widget("kind").findData("midline"))
    dialog.widget("start_date").setText("20/01/2027")
    dialog.widget("end_date").setText("10/01/2027")
    _save(dialog)
    assert dialog.error_text("end_date") == "The round ends before it starts."
    dialog.widget("end_date").setText("31/01/2027")
    dialog.widget("max_score").setText("0")
    _save(dialog)
    assert dialog.error_text("max_score") == "The maximum score must be above zero, or left empty."
    dialog.widget("max_score").setText("")
    _save(dialog)
    assert tab.selected().name == "Midline 2027" and tab.selected().kind_label == "Midline"
    assert page.analysis.round.findText("Midline 2027") >= 0  # the other tabs know the new round

    edit = tab.edit_selected()
    assert edit.widget("start_date").text() == "20/01/2027"
    edit.widget("name").setText("Baseline 2026")
    _save(edit)
    assert edit.error_text("name") == "There is already a round named Baseline 2026."
    edit.widget("name").setText("Midline 2026-27")
    edit.widget("tool").setText("Oral reading fluency")
    _save(edit)
    assert tab.selected().name == "Midline 2026-27" and tab.selected().tool == "Oral reading fluency"

    _yes(monkeypatch)
    tab.actions["delete"].click()
    assert "Midline 2026-27" not in _texts(tab.model, 0)
    warnings = _warnings(monkeypatch)
    tab.table.selectRow(0)
    tab.actions["delete"].click()  # the endline has its imports in place
    assert warnings == ["Endline 2026 has 2 imports in place; undo them first (Baseline → Imports)."]


def test_level_schemes_are_managed_from_the_rounds_tab(page: BaselinePage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    manager = page.rounds.open_schemes()
    QAbstractItemModelTester(manager.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert _texts(manager.model, 0) == ["FLN numeracy levels", "FLN reading levels", "NAS performance levels"]
    assert _texts(manager.model, 2)[1] == "Paragraph"
    dialog = manager.new_scheme()
    dialog.widget("name").setText("Oral reading")
    dialog.widget("levels").setPlainText("Beginner\nWord")
    assert [dialog.achieving.itemText(i) for i in range(dialog.achieving.count())] == ["Beginner", "Word"]
    dialog.widget("levels").setPlainText("Beginner\nWord\nword")
    _save(dialog)
    assert dialog.error_text("levels") == "Each level once; Word is listed twice."
    dialog.widget("levels").setPlainText("Beginner\nWord\nStory")
    dialog.achieving.setCurrentIndex(1)
    _save(dialog)
    assert (
        manager.selected().levels == ("Beginner", "Word", "Story")
        and manager.selected().achieving_label == "Word"
    )
    edit = manager.edit_selected()
    assert edit.achieving.currentText() == "Word"
    edit.widget("name").setText("Oral reading levels")
    _save(edit)
    assert "Oral reading levels" in _texts(manager.model, 0)
    _yes(monkeypatch)
    manager.actions["delete"].click()
    assert "Oral reading levels" not in _texts(manager.model, 0)
    warnings = _warnings(monkeypatch)
    manager.table.selectRow(_texts(manager.model, 0).index("FLN reading levels"))
    manager.actions["delete"].click()
    assert warnings == [
        "FLN reading levels is used by 2 assessment rounds; choose another scheme for them first."
    ]


# --- imports ----------------------------------------------------------------------------------


def test_batches_are_listed_filtered_and_undone(
    qtbot, page: BaselinePage, data: Fixture, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    tab = page.imports
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert tab.model.rowCount() == 4 and tab.count.text() == "4 of 4"
    first = tab.model.row_at(0)
    assert _texts(tab.model, 2)[0] == "School indicators" and first.round_name == "Endline 2026"
    assert tab.model.data(tab.model.index(0, 1)).count("/") == 2  # DD/MM/YYYY HH:MM
    assert tab.model.data(tab.model.index(1, 5)) == 23 and tab.model.data(tab.model.index(1, 8)) == 1
    tab.target.setCurrentIndex(tab.target.findData("indicators"))
    tab.round.setCurrentIndex(tab.round.findData(data.rounds["Baseline 2026"]))
    assert [row.id for row in tab.rows] == [data.indicator_batches["Baseline 2026"]]
    tab.search.setText("no such file")
    assert tab.model.rowCount() == 0 and tab.count.text() == "0 of 1"
    tab.search.clear()

    # A second indicators file for the baseline came later into the same records: the first
    # cannot be undone before it.
    with page.db.transaction() as session:
        later = ImportBatch(target="indicators", round_id=data.rounds["Baseline 2026"], file_names=["Corrected.csv"],
                            sha256="2" * 64, mapping={}, operator="tester", counts={"update": 1})  # fmt: skip
        session.add(later)
        session.flush()
        later_id = later.id
    tab.reload()
    assert [row.id for row in tab.rows] == [later_id, data.indicator_batches["Baseline 2026"]]
    tab.table.selectRow(1)
    asked = _yes(monkeypatch)
    warnings = _warnings(monkeypatch)
    task = tab.undo_selected()
    qtbot.waitUntil(lambda: not task.running, timeout=10000)
    assert (
        "Undo import batch" in asked[0]
        and "Baseline 2026 UDISE.csv" in asked[0]
        and "3 record(s)" in asked[0]
    )
    assert warnings == [
        f"Batch {later_id} (Corrected.csv) was imported after batch {data.indicator_batches['Baseline 2026']} "
        f"into the same records and may have changed them; undo batch {later_id} first."
    ]

    tab.round.setCurrentIndex(tab.round.findData(data.rounds["Endline 2026"]))
    tab.table.selectRow(0)
    assert tab.actions["undo"].isEnabled()
    with qtbot.waitSignal(page.changed, timeout=10000):
        tab.actions["undo"].click()
    with page.db.reading() as session:
        left = session.scalar(
            select(func.count())
            .select_from(SchoolIndicator)
            .where(SchoolIndicator.round_id == data.rounds["Endline 2026"])
        )
    assert left == 0
    assert tab.selected().status_text.startswith("Undone 23 November") or not tab.selected().live
    assert not tab.actions["undo"].isEnabled()
    assert (
        "undone" in tab.status_line.text()
        and Path(tab.status_line.text().split(" in ")[-1].rstrip(".")).exists()
    )
    assert page.rounds.model.row_at(0).schools_with_indicators == 0  # the rounds tab followed


# --- analysis ---------------------------------------------------------------------------------


def test_the_analysis_by_block_matches_the_hand_count(qtbot, page: BaselinePage, data: Fixture) -> None:  # type: ignore[no-untyped-def]
    tab = page.analysis
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(tab.impact_model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    _wait(qtbot, page, lambda: tab.round.setCurrentIndex(tab.round.findData(data.rounds["Baseline 2026"])))
    model = tab.model
    assert model.header_texts() == [
        "Block", "Students", "% Beginner", "% Letter", "% Word", "% Paragraph", "% Story", "% achieving",
        "Mean score", "Enrolment", "Attendance %", "PTR",
    ]  # fmt: skip
    rows = {model.data(model.index(r, 0)): r for r in range(model.rowCount())}
    first, second = rows[data.block_names[0]], rows[data.block_names[1]]
    figures = [model.data(model.index(first, c)) for c in range(1, 12)]
    # Kannada 11 children + Maths 5: levels 0,1,2,3,4,3 | 3,3,4,1,0 | 1,1,1,1,3 -> Beginner 2,
    # Letter 6, Word 1, Paragraph 5, Story 2 of 16; achieving 7/16; scores 4 x 31 + 2 x 16 = 156 / 16.
    # Enrolment 100 + 50; attendance (8000 + 4500) / 150; 150 pupils / 6 teachers. Pupils are
    # counted by each school's largest subject (school 0: 6 in Kannada, 5 in Maths): 6 + 5 = 11.
    assert figures == [11, "12.5", "37.5", "6.3", "31.3", "12.5", "43.8", "9.8", 150, "83.3", "25.0"]
    # The other block: two children, greyed and explained.
    assert model.data(model.index(second, 1)) == 2
    assert model.data(model.index(second, 7)) == "50.0"
    assert model.data(model.index(second, 7), Qt.ItemDataRole.ForegroundRole).color().name() == "#8a8a8a"
    assert "Fewer than 5 students" in model.data(model.index(second, 0), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(first, 0), Qt.ItemDataRole.ToolTipRole) is None
    # The chart: one bar per unit, at the units' % achieving.
    assert tab.chart.bar_count() == model.rowCount() == 2
    heights = sorted(tab.chart.bars[0].opts["height"])
    assert heights == [43.8, 50.0]
    # Grade and subject filters come from the round.
    assert [tab.grade.itemText(i) for i in range(tab.grade.count())] == ["all grades", "Grade 3"]
    assert [tab.subject.itemData(i) for i in range(1, tab.subject.count())] == ["Kannada", "Maths"]
    _wait(qtbot, page, lambda: tab.subject.setCurrentIndex(tab.subject.findData("Kannada")))
    rows = {model.data(model.index(r, 0)): r for r in range(model.rowCount())}
    assert model.data(model.index(rows[data.block_names[0]], 7)) == "54.5"  # 6 of 11
    assert tab.total.text().startswith(f"{tab.answer.analysis.total.unit.name} as a whole: 13 students")


def test_drill_down_into_a_block_and_back(qtbot, page: BaselinePage, data: Fixture) -> None:  # type: ignore[no-untyped-def]
    tab = page.analysis
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert tab.level.currentData() == "block" and tab.back.isHidden()
    row = next(r for r in range(tab.model.rowCount()) if tab.model.row_at(r).unit.id == data.blocks[0])
    tab.table.selectRow(row)
    with qtbot.waitSignal(tab.shown, timeout=10000):
        tab.table.doubleClicked.emit(tab.model.index(row, 0))
    assert tab.level.currentData() == "cluster" and not tab.back.isHidden()
    assert tab.where.text() == f"Within the block {data.block_names[0]}"
    assert {tab.model.row_at(r).unit.block for r in range(tab.model.rowCount())} == {data.block_names[0]}
    assert tab.model.header_texts()[0] == "Cluster" and "Block" not in tab.model.header_texts()
    assert (
        sum(tab.model.row_at(r).later.results.students for r in range(tab.model.rowCount())) == 11
    )  # the endline
    # Into a cluster's schools, then back twice.
    tab.table.selectRow(0)
    _wait(qtbot, page, tab.drill_down)
    assert tab.level.currentData() == "school" and tab.model.header_texts()[:2] == ["School", "UDISE code"]
    _wait(qtbot, page, tab.back.click)
    assert tab.level.currentData() == "cluster"
    _wait(qtbot, page, tab.back.click)
    assert tab.level.currentData() == "block" and tab.back.isHidden() and tab.where.text() == ""
    assert tab.model.rowCount() == 2


def test_two_rounds_compared_with_impact_indicators_and_two_bars_a_unit(
    qtbot, page: BaselinePage, data: Fixture
) -> None:  # type: ignore[no-untyped-def]
    tab = page.analysis
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(tab.impact_model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert tab.round.currentData() == data.rounds["Endline 2026"]
    _wait(
        qtbot, page, lambda: tab.compare.setCurrentIndex(tab.compare.findData(data.rounds["Baseline 2026"]))
    )
    model = tab.model
    headers = model.header_texts()
    assert headers[:6] == [
        "Block", "Students (earlier)", "Students (later)", "% achieving (earlier)", "% achieving (later)",
        "% achieving: change (points)",
    ]  # fmt: skip
    row = next(r for r in range(model.rowCount()) if model.row_at(r).unit.id == data.blocks[0])
    # Endline Kannada 3,3,4,4,2,3 | 4,4,3,2,3: 9 of 11 achieve (81.8); baseline 7 of 16 (43.8).
    assert [model.data(model.index(row, c)) for c in range(1, 6)] == [11, 11, "43.8", "81.8", "38.0"]
    enrolment_change = headers.index("Enrolment: change %")
    assert model.data(model.index(row, enrolment_change)) == "0.0"
    assert not tab.impact.isHidden() and tab.impact_model.rowCount() == 4
    reading = tab.impact_model.row_at(2)
    # District: baseline Kannada 7 of 13 achieve (53.8), endline 11 of 13 (84.6).
    assert reading.name.startswith("Students achieving reading") and reading.later.value == 84.6
    assert tab.impact_model.data(tab.impact_model.index(2, 3)) == "30.8 points"
    # Two bars a unit: the earlier round's and the later's.
    assert len(tab.chart.bars) == 2
    assert [len(bars.opts["x"]) for bars in tab.chart.bars] == [model.rowCount()] * 2
    assert sorted(tab.chart.bars[0].opts["height"]) == [43.8, 50.0]
    assert sorted(tab.chart.bars[1].opts["height"]) == [81.8, 100.0]
    # All subjects: 8 of 18 achieved at the baseline (44.4), 11 of 13 at the endline (84.6).
    assert "Change in % achieving since Baseline 2026: 40.2 points." in tab.total.text()


def test_exports_write_the_pdf_and_the_workbook(
    qtbot, page: BaselinePage, data: Fixture, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    tab = page.analysis
    _wait(
        qtbot, page, lambda: tab.compare.setCurrentIndex(tab.compare.findData(data.rounds["Baseline 2026"]))
    )
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.No
    )
    warnings = _warnings(monkeypatch)
    for button, name in ((tab.pdf_button, "report.pdf"), (tab.xlsx_button, "figures")):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, t=target: (str(t), ""))
        button.click()
        qtbot.waitUntil(lambda: not tab.export_task.running, timeout=60000)
    assert warnings == []
    pdf, xlsx = tmp_path / "report.pdf", tmp_path / "figures.xlsx"
    assert pdf.read_bytes().startswith(b"%PDF") and xlsx.read_bytes().startswith(b"PK")
    assert len(asked) == 1 and "Open it now?" in asked[0]  # only the PDF is offered to open
    assert tab.status_line.text() == f"Saved {xlsx}"


def test_no_rounds_says_what_to_do(qtbot, isolated_settings, db: Database) -> None:  # type: ignore[no-untyped-def]
    widget = BaselinePage(db, today=lambda: TODAY)
    qtbot.addWidget(widget)
    assert widget.analysis.answer is None and "No assessment rounds yet" in widget.analysis.empty.text()
    assert not widget.analysis.pdf_button.isEnabled()
    assert widget.rounds.model.rowCount() == 0
    assert [s.name for s in rounds.list_schemes(db)] == [
        "FLN numeracy levels", "FLN reading levels", "NAS performance levels"
    ]  # fmt: skip


def test_import_a_file_opens_the_wizard_set_to_the_filters(qtbot, page: BaselinePage, data: Fixture) -> None:  # type: ignore[no-untyped-def]
    tab = page.imports
    tab.target.setCurrentIndex(tab.target.findData("indicators"))
    tab.round.setCurrentIndex(tab.round.findData(data.rounds["Endline 2026"]))
    wizard = tab.import_file()
    assert wizard.isVisible()
    assert (wizard.state.target, wizard.state.round_id) == ("indicators", data.rounds["Endline 2026"])
    # What the wizard reports as imported is listed, selected and passed on.
    with qtbot.waitSignal(page.changed, timeout=5000):
        wizard.imported.emit(data.indicator_batches["Endline 2026"])
    assert tab.selected().id == data.indicator_batches["Endline 2026"]
    assert tab.status_line.text() == f"Imported as batch {data.indicator_batches['Endline 2026']}."
    wizard.reject()


def test_results_and_the_directory_are_exported_in_the_import_columns(
    qtbot, page: BaselinePage, data: Fixture, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    warnings = _warnings(monkeypatch)
    rounds_tab = page.rounds
    select_row(rounds_tab.table, data.rounds["Baseline 2026"])
    assert rounds_tab.actions["export"].isEnabled()
    target = tmp_path / "baseline results"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), "CSV file (*.csv)"))
    rounds_tab.actions["export"].click()
    qtbot.waitUntil(lambda: not rounds_tab.task.running, timeout=60000)
    saved = target.with_suffix(".csv")
    header = saved.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("Student id,UDISE code,Grade,Gender,Subject") and told and str(saved) in told[-1]

    imports_tab = page.imports
    directory = tmp_path / "schools.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(directory), ""))
    imports_tab.actions["export"].click()
    qtbot.waitUntil(lambda: not imports_tab.task.running, timeout=60000)
    rows = list(openpyxl.load_workbook(directory).active.iter_rows(values_only=True))
    assert rows[0][:2] == ("UDISE code", "School name") and len(rows) > 100
    assert warnings == []
