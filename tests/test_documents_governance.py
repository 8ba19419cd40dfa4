"""Committee documents rendered and read back: the members' contact sheet, the minutes of a meeting
(draft and approved, with a discussion running over pages) and the action-item status report as
PDF and XLSX. Names in Kannada, Hindi and Marathi must come out shaped, never as dotted circles."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace
from datetime import date, datetime, time

import openpyxl
import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from desktop.documents.action_report import action_report_pdf, action_report_xlsx
from desktop.documents.contact_sheet import breakable_markup, readable_phone, render_contact_sheet
from desktop.documents.errors import DocumentError
from desktop.documents.governance_data import (
    ActionLine,
    ActionReport,
    AgendaEntry,
    Attendee,
    BodyHeading,
    ContactSheet,
    Correction,
    MemberLine,
    Minutes,
    RaisedAction,
    ReviewedAction,
    SignatureLine,
    clock,
    long_date,
)
from desktop.documents.letterhead import Letterhead
from desktop.documents.minutes_document import render_minutes
from tests.test_documents_shaping import harfbuzz_sequence

TODAY = date(2026, 11, 23)
EVIL = '=HYPERLINK("http://evil.example","Click")'
KANNADA_FONT, DEVANAGARI_FONT = "NotoSansKannada-Regular.ttf", "NotoSansDevanagari-Regular.ttf"

LETTERHEAD = Letterhead(
    office_name="Office of the Deputy Commissioner, Uttara Kannada",
    office_name_local="ಜಿಲ್ಲಾಧಿಕಾರಿಗಳ ಕಾರ್ಯಾಲಯ, ಉತ್ತರ ಕನ್ನಡ",
    address="Kodibag Road, Karwar 581301",
    contact="Ph 08382-226300, dc.karwar@example.in",
)
TASK_FORCE = BodyHeading(
    name="District Task Force",
    kind="District Task Force",
    level="District",
    unit="Uttara Kannada district",
    name_local="ಜಿಲ್ಲಾ ಕಾರ್ಯಪಡೆ",
    constituting_order="DC/UKD/EDN/2026-27/0012",
)
BLOCKS = ("Karwar", "Ankola", "Kumta", "Honnavar", "Bhatkal", "Sirsi", "Siddapur", "Yellapur", "Mundgod")
CHAIR = MemberLine(
    "Smt. Savitha K. Patil",
    "Chair",
    "ಶ್ರೀಮತಿ ಸವಿತಾ ಕೆ. ಪಾಟೀಲ",
    "Office of the Deputy Commissioner",
    "Deputy Commissioner",
    "+91 94480 12345",
    "dc.karwar@example.in",
)
SECRETARY = MemberLine(
    "Sri Ramesh Gowda",
    "Member secretary",
    "ಶ್ರೀ ರಮೇಶ ಗೌಡ",
    "Office of the DDPI, Karwar",
    "Deputy Director of Public Instruction",
    "08382-226001",
    "district.programme.coordinator.samagra@example.in",
)
PRATHAM = MemberLine(
    "Dr. Sunita Deshmukh",
    "Member",
    "डॉ. सुनीता देशमुख",
    "प्रथम शिक्षा फाउंडेशन",
    "State Programme Head",
    "+91 98450 22110",
    "sunita.d@example.org",
)
MARATHI = MemberLine(
    "Sri Vijay Kulkarni",
    "Special invitee",
    "श्री. विजय कुलकर्णी",
    "ಅಕ್ಷರ ಪಥ ಪ್ರತಿಷ್ಠಾನ",
    "Programme Officer",
    None,
    None,
)
BEOS = tuple(
    MemberLine(
        f"Sri BEO of {block}",
        "Member",
        None,
        f"Office of the BEO, {block}",
        "Block Education Officer",
        f"08382-2300{n:02d}",
        f"beo.{block.lower()}@example.in",
    )
    for n, block in enumerate(BLOCKS * 3, start=1)
)
SHEET = ContactSheet(LETTERHEAD, TASK_FORCE, TODAY, (CHAIR, SECRETARY, PRATHAM, MARATHI, *BEOS))


def words(pdf: bytes) -> str:
    """Every page's text with whitespace collapsed; NFKC undoes the shaper's ligatures."""
    pages = [unicodedata.normalize("NFKC", page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]
    return " ".join(" ".join(pages).split())


def page_words(pdf: bytes) -> list[str]:
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in PdfReader(io.BytesIO(pdf)).pages
    ]


def glyph_text(pdf: bytes) -> str:
    document = pdfium.PdfDocument(pdf)
    return "".join(document[i].get_textpage().get_text_range() for i in range(len(document)))


def appears_shaped(pdf: bytes, word: str, font_file: str) -> bool:
    """The glyphs HarfBuzz chooses for ``word`` are somewhere in the PDF, in its order."""
    # pdfium may guess a space between glyphs of one word; spaces are not what is compared.
    text = "".join(glyph_text(pdf).split())
    expected = [e for e in harfbuzz_sequence(word, font_file) if e is None or not e.isspace()]
    return any(
        all(e is None or e == text[start + k] for k, e in enumerate(expected))
        for start in range(len(text) - len(expected) + 1)
    )


def bold_texts(pdf: bytes) -> str:
    """The text set in a bold font, run after run."""
    found: list[str] = []

    def visit(text: str, _cm: object, _tm: object, font: object, _size: object) -> None:
        if font is not None and "Bold" in str(font.get("/BaseFont", "")):  # type: ignore[attr-defined]
            found.append(text)

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return " ".join(" ".join(found).split())


# --- the contact sheet ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sheet_pdf() -> bytes:
    return render_contact_sheet(SHEET)


def test_contact_sheet_lists_every_member_with_the_body_and_page_numbers(sheet_pdf: bytes) -> None:
    text = words(sheet_pdf)
    assert "Members of the District Task Force, Uttara Kannada district — as on 23 November 2026" in text
    assert "District Task Force · District level · Uttara Kannada district" in text
    assert "Constituted by order No. DC/UKD/EDN/2026-27/0012" in text
    assert "31 members" in text
    for heading in ("No.", "Name", "Role", "Representing", "Designation", "Phone", "E-mail"):
        assert heading in text
    assert "Smt. Savitha K. Patil" in text and "Deputy Commissioner" in text and "+91 94480 12345" in text
    assert "Member secretary" in text and "Special invitee" in text and "Sri BEO of Mundgod" in text
    pages = page_words(sheet_pdf)
    assert len(pages) == 2
    assert "Page 1 of 2" in pages[0] and "Page 2 of 2" in pages[1]
    # The header row comes again on page 2, and later pages carry the running head.
    assert "Representing" in pages[1] and "Members of the District Task Force — as on 23/11/2026" in pages[1]


def test_contact_sheet_rows_keep_the_order_given(sheet_pdf: bytes) -> None:
    text = words(sheet_pdf)
    positions = [
        text.index(name) for name in ("Smt. Savitha K. Patil", "Sri Ramesh Gowda", "Dr. Sunita Deshmukh")
    ]
    assert positions == sorted(positions)
    reordered = words(render_contact_sheet(replace(SHEET, members=(PRATHAM, CHAIR))))
    assert reordered.index("Dr. Sunita Deshmukh") < reordered.index("Smt. Savitha K. Patil")


def test_contact_sheet_prints_local_names_shaped(sheet_pdf: bytes) -> None:
    assert appears_shaped(sheet_pdf, "ಶ್ರೀಮತಿ", KANNADA_FONT)
    assert appears_shaped(sheet_pdf, "ಪ್ರತಿಷ್ಠಾನ", KANNADA_FONT)
    assert appears_shaped(sheet_pdf, "सुनीता", DEVANAGARI_FONT)
    assert appears_shaped(sheet_pdf, "कुलकर्णी", DEVANAGARI_FONT)
    assert "\u25cc" not in glyph_text(sheet_pdf)  # no dotted circle: every mark found its letter


def test_long_email_breaks_at_its_dots_to_fit_the_column(sheet_pdf: bytes) -> None:
    markup = breakable_markup("district.programme.coordinator.samagra@example.in", 60, 8.5)
    assert markup.count("<br/>") >= 2
    assert breakable_markup("dc@example.in", 200, 8.5).count("<br/>") == 0
    text = "".join(words(sheet_pdf).split())
    assert "district.programme.coordinator.samagra@example.in" in text


def test_empty_body_prints_a_sheet_saying_so() -> None:
    text = words(
        render_contact_sheet(replace(SHEET, members=(), body=replace(TASK_FORCE, constituting_order=None)))
    )
    assert "0 members" in text and "No member on this date." in text and "Constituted" not in text


# --- the minutes ---------------------------------------------------------------------------------

LONG_DISCUSSION = "\n".join(
    [
        f"{n}. The Block Education Officer of {BLOCKS[n % len(BLOCKS)]} reported that attendance in "
        "the primary schools of the block fell in the monsoon months, when several habitations are "
        "cut off; the learning camps planned for December will need transport for children from "
        "those habitations, and the Zilla Panchayat was requested to consider it in its plan."
        for n in range(1, 31)
    ]
    + [
        "ಶಾಲೆಗಳಲ್ಲಿ ಮಕ್ಕಳ ಹಾಜರಾತಿ ಕಡಿಮೆಯಾಗಿರುವ ಬಗ್ಗೆ ಕ್ಷೇತ್ರ ಶಿಕ್ಷಣಾಧಿಕಾರಿಗಳು ವರದಿ ಸಲ್ಲಿಸಿದರು.",
        "जिला शिक्षा अधिकारी ने बताया कि सभी विद्यालयों में पुस्तकालय की व्यवस्था की जा रही है।",
    ]
)
MINUTES = Minutes(
    letterhead=LETTERHEAD,
    title="Monthly review meeting — November 2026",
    meeting_date=date(2026, 11, 11),
    body=TASK_FORCE,
    start_time=time(11, 0),
    end_time=time(13, 30),
    venue="Meeting hall, Deputy Commissioner's office, Karwar",
    chair="Smt. Savitha K. Patil, Deputy Commissioner",
    attendees=(
        Attendee("Smt. Savitha K. Patil", "present", "Deputy Commissioner", "Chair"),
        Attendee("Sri Ramesh Gowda", "present", "DDPI", "Member secretary"),
        Attendee("ಶ್ರೀ ಮಂಜುನಾಥ ಹೆಗಡೆ", "present", "BEO, Sirsi", "Member"),
        Attendee(
            "Dr. Ramesh Naik",
            "represented",
            "District Health Officer",
            "Member",
            represented_by="Sri Mohan Rao, RCH Officer",
        ),
        Attendee("Sri BEO of Joida", "absent", "Block Education Officer", "Member"),
        Attendee("डॉ. सुनीता देशमुख", "guest", "Pratham Education Foundation"),
    ),
    agenda=(
        AgendaEntry(
            "Confirmation of the minutes of the meeting held on 14/10/2026 and review of the action items still open",
            decisions="The minutes of 14/10/2026 were confirmed with the correction recorded below.",
        ),
        AgendaEntry(
            "Attendance in the monsoon months and the December learning camps",
            discussion=LONG_DISCUSSION,
            decisions=(
                "- BEOs send habitation-wise lists of children needing transport by 30/11/2026.\n"
                "- The DDPI office prepares the camp calendar.\n"
                "- ಕ್ಷೇತ್ರ ಶಿಕ್ಷಣಾಧಿಕಾರಿಗಳು ಶಿಬಿರಗಳಿಗೆ ಭೇಟಿ ನೀಡುವುದು."
            ),
            presenter="Sri Ramesh Gowda",
        ),
        AgendaEntry("Any other matter", discussion="None was raised."),
    ),
    corrections=(
        Correction(date(2026, 10, 14), "In item 3, read '42 schools' for '24 schools'.", item=1),
        Correction(date(2026, 9, 9), "The venue was the Zilla Panchayat hall, not the DC office."),
    ),
    raised=(
        RaisedAction("Send habitation-wise transport lists", "All BEOs", date(2026, 11, 30)),
        RaisedAction("ಶಿಬಿರಗಳ ವೇಳಾಪಟ್ಟಿ ಸಿದ್ಧಪಡಿಸುವುದು", "Sri Ramesh Gowda", date(2026, 12, 5)),
    ),
    reviewed=(
        ReviewedAction(
            "Repair the toilets of GHPS Kadra",
            "BEO, Karwar",
            date(2026, 10, 30),
            "open",
            "District Task Force",
            date(2026, 9, 9),
            overdue_days=12,
            note="Tender delayed; reminder sent.",
        ),
        ReviewedAction(
            "Supply library books to 40 schools",
            "DDPI",
            date(2026, 11, 30),
            "open",
            "Block review group, Bhatkal",
            date(2026, 10, 14),
        ),
        ReviewedAction(
            "पुस्तकालय सूची तैयार करना",
            "डॉ. सुनीता देशमुख",
            date(2026, 10, 20),
            "done",
            "District Task Force",
            date(2026, 10, 14),
            overdue_days=5,  # done late: no longer marked overdue
        ),
    ),
    signatures=(
        SignatureLine("Chair", "Smt. Savitha K. Patil", "Deputy Commissioner"),
        SignatureLine("Member secretary", "Sri Ramesh Gowda", "Deputy Director of Public Instruction"),
    ),
)
APPROVED = replace(MINUTES, approved_on=date(2026, 11, 20), approved_by="Smt. Savitha K. Patil")


@pytest.fixture(scope="module")
def draft_pdf() -> bytes:
    return render_minutes(MINUTES)


def test_minutes_print_the_meeting_and_attendance_in_groups(draft_pdf: bytes) -> None:
    text = words(draft_pdf)
    assert "MINUTES" in text and "Monthly review meeting — November 2026" in text
    assert "District Task Force · District level · Uttara Kannada district" in text
    assert "Date 11/11/2026 (Wednesday)" in text and "Time 11:00 AM to 1:30 PM" in text
    assert "Venue Meeting hall, Deputy Commissioner's office, Karwar" in text
    assert "Chair Smt. Savitha K. Patil, Deputy Commissioner" in text
    assert "Members present (3)" in text and "Smt. Savitha K. Patil, Deputy Commissioner (Chair)" in text
    assert "Members represented (1)" in text
    assert (
        "Dr. Ramesh Naik, District Health Officer (Member) represented by Sri Mohan Rao, RCH Officer" in text
    )
    assert "Members absent (1)" in text and "Sri BEO of Joida" in text
    assert "Guests (1)" in text and "Pratham Education Foundation" in text
    groups = [text.index(g) for g in ("Members present", "Members represented", "Members absent", "Guests")]
    assert groups == sorted(groups)


def test_minutes_print_agenda_decisions_and_corrections(draft_pdf: bytes) -> None:
    text = words(draft_pdf)
    assert "Item 1. Confirmation of the minutes of the meeting held on 14/10/2026" in text
    assert "Item 2. Attendance in the monsoon months" in text and "Presented by Sri Ramesh Gowda" in text
    assert "Decision: The minutes of 14/10/2026 were confirmed" in text  # one line: no list
    assert "Decisions:" in text and "• BEOs send habitation-wise lists" in text
    assert "- BEOs" not in text  # the typed dash became the bullet
    assert "Correction to the minutes of 14/10/2026: In item 3, read '42 schools' for '24 schools'." in text
    # Under item 1, before item 2; a correction tied to no item gets its own section.
    assert text.index("read '42 schools'") < text.index("Item 2.")
    assert "Corrections to earlier minutes Correction to the minutes of 09/09/2026:" in text


def test_long_discussion_runs_over_pages_and_every_page_is_numbered(draft_pdf: bytes) -> None:
    pages = page_words(draft_pdf)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
    text = " ".join(pages)
    assert all(f"{n}. The Block Education Officer" in text for n in (1, 15, 30))
    assert "Item 3. Any other matter" in pages[-1] or "Item 3. Any other matter" in pages[-2]


def test_minutes_print_both_action_tables_with_overdue_marks(draft_pdf: bytes) -> None:
    text = words(draft_pdf)
    assert "Action items raised in this meeting No. Action Owner Due date" in text
    assert "Send habitation-wise transport lists All BEOs 30/11/2026" in text
    assert "Action items carried forward and reviewed" in text
    assert "Repair the toilets of GHPS Kadra" in text and "Tender delayed; reminder sent." in text
    assert "overdue by 12 days" in text and "overdue by 12 days" in bold_texts(draft_pdf)
    assert "Block review group, Bhatkal, 14/10/2026" in text
    assert text.count("overdue by") == 1  # not the one due later, nor the one done
    assert "Done" in text


def test_draft_minutes_are_marked_on_every_page_and_approved_ones_say_by_whom(draft_pdf: bytes) -> None:
    pages = page_words(draft_pdf)
    assert all("DRAFT — NOT APPROVED" in page for page in pages)
    assert "Draft minutes: not yet approved." in pages[0]
    approved = words(render_minutes(APPROVED))
    assert "Approved on 20/11/2026 by Smt. Savitha K. Patil" in approved
    assert "DRAFT" not in approved and "not yet approved" not in approved


def test_minutes_sign_off_for_the_chair_and_member_secretary(draft_pdf: bytes) -> None:
    last = page_words(draft_pdf)[-1]
    assert "Smt. Savitha K. Patil Deputy Commissioner Chair" in last or "Chair" in last
    assert "Deputy Director of Public Instruction" in last and "Member secretary" in last
    blank = words(
        render_minutes(replace(MINUTES, signatures=(SignatureLine("Chair"), SignatureLine("Convenor"))))
    )
    assert "______ Chair" in blank and "______ Convenor" in blank


def test_minutes_text_in_kannada_and_devanagari_is_shaped(draft_pdf: bytes) -> None:
    assert appears_shaped(draft_pdf, "ಕ್ಷೇತ್ರ", KANNADA_FONT)
    assert appears_shaped(draft_pdf, "ಶಿಕ್ಷಣಾಧಿಕಾರಿಗಳು", KANNADA_FONT)
    assert appears_shaped(draft_pdf, "ಶ್ರೀ", KANNADA_FONT)
    assert appears_shaped(draft_pdf, "विद्यालयों", DEVANAGARI_FONT)
    assert appears_shaped(draft_pdf, "पुस्तकालय", DEVANAGARI_FONT)
    assert "\u25cc" not in glyph_text(draft_pdf)


def test_a_very_long_action_runs_on_to_the_next_page() -> None:
    huge = " ".join(["Collect and verify the enrolment returns of every school in the block."] * 80)
    minutes = replace(MINUTES, agenda=(), raised=(RaisedAction(huge, "All BEOs", date(2026, 12, 1)),))
    pdf = render_minutes(minutes)
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 2
    pages = page_words(pdf)
    assert pages[1].count("Collect") + pages[2].count("Collect") == 80  # the row split between pages
    assert pages[2].startswith("No. Action Owner Due date")  # with its header row repeated
    assert words(pdf).count("in the block.") == 80


def test_minutes_refuse_what_cannot_be_printed() -> None:
    with pytest.raises(DocumentError, match="no title"):
        render_minutes(replace(MINUTES, title="  "))
    with pytest.raises(DocumentError, match="Sri X's attendance is 'late'"):
        render_minutes(replace(MINUTES, attendees=(Attendee("Sri X", "late"),)))
    bad = replace(MINUTES.reviewed[0], status="pending")
    with pytest.raises(DocumentError, match="'Repair the toilets of GHPS Kadra' has the status 'pending'"):
        render_minutes(replace(MINUTES, reviewed=(bad,)))


def test_minutes_without_body_agenda_or_actions_still_print() -> None:
    bare = Minutes(LETTERHEAD, "Meeting with SDMC presidents", date(2026, 11, 23))
    text = words(render_minutes(bare))
    assert "Attendance was not recorded." in text and "No agenda item was recorded." in text
    assert text.count("None.") == 2 and "Page 1 of 1" in text and "Time" not in text


def test_the_same_input_gives_the_same_bytes() -> None:
    assert render_minutes(MINUTES) == render_minutes(MINUTES)
    assert render_contact_sheet(SHEET) == render_contact_sheet(SHEET)
    assert action_report_pdf(REPORT) == action_report_pdf(REPORT)


def test_date_and_time_words() -> None:
    assert long_date(date(2026, 11, 3)) == "3 November 2026"
    assert [clock(t) for t in (time(0, 5), time(9, 30), time(12, 0), time(17, 45))] == [
        "12:05 AM", "9:30 AM", "12:00 PM", "5:45 PM",
    ]  # fmt: skip


# --- the action-item report ----------------------------------------------------------------------


def _item(
    description: str, owner: str, body: str, level: str, status: str = "open", **more: object
) -> ActionLine:
    values: dict[str, object] = {
        "unit": {"district": "Uttara Kannada district", "block": "Bhatkal block"}.get(
            level, "Murdeshwar cluster"
        ),
        "raised_on": date(2026, 10, 14),
        "due_date": date(2026, 11, 30),
    }
    values.update(more)
    return ActionLine(description, owner, body, level, status=status, **values)  # type: ignore[arg-type]


ITEMS = (
    _item(
        "Repair the toilets of GHPS Kadra",
        "BEO, Karwar",
        "District Task Force",
        "district",
        due_date=date(2026, 10, 30),
        overdue_days=24,
        note="Tender delayed; reminder sent.",
    ),
    _item("Supply library books to 40 schools", "DDPI", "District Task Force", "district"),
    _item(
        EVIL,
        "ಶ್ರೀ ಮಂಜುನಾಥ ಹೆಗಡೆ",
        "Block review group, Bhatkal",
        "block",
        due_date=date(2026, 11, 20),
        overdue_days=3,
    ),
    _item(
        "पुस्तकालय सूची तैयार करना",
        "डॉ. सुनीता देशमुख",
        "Block review group, Bhatkal",
        "block",
        "done",
        overdue_days=9,
    ),
    _item(
        "Map out-of-school children",
        "CRP, Murdeshwar",
        "Cluster review group, Murdeshwar",
        "cluster",
        "dropped",
    ),
    _item("Hold the cluster learning fair", "CRP, Murdeshwar", "Cluster review group, Murdeshwar", "cluster"),
)
REPORT = ActionReport(LETTERHEAD, TODAY, ITEMS, filters="Level: district and below · Owner: any")


@pytest.fixture(scope="module")
def report_pdf() -> bytes:
    return action_report_pdf(REPORT)


def test_action_report_is_landscape_with_title_filters_and_totals(report_pdf: bytes) -> None:
    box = PdfReader(io.BytesIO(report_pdf)).pages[0].mediabox
    assert box.width > box.height
    text = words(report_pdf)
    assert "Action items — status as on 23 November 2026" in text
    assert "Showing: Level: district and below · Owner: any" in text
    assert "Items: 6 · Open: 4 (overdue: 2) · Done: 1 · Dropped: 1" in text
    assert "Page 1 of" in text
    assert "Showing: all action items" in words(action_report_pdf(replace(REPORT, filters="")))


def test_action_report_summaries_by_owner_body_and_level(report_pdf: bytes) -> None:
    text = words(report_pdf)
    assert "By owner Owner Open of which overdue Done Dropped Total" in text
    assert "CRP, Murdeshwar 1 0 0 1 2" in text and "DDPI 1 0 0 0 1" in text
    assert "By body Body Open" in text and "District Task Force 2 1 0 0 2" in text
    assert "Block review group, Bhatkal 1 1 1 0 2" in text
    assert "By level Level Open" in text
    # District first, then block, then cluster; and a total row under each table.
    assert "District 2 1 0 0 2 Block 1 1 1 0 2 Cluster 1 0 0 1 2 Total 4 2 1 1 6" in text
    assert text.count("Total 4 2 1 1 6") == 3


def test_action_report_lists_open_items_in_order_with_overdue_ones_marked(report_pdf: bytes) -> None:
    text = words(report_pdf)
    assert "Open action items (4, of which 2 overdue)" in text
    detail = text[text.index("Open action items (4") :]
    order = [
        detail.index(d) for d in ("Repair the toilets", "Supply library books", "HYPERLINK", "learning fair")
    ]
    assert order == sorted(order)
    assert "पुस्तकालय सूची" not in detail and "Map out-of-school children" not in detail  # not open
    assert "24 days" in detail and "3 days" in detail and "District · Uttara Kannada district" in detail
    bold = bold_texts(report_pdf)
    assert "Repair the toilets of GHPS Kadra" in bold and "24 days" in bold
    assert "Supply library books" not in bold  # not overdue: not bold
    assert appears_shaped(report_pdf, "ಮಂಜುನಾಥ", KANNADA_FONT)
    assert "\u25cc" not in glyph_text(report_pdf)


def test_action_report_refuses_unknown_codes() -> None:
    with pytest.raises(DocumentError, match="level 'taluk'"):
        action_report_pdf(replace(REPORT, items=(replace(ITEMS[0], level="taluk"),)))
    with pytest.raises(DocumentError, match="status 'closed'"):
        action_report_xlsx(replace(REPORT, items=(replace(ITEMS[0], status="closed"),)))


def test_action_report_xlsx_has_the_same_tables_and_no_formulas() -> None:
    book = openpyxl.load_workbook(
        io.BytesIO(action_report_xlsx(replace(REPORT, filters="=cmd|' /C calc'!A0")))
    )
    assert book.sheetnames == ["Open items", "By owner", "By body", "By level", "About"]
    detail = book["Open items"]
    assert [c.value for c in detail[1]] == [
        "No.", "Action", "Owner", "Body", "Level", "Unit", "Raised on", "Due date", "Overdue (days)",
        "Latest remark",
    ]  # fmt: skip
    rows = [[c.value for c in row] for row in detail.iter_rows(min_row=2)]
    assert len(rows) == 4 and rows[0][1] == "Repair the toilets of GHPS Kadra"
    assert rows[0][7] == datetime(2026, 10, 30) and detail["H2"].number_format == "DD/MM/YYYY"
    assert rows[0][8] == 24 and rows[1][8] is None and rows[0][9] == "Tender delayed; reminder sent."
    assert detail["B2"].font.bold and detail["I2"].font.color.rgb.endswith("C62828")
    assert not detail["B3"].font.bold
    evil = detail["B4"]
    assert evil.data_type == "s" and evil.value == "'" + EVIL
    assert rows[2][2] == "ಶ್ರೀ ಮಂಜುನಾಥ ಹೆಗಡೆ"
    by_level = [[c.value for c in row] for row in book["By level"].iter_rows()]
    assert by_level == [
        ["Level", "Open", "of which overdue", "Done", "Dropped", "Total"],
        ["District", 2, 1, 0, 0, 2],
        ["Block", 1, 1, 1, 0, 2],
        ["Cluster", 1, 0, 0, 1, 2],
        ["Total", 4, 2, 1, 1, 6],
    ]
    owners = [row[0].value for row in book["By owner"].iter_rows(min_row=2)]
    assert owners[-1] == "Total" and "डॉ. सुनीता देशमुख" in owners
    about = {row[0].value: row[1].value for row in book["About"].iter_rows()}
    assert about["Showing"] == "'=cmd|' /C calc'!A0" and about["As on"] == datetime(2026, 11, 23)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f"


@pytest.mark.parametrize(
    ("stored", "printed"),
    [("+919448012345", "+91 94480 12345"), ("08182-222333", "08182-222333"), (None, None)],
)
def test_mobile_numbers_print_in_groups_so_they_never_break_mid_number(
    stored: str | None, printed: str | None
) -> None:
    assert readable_phone(stored) == printed
