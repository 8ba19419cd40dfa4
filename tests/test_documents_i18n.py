"""The document engine's messages for office staff in the interface's language: what cannot be
printed (markup, placeholders, lines too long, logos, letterheads, circulars, certificates) is said
through desktop.services.i18n.translate, and every message asked for at run time is one lupdate
extracts. What is printed stays in the document's own language."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.documents.certificate import render_certificates
from desktop.documents.certificate_data import CertificateSet
from desktop.documents.certificate_layout import certificate_layout
from desktop.documents.circular import Circular, DocumentError, render_circulars
from desktop.documents.fitted_lines import LINE_NAMES, LineTooLongError
from desktop.documents.letterhead import MAX_LOGO_BYTES, letterhead_layout
from desktop.documents.markup import MAX_BODY_CHARACTERS, MAX_TABLE_ROWS, MarkupError, parse_body
from desktop.documents.placeholders import MissingValueError, TemplateError, check, fill
from desktop.services.errors import DomainError
from desktop.services.progress import Progress
from scripts.translations import extracted_messages
from tests.fake_translator import translating
from tests.test_documents_certificate import CERTIFICATES
from tests.test_documents_circular import ENGLISH, KANNADA, png

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = sorted((ROOT / "desktop" / "documents").rglob("*.py"))
# Made-up translations: enough to tell a translated message from the English one.
TRANSLATIONS = {
    ("Documents", "Line {line}, column {column}: {problem}"): "ಸಾಲು {line}, ಕಾಲಮ್ {column}: {problem}",
    (
        "Documents",
        "the invisible control character {code} cannot be printed.",
    ): "ಕಾಣದ ನಿಯಂತ್ರಣ ಅಕ್ಷರ {code} ಮುದ್ರಿಸಲಾಗದು.",
    (
        "Documents",
        "{part}, line {line}, column {column}: {problem}",
    ): "{part}, ಸಾಲು {line}, ಕಾಲಮ್ {column}: {problem}",
    ("Documents", "Body"): "ಒಡಲು",
    (
        "Documents",
        "unknown placeholder {placeholder}; did you mean {guess}?",
    ): "ಗೊತ್ತಿಲ್ಲದ ಸ್ಥಾನಸೂಚಕ {placeholder}; {guess} ಬೇಕೇ?",
    (
        "Documents",
        "{recipient} has no value for {placeholder}; fill it in the records or remove it from the text.",
    ): "{recipient} ಅವರಿಗೆ {placeholder} ಮೌಲ್ಯವಿಲ್ಲ.",
    (
        "Documents",
        "The {what} '{text}' is too long for the certificate, even in two lines at the smallest size.",
    ): "ಪ್ರಮಾಣಪತ್ರಕ್ಕೆ {what} '{text}' ತುಂಬಾ ಉದ್ದವಾಗಿದೆ.",
    ("Documents", "signatory's designation"): "ಸಹಿ ಮಾಡುವವರ ಹುದ್ದೆ",
    ("Documents", "There is no recipient to print for."): "ಮುದ್ರಿಸಲು ಸ್ವೀಕರಿಸುವವರಿಲ್ಲ.",
    ("Documents", "Laying out"): "ಜೋಡಿಸಲಾಗುತ್ತಿದೆ",
}


@pytest.fixture
def kannada() -> Iterator[None]:
    with translating(TRANSLATIONS):
        yield


@pytest.fixture
def recorded() -> Iterator[list[tuple[str, str]]]:
    """Every (context, text) the document engine asks to translate meanwhile; English comes back."""
    with translating() as asked:
        yield asked


def _refusal(action: Callable[[], object]) -> DomainError:
    with pytest.raises(DomainError) as caught:
        action()
    return caught.value


def test_an_installed_translation_reaches_the_documents_messages(kannada: None) -> None:
    markup = _refusal(lambda: parse_body("Intro\nbell\x07"))
    assert markup.message == "ಸಾಲು 2, ಕಾಲಮ್ 5: ಕಾಣದ ನಿಯಂತ್ರಣ ಅಕ್ಷರ U+0007 ಮುದ್ರಿಸಲಾಗದು."
    template = _refusal(lambda: check({"Body": "Dear {head_mastr}"}, ["head_master"]))
    assert template.message == "ಒಡಲು, ಸಾಲು 1, ಕಾಲಮ್ 6: ಗೊತ್ತಿಲ್ಲದ ಸ್ಥಾನಸೂಚಕ {head_mastr}; {head_master} ಬೇಕೇ?"
    missing = _refusal(lambda: fill("{cluster}", {}, "GHPS Navanagar"))
    assert missing.message == "GHPS Navanagar ಅವರಿಗೆ {cluster} ಮೌಲ್ಯವಿಲ್ಲ."
    signatory = replace(CERTIFICATES.signatory, designation="X" * 200)
    too_long = _refusal(
        lambda: certificate_layout(replace(CERTIFICATES, signatory=signatory), CERTIFICATES.awards[0])
    )
    assert too_long.message == f"ಪ್ರಮಾಣಪತ್ರಕ್ಕೆ ಸಹಿ ಮಾಡುವವರ ಹುದ್ದೆ '{'X' * 200}' ತುಂಬಾ ಉದ್ದವಾಗಿದೆ."
    assert isinstance(too_long, LineTooLongError) and too_long.what == "signatory's designation"
    assert _refusal(lambda: render_circulars([])).message == "ಮುದ್ರಿಸಲು ಸ್ವೀಕರಿಸುವವರಿಲ್ಲ."


def test_progress_texts_are_translated_but_the_paper_keeps_its_language(kannada: None) -> None:
    messages: list[str] = []
    pdf = render_circulars([ENGLISH], Progress(lambda _done, _total, message: messages.append(message)))
    assert "ಜೋಡಿಸಲಾಗುತ್ತಿದೆ" in messages
    printed = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Conduct of half-yearly examinations" in printed and "ಸಾಲು" not in printed


def test_without_a_translation_the_messages_are_english() -> None:
    assert _refusal(lambda: parse_body("Intro\nbell\x07")).message == (
        "Line 2, column 5: the invisible control character U+0007 cannot be printed."
    )
    assert _refusal(lambda: render_circulars([])).message == "There is no recipient to print for."


def _too_long(certificates: CertificateSet) -> LineTooLongError:
    with pytest.raises(LineTooLongError) as caught:
        certificate_layout(certificates, certificates.awards[0])
    return caught.value


LONG = "X" * 300
AWARD = CERTIFICATES.awards[0]
SIGNATORY = CERTIFICATES.signatory
OVERFLOWING: dict[str, CertificateSet] = {
    "office name": replace(CERTIFICATES, letterhead=replace(CERTIFICATES.letterhead, office_name=LONG)),
    "programme": replace(CERTIFICATES, programme=LONG),
    "name": replace(CERTIFICATES, awards=(replace(AWARD, name=LONG),)),
    "regional name": replace(CERTIFICATES, awards=(replace(AWARD, name_local="ಕ" * 300),)),
    "description": replace(CERTIFICATES, awards=(replace(AWARD, description=LONG),)),
    "category": replace(CERTIFICATES, awards=(replace(AWARD, category=LONG),)),
    "number": replace(CERTIFICATES, awards=(replace(AWARD, number=LONG),)),
    "signatory's name": replace(CERTIFICATES, signatory=replace(SIGNATORY, name=LONG)),
    "signatory's designation": replace(CERTIFICATES, signatory=replace(SIGNATORY, designation=LONG)),
    "signatory's office": replace(CERTIFICATES, signatory=replace(SIGNATORY, office=LONG)),
}


@pytest.mark.parametrize("what", list(OVERFLOWING))
def test_every_line_a_certificate_names_is_marked_for_translation(what: str) -> None:
    """The recognition service tells lines apart by ``what`` in English; the message translates it,
    which needs it among the marked LINE_NAMES."""
    error = _too_long(OVERFLOWING[what])
    assert error.what == what
    assert what in LINE_NAMES


def _provoke_every_refusal() -> None:
    """Each kind of message the document engine gives staff, English or not."""
    bodies = [
        "bell\x07",
        "x" * 3_001,
        "|" + "a|" * 9,
        "| a | b |\n| 1 |",
        "| a |\n| 1 | 2 |",
        "\n".join(["| a |"] * (MAX_TABLE_ROWS + 1)),
        "x" * (MAX_BODY_CHARACTERS + 1),
    ]
    for body in bodies:
        with pytest.raises(MarkupError):
            parse_body(body)
    with pytest.raises(TemplateError):
        check({"Subject": "{ x", "Body": "{Bad} {school_nam}", "MoU text": "{zzz}"}, ["school_name"])
    with pytest.raises(MissingValueError):
        fill("{school_name}", {}, "GHPS Navanagar")
    for certificates in OVERFLOWING.values():
        _too_long(certificates)
    refusals: list[Callable[[], object]] = [
        lambda: render_certificates(replace(CERTIFICATES, language="en")),
        lambda: render_certificates(replace(CERTIFICATES, awards=())),
        lambda: render_circulars([]),
        lambda: render_circulars([replace(ENGLISH, language="ta")]),
        lambda: render_circulars([replace(ENGLISH, subject=" ")]),
        lambda: render_circulars([ENGLISH, KANNADA]),
        lambda: render_circulars([replace(ENGLISH, letterhead=replace(ENGLISH.letterhead, logo=b"GIF89a"))]),
        lambda: render_circulars(
            [replace(ENGLISH, letterhead=replace(ENGLISH.letterhead, logo=png() + bytes(MAX_LOGO_BYTES)))]
        ),
        lambda: letterhead_layout(replace(ENGLISH.letterhead, office_name="Office" * 60), with_logo=False),
    ]
    for refusal in refusals:
        with pytest.raises(DocumentError):
            refusal()
    copies: list[Circular] = [ENGLISH, replace(ENGLISH, body="A short letter.")]
    render_circulars(copies, Progress(lambda *_report: None))


def test_every_message_asked_for_is_extracted_by_lupdate(recorded: list[tuple[str, str]]) -> None:
    """The messages really asked for at run time are the ones lupdate finds in desktop/documents:
    none is built from pieces it cannot see, and the line and part names are marked."""
    _provoke_every_refusal()
    extracted = {(m.context, m.source) for m in extracted_messages(DOCUMENTS)}
    asked = set(recorded)
    assert len(asked) >= 40
    assert {context for context, _text in asked} == {"Documents", "Lists"}
    documents = {key for key in asked if key[0] == "Documents"}
    assert documents <= extracted, documents - extracted
    assert {("Documents", name) for name in LINE_NAMES} <= extracted
