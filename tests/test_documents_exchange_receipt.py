"""The hand-over receipt of a USB data package: one A4 page whatever it holds, every fact the two
sides compare (fingerprint, public key, SHA-256, MoU, keep-until), never a passphrase, names in
Kannada and Devanagari shaped, and nothing outside the page's margins."""

from __future__ import annotations

import ctypes
import dataclasses
import hashlib
import io
import re
import unicodedata
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from desktop.documents.errors import DocumentError
from desktop.documents.exchange_receipt import ReceiptCategory, ReceiptData, receipt_pdf
from desktop.documents.exchange_receipt_sections import sha256_groups
from desktop.documents.letterhead import Letterhead
from desktop.documents.pages import MARGIN, PAGE_HEIGHT, PAGE_WIDTH
from desktop.services.exchange.fingerprints import encode_public_key, fingerprint
from tests.test_documents_circular import font_descriptor, page_fonts, png
from tests.test_recognition_printing import shaped_in

KANNADA = "NotoSansKannada-Regular.ttf"
KANNADA_BOLD = "NotoSansKannada-Bold.ttf"
DEVANAGARI = "NotoSansDevanagari-Regular.ttf"
IST = timezone(timedelta(hours=5, minutes=30))
KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
SHA256 = hashlib.sha256(b"a package").hexdigest()
TRUST = "ಸಮುದಾಯ ಶಿಕ್ಷಣ ಟ್ರಸ್ಟ್"
HINDI_OFFICE = "उप शिक्षा निदेशक कार्यालय, बागलकोट"

RECEIPT = ReceiptData(
    letterhead=Letterhead(
        "Office of the Deputy Director of Public Instruction, Bagalkot",
        "ಸಾರ್ವಜನಿಕ ಶಿಕ್ಷಣ ಇಲಾಖೆ ಉಪನಿರ್ದೇಶಕರ ಕಚೇರಿ, ಬಾಗಲಕೋಟೆ",
        address="Navanagar, Bagalkot 587103",
        contact="08354-235000",
    ),
    issuer_name="Office of the DDPI, Bagalkot",
    recipient_names=(f"{TRUST} (Samudaya Shikshana Trust)",),
    package_name="MOU-BGK-2026-014_2026-11-23.dcdpkg",
    package_id="7c9e6679-7425-40de-944b-e07fc1f90ae7",
    package_sha256=SHA256,
    package_size=35_651_584,
    created_at=datetime(2026, 11, 23, 15, 42, tzinfo=IST),
    keep_until=date(2027, 3, 31),
    mou_reference="MOU/BGK/2026/014",
    mou_title="Foundational literacy and numeracy support in Badami and Kerur blocks",
    purpose="Planning remedial reading camps for grades 3 to 5 in the schools the MoU covers.",
    categories=(
        ReceiptCategory("School directory", 2500, ("udise_code", "school_name", "block", "cluster")),
        ReceiptCategory(
            "Pseudonymised student-level assessment results",
            200_000,
            ("student_pseudonym", "udise_code", "grade", "subject", "round", "score"),
        ),
    ),
    exported_by="Savitha K. Patil",
    public_key=encode_public_key(KEY),
    fingerprint=fingerprint(KEY),
    title_local="ದತ್ತಾಂಶ ಪ್ಯಾಕೇಜ್ ಹಸ್ತಾಂತರ ರಸೀದಿ",
)

LONG_FIELDS = (
    "pseudonymised_student_id", "udise_code", "school_name", "block_name", "cluster_name", "grade",
    "section", "subject", "assessment_round", "assessment_date", "raw_score", "maximum_score",
    "competency_level_reading", "competency_level_numeracy", "remedial_group_assigned",
)  # fmt: skip
LONG_LABELS = (
    "Pseudonymised student-level assessment results",
    "Aggregated learning outcomes by school, grade and subject",
    "School directory with UDISE codes and locations",
    "Cluster resource persons' school visit records",
    "Teacher training attendance (names and designations only)",
)
CROWDED = replace(
    RECEIPT,
    issuer_name="Office of the Deputy Director of Public Instruction, Bagalkot District",
    recipient_names=(f"{TRUST} (Samudaya Shikshana Trust for Community Education)",),
    mou_title="Foundational literacy and numeracy support, teacher development and community reading "
    "programmes in Badami and Kerur blocks",
    purpose="Planning and running remedial reading and numeracy camps for grades 3 to 5 in the schools "
    "the MoU covers, and measuring their effect at the endline assessment in March 2027.",
    categories=tuple(
        ReceiptCategory(label, 1000 * (n + 1), LONG_FIELDS) for n, label in enumerate(LONG_LABELS)
    ),
)


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def text_of(pdf: bytes) -> str:
    [page] = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())


def top_of(pdf: bytes, needle: str) -> float:
    """The top of the first character of ``needle`` on the page, in points from the page's foot."""
    text_page = pdfium.PdfDocument(pdf)[0].get_textpage()
    found = text_page.search(needle, match_case=True).get_next()
    assert found is not None, needle
    return text_page.get_charbox(found[0])[3]


def fonts_at(pdf: bytes, needle: str, before: int = 0) -> set[str]:
    """The names of the fonts the characters of the first ``needle`` on the page are set in, or
    of the ``before`` characters just before it."""
    text_page = pdfium.PdfDocument(pdf)[0].get_textpage()
    found = text_page.search(needle, match_case=True).get_next()
    assert found is not None, needle
    start, count = found
    names = set()
    for index in range(start - before, start) if before else range(start, start + count):
        size = pdfium_raw.FPDFText_GetFontInfo(text_page, index, None, 0, None)
        buffer = ctypes.create_string_buffer(size)
        pdfium_raw.FPDFText_GetFontInfo(text_page, index, buffer, size, None)
        names.add(buffer.value.decode())
    return names


def assert_on_one_page_within_margins(pdf: bytes) -> None:
    """One A4 portrait page, and every character inside the margins (nothing cut off)."""
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (round(PAGE_WIDTH), round(PAGE_HEIGHT))
    text_page = pdfium.PdfDocument(pdf)[0].get_textpage()
    for index in range(text_page.count_chars()):
        left, bottom, right, top = text_page.get_charbox(index)
        if right - left == 0 and top - bottom == 0:
            continue  # spaces and line ends the reader made up
        assert left >= MARGIN - 1 and right <= PAGE_WIDTH - MARGIN + 1, index
        assert 5 * mm <= bottom and top <= PAGE_HEIGHT - 10 * mm, index


# --- what the receipt says -------------------------------------------------------------------------


def test_the_receipt_prints_every_fact_the_two_sides_compare() -> None:
    pdf = receipt_pdf(RECEIPT)
    assert_on_one_page_within_margins(pdf)
    text = text_of(pdf)
    for expected in (
        "Office of the Deputy Director of Public Instruction, Bagalkot",
        "Data package hand-over receipt",
        "MOU-BGK-2026-014_2026-11-23.dcdpkg",
        "7c9e6679-7425-40de-944b-e07fc1f90ae7",
        sha256_groups(SHA256),
        "34.0 MB (3,56,51,584 bytes)",
        "23/11/2026 15:42",
        "Savitha K. Patil",
        "MOU/BGK/2026/014 — Foundational literacy and numeracy support in Badami and Kerur blocks",
        "Planning remedial reading camps for grades 3 to 5",
        "31/03/2027. The recipient deletes all data in this package by this date and confirms the "
        "deletion in writing.",
        "School directory 2,500 udise_code, school_name, block, cluster",
        "Pseudonymised student-level assessment results 2,00,000 student_pseudonym, udise_code, grade, "
        "subject, round, score",
        "Signing key of Office of the DDPI, Bagalkot",
        fingerprint(KEY),
        encode_public_key(KEY),
        "Check and open the package with this command, typed as one line:",
        "district-desk verify MOU-BGK-2026-014_2026-11-23.dcdpkg --out <folder>",
        "Handed over by",
        "Received by",
        "Hand-over receipt of package 7c9e6679-7425-40de-944b-e07fc1f90ae7",
    ):
        assert expected in text, expected
    assert "more field" not in text and "more categories" not in text
    # The SHA-256 in groups of eight, which fits its cell on one line.
    assert re.search(r"([0-9a-f]{8} ){7}[0-9a-f]{8}", text)
    # The three numbered steps for the recipient.
    assert re.search(r"1\. When you register this key, compare the fingerprint", text)
    assert re.search(r"2\. Check and open the package with", text)
    assert re.search(r"3\. Keep this receipt", text)
    for word in ("ಟ್ರಸ್ಟ್", "ಶಿಕ್ಷಣ", "ಸಮುದಾಯ"):
        assert shaped_in(pdf, word, KANNADA), word
    for word in ("ಹಸ್ತಾಂತರ", "ಪ್ಯಾಕೇಜ್", "ದತ್ತಾಂಶ"):  # the regional title, in bold
        assert shaped_in(pdf, word, KANNADA_BOLD), word


def test_the_sections_come_in_order_with_the_signatures_last() -> None:
    pdf = receipt_pdf(RECEIPT)
    anchors = [
        "Data package hand-over receipt",
        "From",
        "What the package holds",
        "Signing key of",
        "Fingerprint",
        "For the recipient",
        "Handed over by",
        "Signature",
        "Hand-over receipt of package",
    ]
    tops = [top_of(pdf, anchor) for anchor in anchors]
    assert tops == sorted(tops, reverse=True)
    # The two signature blocks side by side.
    assert top_of(pdf, "Handed over by") == pytest.approx(top_of(pdf, "Received by"))


def test_no_passphrase_is_ever_printed() -> None:
    assert not any("passphrase" in field.name for field in dataclasses.fields(ReceiptData))
    for receipt in (RECEIPT, CROWDED, replace(RECEIPT, letterhead=None)):
        text = text_of(receipt_pdf(receipt))
        assert not re.search(r"passphrase\s*:\s*\S", text, re.IGNORECASE)
        assert "The passphrase is not on this receipt: it is given to the recipient separately" in text


def test_an_upper_case_hash_is_printed_as_sha256sum_writes_it() -> None:
    text = text_of(receipt_pdf(replace(RECEIPT, package_sha256=SHA256.upper())))
    assert sha256_groups(SHA256) in text


def test_an_mou_without_a_title_prints_its_reference_alone() -> None:
    text = text_of(receipt_pdf(replace(RECEIPT, mou_title="")))
    assert "MoU MOU/BGK/2026/014 Purpose" in text


def test_without_a_keep_until_date_the_data_goes_when_the_mou_ends() -> None:
    text = text_of(receipt_pdf(replace(RECEIPT, keep_until=None)))
    assert "No date set: the recipient deletes all data in this package when the MoU ends" in text
    assert "31/03/2027" not in text


def test_the_same_data_gives_the_same_bytes() -> None:
    assert receipt_pdf(RECEIPT) == receipt_pdf(RECEIPT)


def test_ids_hashes_keys_and_the_command_are_in_the_embedded_mono_font() -> None:
    pdf = receipt_pdf(RECEIPT)
    assert fonts_at(pdf, fingerprint(KEY)) == {"NotoSansMono-Bold"}
    assert fonts_at(pdf, "district-desk verify MOU-BGK-2026-014_2026-11-23.dcdpkg") == {"NotoSansMono-Bold"}
    assert fonts_at(pdf, f'--fingerprint "{fingerprint(KEY)}"') == {"NotoSansMono-Bold"}
    for plain in (encode_public_key(KEY), sha256_groups(SHA256), "7c9e6679-7425-40de-944b-e07fc1f90ae7"):
        assert fonts_at(pdf, plain) == {"NotoSansMono-Regular"}, plain
    assert fonts_at(pdf, "Fingerprint") == {"NotoSans-Regular"}
    # Every font the page names is embedded: none is left to the reader to substitute.
    fonts = page_fonts(pdf)
    names = {str(font["/BaseFont"]).split("+")[-1] for font in fonts}
    assert {"NotoSansMono-Regular", "NotoSansMono-Bold"} <= names
    assert not any(name.startswith(("Courier", "Helvetica")) for name in names), names
    assert all("/FontFile2" in font_descriptor(font) for font in fonts)


def test_a_file_name_the_mono_font_cannot_draw_is_set_in_its_script() -> None:
    pdf = receipt_pdf(replace(RECEIPT, package_name="ಕೆರೂರು_MOU-2026.zip"))
    assert_on_one_page_within_margins(pdf)
    assert shaped_in(pdf, "ಕೆರೂರು", KANNADA_BOLD)  # the command is bold
    assert fonts_at(pdf, "_MOU-2026.zip --out <folder>", before=1) == {"NotoSansKannada-Bold"}
    assert fonts_at(pdf, "district-desk verify ") == {"NotoSansMono-Bold"}
    assert fonts_at(pdf, "_MOU-2026.zip --out <folder>") == {"NotoSansMono-Bold"}


# --- one page, whatever it holds -------------------------------------------------------------------


def test_five_categories_of_fifteen_long_fields_and_long_names_stay_on_one_page() -> None:
    pdf = receipt_pdf(CROWDED)
    assert_on_one_page_within_margins(pdf)
    text = text_of(pdf)
    for label in LONG_LABELS:  # every category keeps its row
        assert label in text, label
    assert "more categories" not in text
    shortened = re.findall(r"and (\d+) more fields", text)
    assert len(shortened) == len(LONG_LABELS)
    for more in shortened:
        # The fields named are the first ones, in order, and the count covers the rest.
        named = len(LONG_FIELDS) - int(more)
        assert 0 < named < len(LONG_FIELDS)
        assert ", ".join(LONG_FIELDS[:named]) + f" and {more} more fields" in text
    for expected in (fingerprint(KEY), encode_public_key(KEY), sha256_groups(SHA256), "31/03/2027"):
        assert expected in text
    assert "Handed over by" in text and "Received by" in text
    assert shaped_in(pdf, "ಟ್ರಸ್ಟ್", KANNADA)


def test_many_categories_fold_the_smallest_into_one_row() -> None:
    categories = tuple(
        ReceiptCategory(f"Category {n:02d} of the package", 100 * n, LONG_FIELDS) for n in range(1, 41)
    )
    pdf = receipt_pdf(replace(CROWDED, categories=categories))
    assert_on_one_page_within_margins(pdf)
    text = text_of(pdf)
    folded = re.search(r"and (\d+) more categories ([\d,]+) listed in the package's manifest.json", text)
    assert folded is not None
    hidden = int(folded[1])
    shown = 40 - hidden
    assert 1 <= shown < 40
    # The largest are shown, the smallest folded, and their records summed.
    assert all(f"Category {n:02d} of the package" in text for n in range(41 - shown, 41))
    assert f"Category {40 - shown:02d} of the package" not in text
    assert int(folded[2].replace(",", "")) == sum(100 * n for n in range(1, hidden + 1))
    assert fingerprint(KEY) in text and "Received by" in text


def test_very_long_texts_are_cut_at_a_word_and_marked() -> None:
    receipt = replace(
        CROWDED,
        mou_title="Memorandum of Understanding on literacy, numeracy and teacher development " * 6,
        purpose="Planning remedial reading camps for grades 3 to 5 in the covered schools " * 12,
        recipient_names=(
            "Office of the Deputy Director of Public Instruction, Bagalkot District, Karnataka",
            "District Institute of Education and Training, Bagalkot (Vidyagiri)",
        ),
        package_name="MOU-BGK-2026-014-foundational-literacy-and-numeracy-package-" * 2 + ".dcdpkg",
    )
    pdf = receipt_pdf(receipt)
    assert_on_one_page_within_margins(pdf)
    text = text_of(pdf)
    assert " ..." in text  # "…", as NFKC writes it
    assert text.count("Planning remedial reading camps") < 12
    for expected in (fingerprint(KEY), encode_public_key(KEY), sha256_groups(SHA256), "MOU/BGK/2026/014"):
        assert expected in text


# --- partners, letterheads and scripts ------------------------------------------------------------


def test_a_partner_without_a_letterhead_gets_a_title_block_with_its_name() -> None:
    receipt = replace(
        RECEIPT, letterhead=None, issuer_name=TRUST, recipient_names=(HINDI_OFFICE,), title_local=None
    )
    pdf = receipt_pdf(receipt)
    assert_on_one_page_within_margins(pdf)
    text = text_of(pdf)
    assert "Office of the Deputy Director" not in text
    assert fingerprint(KEY) in text and encode_public_key(KEY) in text
    for word in ("ಟ್ರಸ್ಟ್", "ಶಿಕ್ಷಣ"):
        assert shaped_in(pdf, word, KANNADA), word
    for word in ("शिक्षा", "निदेशक", "कार्यालय"):
        assert shaped_in(pdf, word, DEVANAGARI), word
    # The partner's name heads the page, above the title.
    text_page = pdfium.PdfDocument(pdf)[0].get_textpage()
    above = text_page.get_text_bounded(bottom=top_of(pdf, "Data package hand-over receipt") + 1)
    assert "ಸ" in above and "Office" not in above


def test_a_letterhead_with_a_logo_and_a_hindi_office_name() -> None:
    letterhead = Letterhead(
        "Office of the Deputy Director of Education, Bagalkot", HINDI_OFFICE, address="Navanagar", logo=png()
    )
    pdf = receipt_pdf(replace(CROWDED, letterhead=letterhead, title_local="डेटा पैकेज हस्तांतरण रसीद"))
    assert_on_one_page_within_margins(pdf)
    for word in ("शिक्षा", "निदेशक"):
        assert shaped_in(pdf, word, "NotoSansDevanagari-Bold.ttf"), word
    assert "Office of the Deputy Director of Education, Bagalkot" in text_of(pdf)


# --- refusals --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"language": "kn"}, "printed in English; not in 'kn'"),
        ({"fingerprint": fingerprint(OTHER_KEY)}, "is not that of the public key"),
        ({"public_key": encode_public_key(KEY)[:-4]}, "public key on the receipt is not valid"),
        ({"public_key": "not a key!"}, "public key on the receipt is not valid"),
        ({"package_sha256": SHA256[:-1]}, "must be 64 hex digits"),
        ({"package_sha256": SHA256[:-1] + "g"}, "must be 64 hex digits"),
        ({"recipient_names": ()}, "name of every recipient"),
        ({"recipient_names": ("  ",)}, "name of every recipient"),
        ({"categories": ()}, "holds no data category"),
    ],
)
def test_what_cannot_be_printed_truthfully_is_refused(change: dict, message: str) -> None:
    with pytest.raises(DocumentError, match=re.escape(message)):
        receipt_pdf(replace(RECEIPT, **change))
