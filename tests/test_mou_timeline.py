"""The MoU timeline in words office staff use: whole translated messages for what happened, fields
by their form labels, codes by their labels, dates DD/MM/YYYY, linked records by name."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import inspect

from desktop.services import geography, organisations, people
from desktop.services.database import Database
from desktop.services.mous import attachments, lifecycle, register, timeline, timeline_words
from desktop.services.mous.parts import SignatoryInput
from desktop.services.mous.timeline import TimelineEntry
from desktop.services.organisations import OrganisationInput
from scripts.translations import extracted_messages
from tests.fake_translator import translating
from tests.mou_fixtures import TODAY, mou_input, partner

ROOT = Path(__file__).resolve().parents[1]
SERVICES = sorted((ROOT / "desktop" / "services").rglob("*.py"))
# What no entry may show: stored codes, column names, ISO dates, Python's words.
RAW = re.compile(
    r"\b\d{4}-\d{2}-\d{2}\b|_id\b|under_review|signed_copy|school_directory|\bNone\b|\bTrue\b|\bFalse\b"
)


def changed_mou(db: Database, folder: Path) -> tuple[int, int]:
    """An MoU created, then its dates, partners, signatories, data terms and status changed and a
    scan attached; returns its id and the id of a partner organisation deleted since."""
    visiting = organisations.create_organisation(db, OrganisationInput("Gram Vikas Trust", "NGO")).id
    mou = register.create_mou(db, mou_input(db), today=TODAY)
    first, second = mou.data.signatories
    nodal = people.search_person_ids(db, "")[1]
    mou = register.update_mou(
        db,
        mou.id,
        replace(
            mou.data,
            start_date=date(2026, 7, 1),
            end_date=date(2027, 6, 30),
            nodal_officer_id=nodal,
            partner_ids=(*mou.data.partner_ids, visiting),
            signatories=(first, SignatoryInput("Lakshmi Rao", "Programme Director", "partner", visiting)),
            data_shares=(replace(mou.data.data_shares[0], keep_months=24), mou.data.data_shares[1]),
        ),
        today=TODAY,
    )
    first = mou.data.signatories[0]
    register.update_mou(
        db,
        mou.id,
        replace(
            mou.data,
            partner_ids=mou.data.partner_ids[:1],
            signatories=(replace(first, signed_on=date(2026, 5, 20), required=False), second),
        ),
        today=TODAY,
    )
    organisations.delete_organisation(db, visiting)
    lifecycle.submit_for_review(db, mou.id, today=TODAY + timedelta(days=1))
    scan = folder / "signed.pdf"
    scan.write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n")
    attachments.add_attachment(db, mou.id, scan, "signed_copy", "Signed copy, 4 pages")
    return mou.id, visiting


def lines(entries: list[TimelineEntry]) -> list[tuple[str, str]]:
    return [(entry.what, entry.details) for entry in entries]


def test_the_timeline_reads_as_office_staff_expect(demo_db: Database, tmp_path: Path) -> None:
    mou_id, deleted_partner = changed_mou(demo_db, tmp_path)
    entries = timeline.timeline(demo_db, mou_id)
    shown = lines(entries)
    partner_name = organisations.get_organisation(demo_db, partner(demo_db)).name
    # mou_input's two blocks, added in the order of their ids
    blocks = sorted(geography.list_blocks(demo_db)[:2], key=lambda block: block.id)
    first_nodal, second_nodal = (
        people.get_person(demo_db, pid).name for pid in people.search_person_ids(demo_db, "")[:2]
    )
    assert shown[:4] == [
        ("MoU created", "DDPI/KVD/MOU/2026/01"),
        ("Partner added", partner_name),
        ("Added to the coverage", f"Block: {blocks[0].name}"),
        ("Added to the coverage", f"Block: {blocks[1].name}"),
    ]
    assert shown[4:10] == [
        ("Signatory added", "Savitha K. Patil (Deputy Director of Public Instruction)"),
        ("Signatory added", "Ramesh Gowda (Executive Director)"),
        ("Obligation added", "Share the school directory of both blocks"),
        ("Obligation added", "Baseline report"),
        ("Data-sharing term added", "School directory (names, UDISE codes, location, management)"),
        ("Data-sharing term added", "Pseudonymised student-level assessment results"),
    ]
    assert shown[10:] == [
        (
            "MoU changed",
            f"Nodal officer: {first_nodal} → {second_nodal}; "
            "Starts on: 01/06/2026 → 01/07/2026; Ends on: 31/05/2027 → 30/06/2027",
        ),
        ("Partner added", f"#{deleted_partner}"),  # the organisation is gone: its id is all there is
        ("Signatory added", "Lakshmi Rao (Programme Director)"),
        ("Signatory removed", "Ramesh Gowda (Executive Director)"),
        ("Data-sharing term changed", "Keep it for: 12 months → 24 months"),
        ("Partner removed", f"#{deleted_partner}"),
        ("Signatory added", "Ramesh Gowda (Executive Director)"),
        ("Signatory changed", "Required: yes → no; Date signed: — → 20/05/2026"),
        ("Signatory removed", "Lakshmi Rao (Programme Director)"),
        ("MoU changed", "Status: Draft → Under review; Status changed on: 23/11/2026 → 24/11/2026"),
        ("Scanned copy attached", "Signed copy, 4 pages (signed.pdf)"),
    ]
    assert not [line for line in shown if RAW.search(" ".join(line))]
    assert {entry.operator for entry in entries} == {"tester"}


def test_codes_and_linked_records_are_named(demo_db: Database) -> None:
    """Stored codes by their labels, yes/no, rupees, and a renewal named by the MoU it renews."""
    names = {"mou": {7: "DDPI/KVD/MOU/2025/03"}, "person": {}}
    before = {"status": "under_review", "focus": "fln", "funded": False, "renews_id": None, "language": "en"}
    after = {"status": "signed", "focus": "custom", "funded": True, "renews_id": 7, "language": "kn"}
    assert timeline_words.changes("mou", before, after, names) == (
        "Status: Under review → Signed; Focus: Foundational literacy and numeracy (FLN) → Other (described); "
        "Funded: no → yes; Renews: — → DDPI/KVD/MOU/2025/03; Language of the MoU: English → ಕನ್ನಡ (Kannada)"
    )
    obligation = timeline_words.changes(
        "mou_obligation",
        {"party": "district", "status": "pending", "frequency": None, "kind": "responsibility"},
        {"party": "partner", "status": "in_progress", "frequency": "monthly", "kind": "deliverable"},
        names,
    )
    assert obligation == (
        "Party: The district → The partner; Status: Pending → In progress; How often: — → Monthly; "
        "Kind: Responsibility → Deliverable"
    )
    hidden = timeline_words.changes(
        "mou",
        {"position": 1, "mou_id": 3, "text": "a", "updated_at": "2026-01-01T00:00:00"},
        {"position": 2, "mou_id": 4, "text": "b", "updated_at": "2026-02-01T00:00:00"},
        names,
    )
    assert hidden == "Text of the MoU changed"
    assert timeline_words.shown("mou", "funding_amount", 1250000, names) == "₹12,50,000"
    assert timeline_words.shown("mou", "nodal_officer_id", 42, names) == "#42"
    assert timeline_words.shown("mou", "objectives", ["Reading", "Numeracy"], names) == "Reading, Numeracy"
    assert timeline_words.summary(
        "mou_coverage", {"school_id": 9}, {"school": {9: "GHPS Gokak (29010100101)"}}
    ) == ("School: GHPS Gokak (29010100101)")


def test_every_recorded_field_has_a_label_or_is_left_out() -> None:
    """A column added to an MoU table gets its label here (or is left out on purpose)."""
    unlabelled = [
        f"{table}.{column.key}"
        for table, model in timeline_words.MODELS.items()
        for column in inspect(model).mapper.column_attrs
        if column.key not in model.__audit_exclude__
        and not timeline_words.hidden(table, column.key)
        and column.key not in timeline_words.LABELS[table]
    ]
    assert unlabelled == []
    assert set(timeline_words.WHAT) == {
        (table, action) for table in timeline_words.MODELS for action in ("create", "update", "delete")
    }


@pytest.fixture
def marked() -> Iterator[list[tuple[str, str]]]:
    """A translator that marks every text of the MoUs it translates ‹thus›, and records what it was
    asked for."""
    with translating(lambda context, text: f"‹{text}›" if context == "MoUs" else text) as asked:
        yield asked


def test_what_labels_and_codes_come_in_the_interface_language(
    demo_db: Database, tmp_path: Path, marked: list[tuple[str, str]]
) -> None:
    mou_id, _deleted = changed_mou(demo_db, tmp_path)
    marked.clear()  # only what the timeline asks for
    shown = lines(timeline.timeline(demo_db, mou_id))
    assert shown[0] == ("‹MoU created›", "DDPI/KVD/MOU/2026/01")
    assert ("‹Scanned copy attached›", "Signed copy, 4 pages (signed.pdf)") in shown
    assert (
        "‹MoU changed›",
        "‹‹Status›: ‹Draft› → ‹Under review››; ‹‹Status changed on›: 23/11/2026 → 24/11/2026›",
    ) in shown
    assert ("‹Signatory changed›", "‹‹Required›: ‹yes› → ‹no››; ‹‹Date signed›: — → 20/05/2026›") in shown
    assert (
        "‹Data-sharing term changed›",
        "‹‹Keep it for›: ‹12 months› → ‹24 months››",
    ) in shown
    assert shown[2][1].startswith("‹‹Block›: ")
    assert all(what.startswith("‹") and what.endswith("›") for what, _details in shown)
    # Every text asked for is one lupdate extracts, so translators get it.
    extracted = {(m.context, m.source) for m in extracted_messages(SERVICES)}
    assert len(set(marked)) >= 15
    assert set(marked) <= extracted, set(marked) - extracted
