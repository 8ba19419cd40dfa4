"""Committee printing: the members' contact sheet read back from the PDF, and the office order that
constitutes or reconstitutes a body, drafted for the circular editor and recorded once issued."""

from __future__ import annotations

import io
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader

from db.models import Body
from desktop.documents.circular import Signatory
from desktop.documents.markup import TableBlock, parse_body
from desktop.services import circulars, dispatch
from desktop.services.committees import bodies, printing
from desktop.services.committees.memberships import MembershipInput, add_member, end_membership
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from tests.test_committees import FORMED, TODAY, make_body, person

SIGNATORY = Signatory("Savitha K. Patil", "Deputy Director of Public Instruction")


def seat(db: Database, body_id: int, designation: str, role: str, index: int = 0, **kw: object) -> int:
    chosen = person(db, designation, index)
    return add_member(db, body_id, MembershipInput(chosen.id, role, FORMED, **kw))  # type: ignore[arg-type]


@pytest.fixture
def dtf(demo_db: Database) -> int:
    """A District Task Force with a member secretary, a chair, an NGO member and a lecturer who left."""
    body_id = make_body(demo_db)
    seat(demo_db, body_id, "DIET Principal", "member_secretary")
    seat(demo_db, body_id, "NGO Director", "member")
    seat(demo_db, body_id, "District Collector", "chair")
    left = seat(demo_db, body_id, "DIET Lecturer", "member")
    end_membership(demo_db, left, date(2026, 9, 30), "Transferred")
    return body_id


def _text(pdf: bytes) -> str:
    """The PDF's words, spaced singly, ligatures ("ﬃ") undone."""
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _table(body: str) -> list[list[str]]:
    table = next(block for block in parse_body(body) if isinstance(block, TableBlock))
    return [["".join(span.text for span in cell) for cell in row] for row in table.rows]


# --- the contact sheet ---------------------------------------------------------------------------


def test_the_contact_sheet_lists_the_members_on_the_date(demo_db: Database, dtf: int, tmp_path) -> None:  # type: ignore[no-untyped-def]
    collector = person(demo_db, "District Collector")
    lecturer = person(demo_db, "DIET Lecturer")
    text = _text(printing.contact_sheet_pdf(demo_db, dtf, TODAY))
    assert "Members of the District Task Force" in text and "as on 23 November 2026" in text
    assert collector.name in text and "Chair" in text and "Member secretary" in text
    assert "3 members" in text and lecturer.name not in text  # left on 30/09/2026
    assert "Office of the Deputy Director of Public Instruction" in text  # the letterhead

    sheet = printing.contact_sheet(demo_db, dtf, date(2026, 9, 1))
    assert [m.role for m in sheet.members] == ["Chair", "Member secretary", "Member", "Member"]
    assert lecturer.name in [m.name for m in sheet.members]

    target = tmp_path / "members.pdf"
    assert printing.save_contact_sheet(demo_db, dtf, date(2026, 9, 1), target) == target
    saved = _text(target.read_bytes())
    assert lecturer.name in saved and "as on 1 September 2026" in saved and "4 members" in saved


def test_no_contact_sheet_before_the_body_was_formed_or_after_it_was_dissolved(
    demo_db: Database, dtf: int
) -> None:
    with pytest.raises(
        ValidationError, match=r"formed on 01/06/2026; there is no contact sheet for 31/05/2026"
    ):
        printing.contact_sheet_pdf(demo_db, dtf, date(2026, 5, 31))
    bodies.dissolve_body(demo_db, dtf, date(2026, 10, 31), None)
    with pytest.raises(
        ValidationError, match=r"dissolved on 31/10/2026; there is no contact sheet for 23/11"
    ):
        printing.contact_sheet_pdf(demo_db, dtf, TODAY)


# --- the constitution order ----------------------------------------------------------------------


def test_the_order_lists_the_members_in_role_order_and_goes_to_them(demo_db: Database, dtf: int) -> None:
    draft, person_ids = printing.constitution_order_draft(
        demo_db, dtf, on=TODAY, signatory=SIGNATORY, issued_on=TODAY
    )
    chair = person(demo_db, "District Collector")
    secretary = person(demo_db, "DIET Principal")
    director = person(demo_db, "NGO Director")
    assert draft.subject == "Constitution of the District Task Force"
    assert draft.references == ()
    assert person_ids == (chair.id, secretary.id, director.id)
    assert {r.id for r in draft.recipients} == set(person_ids)
    assert {r.kind for r in draft.recipients} == {"person"}
    rows = _table(draft.body)
    assert rows[0] == ["No.", "Name", "Designation", "Representing", "Role"]
    assert [row[1] for row in rows[1:]] == [chair.name, secretary.name, director.name]
    assert [row[4] for row in rows[1:]] == ["Chair", "Member secretary", "Member"]
    assert rows[1][0] == "1" and rows[1][2] == "District Collector" and rows[1][3] == chair.affiliation
    assert person(demo_db, "DIET Lecturer").name not in draft.body  # term ended on 30/09/2026
    assert "is hereby constituted for Kaveri Demo District with effect from 01/06/2026" in draft.body
    assert "*Purpose:* Review foundational literacy and numeracy every month." in draft.body
    assert "*Meetings:* Monthly" in draft.body and "*Level:* District — Kaveri Demo District" in draft.body
    assert "The member secretary will send the notices" in draft.body
    # Copies to the heads of the represented offices and organisations; the convening DDPI issues it.
    assert draft.copy_to[:2] == tuple(
        f"The Head of Office, {name}" for name in sorted((chair.affiliation, secretary.affiliation))
    )
    assert len(draft.copy_to) == 3 and draft.copy_to[2].startswith(f"The Head, {director.affiliation}, ")
    assert not any("Deputy Director of Public Instruction" in line for line in draft.copy_to)
    # The draft is printable as it stands.
    assert circulars.preview(demo_db, draft).startswith(b"%PDF")


def test_a_body_with_an_order_is_reconstituted_citing_it(demo_db: Database, dtf: int) -> None:
    draft, _ids = printing.constitution_order_draft(
        demo_db, dtf, on=TODAY, signatory=SIGNATORY, issued_on=TODAY
    )
    issued = circulars.issue_circular(demo_db, draft)
    printing.record_constituting_order(demo_db, dtf, issued.entry_id)
    detail = bodies.get_body(demo_db, dtf, TODAY)
    assert detail.data.constituting_order == issued.number
    with demo_db.reading() as session:
        assert session.get(Body, dtf).constituting_entry_id == issued.entry_id

    again, _ids = printing.constitution_order_draft(
        demo_db, dtf, on=date(2026, 12, 1), signatory=SIGNATORY, issued_on=date(2026, 11, 25)
    )
    assert again.subject == "Reconstitution of the District Task Force"
    assert again.references == (f"Order No. {issued.number} dated 23/11/2026",)
    assert "constituted by the order cited above, is reconstituted with effect from 01/12/2026" in again.body
    assert "hereby constituted" not in again.body
    # A number typed in by hand (an order issued before the app) is cited without a date.
    bodies.update_body(
        demo_db, dtf, bodies.BodyInput(**{**detail.data.__dict__, "constituting_order": "OLD/12"})
    )
    with demo_db.transaction() as session:
        session.get(Body, dtf).constituting_entry_id = None
    third, _ids = printing.constitution_order_draft(
        demo_db, dtf, on=TODAY, signatory=SIGNATORY, issued_on=TODAY
    )
    assert third.references == ("Order No. OLD/12",)


def test_typed_braces_and_bars_cannot_break_the_order(demo_db: Database) -> None:
    body_id = make_body(demo_db, name="Task force {FLN}", purpose="Review | report {monthly}")
    seat(demo_db, body_id, "District Collector", "chair")
    draft, _ids = printing.constitution_order_draft(
        demo_db, body_id, on=TODAY, signatory=SIGNATORY, issued_on=TODAY
    )
    text = _text(circulars.preview(demo_db, draft))
    assert "Task force {FLN}" in text and "Review | report {monthly}" in text
    # Without a member secretary, the convening office sends the notices.
    assert draft.body.splitlines()[-1].endswith(
        "The Office of the Deputy Director of Public Instruction, Kaveri Demo District will send the notices "
        "of its meetings and keep their minutes."
    )


def test_an_order_is_refused_without_members_after_dissolution_or_in_another_language(
    demo_db: Database, dtf: int
) -> None:
    empty = make_body(demo_db, name="Empty group")
    with pytest.raises(ConflictError, match=r"Empty group has no members on 23/11/2026; add its members"):
        printing.constitution_order_draft(demo_db, empty, on=TODAY, signatory=SIGNATORY, issued_on=TODAY)
    with pytest.raises(ValidationError, match="written in English only"):
        printing.constitution_order_draft(
            demo_db, dtf, on=TODAY, language="kn", signatory=SIGNATORY, issued_on=TODAY
        )
    with pytest.raises(ValidationError, match=r"formed on 01/06/2026; there is no order for 01/05/2026"):
        printing.constitution_order_draft(
            demo_db, dtf, on=date(2026, 5, 1), signatory=SIGNATORY, issued_on=TODAY
        )
    bodies.dissolve_body(demo_db, dtf, TODAY, "Work done")
    with pytest.raises(
        ConflictError, match=r"dissolved on 23/11/2026; no order constituting it can be issued"
    ):
        printing.constitution_order_draft(demo_db, dtf, on=TODAY, signatory=SIGNATORY, issued_on=TODAY)


def test_a_cancelled_order_is_not_recorded(demo_db: Database, dtf: int) -> None:
    draft, _ids = printing.constitution_order_draft(
        demo_db, dtf, on=TODAY, signatory=SIGNATORY, issued_on=TODAY
    )
    issued = circulars.issue_circular(demo_db, draft)
    dispatch.cancel(demo_db, issued.entry_id, "Wrong members")
    with pytest.raises(
        ConflictError, match=rf"Order No. {issued.number} was cancelled; it cannot be recorded"
    ):
        printing.record_constituting_order(demo_db, dtf, issued.entry_id)
    assert bodies.get_body(demo_db, dtf, TODAY).data.constituting_order is None
