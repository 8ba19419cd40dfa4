"""Issuing circulars end to end: checks before numbering, one copy per recipient, reprints."""

from __future__ import annotations

import hashlib
import io
import threading
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from db.models import DispatchEntry
from desktop.documents.circular import Signatory
from desktop.services import circulars, dispatch, people, schools
from desktop.services.circulars import CircularDraft
from desktop.services.database import Database
from desktop.services.errors import ValidationError
from desktop.services.offices import list_offices
from desktop.services.progress import CancelledError, Progress
from desktop.services.recipients import SchoolSelection, office_recipients, school_recipients

BODY = "The Community School Day will be held in {school_name} ({udise_code}) on {event_date}.\n- Invite parents."


def _schools_with_headmasters(db: Database, count: int) -> tuple[int, ...]:
    ids = people.search_person_ids(db, "headmaster")[:count]
    return tuple(people.get_person(db, i).school_id for i in ids)


def _draft(db: Database, school_ids: tuple[int, ...], **changes: object) -> CircularDraft:
    office = next(o for o in list_offices(db) if o.kind == "DDPI")
    values: dict = {
        "office_id": office.id,
        "issued_on": date(2026, 11, 23),
        "language": "en",
        "subject": "Community School Day on {event_date}",
        "body": BODY,
        "recipients": tuple(school_recipients(db, SchoolSelection(school_ids=school_ids))),
        "signatory": Signatory("Savitha K. Patil", "Deputy Director of Public Instruction"),
        "section": "ACAD",
        "copy_to": ("The BEOs of all blocks",),
        "fields": {"event_date": "15/12/2026"},
    }
    values.update(changes)
    return CircularDraft(**values)


def _numbered(db: Database) -> list[str]:
    with db.reading() as session:
        return list(session.scalars(select(DispatchEntry.number)))


def _text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_issue_numbers_prints_a_copy_per_recipient_and_registers(demo_db: Database) -> None:
    chosen = _schools_with_headmasters(demo_db, 3)
    issued = circulars.issue_circular(demo_db, _draft(demo_db, chosen))
    assert issued.number == "DDPI/KVD/ACAD/2026-27/0001"
    pages = _text(issued.pdf)
    assert len(pages) == 3
    for page, school_id in zip(
        pages, sorted(chosen, key=lambda i: schools.get_school(demo_db, i).udise_code), strict=True
    ):
        school = schools.get_school(demo_db, school_id)
        assert school.udise_code in page and "15/12/2026" in page and issued.number in page
        assert "Page 1 of 1" in page
    with demo_db.reading() as session:
        entry = session.get(DispatchEntry, issued.entry_id)
        assert (
            entry is not None
            and len(entry.recipients) == 3
            and entry.pdf_sha256 == hashlib.sha256(issued.pdf).hexdigest()
        )


def test_reprint_is_the_same_document_marked_duplicate_even_after_records_change(demo_db: Database) -> None:
    chosen = _schools_with_headmasters(demo_db, 2)
    issued = circulars.issue_circular(demo_db, _draft(demo_db, chosen))
    school = schools.get_school(demo_db, chosen[0])
    from dataclasses import asdict

    from desktop.services.schools import SchoolInput

    values = {k: v for k, v in asdict(school).items() if k in SchoolInput.__dataclass_fields__}
    schools.update_school(demo_db, school.id, SchoolInput(**{**values, "name": "Renamed School"}))
    same = circulars.reprint(demo_db, issued.entry_id, duplicate=False)
    assert hashlib.sha256(same).hexdigest() == issued.pdf_sha256
    duplicate = circulars.reprint(demo_db, issued.entry_id)
    text = "\n".join(_text(duplicate))
    assert "DUPLICATE COPY" in text and school.name in text and "Renamed School" not in text


def test_problems_are_all_reported_before_anything_is_numbered(demo_db: Database) -> None:
    with_head = _schools_with_headmasters(demo_db, 1)
    headless = tuple(i for i in schools.search_school_ids(demo_db)[:40] if i not in with_head)[:3]
    draft = _draft(demo_db, with_head + headless, body=BODY + "\nHeadmaster: {headmaster}")
    with pytest.raises(ValidationError) as caught:
        circulars.issue_circular(demo_db, draft)
    message = caught.value.field_errors["recipients"]
    assert message.startswith("3 recipients cannot be printed:")
    assert all(schools.get_school(demo_db, i).udise_code in message for i in headless)
    with pytest.raises(ValidationError) as caught:
        circulars.issue_circular(
            demo_db, _draft(demo_db, with_head, subject="Day {evnt_date}", body="{scool_name}")
        )
    assert "did you mean {event_date}" in caught.value.field_errors["subject"]
    assert "did you mean {school_name}" in caught.value.field_errors["body"]
    with pytest.raises(ValidationError, match="Line 2"):
        circulars.issue_circular(demo_db, _draft(demo_db, with_head, body="| a | b |\n| c |"))
    with pytest.raises(ValidationError, match="not a mix"):
        mixed = _draft(demo_db, with_head).recipients + tuple(
            office_recipients(demo_db, [list_offices(demo_db)[0].id])
        )
        circulars.issue_circular(demo_db, _draft(demo_db, with_head, recipients=mixed))
    with pytest.raises(ValidationError, match="at least one recipient"):
        circulars.issue_circular(demo_db, _draft(demo_db, (), recipients=()))
    assert _numbered(demo_db) == []


def test_preview_is_a_draft_of_the_first_copy(demo_db: Database) -> None:
    pdf = circulars.preview(
        demo_db, _draft(demo_db, _schools_with_headmasters(demo_db, 2), body=BODY + "\nRef {number}")
    )
    (page,) = _text(pdf)
    assert "DRAFT" in page and "Ref —" in page
    assert _numbered(demo_db) == []


def test_a_kannada_circular_addresses_schools_in_kannada(demo_db: Database) -> None:
    chosen = _schools_with_headmasters(demo_db, 1)
    draft = _draft(demo_db, chosen, language="kn", subject="{school_name}", body="{headmaster}")
    (copy,) = circulars.copies_for(draft, circulars.letterhead_for(demo_db, draft.office_id), "X/1")
    school = schools.get_school(demo_db, chosen[0])
    assert copy.subject == school.name_local and copy.addressee[0] == "ಮುಖ್ಯ ಶಿಕ್ಷಕರು"


def test_one_pdf_per_recipient_and_cancel_leaves_only_whole_files(demo_db: Database, tmp_path: Path) -> None:
    chosen = _schools_with_headmasters(demo_db, 4)
    issued = circulars.issue_circular(demo_db, _draft(demo_db, chosen))
    files = circulars.save_copies(demo_db, issued.entry_id, tmp_path / "all")
    assert len(files) == 4 and all(len(PdfReader(f).pages) == 1 for f in files)
    assert all(f.name.startswith("DDPI-KVD-ACAD-2026-27-0001_") for f in files)

    cancel = threading.Event()

    def stop_after_two(done: int, _total: int, _message: str) -> None:
        if done == 2:
            cancel.set()

    with pytest.raises(CancelledError):
        circulars.save_copies(
            demo_db, issued.entry_id, tmp_path / "some", progress=Progress(stop_after_two, cancel)
        )
    written = sorted((tmp_path / "some").iterdir())
    assert len(written) == 2 and all(not f.name.endswith(".partial") for f in written)
    assert all(len(PdfReader(f).pages) == 1 for f in written)


def test_superseding_issues_a_new_number_marks_the_old_one_and_says_so(demo_db: Database) -> None:
    from dataclasses import replace as copy_with

    chosen = _schools_with_headmasters(demo_db, 2)
    first = circulars.issue_circular(demo_db, _draft(demo_db, chosen))
    basis = circulars.basis_of(demo_db, first.entry_id)
    assert (basis.section, basis.subject, basis.number) == (
        "ACAD",
        "Community School Day on {event_date}",
        first.number,
    )
    corrected = copy_with(
        _draft(demo_db, chosen, body=basis.body + "\nVenue: the school ground."), supersedes=first.entry_id
    )
    second = circulars.issue_circular(demo_db, corrected)
    assert second.number.endswith("/0002")
    assert f"This supersedes No. {first.number} dated 23/11/2026." in _text(second.pdf)[0]
    old, new = (
        dispatch.register_entry(demo_db, first.entry_id),
        dispatch.register_entry(demo_db, second.entry_id),
    )
    assert (old.status, old.superseded_by) == ("superseded", second.number)
    assert (new.status, new.superseded_by) == ("issued", None)
    from desktop.services.errors import ConflictError

    with pytest.raises(ConflictError, match="only an issued document can be superseded"):
        circulars.issue_circular(demo_db, copy_with(corrected, supersedes=first.entry_id))
    assert _numbered(demo_db) == [first.number, second.number]  # the refused one took no number


def test_the_preview_of_a_superseding_circular_shows_which_one_it_replaces(demo_db: Database) -> None:
    from dataclasses import replace as copy_with

    chosen = _schools_with_headmasters(demo_db, 1)
    first = circulars.issue_circular(demo_db, _draft(demo_db, chosen))
    (page,) = _text(circulars.preview(demo_db, copy_with(_draft(demo_db, chosen), supersedes=first.entry_id)))
    assert f"This supersedes No. {first.number} dated 23/11/2026." in page
