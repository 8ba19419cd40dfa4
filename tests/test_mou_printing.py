"""Printing for MoUs: the MoU itself in four languages, the register as PDF and XLSX, and the
letter authorising the partner in the schools it covers."""

from __future__ import annotations

import io
import unicodedata
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from db.models import Office, School
from desktop.documents.circular import Signatory
from desktop.documents.mou_labels import indian_grouping, rupees
from desktop.documents.spreadsheet_cells import safe_text
from desktop.services import circulars, geography
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.mous import lifecycle, printing, register, reports
from desktop.services.mous.coverage import Coverage
from desktop.services.mous.lifecycle import AmendmentInput
from desktop.services.mous.listing import MouFilter
from desktop.services.mous.vocabulary import DATA_CATEGORIES
from desktop.services.organisations import OrganisationInput, create_organisation, get_organisation
from tests.mou_fixtures import TODAY, mou_input, partner, signed_by_all
from tests.test_documents_shaping import harfbuzz_sequence

SIGNED_ON = date(2026, 5, 20)
SIGNATORY = Signatory("Savitha K. Patil", "Deputy Director of Public Instruction")
EVIL = '=HYPERLINK("http://evil.example","Click")'


def _create(db: Database, **changes: Any) -> int:
    data = signed_by_all(mou_input(db, **changes), SIGNED_ON)
    return register.create_mou(db, data, today=TODAY).id


def _activate(db: Database, mou_id: int) -> None:
    lifecycle.submit_for_review(db, mou_id, today=TODAY)
    lifecycle.mark_signed(db, mou_id, today=TODAY)
    lifecycle.activate(db, mou_id, today=TODAY, overlap_reason="Different grades from the demo MoUs")


def _words(pdf: bytes) -> str:
    """Every page's text with whitespace collapsed (table cells wrap anywhere)."""
    pages = [unicodedata.normalize("NFKC", page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]
    return " ".join(" ".join(pages).split())


def _font_names(pdf: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        names |= {str(font.get_object()["/BaseFont"]) for font in page["/Resources"]["/Font"].values()}
    return names


def _appears_shaped(pdf: bytes, word: str, font_file: str) -> bool:
    """The glyphs HarfBuzz chooses for ``word`` are somewhere in the PDF, in its order."""
    document = pdfium.PdfDocument(pdf)
    text = "".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    expected = harfbuzz_sequence(word, font_file)
    return any(
        all(e is None or e == text[start + k] for k, e in enumerate(expected))
        for start in range(len(text) - len(expected) + 1)
    )


# --- the MoU -----------------------------------------------------------------------------------


def test_english_mou_prints_every_part(demo_db: Database) -> None:
    mou_id = _create(demo_db, text=printing.default_mou_text("en"), funded=True, funding_amount=1_250_000)
    detail = register.get_mou(demo_db, mou_id)
    pdf = printing.mou_pdf(demo_db, mou_id)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    text = _words(pdf)
    assert pages >= 2 and f"Page {pages} of {pages}" in text
    assert detail.data.reference in text and detail.data.title in text
    assert detail.partner_names[0] in text
    assert get_organisation(demo_db, partner(demo_db)).address in text
    for signatory in detail.data.signatories:
        assert signatory.name in text and signatory.designation in text
    assert "Date: 20/05/2026" in text
    for share in detail.data.data_shares:
        assert DATA_CATEGORIES[share.category] in text and share.purpose in text
    assert "Baseline report" in text and "% of students achieving reading competencies" in text
    assert "₹12,50,000" in text
    assert "valid from 01/06/2026 to 31/05/2027" in text
    # Placeholders are filled from the MoU; none is left in braces.
    assert f"{detail.office_name} and {detail.partner_names[0]} enter into" in text
    assert "{" not in text and "DRAFT — NOT SIGNED" in text  # still a draft


def test_unsigned_signatory_gets_a_blank_date_and_signed_mou_is_not_marked_draft(demo_db: Database) -> None:
    data = mou_input(demo_db)
    mou_id = register.create_mou(demo_db, data, today=TODAY).id
    assert "Date: ______" in _words(printing.mou_pdf(demo_db, mou_id))
    signed = _create(demo_db, reference="DDPI/KVD/MOU/2026/92")
    _activate(demo_db, signed)
    assert "DRAFT" not in _words(printing.mou_pdf(demo_db, signed))


def test_kannada_mou_is_set_in_noto_sans_kannada_and_shaped(demo_db: Database) -> None:
    mou_id = _create(demo_db, language="kn", text=printing.default_mou_text("kn"))
    pdf = printing.mou_pdf(demo_db, mou_id)
    fonts = _font_names(pdf)
    assert any("NotoSansKannada-Regular" in name for name in fonts), fonts
    assert any("NotoSansKannada-Bold" in name for name in fonts), fonts  # the headings
    # Paragraph text: a conjunct-laden word from the default clauses comes out as HarfBuzz shapes it.
    assert _appears_shaped(pdf, "ಶಿಕ್ಷಕರನ್ನು", "NotoSansKannada-Regular.ttf")
    assert _appears_shaped(pdf, "ಕ್ಷೇತ್ರದಲ್ಲಿ", "NotoSansKannada-Regular.ttf")
    text = _words(pdf)
    assert "ಶಿಕ್ಷಕರನ್ನು" not in text  # unshaped, the word would come back letter for letter
    assert "DDPI/KVD/MOU/2026/01" in text and "Savitha K. Patil" in text and "Ramesh Gowda" in text
    assert "Parties" in text and "Data sharing" in text  # headings carry the English too
    assert "12 " in text and "24 " in text  # months kept, beside the Kannada word


@pytest.mark.parametrize("language", ["hi", "mr"])
def test_hindi_and_marathi_mous_print_in_devanagari(demo_db: Database, language: str) -> None:
    mou_id = _create(demo_db, language=language, text=printing.default_mou_text(language))
    pdf = printing.mou_pdf(demo_db, mou_id)
    assert any("NotoSansDevanagari" in name for name in _font_names(pdf))
    assert _appears_shaped(pdf, "शिक्षक" if language == "hi" else "शिक्षकाची", "NotoSansDevanagari-Regular.ttf")
    text = _words(pdf)
    assert "DDPI/KVD/MOU/2026/01" in text and "Ramesh Gowda" in text


def test_an_unknown_placeholder_is_refused_naming_it(demo_db: Database) -> None:
    mou_id = _create(demo_db, text="1. {partner} works with {ofice} from {start_date}.")
    with pytest.raises(ValidationError) as caught:
        printing.mou_pdf(demo_db, mou_id)
    message = caught.value.field_errors["text"]
    assert "{ofice}" in message and "did you mean {office}?" in message and "line 1" in message
    bad_markup = _create(demo_db, reference="DDPI/KVD/MOU/2026/92", text="| a | b |\n| c |")
    with pytest.raises(ValidationError, match="line 2"):
        printing.mou_pdf(demo_db, bad_markup)


def test_default_text_exists_in_every_language_and_uses_known_placeholders(demo_db: Database) -> None:
    for language in ("en", "kn", "hi", "mr"):
        text = printing.default_mou_text(language)
        assert "{partner}" in text and "{end_date}" in text
    with pytest.raises(ValidationError, match="ta"):
        printing.default_mou_text("ta")


def test_many_schools_are_listed_in_a_table_and_the_whole_district_in_a_sentence(demo_db: Database) -> None:
    with demo_db.reading() as session:
        schools = list(session.scalars(select(School).order_by(School.udise_code).limit(9)))
    mou_id = _create(demo_db, coverage=Coverage(school_ids=tuple(s.id for s in schools)))
    text = _words(printing.mou_pdf(demo_db, mou_id))
    assert "UDISE code" in text and all(s.udise_code in text for s in schools)
    whole = _create(demo_db, reference="DDPI/KVD/MOU/2026/92", coverage=Coverage(whole_district=True))
    assert "The whole district: Kaveri Demo District (2,500 schools)." in _words(
        printing.mou_pdf(demo_db, whole)
    )


def test_amendments_are_printed_with_the_validity(demo_db: Database) -> None:
    mou_id = _create(demo_db)
    _activate(demo_db, mou_id)
    lifecycle.amend(
        demo_db,
        mou_id,
        AmendmentInput(date(2026, 12, 1), "Extended by six months", new_end_date=date(2027, 11, 30)),
        today=TODAY,
    )
    text = _words(printing.mou_pdf(demo_db, mou_id))
    assert "Version 2" in text and "Extended by six months" in text and "30/11/2027" in text


def test_rupees_are_grouped_the_indian_way() -> None:
    assert rupees(1_250_000) == "₹12,50,000"
    assert [indian_grouping(n) for n in (0, 999, 1000, 100_000, 123_456_789)] == [
        "0", "999", "1,000", "1,00,000", "12,34,56,789",
    ]  # fmt: skip


def test_saved_mou_pdf_is_complete(demo_db: Database, tmp_path: Path) -> None:
    mou_id = _create(demo_db)
    folder = tmp_path / "out"
    folder.mkdir()
    path = printing.save_mou_pdf(demo_db, mou_id, folder / "mou.pdf")
    assert path.read_bytes() == printing.mou_pdf(demo_db, mou_id)
    assert [p.name for p in folder.iterdir()] == ["mou.pdf"]  # no partial file left beside it


# --- the register report -----------------------------------------------------------------------


def _register(db: Database) -> tuple[int, int]:
    """An active MoU with an overdue deliverable, and a draft with a partner named like a formula."""
    active = _create(db)
    _activate(db, active)
    evil = create_organisation(db, OrganisationInput(EVIL, "NGO", address="1 Main Road"))
    draft = _create(db, reference="DDPI/KVD/MOU/2026/92", partner_ids=(evil.id,), signatories=())
    return active, draft


def test_register_pdf_is_landscape_with_a_summary(demo_db: Database) -> None:
    _register(demo_db)
    pdf = reports.register_pdf(demo_db, MouFilter(), today=TODAY)
    reader = PdfReader(io.BytesIO(pdf))
    box = reader.pages[0].mediabox
    assert box.width > box.height
    text = _words(pdf)
    assert "DDPI/KVD/MOU/2026/01" in text and "DDPI/KVD/MOU/2026/92" in text and "Akshara Pathways" in text
    assert "Expiring within 90 days" in text and "Active:" in text
    assert f"Page 1 of {len(reader.pages)}" in text
    only_drafts = _words(reports.register_pdf(demo_db, MouFilter(status="draft"), today=TODAY))
    assert "Showing: Status: Draft" in only_drafts
    assert "DDPI/KVD/MOU/2026/92" in only_drafts and "DDPI/KVD/MOU/2026/01" not in only_drafts


def test_register_xlsx_has_real_dates_obligations_and_no_formulas(demo_db: Database, tmp_path: Path) -> None:
    _register(demo_db)
    folder = tmp_path / "out"
    folder.mkdir()
    path = reports.save_register(demo_db, folder / "register.xlsx", MouFilter(), today=TODAY)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["MoUs", "Obligations due"]
    mous = book["MoUs"]
    header = [cell.value for cell in mous[1]]
    assert header[:8] == ["Reference", "Title", "Partner(s)", "Focus", "Coverage", "Start", "End", "Status"]
    assert mous.freeze_panes == "A2" and mous[1][0].font.bold
    rows = {row[0].value: row for row in mous.iter_rows(min_row=2)}
    ours = rows["DDPI/KVD/MOU/2026/01"]
    assert ours[5].is_date and ours[5].value == datetime(2026, 6, 1) and ours[5].number_format == "DD/MM/YYYY"
    assert ours[7].value == "Active" and ours[9].value == 1  # the baseline report, due 30/09/2026
    evil = rows["DDPI/KVD/MOU/2026/92"][2]
    assert evil.data_type == "s" and evil.value == "'" + EVIL
    due = book["Obligations due"]
    assert [cell.value for cell in due[1]][:5] == [
        "MoU reference",
        "Party",
        "Description",
        "Owner",
        "Due date",
    ]
    baseline = next(row for row in due.iter_rows(min_row=2) if row[2].value == "Baseline report")
    assert baseline[0].value == "DDPI/KVD/MOU/2026/01" and baseline[3].value == "Programme lead"
    assert baseline[4].value == datetime(2026, 9, 30) and baseline[6].value == "Yes"
    assert [p.name for p in folder.iterdir()] == ["register.xlsx"]
    with pytest.raises(ValidationError, match=r"\.pdf or an \.xlsx"):
        reports.save_register(demo_db, folder / "register.csv", MouFilter(), today=TODAY)


def test_formula_text_is_neutralised() -> None:
    for text in ("=1+1", "+SUM(A1)", "-2+cmd|' /C calc'!A0", "@SUM(A1)", "\tx", "\rx"):
        assert safe_text(text) == "'" + text
    # Phone numbers and signed numbers read as numbers at worst, so they stay as typed.
    for text in ("+91 98450 12345", "-5", "+1.5", "+91-80-2222 3333"):
        assert safe_text(text) == text
    assert safe_text("Akshara = reading") == "Akshara = reading"
    assert safe_text("bad\x07bell") == "badbell"


# --- the authorisation letter ------------------------------------------------------------------


def test_authorisation_letter_goes_to_every_covered_school_with_copies(demo_db: Database) -> None:
    blocks = geography.list_blocks(demo_db)
    cluster = geography.list_clusters(demo_db, blocks[2].id)[0]
    with demo_db.reading() as session:
        outside = list(session.scalars(select(School).where(School.block_id == blocks[3].id).limit(2)))
        in_cluster = set(session.scalars(select(School.id).where(School.cluster_id == cluster.id)))
        beos = {o.block_id: o.name for o in session.scalars(select(Office).where(Office.kind == "BEO"))}
    covered = in_cluster | {s.id for s in outside}
    mou_id = _create(
        demo_db, coverage=Coverage(cluster_ids=(cluster.id,), school_ids=tuple(s.id for s in outside))
    )
    _activate(demo_db, mou_id)
    draft = printing.authorisation_draft(
        demo_db, mou_id, language="en", signatory=SIGNATORY, issued_on=TODAY, section="MOU"
    )
    assert {r.id for r in draft.recipients} == covered
    assert draft.copy_to[:2] == tuple(sorted((beos[blocks[2].id], beos[blocks[3].id])))
    assert draft.copy_to[2].startswith("Akshara Pathways Foundation, ")
    issued = circulars.issue_circular(demo_db, draft)
    assert issued.number == "DDPI/KVD/MOU/2026-27/0001"
    reader = PdfReader(io.BytesIO(issued.pdf))
    assert len(reader.pages) == len(covered)
    first = " ".join(reader.pages[0].extract_text().split())
    assert issued.number in first and "Akshara Pathways Foundation" in first
    assert "School directory (names, UDISE codes, location, management)" in first
    assert "01/06/2026 to 31/05/2027" in first


def test_authorisation_letter_in_kannada_and_for_the_whole_district(demo_db: Database) -> None:
    mou_id = _create(demo_db, coverage=Coverage(whole_district=True))
    _activate(demo_db, mou_id)
    draft = printing.authorisation_draft(demo_db, mou_id, language="kn", signatory=SIGNATORY, issued_on=TODAY)
    assert len(draft.recipients) == 2500 and len(draft.copy_to) == 10 + 1
    assert draft.fields["partner"] == "ಅಕ್ಷರ ಪಥ ಪ್ರತಿಷ್ಠಾನ" and "(FLN)" in draft.fields["focus"]
    preview = circulars.preview(demo_db, draft)
    assert any("NotoSansKannada" in name for name in _font_names(preview))
    with pytest.raises(ValidationError, match="available in en, kn, hi"):
        printing.authorisation_draft(demo_db, mou_id, language="mr", signatory=SIGNATORY, issued_on=TODAY)


def test_authorisation_is_refused_for_an_mou_not_signed(demo_db: Database) -> None:
    mou_id = _create(demo_db)
    with pytest.raises(ConflictError, match=r"is draft; .* only once the MoU is signed or active"):
        printing.authorisation_draft(demo_db, mou_id, language="en", signatory=SIGNATORY, issued_on=TODAY)
