"""The baseline report (PDF) and workbook (XLSX) from the hand-made district, read back."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from db.models import Office, School
from desktop.services.baseline.reports import baseline_report, save_baseline_report
from desktop.services.database import Database
from desktop.services.errors import ValidationError
from tests.test_baseline_analysis import KANNADA_BLOCK, KANNADA_CLUSTER, S2, S4, S5, Fixture, build_district
from tests.test_documents_shaping import harfbuzz_sequence

TODAY = date(2026, 11, 23)
KANNADA_FONT = "NotoSansKannada-Regular.ttf"


@pytest.fixture
def bagalkot(db: Database) -> Fixture:
    return build_district(db)


@pytest.fixture
def office(db: Database, bagalkot: Fixture) -> int:
    with db.transaction() as session:
        ddpi = Office(name="Office of the DDPI, Bagalkot", name_local="ಉಪ ನಿರ್ದೇಶಕರ ಕಛೇರಿ, ಬಾಗಲಕೋಟೆ",
                      kind="ddpi", office_code="DDPI-BGK", address="Navanagar, Bagalkot", phone="+918354235000")  # fmt: skip
        session.add(ddpi)
        session.flush()
        return ddpi.id


def pdf_text(path: Path) -> str:
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def shaped_in(path: Path, word: str) -> bool:
    """True when ``word`` is on some page as HarfBuzz shapes it (glyphs for conjuncts match any)."""
    pattern = "".join(
        "." if char is None else re.escape(char) for char in harfbuzz_sequence(word, KANNADA_FONT)
    )
    document = pdfium.PdfDocument(path.read_bytes())
    return any(re.search(pattern, page.get_textpage().get_text_range()) for page in document)


def test_the_comparison_report_prints_every_section_with_shaped_kannada(
    db: Database, bagalkot: Fixture, office: int, tmp_path: Path
) -> None:
    path = save_baseline_report(db, tmp_path / "endline.pdf", bagalkot.rounds["endline"], office_id=office,
                                today=TODAY, earlier_id=bagalkot.rounds["baseline"])  # fmt: skip
    reader = PdfReader(path)
    text = " ".join(page.extract_text() for page in reader.pages)
    for expected in ("Endline assessment report — Bagalkot", "Impact indicators", "Results by block",
                     "Change by block", "Results by cluster", "Most improved schools", "Least improved schools",
                     "Note on method", "Badami", "Kerur", "Guledgudda", "Compared with: Baseline 2026",
                     "% achieving in Kannada, by block", "% achieving in Maths, by block", S2, "Page 1 of"):  # fmt: skip
        assert expected in text, expected
    # Kannada names in tables are shaped: the glyphs HarfBuzz chooses, in its order.
    for kannada in (KANNADA_BLOCK, KANNADA_CLUSTER):
        assert shaped_in(path, kannada), kannada
    words = pdf_text(path)
    fonts = {str(font) for page in reader.pages for font in page["/Resources"]["/Font"].values()}
    assert fonts  # every page names embedded fonts
    # Impact figures as worked out by hand in test_baseline_analysis: reading 45.2 -> 74.2 (+29.0)
    assert "45.2 74.2 +29.0 points" in words
    assert "400 420 +5.0%" in words
    # Paragraph and Story are "achieving" for this scheme, and the note says so.
    assert "achieving the state's goal at 'Paragraph' or above (Paragraph, Story)" in words
    pages = subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(tmp_path / "page")], check=True)
    assert pages.returncode == 0 and len(list(tmp_path.glob("page-*.png"))) == len(reader.pages)


def test_small_groups_print_as_less_than_five(
    db: Database, bagalkot: Fixture, office: int, tmp_path: Path
) -> None:
    # Grade 2 has 2 children in each of S3 and S5 a subject: every figure is suppressed.
    path = save_baseline_report(db, tmp_path / "grade2.pdf", bagalkot.rounds["baseline"], office_id=office,
                                today=TODAY, grade=2, subject="Kannada")  # fmt: skip
    words = pdf_text(path)
    assert "Showing: grade 2; Kannada" in words
    assert "% achieving: <5" in words
    assert "Compared with" not in words and "Most improved" not in words
    assert "50.0" not in words  # the 2 of 4 achieving never prints


def test_the_workbook_has_a_sheet_per_level_and_suppresses_small_groups(
    db: Database, bagalkot: Fixture, office: int, tmp_path: Path
) -> None:
    with db.transaction() as session:  # a name that a spreadsheet would run as a formula
        session.get(School, bagalkot.schools[S5]).name = '=HYPERLINK("http://x","GHPS Sulebhavi")'
    path = save_baseline_report(db, tmp_path / "endline.xlsx", bagalkot.rounds["endline"], office_id=office,
                                today=TODAY, earlier_id=bagalkot.rounds["baseline"], subject="Kannada")  # fmt: skip
    book = load_workbook(path)
    assert book.sheetnames == [
        "District",
        "Blocks",
        "Clusters",
        "Schools",
        "Impact indicators",
        "Comparison",
        "About",
    ]
    blocks = [[cell.value for cell in row] for row in book["Blocks"].iter_rows()]
    header = blocks[0]
    achieving = header.index("% achieving")
    assert {row[0]: row[achieving] for row in blocks[1:]} == {
        "Badami": 72.2,
        KANNADA_BLOCK: 76.9,
        "Bagalkot (total)": 74.2,
    }
    schools = {row[0].value: [c.value for c in row] for row in book["Schools"].iter_rows(min_row=2)}
    school_header = [c.value for c in book["Schools"][1]]
    assert schools[S4][school_header.index("% achieving")] == "<5"
    assert schools[S4][school_header.index("Students with a level")] == 2
    formula = next(name for name in schools if name and name.startswith("'"))
    assert formula == '\'=HYPERLINK("http://x","GHPS Sulebhavi")'
    assert all(cell.data_type != "f" for sheet in book for row in sheet.iter_rows() for cell in row)
    comparison = [[c.value for c in row] for row in book["Comparison"].iter_rows()]
    assert comparison[1][:5] == ["Badami", None, 44.4, 72.2, 27.8]
    assert any(row[0] == "Most improved schools" for row in comparison)
    impact = [[c.value for c in row] for row in book["Impact indicators"].iter_rows(min_row=2)]
    assert impact[0][:5] == ["Increase in enrolment", 400, 420, 5.0, "%"]
    about = {row[0].value: row[1].value for row in book["About"].iter_rows()}
    assert about["Prepared on"].date() == TODAY and about["Office"] == "Office of the DDPI, Bagalkot"


def test_a_report_saved_under_another_suffix_is_refused(
    db: Database, bagalkot: Fixture, office: int, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match=r"as a \.pdf or an \.xlsx file"):
        save_baseline_report(
            db, tmp_path / "report.docx", bagalkot.rounds["endline"], office_id=office, today=TODAY
        )
    assert not (tmp_path / "report.docx").exists()
    report = baseline_report(db, bagalkot.rounds["endline"], office_id=office, today=TODAY)
    assert report.comparison is None and report.impact == ()
