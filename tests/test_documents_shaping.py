"""Kannada and Devanagari must reach the PDF shaped: the glyphs HarfBuzz chooses, in its order.

Unshaped text shows loose viramas and vowel signs in the wrong place (ಕ್ಷೇತ್ರ, ಶ್ರೀ, क्षेत्र, श्री,
जिला come out visibly wrong). Each test draws a word through one of the engine's two paths (canvas
text and paragraphs), reads the glyph sequence back out of the PDF with pdfium, and compares it
with HarfBuzz's own shaping of the word: same number of glyphs, and every glyph that stands for a
character stands for the same character at the same place.
"""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
import uharfbuzz
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from desktop.documents.circular import styles
from desktop.documents.fonts import font_name, fonts_dir, script_runs
from desktop.documents.markup import Span
from desktop.documents.text import draw_text, paragraph_markup

WORDS = [
    ("ಕ್ಷೇತ್ರ", "NotoSansKannada-Regular.ttf"),
    ("ಶ್ರೀ", "NotoSansKannada-Regular.ttf"),
    ("ಜಿಲ್ಲಾ", "NotoSansKannada-Regular.ttf"),
    ("ಶಿಕ್ಷಣ", "NotoSansKannada-Regular.ttf"),
    ("क्षेत्र", "NotoSansDevanagari-Regular.ttf"),
    ("श्री", "NotoSansDevanagari-Regular.ttf"),
    ("जिला", "NotoSansDevanagari-Regular.ttf"),
    ("शिक्षा", "NotoSansDevanagari-Regular.ttf"),
]


def harfbuzz_sequence(word: str, font_file: str) -> list[str | None]:
    """The characters HarfBuzz's glyphs stand for, in order; None for glyphs no character maps to
    (conjunct and half forms)."""
    face = uharfbuzz.Face(uharfbuzz.Blob.from_file_path(str(fonts_dir() / font_file)))
    font = uharfbuzz.Font(face)
    buffer = uharfbuzz.Buffer()
    buffer.add_str(word)
    buffer.guess_segment_properties()
    uharfbuzz.shape(font, buffer, {})
    by_glyph = {font.get_nominal_glyph(ord(char)): char for char in word}
    return [by_glyph.get(info.codepoint) for info in buffer.glyph_infos]


def pdf_sequence(pdf: bytes) -> str:
    page = pdfium.PdfDocument(pdf)[0]
    return page.get_textpage().get_text_range().strip()


def draw_on_canvas(word: str) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    draw_text(canvas, 50, 700, word, 20)
    canvas.save()
    return out.getvalue()


def draw_in_paragraph(word: str) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    paragraph = Paragraph(paragraph_markup([Span(word)]), styles().plain)
    paragraph.wrap(400, 100)
    paragraph.drawOn(canvas, 50, 700)
    canvas.save()
    return out.getvalue()


def draw_unshaped(word: str) -> bytes:
    """What ReportLab's canvas does without our shaping: the regression the tests must catch."""
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.setFont(script_runs(word)[0].font(), 20)
    canvas.drawString(50, 700, word)
    canvas.save()
    return out.getvalue()


def is_shaped_like_harfbuzz(pdf: bytes, word: str, font_file: str) -> bool:
    expected = harfbuzz_sequence(word, font_file)
    found = pdf_sequence(pdf)
    return len(found) == len(expected) and all(
        e is None or e == f for e, f in zip(expected, found, strict=True)
    )


@pytest.mark.parametrize(("word", "font_file"), WORDS)
@pytest.mark.parametrize("draw", [draw_on_canvas, draw_in_paragraph], ids=["canvas", "paragraph"])
def test_word_is_printed_shaped(word: str, font_file: str, draw) -> None:  # type: ignore[no-untyped-def]
    assert is_shaped_like_harfbuzz(draw(word), word, font_file)


@pytest.mark.parametrize(("word", "font_file"), WORDS)
def test_the_check_catches_unshaped_text(word: str, font_file: str) -> None:
    """The comparison above must fail for the unshaped output it guards against."""
    assert not is_shaped_like_harfbuzz(draw_unshaped(word), word, font_file)


def test_fonts_are_the_bundled_noto_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics

    assert pdfmetrics.getFont(font_name("kannada")).face.name.startswith(b"NotoSansKannada")
    assert pdfmetrics.getFont(font_name("devanagari", bold=True)).face.name.startswith(b"NotoSansDevanagari")
