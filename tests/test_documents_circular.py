"""Circulars rendered to PDF and read back: every part printed, pages numbered "x of y", later
pages headed with the dispatch number, fonts embedded, and bad input refused before printing."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace
from datetime import date
from typing import Any

import pypdfium2 as pdfium
import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.units import mm

from desktop.documents.circular import (
    MAX_LOGO_BYTES,
    Circular,
    DocumentError,
    Letterhead,
    Signatory,
    render_circular,
)
from desktop.documents.markup import MarkupError, Span
from desktop.documents.table_columns import column_widths

NUMBER = "DDPI/BGK/2026-27/0042"

ENGLISH = Circular(
    letterhead=Letterhead(
        office_name="Office of the Deputy Director of Public Instruction",
        address="Navanagar, Bagalkot 587103",
        contact="Ph 08354-235000, ddpi.bgk@example.in",
    ),
    date=date(2026, 12, 5),
    subject="Conduct of half-yearly examinations",
    body=(
        "The half-yearly examinations will be held from *15/12/2026* as per the _revised_ timetable.\n"
        "- Question papers reach the cluster centres by 12/12/2026.\n"
        "- Answer scripts return within three days.\n"
        "1. Heads of schools ensure seating.\n"
        "2. CRPs visit every school.\n"
        "| School | Candidates |\n"
        "|---|---|\n"
        "| GHPS Navanagar | 120 |\n"
        "Strict compliance is expected."
    ),
    signatory=Signatory("Sri R. K. Patil", "Deputy Director of Public Instruction", "Bagalkot"),
    number=NUMBER,
    addressee=("The Block Education Officers,", "All blocks, Bagalkot district."),
    references=("Govt. Order No. ED 112 PGC 2026, dated 01/11/2026",),
    copy_to=("The Commissioner for Public Instruction, Bengaluru", "Office copy"),
)
KANNADA = replace(
    ENGLISH,
    language="kn",
    letterhead=replace(ENGLISH.letterhead, office_name_local="ಸಾರ್ವಜನಿಕ ಶಿಕ್ಷಣ ಉಪ ನಿರ್ದೇಶಕರ ಕಚೇರಿ"),
    subject="ಅರ್ಧ ವಾರ್ಷಿಕ ಪರೀಕ್ಷೆಗಳ ನಡೆಸುವಿಕೆ (SSLC)",
    body="ಅರ್ಧ ವಾರ್ಷಿಕ ಪರೀಕ್ಷೆಗಳು 15/12/2026 ರಿಂದ ನಡೆಯಲಿವೆ.\n- ಕ್ಷೇತ್ರ ಶಿಕ್ಷಣಾಧಿಕಾರಿಗಳು (BEO) ಗಮನಿಸುವುದು.",
    addressee=("ಕ್ಷೇತ್ರ ಶಿಕ್ಷಣಾಧಿಕಾರಿಗಳು,",),
)
HINDI = replace(
    ENGLISH,
    language="hi",
    letterhead=replace(ENGLISH.letterhead, office_name_local="उप निदेशक सार्वजनिक शिक्षा कार्यालय"),
    subject="अर्धवार्षिक परीक्षा का संचालन (SSLC)",
    body="अर्धवार्षिक परीक्षाएँ 15/12/2026 से आयोजित होंगी।\n- सभी विद्यालय प्रमुख ध्यान दें।",
    addressee=("सभी खंड शिक्षा अधिकारी,",),
)


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page. NFKC undoes the ligatures the shaper chose ("Oﬃce" → "Office")."""
    return [unicodedata.normalize("NFKC", page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def page_fonts(pdf: bytes) -> list[Any]:
    fonts = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts += [font.get_object() for font in page["/Resources"]["/Font"].values()]
    return fonts


def font_descriptor(font: Any) -> Any:
    if "/DescendantFonts" in font:
        return font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
    return font["/FontDescriptor"].get_object()


def png(width: int = 64, height: int = 48) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (30, 90, 160)).save(out, "PNG")
    return out.getvalue()


def long_body(paragraphs: int = 80) -> str:
    return "\n".join(
        f"Paragraph {n}: every school shall display the examination timetable on its notice board."
        for n in range(1, paragraphs + 1)
    )


@pytest.fixture(scope="module")
def english_text() -> str:
    [text] = page_texts(render_circular(ENGLISH))
    return text


# --- what is printed -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "expected",
    [
        "Office of the Deputy Director of Public Instruction",
        "Navanagar, Bagalkot 587103",
        "ddpi.bgk@example.in",
        f"No.: {NUMBER}",
        "Date: 05/12/2026",
        "To,",
        "The Block Education Officers,",
        "All blocks, Bagalkot district.",
        "Subject: Conduct of half-yearly examinations",
        "Reference: Govt. Order No. ED 112 PGC 2026, dated 01/11/2026",
        "The half-yearly examinations will be held from 15/12/2026 as per the revised timetable.",
        "Question papers reach the cluster centres by 12/12/2026.",
        "Heads of schools ensure seating.",
        "GHPS Navanagar",
        "Candidates",
        "Strict compliance is expected.",
        "Yours faithfully,",
        "Sri R. K. Patil",
        "Deputy Director of Public Instruction",
        "Copy to:",
        "1. The Commissioner for Public Instruction, Bengaluru",
        "2. Office copy",
        "Page 1 of 1",
    ],
)
def test_english_circular_prints_every_part(english_text: str, expected: str) -> None:
    assert expected in english_text


def test_emphasis_markers_are_not_printed(english_text: str) -> None:
    assert "*" not in english_text.replace("* * *", "")
    assert "_revised_" not in english_text


def test_a_clean_circular_has_no_marking(english_text: str) -> None:
    assert "DRAFT" not in english_text
    assert "DUPLICATE" not in english_text


def test_document_properties() -> None:
    metadata = PdfReader(io.BytesIO(render_circular(ENGLISH))).metadata
    assert metadata is not None
    assert metadata.title == ENGLISH.subject
    assert metadata.subject == NUMBER
    assert metadata.author == ENGLISH.letterhead.office_name


def test_markup_characters_in_the_body_are_printed_literally() -> None:
    pdf = render_circular(replace(ENGLISH, body="Use <b>not markup</b> & co; 5 < 6 > 4."))
    [text] = page_texts(pdf)
    assert "<b>not markup</b> & co; 5 < 6 > 4." in text


def test_draft_is_marked() -> None:
    [text] = page_texts(render_circular(replace(ENGLISH, number=None)))
    assert "No.: DRAFT — NOT ISSUED" in text
    assert NUMBER not in text


def test_duplicate_is_marked() -> None:
    [text] = page_texts(render_circular(replace(ENGLISH, duplicate=True)))
    assert "DUPLICATE COPY" in text
    assert f"No.: {NUMBER}" in text


def test_optional_parts_can_be_left_out() -> None:
    bare = replace(ENGLISH, addressee=(), references=(), copy_to=(), body="Only this.")
    [text] = page_texts(render_circular(bare))
    assert "Only this." in text
    for absent in ("To,", "Reference", "Copy to:"):
        assert absent not in text


def test_several_references_are_numbered() -> None:
    [text] = page_texts(render_circular(replace(ENGLISH, references=("G.O. one", "Letter two"))))
    assert "Reference: 1. G.O. one" in text
    assert "2. Letter two" in text


# --- pages ---------------------------------------------------------------------------------------


def test_long_body_runs_onto_numbered_pages_headed_with_the_number() -> None:
    pdf = render_circular(replace(ENGLISH, body=long_body()))
    pages = page_texts(pdf)
    total = len(pages)
    assert total >= 2
    assert len(pdfium.PdfDocument(pdf)) == total
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in text
    assert pages[0].count(NUMBER) == 1  # in the heading; the letterhead needs no repeat
    for text in pages[1:]:
        assert NUMBER in text
        assert "Office of the Deputy Director" not in text  # the letterhead is on page 1 only
    everything = "\n".join(pages)
    for n in (1, 40, 80):
        assert f"Paragraph {n}: every school" in everything
    assert "Sri R. K. Patil" in pages[-1]


def test_long_draft_has_no_number_header() -> None:
    pages = page_texts(render_circular(replace(ENGLISH, number=None, body=long_body())))
    assert len(pages) >= 2
    assert all("DRAFT — NOT ISSUED" in text for text in pages)
    assert not any(NUMBER in text for text in pages)


# --- fonts ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("circular", "indic_font"),
    [(ENGLISH, None), (KANNADA, "NotoSansKannada"), (HINDI, "NotoSansDevanagari")],
    ids=["en", "kn", "hi"],
)
def test_every_font_is_an_embedded_noto_font(circular: Circular, indic_font: str | None) -> None:
    fonts = page_fonts(render_circular(circular))
    assert fonts
    names = set()
    for font in fonts:
        name = str(font["/BaseFont"])
        names.add(name)
        assert "NotoSans" in name, name
        assert font["/Subtype"] in ("/TrueType", "/Type0"), name
        embedded = font_descriptor(font).get("/FontFile2")
        assert embedded is not None, name
        assert len(embedded.get_object().get_data()) > 1000, name
    if indic_font is None:
        assert not any("Kannada" in name or "Devanagari" in name for name in names)
    else:
        assert any(f"{indic_font}-Regular" in name for name in names), names
        assert any(f"{indic_font}-Bold" in name for name in names), names  # the bold subject


# --- Kannada and Hindi ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("circular", "page_label"), [(KANNADA, "ಪುಟ 1 / 1"), (HINDI, "पृष्ठ 1 / 1")], ids=["kn", "hi"]
)
def test_indic_circular_keeps_its_latin_parts(circular: Circular, page_label: str) -> None:
    pdf = render_circular(circular)
    assert len(pdfium.PdfDocument(pdf)) == 1
    [text] = page_texts(pdf)
    assert NUMBER in text
    assert "05/12/2026" in text
    assert "15/12/2026" in text
    assert "(SSLC)" in text
    assert "Sri R. K. Patil" in text
    # Indic text comes back from pdfium with shaped glyphs in place of some letters; the page label's
    # digits and separator are enough to see it was printed.
    assert page_label.split(" ", 1)[1] in text


def test_long_kannada_circular_page_count_agrees() -> None:
    body = "\n".join(["ಎಲ್ಲಾ ಶಾಲೆಗಳ ಮುಖ್ಯ ಶಿಕ್ಷಕರು 15/12/2026 ರೊಳಗೆ ಮಾಹಿತಿ ಸಲ್ಲಿಸತಕ್ಕದ್ದು."] * 70)
    pdf = render_circular(replace(KANNADA, body=body))
    pages = page_texts(pdf)
    assert len(pages) >= 2
    assert len(pdfium.PdfDocument(pdf)) == len(pages)
    assert all(NUMBER in text for text in pages)
    assert f"2 / {len(pages)}" in pages[1]


# --- logo ----------------------------------------------------------------------------------------


def test_png_logo_is_drawn_on_the_first_page_only() -> None:
    circular = replace(ENGLISH, letterhead=replace(ENGLISH.letterhead, logo=png()), body=long_body())
    reader = PdfReader(io.BytesIO(render_circular(circular)))
    assert len(reader.pages) >= 2

    def images(page: Any) -> list[Any]:
        objects = page["/Resources"].get("/XObject") or {}
        return [obj.get_object() for obj in objects.values() if obj.get_object()["/Subtype"] == "/Image"]

    [logo] = images(reader.pages[0])
    assert (logo["/Width"], logo["/Height"]) == (64, 48)
    assert all(images(page) == [] for page in reader.pages[1:])


def test_jpeg_logo_is_accepted() -> None:
    out = io.BytesIO()
    Image.new("RGB", (40, 40), (200, 30, 30)).save(out, "JPEG")
    pdf = render_circular(replace(ENGLISH, letterhead=replace(ENGLISH.letterhead, logo=out.getvalue())))
    assert pdf.startswith(b"%PDF")


# --- refusals ------------------------------------------------------------------------------------


def test_empty_subject_is_refused() -> None:
    with pytest.raises(DocumentError, match="subject is empty"):
        render_circular(replace(ENGLISH, subject=" \t "))


def test_unsupported_language_is_refused() -> None:
    with pytest.raises(DocumentError, match="'ta'"):
        render_circular(replace(ENGLISH, language="ta"))


@pytest.mark.parametrize(
    "logo",
    [b"", b"not an image at all", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, png(300, 300)[:200]],
    ids=["empty", "text", "png-signature-only", "truncated-png"],
)
def test_logo_that_is_not_an_image_is_refused(logo: bytes) -> None:
    with pytest.raises(DocumentError, match="not a PNG or JPEG"):
        render_circular(replace(ENGLISH, letterhead=replace(ENGLISH.letterhead, logo=logo)))


def test_logo_over_two_megabytes_is_refused() -> None:
    logo = png() + b"\x00" * (MAX_LOGO_BYTES + 1 - len(png()))
    assert len(logo) == MAX_LOGO_BYTES + 1
    with pytest.raises(DocumentError, match="at most 2 MB"):
        render_circular(replace(ENGLISH, letterhead=replace(ENGLISH.letterhead, logo=logo)))


def test_body_with_a_bad_table_is_refused_with_its_line() -> None:
    with pytest.raises(MarkupError) as caught:
        render_circular(replace(ENGLISH, body="Intro\n| a | b |\n| 1 | 2 | 3 |"))
    assert caught.value.line == 3


def test_body_with_a_control_character_is_refused_with_its_position() -> None:
    with pytest.raises(MarkupError) as caught:
        render_circular(replace(ENGLISH, body="Intro\nbell\x07"))
    assert (caught.value.line, caught.value.column) == (2, 5)


def test_a_long_office_name_is_wrapped_clear_of_the_logo_and_an_impossible_one_refused() -> None:
    from desktop.documents.circular import LOGO_SIZE, MARGIN, PAGE_WIDTH, letterhead_layout
    from desktop.documents.text import text_width

    long_name = "Office of the Deputy Director of Public Instruction (Administration), Bagalkot District"
    lines, height = letterhead_layout(Letterhead(long_name, address="Navanagar, Bagalkot"), with_logo=True)
    assert [line.text for line in lines[:2]] == [
        "Office of the Deputy Director of Public",
        "Instruction (Administration), Bagalkot District",
    ]
    room = PAGE_WIDTH - 2 * MARGIN - 2 * (LOGO_SIZE + 3 * mm)
    assert all(text_width(line.text, line.size, line.bold) <= room for line in lines)
    short_lines, short_height = letterhead_layout(Letterhead("DIET, Bagalkot"), with_logo=False)
    assert len(short_lines) == 1 and short_lines[0].size == 15 and height > short_height
    with pytest.raises(DocumentError, match="too long for the letterhead"):
        letterhead_layout(Letterhead("Office" * 60), with_logo=False)


def _cells(*texts: str) -> list[tuple[Span, ...]]:
    return [(Span(text),) for text in texts]


def test_table_columns_are_sized_by_their_text() -> None:
    rows = [
        _cells("No.", "Name", "Designation", "Role"),
        _cells("1", "Basavaraj Kulkarni", "Deputy Director of Public Instruction (DDPI)", "Chair"),
        _cells("12", "ವಿದ್ಯಾ ನಾಯಕ್", "Block Education Officer", "Member secretary"),
    ]
    widths = [float(width.rstrip("%")) for width in column_widths(rows)]
    assert sum(widths) <= 100 and sum(widths) > 99.9
    number, name, designation, role = widths
    assert number < role < name < designation


def test_a_crowded_table_keeps_room_for_each_columns_longest_word() -> None:
    long_text = "word " * 40
    rows = [_cells("No.", "Particulars", "Remarks"), _cells("1", long_text + "Accountability", long_text)]
    number, particulars, remarks = (float(width.rstrip("%")) for width in column_widths(rows))
    assert number < 10  # the serial number is not given a third of the line
    assert particulars > remarks > number  # "Accountability" needs more room than "word"
