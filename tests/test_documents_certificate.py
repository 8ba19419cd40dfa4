"""The certificate layout: landscape pages, names fitted by shrinking then wrapping and never past
the frame, Kannada and Devanagari shaped, DRAFT and DUPLICATE markings, the same bytes each time."""

from __future__ import annotations

import io
import itertools
import unicodedata
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from desktop.documents.certificate import render_certificates
from desktop.documents.certificate_data import Award, CertificateSet, CertificateSignatory
from desktop.documents.certificate_layout import (
    LOCAL_NAME_SIZES,
    NAME_SIZES,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    SIDE,
    TEXT_WIDTH,
    certificate_layout,
)
from desktop.documents.errors import DocumentError
from desktop.documents.fitted_lines import LineTooLongError, fit_lines
from desktop.documents.letterhead import Letterhead
from desktop.documents.text import shape_line
from desktop.services.progress import CancelledError, Progress
from tests.test_documents_circular import png
from tests.test_recognition_printing import shaped_in

KANNADA_FONT = "NotoSansKannada-Regular.ttf"
DEVANAGARI_FONT = "NotoSansDevanagari-Regular.ttf"
LONG_ENGLISH = (
    "Sri Venkatanarasimharajuvaripeta Chandrashekharaiah Subrahmanyeshwara Lakshminarayana Murthy Gowda"
)
LONG_KANNADA = "ಶ್ರೀ ವೆಂಕಟನರಸಿಂಹರಾಜುವಾರಿಪೇಟೆ ಚಂದ್ರಶೇಖರಯ್ಯ ಸುಬ್ರಹ್ಮಣ್ಯೇಶ್ವರ ಲಕ್ಷ್ಮೀನಾರಾಯಣ ಮೂರ್ತಿ ಗೌಡ ಬಸವರಾಜ ಹೊಸಮನಿ ದೇಸಾಯಿ ಕುಲಕರ್ಣಿ"

CERTIFICATES = CertificateSet(
    letterhead=Letterhead(
        "Office of the Deputy Director of Public Instruction, Bagalkot",
        "ಸಾರ್ವಜನಿಕ ಶಿಕ್ಷಣ ಇಲಾಖೆ ಉಪನಿರ್ದೇಶಕರ ಕಚೇರಿ, ಬಾಗಲಕೋಟೆ",
        address="Navanagar, Bagalkot",
        contact="08354-235000",
    ),
    language="kn",
    programme="Pragatiya Hejje",
    programme_local="ಪ್ರಗತಿಯ ಹೆಜ್ಜೆ",
    cycle="2026-27",
    presented_on=date(2026, 12, 5),
    signatory=CertificateSignatory(
        "Savitha K. Patil",
        "Deputy Director of Public Instruction",
        "Office of the DDPI, Bagalkot",
        "ಸವಿತಾ ಕೆ. ಪಾಟೀಲ",
    ),
    awards=(
        Award(
            "Manjunath H. R.",
            "ಮಂಜುನಾಥ ಎಚ್. ಆರ್.",
            "Cluster Resource Person, CRC Kerur, Badami block",
            "Creative academic support to classroom teachers",
            "DDPI/BGK/2026-27/0007-01",
        ),
    ),
)


def texts(pdf: bytes) -> list[str]:
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in PdfReader(io.BytesIO(pdf)).pages
    ]


# --- fitting a line ------------------------------------------------------------------------------


def test_a_short_line_keeps_its_size() -> None:
    [line] = fit_lines("Manjunath H. R.", *NAME_SIZES, TEXT_WIDTH, bold=True)
    assert line.size == NAME_SIZES[0] and line.width <= TEXT_WIDTH


def test_a_longer_line_shrinks_before_it_wraps() -> None:
    text = "Sri Venkatanarasimharajuvaripeta Chandrashekharaiah Murthy Gowda"
    assert shape_line(text, NAME_SIZES[0], True).width > TEXT_WIDTH
    [line] = fit_lines(text, *NAME_SIZES, TEXT_WIDTH, bold=True)
    assert NAME_SIZES[1] <= line.size < NAME_SIZES[0]
    assert line.width <= TEXT_WIDTH
    # Half a point larger would not have fitted: it is the largest size that does.
    assert shape_line(text, line.size + 0.5, True).width > TEXT_WIDTH


@pytest.mark.parametrize(("text", "sizes"), [(LONG_ENGLISH, NAME_SIZES), (LONG_KANNADA, LOCAL_NAME_SIZES)])
def test_a_line_too_wide_at_the_smallest_size_wraps_onto_two_at_one_size(
    text: str, sizes: tuple[float, float]
) -> None:
    assert shape_line(text, sizes[1], True).width > TEXT_WIDTH
    lines = fit_lines(text, *sizes, TEXT_WIDTH, bold=True)
    assert len(lines) == 2
    assert lines[0].size == lines[1].size >= sizes[1]
    assert all(line.width <= TEXT_WIDTH for line in lines)
    # Nothing is lost at the break: the two lines are the words of the name.
    joined = " ".join("".join(run[0] for run in line.runs) for line in lines)
    assert joined == "".join(run[0] for run in shape_line(text, lines[0].size, True).runs)


def test_a_line_that_cannot_fit_even_on_two_lines_is_refused() -> None:
    with pytest.raises(LineTooLongError) as refused:
        fit_lines("Venkatanarasimharajuvaripeta-" * 4, *NAME_SIZES, TEXT_WIDTH, bold=True, what="name")
    assert refused.value.what == "name"
    assert "is too long for the certificate, even in two lines at the smallest size" in str(refused.value)
    with pytest.raises(LineTooLongError):
        fit_lines(" ".join(["Chandrashekharaiah"] * 20), *NAME_SIZES, TEXT_WIDTH, bold=True)


# --- the page ------------------------------------------------------------------------------------


def _within_the_frame(certificates: CertificateSet, award: Award) -> None:
    layout = certificate_layout(certificates, award)
    for placed in layout.lines:
        assert placed.x >= SIDE - 0.01, placed.role
        assert placed.right <= PAGE_WIDTH - SIDE + 0.01, placed.role
        assert 15 * 2.83 < placed.y < PAGE_HEIGHT - 15 * 2.83, placed.role
    # The centred lines are stacked without touching, top to bottom, and all above the signature.
    flow = [
        p for p in layout.lines if p.role not in ("date", "number") and not p.role.startswith("signatory")
    ]
    for upper, lower in itertools.pairwise(flow):
        assert upper.y - lower.y >= lower.line.size * 0.95, (upper.role, lower.role)
    assert flow[-1].y - flow[-1].line.size * 0.3 > layout.signature_rule[2] + 10 * 2.83


def test_long_english_and_kannada_names_fit_the_frame_on_two_lines_each() -> None:
    award = replace(CERTIFICATES.awards[0], name=LONG_ENGLISH, name_local=LONG_KANNADA)
    layout = certificate_layout(CERTIFICATES, award)
    assert len(layout.of("name")) == 2 and len(layout.of("name_local")) == 2
    _within_the_frame(CERTIFICATES, award)
    # And with a logo, a long category and a long description as well.
    crowded = replace(
        CERTIFICATES,
        letterhead=replace(CERTIFICATES.letterhead, logo=png()),
        programme_local="ಪ್ರಗತಿಯ ಹೆಜ್ಜೆ: ಸಮೂಹ ಸಂಪನ್ಮೂಲ ವ್ಯಕ್ತಿಗಳ ಸಾಧನೆಗೆ ಗೌರವ",
    )
    award = replace(
        award,
        category="Participation of community and local governments (SDMC, Gram Panchayat) in school development",
        description="Cluster Resource Person, Cluster Resource Centre Kerur, Badami block, Bagalkot district",
    )
    _within_the_frame(crowded, award)
    assert certificate_layout(crowded, award).logo_box is not None


def test_a_short_name_is_one_line_at_full_size() -> None:
    layout = certificate_layout(CERTIFICATES, CERTIFICATES.awards[0])
    [name] = layout.of("name")
    [local] = layout.of("name_local")
    assert (name.line.size, local.line.size) == (NAME_SIZES[0], LOCAL_NAME_SIZES[0])
    _within_the_frame(CERTIFICATES, CERTIFICATES.awards[0])


def test_the_certificate_prints_every_part_with_kannada_shaped() -> None:
    pdf = render_certificates(CERTIFICATES)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert width > height  # landscape
    [text] = texts(pdf)
    for expected in (
        "Office of the Deputy Director of Public Instruction, Bagalkot",
        "Certificate of Recognition",
        "Pragatiya Hejje — 2026-27",
        "This certificate is awarded to",
        "Manjunath H. R.",
        "Cluster Resource Person, CRC Kerur, Badami block",
        "for outstanding contribution in “Creative academic support to classroom teachers”",
        "05/12/2026",
        "Certificate No. /",
        "DDPI/BGK/2026-27/0007-01",
        "Savitha K. Patil",
        "Deputy Director of Public Instruction",
        "Office of the DDPI, Bagalkot",
    ):
        assert expected in text, expected
    assert "DRAFT" not in text and "DUPLICATE" not in text
    for word in ("ಪ್ರಶಂಸಾ", "ಪ್ರಗತಿಯ", "ಹೆಜ್ಜೆ", "ಮಂಜುನಾಥ", "ಕ್ಷೇತ್ರದಲ್ಲಿನ", "ಅತ್ಯುತ್ತಮ", "ಉಪನಿರ್ದೇಶಕರ", "ಸವಿತಾ"):
        assert shaped_in(pdf, word, KANNADA_FONT), word


@pytest.mark.parametrize(
    ("language", "name_local", "shaped"),
    [
        ("hi", "मंजुनाथ श्रीवास्तव", ("प्रशस्ति", "श्रीवास्तव", "क्षेत्र", "उत्कृष्ट")),
        ("mr", "मंजुनाथ क्षीरसागर", ("प्रशस्तीपत्र", "क्षीरसागर", "क्षेत्रातील", "योगदानासाठी")),
    ],
)
def test_hindi_and_marathi_certificates(language: str, name_local: str, shaped: tuple[str, ...]) -> None:
    certificates = replace(
        CERTIFICATES,
        language=language,
        letterhead=replace(CERTIFICATES.letterhead, office_name_local=None),
        programme_local=None,
        signatory=replace(CERTIFICATES.signatory, name_local=None),
        awards=(replace(CERTIFICATES.awards[0], name_local=name_local),),
    )
    pdf = render_certificates(certificates)
    [text] = texts(pdf)
    assert "Manjunath H. R." in text and "Certificate of Recognition" in text
    for word in shaped:
        assert shaped_in(pdf, word, DEVANAGARI_FONT), word


def test_draft_and_duplicate_are_marked() -> None:
    draft = replace(CERTIFICATES, awards=(replace(CERTIFICATES.awards[0], number=None),))
    [text] = texts(render_certificates(draft))
    assert "DRAFT — NOT ISSUED" in text and "Certificate No." not in text
    [text] = texts(render_certificates(replace(CERTIFICATES, duplicate=True)))
    assert "DUPLICATE COPY" in text and "DDPI/BGK/2026-27/0007-01" in text
    undated = replace(draft, presented_on=None)
    [text] = texts(render_certificates(undated))
    assert "05/12/2026" not in text


def test_the_same_certificates_give_the_same_bytes_one_page_each() -> None:
    second = replace(CERTIFICATES.awards[0], name="Lakshmi Hosamani", number="DDPI/BGK/2026-27/0007-02")
    batch = replace(CERTIFICATES, awards=(CERTIFICATES.awards[0], second))
    pdf = render_certificates(batch)
    assert pdf == render_certificates(batch)
    pages = texts(pdf)
    assert len(pages) == 2 and "Lakshmi Hosamani" in pages[1] and "0007-02" in pages[1]


def test_rendering_reports_progress_and_stops_on_cancel() -> None:
    batch = replace(CERTIFICATES, awards=CERTIFICATES.awards * 3)
    seen: list[tuple[int, int]] = []
    render_certificates(batch, Progress(lambda done, total, _message: seen.append((done, total))))
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
    progress = Progress(lambda done, _total, _message: progress.cancel() if done == 1 else None)
    with pytest.raises(CancelledError):
        render_certificates(batch, progress)


def test_bad_input_is_refused() -> None:
    with pytest.raises(DocumentError, match="not in 'en'"):
        render_certificates(replace(CERTIFICATES, language="en"))
    with pytest.raises(DocumentError, match="no certificate to print"):
        render_certificates(replace(CERTIFICATES, awards=()))
    with pytest.raises(LineTooLongError, match="signatory's designation"):
        render_certificates(
            replace(CERTIFICATES, signatory=replace(CERTIFICATES.signatory, designation="X" * 200))
        )
