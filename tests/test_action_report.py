"""The action-item status report from the database: the page's filters, the letterhead chosen, and
the PDF and XLSX read back."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from db.models import ActionItem, Body, Meeting
from desktop.services.committees.listing import body_choices
from desktop.services.database import Database
from desktop.services.errors import NotFoundError, ValidationError
from desktop.services.meetings.action_listing import ActionFilter, list_action_items, status_summary
from desktop.services.meetings.action_report import (
    action_item_input,
    describe_filter,
    save_status_report,
    status_report,
)
from desktop.services.meetings.actions import ActionItemInput, add_action_item, review_action_item
from desktop.services.meetings.creation import add_meeting

TODAY = date(2026, 11, 23)
ROOF = "Get the leaking roof of GHPS Sriguda repaired before the rains"


def body_id(db: Database, name: str) -> int:
    return next(i for i, label in body_choices(db) if label.startswith(f"{name} — "))


def roof_item(db: Database) -> int:
    """A distinctive item raised at Sriguda's November block review, 13 days overdue on TODAY."""
    with db.reading() as session:
        meeting_id = (
            session.query(Meeting.id)
            .join(Body, Meeting.body_id == Body.id)
            .filter(Body.name == "Sriguda block review", Meeting.meeting_date == date(2026, 11, 7))
            .scalar()
        )
        owner = session.query(Meeting.chair_person_id).filter(Meeting.id == meeting_id).scalar()
    return add_action_item(db, meeting_id, ActionItemInput(ROOF, owner, date(2026, 11, 10)), today=TODAY)


def pdf_words(path: Path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))  # "ﬃ" ligatures as letters


def test_the_report_holds_every_item_listed_with_units_notes_and_the_ddpi_letterhead(
    governance_db: Database,
) -> None:
    report = status_report(governance_db, ActionFilter(), TODAY)
    rows = list_action_items(governance_db, ActionFilter(), TODAY)
    assert [line.due_date for line in report.items] == [row.due_date for row in rows]
    assert len(report.items) == 126 and report.as_on == TODAY and report.filters == ""
    # Bodies of several offices: the district's letterhead.
    assert report.letterhead.office_name.startswith("Office of the Deputy Director of Public Instruction")
    escalated = next(line for line, row in zip(report.items, rows, strict=True) if row.escalated)
    assert escalated.level == "block" and escalated.body == "Sriguda block review"
    assert escalated.unit == "Sriguda block"  # where it is followed now, not the cluster that raised it
    assert escalated.overdue and escalated.overdue_days == (TODAY - escalated.due_date).days == 96
    assert escalated.note == "Overdue since 19/08/2026; escalated to the block review."
    cluster, row = next(
        (line, row) for line, row in zip(report.items, rows, strict=True) if line.level == "cluster"
    )
    assert cluster.unit == row.raised_unit_name and re.fullmatch(r"\w+ cluster \(\w+ block\)", cluster.unit)
    done = next(line for line in report.items if line.status == "done")
    assert not done.overdue and done.overdue_days == 0


def test_the_latest_review_remark_goes_under_the_item(governance_db: Database) -> None:
    item_id, sriguda = roof_item(governance_db), body_id(governance_db, "Sriguda block review")
    with governance_db.transaction() as session:
        body = session.get_one(Body, sriguda)
        december = add_meeting(
            session, title="Sriguda block review: December 2026", meeting_date=date(2026, 12, 8), body=body
        )
        meeting_id = december.id
    review_action_item(governance_db, item_id, meeting_id, "Estimate sent to the engineer.")
    line = next(
        line for line in status_report(governance_db, ActionFilter(), TODAY).items if line.description == ROOF
    )
    assert line.note == "Estimate sent to the engineer."
    assert (line.overdue_days, line.body, line.unit) == (13, "Sriguda block review", "Sriguda block")


def test_one_bodys_report_goes_on_its_office_letterhead_and_says_what_it_shows(
    governance_db: Database,
) -> None:
    wanted = ActionFilter(
        body_id=body_id(governance_db, "Sriguda block review"), status="open", overdue_only=True
    )
    report = status_report(governance_db, wanted, TODAY)
    assert report.letterhead.office_name == "Office of the Block Education Officer, Sriguda"
    assert report.filters == "Body: Sriguda block review · Status: Open · Overdue only"
    assert {line.body for line in report.items} == {"Sriguda block review"}
    assert all(line.overdue for line in report.items) and len(report.items) == 4
    # An office given wins over the one the items point to.
    assert status_report(governance_db, wanted, TODAY, office_id=1).letterhead.office_name.startswith(
        "Office of the Deputy Director"
    )


def test_the_filters_in_words(governance_db: Database) -> None:
    owner = list_action_items(governance_db, ActionFilter(), TODAY)[0]
    wanted = ActionFilter(
        owner_id=owner.owner_id, status="done", overdue_only=True, level="cluster", search="  reading "
    )
    assert describe_filter(governance_db, wanted) == (
        f"Owner: {owner.owner_name} · Status: Done · Overdue only · Level: Cluster · Search: “reading”"
    )
    assert describe_filter(governance_db, ActionFilter(owner_id=99_999, body_id=99_999)) == (
        "Owner: (deleted) · Body: (deleted)"
    )


def test_an_empty_database_reports_nothing_on_a_plain_letterhead(db: Database, tmp_path: Path) -> None:
    report = status_report(db, ActionFilter(), TODAY)
    assert report.items == () and report.letterhead.office_name == "District Collective Desk"
    path = save_status_report(db, tmp_path / "empty.pdf", ActionFilter(), TODAY)
    assert "No open action item." in pdf_words(path)


def test_the_pdf_counts_by_owner_body_and_level_and_marks_the_overdue(
    governance_db: Database, tmp_path: Path
) -> None:
    roof_item(governance_db)
    wanted = ActionFilter(body_id=body_id(governance_db, "Sriguda block review"))
    path = save_status_report(governance_db, tmp_path / "report.PDF", wanted, TODAY)
    assert path.exists() and not list(tmp_path.glob(".*partial"))
    text = pdf_words(path)
    assert "Action items — status as on 23 November 2026" in text
    assert "Showing: Body: Sriguda block review" in text
    summary = status_summary(governance_db, TODAY, wanted)
    whole = summary.total
    assert (
        f"Items: {whole.total} · Open: {whole.open} (overdue: {whole.overdue}) · "
        f"Done: {whole.done} · Dropped: {whole.dropped}"
    ) in text
    assert whole.overdue == 5 and whole.open == 5
    for row in summary.by_owner + summary.by_body + summary.by_level:
        counts = f"{row.open} {row.overdue} {row.done} {row.dropped} {row.total}"
        assert f"{row.label} {counts}" in text, row.label
    # The roof item: in the open list, 13 days overdue.
    assert re.search(re.escape(ROOF) + r" .*? 10/11/2026 13 days", text)


def test_the_workbook_has_the_same_counts_and_marks(governance_db: Database, tmp_path: Path) -> None:
    roof_item(governance_db)
    wanted = ActionFilter(status="open", level="block")
    path = save_status_report(governance_db, tmp_path / "report.xlsx", wanted, TODAY)
    book = load_workbook(path)
    assert book.sheetnames == ["Open items", "By owner", "By body", "By level", "About"]
    summary = status_summary(governance_db, TODAY, wanted)
    for sheet, rows in (("By owner", summary.by_owner), ("By body", summary.by_body)):
        found = [tuple(r) for r in book[sheet].iter_rows(min_row=2, values_only=True)]
        expected = [(r.label, r.open, r.overdue, r.done, r.dropped, r.total) for r in rows]
        assert found[:-1] == expected and found[-1][0] == "Total"
    assert [tuple(r) for r in book["By level"].iter_rows(min_row=2, values_only=True)] == [
        ("Block", summary.total.open, summary.total.overdue, 0, 0, summary.total.open),
        ("Total", summary.total.open, summary.total.overdue, 0, 0, summary.total.open),
    ]
    detail = {row[1]: row for row in book["Open items"].iter_rows(min_row=2, values_only=True)}
    roof = detail[ROOF]
    assert roof[3] == "Sriguda block review" and roof[5] == "Sriguda block" and roof[8] == 13
    assert (
        book["Open items"].cell(row=list(detail).index(ROOF) + 2, column=9).font.color.rgb.endswith("C62828")
    )
    about = {row[0]: row[1] for row in book["About"].iter_rows(values_only=True)}
    assert about["Showing"] == "Status: Open · Level: Block"


def test_only_pdf_or_xlsx_is_saved(governance_db: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        save_status_report(governance_db, tmp_path / "report.docx", ActionFilter(), TODAY)
    assert caught.value.field_errors == {"path": "Save the action-item report as a .pdf or an .xlsx file."}
    assert list(tmp_path.iterdir()) == [tmp_path / "office"]


def test_the_change_form_starts_from_the_items_values_agenda_item_included(governance_db: Database) -> None:
    item_id = roof_item(governance_db)
    current = action_item_input(governance_db, item_id)
    assert current == ActionItemInput(ROOF, current.owner_person_id, date(2026, 11, 10), None)
    demo_item = list_action_items(governance_db, ActionFilter(status="open"), TODAY)[0]
    with governance_db.reading() as session:
        agenda_item_id = session.get_one(ActionItem, demo_item.id).agenda_item_id
    assert agenda_item_id is not None  # the demo files its items under an agenda item
    assert action_item_input(governance_db, demo_item.id) == ActionItemInput(
        demo_item.description, demo_item.owner_id, demo_item.due_date, agenda_item_id
    )
    with pytest.raises(NotFoundError):
        action_item_input(governance_db, 99_999)
